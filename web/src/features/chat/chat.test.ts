import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_BODY,
  RECALL_WINDOW_MS,
  applyArrival,
  canRecall,
  conversationGlobalId,
  conversationTitle,
  notificationConversation,
  otherMember,
  recallNotice,
  replaceMessage,
  appendConversations,
  checkBody,
  filterConversations,
  findBySeq,
  formatChatTime,
  groupMessages,
  hasOlder,
  highestSeq,
  lowestSeq,
  mergeMessages,
  newClientMessageId,
  pendingReducer,
  unreadTotal,
  visiblePending,
  type ChatMessage,
  type Conversation,
  type PendingMessage,
  type SentPending,
} from './chat';
import { DEFAULT_TIME_ZONE, setDisplayTimeZone } from '../../lib/format';
import { LI, WANG, chatMessage } from '../../test/chat';

function msg(seq: number, over: Partial<ChatMessage> = {}): ChatMessage {
  return chatMessage({ id: `msg-${seq}`, seq, body: `第 ${seq} 条`, createdAt: new Date(Date.UTC(2026, 3, 1, 2, seq)).toISOString(), ...over });
}

function conv(id: string, over: Partial<Conversation> = {}): Conversation {
  return {
    id,
    kind: 'ORG',
    title: `会话${id}`,
    unreadCount: 0,
    lastSeq: 0,
    lastMessage: null,
    organization: null,
    broadcastOnly: false,
    pinnedNotice: null,
    viewerIsAdmin: false,
    ...over,
  };
}

const seqs = (ms: ChatMessage[]) => ms.map((m) => m.seq);

describe('merging pages of messages', () => {
  it('keeps one message per seq, oldest first, whatever order pages and live messages come in', () => {
    const newest = [msg(60), msg(59), msg(58)]; // a page is newest first
    const older = [msg(57), msg(56)];
    const live = [msg(61), msg(59)]; // a replay after reconnecting repeats 59
    let held = mergeMessages([], newest);
    held = mergeMessages(held, live);
    held = mergeMessages(held, older);
    expect(seqs(held)).toEqual([56, 57, 58, 59, 60, 61]);
    expect(highestSeq(held)).toBe(61);
    expect(lowestSeq(held)).toBe(56);
  });

  it('lets the later copy of a message win (it was recalled meanwhile)', () => {
    const held = mergeMessages([], [msg(1), msg(2)]);
    const recalled = msg(2, { body: '', recalledAt: '2026-04-01T03:00:00Z' });
    const merged = mergeMessages(held, [recalled]);
    expect(merged).toHaveLength(2);
    expect(merged[1].recalledAt).toBe('2026-04-01T03:00:00Z');
  });

  it('returns the same array when nothing arrived, and tells whether older messages exist', () => {
    const held = mergeMessages([], [msg(3), msg(2)]);
    expect(mergeMessages(held, [])).toBe(held);
    expect(hasOlder(held)).toBe(true);
    expect(hasOlder(mergeMessages(held, [msg(1)]))).toBe(false);
    expect(hasOlder([])).toBe(false);
    expect(highestSeq([])).toBe(0);
    expect(lowestSeq([])).toBeNull();
  });

  it('finds the quoted message by seq', () => {
    const held = mergeMessages([], [msg(5), msg(7), msg(8)]);
    expect(findBySeq(held, 7)?.id).toBe('msg-7');
    expect(findBySeq(held, 6)).toBeNull();
    expect(findBySeq(held, null)).toBeNull();
  });
});

