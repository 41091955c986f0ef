import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttendeeState, MinutesStatus } from '../../gql/graphql';
import { ATTENDEE_COLORS, MINUTES_COLORS, PHASE_COLORS, meetingPhase, type MeetingRow } from './meetings';

/** An invitee's state: 未签到 / 请假待批 / 已请假 / 已签到. */
export function AttendeeTag({ state, refused }: { state: AttendeeState; refused?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={ATTENDEE_COLORS[state]} data-testid="attendee-state">
        {t(`meetings.attendee.states.${state}`)}
      </Tag>
      {refused && state === 'INVITED' && <Tag color="red">{t('meetings.attendee.leaveRefused')}</Tag>}
    </>
  );
}

export function MinutesTag({ status }: { status: MinutesStatus }) {
  const { t } = useTranslation();
  return <Tag color={MINUTES_COLORS[status]}>{t(`meetings.minutesStatuses.${status}`)}</Tag>;
}

/** The type, where the meeting stands (未开始 / 进行中 / 已结束 / 已取消), 选举, and the viewer's own state. */
export function MeetingTags({ meeting, mine = false, minutes = false }: { meeting: MeetingRow; mine?: boolean; minutes?: boolean }) {
  const { t } = useTranslation();
  const phase = meetingPhase(meeting);
  return (
    <>
      <Tag color="volcano">{meeting.typeLabel}</Tag>
      <Tag color={PHASE_COLORS[phase]} data-testid="meeting-phase">
        {t(`meetings.phases.${phase}`)}
      </Tag>
      {meeting.isElection && <Tag color="purple">{t('meetings.election')}</Tag>}
      {phase !== 'cancelled' && meeting.checkInOpen && <Tag color="cyan">{t('meetings.checkInOpen')}</Tag>}
      {minutes && meeting.minutesStatus !== 'NONE' && <MinutesTag status={meeting.minutesStatus} />}
      {mine && meeting.myAttendance && <AttendeeTag state={meeting.myAttendance.state} />}
    </>
  );
}
