import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminViewer } from '../../test/viewers';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { SecondFactorCard } from './SecondFactorCard';
import { ForcedEnrolment } from './ForcedEnrolment';

const CODES = Array.from({ length: 10 }, (_, i) => `abcd${i}-efgh${i}`);
const status = (s: Partial<{ enabled: boolean; enabledAt: string | null; recoveryCodesLeft: number; required: boolean }>) => ({
  data: { viewer: { secondFactor: { enabled: false, enabledAt: null, recoveryCodesLeft: 0, required: false, ...s } } },
});
const BEGUN = { data: { beginTotpEnrolment: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP' } } };

function setup(handler: (op: SentOperation, i: number) => Reply) {
  const mock = mockClient(handler);
  renderPage(<SecondFactorCard />, { client: mock.client, path: '/security', route: '/security', viewer: adminViewer([]) });
  return mock;
}

function fill(scope: HTMLElement, label: string, value: string) {
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
}

describe('SecondFactorCard', () => {
  it('enrols: shows the QR and the secret, takes a code, then the recovery codes once', async () => {
    let enabled = false;
    const { sent } = setup((op) => {
      if (op.operationName === 'SecondFactorStatus') return status({ enabled, enabledAt: enabled ? '2026-12-07T08:00:00Z' : null, recoveryCodesLeft: enabled ? 10 : 0 });
      if (op.operationName === 'BeginTotpEnrolment') return BEGUN;
      if (op.operationName === 'ConfirmTotpEnrolment') {
        if (op.variables.input && (op.variables.input as { code: string }).code === '000000') {
          return { data: null, errors: [{ message: '验证码不正确', path: ['confirmTotpEnrolment'], extensions: { code: 'VALIDATION', fields: { code: '验证码不正确' } } }] };
        }
        enabled = true;
        return { data: { confirmTotpEnrolment: CODES } };
      }
      return { data: null };
    });
    const card = await screen.findByTestId('second-factor');
    expect(await within(card).findByText('未开启')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: '开启两步验证' }));
    fireEvent.click(within(card).getByRole('button', { name: '开始设置' }));
    expect(await within(card).findByTestId('totp-secret')).toHaveTextContent('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');

    fill(card, '验证码', '000000');
    fireEvent.click(within(card).getByRole('button', { name: '验证并开启' }));
    expect(await within(card).findByText('验证码不正确')).toBeInTheDocument();

    fill(card, '验证码', '123456');
    fireEvent.click(within(card).getByRole('button', { name: '验证并开启' }));
    const codes = await within(card).findByTestId('recovery-codes');
    expect(within(codes).getAllByRole('listitem')).toHaveLength(10);
    expect(codes).toHaveTextContent('abcd0-efgh0');
    expect(within(codes).getByRole('button', { name: /下载 .txt/ })).toBeInTheDocument();
    expect(named(sent, 'ConfirmTotpEnrolment')[1].variables).toEqual({ input: { code: '123456' } });

    fireEvent.click(within(codes).getByRole('button', { name: '我已保存' }));
    expect(await within(card).findByText('剩余 10 个恢复码')).toBeInTheDocument();
    expect(within(card).queryByTestId('recovery-codes')).toBeNull();
  });

  it('disables with the password and a code, unless the enterprise requires it', async () => {
    const { sent } = setup((op) => {
      if (op.operationName === 'SecondFactorStatus') return status({ enabled: true, enabledAt: '2026-12-07T08:00:00Z', recoveryCodesLeft: 2 });
      if (op.operationName === 'DisableTotp') return { data: { disableTotp: true } };
      return { data: null };
    });
    const card = await screen.findByTestId('second-factor');
    expect(await within(card).findByText('剩余 2 个恢复码')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: '停用两步验证' }));
    fill(card, '密码', 'Secret123');
    fill(card, '验证码', '654321');
    fireEvent.click(within(card).getByRole('button', { name: '停用两步验证' }));
    expect(await screen.findByText('两步验证已停用')).toBeInTheDocument();
    await waitFor(() => expect(named(sent, 'DisableTotp')).toHaveLength(1));
    expect(named(sent, 'DisableTotp')[0].variables).toEqual({ input: { password: 'Secret123', code: '654321' } });
  });

  it('offers no way to turn it off where it is required, but new recovery codes', async () => {
    const { sent } = setup((op) => {
      if (op.operationName === 'SecondFactorStatus') return status({ enabled: true, recoveryCodesLeft: 9, required: true });
      if (op.operationName === 'RegenerateRecoveryCodes') return { data: { regenerateRecoveryCodes: CODES } };
      return { data: null };
    });
    const card = await screen.findByTestId('second-factor');
    expect(await within(card).findByText('本单位要求使用两步验证，不能停用。')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: '停用两步验证' })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: '重新生成恢复码' }));
    fill(card, '验证码', '111222');
    fireEvent.click(within(card).getByRole('button', { name: '重新生成恢复码' }));
    expect(await within(card).findByTestId('recovery-codes')).toHaveTextContent('abcd9-efgh9');
    expect(named(sent, 'RegenerateRecoveryCodes')[0].variables).toEqual({ input: { code: '111222' } });
  });
});

describe('ForcedEnrolment', () => {
  it('asks to set up the second factor before anything else and can log out', async () => {
    let done = 0;
    let out = 0;
    const mock = mockClient((op) => (op.operationName === 'BeginTotpEnrolment' ? BEGUN : op.operationName === 'ConfirmTotpEnrolment' ? { data: { confirmTotpEnrolment: CODES } } : { data: null }));
    renderPage(<ForcedEnrolment onDone={() => (done += 1)} onLogOut={() => (out += 1)} />, { client: mock.client, path: '/', route: '/' });
    const screenEl = await screen.findByTestId('forced-enrolment');
    expect(screenEl).toHaveTextContent('本单位要求您的账号使用两步验证');
    fireEvent.click(within(screenEl).getByRole('button', { name: '开始设置' }));
    await within(screenEl).findByTestId('totp-secret');
    fill(screenEl, '验证码', '123456');
    fireEvent.click(within(screenEl).getByRole('button', { name: '验证并开启' }));
    fireEvent.click(await within(screenEl).findByRole('button', { name: '我已保存' }));
    expect(done).toBe(1);
    fireEvent.click(within(screenEl).getByRole('button', { name: '退出登录' }));
    expect(out).toBe(1);
  });
});
