import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Badge, Calendar, Empty, Grid, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { formatDateTime } from '../../lib/format';
import { meetingPath, meetingPhase, meetingsByDay, monthRange, type MeetingPhase } from './meetings';
import { useMeetingRange, type MeetingScope } from './useMeetings';
import { MeetingItem } from './MeetingItem';

const DAY = 'YYYY-MM-DD';
const BADGES: Record<MeetingPhase, 'processing' | 'success' | 'default' | 'error'> = {
  upcoming: 'processing',
  ongoing: 'success',
  ended: 'default',
  cancelled: 'error',
};

/**
 * The month view of the same meetings: titles in the day cells (dots on a phone) and the chosen
 * day's meetings below. Changing the month loads that month.
 */
export function MeetingCalendar({ scope, mine }: { scope: Pick<MeetingScope, 'mine' | 'orgId'>; mine: boolean }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const wide = screens.md !== false;
  const [day, setDay] = useState(() => dayjs());
  const [month, setMonth] = useState(() => dayjs().startOf('month'));
  const range = useMemo(() => monthRange(month), [month]);
  const { items, loading, error } = useMeetingRange({ ...scope, ...range });
  const byDay = useMemo(() => meetingsByDay(items), [items]);
  const e = describeError(error, t);
  const chosen = byDay.get(day.format(DAY)) ?? [];

  return (
    <div className="tx-meeting-calendar" data-testid="meeting-calendar">
      {e && <FormError error={e} />}
      <Calendar
        fullscreen={wide}
        value={day}
        onSelect={(d) => setDay(d)}
        onPanelChange={(d) => setMonth(d.startOf('month'))}
        cellRender={(current, info) => {
          if (info.type !== 'date') return info.originNode;
          const list = byDay.get(current.format(DAY)) ?? [];
          if (list.length === 0) return null;
          if (!wide) return <Badge status="processing" aria-label={t('meetings.calendar.count', { count: list.length })} />;
          return (
            <ul className="tx-meeting-cell">
              {list.map((m) => (
                <li key={m.id}>
                  <Badge status={BADGES[meetingPhase(m)]} />
                  <Link to={meetingPath(m.id)} title={`${formatDateTime(m.startsAt).slice(11)} ${m.title}`} onClick={(ev) => ev.stopPropagation()}>
                    {formatDateTime(m.startsAt).slice(11)} {m.title}
                  </Link>
                </li>
              ))}
            </ul>
          );
        }}
      />
      <Typography.Title level={4} className="tx-meeting-day-title">
        {t('meetings.calendar.day', { date: day.format(DAY) })}
      </Typography.Title>
      {loading && items.length === 0 ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 2 }} />
        </div>
      ) : chosen.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.calendar.none')} />
      ) : (
        <ul className="tx-meeting-list" aria-label={t('meetings.calendar.day', { date: day.format(DAY) })}>
          {chosen.map((m) => (
            <MeetingItem key={m.id} meeting={m} mine={mine} />
          ))}
        </ul>
      )}
    </div>
  );
}
