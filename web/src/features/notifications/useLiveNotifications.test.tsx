import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { subscriptionExchange, type ExecutionResult } from 'urql';
import { describe, expect, it } from 'vitest';
import NotificationsPage from './NotificationsPage';
import { mockClient, renderPage, type Reply, type SentOperation } from '../../test/render';
import { NotificationFeedContext } from './notificationFeed';
import { toastTarget, useLiveNotifications } from './useLiveNotifications';
import { useUnreadCount } from './useUnreadCount';

const OLD = {
  id: 'n-old',
  kind: 'NOTICE',
  title: '关于开展主题党日活动的通知',
  body: '各支部：请于本月 20 日前报送活动方案。',
  detail: {},
  createdAt: '2026-04-01T02:00:00Z',
  readAt: null,
};
const NEW = {
  id: 'n-new',
  kind: 'REMINDER',
  title: '到期提醒：第一党支部换届选举',
  body: '截止时间 2026-05-01 00:00。依据：支部委员会任期（《中国共产党支部工作条例（试行）》第十九条）',
  detail: { dueAt: '2026-04-30T16:00:00Z', escalation: false },
  createdAt: '2026-04-02T01:00:00Z',
  readAt: null,
};

/** A subscription exchange whose events the test sends. */
function mockLive() {
  const sinks = new Set<{ next(r: ExecutionResult): void }>();
  const queries: string[] = [];
  const exchange = subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe(sink) {
        queries.push(request.query ?? '');
        sinks.add(sink);
        return { unsubscribe: () => void sinks.delete(sink) };
      },
    }),
  });
  const push = (notificationAdded: typeof NEW) =>
    act(() => sinks.forEach((s) => s.next({ data: { notificationAdded } })));
  return { exchange, push, queries, active: () => sinks.size };
}

/** What the app shell does with the hook: the badge, and the feed around the page. */
function Shell({ pause = false }: { pause?: boolean }) {
  const { count, bump } = useUnreadCount();
  const feed = useLiveNotifications({ pause, onArrived: bump });
  return (
    <>
      <output data-testid="badge">{count}</output>
      <NotificationFeedContext.Provider value={feed}>
        <NotificationsPage />
      </NotificationFeedContext.Provider>
    </>
  );
}

function setup({ pause = false } = {}) {
  const live = mockLive();
  const server = { unread: 1, answerCount: true };
  const { client, sent } = mockClient((op: SentOperation): Reply | Promise<Reply> => {
    if (op.operationName === 'Notifications') {
      return { data: { notifications: { edges: [{ cursor: 'c1', node: OLD }], pageInfo: { hasNextPage: false, endCursor: 'c1' } } } };
    }
    if (op.operationName === 'UnreadNotificationCount') {
      // Holding the answer back shows the badge counts the arrival by itself.
      if (!server.answerCount) return new Promise(() => {});
      return { data: { viewer: { unreadNotificationCount: server.unread } } };
    }
    return { data: null };
  }, [live.exchange]);
  renderPage(<Shell pause={pause} />, { client, path: '/', route: '/' });
  return { live, server, sent };
}

const countQueries = (sent: SentOperation[]) => sent.filter((o) => o.operationName === 'UnreadNotificationCount').length;
const inboxIds = () => screen.getAllByTestId(/^notification-n-/).map((el) => el.dataset.testid);

