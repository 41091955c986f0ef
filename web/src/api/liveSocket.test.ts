import { describe, expect, it } from 'vitest';
import { FATAL_CLOSE_CODES, MAX_RETRY_DELAY_MS, endsSession, liveUrl, retryDelayMs, shouldRetryLive } from './liveSocket';

const closed = (code: number) => ({ code, reason: '', wasClean: true });

describe('shouldRetryLive', () => {
  it('gives up after bad request, unauthorized and forbidden (session over)', () => {
    expect(FATAL_CLOSE_CODES).toEqual([4400, 4401, 4403]);
    for (const code of [4400, 4401, 4403]) expect(shouldRetryLive(closed(code)), String(code)).toBe(false);
  });

  it('reconnects after losses, restarts, timeouts and terminations', () => {
    // 1006 abnormal, 1001 going away, 1012 restart, 3008 server idle timeout, 4408 pong timeout,
    // 4499 terminated, 4500 server error.
    for (const code of [1006, 1001, 1012, 3008, 4408, 4499, 4500]) expect(shouldRetryLive(closed(code)), String(code)).toBe(true);
  });

  it('reconnects after a socket error (an Event without a close code)', () => {
    expect(shouldRetryLive(new Event('error'))).toBe(true);
    expect(shouldRetryLive(new Error('boom'))).toBe(true);
    expect(shouldRetryLive(null)).toBe(true);
  });
});

describe('endsSession', () => {
  it('is only the 4403 close', () => {
    expect(endsSession(closed(4403))).toBe(true);
    expect(endsSession(closed(4401))).toBe(false);
    expect(endsSession(closed(1006))).toBe(false);
    expect(endsSession(new Event('error'))).toBe(false);
    expect(endsSession({ code: '4403' })).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('doubles from 1 s and stops at 30 s, plus under a second of jitter', () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6, 20, 1000].map((n) => retryDelayMs(n, none))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS,
    ]);
    expect(retryDelayMs(0, () => 0.999)).toBe(1_999);
    expect(retryDelayMs(100, () => 0.5)).toBe(MAX_RETRY_DELAY_MS + 500);
  });
});

describe('liveUrl', () => {
  it('is /graphql/ws on the page’s own host, wss under https', () => {
    expect(liveUrl({ protocol: 'https:', host: 'tongxin.example.cn' })).toBe('wss://tongxin.example.cn/graphql/ws');
    expect(liveUrl({ protocol: 'http:', host: '127.0.0.1:5173' })).toBe('ws://127.0.0.1:5173/graphql/ws');
  });
});
