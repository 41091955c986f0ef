import type { CombinedError, Exchange, Operation } from '@urql/core';
import { delay, filter, fromValue, makeSubject, map, merge, mergeMap, never, onPush, pipe, share, take, takeUntil } from 'wonka';
import { isUnavailable } from './errors';
import { shouldRetryLive } from './liveSocket';
import type { RetryStatusStore } from './retryStatus';

// When the API cannot serve for a moment (its database is down or restarting) it answers HTTP 503
// with `Retry-After` and `extensions.code = "UNAVAILABLE"`, and refuses new subscriptions with
// UNAVAILABLE. Queries are tried again for about a minute, subscriptions for as long as they are
// wanted. A mutation is never repeated: whether to send it again stays the user's decision.

/** A query is tried again while its next attempt starts within this long after its first failure. */
export const QUERY_RETRY_WINDOW_MS = 60_000;
/** The first wait; each further attempt waits twice as long, up to the longest. */
export const MIN_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 15_000;
/** Each wait is spread by up to this share, so that many browsers do not come back at once. */
const JITTER = 0.25;

/** Statuses a gateway answers with when it cannot reach the API (it is restarting). */
const GATEWAY_STATUSES: readonly number[] = [502, 503, 504];

/**
 * The wait before attempt `attempt + 1` (0, 1, …): 0.5 s, 1 s, 2 s, … up to 15 s, never shorter than
 * the server's `Retry-After`, plus up to a quarter more at random.
 */
export function retryDelayMs(
  attempt: number,
  retryAfter: number | null,
  random: () => number = Math.random,
  { min = MIN_RETRY_DELAY_MS, max = MAX_RETRY_DELAY_MS }: { min?: number; max?: number } = {},
): number {
  const backoff = Math.min(min * 2 ** Math.max(0, attempt), max);
  const base = Math.max(backoff, retryAfter ?? 0);
  return Math.round(base * (1 + JITTER * random()));
}

/** The `Retry-After` of the HTTP answer behind `error` in milliseconds (seconds or an HTTP date); null without one. */
export function retryAfterMs(error: CombinedError, now: number = Date.now()): number | null {
  const headers = (error.response as Response | undefined)?.headers;
  const value = typeof headers?.get === 'function' ? headers.get('Retry-After')?.trim() : undefined;
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Whether a query that failed with `error` is worth sending again: the service is unavailable
 * (UNAVAILABLE, HTTP 503), or nothing answered at all (the network failed, a gateway could not
 * reach the API). Any other answer is the server's word and is delivered.
 */
export function shouldRetryQuery(error: CombinedError): boolean {
  if (isUnavailable(error)) return true;
  if (error.graphQLErrors.length > 0 || !error.networkError) return false;
  const status = (error.response as Response | undefined)?.status;
  return typeof status !== 'number' || GATEWAY_STATUSES.includes(status);
}

/**
 * Whether a subscription that ended with `error` should be set up again: the server refused it
 * for now (UNAVAILABLE: saturated, or its database is down), or the connection failed in a way
 * connecting again can mend. Not after the session is over or the request is bad (4400/4401/4403).
 */
export function shouldResubscribe(error: CombinedError): boolean {
  if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAVAILABLE')) return true;
  if (error.graphQLErrors.length > 0 || !error.networkError) return false;
  return shouldRetryLive(error.networkError);
}

export interface RetryExchangeOptions {
  /** Follows the queries waiting for another attempt (the banner). */
  status?: RetryStatusStore;
  /** How long after its first failure a query is still tried again. */
  windowMs?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  now?: () => number;
}

interface RetryState {
  /** Attempts made again so far. */
  attempt: number;
  /** When the first of this run of failures came. */
  since: number;
}

/**
 * Tries queries and subscriptions again while the service is unavailable; place it after the
 * cache exchange and before the fetch and subscription exchanges. A failed attempt is not
 * delivered: the query stays fetching (and the status says so) until an attempt is answered or
 * the window has passed, when the last error is delivered. A subscription is set up again with
 * back-off for as long as it is wanted and its stream stays open. Mutations pass untouched.
 * Once any query or mutation is answered, the queries waiting are sent at once.
 */
export function retryExchange(options: RetryExchangeOptions = {}): Exchange {
  const {
    status,
    windowMs = QUERY_RETRY_WINDOW_MS,
    minDelayMs = MIN_RETRY_DELAY_MS,
    maxDelayMs = MAX_RETRY_DELAY_MS,
    random = Math.random,
    now = Date.now,
  } = options;

  return ({ forward }) =>
    (incoming$) => {
      const operations$ = share(incoming$);
      const states = new Map<number, RetryState>();
      // The queries waiting for another attempt.
      const waiting = new Set<number>();
      const retry = makeSubject<{ operation: Operation; delayMs: number }>();
      const wake = makeSubject<null>();
      let wakeQueued = false;

      const settle = (key: number) => {
        states.delete(key);
        if (waiting.delete(key)) status?.remove(key);
      };

      const retried$ = pipe(
        retry.source,
        mergeMap(({ operation, delayMs }) => {
          // A teardown, or the same operation asked for again (a refetch), replaces this attempt.
          const superseded$ = pipe(
            operations$,
            filter((op) => op.key === operation.key && (op.kind === 'teardown' || op.kind === operation.kind)),
          );
          const due$ = pipe(fromValue(operation), delay(delayMs));
          const early$ = operation.kind === 'query' ? pipe(wake.source, map(() => operation)) : never;
          return pipe(merge([due$, early$]), take(1), takeUntil(superseded$));
        }),
      );

      const forwarded$ = pipe(
        operations$,
        onPush((op) => {
          if (op.kind === 'teardown') settle(op.key);
        }),
      );

      return pipe(
        merge([forwarded$, retried$]),
        forward,
        filter((result) => {
          const { operation, error } = result;
          const { key, kind } = operation;
          const outage = !!error && (kind === 'subscription' ? shouldResubscribe(error) : shouldRetryQuery(error));

          if (outage && (kind === 'query' || kind === 'subscription')) {
            const state = states.get(key) ?? { attempt: 0, since: now() };
            const retryAfter = kind === 'query' ? retryAfterMs(error, now()) : null;
            const delayMs = retryDelayMs(state.attempt, retryAfter, random, { min: minDelayMs, max: maxDelayMs });
            if (kind === 'subscription' || now() + delayMs - state.since <= windowMs) {
              states.set(key, { attempt: state.attempt + 1, since: state.since });
              if (kind === 'query' && !waiting.has(key)) {
                waiting.add(key);
                status?.add(key);
              }
              retry.next({ operation, delayMs });
              return false;
            }
          }

          // Delivered: answered, refused for good, or given up.
          if (kind === 'query' || kind === 'subscription') settle(key);
          // The server answers again: the queries waiting need not wait any longer.
          if (!outage && (kind === 'query' || kind === 'mutation') && waiting.size > 0 && !wakeQueued) {
            wakeQueued = true;
            void Promise.resolve().then(() => {
              wakeQueued = false;
              wake.next(null);
            });
          }
          return true;
        }),
      );
    };
}
