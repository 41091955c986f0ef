import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { Meeting } from './useMeeting';
import { MeetingAttachments } from './MeetingAttachments';

/** The approved minutes, read only: the record, 决议, attachments, who approved them and the 补充说明 since. */
export function MinutesView({
  meeting,
  loadedAt,
  refresh,
}: {
  meeting: Meeting;
  loadedAt: number;
  refresh: () => Promise<Meeting['attachments'] | null>;
}) {
  const { t } = useTranslation();
  return (
    <div className="tx-meeting-minutes" data-testid="minutes-view">
      {meeting.approvedAt && (
        <Typography.Paragraph type="secondary" data-testid="minutes-approved">
          {t('meetings.minutes.approvedBy', { name: meeting.approvedByName ?? '', time: formatDateTime(meeting.approvedAt) })}
        </Typography.Paragraph>
      )}
      <div className="tx-meeting-minutes-text">{meeting.minutes || t('meetings.minutes.none')}</div>
      {meeting.resolutions.length > 0 && (
        <>
          <Typography.Text strong>{t('meetings.minutes.resolutions')}</Typography.Text>
          <ol className="tx-meeting-resolutions">
            {meeting.resolutions.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ol>
        </>
      )}
      <MeetingAttachments files={meeting.attachments} loadedAt={loadedAt} refresh={refresh} />
      {meeting.amendments.length > 0 && (
        <section aria-labelledby="meeting-amendments-title">
          <h4 id="meeting-amendments-title" className="tx-meeting-subtitle">
            {t('meetings.amend.list')}
          </h4>
          <ul className="tx-meeting-amendments">
            {meeting.amendments.map((a) => (
              <li key={a.id} data-testid="meeting-amendment">
                <div className="tx-meeting-amendment-text">{a.text}</div>
                <Typography.Text type="secondary">
                  {a.authorName} · {formatDateTime(a.createdAt)}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
