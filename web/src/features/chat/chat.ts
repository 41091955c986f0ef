import dayjs from 'dayjs';
import type { ChatMessageFieldsFragment, ConversationFieldsFragment } from '../../gql/graphql';
import { getDisplayTimeZone } from '../../lib/format';
import type { PendingFile } from '../../lib/upload';
import { UUID, base64UrlDecode, base64UrlEncode, detailObject } from '../../lib/notificationDetail';

/** The pure parts of 消息 (chat): merging history by seq, unread counts, pending sends. */

export type ChatMessage = ChatMessageFieldsFragment;
export type Conversation = ConversationFieldsFragment;

/** What `Conversation.kind` can be, with a translation under `chat.kinds.*` (JOINT: 党工团一体化群). */
export const CONVERSATION_KINDS = ['ORG', 'JOINT', 'GROUP', 'DIRECT'] as const;
/** How the conversation header names the live connection (`chat.live.*`). */
export const CHAT_LIVE_STATES = ['connected', 'connecting', 'disconnected', 'ended'] as const;
export type ChatLiveState = (typeof CHAT_LIVE_STATES)[number];
export const KIND_TAG_COLORS: Record<string, string> = { ORG: 'red', JOINT: 'volcano', GROUP: 'blue', DIRECT: 'green' };

/** The server's limit on a message body (after trimming), in characters. */
export const MAX_BODY = 2000;
/** Messages loaded at a time (the newest, then older ones when scrolling up). */
export const MESSAGE_PAGE_SIZE = 30;
/** Conversations loaded at a time (加载更多 for the next ones). */
export const CONVERSATION_PAGE_SIZE = 20;
/**
 * The most conversations a refresh of the list asks for at once (the server bounds a query's
 * complexity: `first` × the fields of one conversation).
 */
export const CONVERSATION_REFRESH_MAX = 60;
/** Conversations whose unread counts make the 消息 badge (only ids and counts are asked for). */
export const UNREAD_TOTAL_FIRST = 100;
/** Consecutive messages of one author closer than this share one header. */
export const GROUP_GAP_MS = 5 * 60_000;
/** How long senders may recall their own messages (admins may at any time). */
export const RECALL_WINDOW_MS = 2 * 60_000;
/** The longest report reason, in characters. */
export const MAX_REPORT_REASON = 500;
/** The longest pinned notice (群公告), in characters. */
export const MAX_NOTICE = 2000;
/** The longest group name, in characters. */
export const MAX_GROUP_TITLE = 100;

// ---- History ----------------------------------------------------------------------------

/**
 * Messages held plus messages that arrived (a page of history, a live one, a sent one): one per
 * seq, oldest first. A message seen again replaces the held one (it may have been recalled since).
 */
export function mergeMessages(held: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return held as ChatMessage[];
  const bySeq = new Map<number, ChatMessage>();
  for (const m of held) bySeq.set(m.seq, m);
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * A message as it changed (recalled) put in place of the held one with its seq; a message not
 * held (older than loaded, or not arrived yet) changes nothing. Read counts only come with
 * history: a change without one keeps the held count.
 */
export function replaceMessage(held: readonly ChatMessage[], changed: ChatMessage): ChatMessage[] {
  const i = held.findIndex((m) => m.seq === changed.seq && m.conversationId === changed.conversationId);
  if (i < 0) return held as ChatMessage[];
  const before = held[i];
  const next = [...held];
  next[i] = changed.readCount == null && before.readCount ? { ...changed, readCount: before.readCount } : changed;
  return next;
}

/** The highest seq held (0 when none): what a (re)subscription continues after. */
export function highestSeq(messages: readonly ChatMessage[]): number {
  let max = 0;
  for (const m of messages) if (m.seq > max) max = m.seq;
  return max;
}

/** The lowest seq held, or null: what the next older page comes before. */
export function lowestSeq(messages: readonly ChatMessage[]): number | null {
  let min: number | null = null;
  for (const m of messages) if (min === null || m.seq < min) min = m.seq;
  return min;
}

/** Seqs start at 1 without gaps: anything older than the lowest held exists iff it is above 1. */
export function hasOlder(messages: readonly ChatMessage[]): boolean {
  const low = lowestSeq(messages);
  return low !== null && low > 1;
}

export interface MessageGroup {
  key: string;
  authorId: string;
  authorName: string;
  own: boolean;
  /** When the group's first message was sent. */
  at: string;
  messages: ChatMessage[];
}

/**
 * Runs of messages by one author, each under one header (name and time): a new run starts with
 * another author, after a pause of `gapMs`, or on another day (in the display time zone).
 */
export function groupMessages(messages: readonly ChatMessage[], viewerId: string | null | undefined, gapMs = GROUP_GAP_MS): MessageGroup[] {
  const groups: MessageGroup[] = [];
  let last: ChatMessage | null = null;
  for (const m of messages) {
    const current = groups.at(-1);
    const sameRun =
      current &&
      last &&
      last.author.id === m.author.id &&
      Date.parse(m.createdAt) - Date.parse(last.createdAt) <= gapMs &&
      dayKey(m.createdAt) === dayKey(last.createdAt);
    if (current && sameRun) current.messages.push(m);
    else
      groups.push({
        key: `g-${m.seq}`,
        authorId: m.author.id,
        authorName: m.author.name,
        own: !!viewerId && m.author.id === viewerId,
        at: m.createdAt,
        messages: [m],
      });
    last = m;
  }
  return groups;
}

function inZone(s: string) {
  try {
    return dayjs(s).tz(getDisplayTimeZone());
  } catch {
    return dayjs(s);
  }
}

function dayKey(s: string): string {
  return inZone(s).format('YYYY-MM-DD');
}

/** A message's time: HH:mm today, MM-DD HH:mm this year, else the full date. */
export function formatChatTime(s: string | null | undefined, now: Date = new Date()): string {
  if (!s) return '';
  const d = inZone(s);
  const today = inZone(now.toISOString());
  if (d.format('YYYY-MM-DD') === today.format('YYYY-MM-DD')) return d.format('HH:mm');
  if (d.year() === today.year()) return d.format('MM-DD HH:mm');
  return d.format('YYYY-MM-DD HH:mm');
}

// ---- Conversations ----------------------------------------------------------------------

/** Unread messages over the conversations given (the 消息 badge). */
export function unreadTotal(conversations: readonly { unreadCount: number }[]): number {
  return conversations.reduce((sum, c) => sum + Math.max(0, c.unreadCount), 0);
}

/** Conversations whose title contains `query` (case-insensitive; blank keeps all). */
export function filterConversations<T extends { title: string }>(conversations: readonly T[], query: string): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return conversations as T[];
  return conversations.filter((c) => c.title.toLowerCase().includes(q));
}

