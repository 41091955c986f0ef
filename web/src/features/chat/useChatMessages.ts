import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import {
  ChatMessagesQuery,
  MessageAddedSubscription,
  MessageChangedSubscription,
  RecallMessageMutation,
  SendMessageMutation,
} from './operations';
import { useLiveStatus } from '../../api/liveStatus';
import {
  MESSAGE_PAGE_SIZE,
  hasOlder,
  highestSeq,
  lowestSeq,
  mergeMessages,
  newClientMessageId,
  pendingReducer,
  replaceMessage,
  type ChatMessage,
  type PendingAction,
  type SentPending,
} from './chat';
import type { PendingFile } from '../../lib/upload';

export type ChatPending = SentPending<CombinedError | null>;

/**
 * Pages loaded at most to reach a message found by search, of `JUMP_PAGE_SIZE` each (the
 * server bounds a query's complexity: `first` × the fields of one message must stay under 2000).
 */
export const JUMP_MAX_PAGES = 10;
export const JUMP_PAGE_SIZE = 60;

/** What goes with a message besides its text. */
export interface SendExtras {
  mentionIds?: string[];
  mentionAll?: boolean;
  file?: PendingFile | null;
}

/**
 * A send the server refused for a reason sending again will not change (muted, broadcast-only,
 * @所有人 not allowed, a blocked word): shown above the composer, the text given back.
 */
export interface SendRefusal {
  error: CombinedError;
  pending: ChatPending;
}

/** Refusals that are the sender's to fix, not the network's: FORBIDDEN and VALIDATION. */
export function isRefusal(error: CombinedError | null | undefined): boolean {
  const code = error?.graphQLErrors?.[0]?.extensions?.code;
  return code === 'FORBIDDEN' || code === 'VALIDATION';
}

const reducer = (state: ChatPending[], action: PendingAction<CombinedError | null>) =>
  pendingReducer(state, action) as ChatPending[];

/**
 * One conversation's messages, oldest first: the newest 30, older pages on request (`loadOlder`),
 * then live over `messageAdded` after the highest seq held — again after the live connection
 * comes back, so nothing is missed or shown twice. `send` shows the message at once as pending
 * and keeps it, failed, to `retry` with the same clientMessageId. `onArrived` hears of every
 * newer message (live or sent).
 */
