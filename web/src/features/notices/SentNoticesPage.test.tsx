import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SentNotice } from './useNoticeLists';
import { OFFICER_VIEWER, notice, noticeRow } from '../../test/notices';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import SentNoticesPage from './SentNoticesPage';

function sent(over: Partial<SentNotice>): SentNotice {
  return {
    ...noticeRow(notice()),
    scheduledAt: null,
    withdrawnAt: null,
    myReceipt: null,
    withdrawReason: null,
    recipientCount: 12,
    reviewer: null,
    reviewNote: null,
    viewerCanManage: true,
    viewerCanReview: false,
    viewerCanSeeBoard: true,
    ...over,
  };
}

const PUBLISHED = sent({ id: 'n-pub' });
const DRAFT = sent({ id: 'n-draft', title: '工会会员信息核对', status: 'DRAFT', publishedAt: null, recipientCount: 0, viewerCanSeeBoard: false });
const TO_REVIEW = sent({
  id: 'n-review',
  title: '团委青年突击队招募',
  status: 'PENDING_REVIEW',
  publishedAt: null,
  recipientCount: 0,
  viewerCanManage: false,
  viewerCanReview: true,
  viewerCanSeeBoard: false,
  author: { id: 'm-zhao', name: '赵敏' },
  reviewer: { id: 'm-wang', name: '王书记' },
});

function page(nodes: SentNotice[]) {
  return { data: { sentNotices: { edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { hasNextPage: false, endCursor: null } } } };
}

function setup(mutation: (op: SentOperation) => Reply = () => ({ data: null })) {
  const mock = mockClient((op: SentOperation) => (op.operationName === 'SentNotices' ? page([PUBLISHED, DRAFT, TO_REVIEW]) : mutation(op)));
  renderPage(<SentNoticesPage />, { client: mock.client, path: '/notices/sent', route: '/notices/sent', viewer: OFFICER_VIEWER });
  return mock;
}

describe('SentNoticesPage (已发通知)', () => {
  it('tags each status and offers what the viewer may do with each', async () => {
    setup();
    const pub = await screen.findByTestId('sent-n-pub');
    expect(within(pub).getByTestId('notice-status')).toHaveTextContent('已发布');
    expect(pub).toHaveTextContent('共发送 12 人');
    expect(within(pub).getByRole('link', { name: /回执看板/ })).toHaveAttribute('href', '/notices/n-pub/board');
    expect(within(pub).getByRole('button', { name: /撤回/ })).toBeInTheDocument();

    const draft = screen.getByTestId('sent-n-draft');
    expect(within(draft).getByTestId('notice-status')).toHaveTextContent('草稿');
    expect(within(draft).getByRole('link', { name: /编辑/ })).toHaveAttribute('href', '/notices/n-draft/edit');
    expect(within(draft).queryByRole('button', { name: /撤回/ })).toBeNull();

    const review = screen.getByTestId('sent-n-review');
    expect(within(review).getByTestId('notice-status')).toHaveTextContent('待审核');
    expect(review).toHaveTextContent('审核人：王书记');
    expect(within(review).getByRole('button', { name: /审核/ })).toBeInTheDocument();
    expect(within(review).queryByRole('button', { name: /撤回/ })).toBeNull();
  });

  it('withdraws a published notice only with a reason, after asking', async () => {
    const { sent: ops } = setup((op) =>
      op.operationName === 'WithdrawNotice'
        ? { data: { withdrawNotice: { notice: { id: 'n-pub', status: 'WITHDRAWN', withdrawnAt: '2026-06-02T00:00:00Z', withdrawReason: '时间调整' } } } }
        : { data: null },
    );
    fireEvent.click(within(await screen.findByTestId('sent-n-pub')).getByRole('button', { name: /撤回/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('12 位接收人将看到「该通知已撤回」和撤回原因');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认撤回' }));
    expect(await within(dialog).findByText('请输入撤回原因')).toBeInTheDocument();
    expect(named(ops, 'WithdrawNotice')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('撤回原因'), { target: { value: ' 时间调整 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认撤回' }));
    await waitFor(() => expect(named(ops, 'WithdrawNotice')).toHaveLength(1));
    expect(named(ops, 'WithdrawNotice')[0].variables).toEqual({ input: { noticeId: 'n-pub', reason: '时间调整' } });
    expect(await screen.findByText('已撤回')).toBeInTheDocument();
    await waitFor(() => expect(named(ops, 'SentNotices')).toHaveLength(2));
  });

  it('returns a notice under review only with a note', async () => {
    const { sent: ops } = setup((op) =>
      op.operationName === 'ReviewNotice'
        ? { data: { reviewNotice: { notice: { id: 'n-review', status: 'DRAFT', reviewNote: '请补充时间地点', viewerCanReview: false } } } }
        : { data: null },
    );
    fireEvent.click(within(await screen.findByTestId('sent-n-review')).getByRole('button', { name: /审核/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('赵敏 提交了通知，请审核');
    fireEvent.click(within(dialog).getByRole('button', { name: '退回' }));
    expect(await within(dialog).findByText('退回时请填写审核意见')).toBeInTheDocument();
    expect(named(ops, 'ReviewNotice')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('审核意见'), { target: { value: '请补充时间地点' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '退回' }));
    await waitFor(() => expect(named(ops, 'ReviewNotice')).toHaveLength(1));
    expect(named(ops, 'ReviewNotice')[0].variables).toEqual({ input: { noticeId: 'n-review', approve: false, note: '请补充时间地点' } });
    expect(await screen.findByText('已退回')).toBeInTheDocument();
  });
});
