import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient, renderPage } from '../../test/render';
import LoginPage from './LoginPage';

const ok = { data: { logIn: { __typename: 'AuthPayload', viewer: { __typename: 'Viewer', tenant: { __typename: 'Tenant', slug: 'beta', name: 'Beta 公司' } } } } };

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('LoginPage', () => {
  it('validates before submitting', async () => {
    const { client, fetchFn } = mockClient(() => ok);
    renderPage(<LoginPage />, { client, path: '/login', route: '/login' });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入邮箱或手机号')).toBeInTheDocument();
    expect(await screen.findByText('请输入密码')).toBeInTheDocument();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('logs in and goes home', async () => {
    const { client, sent } = mockClient(() => ok);
    renderPage(<LoginPage />, { client, path: '/login', route: '/login' });
    fill('邮箱或手机号', ' admin@example.cn ');
    fill('密码', 'Secret123');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(sent).toHaveLength(1);
    expect(sent[0].operationName).toBe('LogIn');
    expect(sent[0].variables).toEqual({ input: { email: 'admin@example.cn', password: 'Secret123', tenantSlug: null } });
  });

  it('says the credentials are wrong on UNAUTHENTICATED', async () => {
    const { client } = mockClient(() => ({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] }));
    renderPage(<LoginPage />, { client, path: '/login', route: '/login' });
    fill('邮箱或手机号', 'admin@example.cn');
    fill('密码', 'wrong1234');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('邮箱（手机号）或密码不正确。');
    expect(screen.queryByTestId('location')).toBeNull();
  });

  it('shows a tenant chooser on VALIDATION with tenants and retries with the chosen slug', async () => {
    const { client, sent } = mockClient((_op, i) =>
      i === 0
        ? {
            data: null,
            errors: [
              {
                message: '该账号属于多个单位，请选择要登录的单位',
                path: ['logIn'],
                extensions: {
                  code: 'VALIDATION',
                  fields: { tenantSlug: '请选择单位' },
                  tenants: [
                    { slug: 'acme', name: 'Acme 集团' },
                    { slug: 'beta', name: 'Beta 公司' },
                  ],
                },
              },
            ],
          }
        : ok,
    );
    renderPage(<LoginPage />, { client, path: '/login?next=%2Fmembers', route: '/login' });
    fill('邮箱或手机号', 'both@example.cn');
    fill('密码', 'Secret123');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    const chooser = await screen.findByTestId('tenant-chooser');
    expect(chooser).toHaveTextContent('该账号属于多个单位，请选择要登录的单位');
    expect(within(chooser).getByText('Acme 集团')).toBeInTheDocument();
    const beta = within(chooser).getByText('Beta 公司').closest('li')!;
    // The field message from extensions.fields sits on the tenant field.
    expect(await screen.findByText('请选择单位')).toBeInTheDocument();

    fireEvent.click(within(beta).getByRole('button', { name: '登录此单位' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/members');
    expect(sent).toHaveLength(2);
    expect(sent[1].variables).toEqual({ input: { email: 'both@example.cn', password: 'Secret123', tenantSlug: 'beta' } });
  });

  it('asks for a code when the account has a second factor, then sends it with the remembered device', async () => {
    const needCode = { data: null, errors: [{ message: '请输入两步验证码', path: ['logIn'], extensions: { code: 'SECOND_FACTOR_REQUIRED', fields: {} } }] };
    const wrong = {
      data: null,
      errors: [{ message: '验证码不正确或已使用', path: ['logIn'], extensions: { code: 'SECOND_FACTOR_REQUIRED', fields: { totpCode: '验证码不正确或已使用' } } }],
    };
    const { client, sent } = mockClient((_op, i) => (i === 0 ? needCode : i === 1 ? wrong : ok));
    renderPage(<LoginPage />, { client, path: '/login', route: '/login' });
    fill('邮箱或手机号', 'admin@example.cn');
    fill('密码', 'Secret123');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    const step = await screen.findByTestId('second-factor-step');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(step).getByRole('button', { name: '使用恢复码' })).toBeInTheDocument();
    fill('验证码', '000000');
    fireEvent.click(within(step).getByRole('checkbox', { name: '记住此设备30天' }));
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('验证码不正确或已使用')).toBeInTheDocument();

    fill('验证码', '123456');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(sent[2].variables).toEqual({
      input: { email: 'admin@example.cn', password: 'Secret123', tenantSlug: null, totpCode: '123456', recoveryCode: null, rememberDevice: true },
    });
  });

  it('takes a recovery code instead of a code', async () => {
    const needCode = { data: null, errors: [{ message: '请输入两步验证码', path: ['logIn'], extensions: { code: 'SECOND_FACTOR_REQUIRED', fields: {} } }] };
    const { client, sent } = mockClient((_op, i) => (i === 0 ? needCode : ok));
    renderPage(<LoginPage />, { client, path: '/login', route: '/login' });
    fill('邮箱或手机号', 'admin@example.cn');
    fill('密码', 'Secret123');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    fireEvent.click(await screen.findByRole('button', { name: '使用恢复码' }));
    fill('恢复码', 'abcde-fghij');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(sent[1].variables).toEqual({
      input: { email: 'admin@example.cn', password: 'Secret123', tenantSlug: null, totpCode: null, recoveryCode: 'abcde-fghij', rememberDevice: false },
    });
  });
});
