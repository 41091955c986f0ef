import { useMemo, useState } from 'react';
import { App as AntApp, Button, Empty, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { DecideMeetingLeaveMutation, RecordMeetingAttendanceMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import type { AttendeeState, MeetingAttendeeFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { ATTENDEE_STATES } from './meetings';
import type { Meeting } from './useMeeting';
import { AttendeeTag } from './MeetingTags';

type Attendee = MeetingAttendeeFieldsFragment;
type Filter = AttendeeState | 'ALL';

/**
 * The invitees (managers): state, check-in time and how, leave reasons; 补签 / 撤销签到 and
 * 批准 / 驳回 a leave request while the meeting is not cancelled. Filtered by state.
 */
export function AttendeeTable({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [filter, setFilter] = useState<Filter>('ALL');
  const [busy, setBusy] = useState<string | null>(null);
  const [, record] = useMutation(RecordMeetingAttendanceMutation);
  const [, decide] = useMutation(DecideMeetingLeaveMutation);
  const active = meeting.status !== 'CANCELLED';
  // Who has no vote matters where a quorum is counted.
  const quorum = meeting.attendance.quorumShare != null;

  const counts = useMemo(() => {
    const c: Record<string, number> = { ALL: meeting.attendees.length };
    for (const a of meeting.attendees) c[a.state] = (c[a.state] ?? 0) + 1;
    return c;
  }, [meeting.attendees]);
  const rows = filter === 'ALL' ? meeting.attendees : meeting.attendees.filter((a) => a.state === filter);

  const run = async (a: Attendee, action: () => Promise<{ error?: Parameters<typeof describeError>[0]; meeting?: Meeting | null }>, done: string) => {
    setBusy(a.memberId);
    const res = await action();
    setBusy(null);
    if (res.error || !res.meeting) {
      const e = describeError(res.error, t);
      message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    onChange(res.meeting);
    message.success(done);
  };

  const mark = (a: Attendee, present: boolean) =>
    run(
      a,
      async () => {
        const r = await record({ input: { meetingId: meeting.id, memberId: a.memberId, present } });
        return { error: r.error, meeting: r.data?.recordMeetingAttendance.meeting };
      },
      present ? t('meetings.attendee.marked', { name: a.name }) : t('meetings.attendee.unmarked', { name: a.name }),
    );

  const decideLeave = (a: Attendee, approve: boolean) =>
    run(
      a,
      async () => {
        const r = await decide({ input: { meetingId: meeting.id, memberId: a.memberId, approve } });
        return { error: r.error, meeting: r.data?.decideMeetingLeave.meeting };
      },
      approve ? t('meetings.leave.approved', { name: a.name }) : t('meetings.leave.refused', { name: a.name }),
    );

  return (
    <section className="tx-meeting-attendees" aria-labelledby="meeting-attendees-title">
      <h3 id="meeting-attendees-title" className="tx-notice-section-title">
        {t('meetings.attendee.title')}
      </h3>
      <div className="tx-toolbar">
        <Segmented<Filter>
          aria-label={t('meetings.attendee.filter')}
          value={filter}
          onChange={setFilter}
          options={(['ALL', ...ATTENDEE_STATES] as Filter[]).map((s) => ({
            value: s,
            label: `${s === 'ALL' ? t('meetings.attendee.all') : t(`meetings.attendee.states.${s}`)} ${counts[s] ?? 0}`,
          }))}
        />
      </div>
      <Table<Attendee>
        rowKey="memberId"
        size="small"
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        aria-label={t('meetings.attendee.title')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.attendee.empty')} /> }}
        onRow={(r) => ({ 'data-testid': `attendee-${r.memberId}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('meetings.attendee.name'),
            render: (_, a) => (
              <span className="tx-dues-name">
                {a.name}
                {quorum && !a.voting && <Tag className="tx-dues-lapse">{t('meetings.attendee.noVote')}</Tag>}
              </span>
            ),
          },
          { title: t('common.status'), render: (_, a) => <AttendeeTag state={a.state} refused={a.leaveRefused} /> },
          {
            title: t('meetings.attendee.checkedInAt'),
            render: (_, a) =>
              a.checkedInAt ? (
                <span>
                  {formatDateTime(a.checkedInAt)}
                  {a.checkInMethod && (
                    <Typography.Text type="secondary"> · {t(`meetings.attendee.methods.${a.checkInMethod}`)}</Typography.Text>
                  )}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('meetings.attendee.leaveReason'),
            render: (_, a) => (a.leaveReason ? <span className="tx-meeting-reason">{a.leaveReason}</span> : '—'),
          },
          ...(active && meeting.canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, a: Attendee) => (
                    <Space size={4} wrap>
                      {a.state === 'LEAVE_PENDING' && (
                        <>
                          <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy === a.memberId} onClick={() => void decideLeave(a, true)}>
                            {t('meetings.leave.approve')}
                          </Button>
                          <Popconfirm
                            title={t('meetings.leave.refuseConfirm', { name: a.name })}
                            okText={t('meetings.leave.refuse')}
                            cancelText={t('common.cancel')}
                            onConfirm={() => decideLeave(a, false)}
                          >
                            <Button size="small" danger icon={<CloseOutlined />} disabled={busy === a.memberId}>
                              {t('meetings.leave.refuse')}
                            </Button>
                          </Popconfirm>
                        </>
                      )}
                      {a.state === 'PRESENT' ? (
                        <Popconfirm
                          title={t('meetings.attendee.undoConfirm', { name: a.name })}
                          okText={t('meetings.attendee.undo')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => mark(a, false)}
                        >
                          <Button size="small" icon={<UndoOutlined />} loading={busy === a.memberId} aria-label={t('meetings.attendee.undoName', { name: a.name })}>
                            {t('meetings.attendee.undo')}
                          </Button>
                        </Popconfirm>
                      ) : (
                        <Button
                          size="small"
                          icon={<CheckOutlined />}
                          loading={busy === a.memberId}
                          onClick={() => void mark(a, true)}
                          aria-label={t('meetings.attendee.markName', { name: a.name })}
                        >
                          {t('meetings.attendee.mark')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
