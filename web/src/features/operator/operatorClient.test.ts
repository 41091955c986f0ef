import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { OperatorLogInMutation, QueueHealthQuery } from './operations';
import { createOperatorClient, isOperatorAuthLost } from './operatorClient';

type Reply = { data?: unknown; errors?: unknown[] };

function fakeFetch(reply: Reply) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
    new Response(JSON.stringify(reply), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
}

const QUEUE = { queueHealth: { runnable: 0, running: 0, dead: 0, oldestRunnableSeconds: 0, deadJobs: [] } };

describe('createOperatorClient', () => {
  it('sends the operator token as a bearer token and never the tenant cookie', async () => {
    const fetch = fakeFetch({ data: QUEUE });
    const client = createOperatorClient({ token: 'op_secret', onAuthLost: vi.fn(), fetch });
    const res = await client.query(QueueHealthQuery, {}).toPromise();
    expect(res.data?.queueHealth.runnable).toBe(0);
    const init = fetch.mock.calls[0][1]!;
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer op_secret');
    expect(init.credentials).toBe('omit');
  });

  it('sends no Authorization header before login', async () => {
    const fetch = fakeFetch({ data: { operatorLogIn: 'op_new' } });
    const client = createOperatorClient({ token: null, onAuthLost: vi.fn(), fetch });
    await client.mutation(OperatorLogInMutation, { input: { email: 'ops@example.cn', password: 'x' } }).toPromise();
    const init = fetch.mock.calls[0][1]!;
    expect(new Headers(init.headers).has('authorization')).toBe(false);
    expect(init.credentials).toBe('omit');
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN'])('reports a lost operator session on %s', async (code) => {
    const onAuthLost = vi.fn();
    const fetch = fakeFetch({ data: null, errors: [{ message: '请先登录', extensions: { code } }] });
    const client = createOperatorClient({ token: 'op_old', onAuthLost, fetch });
    await client.query(QueueHealthQuery, {}).toPromise();
    expect(onAuthLost).toHaveBeenCalledTimes(1);
  });

  it('leaves other errors, and a refused login, to the page', async () => {
    const onAuthLost = vi.fn();
    const internal = createOperatorClient({
      token: 'op',
      onAuthLost,
      fetch: fakeFetch({ data: null, errors: [{ message: 'x', extensions: { code: 'INTERNAL' } }] }),
    });
    await internal.query(QueueHealthQuery, {}).toPromise();
    const login = createOperatorClient({
      token: null,
      onAuthLost,
      fetch: fakeFetch({ data: null, errors: [{ message: '账号或密码错误', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    const res = await login.mutation(OperatorLogInMutation, { input: { email: 'a@b.cn', password: 'x' } }).toPromise();
    expect(res.error?.graphQLErrors[0].message).toBe('账号或密码错误');
    expect(onAuthLost).not.toHaveBeenCalled();
  });
});

describe('isOperatorAuthLost', () => {
  const err = (code: string) => new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code } })] });
  it('is true for UNAUTHENTICATED and FORBIDDEN only', () => {
    expect(isOperatorAuthLost(err('UNAUTHENTICATED'))).toBe(true);
    expect(isOperatorAuthLost(err('FORBIDDEN'))).toBe(true);
    expect(isOperatorAuthLost(err('NOT_FOUND'))).toBe(false);
    expect(isOperatorAuthLost(new CombinedError({ networkError: new Error('offline') }))).toBe(false);
    expect(isOperatorAuthLost(null)).toBe(false);
  });
});
