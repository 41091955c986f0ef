// How the live connection (GraphQL subscriptions over /graphql/ws) reconnects: pure rules.

/** Where the API takes WebSocket connections, on the app's own origin. */
export const LIVE_PATH = '/graphql/ws';

/** The server closes with this when the session is gone (revoked, expired, never there). */
export const SESSION_ENDED_CODE = 4403;

/** Close codes after which connecting again cannot help: bad request, unauthorized, forbidden. */
export const FATAL_CLOSE_CODES: readonly number[] = [4400, 4401, SESSION_ENDED_CODE];

/** Longest wait between two attempts, and the random spread added to each. */
export const MAX_RETRY_DELAY_MS = 30_000;
const JITTER_MS = 1_000;

/** ws(s)://host/graphql/ws for the page at `location`. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LIVE_PATH}`;
}

/** The code of a CloseEvent-like value; null for anything else (a socket error). */
export function closeCode(event: unknown): number | null {
  if (typeof event !== 'object' || event === null || !('code' in event)) return null;
  const code = (event as { code: unknown }).code;
  return typeof code === 'number' ? code : null;
}

/** Whether a socket closed because the session is over (the user is signed out). */
export function endsSession(event: unknown): boolean {
  return closeCode(event) === SESSION_ENDED_CODE;
}

/**
 * Whether to connect again after `errOrCloseEvent`: yes after network errors and ordinary
 * closes (server restart, keep-alive timeout), no after the codes in FATAL_CLOSE_CODES.
 */
export function shouldRetryLive(errOrCloseEvent: unknown): boolean {
  const code = closeCode(errOrCloseEvent);
  return code === null || !FATAL_CLOSE_CODES.includes(code);
}

/** Wait before attempt `retries` (0, 1, …): 1 s, 2 s, 4 s, … capped at 30 s, plus up to 1 s. */
export function retryDelayMs(retries: number, random: () => number = Math.random): number {
  const base = Math.min(1_000 * 2 ** Math.max(0, retries), MAX_RETRY_DELAY_MS);
  return base + Math.floor(random() * JITTER_MS);
}
