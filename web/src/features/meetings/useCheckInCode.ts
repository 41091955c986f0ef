import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { MeetingCheckInCodeQuery, MeetingCountsChangedSubscription } from './operations';
import type { MeetingAttendanceFieldsFragment, MeetingCheckInCodeQuery as CodeData } from '../../gql/graphql';
import { secondsUntil } from './meetings';

export type CheckInCode = CodeData['meetingCheckInCode'];

/** After a failure, the next try comes this much later. */
const RETRY_MS = 5_000;

/**
 * The rotating check-in code of a meeting (managers): a new one every `refreshInSeconds`, and the
 * seconds left until then, counted down each second.
 */
export function useCheckInCode(meetingId: string) {
  const client = useClient();
  const [state, setState] = useState<{ code: CheckInCode | null; error: CombinedError | null; nextAt: number }>({
    code: null,
    error: null,
    nextAt: 0,
  });
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetchCode = async () => {
      const res = await client.query(MeetingCheckInCodeQuery, { meetingId }, { requestPolicy: 'network-only' }).toPromise();
      if (cancelled) return;
      const code = res.data?.meetingCheckInCode;
      if (res.error || !code) {
        setState((s) => ({ ...s, error: res.error ?? null, nextAt: Date.now() + RETRY_MS }));
        timer = setTimeout(fetchCode, RETRY_MS);
        return;
      }
      const wait = Math.max(5, code.refreshInSeconds) * 1000;
      setState({ code, error: null, nextAt: Date.now() + wait });
      timer = setTimeout(fetchCode, wait);
    };
    void fetchCode();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [client, meetingId]);

  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(h);
  }, []);

  return { ...state, secondsLeft: state.nextAt ? secondsUntil(state.nextAt, now) : null };
}

/** The attendance counts, live (`meetingChanged`), starting from `initial`. */
export function useLiveAttendance(meetingId: string, initial: MeetingAttendanceFieldsFragment | null) {
  const client = useClient();
  const [live, setLive] = useState<MeetingAttendanceFieldsFragment | null>(null);
  useEffect(() => {
    const subscription = client.subscription(MeetingCountsChangedSubscription, { meetingId }).subscribe((result) => {
      const a = result.data?.meetingChanged.attendance;
      if (a) setLive(a);
    });
    return () => subscription.unsubscribe();
  }, [client, meetingId]);
  return live ?? initial;
}