/**
 * The list after `message` arrived in its conversation: the row shows it as its latest, moves to
 * the top, and counts it unread unless the viewer wrote it or has the conversation open. Older
 * or already counted messages change nothing but a recall.
 */
export function applyArrival(
  list: readonly Conversation[],
  message: ChatMessage,
  { viewerId, open }: { viewerId: string | null | undefined; open: boolean },
): Conversation[] {
  const i = list.findIndex((c) => c.id === message.conversationId);
  if (i < 0) return list as Conversation[];
  const row = list[i];
  if (message.seq <= row.lastSeq) {
    if (row.lastMessage?.seq === message.seq && row.lastMessage.recalledAt !== message.recalledAt) {
      const next = [...list];
      next[i] = { ...row, lastMessage: message };
      return next;
    }
    return list as Conversation[];
  }
  const own = !!viewerId && message.author.id === viewerId;
  const updated: Conversation = {
    ...row,
    lastMessage: message,
    lastSeq: message.seq,
    unreadCount: open || own ? 0 : row.unreadCount + 1,
  };
  return [updated, ...list.slice(0, i), ...list.slice(i + 1)];
}

/** Pages of conversations joined, one row per id (a row seen again in a later page is dropped). */
export function appendConversations(list: readonly Conversation[], page: readonly Conversation[]): Conversation[] {
  const seen = new Set(list.map((c) => c.id));
  return [...list, ...page.filter((c) => !seen.has(c.id))];
}

// ---- Composing ---------------------------------------------------------------------------

/** A body's length as the server counts it: characters, after trimming. */
export function bodyLength(body: string): number {
  return Array.from(body.trim()).length;
}

export interface BodyCheck {
  length: number;
  empty: boolean;
  tooLong: boolean;
}

export function checkBody(body: string): BodyCheck {
  const length = bodyLength(body);
  return { length, empty: length === 0, tooLong: length > MAX_BODY };
}

/** A fresh key for one composed message (sending it again with the same key stores nothing new). */
export function newClientMessageId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') {
    try {
      return c.randomUUID();
    } catch {
      // randomUUID needs a secure context; fall through
    }
  }
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A message sent but not yet stored (`sending`), or refused / not delivered (`failed`). */
export interface PendingMessage<E = unknown> {
  clientMessageId: string;
  body: string;
  replyToSeq: number | null;
  status: 'sending' | 'failed';
  error: E | null;
  createdAt: string;
  /** Members mentioned (@姓名) and whether @所有人. */
  mentionIds?: string[];
  mentionAll?: boolean;
  /** The attached file. */
  file?: PendingFile | null;
}

export type PendingAction<E = unknown> =
  | { type: 'add'; pending: PendingMessage<E> }
  | { type: 'retry'; clientMessageId: string }
  | { type: 'fail'; clientMessageId: string; error: E }
  | { type: 'sent'; clientMessageId: string }
  | { type: 'discard'; clientMessageId: string };

/**
 * The optimistic send state: a message shows at once as sending; the server's answer removes it
 * (it is then among the stored messages) or marks it failed, to retry with the same
 * clientMessageId or discard.
 */
