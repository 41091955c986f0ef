import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Badge, Calendar, Empty, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ActivitiesInWindowQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { formatDateTime, getDisplayTimeZone } from '../../lib/format';
import { ActivityTags } from './ActivityTags';
import { byDay } from './activities';

/**
 * 活动日历: a month of the activities the viewer may join (or an org's, for its officers),
 * a badge on each day with activities, and the chosen day's activities below. Small enough
 * for a phone.
 */
export function ActivityCalendar({ orgId }: { orgId: string | null }) {
  const { t } = useTranslation();
  const zone = getDisplayTimeZone();
  const [month, setMonth] = useState(() => dayjs().tz(zone).startOf('month'));
  const [day, setDay] = useState(() => dayjs().tz(zone).format('YYYY-MM-DD'));
  const from = dayjs.tz(month.format('YYYY-MM-01'), zone);
  const [{ data, error, fetching }] = useQuery({
    query: ActivitiesInWindowQuery,
    variables: { orgId, from: from.toISOString(), to: from.add(1, 'month').toISOString() },
    requestPolicy: 'cache-and-network',
  });
  const days = useMemo(() => byDay(data?.activities ?? [], zone), [data, zone]);
  const failure = describeError(error, t);
  const chosen = days.get(day) ?? [];
  return (
    <div data-testid="activity-calendar">
      {failure && <Alert type="error" showIcon title={errorText(failure)} />}
      <Calendar
        fullscreen={false}
        onPanelChange={(d) => setMonth(d.startOf('month'))}
        onSelect={(d) => {
          setDay(d.format('YYYY-MM-DD'));
          if (!d.isSame(month, 'month')) setMonth(d.startOf('month'));
        }}
        fullCellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const n = days.get(d.format('YYYY-MM-DD'))?.length ?? 0;
          return (
            <div className="ant-picker-cell-inner" aria-label={n ? t('activities.calendar.dayCount', { date: d.format('M月D日'), count: n }) : undefined}>
              {n ? (
                <Badge dot offset={[2, 0]}>
                  {d.date()}
                </Badge>
              ) : (
                d.date()
              )}
            </div>
          );
        }}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('activities.calendar.onDay', { date: dayjs(day).format('M月D日') })}
      </Typography.Title>
      <List
        loading={fetching && !data}
        dataSource={chosen}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('activities.calendar.none')} /> }}
        renderItem={(a) => (
          <List.Item data-testid="calendar-activity">
            <List.Item.Meta
              title={<Link to={`/activities/${a.id}`}>{a.title}</Link>}
              description={
                <>
                  <ActivityTags kind={a.kind} status={a.status} mine={a.myRegistration?.status} position={a.myRegistration?.waitlistPosition} />
                  <Typography.Text type="secondary" className="tx-activity-line">
                    {formatDateTime(a.startsAt)}
                    {a.place && ` · ${a.place}`} · {a.orgName}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
