import { Client, cacheExchange, fetchExchange, mapExchange, type Operation } from 'urql';
import { isUnauthenticated } from './errors';
import { createLiveClient, liveExchange } from './liveClient';
import { createLiveStatusStore, registerLiveStatus } from './liveStatus';
import { retryExchange } from './retryExchange';
import { createRetryStatusStore, registerRetryStatus } from './retryStatus';

let onUnauthenticated: (() => void) | null = null;

/** The app registers how to get to /login when the session is gone. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Operations that are expected to run without a session (their errors stay on the page). */
const PUBLIC_OPERATIONS = new Set(['LogIn', 'SignUp', 'AcceptInvitation', 'RequestPasswordReset', 'ResetPassword', 'ReportByReceipt', 'ReplyByReceipt']);

function operationName(op: Operation): string | undefined {
  for (const def of op.query.definitions) {
    if (def.kind === 'OperationDefinition') return def.name?.value;
  }
  return undefined;
}

/**
 * A fresh client: POST /graphql with the session cookie, subscriptions over /graphql/ws (the
 * cookie goes with the upgrade); one per signed-in session. While the service is unavailable
 * (503 / UNAVAILABLE) queries are tried again for about a minute — the banner says so — and
 * subscriptions are set up again with back-off; mutations are not repeated.
 */
export function createApiClient(): Client {
  const status = createLiveStatusStore();
  const retries = createRetryStatusStore();
  // The server closing the socket with 4403 means what UNAUTHENTICATED means over HTTP.
  const ws = createLiveClient({ status, onSessionEnded: () => onUnauthenticated?.() });
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: { credentials: 'include' },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const name = operationName(operation);
          if (isUnauthenticated(error) && !(name && PUBLIC_OPERATIONS.has(name))) {
            onUnauthenticated?.();
          }
        },
      }),
      cacheExchange,
      retryExchange({ status: retries }),
      fetchExchange,
      liveExchange(ws),
    ],
  });
  registerLiveStatus(client, status);
  registerRetryStatus(client, retries);
  return client;
}