describe('grouping messages under author and time', () => {
  afterEach(() => setDisplayTimeZone(DEFAULT_TIME_ZONE));

  it('starts a new run on another author, after a pause of five minutes, and on another day', () => {
    const ms = [
      msg(1, { createdAt: '2026-04-01T02:00:00Z' }),
      msg(2, { createdAt: '2026-04-01T02:04:00Z' }),
      msg(3, { createdAt: '2026-04-01T02:05:00Z', author: LI }),
      msg(4, { createdAt: '2026-04-01T02:20:00Z', author: LI }),
      // 23:59 and 00:01 in Beijing: five minutes apart but on two days.
      msg(5, { createdAt: '2026-04-01T15:59:00Z', author: LI }),
      msg(6, { createdAt: '2026-04-01T16:01:00Z', author: LI }),
    ];
    const groups = groupMessages(ms, LI.id);
    expect(groups.map((g) => seqs(g.messages))).toEqual([[1, 2], [3], [4], [5], [6]]);
    expect(groups.map((g) => g.own)).toEqual([false, true, true, true, true]);
    expect(groups[0].authorName).toBe('王芳');
  });

  it('formats times by how recent they are, in the display time zone', () => {
    const now = new Date('2026-04-01T10:00:00Z'); // 18:00 in Beijing
    expect(formatChatTime('2026-04-01T02:05:00Z', now)).toBe('10:05');
    expect(formatChatTime('2026-03-30T02:05:00Z', now)).toBe('03-30 10:05');
    expect(formatChatTime('2025-12-31T02:05:00Z', now)).toBe('2025-12-31 10:05');
    setDisplayTimeZone('UTC');
    expect(formatChatTime('2026-04-01T02:05:00Z', now)).toBe('02:05');
    expect(formatChatTime(null)).toBe('');
  });
});

