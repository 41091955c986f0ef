import { useClient } from 'urql';
import { ActivityCheckInCodeQuery } from './operations';
import type { ActivityCheckInCodeQuery as CodeData } from '../../gql/graphql';
import { useRotatingCode } from '../../lib/useRotatingCode';

export type ActivityCode = CodeData['activityCheckInCode'];

/**
 * The rotating check-in code of an activity (its managers), as meetings have: a new one every
 * `refreshInSeconds`, and the seconds left until then, counted down each second.
 */
export function useActivityCheckInCode(activityId: string) {
  const client = useClient();
  return useRotatingCode<ActivityCode>(activityId, async () => {
    const res = await client.query(ActivityCheckInCodeQuery, { activityId }, { requestPolicy: 'network-only' }).toPromise();
    return { code: res.data?.activityCheckInCode, error: res.error };
  });
}
