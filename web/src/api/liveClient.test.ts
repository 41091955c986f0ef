import { Client, type OperationResult } from '@urql/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveClient, liveExchange } from './liveClient';
import { createLiveStatusStore } from './liveStatus';
import { retryExchange } from './retryExchange';

/** A WebSocket the test plays the server of. */
class FakeSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  sent: { type: string; id?: string; payload?: unknown }[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor(
    public url: string,
    public protocol: string,
  ) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code = 1000, reason = '') {
    this.serverClose(code, reason);
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  /** What a browser does when the server cannot be reached: error, then close 1006. */
  fail() {
    this.onerror?.(new Event('error'));
    this.serverClose(1006);
  }
  serverClose(code: number, reason = '') {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: true });
  }
}

const flush = () => vi.advanceTimersByTimeAsync(0);

function setup() {
  const status = createLiveStatusStore();
  const onSessionEnded = vi.fn();
  const ws = createLiveClient({ status, onSessionEnded, url: 'ws://app.test/graphql/ws', webSocketImpl: FakeSocket });
  const sink = { next: vi.fn(), error: vi.fn(), complete: vi.fn() };
  const stop = ws.subscribe({ query: 'subscription { notificationAdded { id } }' }, sink);
  return { status, onSessionEnded, sink, stop };
}

/** Opens the newest socket and acknowledges it, as the server does for a good session. */
async function accept() {
  const socket = FakeSocket.all.at(-1)!;
  socket.open();
  await flush();
  socket.receive({ type: 'connection_ack' });
  await flush();
  return socket;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createLiveClient', () => {
  it('connects on the first subscription without connection params, then subscribes', async () => {
    const { status } = setup();
    await flush();
    expect(FakeSocket.all).toHaveLength(1);
    expect(FakeSocket.all[0].protocol).toBe('graphql-transport-ws');
    expect(status.get()).toBe('connecting');
    const socket = await accept();
    expect(socket.sent[0]).toEqual({ type: 'connection_init' });
    expect(socket.sent[1]).toMatchObject({ type: 'subscribe', payload: { query: expect.stringContaining('notificationAdded') } });
    expect(status.get()).toBe('connected');
  });

  it('signs out and stops on 4403 (session over) instead of reconnecting', async () => {
    const { status, onSessionEnded, sink } = setup();
    await flush();
    const socket = await accept();
    socket.serverClose(4403, 'session ended');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
    expect(status.get()).toBe('ended');
    expect(FakeSocket.all).toHaveLength(1);
    expect(sink.error).toHaveBeenCalled();
  });

  it('reports the loss of the connection and reconnects with backoff', async () => {
    const { status, onSessionEnded } = setup();
    await flush();
    (await accept()).serverClose(1006);
    expect(status.get()).toBe('disconnected');
    // The first retry waits 1–2 s; while it tries again the status stays down.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(FakeSocket.all).toHaveLength(2);
    expect(status.get()).toBe('disconnected');
    // The API is unreachable: a socket error is retried too.
    FakeSocket.all[1].fail();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(FakeSocket.all).toHaveLength(3);
    await accept();
    expect(status.get()).toBe('connected');
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('pings every 20 s and drops a socket whose pong does not come', async () => {
    const { status } = setup();
    await flush();
    const socket = await accept();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(socket.sent.at(-1)).toEqual({ type: 'ping' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(socket.readyState).toBe(FakeSocket.CLOSED);
    expect(status.get()).toBe('disconnected');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(FakeSocket.all).toHaveLength(2);
  });

  it('goes idle when the last subscription ends', async () => {
    const { status, stop } = setup();
    await flush();
    const socket = await accept();
    stop();
    await flush();
    expect(socket.sent.at(-1)).toMatchObject({ type: 'complete' });
    expect(socket.readyState).toBe(FakeSocket.CLOSED);
    expect(status.get()).toBe('idle');
  });

  it('sets up a subscription the server refused with UNAVAILABLE again after a back-off', async () => {
    const status = createLiveStatusStore();
    const ws = createLiveClient({ status, onSessionEnded: vi.fn(), url: 'ws://app.test/graphql/ws', webSocketImpl: FakeSocket });
    const client = new Client({ url: '/graphql', exchanges: [retryExchange({ random: () => 0 }), liveExchange(ws)] });
    const results: OperationResult[] = [];
    client.subscription('subscription { notificationAdded { id } }', {}).subscribe((r) => results.push(r));
    await flush();
    const first = await accept();
    const refused = first.sent.find((m) => m.type === 'subscribe')!;
    first.receive({
      type: 'error',
      id: refused.id,
      payload: [{ message: '服务暂时不可用，请稍后重试', extensions: { code: 'UNAVAILABLE' } }],
    });
    await vi.advanceTimersByTimeAsync(499);
    const subscribes = () => FakeSocket.all.flatMap((s) => s.sent.filter((m) => m.type === 'subscribe'));
    expect(subscribes()).toHaveLength(1);
    expect(results).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    // That was the only subscription, so its socket closed; the new attempt connects again.
    expect(first.readyState).toBe(FakeSocket.CLOSED);
    expect(FakeSocket.all).toHaveLength(2);
    const socket = await accept();
    expect(subscribes()).toHaveLength(2);
    const again = subscribes()[1];
    socket.receive({ type: 'next', id: again.id, payload: { data: { notificationAdded: { id: 'n1' } } } });
    await flush();
    expect(results).toHaveLength(1);
    expect(results[0].error).toBeUndefined();
    expect(results[0].data).toEqual({ notificationAdded: { id: 'n1' } });
    expect(status.get()).toBe('connected');
  });
});
