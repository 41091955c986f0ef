import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { timeRange } from './meetings';
import type { Meeting } from './useMeeting';

/** The meeting's facts: unit, time, place, 定位签到, agenda. */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const m = meeting;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, md: 2 }}
      className="tx-notice-meta"
      items={[
        { key: 'org', label: t('meetings.fields.org'), children: m.orgName },
        { key: 'type', label: t('meetings.fields.type'), children: m.typeLabel },
        { key: 'time', label: t('meetings.fields.time'), children: <span data-testid="meeting-time">{timeRange(m.startsAt, m.endsAt, formatDateTime)}</span> },
        { key: 'location', label: t('meetings.fields.location'), children: m.location || '—' },
        ...(m.geofence
          ? [
              {
                key: 'geofence',
                label: t('meetings.fields.geofence'),
                children: t('meetings.geofenceValue', { radius: m.geofence.radiusMeters }),
              },
            ]
          : []),
        ...(m.agenda
          ? [{ key: 'agenda', label: t('meetings.fields.agenda'), span: 'filled' as const, children: <div className="tx-meeting-agenda">{m.agenda}</div> }]
          : []),
      ]}
    />
  );
}
