import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MeetingFieldsFragment } from '../../gql/graphql';
import { attendee, meeting } from '../../test/meetings';
import { fakeSubscriptions, mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import MeetingDetailPage from './MeetingDetailPage';

type Handlers = Record<string, (vars: Record<string, unknown>) => Reply>;

function setup(initial: MeetingFieldsFragment, handlers: Handlers = {}) {
  const { exchange: live, sinks } = fakeSubscriptions();
  const mock = mockClient((op: SentOperation) => {
    const own = op.operationName ? handlers[op.operationName] : undefined;
    if (own) return own(op.variables);
    if (op.operationName === 'Meeting') return { data: { meeting: initial } };
    return { data: null };
  }, [live]);
  renderPage(<MeetingDetailPage />, { client: mock.client, path: '/meetings/mt1', route: '/meetings/:id' });
  const push = (m: MeetingFieldsFragment) => act(() => sinks.forEach((sink) => sink.next({ data: { meetingChanged: m } })));
  return { ...mock, push, sinks };
}

const payload = (field: string, m: MeetingFieldsFragment) => ({ data: { [field]: { meeting: m } } });

describe('MeetingDetailPage (会议)', () => {
  it('shows the facts and the quorum, and follows check-ins live', async () => {
    const { push, sinks } = setup(meeting());
    expect(await screen.findByRole('heading', { level: 2, name: '六月支部党员大会' })).toBeInTheDocument();
    expect(screen.getByText('党员活动室')).toBeInTheDocument();
    expect(screen.getByTestId('attendance-expected')).toHaveTextContent('应到2');
    expect(screen.getByTestId('attendance-quorum')).toHaveTextContent('有表决权的到会人数须超过应到人数的 50%');
    expect(screen.getByTestId('attendance-quorum')).toHaveTextContent('未达到');
    expect(screen.getByLabelText('依据：《中国共产党支部工作条例（试行）》第十七条')).toBeInTheDocument();
    expect(within(screen.getByTestId('attendee-m-li')).getByTestId('attendee-state')).toHaveTextContent('未签到');
    await waitFor(() => expect(sinks).toHaveLength(1));

    // 李强 scans the code: the row and the counts change without a reload.
    const now = new Date().toISOString();
    push(
      meeting({
        attendees: [attendee('m-li', '李强', { state: 'PRESENT', checkedInAt: now, checkInMethod: 'QR' }), attendee('m-zhang', '张明', { state: 'LEAVE_PENDING', leaveReason: '出差' })],
        attendance: { ...meeting().attendance, present: 1, absent: 1, quorumMet: true },
      }),
    );
    await waitFor(() => expect(within(screen.getByTestId('attendee-m-li')).getByTestId('attendee-state')).toHaveTextContent('已签到'));
    expect(screen.getByTestId('attendee-m-li')).toHaveTextContent('扫码');
    expect(screen.getByTestId('attendance-present')).toHaveTextContent('实到1');
    expect(screen.getByTestId('attendance-quorum')).toHaveTextContent('已达到');
  });

  it('approves a leave request and marks a member present by hand', async () => {
    const { sent } = setup(meeting(), {
      DecideMeetingLeave: () =>
        payload('decideMeetingLeave', meeting({ attendees: [attendee('m-li', '李强'), attendee('m-zhang', '张明', { state: 'ON_LEAVE', leaveReason: '出差' })] })),
      RecordMeetingAttendance: () =>
        payload(
          'recordMeetingAttendance',
          meeting({ attendees: [attendee('m-li', '李强', { state: 'PRESENT', checkedInAt: new Date().toISOString(), checkInMethod: 'MANUAL' })] }),
        ),
    });
    const zhang = await screen.findByTestId('attendee-m-zhang');
    expect(zhang).toHaveTextContent('出差');
    fireEvent.click(within(zhang).getByRole('button', { name: /批准/ }));
    expect(await screen.findByText('已批准张明请假')).toBeInTheDocument();
    expect(named(sent, 'DecideMeetingLeave')[0].variables).toEqual({ input: { meetingId: 'mt1', memberId: 'm-zhang', approve: true } });
    expect(within(screen.getByTestId('attendee-m-zhang')).getByTestId('attendee-state')).toHaveTextContent('已请假');

    fireEvent.click(screen.getByRole('button', { name: '为李强补签' }));
    expect(await screen.findByText('已为李强补签')).toBeInTheDocument();
    expect(named(sent, 'RecordMeetingAttendance')[0].variables).toEqual({ input: { meetingId: 'mt1', memberId: 'm-li', present: true } });
    expect(screen.getByTestId('attendee-m-li')).toHaveTextContent('补签');
  });

  it('cancels an upcoming meeting only with a reason, after asking', async () => {
    const soon = meeting({ held: false, checkInOpen: false, startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString() });
    const { sent } = setup(soon, {
      CancelMeeting: (vars) => payload('cancelMeeting', { ...soon, status: 'CANCELLED', cancelReason: (vars.input as { reason: string }).reason }),
    });
    fireEvent.click(await screen.findByRole('button', { name: /取消会议/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('取消后会通知全部 2 名参会人员');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消会议' }));
    expect(await within(dialog).findByText('请输入取消原因')).toBeInTheDocument();
    expect(named(sent, 'CancelMeeting')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('取消原因'), { target: { value: '与上级会议冲突' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '取消会议' }));
    expect(await screen.findByText('取消原因：与上级会议冲突')).toBeInTheDocument();
    expect(named(sent, 'CancelMeeting')[0].variables).toEqual({ input: { meetingId: 'mt1', reason: '与上级会议冲突' } });
    expect(screen.queryByRole('button', { name: /显示签到二维码/ })).toBeNull();
  });

  it('saves the minutes, approves them after asking, then only takes amendments', async () => {
    const approved = meeting({
      minutes: '会议学习了党章。',
      resolutions: ['同意张明为发展对象'],
      minutesStatus: 'APPROVED',
      approvedAt: '2026-06-05T09:00:00Z',
      approvedByName: '王书记',
    });
    const { sent } = setup(meeting(), {
      SaveMeetingMinutes: (vars) => {
        const input = vars.input as { minutes: string; resolutions: string[] };
        return payload('saveMeetingMinutes', meeting({ minutes: input.minutes, resolutions: input.resolutions, minutesStatus: 'DRAFT' }));
      },
      ApproveMeetingMinutes: () => payload('approveMeetingMinutes', approved),
      AmendMeetingRecord: (vars) =>
        payload('amendMeetingRecord', {
          ...approved,
          amendments: [{ id: 'am1', text: (vars.input as { text: string }).text, authorName: '王书记', createdAt: '2026-06-06T01:00:00Z' }],
        }),
    });
    const editor = await screen.findByTestId('minutes-editor');
    fireEvent.change(within(editor).getByLabelText('纪要'), { target: { value: ' 会议学习了党章。 ' } });
    fireEvent.click(within(editor).getByRole('button', { name: /添加决议/ }));
    fireEvent.change(await within(editor).findByLabelText('决议 1'), { target: { value: '同意张明为发展对象' } });
    fireEvent.click(within(editor).getByRole('button', { name: /添加决议/ }));

    fireEvent.click(screen.getByTestId('minutes-approve'));
    const confirm = (await screen.findAllByText('审定会议纪要？'))[0].closest<HTMLElement>('.ant-modal')!;
    expect(confirm).toHaveTextContent('只能追加补充说明');
    fireEvent.click(within(confirm).getByRole('button', { name: '审定纪要' }));
    expect(await screen.findByTestId('minutes-view')).toHaveTextContent('会议学习了党章。');
    // Saved first (the empty resolution left out), then approved.
    expect(named(sent, 'SaveMeetingMinutes')[0].variables).toEqual({
      input: { meetingId: 'mt1', minutes: '会议学习了党章。', resolutions: ['同意张明为发展对象'], attachmentIds: [] },
    });
    expect(named(sent, 'ApproveMeetingMinutes')[0].variables).toEqual({ input: { meetingId: 'mt1' } });
    expect(screen.getByTestId('minutes-approved')).toHaveTextContent('王书记 于 2026-06-05 17:00 审定');
    expect(screen.queryByTestId('minutes-editor')).toBeNull();

    fireEvent.change(screen.getByLabelText('补充说明'), { target: { value: '更正：张明为预备党员发展对象' } });
    fireEvent.click(screen.getByTestId('amend-submit'));
    expect(await screen.findByTestId('meeting-amendment')).toHaveTextContent('更正：张明为预备党员发展对象');
    expect(named(sent, 'AmendMeetingRecord')[0].variables).toEqual({ input: { meetingId: 'mt1', text: '更正：张明为预备党员发展对象' } });
  });

  it('lets an invited member ask for leave with a reason, and leads to check-in while it is open', async () => {
    const mine = attendee('m-li', '李强');
    const asMember = meeting({ canManage: false, attendees: [mine], myAttendance: mine });
    const { sent, sinks } = setup(asMember, {
      RequestMeetingLeave: (vars) => {
        const row = attendee('m-li', '李强', { state: 'LEAVE_PENDING', leaveReason: (vars.input as { reason: string }).reason });
        return payload('requestMeetingLeave', { ...asMember, attendees: [row], myAttendance: row });
      },
    });
    const box = await screen.findByTestId('meeting-mine');
    expect(within(box).getByTestId('attendee-state')).toHaveTextContent('未签到');
    expect(within(box).getByRole('button', { name: /去签到/ })).toBeInTheDocument();
    // Members get no list, no minutes editor and no live subscription.
    expect(screen.queryByTestId('minutes-editor')).toBeNull();
    expect(screen.queryByRole('button', { name: /显示签到二维码/ })).toBeNull();
    expect(sinks).toHaveLength(0);

    fireEvent.click(screen.getByTestId('meeting-ask-leave'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('请假原因'), { target: { value: '在外地出差' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交请假' }));
    expect(await screen.findByText('已提交请假，等待审批')).toBeInTheDocument();
    expect(named(sent, 'RequestMeetingLeave')[0].variables).toEqual({ input: { meetingId: 'mt1', reason: '在外地出差' } });
    await waitFor(() => expect(within(screen.getByTestId('meeting-mine')).getByTestId('attendee-state')).toHaveTextContent('请假待批'));
    expect(screen.queryByTestId('meeting-ask-leave')).toBeNull();
  });

  it('says so when the meeting cannot be seen', async () => {
    setup(meeting(), {
      Meeting: () => ({ data: null, errors: [{ message: 'not found', path: ['meeting'], extensions: { code: 'NOT_FOUND' } }] }),
    });
    expect(await screen.findByRole('link', { name: '返回会议列表' })).toBeInTheDocument();
  });
});
