import { useCallback, useEffect } from 'react';
import { useQuery } from 'urql';
import { UnreadNotificationCountQuery } from '../api/operations';

/** How often the app shell asks for the unread count. */
export const UNREAD_POLL_MS = 30_000;

/**
 * The viewer's unread notification count; `poll` asks again every 30 s while the tab is visible,
 * `pause` waits (for the viewer to load). Every user of the count shares one result, so
 * `refetch` after marking notifications read also updates the navigation badge.
 */
export function useUnreadCount({ poll = false, pause = false }: { poll?: boolean; pause?: boolean } = {}) {
  const [{ data }, reexecute] = useQuery({ query: UnreadNotificationCountQuery, pause });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useEffect(() => {
    if (!poll || pause) return;
    const id = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') refetch();
    }, UNREAD_POLL_MS);
    return () => window.clearInterval(id);
  }, [poll, pause, refetch]);

  return { count: data?.viewer.unreadNotificationCount ?? 0, refetch };
}
