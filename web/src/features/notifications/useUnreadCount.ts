import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { UnreadNotificationCountQuery } from './operations';

/**
 * How often the app shell asks for the unread count. New notifications arrive over the live
 * connection; the poll is the backstop for reads elsewhere and a connection that is down.
 */
export const UNREAD_POLL_MS = 60_000;

/**
 * The viewer's unread notification count; `poll` asks again every 60 s while the tab is visible,
 * `pause` waits (for the viewer to load). Every user of the count shares one result, so
 * `refetch` after marking notifications read also updates the navigation badge. `bump` counts
 * one more at once (a notification just arrived) and asks the server for the true number.
 */
export function useUnreadCount({ poll = false, pause = false }: { poll?: boolean; pause?: boolean } = {}) {
  const [{ data }, reexecute] = useQuery({ query: UnreadNotificationCountQuery, pause });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // Arrivals counted on top of `data`; any newer answer from the server replaces them.
  const [arrived, setArrived] = useState({ data, n: 0 });
  const extra = arrived.data === data ? arrived.n : 0;

  const bump = useCallback(() => {
    setArrived((a) => ({ data, n: (a.data === data ? a.n : 0) + 1 }));
    refetch();
  }, [data, refetch]);

  useEffect(() => {
    if (!poll || pause) return;
    const id = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') refetch();
    }, UNREAD_POLL_MS);
    return () => window.clearInterval(id);
  }, [poll, pause, refetch]);

  return { count: (data?.viewer.unreadNotificationCount ?? 0) + extra, refetch, bump };
}