describe('useLiveNotifications', () => {
  it('subscribes to notificationAdded while signed in', async () => {
    const { live } = setup();
    await screen.findByTestId('notification-n-old');
    await waitFor(() => expect(live.active()).toBe(1));
    expect(live.queries[0]).toContain('notificationAdded');
  });

  it('does not subscribe while paused', async () => {
    const { live } = setup({ pause: true });
    await screen.findByTestId('notification-n-old');
    expect(live.active()).toBe(0);
  });

  it('bumps the badge at once, shows a toast and puts the notification on top of the inbox', async () => {
    const { live, server, sent } = setup();
    await screen.findByTestId('notification-n-old');
    await waitFor(() => expect(screen.getByTestId('badge')).toHaveTextContent('1'));
    await waitFor(() => expect(live.active()).toBe(1));
    const asked = countQueries(sent);

    server.answerCount = false;
    await live.push(NEW);

    // The badge counts it without waiting for the server, and asks the server for the truth.
    expect(screen.getByTestId('badge')).toHaveTextContent('2');
    await waitFor(() => expect(countQueries(sent)).toBe(asked + 1));

    // A toast with the kind, title and body.
    const toast = await screen.findByTestId('live-toast-n-new');
    expect(within(toast).getByText('到期提醒')).toBeInTheDocument();
    expect(toast).toHaveTextContent(NEW.title);
    expect(toast).toHaveTextContent('截止时间 2026-05-01 00:00');

    // The open inbox lists it first, unread, without loading again.
    expect(inboxIds()).toEqual(['notification-n-new', 'notification-n-old']);
    expect(screen.getByTestId('notification-n-new')).toHaveClass('tx-inbox-unread');
    expect(sent.filter((o) => o.operationName === 'Notifications')).toHaveLength(1);
  });

  it('announces each notification once', async () => {
    const { live, server } = setup();
    await screen.findByTestId('notification-n-old');
    await waitFor(() => expect(live.active()).toBe(1));
    server.unread = 2;
    await live.push(NEW);
    await live.push(NEW);
    await screen.findByTestId('live-toast-n-new');
    expect(screen.getAllByTestId('live-toast-n-new')).toHaveLength(1);
    expect(inboxIds()).toEqual(['notification-n-new', 'notification-n-old']);
    await waitFor(() => expect(screen.getByTestId('badge')).toHaveTextContent('2'));
  });

  it('takes the reader to the inbox when the toast is clicked', async () => {
    const { live } = setup();
    await screen.findByTestId('notification-n-old');
    await waitFor(() => expect(live.active()).toBe(1));
    await live.push(NEW);
    fireEvent.click(await screen.findByTestId('live-toast-n-new'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/notifications'));
  });

  it('takes the reader of a mention to its conversation', async () => {
    const uuid = '0192f6a8-7b1c-7d2e-8f3a-4b5c6d7e8f90';
    const global = btoa(`Conversation:${uuid}`).replace(/=+$/, '');
    const { live } = setup();
    await screen.findByTestId('notification-n-old');
    await waitFor(() => expect(live.active()).toBe(1));
    await live.push({ ...NEW, id: 'n-at', kind: 'MENTION', title: '王芳 在「第一党支部」中提到了您', detail: { conversationId: uuid, seq: 7 } as never });
    fireEvent.click(await screen.findByTestId('live-toast-n-at'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/chat/${global}`));
  });

  it('leads mentions, direct messages and reports with a conversation to it, anything else to the inbox', () => {
    const uuid = '0192f6a8-7b1c-7d2e-8f3a-4b5c6d7e8f90';
    expect(toastTarget({ kind: 'MENTION', detail: { conversationId: uuid } })).toMatch(/^\/chat\/[A-Za-z0-9_-]+$/);
    expect(toastTarget({ kind: 'DIRECT_MESSAGE', detail: JSON.stringify({ conversationId: uuid }) })).toMatch(/^\/chat\//);
    expect(toastTarget({ kind: 'MENTION', detail: {} })).toBe('/notifications');
    expect(toastTarget({ kind: 'MESSAGE_REPORT', detail: { conversationId: uuid, seq: 3 } })).toMatch(/^\/chat\//);
    expect(toastTarget({ kind: 'REMINDER', detail: { dueAt: '2026-05-01' } })).toBe('/notifications');
  });

  it('leads a notice to the notice (a review to 已发通知), or to the inbox when it names none', () => {
    const uuid = '0192f6a8-7b1c-7d2e-8f3a-4b5c6d7e8f90';
    const global = btoa(`Notice:${uuid}`).replace(/=+$/, '');
    expect(toastTarget({ kind: 'NOTICE', detail: { notice: uuid }, noticeId: global })).toBe(`/notices/${global}`);
    expect(toastTarget({ kind: 'NOTICE', detail: JSON.stringify({ notice: uuid }) })).toBe(`/notices/${global}`);
    expect(toastTarget({ kind: 'NOTICE', detail: { notice: uuid, review: true }, noticeId: global })).toBe('/notices/sent');
    expect(toastTarget({ kind: 'NOTICE', detail: {} })).toBe('/notifications');
  });
});
