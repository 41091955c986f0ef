import { Client, CombinedError, fetchExchange, subscriptionExchange, type ExecutionResult, type OperationResult } from '@urql/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_RETRY_DELAY_MS,
  QUERY_RETRY_WINDOW_MS,
  retryAfterMs,
  retryDelayMs,
  retryExchange,
  shouldResubscribe,
  shouldRetryQuery,
} from './retryExchange';
import { createRetryStatusStore } from './retryStatus';

const VIEWER = 'query Viewer { viewer { id } }';
const UNREAD = 'query Unread { unreadCount }';
const LOG_OUT = 'mutation LogOut { logOut { ok } }';
const LIVE = 'subscription Live { notificationAdded { id } }';

const UNAVAILABLE = { message: '服务暂时不可用，请稍后重试', extensions: { code: 'UNAVAILABLE' } };

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** What the API answers while its database is down. */
function unavailable(retryAfter: string | null = '1'): Response {
  return json({ errors: [UNAVAILABLE] }, 503, retryAfter === null ? {} : { 'Retry-After': retryAfter });
}

const viewer = () => json({ data: { viewer: { __typename: 'Viewer', id: 'v1' } } });

/** A client with the retry exchange before fetch; `answer` gives the response of each call (or throws). */
function setup(answer: (call: number, operationName: string) => Response | Promise<Response>) {
  const status = createRetryStatusStore();
  const calls: string[] = [];
  const fetchFn = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
    calls.push(operationName);
    return answer(calls.length - 1, operationName);
  });
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetch: fetchFn,
    exchanges: [retryExchange({ status, random: () => 0 }), fetchExchange],
  });
  return { client, status, fetchFn, calls };
}

function collect(source: { subscribe(cb: (r: OperationResult) => void): { unsubscribe(): void } }) {
  const results: OperationResult[] = [];
  const { unsubscribe } = source.subscribe((r) => results.push(r));
  return { results, unsubscribe };
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retryDelayMs', () => {
  it('starts at half a second and doubles up to fifteen seconds', () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => retryDelayMs(n, null, none))).toEqual([
      500, 1000, 2000, 4000, 8000, 15000, 15000, 15000,
    ]);
  });

  it('never waits less than Retry-After, and spreads each wait by up to a quarter', () => {
    expect(retryDelayMs(0, 5000, () => 0)).toBe(5000);
    expect(retryDelayMs(5, 1000, () => 0)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(0, 1000, () => 0.999)).toBeGreaterThan(1240);
    expect(retryDelayMs(0, 1000, () => 0.999)).toBeLessThanOrEqual(1250);
  });
});

describe('retryAfterMs', () => {
  const withHeader = (value: string) =>
    new CombinedError({ graphQLErrors: [UNAVAILABLE], response: new Response('', { status: 503, headers: { 'Retry-After': value } }) });

  it('reads seconds and HTTP dates, and ignores anything else', () => {
    expect(retryAfterMs(withHeader('1'))).toBe(1000);
    expect(retryAfterMs(withHeader(' 30 '))).toBe(30_000);
    const now = Date.parse('2026-03-01T08:00:00Z');
    expect(retryAfterMs(withHeader('Sun, 01 Mar 2026 08:00:07 GMT'), now)).toBe(7000);
    expect(retryAfterMs(withHeader('Sun, 01 Mar 2026 07:59:00 GMT'), now)).toBe(0);
    expect(retryAfterMs(withHeader('soon'))).toBeNull();
    expect(retryAfterMs(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBeNull();
  });
});

describe('which failures are tried again', () => {
  const status = (s: number) => new CombinedError({ networkError: new Error('x'), response: { status: s } });

  it('tries a query again when the service is unavailable or nothing answered', () => {
    expect(shouldRetryQuery(new CombinedError({ graphQLErrors: [UNAVAILABLE] }))).toBe(true);
    expect(shouldRetryQuery(status(503))).toBe(true);
    expect(shouldRetryQuery(status(502))).toBe(true);
    expect(shouldRetryQuery(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe(true);
    expect(shouldRetryQuery(status(500))).toBe(false);
    expect(shouldRetryQuery(new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'INTERNAL' } }] }))).toBe(false);
  });

  it('subscribes again after UNAVAILABLE or a mendable close, not after the session ended', () => {
    expect(shouldResubscribe(new CombinedError({ graphQLErrors: [UNAVAILABLE] }))).toBe(true);
    expect(shouldResubscribe(new CombinedError({ networkError: { code: 4500, reason: '' } as unknown as Error }))).toBe(true);
    expect(shouldResubscribe(new CombinedError({ networkError: { code: 4403, reason: '' } as unknown as Error }))).toBe(false);
    expect(shouldResubscribe(new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }))).toBe(false);
  });
});

