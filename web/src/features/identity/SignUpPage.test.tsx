import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isValidSlug, passwordProblem } from '../../lib/validation';
import { mockClient, renderPage } from '../../test/render';
import SignUpPage from './SignUpPage';

const ok = { data: { signUp: { __typename: 'AuthPayload', viewer: { __typename: 'Viewer', tenant: { __typename: 'Tenant', slug: 'acme', name: 'Acme' } } } } };

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillValid() {
  fill('单位名称', '同心测试集团');
  fill('单位标识', 'acme-2026');
  fill('管理员姓名', '王书记');
  fill('管理员邮箱', 'admin@acme.cn');
  fill('密码', 'Secret123');
  fill('确认密码', 'Secret123');
}

describe('sign-up rules', () => {
  it.each([
    ['abc', true],
    ['a-1', true],
    ['acme-group-2026', true],
    ['a'.repeat(32), true],
    ['ab', false],
    ['a'.repeat(33), false],
    ['1abc', false],
    ['-abc', false],
    ['Acme', false],
    ['acme_group', false],
    ['同心', false],
  ])('slug %s valid = %s', (slug, valid) => {
    expect(isValidSlug(slug)).toBe(valid);
  });

  it.each([
    ['Secret123', null],
    ['abcdefg1', null],
    ['short1', 'tooShort'],
    ['abcdefgh', 'lettersDigits'],
    ['12345678', 'lettersDigits'],
    ['a1'.repeat(65), 'tooLong'],
  ])('password %s → %s', (pw, problem) => {
    expect(passwordProblem(pw)).toBe(problem);
  });
});

describe('SignUpPage', () => {
  it('requires every field', async () => {
    const { client, fetchFn } = mockClient(() => ok);
    renderPage(<SignUpPage />, { client, path: '/signup', route: '/signup' });
    fireEvent.click(screen.getByRole('button', { name: '注册并登录' }));
    expect(await screen.findByText('请输入单位名称')).toBeInTheDocument();
    expect(await screen.findByText('请输入单位标识')).toBeInTheDocument();
    expect(await screen.findByText('请输入管理员姓名')).toBeInTheDocument();
    expect(await screen.findByText('请输入管理员邮箱')).toBeInTheDocument();
    expect(await screen.findByText('请输入密码')).toBeInTheDocument();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('explains a bad slug, email and weak or mismatched passwords', async () => {
    const { client, fetchFn } = mockClient(() => ok);
    renderPage(<SignUpPage />, { client, path: '/signup', route: '/signup' });
    fillValid();
    fill('单位标识', '1acme');
    fill('管理员邮箱', 'not-an-email');
    fill('密码', 'abcdefgh');
    fill('确认密码', 'abcdefgx');
    fireEvent.click(screen.getByRole('button', { name: '注册并登录' }));
    expect(await screen.findByText('3–32 位小写字母、数字或连字符，以字母开头')).toBeInTheDocument();
    expect(await screen.findByText('邮箱格式不正确')).toBeInTheDocument();
    expect(await screen.findByText('密码需同时包含字母和数字')).toBeInTheDocument();
    expect(await screen.findByText('两次输入的密码不一致')).toBeInTheDocument();

    fill('密码', 'abc1');
    expect(await screen.findByText('密码至少需要 8 个字符')).toBeInTheDocument();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('submits valid input and shows server field errors in place', async () => {
    const { client, sent } = mockClient((_op, i) =>
      i === 0
        ? {
            data: null,
            errors: [
              {
                message: '该企业标识已被使用',
                path: ['signUp'],
                extensions: { code: 'VALIDATION', fields: { tenantSlug: '该企业标识已被使用' } },
              },
            ],
          }
        : ok,
    );
    renderPage(<SignUpPage />, { client, path: '/signup', route: '/signup' });
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: '注册并登录' }));
    expect(await screen.findByText('该企业标识已被使用')).toBeInTheDocument();
    // In place on the slug field, not as a page alert.
    const slugInput = screen.getByLabelText('单位标识');
    expect(slugInput).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert', { name: /输入有误/ })).toBeNull();
    expect(sent[0].variables).toEqual({
      input: {
        tenantName: '同心测试集团',
        tenantSlug: 'acme-2026',
        adminName: '王书记',
        adminEmail: 'admin@acme.cn',
        adminPassword: 'Secret123',
      },
    });

    fill('单位标识', 'acme-2027');
    fireEvent.click(screen.getByRole('button', { name: '注册并登录' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(sent).toHaveLength(2);
  });
});
