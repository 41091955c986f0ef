import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient, named, renderPage, type SentOperation } from '../../test/render';
import { CalendarFeedCard } from './CalendarFeedCard';

function setup(initial: { createdAt: string; lastUsedAt: string | null } | null) {
  let feed = initial;
  const mock = mockClient((op: SentOperation) => {
    switch (op.operationName) {
      case 'CalendarFeed':
        return { data: { calendarFeed: feed } };
      case 'CreateCalendarFeed':
        feed = { createdAt: '2026-06-05T02:00:00Z', lastUsedAt: null };
        return { data: { createCalendarFeed: { url: '/calendar/s3cr3t.ics', feed } } };
      case 'RevokeCalendarFeed':
        feed = null;
        return { data: { revokeCalendarFeed: true } };
      default:
        return { data: null };
    }
  });
  renderPage(<CalendarFeedCard />, { client: mock.client });
  return mock;
}

describe('CalendarFeedCard (订阅日历)', () => {
  it('creates a feed and shows its link once, as a full address', async () => {
    const { sent } = setup(null);
    expect(await screen.findByTestId('calendar-feed-state')).toHaveTextContent('尚未订阅日历');
    fireEvent.click(screen.getByTestId('calendar-feed-create'));
    expect(await screen.findByTestId('calendar-feed-url')).toHaveValue(`${window.location.origin}/calendar/s3cr3t.ics`);
    expect(screen.getByText('请立即复制订阅链接：它只显示这一次')).toBeInTheDocument();
    expect(await screen.findByText(/已于 2026-06-05 10:00 生成订阅链接/)).toBeInTheDocument();
    expect(named(sent, 'CreateCalendarFeed')).toHaveLength(1);
  });

  it('regenerates and turns off only after asking', async () => {
    const { sent } = setup({ createdAt: '2026-06-01T02:00:00Z', lastUsedAt: '2026-06-04T23:00:00Z' });
    expect(await screen.findByTestId('calendar-feed-state')).toHaveTextContent('最近同步 2026-06-05 07:00');
    fireEvent.click(screen.getByRole('button', { name: /重新生成/ }));
    const ask = await screen.findByRole('tooltip');
    expect(ask).toHaveTextContent('旧链接将立即失效');
    fireEvent.click(within(ask).getByRole('button', { name: '重新生成' }));
    expect(await screen.findByTestId('calendar-feed-url')).toBeInTheDocument();
    expect(named(sent, 'CreateCalendarFeed')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: /停用/ }));
    const tips = await screen.findAllByRole('tooltip');
    const off = tips.find((t) => t.textContent?.includes('不再同步'))!;
    fireEvent.click(within(off).getByRole('button', { name: '停用' }));
    expect(await screen.findByText('已停用日历订阅')).toBeInTheDocument();
    expect(named(sent, 'RevokeCalendarFeed')).toHaveLength(1);
    expect(await screen.findByText('尚未订阅日历')).toBeInTheDocument();
    expect(screen.queryByTestId('calendar-feed-url')).toBeNull();
  });
});
