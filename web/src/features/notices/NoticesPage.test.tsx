import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { NOTICE_PAGE_SIZE, type NoticeRow } from './notices';
import { MEMBER_VIEWER, OFFICER_VIEWER, notice, noticeRow } from '../../test/notices';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import NoticesPage from './NoticesPage';

/** The list fields of a notice (what `notices` answers). */
const row = (over: Parameters<typeof notice>[0] = {}): NoticeRow => noticeRow(notice(over));

const UNREAD_URGENT = row({
  id: 'n-urgent',
  title: '紧急：防汛值班安排',
  category: 'URGENT',
  importance: 'URGENT',
  ackDeadline: '2099-06-02T02:00:00Z',
  myReceipt: { deliveredAt: '2026-06-01T02:00:00Z', readAt: null, acknowledgedAt: null, reply: null },
});
const TO_ACK = row({ id: 'n-ack', title: '关于开展主题党日活动的通知' });
const DONE = row({
  id: 'n-done',
  title: '工会会员信息核对',
  category: 'WORK_TIP',
  ackRequired: false,
  ackDeadline: null,
  issuerName: '工会委员会',
});

function page(nodes: NoticeRow[], hasNextPage = false) {
  return {
    data: {
      notices: {
        edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })),
        pageInfo: { hasNextPage, endCursor: nodes.at(-1) ? `c-${nodes.at(-1)!.id}` : null },
      },
    },
  };
}

function setup(answer: (vars: Record<string, unknown>) => Reply, viewer: Viewer = MEMBER_VIEWER) {
  const mock = mockClient((op: SentOperation) => (op.operationName === 'Notices' ? answer(op.variables) : { data: null }));
  renderPage(<NoticesPage />, { client: mock.client, path: '/notices', route: '/notices', viewer: viewer });
  return mock;
}

describe('NoticesPage (通知公告)', () => {
  it('lists received notices in the server order with unread marks, urgency, receipt state and deadlines', async () => {
    const { sent } = setup(() => page([UNREAD_URGENT, TO_ACK, DONE]));
    const urgent = await screen.findByTestId('notice-n-urgent');
    const toAck = screen.getByTestId('notice-n-ack');
    const done = screen.getByTestId('notice-n-done');
    expect(urgent.compareDocumentPosition(toAck) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(toAck.compareDocumentPosition(done) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // Unread: marked for the eye and for screen readers; its link leads to the notice.
    expect(urgent).toHaveClass('tx-inbox-unread');
    expect(within(urgent).getByRole('link', { name: /未读\s*紧急：防汛值班安排/ })).toHaveAttribute('href', '/notices/n-urgent');
    expect(within(urgent).getByText('紧急')).toBeInTheDocument();
    expect(within(urgent).getByTestId('notice-deadline')).toHaveTextContent('确认截止：2099-06-02 10:00');
    expect(toAck).not.toHaveClass('tx-inbox-unread');
    expect(within(toAck).getByText('待确认')).toBeInTheDocument();
    expect(within(toAck).getByText('通知')).toBeInTheDocument();
    // No acknowledgement asked: no receipt tag, no deadline.
    expect(within(done).getByText('工作提示')).toBeInTheDocument();
    expect(within(done).queryByText('待确认')).toBeNull();
    expect(within(done).queryByTestId('notice-deadline')).toBeNull();
    expect(done).toHaveTextContent('工会委员会');

    expect(named(sent, 'Notices')[0].variables).toEqual({ first: NOTICE_PAGE_SIZE, after: null, unreadOnly: false });
    // A member without notice rights is not offered 发布通知.
    expect(screen.queryByRole('button', { name: /发布通知/ })).toBeNull();
  });

  it('shows acknowledged and overdue notices as such', async () => {
    setup(() =>
      page([
        row({ id: 'n-late', ackDeadline: '2020-01-01T00:00:00Z' }),
        row({ id: 'n-acked', myReceipt: { deliveredAt: 'x', readAt: 'x', acknowledgedAt: '2026-06-01T04:00:00Z', reply: '收到' } }),
      ]),
    );
    expect(within(await screen.findByTestId('notice-n-late')).getByText('已逾期')).toBeInTheDocument();
    expect(within(screen.getByTestId('notice-n-acked')).getByText('已确认')).toBeInTheDocument();
  });

  it('filters to unread, pages with 加载更多 and shows the empty state', async () => {
    const { sent } = setup((vars) => {
      if (vars.unreadOnly) return vars.after ? page([TO_ACK]) : page([UNREAD_URGENT], true);
      return page([]);
    });
    expect(await screen.findByText('暂无通知公告')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('radio', { name: '未读' }));
    expect(await screen.findByTestId('notice-n-urgent')).toBeInTheDocument();
    expect(named(sent, 'Notices').at(-1)?.variables).toEqual({ first: NOTICE_PAGE_SIZE, after: null, unreadOnly: true });

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByTestId('notice-n-ack')).toBeInTheDocument();
    expect(named(sent, 'Notices').at(-1)?.variables).toEqual({ first: NOTICE_PAGE_SIZE, after: 'c-n-urgent', unreadOnly: true });
    await waitFor(() => expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull());
    expect(screen.getByTestId('notice-n-urgent')).toBeInTheDocument();
  });

  it('offers 发布通知 to officers', async () => {
    setup(() => page([]), OFFICER_VIEWER);
    fireEvent.click(await screen.findByRole('button', { name: /发布通知/ }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/notices/new');
  });
});
