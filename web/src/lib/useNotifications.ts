import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { NotificationsQuery } from '../api/operations';
import type { NotificationsQuery as NotificationsData } from '../gql/graphql';
import { useNotificationFeed } from './notificationFeed';

export type InboxItem = NotificationsData['notifications']['edges'][number]['node'];

interface State {
  items: InboxItem[];
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  error: CombinedError | null;
}

const INITIAL: State = { items: [], endCursor: null, hasNextPage: false, loading: true, error: null };

/**
 * The viewer's inbox, newest first, `pageSize` at a time (加载更多 appends the next page).
 * Reads are shown in place: `setRead` marks items without loading the list again. Notifications
 * arriving on the live connection go on top (they are new, so unread, so in either filter).
 */
export function useNotifications(unreadOnly: boolean, pageSize = 20) {
  const client = useClient();
  const [state, setState] = useState<State>(INITIAL);
  // Results for an older filter, or of an unmounted list, are dropped.
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null, gen: number) => {
      setState((s) => ({ ...s, loading: true, error: null }));
      const res = await client
        .query(NotificationsQuery, { first: pageSize, after, unreadOnly }, { requestPolicy: 'network-only' })
        .toPromise();
      if (gen !== generation.current) return;
      setState((s) => {
        if (res.error || !res.data) return { ...s, loading: false, error: res.error ?? null };
        const page = res.data.notifications;
        const base = after ? s.items : [];
        const seen = new Set(base.map((x) => x.id));
        return {
          items: [...base, ...page.edges.map((e) => e.node).filter((n) => !seen.has(n.id))],
          endCursor: page.pageInfo.endCursor ?? null,
          hasNextPage: page.pageInfo.hasNextPage,
          loading: false,
          error: null,
        };
      });
    },
    [client, pageSize, unreadOnly],
  );

  const reload = useCallback(() => {
    const gen = ++generation.current;
    setState(INITIAL);
    void load(null, gen);
  }, [load]);

  useEffect(() => {
    reload();
    return () => {
      generation.current++;
    };
  }, [reload]);

  useNotificationFeed((n) => {
    setState((s) => (s.items.some((x) => x.id === n.id) ? s : { ...s, items: [n, ...s.items] }));
  });

  const loadMore = useCallback(() => {
    if (state.endCursor && state.hasNextPage && !state.loading) void load(state.endCursor, generation.current);
  }, [load, state.endCursor, state.hasNextPage, state.loading]);

  /** Shows items as read (`readAt`), or unread again (null) when the server refused. */
  const setRead = useCallback((ids: string[] | 'all', readAt: string | null) => {
    setState((s) => ({
      ...s,
      items: s.items.map((x) =>
        ids === 'all' ? (x.readAt || !readAt ? x : { ...x, readAt }) : ids.includes(x.id) ? { ...x, readAt } : x,
      ),
    }));
  }, []);

  return { ...state, loadMore, reload, setRead };
}