describe('conversations', () => {
  it('adds up the unread counts for the badge', () => {
    expect(unreadTotal([conv('a', { unreadCount: 3 }), conv('b'), conv('c', { unreadCount: 12 })])).toBe(15);
    expect(unreadTotal([])).toBe(0);
  });

  it('filters the loaded list by title, ignoring case and blanks', () => {
    const list = [conv('a', { title: '第一党支部' }), conv('b', { title: 'Youth League 团支部' })];
    expect(filterConversations(list, '  ').map((c) => c.id)).toEqual(['a', 'b']);
    expect(filterConversations(list, '支部').map((c) => c.id)).toEqual(['a', 'b']);
    expect(filterConversations(list, 'youth').map((c) => c.id)).toEqual(['b']);
    expect(filterConversations(list, '工会')).toEqual([]);
  });

  it('moves a row with a new message to the top and counts it unread unless open or own', () => {
    const list = [conv('a', { lastSeq: 4 }), conv('c1', { lastSeq: 9, unreadCount: 1 }), conv('b')];
    const arrived = applyArrival(list, msg(10), { viewerId: LI.id, open: false });
    expect(arrived.map((c) => c.id)).toEqual(['c1', 'a', 'b']);
    expect(arrived[0]).toMatchObject({ lastSeq: 10, unreadCount: 2, lastMessage: { seq: 10 } });
    // Seen again (a replay): nothing changes.
    expect(applyArrival(arrived, msg(10), { viewerId: LI.id, open: false })).toBe(arrived);
    // Open, or written by the viewer: read.
    expect(applyArrival(list, msg(10), { viewerId: LI.id, open: true })[0].unreadCount).toBe(0);
    expect(applyArrival(list, msg(10, { author: LI }), { viewerId: LI.id, open: false })[0].unreadCount).toBe(0);
    // Another conversation's message, or one not in the list: unchanged.
    expect(applyArrival(list, msg(10, { conversationId: 'zz' }), { viewerId: LI.id, open: false })).toBe(list);
  });

  it('shows a recall of the latest message in its row', () => {
    const list = [conv('c1', { lastSeq: 3, lastMessage: msg(3) })];
    const next = applyArrival(list, msg(3, { recalledAt: '2026-04-01T03:00:00Z', body: '' }), { viewerId: LI.id, open: false });
    expect(next[0].lastMessage?.recalledAt).toBe('2026-04-01T03:00:00Z');
    expect(next[0].unreadCount).toBe(0);
  });

  it('joins pages without repeating a row that moved between them', () => {
    expect(appendConversations([conv('a'), conv('b')], [conv('b'), conv('c')]).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('composing', () => {
  it('counts characters as the server does: trimmed, by code point', () => {
    expect(checkBody('   ')).toEqual({ length: 0, empty: true, tooLong: false });
    expect(checkBody('  同志们好 ')).toEqual({ length: 4, empty: false, tooLong: false });
    expect(checkBody('👍'.repeat(MAX_BODY)).tooLong).toBe(false);
    expect(checkBody('字'.repeat(MAX_BODY + 1))).toEqual({ length: MAX_BODY + 1, empty: false, tooLong: true });
  });

  it('makes a fresh v4 UUID per message', () => {
    const a = newClientMessageId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientMessageId()).not.toBe(a);
  });
});

describe('optimistic sending', () => {
  const p = (id: string, over: Partial<PendingMessage<string>> = {}): PendingMessage<string> => ({
    clientMessageId: id,
    body: '收到',
    replyToSeq: null,
    status: 'sending',
    error: null,
    createdAt: '2026-04-01T02:00:00Z',
    ...over,
  });

  it('shows a message as sending, marks it failed, retries it with the same id, drops it once stored', () => {
    let s = pendingReducer<string>([], { type: 'add', pending: p('x') });
    s = pendingReducer(s, { type: 'add', pending: p('y') });
    s = pendingReducer(s, { type: 'add', pending: p('x') }); // the same id twice is one message
    expect(s.map((x) => x.clientMessageId)).toEqual(['x', 'y']);

    s = pendingReducer(s, { type: 'fail', clientMessageId: 'x', error: 'NETWORK' });
    expect(s[0]).toMatchObject({ clientMessageId: 'x', status: 'failed', error: 'NETWORK' });
    s = pendingReducer(s, { type: 'retry', clientMessageId: 'x' });
    expect(s[0]).toMatchObject({ clientMessageId: 'x', status: 'sending', error: null });

    s = pendingReducer(s, { type: 'sent', clientMessageId: 'x' });
    expect(s.map((x) => x.clientMessageId)).toEqual(['y']);
    s = pendingReducer(s, { type: 'discard', clientMessageId: 'y' });
    expect(s).toEqual([]);
  });

  it('hides a sending message once the same text of the viewer arrived live, one for one', () => {
    const pending: SentPending<string>[] = [
      { ...p('x'), afterSeq: 4 },
      { ...p('y'), afterSeq: 4 },
      { ...p('z', { status: 'failed' }), afterSeq: 4 },
    ];
    const stored = [msg(4, { author: LI, body: '收到' }), msg(5, { author: LI, body: '收到' }), msg(6, { body: '收到' })];
    // seq 4 was there before; seq 6 is someone else's: only seq 5 stands for one of them.
    expect(visiblePending(pending, stored, LI.id).map((x) => x.clientMessageId)).toEqual(['y', 'z']);
    expect(visiblePending(pending, [], LI.id)).toHaveLength(3);
  });
});

describe('recalling', () => {
  const sentAt = Date.UTC(2026, 3, 1, 2, 0);
  const mine = msg(1, { author: LI, createdAt: new Date(sentAt).toISOString() });
  const theirs = msg(2, { author: WANG, createdAt: new Date(sentAt).toISOString() });

  it('lets the sender recall within two minutes, and admins any message at any time', () => {
    const member = { viewerId: LI.id, viewerIsAdmin: false };
    expect(canRecall(mine, { ...member, now: sentAt + 30_000 })).toBe(true);
    expect(canRecall(mine, { ...member, now: sentAt + RECALL_WINDOW_MS })).toBe(true);
    expect(canRecall(mine, { ...member, now: sentAt + RECALL_WINDOW_MS + 1 })).toBe(false);
    expect(canRecall(theirs, { ...member, now: sentAt + 1000 })).toBe(false);
    const admin = { viewerId: LI.id, viewerIsAdmin: true };
    expect(canRecall(theirs, { ...admin, now: sentAt + 86_400_000 })).toBe(true);
    expect(canRecall(mine, { ...admin, now: sentAt + 86_400_000 })).toBe(true);
    // Recalled already, or nobody signed in: no.
    expect(canRecall({ ...mine, recalledAt: '2026-04-01T02:01:00Z' }, { ...admin, now: sentAt })).toBe(false);
    expect(canRecall(mine, { viewerId: null, viewerIsAdmin: false, now: sentAt })).toBe(false);
  });

  it('says who recalled a message in its place', () => {
    const at = '2026-04-01T02:01:00Z';
    expect(recallNotice(theirs, LI.id)).toBeNull();
    expect(recallNotice({ ...theirs, recalledAt: at, recalledBy: WANG.id }, LI.id)).toEqual({ key: 'chat.recall.byAuthor', name: '王芳' });
    expect(recallNotice({ ...mine, recalledAt: at, recalledBy: LI.id }, LI.id)).toEqual({ key: 'chat.recall.byYou', name: '李强' });
    expect(recallNotice({ ...theirs, recalledAt: at, recalledBy: LI.id }, LI.id)).toEqual({ key: 'chat.recall.byAdmin', name: '王芳' });
    expect(recallNotice({ ...theirs, recalledAt: at, recalledBy: null }, LI.id)?.key).toBe('chat.recalled');
  });

  it('puts a changed message in place of the held one, keeping its read count', () => {
    const held = mergeMessages([], [msg(1), msg(2, { readCount: { read: 2, of: 5 } }), msg(3)]);
    const recalled = msg(2, { body: '', recalledAt: '2026-04-01T03:00:00Z', recalledBy: WANG.id });
    const next = replaceMessage(held, recalled);
    expect(seqs(next)).toEqual([1, 2, 3]);
    expect(next[1]).toMatchObject({ body: '', recalledBy: WANG.id, readCount: { read: 2, of: 5 } });
    // Not held (older than loaded, or yet to arrive): nothing changes.
    expect(replaceMessage(held, msg(9))).toBe(held);
    expect(replaceMessage(held, msg(2, { conversationId: 'other' }))).toBe(held);
  });

  it('matches a pending message with a file only to the stored one with that file', () => {
    const file = { id: 'f1', name: 'a.png', contentType: 'image/png', size: 4, isImage: true };
    const pending: SentPending<string>[] = [
      { clientMessageId: 'x', body: '', replyToSeq: null, status: 'sending', error: null, createdAt: '2026-04-01T02:00:00Z', afterSeq: 0, file },
    ];
    const attachment = { id: 'f1', name: 'a.png', contentType: 'image/png', size: 4, isImage: true, url: '/files/download/t' };
    expect(visiblePending(pending, [msg(1, { author: LI, body: '' })], LI.id)).toHaveLength(1);
    expect(visiblePending(pending, [msg(1, { author: LI, body: '', attachment })], LI.id)).toHaveLength(0);
  });
});

describe('conversations named in notifications', () => {
  const uuid = '0192f6a8-7b1c-7d2e-8f3a-4b5c6d7e8f90';
  // base64url of "Conversation:<uuid>", as the API writes global IDs.
  const global = btoa(`Conversation:${uuid}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

  it('turns the raw id of a notification detail into the global ID, and keeps a global ID', () => {
    expect(conversationGlobalId(uuid)).toBe(global);
    expect(conversationGlobalId(uuid.toUpperCase())).toBe(global);
    expect(conversationGlobalId(global)).toBe(global);
    expect(conversationGlobalId(btoa(`Member:${uuid}`).replace(/=+$/, ''))).toBeNull();
    expect(conversationGlobalId('')).toBeNull();
    expect(conversationGlobalId(42)).toBeNull();
  });

  it('reads the detail as JSON or as text', () => {
    expect(notificationConversation({ conversationId: uuid, seq: 3 })).toBe(global);
    expect(notificationConversation(JSON.stringify({ conversationId: uuid, seq: 3 }))).toBe(global);
    expect(notificationConversation({ dueAt: '2026-04-01' })).toBeNull();
    expect(notificationConversation('not json')).toBeNull();
    expect(notificationConversation(null)).toBeNull();
  });
});

describe('titles of direct chats', () => {
  it('show the other member instead of 私聊', () => {
    const direct = conv('d1', { kind: 'DIRECT', title: '私聊' });
    expect(conversationTitle(direct, { d1: '王芳' })).toBe('王芳');
    expect(conversationTitle(direct, {})).toBe('私聊');
    expect(conversationTitle(conv('g1', { kind: 'GROUP', title: '青年突击队' }), { g1: '王芳' })).toBe('青年突击队');
    expect(otherMember([{ id: LI.id }, { id: WANG.id }], LI.id)).toEqual({ id: WANG.id });
    expect(otherMember([{ id: LI.id }], LI.id)).toBeNull();
  });
});
