import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App as AntApp, Button, Result, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, QrcodeOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PageSpinner } from '../../components/PageSpinner';
import { meetingPath, meetingPhase } from './meetings';
import { useMeeting, useMeetingLive, type Meeting } from './useMeeting';
import { AmendmentForm } from './AmendmentForm';
import { AttendanceSummary } from './AttendanceSummary';
import { AttendeeTable } from './AttendeeTable';
import { CancelDialog } from './CancelDialog';
import { MeetingFacts } from './MeetingFacts';
import { MeetingTags } from './MeetingTags';
import { MinutesEditor } from './MinutesEditor';
import { MinutesView } from './MinutesView';
import { MyAttendance } from './MyAttendance';
import { RescheduleDialog } from './RescheduleDialog';

/** The parts only managers see: attendance live, the list with its actions, the minutes. */
function ManagerSections({ meeting, set, loadedAt, load }: { meeting: Meeting; set: (m: Meeting) => void; loadedAt: number; load: () => Promise<Meeting | null> }) {
  const { t } = useTranslation();
  const live = useMeetingLive(meeting.id, set);
  const liveError = describeError(live.error, t);
  const approved = meeting.minutesStatus === 'APPROVED';
  return (
    <>
      {liveError && <FormError error={liveError} />}
      <AttendeeTable meeting={meeting} onChange={set} />
      {meeting.status !== 'CANCELLED' && (
        <section aria-labelledby="meeting-minutes-title">
          <h3 id="meeting-minutes-title" className="tx-notice-section-title">
            {t('meetings.minutes.title')}
          </h3>
          {approved ? (
            <>
              <MinutesView meeting={meeting} loadedAt={loadedAt} refresh={async () => (await load())?.attachments ?? null} />
              <AmendmentForm meeting={meeting} onChange={set} />
            </>
          ) : meeting.held ? (
            <MinutesEditor meeting={meeting} onChange={set} />
          ) : (
            <Typography.Paragraph type="secondary">{t('meetings.minutes.afterStart')}</Typography.Paragraph>
          )}
        </section>
      )}
    </>
  );
}

/**
 * A meeting (`/meetings/:id`): facts and tags, attendance with the quorum, the viewer's own
 * attendance (请假, 去签到). Managers also get 显示签到二维码, 编辑, 取消会议, the invitees with
 * 补签 and leave decisions — live over `meetingChanged` — and the minutes (审定, then 补充说明).
 */
export default function MeetingDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const { id = '' } = useParams();
  const { meeting, error, loadedAt, load, set } = useMeeting(id);
  const [dialog, setDialog] = useState<'cancel' | 'edit' | null>(null);
  const close = useCallback(() => setDialog(null), []);

  if (!meeting) {
    if (!error) return <PageSpinner />;
    const e = describeError(error, t);
    return <Result status="warning" title={e ? errorText(e) : t('errors.UNKNOWN')} extra={<Link to="/meetings">{t('meetings.back')}</Link>} />;
  }

  const phase = meetingPhase(meeting);
  const open = meeting.status === 'SCHEDULED' && phase !== 'ended';
  const manage = meeting.canManage;

  return (
    <article className="tx-notice tx-meeting" data-testid="meeting-detail">
      <div className="tx-notice-nav">
        <Link to="/meetings">
          <ArrowLeftOutlined aria-hidden /> {t('meetings.back')}
        </Link>
        <span className="tx-header-spacer" />
        {manage && open && (
          <>
            <Button size="small" type="primary" icon={<QrcodeOutlined />} onClick={() => navigate(`${meetingPath(meeting.id)}/qr`)} data-testid="meeting-qr">
              {t('meetings.qr.open')}
            </Button>
            <Button size="small" icon={<EditOutlined />} onClick={() => setDialog('edit')}>
              {t('common.edit')}
            </Button>
            {phase === 'upcoming' && (
              <Button size="small" danger icon={<StopOutlined />} onClick={() => setDialog('cancel')}>
                {t('meetings.cancel.open')}
              </Button>
            )}
          </>
        )}
      </div>
      <header className="tx-notice-head">
        <Typography.Title level={2} className="tx-notice-title">
          {meeting.title}
        </Typography.Title>
        <div className="tx-notice-tags">
          <MeetingTags meeting={meeting} minutes={manage} />
        </div>
        <MeetingFacts meeting={meeting} />
      </header>
      {meeting.status === 'CANCELLED' && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('meetings.cancelled')}
          description={meeting.cancelReason ? t('meetings.cancelledReason', { reason: meeting.cancelReason }) : undefined}
        />
      )}
      <AttendanceSummary attendance={meeting.attendance} held={meeting.held} />
      <MyAttendance meeting={meeting} onChange={set} />
      {manage ? (
        <ManagerSections meeting={meeting} set={set} loadedAt={loadedAt} load={load} />
      ) : (
        meeting.minutesStatus === 'APPROVED' && (
          <section aria-labelledby="meeting-minutes-title">
            <h3 id="meeting-minutes-title" className="tx-notice-section-title">
              {t('meetings.minutes.title')}
            </h3>
            <MinutesView meeting={meeting} loadedAt={loadedAt} refresh={async () => (await load())?.attachments ?? null} />
          </section>
        )
      )}
      <CancelDialog
        meeting={meeting}
        open={dialog === 'cancel'}
        onClose={close}
        onDone={(m) => {
          close();
          set(m);
          message.success(t('meetings.cancel.done'));
        }}
      />
      <RescheduleDialog
        meeting={meeting}
        open={dialog === 'edit'}
        onClose={close}
        onDone={(m) => {
          close();
          set(m);
          message.success(t('meetings.reschedule.done'));
        }}
      />
    </article>
  );
}
