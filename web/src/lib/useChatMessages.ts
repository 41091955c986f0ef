import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { ChatMessagesQuery, MessageAddedSubscription, SendMessageMutation } from '../api/operations';
import { useLiveStatus } from '../api/liveStatus';
import {
  MESSAGE_PAGE_SIZE,
  hasOlder,
  highestSeq,
  lowestSeq,
  mergeMessages,
  newClientMessageId,
  pendingReducer,
  type ChatMessage,
  type PendingAction,
  type SentPending,
} from './chat';

export type ChatPending = SentPending<CombinedError | null>;

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

  const deliver = useCallback(
    async (p: ChatPending) => {
      const res = await client
        .mutation(SendMessageMutation, {
          input: { conversationId, body: p.body, clientMessageId: p.clientMessageId, replyToSeq: p.replyToSeq },
        })
        .toPromise();
      if (!alive.current) return;
      const stored = res.data?.sendMessage.message;
      if (stored) {
        add([stored]);
        dispatch({ type: 'sent', clientMessageId: p.clientMessageId });
      } else {
        dispatch({ type: 'fail', clientMessageId: p.clientMessageId, error: res.error ?? null });
      }
    },
    [client, conversationId, add],
  );

  /** Sends `body` (already checked), replying to `replyToSeq`; shown at once as pending. */
  const send = useCallback(
    (body: string, replyToSeq: number | null = null) => {
      const p: ChatPending = {
        clientMessageId: newClientMessageId(),
        body: body.trim(),
        replyToSeq,
        status: 'sending',
        error: null,
        createdAt: new Date().toISOString(),
        afterSeq: highestSeq(held.current),
      };
      dispatch({ type: 'add', pending: p });
      void deliver(p);
    },
    [deliver],
  );

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
    loadOlder,
    send,
    retry,
    discard,
  };
}
