import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { CALENDAR_PAGE_SIZE, MEETINGS_PAGE_SIZE } from './meetings';
import { ORGS, SECRETARY_VIEWER, attendee, meeting } from '../../test/meetings';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage, type SentOperation } from '../../test/render';
import MeetingsPage from './MeetingsPage';

const MINE = attendee('m-li', '李强', { state: 'PRESENT', checkedInAt: '2026-06-05T06:31:00Z', checkInMethod: 'QR' });
const M1 = meeting({ canManage: false, myAttendance: MINE });
const M2 = meeting({
  id: 'mt2',
  title: '五月主题党日',
  type: 'THEME_PARTY_DAY',
  typeLabel: '主题党日',
  status: 'CANCELLED',
  held: false,
  startsAt: '2026-05-20T06:00:00Z',
  endsAt: '2026-05-20T08:00:00Z',
  myAttendance: attendee('m-li', '李强'),
});

function page(nodes: unknown[], hasNextPage: boolean, endCursor: string | null) {
  return { data: { meetings: { edges: nodes.map((node, i) => ({ cursor: `c${i}`, node })), pageInfo: { hasNextPage, endCursor } } } };
}

function setup(viewer: Viewer, path = '/meetings') {
  const mock = mockClient((op: SentOperation) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'Meetings') return op.variables.after ? page([M2], false, null) : page([M1], true, 'c0');
    if (op.operationName === 'CalendarFeed') return { data: { calendarFeed: null } };
    return { data: null };
  });
  renderPage(<MeetingsPage />, { client: mock.client, path, route: '/meetings', viewer: viewer });
  return mock;
}

describe('MeetingsPage (会议活动)', () => {
  it('lists a member’s own meetings with their state, and loads more', async () => {
    const { sent } = setup(MEMBER_VIEWER);
    const first = await screen.findByTestId('meeting-mt1');
    expect(within(first).getByRole('link', { name: '六月支部党员大会' })).toHaveAttribute('href', '/meetings/mt1');
    expect(first).toHaveTextContent('支部党员大会');
    expect(first).toHaveTextContent('进行中');
    expect(within(first).getByTestId('attendee-state')).toHaveTextContent('已签到');
    // A member has no tabs, no 安排会议 and no 落实情况.
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByTestId('meeting-schedule')).toBeNull();
    expect(named(sent, 'Meetings')[0].variables).toEqual({ first: MEETINGS_PAGE_SIZE, after: null, mine: true, orgId: null, from: null, to: null });

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    const second = await screen.findByTestId('meeting-mt2');
    expect(second).toHaveTextContent('已取消');
    expect(named(sent, 'Meetings')[1].variables.after).toBe('c0');
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('gives a secretary the org’s meetings and 安排会议', async () => {
    const { sent } = setup(SECRETARY_VIEWER, '/meetings?tab=org&org=o1&from=2026-06-01&to=2026-06-30');
    await screen.findByTestId('meeting-mt1');
    expect(screen.getByRole('tab', { name: '本组织的' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('meeting-schedule')).toBeInTheDocument();
    expect(named(sent, 'Meetings')[0].variables).toEqual({
      first: MEETINGS_PAGE_SIZE,
      after: null,
      mine: false,
      orgId: 'o1',
      from: '2026-05-31T16:00:00.000Z',
      to: '2026-06-30T16:00:00.000Z',
    });
  });

  it('shows the month as a calendar', async () => {
    const { sent } = setup(MEMBER_VIEWER, '/meetings?view=calendar');
    expect(await screen.findByTestId('meeting-calendar')).toBeInTheDocument();
    await waitFor(() => expect(named(sent, 'Meetings').length).toBeGreaterThan(0));
    const vars = named(sent, 'Meetings')[0].variables;
    expect(vars).toMatchObject({ first: CALENDAR_PAGE_SIZE, mine: true, orgId: null });
    expect(typeof vars.from).toBe('string');
  });
});
