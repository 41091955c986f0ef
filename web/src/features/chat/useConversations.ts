import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { ConversationsQuery } from './operations';
import {
  CONVERSATION_PAGE_SIZE,
  CONVERSATION_REFRESH_MAX,
  appendConversations,
  applyArrival,
  type ChatMessage,
  type Conversation,
} from './chat';
import { useNotificationFeed } from '../notifications/notificationFeed';
import { detailObject } from '../../lib/notificationDetail';

/** How often an open list asks again (unread counts of conversations nobody is subscribed to). */
export const CHAT_LIST_POLL_MS = 30_000;

interface State {
  items: Conversation[];
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  /** The first page has been answered (successfully or not). */
  loaded: boolean;
  error: CombinedError | null;
}

const INITIAL: State = { items: [], endCursor: null, hasNextPage: false, loading: true, loaded: false, error: null };

function detailConversation(detail: unknown): string | null {
  const id = detailObject(detail)?.conversationId;
  return typeof id === 'string' ? id : null;
}

/**
 * The viewer's conversations, latest activity first, `pageSize` at a time (加载更多 appends).
 * `refresh` asks again for as many as are shown (every 30 s while the tab is visible, when it
 * becomes visible, and when a notification about a conversation arrives); `arrived` patches a
 * row at once for a message seen on the live connection; `patch` changes one row (read).
 */
export function useConversations({ pageSize = CONVERSATION_PAGE_SIZE, pollMs = CHAT_LIST_POLL_MS } = {}) {
  const client = useClient();
  const [state, setState] = useState<State>(INITIAL);
  // Answers for an unmounted list are dropped; refreshes overtaken by a local change too.
  const generation = useRef(0);
  const changes = useRef(0);
  const shown = useRef(0);
  useEffect(() => {
    shown.current = state.items.length;
  });

  const load = useCallback(
    async (after: string | null, gen: number) => {
      setState((s) => ({ ...s, loading: true, error: null }));
      const res = await client.query(ConversationsQuery, { first: pageSize, after }, { requestPolicy: 'network-only' }).toPromise();
      if (gen !== generation.current) return;
      setState((s) => {
        if (res.error || !res.data) return { ...s, loading: false, loaded: true, error: res.error ?? null };
        const page = res.data.conversations;
        const nodes = page.edges.map((e) => e.node);
        return {
          items: after ? appendConversations(s.items, nodes) : nodes,
          endCursor: page.pageInfo.endCursor ?? null,
          hasNextPage: page.pageInfo.hasNextPage,
          loading: false,
          loaded: true,
          error: null,
        };
      });
    },
    [client, pageSize],
  );

  useEffect(() => {
    const gen = ++generation.current;
    void load(null, gen);
    return () => {
      generation.current++;
    };
  }, [load]);

  const refresh = useCallback(async () => {
    const gen = generation.current;
    const change = changes.current;
    const first = Math.min(CONVERSATION_REFRESH_MAX, Math.max(pageSize, shown.current));
    const res = await client.query(ConversationsQuery, { first, after: null }, { requestPolicy: 'network-only' }).toPromise();
    // A refresh failing leaves the list as it was; the next one may work.
    if (gen !== generation.current || change !== changes.current || res.error || !res.data) return;
    const page = res.data.conversations;
    const fresh = page.edges.map((e) => e.node);
    setState((s) =>
      first >= s.items.length || !page.pageInfo.hasNextPage
        ? { ...s, items: fresh, endCursor: page.pageInfo.endCursor ?? null, hasNextPage: page.pageInfo.hasNextPage, loaded: true, error: null }
        : // More are shown than one refresh asks for: the rest stay below, paging on where it was.
          { ...s, items: appendConversations(fresh, s.items), loaded: true, error: null },
    );
  }, [client, pageSize]);

  const loadMore = useCallback(() => {
    if (state.endCursor && state.hasNextPage && !state.loading) void load(state.endCursor, generation.current);
  }, [load, state.endCursor, state.hasNextPage, state.loading]);

  const retry = useCallback(() => {
    const gen = ++generation.current;
    setState(INITIAL);
    void load(null, gen);
  }, [load]);

  /** Changes one row here and now; a refresh already under way is dropped (it may be older). */
  const patch = useCallback((id: string, change: (c: Conversation) => Conversation) => {
    changes.current++;
    setState((s) => ({ ...s, items: s.items.map((c) => (c.id === id ? change(c) : c)) }));
  }, []);

  const arrived = useCallback((message: ChatMessage, opts: { viewerId: string | null | undefined; open: boolean }) => {
    changes.current++;
    setState((s) => {
      const items = applyArrival(s.items, message, opts);
      return items === s.items ? s : { ...s, items };
    });
  }, []);

  // Polled while the tab is visible, and asked again when it becomes visible.
  useEffect(() => {
    if (pollMs <= 0) return;
    const tick = () => {
      if (document.visibilityState !== 'hidden') void refresh();
    };
    const id = window.setInterval(tick, pollMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [pollMs, refresh]);

  // A notification about a conversation (a mention, a direct message) means news there.
  useNotificationFeed((n) => {
    if (detailConversation(n.detail)) void refresh();
  });

  return { ...state, loadMore, refresh, retry, patch, arrived };
}