export function pendingReducer<E>(state: PendingMessage<E>[], action: PendingAction<E>): PendingMessage<E>[] {
  switch (action.type) {
    case 'add':
      return state.some((p) => p.clientMessageId === action.pending.clientMessageId) ? state : [...state, action.pending];
    case 'retry':
      return state.map((p) => (p.clientMessageId === action.clientMessageId ? { ...p, status: 'sending', error: null } : p));
    case 'fail':
      return state.map((p) => (p.clientMessageId === action.clientMessageId ? { ...p, status: 'failed', error: action.error } : p));
    case 'sent':
    case 'discard':
      return state.filter((p) => p.clientMessageId !== action.clientMessageId);
  }
}

/** The message `seq` refers to among those held, for a reply's quote. */
export function findBySeq(messages: readonly ChatMessage[], seq: number | null | undefined): ChatMessage | null {
  if (seq === null || seq === undefined) return null;
  // Held messages are sorted by seq and usually contiguous: try the direct index first.
  const first = messages[0];
  if (first) {
    const guess = messages[seq - first.seq];
    if (guess?.seq === seq) return guess;
  }
  return messages.find((m) => m.seq === seq) ?? null;
}

/** A pending message with the highest seq held when it was sent (to recognise it once stored). */
export type SentPending<E = unknown> = PendingMessage<E> & { afterSeq: number };

/**
 * The pending messages still to show: a stored message of the viewer's with the same text and
 * reply, newer than what was held at sending, is that message arrived live before the server
 * answered the send (each stored message stands for one pending at most).
 */
export function visiblePending<E>(pending: readonly SentPending<E>[], messages: readonly ChatMessage[], viewerId: string | null | undefined): SentPending<E>[] {
  if (pending.length === 0 || !viewerId) return pending as SentPending<E>[];
  const used = new Set<number>();
  return pending.filter((p) => {
    if (p.status !== 'sending') return true;
    const stored = messages.find(
      (m) =>
        !used.has(m.seq) &&
        m.seq > p.afterSeq &&
        m.author.id === viewerId &&
        m.body === p.body &&
        (m.replyToSeq ?? null) === p.replyToSeq &&
        (m.attachment?.id ?? null) === (p.file?.id ?? null),
    );
    if (!stored) return true;
    used.add(stored.seq);
    return false;
  });
}

// ---- Recall, mentions of the viewer, titles --------------------------------------------

/**
 * Whether the viewer may recall `m` now: an admin of the conversation at any time, the sender
 * within two minutes of sending (the server has the last word; clocks may differ a little).
 */
export function canRecall(
  m: Pick<ChatMessage, 'author' | 'createdAt' | 'recalledAt'>,
  { viewerId, viewerIsAdmin, now = Date.now() }: { viewerId: string | null | undefined; viewerIsAdmin: boolean; now?: number },
): boolean {
  if (m.recalledAt) return false;
  if (viewerIsAdmin) return true;
  if (!viewerId || m.author.id !== viewerId) return false;
  const sent = Date.parse(m.createdAt);
  return Number.isFinite(sent) && now - sent <= RECALL_WINDOW_MS;
}

/** What a recalled message says in its place (`chat.recall.*`): who took it back. */
export function recallNotice(
  m: Pick<ChatMessage, 'author' | 'recalledAt' | 'recalledBy'>,
  viewerId: string | null | undefined,
): { key: 'chat.recall.byYou' | 'chat.recall.byAuthor' | 'chat.recall.byAdmin' | 'chat.recalled'; name: string } | null {
  if (!m.recalledAt) return null;
  const name = m.author.name;
  if (!m.recalledBy) return { key: 'chat.recalled', name };
  if (m.recalledBy !== m.author.id) return { key: 'chat.recall.byAdmin', name };
  return { key: viewerId && m.recalledBy === viewerId ? 'chat.recall.byYou' : 'chat.recall.byAuthor', name };
}

/**
 * The conversation a notification's `detail.conversationId` names, as the global ID the API
 * takes: the detail carries the raw UUID (global IDs are base64url of `Conversation:<uuid>`);
 * a global ID is kept as it is; anything else is null.
 */
export function conversationGlobalId(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw === '') return null;
  if (UUID.test(raw)) return base64UrlEncode(`Conversation:${raw.toLowerCase()}`);
  const decoded = base64UrlDecode(raw);
  return decoded?.startsWith('Conversation:') ? raw : null;
}

/** The conversation a notification is about (its `detail` as JSON or as text), as a global ID. */
export function notificationConversation(detail: unknown): string | null {
  const d = detailObject(detail);
  return d ? conversationGlobalId(d.conversationId) : null;
}

/**
 * The title to show: a direct chat is titled 私聊 by the server, so it shows the other member's
 * name once known.
 */
export function conversationTitle(c: Pick<Conversation, 'id' | 'kind' | 'title'>, directNames: Readonly<Record<string, string>>): string {
  return (c.kind === 'DIRECT' && directNames[c.id]) || c.title;
}

/** The member of a direct chat who is not the viewer (from its first two members). */
export function otherMember<T extends { id: string }>(members: readonly T[], viewerId: string | null | undefined): T | null {
  return members.find((m) => m.id !== viewerId) ?? null;
}
