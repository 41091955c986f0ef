import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveClient } from './liveClient';
import { createLiveStatusStore } from './liveStatus';

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
});
