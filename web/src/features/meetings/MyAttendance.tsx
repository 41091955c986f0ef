import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App as AntApp, Button, Typography } from 'antd';
import { QrcodeOutlined, SolutionOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { meetingPath, meetingPhase } from './meetings';
import type { Meeting } from './useMeeting';
import { LeaveDialog } from './LeaveDialog';
import { AttendeeTag } from './MeetingTags';

/**
 * 我的参会情况: the viewer's own state — checked in when and how, leave asked or refused — with
 * 请假 before the meeting ends and 去签到 while check-in is open.
 */
export function MyAttendance({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const me = meeting.myAttendance;
  if (!me) return null;
  const phase = meetingPhase(meeting);
  const canLeave = me.state === 'INVITED' && (phase === 'upcoming' || phase === 'ongoing');
  const canCheckIn = meeting.checkInOpen && meeting.status === 'SCHEDULED' && me.state !== 'PRESENT';

  return (
    <section className="tx-meeting-mine" aria-labelledby="meeting-mine-title" data-testid="meeting-mine">
      <h3 id="meeting-mine-title" className="tx-notice-section-title">
        {t('meetings.mine.title')}
      </h3>
      <div className="tx-meeting-mine-state">
        <AttendeeTag state={me.state} refused={me.leaveRefused} />
        {me.checkedInAt && (
          <Typography.Text>
            {t('meetings.mine.checkedInAt', { time: formatDateTime(me.checkedInAt) })}
            {me.checkInMethod && ` · ${t(`meetings.attendee.methods.${me.checkInMethod}`)}`}
          </Typography.Text>
        )}
        {me.leaveReason && <Typography.Text type="secondary">{t('meetings.mine.leaveReason', { reason: me.leaveReason })}</Typography.Text>}
      </div>
      {me.leaveRefused && me.state === 'INVITED' && <Typography.Paragraph type="danger">{t('meetings.mine.refusedHelp')}</Typography.Paragraph>}
      <div className="tx-notice-row-actions">
        {canCheckIn && (
          <Button type="primary" icon={<QrcodeOutlined />} onClick={() => navigate(`${meetingPath(meeting.id)}/checkin`)}>
            {t('meetings.mine.checkIn')}
          </Button>
        )}
        {canLeave && (
          <Button icon={<SolutionOutlined />} onClick={() => setAsking(true)} data-testid="meeting-ask-leave">
            {t('meetings.leave.open')}
          </Button>
        )}
      </div>
      <LeaveDialog
        meeting={meeting}
        open={asking}
        onClose={() => setAsking(false)}
        onDone={(m) => {
          setAsking(false);
          onChange(m);
          message.success(t('meetings.leave.sent'));
        }}
      />
    </section>
  );
}
