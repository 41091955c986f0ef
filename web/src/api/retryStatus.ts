import { useSyncExternalStore } from 'react';
import { useClient, type Client } from 'urql';

/**
 * The queries of one urql client that are waiting to be tried again because the service was
 * unavailable (by operation key). The banner shows while there is any.
 */
export interface RetryStatusStore {
  /** Whether any query is waiting for another attempt. */
  retrying(): boolean;
  /** The query `key` failed with the service unavailable and will be tried again. */
  add(key: number): void;
  /** The query `key` is answered, given up or no longer wanted. */
  remove(key: number): void;
  subscribe(listener: () => void): () => void;
}

export function createRetryStatusStore(): RetryStatusStore {
  const waiting = new Set<number>();
  const listeners = new Set<() => void>();
  const changed = (before: boolean) => {
    if (before !== waiting.size > 0) listeners.forEach((l) => l());
  };
  return {
    retrying: () => waiting.size > 0,
    add(key) {
      const before = waiting.size > 0;
      waiting.add(key);
      changed(before);
    },
    remove(key) {
      const before = waiting.size > 0;
      waiting.delete(key);
      changed(before);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

// The store of each urql client that retries its queries (the tenant and operator clients do).
const stores = new WeakMap<Client, RetryStatusStore>();

export function registerRetryStatus(client: Client, store: RetryStatusStore): void {
  stores.set(client, store);
}

const noSubscribe = () => () => {};

/** Whether a query of the current urql client is waiting to be retried; false for clients without a store. */
export function useRetrying(): boolean {
  const store = stores.get(useClient());
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, () => store?.retrying() ?? false);
}
