import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import {
  ERROR_CODES,
  applyFieldErrors,
  describeError,
  errorMessageKey,
  errorText,
  isUnauthenticated,
  isUnavailable,
  serverErrorText,
} from './errors';

const t = i18n.getFixedT('zh-CN');
const tEn = i18n.getFixedT('en');

function gqlError(message: string, extensions: Record<string, unknown>) {
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });
}

describe('describeError', () => {
  it('returns null without an error', () => {
    expect(describeError(undefined, t)).toBeNull();
  });

  it.each(ERROR_CODES)('maps %s to its translated message in both languages', (code) => {
    const zh = describeError(gqlError('server text', { code }), t)!;
    const en = describeError(gqlError('server text', { code }), tEn)!;
    expect(zh.code).toBe(code);
    expect(zh.message).toBe(i18n.getResource('zh-CN', 'translation', errorMessageKey(code)));
    expect(en.message).toBe(i18n.getResource('en', 'translation', errorMessageKey(code)));
    expect(zh.message).not.toBe(en.message);
    expect(zh.message).not.toMatch(/^errors\./);
  });

  it('gives readable Chinese messages for the common codes', () => {
    expect(describeError(gqlError('x', { code: 'FORBIDDEN' }), t)!.message).toBe('没有权限执行此操作。');
    expect(describeError(gqlError('x', { code: 'RATE_LIMITED' }), t)!.message).toBe('操作过于频繁，请稍后再试。');
  });

  it('keeps the server explanation of a conflict as detail', () => {
    const e = describeError(gqlError('该组织下还有 2 个下级组织，请先移动或归档', { code: 'CONFLICT' }), t)!;
    expect(e.code).toBe('CONFLICT');
    expect(e.detail).toBe('该组织下还有 2 个下级组织，请先移动或归档');
    expect(errorText(e)).toBe('操作与现有数据冲突。该组织下还有 2 个下级组织，请先移动或归档');
  });

  it('does not show internal details', () => {
    const e = describeError(gqlError('internal error', { code: 'INTERNAL', errorId: 'abc' }), t)!;
    expect(e.detail).toBeUndefined();
    expect(e.message).toBe('服务器出错了，请稍后再试。');
  });

  it('collects VALIDATION field messages', () => {
    const e = describeError(
      gqlError('邮箱格式不正确', { code: 'VALIDATION', fields: { adminEmail: '邮箱格式不正确', tenantSlug: '该企业标识已被使用' } }),
      t,
    )!;
    expect(e.code).toBe('VALIDATION');
    expect(e.fields).toEqual({ adminEmail: '邮箱格式不正确', tenantSlug: '该企业标识已被使用' });
    // The summary repeats a field message: no separate detail.
    expect(e.detail).toBeUndefined();
  });

  it('reads the tenant choice of a login', () => {
    const e = describeError(
      gqlError('该账号属于多个单位，请选择要登录的单位', {
        code: 'VALIDATION',
        fields: { tenantSlug: '请选择单位' },
        tenants: [
          { slug: 'acme', name: 'Acme 集团' },
          { slug: 'beta', name: 'Beta 公司' },
          { bogus: true },
        ],
      }),
      t,
    )!;
    expect(e.tenants).toEqual([
      { slug: 'acme', name: 'Acme 集团' },
      { slug: 'beta', name: 'Beta 公司' },
    ]);
  });

  it('maps unknown codes and network failures', () => {
    expect(describeError(gqlError('?', { code: 'WHAT' }), t)!.code).toBe('UNKNOWN');
    const net = new CombinedError({ networkError: new Error('offline') });
    expect(describeError(net, t)).toMatchObject({ code: 'NETWORK', message: '无法连接服务器，请检查网络。' });
  });

  it('says 正在重试 only in the banner: an UNAVAILABLE that reaches a page is to be tried again later', () => {
    expect(i18n.getResource('zh-CN', 'translation', 'errors.UNAVAILABLE')).toBe('服务暂时不可用，正在重试');
    expect(i18n.getResource('en', 'translation', 'errors.UNAVAILABLE')).toBe('Service temporarily unavailable, retrying…');
    const e = describeError(gqlError('服务暂时不可用，请稍后重试', { code: 'UNAVAILABLE' }), t)!;
    expect(e).toMatchObject({ code: 'UNAVAILABLE', message: '服务暂时不可用，请稍后再试。' });
    expect(e.detail).toBeUndefined();
  });

  it('reads a 503 without the API’s JSON (a gateway’s page) as UNAVAILABLE', () => {
    const gateway = new CombinedError({ networkError: new Error('Service Unavailable'), response: { status: 503 } });
    expect(describeError(gateway, t)).toMatchObject({ code: 'UNAVAILABLE', message: '服务暂时不可用，请稍后再试。' });
  });

  it('recognises an unavailable service by its code or by HTTP 503', () => {
    expect(isUnavailable(gqlError('x', { code: 'UNAVAILABLE' }))).toBe(true);
    expect(isUnavailable(new CombinedError({ networkError: new Error('x'), response: { status: 503 } }))).toBe(true);
    expect(isUnavailable(new CombinedError({ networkError: new Error('x'), response: { status: 500 } }))).toBe(false);
    expect(isUnavailable(gqlError('x', { code: 'INTERNAL' }))).toBe(false);
    expect(isUnavailable(null)).toBe(false);
  });

  it('recognises a lost session', () => {
    expect(isUnauthenticated(gqlError('请先登录', { code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isUnauthenticated(gqlError('x', { code: 'FORBIDDEN' }))).toBe(false);
  });
});

describe('applyFieldErrors', () => {
  it('puts messages on the form fields and returns the rest', () => {
    const form = { setFields: vi.fn() };
    const left = applyFieldErrors(
      form,
      { adminEmail: '邮箱格式不正确', organizationIds: '每条线只能选择一个所属组织', newParentId: '目标组织已归档' },
      ['adminEmail', 'parent'],
      { newParentId: 'parent' },
    );
    expect(form.setFields).toHaveBeenCalledWith([
      { name: 'adminEmail', errors: ['邮箱格式不正确'] },
      { name: 'parent', errors: ['目标组织已归档'] },
    ]);
    expect(left).toEqual({ organizationIds: '每条线只能选择一个所属组织' });
  });

  it('does not touch the form when nothing matches', () => {
    const form = { setFields: vi.fn() };
    expect(applyFieldErrors(form, { token: '无效' }, ['password'])).toEqual({ token: '无效' });
    expect(form.setFields).not.toHaveBeenCalled();
  });
});

describe('serverErrorText', () => {
  it('uses the server message for a refused login', () => {
    expect(serverErrorText(gqlError('账号或密码错误', { code: 'UNAUTHENTICATED' }), t)).toBe('账号或密码错误');
    expect(serverErrorText(gqlError('尝试次数过多，请 15 分钟后再试', { code: 'RATE_LIMITED' }), t)).toBe(
      '尝试次数过多，请 15 分钟后再试',
    );
  });

  it('falls back to the translated summary without a message', () => {
    expect(serverErrorText(gqlError(' ', { code: 'FORBIDDEN' }), t)).toBe('没有权限执行此操作。');
  });

  it('never shows internal details, and explains network failures', () => {
    expect(serverErrorText(gqlError('internal error', { code: 'INTERNAL', errorId: 'x' }), t)).toBe('服务器出错了，请稍后再试。');
    expect(serverErrorText(new CombinedError({ networkError: new Error('offline') }), t)).toBe('无法连接服务器，请检查网络。');
  });

  it('shows an unavailable service in the viewer’s language', () => {
    expect(serverErrorText(gqlError('服务暂时不可用，请稍后重试', { code: 'UNAVAILABLE' }), tEn)).toBe(
      'The service is temporarily unavailable. Please try again in a moment.',
    );
  });

  it('is null without an error', () => {
    expect(serverErrorText(undefined, t)).toBeNull();
  });
});
