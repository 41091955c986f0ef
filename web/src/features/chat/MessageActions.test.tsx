import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CombinedError } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from './chat';
import { mockClient, renderPage, type Reply } from '../../test/render';
import { LI, WANG, chatMessage } from '../../test/chat';
import { MessageActions } from './MessageActions';

const ME = LI;

/** The viewer's own message, just sent. */
function msg(over: Partial<ChatMessage> = {}): ChatMessage {
  return chatMessage({ id: 'msg-7', seq: 7, body: '周五下午三点开会', createdAt: new Date().toISOString(), author: ME, ...over });
}

function setup(m: ChatMessage, { admin = false, reply = (): Reply => ({ data: { reportMessage: true } }), recall = vi.fn(async () => null as CombinedError | null) } = {}) {
  const { client, sent } = mockClient(() => reply());
  renderPage(<MessageActions message={m} conversationId="c1" viewerId={ME.id} viewerIsAdmin={admin} onRecall={recall} />, { client });
  return { sent, recall };
}

/** Opens 更多 and lists its items. */
async function openMenu() {
  fireEvent.click(screen.getByRole('button', { name: '更多操作' }));
  const menu = await screen.findByRole('menu');
  return { menu, items: within(menu).getAllByRole('menuitem').map((i) => i.textContent) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the actions on a message', () => {
  it('offers the sender 复制 and 撤回 within two minutes; recalling asks first', async () => {
    const { recall } = setup(msg());
    const { menu, items } = await openMenu();
    expect(items).toEqual(['复制', '撤回']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: '撤回' }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('撤回这条消息？');
    expect(recall).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: '撤回' }));
    await waitFor(() => expect(recall).toHaveBeenCalledWith(7));
  });

  it('does not offer 撤回 to the sender after two minutes, nor 举报 of their own message', async () => {
    setup(msg({ createdAt: new Date(Date.now() - 3 * 60_000).toISOString() }));
    expect((await openMenu()).items).toEqual(['复制']);
  });

  it('lets an admin recall anyone’s message at any time, and shows a refusal in the server’s words', async () => {
    const refusal = { graphQLErrors: [{ message: '只有群管理员可以撤回', extensions: { code: 'FORBIDDEN' } }] } as unknown as CombinedError;
    const recall = vi.fn(async () => refusal);
    setup(msg({ author: WANG, createdAt: '2025-01-01T00:00:00Z' }), { admin: true, recall });
    const { menu, items } = await openMenu();
    expect(items).toEqual(['复制', '撤回', '举报']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: '撤回' }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '撤回' }));
    expect(await screen.findByText('只有群管理员可以撤回')).toBeInTheDocument();
  });

  it('reports another’s message with a reason of 1–500 characters', async () => {
    const { sent } = setup(msg({ author: WANG }));
    const { menu, items } = await openMenu();
    expect(items).toEqual(['复制', '举报']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: '举报' }));
    const dialog = await screen.findByRole('dialog', { name: '举报消息' });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交举报' }));
    expect(await within(dialog).findByText('请填写举报理由')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('textbox', { name: '举报理由' }), { target: { value: '  发布与工作无关的广告  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交举报' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ operationName: 'ReportMessage', variables: { input: { conversationId: 'c1', seq: 7, reason: '发布与工作无关的广告' }, content: { kind: 'CHAT_MESSAGE', id: 'msg-7', reason: '发布与工作无关的广告' } } });
    expect(await screen.findByText('已举报，群管理员会尽快处理')).toBeInTheDocument();
  });

  it('copies the text', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    setup(msg({ author: WANG }));
    const { menu } = await openMenu();
    fireEvent.click(within(menu).getByRole('menuitem', { name: '复制' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('周五下午三点开会'));
    expect(await screen.findByText('已复制')).toBeInTheDocument();
  });

  it('has nothing for the sender’s own file past two minutes', () => {
    setup(msg({ body: '', createdAt: '2025-01-01T00:00:00Z' }));
    expect(screen.queryByRole('button', { name: '更多操作' })).toBeNull();
  });
});
