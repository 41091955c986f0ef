import { Client, cacheExchange, fetchExchange, mapExchange, type Operation } from 'urql';
import { isUnauthenticated } from './errors';

let onUnauthenticated: (() => void) | null = null;

/** The app registers how to get to /login when the session is gone. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Operations that are expected to run without a session (their errors stay on the page). */
const PUBLIC_OPERATIONS = new Set(['LogIn', 'SignUp', 'AcceptInvitation', 'RequestPasswordReset', 'ResetPassword']);

function operationName(op: Operation): string | undefined {
  for (const def of op.query.definitions) {
    if (def.kind === 'OperationDefinition') return def.name?.value;
  }
  return undefined;
}

/** A fresh client: POST /graphql with the session cookie; one per signed-in session. */
export function createApiClient(): Client {
  return new Client({
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
      fetchExchange,
    ],
  });
}
