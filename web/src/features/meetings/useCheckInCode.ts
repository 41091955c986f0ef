import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { MeetingCheckInCodeQuery, MeetingCountsChangedSubscription } from './operations';
import type { MeetingAttendanceFieldsFragment, MeetingCheckInCodeQuery as CodeData } from '../../gql/graphql';
import { useRotatingCode } from '../../lib/useRotatingCode';

export type CheckInCode = CodeData['meetingCheckInCode'];

/**
 * The rotating check-in code of a meeting (managers): a new one every `refreshInSeconds`, and the
 * seconds left until then, counted down each second.
 */
export function useCheckInCode(meetingId: string) {
  const client = useClient();
  return useRotatingCode<CheckInCode>(meetingId, async () => {
    const res = await client.query(MeetingCheckInCodeQuery, { meetingId }, { requestPolicy: 'network-only' }).toPromise();
    return { code: res.data?.meetingCheckInCode, error: res.error };
  });
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
