import { useCallback } from 'react';
import { useClient } from 'urql';
import { NotificationsQuery } from './operations';
import type { NotificationsQuery as NotificationsData } from '../../gql/graphql';
import { useCursorPages, type PageResult } from '../../lib/useCursorPages';
import { useNotificationFeed } from './notificationFeed';

export type InboxItem = NotificationsData['notifications']['edges'][number]['node'];

const byId = (n: { id: string }) => n.id;

/**
 * The viewer's inbox, newest first, `pageSize` at a time (加载更多 appends the next page).
 * Reads are shown in place: `setRead` marks items without loading the list again. Notifications
 * arriving on the live connection go on top (they are new, so unread, so in either filter).
 */
export function useNotifications(unreadOnly: boolean, pageSize = 20) {
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string | null): Promise<PageResult<InboxItem>> => {
      const res = await client
        .query(NotificationsQuery, { first: pageSize, after, unreadOnly }, { requestPolicy: 'network-only' })
        .toPromise();
      if (res.error || !res.data) return { error: res.error ?? null };
      const page = res.data.notifications;
      return { page: { items: page.edges.map((e) => e.node), endCursor: page.pageInfo.endCursor ?? null, hasNextPage: page.pageInfo.hasNextPage } };
    },
    [client, pageSize, unreadOnly],
  );
  const { update, ...list } = useCursorPages(fetchPage, byId);

  useNotificationFeed((n) => {
    update((items) => (items.some((x) => x.id === n.id) ? items : [n, ...items]));
  });

  /** Shows items as read (`readAt`), or unread again (null) when the server refused. */
  const setRead = useCallback(
    (ids: string[] | 'all', readAt: string | null) => {
      update((items) =>
        items.map((x) => (ids === 'all' ? (x.readAt || !readAt ? x : { ...x, readAt }) : ids.includes(x.id) ? { ...x, readAt } : x)),
      );
    },
    [update],
  );

  return { ...list, setRead };
}