export function useChatMessages(conversationId: string, onArrived?: (newest: ChatMessage) => void) {
  const client = useClient();
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [loading, setLoading] = useState(true);
  const [ready, setReady] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const [liveError, setLiveError] = useState<CombinedError | null>(null);
  const [refusal, setRefusal] = useState<SendRefusal | null>(null);
  const [pending, dispatch] = useReducer(reducer, []);
  // The source of truth for callbacks; `messages` renders it.
  const held = useRef<ChatMessage[]>([]);
  const pendingRef = useRef<ChatPending[]>([]);
  const alive = useRef(true);
  const loadingOlderRef = useRef(false);
  const arrivedRef = useRef(onArrived);
  useEffect(() => {
    arrivedRef.current = onArrived;
    pendingRef.current = pending;
  });
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const add = useCallback(
    (incoming: readonly ChatMessage[]) => {
      const mine = incoming.filter((m) => m.conversationId === conversationId);
      if (mine.length === 0) return;
      const before = highestSeq(held.current);
      const next = mergeMessages(held.current, mine);
      held.current = next;
      setMessages(next);
      const newest = next.at(-1);
      if (newest && newest.seq > before) arrivedRef.current?.(newest);
    },
    [conversationId],
  );

  /** A message as it now is (recalled): replaces the held one; the list hears of it too. */
  const replace = useCallback(
    (changed: ChatMessage) => {
      if (changed.conversationId !== conversationId) return;
      const next = replaceMessage(held.current, changed);
      if (next === held.current) return;
      held.current = next;
      setMessages(next);
      arrivedRef.current?.(changed);
    },
    [conversationId],
  );

  // The newest page first.
  useEffect(() => {
    let active = true;
    held.current = [];
    setMessages([]);
    setLoading(true);
    setReady(false);
    setError(null);
    void client
      .query(ChatMessagesQuery, { conversationId, first: MESSAGE_PAGE_SIZE, beforeSeq: null }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((res) => {
        if (!active) return;
        setLoading(false);
        if (res.error || !res.data) {
          setError(res.error ?? null);
          return;
        }
        add(res.data.messages);
        setReady(true);
      });
    return () => {
      active = false;
    };
  }, [client, conversationId, add]);

  // Back from a lost connection: subscribe again after what is held now.
  const status = useLiveStatus();
  const [epoch, setEpoch] = useState(0);
  const lastStatus = useRef(status);
  useEffect(() => {
    if (lastStatus.current === 'disconnected' && status === 'connected') setEpoch((e) => e + 1);
    lastStatus.current = status;
  }, [status]);

  useEffect(() => {
    if (!ready) return;
    const variables = { conversationId, afterSeq: highestSeq(held.current) };
    const subscription = client.subscription(MessageAddedSubscription, variables).subscribe((result) => {
      if (result.error) {
        setLiveError(result.error);
        return;
      }
      const m = result.data?.messageAdded;
      if (m) {
        setLiveError(null);
        add([m]);
      }
    });
    return () => subscription.unsubscribe();
  }, [client, conversationId, ready, epoch, add]);

  // Recalls, live; a change missed while disconnected shows when the history is loaded again.
  useEffect(() => {
    if (!ready) return;
    const subscription = client.subscription(MessageChangedSubscription, { conversationId }).subscribe((result) => {
      const m = result.data?.messageChanged;
      if (m) replace(m);
    });
    return () => subscription.unsubscribe();
  }, [client, conversationId, ready, epoch, replace]);

  const loadOlder = useCallback(async () => {
    const low = lowestSeq(held.current);
    if (low === null || low <= 1 || loadingOlderRef.current) return;
    loadingOlderRef.current = true;
    setLoadingOlder(true);
    const res = await client
      .query(ChatMessagesQuery, { conversationId, first: MESSAGE_PAGE_SIZE, beforeSeq: low }, { requestPolicy: 'network-only' })
      .toPromise();
    loadingOlderRef.current = false;
    if (!alive.current) return;
    setLoadingOlder(false);
    if (res.error || !res.data) {
      setError(res.error ?? null);
      return;
    }
    setError(null);
    add(res.data.messages);
  }, [client, conversationId, add]);

  /**
   * Loads older pages until `seq` is held (a search result further up), at most
   * `JUMP_MAX_PAGES` of `JUMP_PAGE_SIZE`; resolves to whether it is held now.
   */
  const loadTo = useCallback(
    async (seq: number): Promise<boolean> => {
      for (let page = 0; page < JUMP_MAX_PAGES; page++) {
        const low = lowestSeq(held.current);
        if (low !== null && low <= seq) return true;
        if (low === null || low <= 1 || loadingOlderRef.current) return false;
        loadingOlderRef.current = true;
        setLoadingOlder(true);
        const res = await client
          .query(ChatMessagesQuery, { conversationId, first: JUMP_PAGE_SIZE, beforeSeq: low }, { requestPolicy: 'network-only' })
          .toPromise();
        loadingOlderRef.current = false;
        if (!alive.current) return false;
        setLoadingOlder(false);
        if (res.error || !res.data) {
          setError(res.error ?? null);
          return false;
        }
        add(res.data.messages);
        if (res.data.messages.length === 0) return false;
      }
      const low = lowestSeq(held.current);
      return low !== null && low <= seq;
    },
    [client, conversationId, add],
  );

  const deliver = useCallback(
    async (p: ChatPending) => {
      const res = await client
        .mutation(SendMessageMutation, {
          input: {
            conversationId,
            body: p.body,
            clientMessageId: p.clientMessageId,
            replyToSeq: p.replyToSeq,
            mentionIds: p.mentionIds ?? [],
            mentionAll: p.mentionAll ?? false,
            fileId: p.file?.id ?? null,
          },
        })
        .toPromise();
      if (!alive.current) return;
      const stored = res.data?.sendMessage.message;
      if (stored) {
        add([stored]);
        dispatch({ type: 'sent', clientMessageId: p.clientMessageId });
      } else if (res.error && isRefusal(res.error)) {
        // Sending again would be refused again: the reason goes above the composer instead.
        dispatch({ type: 'discard', clientMessageId: p.clientMessageId });
        setRefusal({ error: res.error, pending: p });
      } else {
        dispatch({ type: 'fail', clientMessageId: p.clientMessageId, error: res.error ?? null });
      }
    },
    [client, conversationId, add],
  );

  /**
   * Sends `body` (already checked), replying to `replyToSeq`, with mentions and a file; shown at
   * once as pending.
   */
  const send = useCallback(
    (body: string, replyToSeq: number | null = null, extras: SendExtras = {}) => {
      const p: ChatPending = {
        clientMessageId: newClientMessageId(),
        body: body.trim(),
        replyToSeq,
        status: 'sending',
        error: null,
        createdAt: new Date().toISOString(),
        afterSeq: highestSeq(held.current),
        mentionIds: extras.mentionIds ?? [],
        mentionAll: extras.mentionAll ?? false,
        file: extras.file ?? null,
      };
      setRefusal(null);
      dispatch({ type: 'add', pending: p });
      void deliver(p);
    },
    [deliver],
  );

  /** Recalls a message; resolves to the error when the server refuses. */
  const recall = useCallback(
    async (seq: number): Promise<CombinedError | null> => {
      const res = await client.mutation(RecallMessageMutation, { input: { conversationId, seq } }).toPromise();
      const m = res.data?.recallMessage;
      if (m && alive.current) replace(m);
      return m ? null : (res.error ?? null);
    },
    [client, conversationId, replace],
  );

  const dismissRefusal = useCallback(() => setRefusal(null), []);

  /** Sends a failed message again with the same clientMessageId (stored at most once). */
  const retry = useCallback(
    (clientMessageId: string) => {
      const p = pendingRef.current.find((x) => x.clientMessageId === clientMessageId);
      if (!p || p.status !== 'failed') return;
      dispatch({ type: 'retry', clientMessageId });
      void deliver(p);
    },
    [deliver],
  );

  const discard = useCallback((clientMessageId: string) => dispatch({ type: 'discard', clientMessageId }), []);

  return {
    messages,
    pending,
    loading,
    loadingOlder,
    hasOlder: hasOlder(messages),
    error,
    liveError,
    refusal,
    dismissRefusal,
    loadOlder,
    loadTo,
    send,
    retry,
    discard,
    recall,
  };
}
