import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meeting } from '../../test/meetings';
import { fakeSubscriptions, mockClient, named, renderPage, type SentOperation } from '../../test/render';
import MeetingQrPage from './MeetingQrPage';

function setup() {
  const { exchange: live, sinks } = fakeSubscriptions();
  let codes = 0;
  const m = meeting();
  const mock = mockClient((op: SentOperation) => {
    switch (op.operationName) {
      case 'MeetingScreen':
        return { data: { meeting: { ...m, __typename: 'Meeting' } } };
      case 'MeetingCheckInCode': {
        codes++;
        return {
          data: {
            meetingCheckInCode: {
              code: `code-${codes}`,
              url: `/meetings/mt1/checkin?code=code-${codes}`,
              expiresAt: new Date(Date.now() + 60_000).toISOString(),
              refreshInSeconds: 30,
            },
          },
        };
      }
      default:
        return { data: null };
    }
  }, [live]);
  renderPage(<MeetingQrPage />, { client: mock.client, path: '/meetings/mt1/qr', route: '/meetings/:id/qr' });
  const push = (present: number) =>
    act(() => sinks.forEach((s) => s.next({ data: { meetingChanged: { id: 'mt1', checkInOpen: true, attendance: { ...m.attendance, present } } } })));
  return { ...mock, push, sinks };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('MeetingQrPage (签到二维码)', () => {
  it('shows a QR of the absolute check-in link, a new one every 30 s, and the present count live', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { sent, push, sinks } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: '六月支部党员大会' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('checkin-qr')).toHaveAttribute('data-url', `${window.location.origin}/meetings/mt1/checkin?code=code-1`));
    // Running from 30 (a loaded machine may take a few seconds to get here).
    const left = Number(/二维码 (\d+) 秒后更新/.exec(screen.getByTestId('qr-countdown').textContent ?? '')?.[1]);
    expect(left).toBeGreaterThan(10);
    expect(left).toBeLessThanOrEqual(30);
    expect(screen.getByTestId('qr-present')).toHaveTextContent('已签到0/ 2');

    await waitFor(() => expect(sinks).toHaveLength(1));
    push(1);
    await waitFor(() => expect(screen.getByTestId('qr-present')).toHaveTextContent('已签到1/ 2'));

    await act(async () => {
      vi.advanceTimersByTime(30_000);
    });
    await waitFor(() => expect(screen.getByTestId('checkin-qr')).toHaveAttribute('data-url', `${window.location.origin}/meetings/mt1/checkin?code=code-2`));
    expect(named(sent, 'MeetingCheckInCode')).toHaveLength(2);
  });
});
