import { Link } from 'react-router';
import { Typography } from 'antd';
import { ClockCircleOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../lib/format';
import { meetingPath, timeRange, type MeetingRow } from './meetings';
import { MeetingTags } from './MeetingTags';

/** One meeting in a list: the title (to its page), tags, time, org and place. */
export function MeetingItem({ meeting, mine }: { meeting: MeetingRow; mine: boolean }) {
  return (
    <li className="tx-meeting-item" data-testid={`meeting-${meeting.id}`}>
      <Link to={meetingPath(meeting.id)} className="tx-meeting-link">
        <Typography.Text strong className="tx-meeting-title">
          {meeting.title}
        </Typography.Text>
      </Link>
      <div className="tx-meeting-tags">
        <MeetingTags meeting={meeting} mine={mine} minutes={!mine} />
      </div>
      <div className="tx-meeting-facts">
        <span>
          <ClockCircleOutlined aria-hidden /> {timeRange(meeting.startsAt, meeting.endsAt, formatDateTime)}
        </span>
        <span>
          <TeamOutlined aria-hidden /> {meeting.orgName}
        </span>
        {meeting.location && (
          <span>
            <EnvironmentOutlined aria-hidden /> {meeting.location}
          </span>
        )}
      </div>
    </li>
  );
}
