import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OPERATOR_TOKEN_KEY } from './operatorToken';
import { renderOperator } from '../../test/operator';

const QUEUE = { queueHealth: { runnable: 1, running: 0, dead: 0, oldestRunnableSeconds: 3, deadJobs: [] } };

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('OperatorLoginPage', () => {
  it('validates before submitting', async () => {
    const { fetchFn } = renderOperator('/operator/login', () => ({ data: null }));
    expect(screen.getByRole('heading', { level: 1, name: '平台运维登录' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入邮箱')).toBeInTheDocument();
    expect(await screen.findByText('请输入密码')).toBeInTheDocument();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('keeps the operator token apart and opens the console, which sends it', async () => {
    const { sent, authorization } = renderOperator('/operator/login', (op) =>
      op.operationName === 'OperatorLogIn' ? { data: { operatorLogIn: 'op_token_1' } } : { data: QUEUE },
    );
    fill('邮箱', ' ops@tongxin.test ');
    fill('密码', 'Secret123');
    fill('验证码', '123456');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { level: 1, name: '平台运维' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/operator$/);
    expect(sent[0]).toMatchObject({
      operationName: 'OperatorLogIn',
      variables: { input: { email: 'ops@tongxin.test', password: 'Secret123', totpCode: '123456' } },
    });
    expect(authorization(0)).toBeNull();
    expect(sessionStorage.getItem(OPERATOR_TOKEN_KEY)).toBe('op_token_1');
    expect(Object.values({ ...localStorage })).not.toContain('op_token_1');
    await waitFor(() => expect(sent.some((o) => o.operationName === 'QueueHealth')).toBe(true));
    const i = sent.findIndex((o) => o.operationName === 'QueueHealth');
    expect(authorization(i)).toBe('Bearer op_token_1');
  });

  it('shows the server’s message when the login is refused', async () => {
    renderOperator('/operator/login', () => ({
      data: null,
      errors: [{ message: '账号或密码错误', path: ['operatorLogIn'], extensions: { code: 'UNAUTHENTICATED' } }],
    }));
    fill('邮箱', 'member@tongxin.test');
    fill('密码', 'wrong1234');
    fill('验证码', '123456');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('账号或密码错误');
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/operator\/login$/);
    expect(sessionStorage.getItem(OPERATOR_TOKEN_KEY)).toBeNull();
  });

  it('goes straight to the console with a token', async () => {
    sessionStorage.setItem(OPERATOR_TOKEN_KEY, 'op_kept');
    renderOperator('/operator/login', () => ({ data: QUEUE }));
    expect(await screen.findByRole('heading', { level: 1, name: '平台运维' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/operator$/);
  });
});
