import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { subscriptionExchange, type ExecutionResult } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLiveStatusStore, registerLiveStatus } from '../api/liveStatus';
import { ViewerContext, viewerInfo, type Viewer } from '../auth/viewer';
import { MAX_BODY, MESSAGE_PAGE_SIZE, type ChatMessage, type Conversation } from '../lib/chat';
import { CHAT_LIST_POLL_MS } from '../lib/useConversations';
import { mockClient, renderPage, type Reply, type SentOperation } from '../test/render';
import ChatPage from './ChatPage';

const ME = { id: 'm-li', name: '李强' };
const WANG = { id: 'm-wang', name: '王芳' };

const VIEWER: Viewer = {
  member: { id: ME.id, name: ME.name, email: 'li@example.cn' },
  tenant: { id: 't1', slug: 'demo', name: '示范单位', timeZone: 'Asia/Shanghai', loginAlerts: false },
  permissions: [],
  grants: [],
};

function msg(seq: number, over: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `msg-${seq}`,
    seq,
    body: `第 ${seq} 条消息`,
    createdAt: new Date(Date.UTC(2026, 3, 1, 2, seq)).toISOString(),
    author: WANG,
    replyToSeq: null,
    recalledAt: null,
    conversationId: 'c1',
    ...over,
  };
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

/** A subscription exchange whose events the test sends. */
function mockLive() {
  const subs: { variables: Record<string, unknown>; sink: { next(r: ExecutionResult): void } }[] = [];
  const exchange = subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe(sink) {
        const entry = { variables: request.variables as Record<string, unknown>, sink };
        subs.push(entry);
        return { unsubscribe: () => void subs.splice(subs.indexOf(entry), 1) };
      },
    }),
  });
  const push = (messageAdded: ChatMessage) => act(() => subs.forEach((s) => s.sink.next({ data: { messageAdded } })));
  return { exchange, push, subs };
}

interface Server {
  conversations: (vars: Record<string, unknown>) => Reply;
  messages: (vars: Record<string, unknown>) => Reply;
  send: (vars: Record<string, unknown>) => Reply | Promise<Reply>;
}

function setup(path: string, over: Partial<Server> = {}) {
  const server: Server = {
    conversations: () => conversationsPage([BRANCH, LEAGUE]),
    messages: (vars) => ({ data: { messages: vars.beforeSeq ? [] : [msg(3), msg(2), msg(1)] } }),
    send: () => ({ data: null }),
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
        return { data: null };
    }
  }, [live.exchange]);
  const status = createLiveStatusStore('connected');
  registerLiveStatus(client, status);
  renderPage(
    <ViewerContext.Provider value={viewerInfo(VIEWER)}>
      <ChatPage />
    </ViewerContext.Provider>,
    { client, path, route: '/chat/:conversationId?' },
  );
  return { live, sent, server, status };
}

afterEach(() => {
  vi.useRealTimers();
});

const named = (sent: SentOperation[], name: string) => sent.filter((o) => o.operationName === name);
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
    const alert = await within(screen.getByTestId('message-pending')).findByRole('alert');
    expect(alert).toHaveTextContent('包含不允许的内容');
    fireEvent.click(within(alert).getByRole('button', { name: '删除' }));
    expect(screen.queryByTestId('message-pending')).toBeNull();
  });
});
