import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { ActivityCheckInCodeQuery } from './operations';
import type { ActivityCheckInCodeQuery as CodeData } from '../../gql/graphql';
import { secondsUntil } from '../meetings/meetings';

export type ActivityCode = CodeData['activityCheckInCode'];

/** After a failure, the next try comes this much later. */
const RETRY_MS = 5_000;

/**
 * The rotating check-in code of an activity (its managers), as meetings have: a new one every
 * `refreshInSeconds`, and the seconds left until then, counted down each second.
 */
export function useActivityCheckInCode(activityId: string) {
  const client = useClient();
  const [state, setState] = useState<{ code: ActivityCode | null; error: CombinedError | null; nextAt: number }>({
    code: null,
    error: null,
    nextAt: 0,
  });
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetchCode = async () => {
      const res = await client.query(ActivityCheckInCodeQuery, { activityId }, { requestPolicy: 'network-only' }).toPromise();
      if (cancelled) return;
      const code = res.data?.activityCheckInCode;
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
  }, [client, activityId]);

  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(h);
  }, []);

  return { ...state, secondsLeft: state.nextAt ? secondsUntil(state.nextAt, now) : null };
}
