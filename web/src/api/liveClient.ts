import { createClient, type Client as WsClient } from 'graphql-ws';
import { subscriptionExchange, type Exchange } from 'urql';
import { closeCode, endsSession, liveUrl, retryDelayMs, shouldRetryLive } from './liveSocket';
import type { LiveStatusStore } from './liveStatus';

/** A ping every 20 s keeps the socket inside the server's 30 s idle limit. */
export const KEEP_ALIVE_MS = 20_000;
/** A ping not answered this fast means the socket is dead (sleep, lost network): reconnect. */
export const PONG_TIMEOUT_MS = 10_000;

export interface LiveClientOptions {
  /** Follows the connection. */
  status: LiveStatusStore;
  /** The server closed with 4403: the session is over. */
  onSessionEnded: () => void;
  url?: string;
  /** A WebSocket class to use instead of the browser's (tests). */
  webSocketImpl?: unknown;
}

/**
 * The graphql-ws client of the signed-in app. The browser sends the session cookie with the
 * upgrade, so no connection params. It connects on the first subscription, closes with the
 * last, and reconnects with capped backoff until the server says the session is over.
 */
export function createLiveClient({ status, onSessionEnded, url, webSocketImpl }: LiveClientOptions): WsClient {
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const client: WsClient = createClient({
    url: url ?? liveUrl(),
    webSocketImpl,
    lazy: true,
    retryAttempts: Infinity,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    shouldRetry: shouldRetryLive,
    keepAlive: KEEP_ALIVE_MS,
    on: {
      connecting: (isRetry) => {
        status.set(isRetry || status.get() === 'disconnected' ? 'disconnected' : 'connecting');
      },
      connected: () => status.set('connected'),
      ping: (received) => {
        // Dropped without waiting for a closing handshake a dead network never completes.
        if (!received) pongTimer = setTimeout(() => client.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        if (endsSession(event)) {
          status.set('ended');
          onSessionEnded();
        } else {
          // 1000: closed on purpose (the last subscription ended); anything else was a loss.
          status.set(closeCode(event) === 1000 ? 'idle' : 'disconnected');
        }
      },
      error: () => {
        if (status.get() !== 'ended') status.set('disconnected');
      },
    },
  });
  return client;
}

/** urql's subscriptionExchange forwarding subscriptions to `ws`. */
export function liveExchange(ws: WsClient): Exchange {
  return subscriptionExchange({
    forwardSubscription(request) {
      const input = { ...request, query: request.query ?? '' };
      return {
        subscribe(sink) {
          const unsubscribe = ws.subscribe(input, sink);
          return { unsubscribe };
        },
      };
    },
  });
}
