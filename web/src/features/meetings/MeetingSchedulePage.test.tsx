import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MEETING_TYPES, ORGS, meeting } from '../../test/meetings';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import MeetingSchedulePage from './MeetingSchedulePage';

function setup(path: string, schedule: (input: Record<string, unknown>) => Reply = () => ({ data: { scheduleMeeting: { meeting: meeting() } } })) {
  const mock = mockClient((op: SentOperation) => {
    switch (op.operationName) {
      case 'Organizations':
        return ORGS;
      case 'MeetingTypes':
        return { data: { meetingTypes: MEETING_TYPES } };
      case 'MemberSearch':
        return { data: { members: { edges: [] } } };
      case 'ScheduleMeeting':
        return schedule(op.variables.input as Record<string, unknown>);
      default:
        return { data: null };
    }
  });
  renderPage(<MeetingSchedulePage />, { client: mock.client, path, route: '/meetings/new' });
  return mock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('MeetingSchedulePage (安排会议)', () => {
  it('starts from 落实情况’s link: the unit, the type with its rule, its name as the title', async () => {
    setup('/meetings/new?org=o1&type=BRANCH_COMMITTEE');
    expect(await screen.findByTestId('meeting-type-rule')).toHaveTextContent(
      '按规定每月至少1次 · 依据：《中国共产党支部工作条例（试行）》第十七条 · 参会人员为本组织委员',
    );
    await waitFor(() => expect(screen.getByRole('textbox', { name: '会议名称' })).toHaveValue('支委会'));
    // Only general meetings elect.
    expect(screen.queryByRole('switch', { name: '本次会议进行选举' })).toBeNull();
  });

  it('schedules a general meeting with an election, and opens it', async () => {
    const { sent } = setup('/meetings/new?org=o1&type=BRANCH_GENERAL_MEETING', () => ({
      data: { scheduleMeeting: { meeting: meeting({ isElection: true }) } },
    }));
    const title = await screen.findByRole('textbox', { name: '会议名称' });
    await waitFor(() => expect(title).toHaveValue('支部党员大会'));
    fireEvent.change(title, { target: { value: '换届选举支部党员大会' } });
    fireEvent.click(screen.getByRole('switch', { name: '本次会议进行选举' }));
    fireEvent.change(screen.getByRole('textbox', { name: '地点' }), { target: { value: ' 党员活动室 ' } });
    fireEvent.click(screen.getByTestId('meeting-submit'));

    expect(await screen.findByText('已安排会议，共邀请 2 人')).toBeInTheDocument();
    const input = named(sent, 'ScheduleMeeting')[0].variables.input as Record<string, unknown>;
    expect(input).toMatchObject({
      orgId: 'o1',
      type: 'BRANCH_GENERAL_MEETING',
      title: '换届选举支部党员大会',
      location: '党员活动室',
      agenda: null,
      isElection: true,
      geofence: null,
      includeSubOrgs: false,
      extraMemberIds: [],
    });
    // Two hours, starting on the hour.
    const starts = new Date(input.startsAt as string);
    expect(starts.getUTCMinutes()).toBe(0);
    expect(new Date(input.endsAt as string).getTime() - starts.getTime()).toBe(2 * 3_600_000);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/meetings/mt1'));
  });

  it('puts the server’s field messages on the fields', async () => {
    setup('/meetings/new?org=o1&type=BRANCH_COMMITTEE', () => ({
      data: null,
      errors: [
        {
          message: '输入有误',
          path: ['scheduleMeeting'],
          extensions: { code: 'VALIDATION', fields: { startsAt: '开始时间不能早于现在', 'geofence.radiusMeters': '签到范围应在 50–2000 米之间' } },
        },
      ],
    }));
    await screen.findByTestId('meeting-type-rule');
    fireEvent.click(screen.getByRole('switch', { name: '定位签到' }));
    fireEvent.change(await screen.findByRole('spinbutton', { name: '纬度' }), { target: { value: '39.9' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: '经度' }), { target: { value: '116.4' } });
    fireEvent.click(screen.getByTestId('meeting-submit'));
    expect(await screen.findByText('开始时间不能早于现在')).toBeInTheDocument();
    expect(screen.getByText('签到范围应在 50–2000 米之间')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes the venue from this device, and explains when the position is refused', async () => {
    const getCurrentPosition = vi
      .fn()
      .mockImplementationOnce((ok: PositionCallback) => ok({ coords: { latitude: 31.2304163, longitude: 121.4737012, accuracy: 20 } } as GeolocationPosition))
      .mockImplementationOnce((_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError));
    vi.stubGlobal('navigator', { ...navigator, geolocation: { getCurrentPosition } });
    setup('/meetings/new');
    fireEvent.click(await screen.findByRole('switch', { name: '定位签到' }));
    fireEvent.click(await screen.findByRole('button', { name: /使用我的位置/ }));
    await waitFor(() => expect(screen.getByRole('spinbutton', { name: '纬度' })).toHaveValue('31.230416'));
    expect(screen.getByRole('spinbutton', { name: '经度' })).toHaveValue('121.473701');
    expect(screen.getByRole('spinbutton', { name: '签到范围' })).toHaveValue('200');

    fireEvent.click(screen.getByRole('button', { name: /使用我的位置/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('未获得位置权限');
  });
});
