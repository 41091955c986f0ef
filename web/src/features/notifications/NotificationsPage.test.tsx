import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient, renderPage, type Reply, type SentOperation } from '../../test/render';
import NotificationsPage, { INBOX_PAGE_SIZE } from './NotificationsPage';

const REMINDER = {
  id: 'n-reminder',
  kind: 'REMINDER',
  title: '第一党支部：支部党员大会已逾期',
  body: '第一党支部本季度的支部党员大会已超过期限，请督促落实。',
  detail: {
    dueItem: 'd1',
    dueAt: '2026-03-31T16:00:00Z',
    offsetMinutes: 1440,
    escalation: true,
    rule: { key: 'party.meeting.branch', title: '支部党员大会', source: '《中国共产党支部工作条例（试行）》第十条' },
  },
  createdAt: '2026-04-02T01:00:00Z',
  readAt: null,
};
const NOTICE = {
  id: 'n-notice',
  kind: 'NOTICE',
  title: '关于开展主题党日活动的通知',
  body: '各支部：请于本月 20 日前报送活动方案。',
  detail: {},
  createdAt: '2026-04-01T02:00:00Z',
  readAt: '2026-04-01T03:00:00Z',
};

type Node = typeof REMINDER | typeof NOTICE;

function page(nodes: Node[], hasNextPage = false) {
  return {
    data: {
      notifications: {
        edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })),
        pageInfo: { hasNextPage, endCursor: nodes.at(-1) ? `c-${nodes.at(-1)!.id}` : null },
      },
    },
  };
}

function setup(inbox: (vars: Record<string, unknown>) => Reply, onMutation: (op: SentOperation) => Reply = () => ({ data: null })) {
  const state = { unread: 1 };
  const mock = mockClient((op) => {
    if (op.operationName === 'Notifications') return inbox(op.variables);
    if (op.operationName === 'UnreadNotificationCount') return { data: { viewer: { unreadNotificationCount: state.unread } } };
    return onMutation(op);
  });
  renderPage(<NotificationsPage />, { client: mock.client, path: '/notifications', route: '/notifications' });
  return { ...mock, state };
}

const sentNamed = (sent: SentOperation[], name: string) => sent.filter((o) => o.operationName === name);

