import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { subscriptionExchange, type ExecutionResult } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLiveStatusStore, registerLiveStatus } from '../../api/liveStatus';
import { MAX_BODY, MESSAGE_PAGE_SIZE, type ChatMessage, type Conversation } from './chat';
import { CHAT_LIST_POLL_MS } from './useConversations';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { LI, WANG, chatMessage } from '../../test/chat';
import { MEMBER_VIEWER } from '../../test/notices';
import ChatPage from './ChatPage';

const ME = LI;
/** 李强, a plain member. */
const VIEWER = MEMBER_VIEWER;

function msg(seq: number, over: Partial<ChatMessage> = {}): ChatMessage {
  return chatMessage({ id: `msg-${seq}`, seq, body: `第 ${seq} 条消息`, createdAt: new Date(Date.UTC(2026, 3, 1, 2, seq)).toISOString(), ...over });
}

const BRANCH: Conversation = {
  id: 'c1',
  kind: 'ORG',
  title: '第一党支部',
  unreadCount: 2,
  lastSeq: 3,
  lastMessage: msg(3),
  organization: { id: 'o1' },
  broadcastOnly: false,
  pinnedNotice: '本周五下午三点主题党日，请准时参加。',
  viewerIsAdmin: false,
};
const LEAGUE: Conversation = {
  id: 'c2',
  kind: 'GROUP',
  title: '青年突击队',
  unreadCount: 0,
  lastSeq: 0,
  lastMessage: null,
  organization: null,
  broadcastOnly: true,
  pinnedNotice: null,
  viewerIsAdmin: false,
};
const DIRECT: Conversation = { ...LEAGUE, id: 'c3', kind: 'DIRECT', title: '王芳', broadcastOnly: false };

function conversationsPage(nodes: Conversation[], hasNextPage = false) {
  return {
    data: {
      conversations: {
        edges: nodes.map((node) => ({ cursor: `cur-${node.id}`, node })),
        pageInfo: { hasNextPage, endCursor: nodes.at(-1) ? `cur-${nodes.at(-1)!.id}` : null },
      },
    },
  };
}

type Sub = { variables: Record<string, unknown>; sink: { next(r: ExecutionResult): void } };

/** A subscription exchange whose events the test sends: `subs` to messageAdded, `changes` to messageChanged. */
function mockLive() {
  const subs: Sub[] = [];
  const changes: Sub[] = [];
  const exchange = subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe(sink) {
        const list = String(request.query).includes('messageChanged') ? changes : subs;
        const entry = { variables: request.variables as Record<string, unknown>, sink };
        list.push(entry);
        return { unsubscribe: () => void list.splice(list.indexOf(entry), 1) };
      },
    }),
  });
  const push = (messageAdded: ChatMessage) => act(() => subs.forEach((s) => s.sink.next({ data: { messageAdded } })));
  const change = (messageChanged: ChatMessage) => act(() => changes.forEach((s) => s.sink.next({ data: { messageChanged } })));
  return { exchange, push, change, subs, changes };
}

interface Server {
  conversations: (vars: Record<string, unknown>) => Reply;
  messages: (vars: Record<string, unknown>) => Reply;
  send: (vars: Record<string, unknown>) => Reply | Promise<Reply>;
  /** Any other operation (null: no data). */
  other: (op: SentOperation) => Reply | null;
}

