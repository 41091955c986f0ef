import { useCallback, useEffect } from 'react';
import { useQuery, type Client } from 'urql';
import { ChatUnreadQuery } from './operations';
import { UNREAD_TOTAL_FIRST, unreadTotal } from './chat';

/** How often the app shell asks for the unread total of 消息. */
export const CHAT_UNREAD_POLL_MS = 30_000;

const VARIABLES = { first: UNREAD_TOTAL_FIRST };

/**
 * Asks the server for the unread total again; every user of `useChatUnreadTotal` (the navigation
 * badge) gets the answer, since they share the query.
 */
export function refetchChatUnread(client: Client): void {
  void client.query(ChatUnreadQuery, VARIABLES, { requestPolicy: 'network-only' }).toPromise();
}

/**
 * Unread messages over the viewer's (first 100) conversations, for the 消息 badge; `poll` asks
 * again every 30 s while the tab is visible, `pause` waits (for the viewer to load).
 */
export function useChatUnreadTotal({ poll = false, pause = false }: { poll?: boolean; pause?: boolean } = {}) {
  const [{ data }, reexecute] = useQuery({ query: ChatUnreadQuery, variables: VARIABLES, pause });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useEffect(() => {
    if (!poll || pause) return;
    const id = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') refetch();
    }, CHAT_UNREAD_POLL_MS);
    return () => window.clearInterval(id);
  }, [poll, pause, refetch]);

  return { total: data ? unreadTotal(data.conversations.edges.map((e) => e.node)) : 0, refetch };
}