describe('NotificationsPage', () => {
  it('lists the inbox newest first with kinds, unread marks and the basis of a reminder', async () => {
    const { sent } = setup(() => page([REMINDER, NOTICE]));
    const reminder = await screen.findByTestId('notification-n-reminder');
    const notice = screen.getByTestId('notification-n-notice');
    expect(reminder.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(reminder).getByText('到期提醒')).toBeInTheDocument();
    expect(within(notice).getByText('通知公告')).toBeInTheDocument();
    // The unread one is marked (visually and for screen readers); the read one is not.
    expect(reminder).toHaveClass('tx-inbox-unread');
    expect(within(reminder).getByText('未读')).toBeInTheDocument();
    expect(notice).not.toHaveClass('tx-inbox-unread');
    // The reminder says why and when, and that it is an escalation.
    expect(reminder).toHaveTextContent('依据：支部党员大会（《中国共产党支部工作条例（试行）》第十条）');
    expect(reminder).toHaveTextContent('到期时间：2026-04-01 00:00');
    expect(within(reminder).getByText('逾期督办')).toBeInTheDocument();
    expect(notice).not.toHaveTextContent('依据');
    expect(sentNamed(sent, 'Notifications')[0].variables).toEqual({ first: INBOX_PAGE_SIZE, after: null, unreadOnly: false });
  });

  it('marks a notification read when it is opened, and only once', async () => {
    const { sent, state } = setup(
      () => page([REMINDER, NOTICE]),
      (op) => {
        if (op.operationName === 'MarkNotificationRead') {
          state.unread = 0;
          return { data: { markNotificationRead: true } };
        }
        return { data: null };
      },
    );
    const reminder = await screen.findByTestId('notification-n-reminder');
    expect(await screen.findByRole('button', { name: /全部标为已读（1）/ })).toBeEnabled();
    const head = within(reminder).getByRole('button', { expanded: false });
    fireEvent.click(head);
    expect(head).toHaveAttribute('aria-expanded', 'true');
    expect(reminder).not.toHaveClass('tx-inbox-unread');
    await waitFor(() => expect(sentNamed(sent, 'MarkNotificationRead')).toHaveLength(1));
    expect(sentNamed(sent, 'MarkNotificationRead')[0].variables).toEqual({ input: { id: 'n-reminder' } });
    // The unread count is asked again and the button follows it.
    expect(await screen.findByRole('button', { name: /全部标为已读（0）/ })).toBeDisabled();

    // Opening a read one (or closing and reopening) sends nothing.
    fireEvent.click(within(screen.getByTestId('notification-n-notice')).getByRole('button'));
    fireEvent.click(head);
    fireEvent.click(head);
    expect(sentNamed(sent, 'MarkNotificationRead')).toHaveLength(1);
  });

  it('shows the item unread again when the server refuses to mark it', async () => {
    setup(
      () => page([REMINDER]),
      () => ({ data: null, errors: [{ message: 'not found', path: ['markNotificationRead'], extensions: { code: 'NOT_FOUND' } }] }),
    );
    const reminder = await screen.findByTestId('notification-n-reminder');
    fireEvent.click(within(reminder).getByRole('button'));
    expect(await screen.findByText('对象不存在，或您无权查看。')).toBeInTheDocument();
    await waitFor(() => expect(reminder).toHaveClass('tx-inbox-unread'));
  });

  it('filters to unread, pages with 加载更多 and shows the empty state', async () => {
    const { sent } = setup((vars) => {
      if (vars.unreadOnly) return vars.after ? page([]) : page([REMINDER], true);
      return page([]);
    });
    expect(await screen.findByText('暂无通知')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('radio', { name: '未读' }));
    expect(await screen.findByTestId('notification-n-reminder')).toBeInTheDocument();
    expect(sentNamed(sent, 'Notifications').at(-1)?.variables).toEqual({ first: INBOX_PAGE_SIZE, after: null, unreadOnly: true });

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() =>
      expect(sentNamed(sent, 'Notifications').at(-1)?.variables).toEqual({
        first: INBOX_PAGE_SIZE,
        after: 'c-n-reminder',
        unreadOnly: true,
      }),
    );
    // The next page was empty and last: the list stays, the button goes.
    await waitFor(() => expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull());
    expect(screen.getByTestId('notification-n-reminder')).toBeInTheDocument();
  });

  it('marks everything read with 全部标为已读', async () => {
    const { sent, state } = setup(
      () => page([REMINDER, NOTICE]),
      (op) => {
        if (op.operationName === 'MarkAllNotificationsRead') {
          state.unread = 0;
          return { data: { markAllNotificationsRead: 1 } };
        }
        return { data: null };
      },
    );
    const reminder = await screen.findByTestId('notification-n-reminder');
    fireEvent.click(await screen.findByRole('button', { name: /全部标为已读（1）/ }));
    expect(await screen.findByText('已将 1 条通知标为已读')).toBeInTheDocument();
    expect(sentNamed(sent, 'MarkAllNotificationsRead')).toHaveLength(1);
    expect(reminder).not.toHaveClass('tx-inbox-unread');
    expect(await screen.findByRole('button', { name: /全部标为已读（0）/ })).toBeDisabled();
  });

  it('links a notice to its page, marking the notification read', async () => {
    const { sent } = setup(
      () => page([{ ...NOTICE, id: 'n-linked', readAt: null, detail: { notice: '0192f6a8-7b1c-7d2e-8f3a-4b5c6d7e8f90' } as never, noticeId: 'Tm90aWNlOjE' } as never, NOTICE]),
      (op) => (op.operationName === 'MarkNotificationRead' ? { data: { markNotificationRead: true } } : { data: null }),
    );
    const item = await screen.findByTestId('notification-n-linked');
    // Only a notification that names its notice links to it.
    expect(within(screen.getByTestId('notification-n-notice')).queryByRole('link')).toBeNull();
    fireEvent.click(within(item).getByRole('link', { name: '查看通知' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/notices/Tm90aWNlOjE');
    await waitFor(() => expect(sentNamed(sent, 'MarkNotificationRead')).toHaveLength(1));
  });

  it('links to the notification settings', async () => {
    setup(() => page([]));
    fireEvent.click(await screen.findByRole('button', { name: /通知设置/ }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/settings/notifications');
  });
});
