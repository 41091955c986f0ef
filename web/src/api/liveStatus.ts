import { useSyncExternalStore } from 'react';
import { useClient, type Client } from 'urql';

/**
 * The live connection: `idle` (no socket, nothing subscribed), `connecting` (first attempt),
 * `connected`, `disconnected` (lost, reconnecting) or `ended` (the session is over).
 */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'disconnected' | 'ended';

export interface LiveStatusStore {
  get(): LiveStatus;
  set(status: LiveStatus): void;
  subscribe(listener: () => void): () => void;
}

export function createLiveStatusStore(initial: LiveStatus = 'idle'): LiveStatusStore {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set(next) {
      if (next === status) return;
      status = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

// The store of each urql client that has a live connection (the tenant client does).
const stores = new WeakMap<Client, LiveStatusStore>();

export function registerLiveStatus(client: Client, store: LiveStatusStore): void {
  stores.set(client, store);
}

const noSubscribe = () => () => {};

/** The live connection's status of the current urql client; `idle` for clients without one. */
export function useLiveStatus(): LiveStatus {
  const store = stores.get(useClient());
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, () => store?.get() ?? 'idle');
}
