import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { ConversationMembersQuery } from './operations';
import { otherMember } from './chat';

/**
 * The other member's name for each direct chat among `conversations` (the server titles them
 * 私聊): its first two members are asked for once per conversation.
 */
export function useDirectNames(conversations: readonly { id: string; kind: string }[], viewerId: string | null | undefined): Record<string, string> {
  const client = useClient();
  const [names, setNames] = useState<Record<string, string>>({});
  const asked = useRef(new Set<string>());
  const ids = conversations
    .filter((c) => c.kind === 'DIRECT')
    .map((c) => c.id)
    .join(',');

  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (!ids || !viewerId) return;
    for (const id of ids.split(',')) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      void client
        .query(ConversationMembersQuery, { conversationId: id, first: 2, offset: 0 })
        .toPromise()
        .then((res) => {
          const other = res.data ? otherMember(res.data.conversationMembers.items, viewerId) : null;
          if (!other) {
            // Ask again another time.
            asked.current.delete(id);
            return;
          }
          if (alive.current) setNames((n) => (n[id] === other.name ? n : { ...n, [id]: other.name }));
        });
    }
  }, [client, ids, viewerId]);

  return names;
}
