import { fireEvent, screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import { ActivityCalendar } from './ActivityCalendar';

/** An activity on `day` of this month (Beijing time), 09:00–11:00. */
function activityOn(id: string, title: string, day: number) {
  const start = dayjs.tz(dayjs().tz('Asia/Shanghai').format('YYYY-MM-01'), 'Asia/Shanghai').date(day).hour(9);
  return {
    __typename: 'Activity',
    id,
    title,
    kind: 'VOLUNTEER',
    status: 'PUBLISHED',
    orgName: '第一党支部',
    place: '社区服务中心',
    startsAt: start.toISOString(),
    endsAt: start.add(2, 'hour').toISOString(),
    registrationDeadline: start.toISOString(),
    registrationOpen: true,
    capacity: null,
    registeredCount: 0,
    waitlistedCount: 0,
    volunteerHours: 2,
    myRegistration: null,
  };
}

describe('ActivityCalendar (活动日历)', () => {
  it('asks for this month and lists the chosen day’s activities', async () => {
    const mock = mockClient((op) =>
      op.operationName === 'ActivitiesInWindow'
        ? { data: { activities: [activityOn('a1', '社区清洁志愿服务', 12), activityOn('a2', '主题党日', 20)] } }
        : { data: null },
    );
    renderPage(<ActivityCalendar orgId={null} />, { client: mock.client, viewer: MEMBER_VIEWER });

    const cell = await screen.findByLabelText(/12日：1 项活动/);
    const asked = named(mock.sent, 'ActivitiesInWindow')[0].variables;
    expect(dayjs(asked.to as string).diff(dayjs(asked.from as string), 'day')).toBeGreaterThanOrEqual(28);
    fireEvent.click(cell);
    const list = await screen.findByTestId('calendar-activity');
    expect(within(list).getByText('社区清洁志愿服务')).toBeInTheDocument();
    expect(screen.queryByText('主题党日')).not.toBeInTheDocument();
  });
});
