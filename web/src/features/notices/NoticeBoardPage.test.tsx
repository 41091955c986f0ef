import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RESPONSE_PAGE_SIZE } from './notices';
import type { NoticeStats } from './useNoticeStats';
import { fakeSubscriptions, mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import NoticeBoardPage from './NoticeBoardPage';

// ECharts needs a canvas, which jsdom lacks: the chart is a labelled box here.
vi.mock('../../components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

function stats(read: number, acknowledged: number): NoticeStats {
  return {
    noticeId: 'n1',
    recipients: 4,
    read,
    acknowledged,
    byOrg: [
      { orgId: 'o1', orgName: '第一党支部', recipients: 3, read, acknowledged },
      { orgId: 'o2', orgName: '第二党支部', recipients: 1, read: 0, acknowledged: 0 },
    ],
  };
}

const BOARD = {
  id: 'n1',
  title: '关于开展主题党日活动的通知',
  status: 'PUBLISHED',
  ackRequired: true,
  ackDeadline: '2099-06-20T10:00:00Z',
  issuerName: '第一党支部',
  publishedAt: '2026-06-01T02:00:00Z',
  recipientCount: 4,
  viewerCanSeeBoard: true,
  stats: stats(2, 1),
};

const LI = { member: { id: 'm-li', name: '李强' }, orgName: '第一党支部', deliveredAt: '2026-06-01T02:00:00Z', readAt: null, acknowledgedAt: null, reply: null, remindedCount: 0 };

function responses(rows: (typeof LI)[], total = rows.length) {
  return {
    data: {
      noticeResponses: {
        edges: rows.map((node) => ({ cursor: `c-${node.member.id}`, node })),
        pageInfo: { hasNextPage: false, endCursor: null },
        totalCount: total,
      },
    },
  };
}

function setup(remind: () => Reply = () => ({ data: { remindNoticeRecipients: { reminded: 3 } } })) {
  const { exchange: live, sinks } = fakeSubscriptions();
  const mock = mockClient((op: SentOperation) => {
    switch (op.operationName) {
      case 'NoticeBoard':
        return { data: { notice: BOARD } };
      case 'NoticeResponses':
        return responses(op.variables.state === 'ACKNOWLEDGED' ? [] : [LI], 3);
      case 'RemindNoticeRecipients':
        return remind();
      default:
        return { data: null };
    }
  }, [live]);
  renderPage(<NoticeBoardPage />, { client: mock.client, path: '/notices/n1/board', route: '/notices/:id/board' });
  const push = (s: NoticeStats) => act(() => sinks.forEach((sink) => sink.next({ data: { noticeStatsChanged: s } })));
  return { ...mock, push, sinks };
}

describe('NoticeBoardPage (回执看板)', () => {
  it('shows the totals with shares, updates them live, and reloads the list when they change', async () => {
    const { sent, push, sinks } = setup();
    const acked = await screen.findByTestId('board-acknowledged');
    expect(acked).toHaveTextContent('已确认1人（25%）');
    expect(screen.getByTestId('board-read')).toHaveTextContent('已读2人（50%）');
    expect(screen.getByRole('img', { name: '各组织回执' })).toBeInTheDocument();
    await waitFor(() => expect(sinks).toHaveLength(1));

    // The list starts at 未确认.
    expect(await screen.findByTestId('response-m-li')).toHaveTextContent('李强');
    expect(screen.getByTestId('board-total')).toHaveTextContent('共 3 人');
    expect(named(sent, 'NoticeResponses')[0].variables).toEqual({ noticeId: 'n1', first: RESPONSE_PAGE_SIZE, after: null, state: 'UNACKNOWLEDGED' });

    // The subscription answers the counts now (no change), then a member acknowledges.
    push(stats(2, 1));
    push(stats(3, 2));
    await waitFor(() => expect(screen.getByTestId('board-acknowledged')).toHaveTextContent('已确认2人（50%）'));
    expect(screen.getByTestId('board-read')).toHaveTextContent('已读3人（75%）');
    await waitFor(() => expect(named(sent, 'NoticeResponses')).toHaveLength(2));
  });

  it('filters the list by state, and exports what is shown', async () => {
    const { sent } = setup();
    await screen.findByTestId('response-m-li');
    const exportLink = screen.getByRole('link', { name: /导出名单/ });
    expect(exportLink).toHaveAttribute('href', '/export/notice-responses.xlsx?notice=n1&state=UNACKNOWLEDGED');

    fireEvent.click(screen.getByRole('radio', { name: '已确认' }));
    expect(await screen.findByText('没有符合条件的成员')).toBeInTheDocument();
    expect(named(sent, 'NoticeResponses').at(-1)?.variables.state).toBe('ACKNOWLEDGED');

    fireEvent.click(screen.getByRole('radio', { name: '全部' }));
    await screen.findByTestId('response-m-li');
    expect(named(sent, 'NoticeResponses').at(-1)?.variables.state).toBeNull();
    expect(screen.getByRole('link', { name: /导出名单/ })).toHaveAttribute('href', '/export/notice-responses.xlsx?notice=n1');
  });

  /** 一键提醒, then its confirmation's OK (named by its text alone; the toolbar's also by its icon). */
  async function remind() {
    await screen.findByTestId('response-m-li');
    fireEvent.click(screen.getByRole('button', { name: /一键提醒/ }));
    const ok = await screen.findByRole('button', { name: '一键提醒' });
    expect(screen.getByText(/将向尚未确认的 3 人发送提醒/)).toBeInTheDocument();
    fireEvent.click(ok);
  }

  it('reminds who has not acknowledged, after asking', async () => {
    const { sent } = setup();
    await remind();
    expect(await screen.findByText('已提醒 3 人')).toBeInTheDocument();
    expect(named(sent, 'RemindNoticeRecipients')[0].variables).toEqual({ input: { noticeId: 'n1' } });
  });

  it('shows the server’s words when a reminder comes too soon', async () => {
    setup(() => ({
      data: null,
      errors: [{ message: '10 分钟内只能提醒一次，请 9 分钟后再试', path: ['remindNoticeRecipients'], extensions: { code: 'RATE_LIMITED' } }],
    }));
    await remind();
    expect(await screen.findByTestId('remind-limited')).toHaveTextContent('10 分钟内只能提醒一次，请 9 分钟后再试');
  });
});