function setup(path: string, over: Partial<Server> = {}) {
  const server: Server = {
    conversations: () => conversationsPage([BRANCH, LEAGUE]),
    messages: (vars) => ({ data: { messages: vars.beforeSeq ? [] : [msg(3), msg(2), msg(1)] } }),
    send: () => ({ data: null }),
    other: () => null,
    ...over,
  };
  const live = mockLive();
  const { client, sent } = mockClient((op: SentOperation) => {
    switch (op.operationName) {
      case 'Conversations':
        return server.conversations(op.variables);
      case 'ChatMessages':
        return server.messages(op.variables);
      case 'SendMessage':
        return server.send(op.variables);
      case 'MarkConversationRead':
        return { data: { markConversationRead: true } };
      case 'ChatUnread':
        return { data: { conversations: { edges: [] } } };
      default:
        return server.other(op) ?? { data: null };
    }
  }, [live.exchange]);
  const status = createLiveStatusStore('connected');
  registerLiveStatus(client, status);
  renderPage(<ChatPage />, { client, path, route: '/chat/:conversationId?', viewer: VIEWER });
  return { live, sent, server, status };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const composer = () => screen.getByRole('textbox', { name: '输入消息' });

describe('ChatPage: the conversation list', () => {
  it('lists conversations with kind, latest message, time and unread count; searches the titles', async () => {
    const { sent } = setup('/chat');
    const branch = await screen.findByTestId('conversation-c1');
    expect(within(branch).getByText('第一党支部')).toBeInTheDocument();
    expect(within(branch).getByText('组织群')).toBeInTheDocument();
    expect(within(branch).getByText('王芳：第 3 条消息')).toBeInTheDocument();
    expect(within(branch).getByText('2 条未读')).toBeInTheDocument();
    expect(within(branch).getByRole('link')).toHaveAttribute('href', '/chat/c1');
    const league = screen.getByTestId('conversation-c2');
    expect(within(league).getByText('群聊')).toBeInTheDocument();
    expect(within(league).getByText('暂无消息')).toBeInTheDocument();
    expect(within(league).queryByTestId('conversation-unread')).toBeNull();
    expect(screen.getByText('选择一个会话开始聊天')).toBeInTheDocument();
    expect(named(sent, 'Conversations')[0].variables).toEqual({ first: 20, after: null });

    fireEvent.change(screen.getByRole('searchbox', { name: '搜索会话' }), { target: { value: '青年' } });
    expect(screen.queryByTestId('conversation-c1')).toBeNull();
    expect(screen.getByTestId('conversation-c2')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索会话' }), { target: { value: '工会' } });
    expect(screen.getByText('没有符合条件的结果')).toBeInTheDocument();
  });

  it('pages with 加载更多 and shows 暂无会话 when there is none', async () => {
    const { sent } = setup('/chat', {
      conversations: (vars) => (vars.after ? conversationsPage([DIRECT]) : conversationsPage([BRANCH, LEAGUE], true)),
    });
    await screen.findByTestId('conversation-c1');
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    const direct = await screen.findByTestId('conversation-c3');
    expect(within(direct).getByText('私聊')).toBeInTheDocument();
    expect(named(sent, 'Conversations').at(-1)?.variables).toEqual({ first: 20, after: 'cur-c2' });
    await waitFor(() => expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull());
  });

  it('asks again every 30 s, so unread counts of conversations not open move', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let league = LEAGUE;
    const { sent } = setup('/chat', { conversations: () => conversationsPage([BRANCH, league]) });
    await screen.findByTestId('conversation-c2');
    expect(within(screen.getByTestId('conversation-c2')).queryByTestId('conversation-unread')).toBeNull();
    league = { ...LEAGUE, unreadCount: 1, lastSeq: 1, lastMessage: msg(1, { conversationId: 'c2', body: '集合' }) };
    await act(() => vi.advanceTimersByTimeAsync(CHAT_LIST_POLL_MS));
    await waitFor(() => expect(within(screen.getByTestId('conversation-c2')).getByText('1 条未读')).toBeInTheDocument());
    expect(within(screen.getByTestId('conversation-c2')).getByText('王芳：集合')).toBeInTheDocument();
    expect(named(sent, 'Conversations').at(-1)?.variables).toEqual({ first: 20, after: null });
  });

  it('says 暂无会话 for a member in no conversation', async () => {
    setup('/chat', { conversations: () => conversationsPage([]) });
    expect(await screen.findByText('暂无会话')).toBeInTheDocument();
  });
});

describe('ChatPage: a conversation', () => {
  it('shows the history with the notice, subscribes after the highest seq, dedupes and marks read', async () => {
    const { live, sent } = setup('/chat/c1', {
      messages: () => ({
        data: {
          messages: [
            msg(3, { author: ME, replyToSeq: 1, body: '好的' }),
            msg(2, { recalledAt: '2026-04-01T02:03:00Z', body: '' }),
            msg(1, { body: '同志们好' }),
          ],
        },
      }),
    });
    const log = await screen.findByRole('log', { name: '消息记录' });
    expect(within(log).getByText('同志们好')).toBeInTheDocument();
    expect(within(screen.getByTestId('message-2')).getByText('消息已撤回')).toBeInTheDocument();
    // The reply quotes the message it answers; the viewer's message is on the right.
    expect(within(screen.getByTestId('message-3')).getByTestId('message-quote')).toHaveTextContent('回复 王芳：同志们好');
    expect(screen.getByTestId('message-3')).toHaveClass('tx-msg-own');
    expect(screen.getByTestId('message-1')).not.toHaveClass('tx-msg-own');
    expect(within(screen.getByTestId('pinned-notice')).getByText('本周五下午三点主题党日，请准时参加。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '第一党支部' })).toBeInTheDocument();
    expect(screen.getByTestId('chat-live-status')).toBeInTheDocument();
    expect(named(sent, 'ChatMessages')[0].variables).toEqual({ conversationId: 'c1', first: MESSAGE_PAGE_SIZE, beforeSeq: null });

    await waitFor(() => expect(live.subs).toHaveLength(1));
    expect(live.subs[0].variables).toEqual({ conversationId: 'c1', afterSeq: 3 });

    // A live message, then the same one again: shown once, with a quote of an unloaded message.
    live.push(msg(4, { replyToSeq: 99, body: '收到' }));
    live.push(msg(4, { replyToSeq: 99, body: '收到' }));
    expect(within(log).getAllByText('收到')).toHaveLength(1);
    expect(within(screen.getByTestId('message-4')).getByTestId('message-quote')).toHaveTextContent('回复 #99');

    // Read up to the newest seq, once; the open row shows no unread count meanwhile.
    await waitFor(() => expect(named(sent, 'MarkConversationRead')).toHaveLength(1));
    expect(named(sent, 'MarkConversationRead')[0].variables).toEqual({ input: { conversationId: 'c1', seq: 4 } });
    expect(within(screen.getByTestId('conversation-c1')).queryByTestId('conversation-unread')).toBeNull();
    expect(within(screen.getByTestId('conversation-c1')).getByText('王芳：收到')).toBeInTheDocument();
  });

  it('subscribes again after the highest seq held when the live connection comes back', async () => {
    const { live, status } = setup('/chat/c1');
    await waitFor(() => expect(live.subs).toHaveLength(1));
    live.push(msg(4));
    act(() => status.set('disconnected'));
    act(() => status.set('connected'));
    await waitFor(() => expect(live.subs.map((x) => x.variables.afterSeq)).toEqual([4]));
    // The replay after reconnecting repeats nothing.
    live.push(msg(4));
    live.push(msg(5));
    expect(screen.getAllByTestId(/^message-\d+$/).map((el) => el.dataset.seq)).toEqual(['1', '2', '3', '4', '5']);
    await waitFor(() => expect(screen.getByTestId('chat-live-status')).toHaveAttribute('data-status', 'connected'));
  });

  it('loads earlier messages before the lowest seq held', async () => {
    const { sent } = setup('/chat/c1', {
      messages: (vars) => ({
        data: { messages: vars.beforeSeq ? [msg(40), msg(39)] : Array.from({ length: 30 }, (_, i) => msg(70 - i)) },
      }),
    });
    await screen.findByTestId('message-70');
    fireEvent.click(screen.getByRole('button', { name: '加载更早的消息' }));
    expect(await screen.findByTestId('message-39')).toBeInTheDocument();
    expect(named(sent, 'ChatMessages')[1].variables).toEqual({ conversationId: 'c1', first: MESSAGE_PAGE_SIZE, beforeSeq: 41 });
  });

  it('says when only admins may post', async () => {
    setup('/chat/c2', { messages: () => ({ data: { messages: [] } }) });
    expect(await screen.findByTestId('broadcast-only')).toHaveTextContent('本群为广播群，仅管理员可发言');
    expect(await screen.findByText('还没有消息，说点什么吧')).toBeInTheDocument();
  });
});

describe('ChatPage: the composer', () => {
  it('sends on Enter (not Shift+Enter) with a reply, shows it pending, and retries a failure with the same id', async () => {
    let attempts = 0;
    const { sent } = setup('/chat/c1', {
      send: (vars) => {
        attempts++;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        const input = vars.input as { body: string; replyToSeq: number | null };
        return { data: { sendMessage: { message: msg(4, { author: ME, body: input.body, replyToSeq: input.replyToSeq }) } } };
      },
    });
    await screen.findByTestId('message-3');
    fireEvent.click(within(screen.getByTestId('message-2')).getByRole('button', { name: '回复' }));
    expect(screen.getByTestId('reply-chip')).toHaveTextContent('回复 王芳：第 2 条消息');

    fireEvent.change(composer(), { target: { value: '收到，' } });
    fireEvent.keyDown(composer(), { key: 'Enter', shiftKey: true });
    expect(named(sent, 'SendMessage')).toHaveLength(0);
    fireEvent.change(composer(), { target: { value: '收到，准时参加' } });
    fireEvent.keyDown(composer(), { key: 'Enter' });

    // At once: the box empties, the chip goes, the message shows; the network fails.
    expect(composer()).toHaveValue('');
    expect(screen.queryByTestId('reply-chip')).toBeNull();
    const pending = screen.getByTestId('message-pending');
    expect(pending).toHaveTextContent('收到，准时参加');
    expect(await within(pending).findByRole('alert')).toHaveTextContent('发送失败');
    const first = named(sent, 'SendMessage')[0].variables.input as { clientMessageId: string; replyToSeq: number; body: string };
    expect(first).toMatchObject({ conversationId: 'c1', body: '收到，准时参加', replyToSeq: 2 });

    fireEvent.click(within(pending).getByRole('button', { name: '重试' }));
    const stored = await screen.findByTestId('message-4');
    expect(stored).toHaveTextContent('收到，准时参加');
    expect(screen.queryByTestId('message-pending')).toBeNull();
    const second = named(sent, 'SendMessage')[1].variables.input as { clientMessageId: string };
    expect(second.clientMessageId).toBe(first.clientMessageId);
  });

  it('counts characters and refuses more than 2000 with the reason', async () => {
    const { sent } = setup('/chat/c1');
    await screen.findByTestId('message-3');
    const send = screen.getByRole('button', { name: '发送' });
    expect(send).toBeDisabled();
    fireEvent.change(composer(), { target: { value: '字'.repeat(MAX_BODY) } });
    expect(screen.getByTestId('composer-count')).toHaveTextContent('2000 / 2000');
    expect(send).toBeEnabled();
    fireEvent.change(composer(), { target: { value: '字'.repeat(MAX_BODY + 5) } });
    expect(screen.getByRole('alert')).toHaveTextContent('消息最多 2000 字，当前 2005 字');
    expect(send).toBeDisabled();
    fireEvent.keyDown(composer(), { key: 'Enter' });
    expect(named(sent, 'SendMessage')).toHaveLength(0);
  });

  it('shows why the server refused a message', async () => {
    setup('/chat/c1', {
      send: () => ({
        data: null,
        errors: [{ message: '包含不允许的内容', path: ['sendMessage'], extensions: { code: 'VALIDATION', fields: { body: '包含不允许的内容' } } }],
      }),
    });
    await screen.findByTestId('message-3');
    fireEvent.change(composer(), { target: { value: '一段话' } });
    fireEvent.click(screen.getByRole('button', { name: '发送' }));
    // Above the composer, not as a failed message to retry; the text is back in the box.
    const alert = await screen.findByTestId('composer-refusal');
    expect(alert).toHaveTextContent('消息未发送');
    expect(alert).toHaveTextContent('包含不允许的内容');
    expect(screen.queryByTestId('message-pending')).toBeNull();
    expect(composer()).toHaveValue('一段话');
  });

  it('shows a FORBIDDEN refusal (muted, broadcast-only, @所有人) in the words of the server above the composer', async () => {
    const { sent } = setup('/chat/c1', {
      send: () => ({
        data: null,
        errors: [{ message: '您已被禁言，直到管理员解除', path: ['sendMessage'], extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    await screen.findByTestId('message-3');
    fireEvent.change(composer(), { target: { value: '大家好' } });
    fireEvent.keyDown(composer(), { key: 'Enter' });
    const alert = await screen.findByTestId('composer-refusal');
    expect(alert).toHaveTextContent('您已被禁言，直到管理员解除');
    expect(screen.queryByTestId('message-pending')).toBeNull();
    expect(named(sent, 'SendMessage')[0].variables.input).toMatchObject({ mentionIds: [], mentionAll: false, fileId: null });
    // It can be closed.
    fireEvent.click(within(alert).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByTestId('composer-refusal')).toBeNull());
  });
});

const MEMBERS = {
  data: {
    conversationMembers: {
      items: [
        { id: ME.id, name: ME.name, isAdmin: true, muted: false, mutedUntil: null },
        { id: WANG.id, name: WANG.name, isAdmin: false, muted: false, mutedUntil: null },
        { id: 'm-zhao', name: '赵敏', isAdmin: false, muted: false, mutedUntil: null },
      ],
      totalCount: 3,
    },
  },
};

describe('ChatPage: mentions', () => {
  it('offers the members after @, inserts "@姓名 " and sends the mention; admins may @所有人', async () => {
    const { sent } = setup('/chat/c1', {
      conversations: () => conversationsPage([{ ...BRANCH, viewerIsAdmin: true }, LEAGUE]),
      other: (op) => (op.operationName === 'ConversationMembers' ? MEMBERS : null),
      send: (vars) => {
        const input = vars.input as { body: string };
        return { data: { sendMessage: { message: msg(4, { author: ME, body: input.body }) } } };
      },
    });
    await screen.findByTestId('message-3');
    const box = composer();
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: '请 @' } });
    const picker = await screen.findByTestId('mention-picker');
    // 所有人 (the viewer is an admin here) first, then the others — never the viewer.
    await waitFor(() => expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual([' 所有人通知群内所有成员', '王芳', '赵敏']));
    expect(named(sent, 'ConversationMembers')[0].variables).toEqual({ conversationId: 'c1', first: 200, offset: 0 });

    // Typing filters; arrows and Enter choose.
    fireEvent.change(box, { target: { value: '请 @赵' } });
    await waitFor(() => expect(within(screen.getByTestId('mention-picker')).getAllByRole('option').map((o) => o.textContent)).toEqual(['赵敏']));
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box).toHaveValue('请 @赵敏 ');
    expect(screen.queryByTestId('mention-picker')).toBeNull();
    expect(named(sent, 'SendMessage')).toHaveLength(0);

    // A click chooses too.
    fireEvent.change(box, { target: { value: '请 @赵敏 和 @' } });
    fireEvent.click(within(await screen.findByTestId('mention-picker')).getByRole('option', { name: /所有人/ }));
    expect(box).toHaveValue('请 @赵敏 和 @所有人 ');

    fireEvent.change(box, { target: { value: '请 @赵敏 和 @所有人 看一下' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(named(sent, 'SendMessage')).toHaveLength(1));
    expect(named(sent, 'SendMessage')[0].variables.input).toMatchObject({ body: '请 @赵敏 和 @所有人 看一下', mentionIds: ['m-zhao'], mentionAll: true });
  });

  it('does not offer 所有人 to members who are not admins; Esc closes the list', async () => {
    setup('/chat/c1', { other: (op) => (op.operationName === 'ConversationMembers' ? MEMBERS : null) });
    await screen.findByTestId('message-3');
    fireEvent.focus(composer());
    fireEvent.change(composer(), { target: { value: '@' } });
    const picker = await screen.findByTestId('mention-picker');
    await waitFor(() => expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['王芳', '赵敏']));
    fireEvent.keyDown(composer(), { key: 'Escape' });
    expect(screen.queryByTestId('mention-picker')).toBeNull();
  });

  it('highlights messages that mention the viewer', async () => {
    setup('/chat/c1', {
      messages: () => ({ data: { messages: [msg(2, { body: '@李强 请确认', mentionIds: [ME.id], mentionsViewer: true }), msg(1)] } }),
    });
    const mentioned = await screen.findByTestId('message-2');
    expect(mentioned).toHaveClass('tx-msg-mentioned');
    expect(within(mentioned).getByTestId('mention-tag')).toHaveTextContent('@我');
    expect(within(mentioned).getByText('@李强')).toHaveClass('tx-mention');
    expect(screen.getByTestId('message-1')).not.toHaveClass('tx-msg-mentioned');
  });
});

describe('ChatPage: recalls, read counts, attachments', () => {
  it('replaces a message recalled elsewhere, live, with who recalled it', async () => {
    const { live } = setup('/chat/c1', {
      messages: () => ({ data: { messages: [msg(3, { author: ME }), msg(2), msg(1)] } }),
    });
    await screen.findByTestId('message-3');
    await waitFor(() => expect(live.changes).toHaveLength(1));
    expect(live.changes[0].variables).toEqual({ conversationId: 'c1' });
    live.change(msg(2, { body: '', recalledAt: '2026-04-01T02:05:00Z', recalledBy: WANG.id }));
    expect(within(screen.getByTestId('message-2')).getByTestId('recall-notice')).toHaveTextContent('王芳 撤回了一条消息');
    live.change(msg(1, { body: '', recalledAt: '2026-04-01T02:05:00Z', recalledBy: 'm-admin' }));
    expect(within(screen.getByTestId('message-1')).getByTestId('recall-notice')).toHaveTextContent('管理员撤回了一条消息');
    live.change(msg(3, { author: ME, body: '', recalledAt: '2026-04-01T02:05:00Z', recalledBy: ME.id }));
    expect(within(screen.getByTestId('message-3')).getByTestId('recall-notice')).toHaveTextContent('你撤回了一条消息');
    // The list's preview follows a recall of the latest message.
    expect(within(screen.getByTestId('conversation-c1')).getByText('我：消息已撤回')).toBeInTheDocument();
    // A change to a message not loaded adds nothing.
    live.change(msg(99, { recalledAt: '2026-04-01T02:05:00Z' }));
    expect(screen.queryByTestId('message-99')).toBeNull();
  });

  it('recalls the viewer’s message from its menu', async () => {
    const recent = new Date().toISOString();
    const { sent } = setup('/chat/c1', {
      messages: () => ({ data: { messages: [msg(3, { author: ME, createdAt: recent, body: '发错了' }), msg(2), msg(1)] } }),
      other: (op) =>
        op.operationName === 'RecallMessage'
          ? { data: { recallMessage: msg(3, { author: ME, createdAt: recent, body: '', recalledAt: new Date().toISOString(), recalledBy: ME.id }) } }
          : null,
    });
    const mine = await screen.findByTestId('message-3');
    fireEvent.click(within(mine).getByRole('button', { name: '更多操作' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '撤回' }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '撤回' }));
    await waitFor(() => expect(within(screen.getByTestId('message-3')).getByTestId('recall-notice')).toHaveTextContent('你撤回了一条消息'));
    expect(named(sent, 'RecallMessage')[0].variables).toEqual({ input: { conversationId: 'c1', seq: 3 } });
  });

  it('shows 已读 N/M under the viewer’s own messages when the server counts them', async () => {
    setup('/chat/c1', {
      messages: () => ({ data: { messages: [msg(3, { author: ME, readCount: { read: 2, of: 5 } }), msg(2, { readCount: { read: 1, of: 5 } }), msg(1, { author: ME })] } }),
    });
    expect(within(await screen.findByTestId('message-3')).getByTestId('read-count')).toHaveTextContent('已读 2/5');
    expect(within(screen.getByTestId('message-2')).queryByTestId('read-count')).toBeNull();
    expect(within(screen.getByTestId('message-1')).queryByTestId('read-count')).toBeNull();
  });

  it('shows images as thumbnails and other files as a card with size and download link', async () => {
    setup('/chat/c1', {
      messages: () => ({
        data: {
          messages: [
            msg(2, { body: '', attachment: { id: 'f2', name: '纪要.pdf', contentType: 'application/pdf', size: 2.5 * 1024 * 1024, isImage: false, url: '/files/download/t2' } }),
            msg(1, { body: '现场照片', attachment: { id: 'f1', name: '现场.png', contentType: 'image/png', size: 2048, isImage: true, url: '/files/download/t1' } }),
          ],
        },
      }),
    });
    const image = await screen.findByTestId('message-1');
    expect(within(image).getByText('现场照片')).toBeInTheDocument();
    expect(within(image).getByRole('img', { name: '现场.png' })).toHaveAttribute('src', '/files/download/t1');
    const file = within(screen.getByTestId('message-2')).getByTestId('attachment-file');
    expect(file).toHaveTextContent('纪要.pdf');
    expect(file).toHaveTextContent('2.5 MB');
    expect(within(file).getByRole('link', { name: '下载 纪要.pdf' })).toHaveAttribute('href', '/files/download/t2');
  });

  it('uploads a chosen picture with progress and sends it (the text may be empty)', async () => {
    const puts: { url: string; withCredentials: boolean }[] = [];
    class FakeXhr {
      url = '';
      withCredentials = false;
      status = 0;
      responseText = '';
      upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      onabort: (() => void) | null = null;
      open(_method: string, url: string) {
        this.url = url;
      }
      setRequestHeader() {}
      abort() {}
      send() {
        puts.push(this);
        setTimeout(() => {
          this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 2 });
          this.status = 200;
          this.onload?.();
        }, 10);
      }
    }
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const file = { id: 'f1', name: '合影.png', contentType: 'image/png', size: 4, status: 'PENDING', isImage: true };
    const { sent } = setup('/chat/c1', {
      other: (op) =>
        op.operationName === 'BeginUpload'
          ? { data: { beginUpload: { file, url: '/files/f1/content', method: 'PUT', headers: [], needsCompletion: false } } }
          : null,
      send: () => ({
        data: {
          sendMessage: {
            message: msg(4, { author: ME, body: '', attachment: { id: 'f1', name: '合影.png', contentType: 'image/png', size: 4, isImage: true, url: '/files/download/t' } }),
          },
        },
      }),
    });
    await screen.findByTestId('message-3');
    fireEvent.change(screen.getByTestId('attach-input'), { target: { files: [new File([new Uint8Array([1, 2, 3, 4])], '合影.png', { type: 'image/png' })] } });
    const chip = await screen.findByTestId('composer-attachment');
    await waitFor(() => expect(chip).toHaveAttribute('data-status', 'ready'));
    expect(chip).toHaveTextContent('合影.png（4 B）');
    expect(puts).toEqual([expect.objectContaining({ url: '/files/f1/content', withCredentials: true })]);
    expect(named(sent, 'BeginUpload')[0].variables).toEqual({ input: { name: '合影.png', contentType: 'image/png', size: 4 } });

    fireEvent.click(screen.getByRole('button', { name: '发送' }));
    await waitFor(() => expect(named(sent, 'SendMessage')).toHaveLength(1));
    expect(named(sent, 'SendMessage')[0].variables.input).toMatchObject({ body: '', fileId: 'f1' });
    expect(await within(await screen.findByTestId('message-4')).findByRole('img', { name: '合影.png' })).toBeInTheDocument();
    expect(screen.queryByTestId('composer-attachment')).toBeNull();
  });

  it('refuses a file the server would refuse before uploading it', async () => {
    const { sent } = setup('/chat/c1');
    await screen.findByTestId('message-3');
    const input = screen.getByTestId('attach-input');
    fireEvent.change(input, { target: { files: [new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' })] } });
    expect(await screen.findByTestId('composer-attachment')).toHaveTextContent('不支持的文件类型');
    expect(named(sent, 'BeginUpload')).toHaveLength(0);
    expect(screen.getByRole('button', { name: '发送' })).toBeDisabled();
  });
});

describe('ChatPage: the conversation menu', () => {
  it('lets an admin set the notice (empty clears it) and turn on 仅管理员发言', async () => {
    const admin = { ...BRANCH, viewerIsAdmin: true };
    const { sent } = setup('/chat/c1', {
      conversations: () => conversationsPage([admin, LEAGUE]),
      other: (op) => {
        if (op.operationName !== 'UpdateConversation') return null;
        const input = op.variables.input as { pinnedNotice?: string; broadcastOnly?: boolean };
        return {
          data: {
            updateConversation: {
              ...admin,
              pinnedNotice: input.pinnedNotice === undefined ? admin.pinnedNotice : input.pinnedNotice || null,
              broadcastOnly: input.broadcastOnly ?? false,
            },
          },
        };
      },
    });
    await screen.findByTestId('message-3');
    fireEvent.click(screen.getByRole('button', { name: '会话菜单' }));
    expect((await screen.findAllByRole('menuitem')).map((i) => i.textContent)).toEqual(['群成员', '群公告', '仅管理员发言', '搜索聊天记录']);
    fireEvent.click(screen.getByRole('menuitem', { name: '群公告' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑群公告' });
    const area = within(dialog).getByRole('textbox', { name: '群公告' });
    expect(area).toHaveValue('本周五下午三点主题党日，请准时参加。');
    fireEvent.change(area, { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(named(sent, 'UpdateConversation')).toHaveLength(1));
    expect(named(sent, 'UpdateConversation')[0].variables).toEqual({ input: { conversationId: 'c1', pinnedNotice: '' } });
    await waitFor(() => expect(screen.queryByTestId('pinned-notice')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '会话菜单' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '仅管理员发言' }));
    await waitFor(() => expect(named(sent, 'UpdateConversation')).toHaveLength(2));
    expect(named(sent, 'UpdateConversation')[1].variables).toEqual({ input: { conversationId: 'c1', broadcastOnly: true } });
    expect(await screen.findByTestId('broadcast-only')).toBeInTheDocument();
  });

  it('offers members only 群成员 and 搜索 (rename is for custom groups’ admins)', async () => {
    setup('/chat/c1');
    await screen.findByTestId('message-3');
    fireEvent.click(screen.getByRole('button', { name: '会话菜单' }));
    expect((await screen.findAllByRole('menuitem')).map((i) => i.textContent)).toEqual(['群成员', '搜索聊天记录']);
  });

  it('searches the messages and shows a result in the conversation, loading older pages to reach it', async () => {
    const { sent } = setup('/chat/c1', {
      messages: (vars) => ({
        data: { messages: vars.beforeSeq ? Array.from({ length: 60 }, (_, i) => msg(40 - i)).filter((m) => m.seq > 0) : Array.from({ length: 30 }, (_, i) => msg(70 - i)) },
      }),
      other: (op) => (op.operationName === 'SearchMessages' ? { data: { searchMessages: [msg(12, { body: '主题党日的安排' })] } } : null),
    });
    await screen.findByTestId('message-70');
    fireEvent.click(screen.getByRole('button', { name: '会话菜单' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '搜索聊天记录' }));
    const search = await screen.findByRole('searchbox', { name: '搜索聊天记录' });
    fireEvent.change(search, { target: { value: '党日' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    const result = await screen.findByTestId('search-result-12');
    expect(result).toHaveTextContent('王芳');
    expect(result).toHaveTextContent('2026-04-01 10:12');
    expect(within(result).getByText('党日').tagName).toBe('MARK');
    expect(named(sent, 'SearchMessages')[0].variables).toEqual({ conversationId: 'c1', query: '党日', first: 20, beforeSeq: null });
    fireEvent.click(result);
    expect(await screen.findByTestId('message-12')).toBeInTheDocument();
    expect(named(sent, 'ChatMessages')[1].variables).toEqual({ conversationId: 'c1', first: 60, beforeSeq: 41 });
  });
});

describe('ChatPage: new conversations', () => {
  it('creates a group with chosen members and opens it', async () => {
    const created: Conversation = { ...LEAGUE, id: 'c9', title: '青年突击队二组', broadcastOnly: false, viewerIsAdmin: true };
    const { sent } = setup('/chat', {
      other: (op) => {
        if (op.operationName === 'MemberSearch') return { data: { members: { edges: [{ node: { id: WANG.id, name: WANG.name, organization: null } }] } } };
        if (op.operationName === 'CreateGroup') return { data: { createGroup: created } };
        if (op.operationName === 'Conversation') return { data: { conversation: created } };
        return null;
      },
      messages: () => ({ data: { messages: [] } }),
    });
    await screen.findByTestId('conversation-c1');
    fireEvent.click(screen.getByRole('button', { name: '发起群聊' }));
    const dialog = await screen.findByRole('dialog', { name: '发起群聊' });
    fireEvent.click(within(dialog).getByRole('button', { name: '创建' }));
    expect(await within(dialog).findByText('请输入群名称')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '群名称' }), { target: { value: '青年突击队二组' } });
    const picker = within(dialog).getByRole('combobox', { name: '群成员' });
    fireEvent.mouseDown(picker);
    fireEvent.click(await screen.findByText('王芳', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(within(dialog).getByRole('switch'));
    fireEvent.click(within(dialog).getByRole('button', { name: '创建' }));
    await waitFor(() => expect(named(sent, 'CreateGroup')).toHaveLength(1));
    expect(named(sent, 'CreateGroup')[0].variables).toEqual({ input: { title: '青年突击队二组', memberIds: [WANG.id], broadcastOnly: true } });
    expect(await screen.findByRole('heading', { level: 3, name: '青年突击队二组' })).toBeInTheDocument();
  });

  it('titles a direct chat with the other member’s name', async () => {
    const direct: Conversation = { ...DIRECT, title: '私聊' };
    const { sent } = setup('/chat/c3', {
      conversations: () => conversationsPage([BRANCH, direct]),
      other: (op) =>
        op.operationName === 'ConversationMembers' && op.variables.first === 2
          ? {
              data: {
                conversationMembers: {
                  items: [
                    { id: ME.id, name: ME.name, isAdmin: false, muted: false, mutedUntil: null },
                    { id: WANG.id, name: WANG.name, isAdmin: false, muted: false, mutedUntil: null },
                  ],
                  totalCount: 2,
                },
              },
            }
          : null,
      messages: () => ({ data: { messages: [] } }),
    });
    expect(await screen.findByRole('heading', { level: 3, name: '王芳' })).toBeInTheDocument();
    expect(within(screen.getByTestId('conversation-c3')).getByText('王芳')).toBeInTheDocument();
    expect(named(sent, 'ConversationMembers')[0].variables).toEqual({ conversationId: 'c3', first: 2, offset: 0 });
  });
});
