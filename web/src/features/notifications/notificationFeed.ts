import { createContext, useContext, useEffect, useRef } from 'react';
import type { NotificationAddedSubscription } from '../../gql/graphql';

export type LiveNotification = NotificationAddedSubscription['notificationAdded'];
type Listener = (n: LiveNotification) => void;

/** Notifications arriving on the live connection, for the parts of the app that show them. */
export interface NotificationFeed {
  publish(n: LiveNotification): void;
  listen(listener: Listener): () => void;
}

export function createNotificationFeed(): NotificationFeed {
  const listeners = new Set<Listener>();
  return {
    publish: (n) => listeners.forEach((l) => l(n)),
    listen(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The app shell provides its feed; outside it nothing is ever published. */
export const NotificationFeedContext = createContext<NotificationFeed>(createNotificationFeed());

/** Calls `listener` for every notification that arrives while the component is mounted. */
export function useNotificationFeed(listener: Listener): void {
  const feed = useContext(NotificationFeedContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => feed.listen((n) => latest.current(n)), [feed]);
}
