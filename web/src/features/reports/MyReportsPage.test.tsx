import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import { reporterReport } from './fixtures';
import MyReportsPage from './MyReportsPage';

describe('MyReportsPage (我的检举控告)', () => {
  it('lists the real-name reports with their status, opens the conversation and replies', async () => {
    const mine = reporterReport({ id: 'r1', status: 'ACCEPTED', statusLabel: '已受理' });
    const mock = mockClient((op) => {
      if (op.operationName === 'MyReports') return { data: { myReports: { edges: [{ cursor: 'c1', node: mine }], pageInfo: { hasNextPage: false, endCursor: 'c1' } } } };
      if (op.operationName === 'ReplyToMyReport') return { data: { replyToMyReport: mine } };
      return { data: null };
    });
    renderPage(<MyReportsPage />, { client: mock.client, path: '/reports/mine', route: '/reports/mine', viewer: MEMBER_VIEWER });
    const item = await screen.findByTestId('my-report');
    expect(item).toHaveTextContent('第一党支部违规发放津贴');
    expect(item).toHaveTextContent('已受理');
    expect(item).toHaveTextContent('2 条消息');

    fireEvent.click(item);
    expect(await screen.findByText('已收到，正在核查。')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('回复或补充材料'), { target: { value: '补充一份说明。' } });
    fireEvent.click(screen.getByRole('button', { name: '发送' }));
    await waitFor(() => expect(named(mock.sent, 'ReplyToMyReport')[0]?.variables).toEqual({ input: { reportId: 'r1', body: '补充一份说明。' } }));
    await waitFor(() => expect(named(mock.sent, 'MyReports').length).toBeGreaterThanOrEqual(2));
  });

  it('says when there is none', async () => {
    const mock = mockClient(() => ({ data: { myReports: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } }));
    renderPage(<MyReportsPage />, { client: mock.client, path: '/reports/mine', route: '/reports/mine', viewer: MEMBER_VIEWER });
    expect(await screen.findByText('您还没有实名提交的检举控告')).toBeInTheDocument();
  });
});
