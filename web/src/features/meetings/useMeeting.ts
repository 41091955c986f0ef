import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { MeetingChangedSubscription, MeetingQuery } from './operations';
import type { MeetingFieldsFragment } from '../../gql/graphql';

export type Meeting = MeetingFieldsFragment;

/**
 * One meeting, loaded once per id and again on demand; `set` takes what a mutation answered.
 * `loadedAt` tells how fresh the attachment links are.
 */
export function useMeeting(id: string) {
  const client = useClient();
  const [state, setState] = useState<{ meeting: Meeting | null; error: CombinedError | null; loadedAt: number }>({
    meeting: null,
    error: null,
    loadedAt: 0,
  });
  const load = useCallback(async () => {
    const res = await client.query(MeetingQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (res.error || !res.data) {
      setState((s) => ({ ...s, error: res.error ?? null }));
      return null;
    }
    setState({ meeting: res.data.meeting, error: null, loadedAt: Date.now() });
    return res.data.meeting;
  }, [client, id]);
  useEffect(() => {
    setState({ meeting: null, error: null, loadedAt: 0 });
    void load();
  }, [load]);
  const set = useCallback((meeting: Meeting) => setState({ meeting, error: null, loadedAt: Date.now() }), []);
  return { ...state, load, set };
}

/**
 * `meetingChanged` for a manager: the meeting now, then after every attendance change — each
 * handed to `onChange`. Members may not subscribe (`pause`).
 */
export function useMeetingLive(meetingId: string, onChange: (m: Meeting) => void, pause = false) {
  const client = useClient();
  const [error, setError] = useState<CombinedError | null>(null);
  useEffect(() => {
    if (pause) return;
    const subscription = client.subscription(MeetingChangedSubscription, { meetingId }).subscribe((result) => {
      if (result.error) {
        setError(result.error);
        return;
      }
      const m = result.data?.meetingChanged;
      if (!m) return;
      setError(null);
      onChange(m);
    });
    return () => subscription.unsubscribe();
  }, [client, meetingId, onChange, pause]);
  return { error };
}
