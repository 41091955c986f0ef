import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingFieldsFragment } from '../../gql/graphql';
import { attendee, meeting } from '../../test/meetings';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import MeetingCheckInPage from './MeetingCheckInPage';

const MINE = attendee('m-li', '李强');
const AS_MEMBER = meeting({ canManage: false, attendees: [MINE], myAttendance: MINE });
const CHECKED_IN_AT = '2026-06-05T06:31:00Z';
const present = (m: MeetingFieldsFragment) => {
  const row = attendee('m-li', '李强', { state: 'PRESENT', checkedInAt: CHECKED_IN_AT, checkInMethod: 'QR' });
  return { ...m, attendees: [row], myAttendance: row };
};

function setup(path: string, initial: MeetingFieldsFragment | Reply, checkIn: (input: Record<string, unknown>) => Reply = () => ({ data: null })) {
  const mock = mockClient((op: SentOperation) => {
    if (op.operationName === 'Meeting') return 'id' in initial ? { data: { meeting: initial } } : initial;
    if (op.operationName === 'CheckInToMeeting') return checkIn(op.variables.input as Record<string, unknown>);
    return { data: null };
  });
  renderPage(<MeetingCheckInPage />, { client: mock.client, path, route: '/meetings/:id/checkin' });
  return mock;
}

const refusal = (fields: Record<string, string>, code = 'VALIDATION'): Reply => ({
  data: null,
  errors: [{ message: Object.values(fields)[0] ?? '输入有误', path: ['checkInToMeeting'], extensions: { code, fields } }],
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('MeetingCheckInPage (扫码签到)', () => {
  it('checks in with the code from the QR and says when', async () => {
    const { sent } = setup('/meetings/mt1/checkin?code=c0de', AS_MEMBER, () => ({ data: { checkInToMeeting: { meeting: present(AS_MEMBER) } } }));
    expect(await screen.findByRole('heading', { level: 2, name: '六月支部党员大会' })).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('checkin-submit'));
    expect(await screen.findByTestId('checkin-done')).toHaveTextContent('签到成功');
    expect(screen.getByText('签到时间：2026-06-05 14:31')).toBeInTheDocument();
    expect(named(sent, 'CheckInToMeeting')[0].variables).toEqual({ input: { meetingId: 'mt1', code: 'c0de', latitude: null, longitude: null } });
  });

  it('shows the server’s words for an expired code, and asks to scan the current one', async () => {
    setup('/meetings/mt1/checkin?code=old', AS_MEMBER, () => refusal({ code: '签到码已过期，请扫描现场最新的二维码' }));
    fireEvent.click(await screen.findByTestId('checkin-submit'));
    expect(await screen.findByTestId('checkin-error')).toHaveTextContent('签到码已过期，请扫描现场最新的二维码');
    expect(screen.getByRole('alert')).toHaveTextContent('签到未成功');
    expect(screen.getByRole('alert')).toHaveTextContent('请扫描会场大屏上当前显示的二维码后重试。');
  });

  it('asks for the position only when the meeting has a geofence, and explains a refusal', async () => {
    const fenced = { ...AS_MEMBER, geofence: { latitude: 31.23, longitude: 121.47, radiusMeters: 200 } };
    const getCurrentPosition = vi
      .fn()
      .mockImplementationOnce((_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError))
      .mockImplementation((ok: PositionCallback) => ok({ coords: { latitude: 31.24, longitude: 121.48, accuracy: 30 } } as GeolocationPosition));
    vi.stubGlobal('navigator', { ...navigator, geolocation: { getCurrentPosition } });
    const { sent } = setup('/meetings/mt1/checkin?code=c0de', fenced, () => refusal({ location: '不在会场签到范围内（距会场约 1300 米）' }));
    expect(await screen.findByText(/需要在会场附近定位签到/)).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('checkin-submit'));
    expect(await screen.findByTestId('checkin-geo')).toHaveTextContent('未获得位置权限');
    expect(screen.getByTestId('checkin-geo')).toHaveTextContent('请在浏览器或系统设置中允许本网站获取位置');
    expect(named(sent, 'CheckInToMeeting')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('checkin-submit'));
    expect(await screen.findByTestId('checkin-error')).toHaveTextContent('不在会场签到范围内（距会场约 1300 米）');
    expect(named(sent, 'CheckInToMeeting')[0].variables).toEqual({ input: { meetingId: 'mt1', code: 'c0de', latitude: 31.24, longitude: 121.48 } });
  });

  it('shows the time of an earlier check-in', async () => {
    let loads = 0;
    const mock = mockClient((op: SentOperation) => {
      if (op.operationName === 'Meeting') return { data: { meeting: loads++ === 0 ? AS_MEMBER : present(AS_MEMBER) } };
      return refusal({}, 'CONFLICT');
    });
    renderPage(<MeetingCheckInPage />, { client: mock.client, path: '/meetings/mt1/checkin?code=c0de', route: '/meetings/:id/checkin' });
    fireEvent.click(await screen.findByTestId('checkin-submit'));
    expect(await screen.findByTestId('checkin-done')).toHaveTextContent('签到成功');
    await waitFor(() => expect(screen.getByText('签到时间：2026-06-05 14:31')).toBeInTheDocument());
  });

  it('without a code, says to scan the one at the venue', async () => {
    setup('/meetings/mt1/checkin', AS_MEMBER);
    expect(await screen.findByText('请扫描会场的签到二维码')).toBeInTheDocument();
    expect(screen.queryByTestId('checkin-submit')).toBeNull();
  });

  it('tells a member who is not invited', async () => {
    setup('/meetings/mt1/checkin?code=c0de', { data: null, errors: [{ message: 'not found', path: ['meeting'], extensions: { code: 'NOT_FOUND' } }] });
    expect(await screen.findByText('您不在本次会议的参会名单中，或会议不存在')).toBeInTheDocument();
  });
});