describe('retryExchange with queries', () => {
  it('tries a query again after a 503 UNAVAILABLE and then delivers its data, saying so meanwhile', async () => {
    const { client, status, fetchFn } = setup((call) => (call === 0 ? unavailable('1') : viewer()));
    const { results } = collect(client.query(VIEWER, {}));
    await advance(0);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    // The failed attempt is not delivered: the query is still loading, and the banner shows.
    expect(results).toEqual([]);
    expect(status.retrying()).toBe(true);

    await advance(1000);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(results).toHaveLength(1);
    expect(results[0].error).toBeUndefined();
    expect(results[0].data).toEqual({ viewer: { __typename: 'Viewer', id: 'v1' } });
    expect(status.retrying()).toBe(false);
  });

  it('waits as long as Retry-After says before the next attempt', async () => {
    const { client, fetchFn } = setup((call) => (call === 0 ? unavailable('5') : viewer()));
    const { results } = collect(client.query(VIEWER, {}));
    await advance(4999);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(results[0].data).toBeTruthy();
  });

  it('tries again with growing waits when the network fails outright', async () => {
    const { client, fetchFn } = setup((call) => {
      if (call < 3) throw new TypeError('Failed to fetch');
      return viewer();
    });
    const { results } = collect(client.query(VIEWER, {}));
    await advance(0);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    await advance(500);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    await advance(999);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    await advance(1);
    expect(fetchFn).toHaveBeenCalledTimes(3);
    await advance(2000);
    expect(fetchFn).toHaveBeenCalledTimes(4);
    expect(results).toHaveLength(1);
    expect(results[0].data).toBeTruthy();
  });

  it('also tries again after a 503 whose body is not the API’s (a gateway’s page)', async () => {
    const { client, fetchFn } = setup((call) =>
      call === 0 ? new Response('<html>503</html>', { status: 503, statusText: 'Service Unavailable', headers: { 'Content-Type': 'text/html' } }) : viewer(),
    );
    const { results } = collect(client.query(VIEWER, {}));
    await advance(500);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(results[0].data).toBeTruthy();
  });

  it('gives up after about a minute and delivers the last error', async () => {
    const { client, status, fetchFn } = setup(() => unavailable('1'));
    const { results } = collect(client.query(VIEWER, {}));
    // Attempts at 0, 1, 2, 4, 8, 16, 31 and 46 s; the next would start after the minute.
    await advance(45_999);
    expect(results).toEqual([]);
    expect(status.retrying()).toBe(true);
    await advance(1);
    expect(fetchFn).toHaveBeenCalledTimes(8);
    expect(results).toHaveLength(1);
    expect(results[0].error?.graphQLErrors[0].extensions.code).toBe('UNAVAILABLE');
    expect(status.retrying()).toBe(false);
    await advance(QUERY_RETRY_WINDOW_MS * 2);
    expect(fetchFn).toHaveBeenCalledTimes(8);
  });

  it('does not try a mutation again: it gets the UNAVAILABLE error at once', async () => {
    const { client, status, fetchFn } = setup(() => unavailable('1'));
    const result = await client.mutation(LOG_OUT, {}).toPromise();
    expect(result.error?.graphQLErrors[0].extensions.code).toBe('UNAVAILABLE');
    expect(result.error?.response.status).toBe(503);
    expect(status.retrying()).toBe(false);
    await advance(QUERY_RETRY_WINDOW_MS);
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('delivers the server’s other answers at once', async () => {
    const { client, fetchFn } = setup((call) =>
      call === 0
        ? json({ errors: [{ message: '没有权限', extensions: { code: 'FORBIDDEN' } }] })
        : json({ errors: [{ message: 'internal error', extensions: { code: 'INTERNAL' } }] }, 500),
    );
    const forbidden = await client.query(VIEWER, {}).toPromise();
    expect(forbidden.error?.graphQLErrors[0].extensions.code).toBe('FORBIDDEN');
    const internal = await client.query(UNREAD, {}).toPromise();
    expect(internal.error?.graphQLErrors[0].extensions.code).toBe('INTERNAL');
    await advance(QUERY_RETRY_WINDOW_MS);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('stops trying a query nobody wants any more', async () => {
    const { client, status, fetchFn } = setup(() => unavailable('1'));
    const { unsubscribe } = collect(client.query(VIEWER, {}));
    await advance(0);
    expect(status.retrying()).toBe(true);
    unsubscribe();
    expect(status.retrying()).toBe(false);
    await advance(QUERY_RETRY_WINDOW_MS);
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('sends the waiting queries at once when another request is answered', async () => {
    const { client, status, calls } = setup((call, name) => {
      if (name === 'Viewer' && call === 0) return unavailable('10');
      return name === 'Viewer' ? viewer() : json({ data: { unreadCount: 3 } });
    });
    const waiting = collect(client.query(VIEWER, {}));
    await advance(2000);
    expect(calls).toEqual(['Viewer']);
    expect(status.retrying()).toBe(true);

    // The service is back: Unread is answered, and Viewer does not wait the 10 s out.
    const unread = await client.query(UNREAD, {}).toPromise();
    expect(unread.data).toEqual({ unreadCount: 3 });
    await advance(0);
    expect(calls).toEqual(['Viewer', 'Unread', 'Viewer']);
    expect(waiting.results[0].data).toBeTruthy();
    expect(status.retrying()).toBe(false);
  });

  it('shows one waiting state however many queries wait', async () => {
    const { client, status } = setup(() => unavailable('1'));
    const listener = vi.fn();
    status.subscribe(listener);
    collect(client.query(VIEWER, {}));
    collect(client.query(UNREAD, {}));
    await advance(0);
    expect(status.retrying()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('retryExchange with subscriptions', () => {
  type Sink = { next(value: ExecutionResult): void; error(error: unknown): void; complete(): void };

  function setupLive() {
    const sinks: Sink[] = [];
    const live = subscriptionExchange({
      forwardSubscription: () => ({
        subscribe(sink) {
          sinks.push(sink as Sink);
          return { unsubscribe: () => {} };
        },
      }),
    });
    const client = new Client({ url: '/graphql', exchanges: [retryExchange({ random: () => 0 }), live] });
    return { client, sinks };
  }

  it('subscribes again with growing waits after UNAVAILABLE, keeping the stream open', async () => {
    const { client, sinks } = setupLive();
    const { results } = collect(client.subscription(LIVE, {}));
    await advance(0);
    expect(sinks).toHaveLength(1);

    // Refused: saturated, or the database is down. Not delivered; tried again after 0.5 s, then 1 s.
    sinks[0].error([UNAVAILABLE]);
    await advance(499);
    expect(sinks).toHaveLength(1);
    await advance(1);
    expect(sinks).toHaveLength(2);
    sinks[1].error([UNAVAILABLE]);
    await advance(999);
    expect(sinks).toHaveLength(2);
    await advance(1);
    expect(sinks).toHaveLength(3);

    sinks[2].next({ data: { notificationAdded: { id: 'n1' } } });
    expect(results).toHaveLength(1);
    expect(results[0].error).toBeUndefined();
    expect(results[0].data).toEqual({ notificationAdded: { id: 'n1' } });

    // Once it worked, a later refusal starts from half a second again.
    sinks[2].error([UNAVAILABLE]);
    await advance(500);
    expect(sinks).toHaveLength(4);
    sinks[3].next({ data: { notificationAdded: { id: 'n2' } } });
    expect(results.map((r) => r.data?.notificationAdded.id)).toEqual(['n1', 'n2']);
  });

  it('keeps trying past a minute, waiting at most fifteen seconds', async () => {
    const { client, sinks } = setupLive();
    collect(client.subscription(LIVE, {}));
    await advance(0);
    for (let i = 0; i < 12; i++) {
      sinks.at(-1)!.error([UNAVAILABLE]);
      await advance(MAX_RETRY_DELAY_MS);
    }
    expect(sinks).toHaveLength(13);
  });

  it('sets a subscription up again after a close that connecting again can mend', async () => {
    const { client, sinks } = setupLive();
    const { results } = collect(client.subscription(LIVE, {}));
    await advance(0);
    sinks[0].error({ code: 4500, reason: 'internal error' });
    await advance(500);
    expect(sinks).toHaveLength(2);
    expect(results).toEqual([]);
  });

  it('does not subscribe again after the session ended, nor after other refusals', async () => {
    const ended = setupLive();
    const a = collect(ended.client.subscription(LIVE, {}));
    await advance(0);
    ended.sinks[0].error({ code: 4403, reason: 'session ended' });
    await advance(60_000);
    expect(ended.sinks).toHaveLength(1);
    expect(a.results).toHaveLength(1);
    expect(a.results[0].error).toBeTruthy();

    const forbidden = setupLive();
    const b = collect(forbidden.client.subscription(LIVE, {}));
    await advance(0);
    forbidden.sinks[0].error([{ message: '没有权限', extensions: { code: 'FORBIDDEN' } }]);
    await advance(60_000);
    expect(forbidden.sinks).toHaveLength(1);
    expect(b.results[0].error?.graphQLErrors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('stops when the subscription is no longer wanted', async () => {
    const { client, sinks } = setupLive();
    const { unsubscribe } = collect(client.subscription(LIVE, {}));
    await advance(0);
    sinks[0].error([UNAVAILABLE]);
    unsubscribe();
    await advance(60_000);
    expect(sinks).toHaveLength(1);
  });
});
