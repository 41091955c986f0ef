import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { getOperationName, type CombinedError } from '@urql/core';
import { retryExchange } from '../../api/retryExchange';
import { createRetryStatusStore, registerRetryStatus } from '../../api/retryStatus';

/** Error codes that mean the operator token is no good (expired, revoked, not an operator). */
const AUTH_LOST_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

/** Whether the operator must log in again. */
export function isOperatorAuthLost(error: CombinedError | undefined | null): boolean {
  return !!error?.graphQLErrors?.some((e) => {
    const code = (e.extensions as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' && AUTH_LOST_CODES.includes(code);
  });
}

export interface OperatorClientOptions {
  /** The operator token, sent as `Authorization: Bearer …`; null before login. */
  token: string | null;
  /** Called when a request (other than the login itself) says the token is no good. */
  onAuthLost: () => void;
  /** A fetch to use instead of the global one (tests). */
  fetch?: typeof fetch;
}

/**
 * The operator console's own client: the operator token in the Authorization header and never
 * the tenant session cookie (`credentials: 'omit'`), so the two sessions cannot mix.
 */
export function createOperatorClient({ token, onAuthLost, fetch: fetchFn }: OperatorClientOptions): Client {
  // Queries are tried again while the service is unavailable, as in the tenant app.
  const retries = createRetryStatusStore();
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetch: fetchFn,
    fetchOptions: (): RequestInit => {
      const headers: Record<string, string> = {};
      if (token) headers.Authorization = `Bearer ${token}`;
      return { credentials: 'omit', headers };
    },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (getOperationName(operation.query) === 'OperatorLogIn') return;
          if (isOperatorAuthLost(error)) onAuthLost();
        },
      }),
      cacheExchange,
      retryExchange({ status: retries }),
      fetchExchange,
    ],
  });
  registerRetryStatus(client, retries);
  return client;
}
