import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminViewer } from '../../test/viewers';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import ChatWordsPage from './ChatWordsPage';

function setup(permissions: string[], words: { word: string; action: string }[], onMutation: (op: SentOperation) => Reply = () => ({ data: null })) {
  const mock = mockClient((op) => (op.operationName === 'ChatWords' ? { data: { chatWords: words } } : onMutation(op)));
  renderPage(<ChatWordsPage />, { client: mock.client, path: '/settings/chat-words', route: '/settings/chat-words', viewer: adminViewer(permissions) });
  return mock;
}

describe('ChatWordsPage', () => {
  it('lists the words with their action; says so when there is none', async () => {
    setup(['tenant:write'], [
      { word: '赌博', action: 'BLOCK' },
      { word: '广告', action: 'MASK' },
    ]);
    const row = (await screen.findByText('赌博')).closest('tr')!;
    expect(within(row).getByText('拦截')).toBeInTheDocument();
    expect(within(screen.getByText('广告').closest('tr')!).getByText('打码')).toBeInTheDocument();
  });

  it('has an empty state', async () => {
    setup(['tenant:write'], []);
    expect(await screen.findByText('暂无敏感词')).toBeInTheDocument();
  });

  it('adds a word with its action and shows the server’s field messages on the form', async () => {
    let attempt = 0;
    const { sent } = setup(['tenant:write'], [], (op) => {
      if (op.operationName !== 'SetChatWord') return { data: null };
      attempt++;
      return attempt === 1
        ? { data: null, errors: [{ message: '输入有误', extensions: { code: 'VALIDATION', fields: { word: '敏感词应为 1–50 个字' } } }] }
        : { data: { setChatWord: { word: '广告', action: 'MASK' } } };
    });
    await screen.findByText('暂无敏感词');
    fireEvent.click(screen.getByRole('button', { name: '添加' }));
    expect(await screen.findByText('请输入敏感词')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('textbox', { name: '敏感词' }), { target: { value: ' 广告 ' } });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '处理方式' }));
    fireEvent.click(await screen.findByText('打码', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(screen.getByRole('button', { name: '添加' }));
    expect(await screen.findByText('敏感词应为 1–50 个字')).toBeInTheDocument();
    expect(named(sent, 'SetChatWord')[0].variables).toEqual({ input: { word: '广告', action: 'MASK' } });

    fireEvent.click(screen.getByRole('button', { name: '添加' }));
    expect(await screen.findByText('已保存敏感词「广告」')).toBeInTheDocument();
    await waitFor(() => expect(named(sent, 'ChatWords').length).toBeGreaterThan(1));
  });

  it('deletes a word after confirming, and shows a refusal', async () => {
    let refuse = true;
    const { sent } = setup(['tenant:write'], [{ word: '赌博', action: 'BLOCK' }], (op) => {
      if (op.operationName !== 'RemoveChatWord') return { data: null };
      if (refuse) {
        refuse = false;
        return { data: null, errors: [{ message: '没有权限执行此操作', extensions: { code: 'FORBIDDEN' } }] };
      }
      return { data: { removeChatWord: true } };
    });
    const row = (await screen.findByText('赌博')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '删除' }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('删除敏感词「赌博」？');
    fireEvent.click(within(confirm).getByRole('button', { name: '删除' }));
    expect(await screen.findByText('没有权限执行此操作。')).toBeInTheDocument();
    expect(named(sent, 'RemoveChatWord')[0].variables).toEqual({ word: '赌博' });
  });

  it('is for tenant admins only', async () => {
    const { sent } = setup([], []);
    expect(await screen.findByText('只有单位管理员可以管理敏感词。')).toBeInTheDocument();
    expect(named(sent, 'ChatWords')).toHaveLength(0);
  });
});
