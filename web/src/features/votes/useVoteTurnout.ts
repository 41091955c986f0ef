import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { VoteTurnoutChangedSubscription } from './operations';

export interface Turnout {
  eligible: number;
  voted: number;
}

/**
 * The turnout, live: `initial` (from the vote) until `voteTurnoutChanged` answers — it sends
 * the turnout at once, then after every ballot. Nothing about choices ever comes this way.
 */
export function useVoteTurnout(voteId: string, initial: Turnout | null, pause = false): Turnout | null {
  const client = useClient();
  const [live, setLive] = useState<Turnout | null>(null);
  useEffect(() => {
    if (pause) return;
    const sub = client.subscription(VoteTurnoutChangedSubscription, { voteId }).subscribe((r) => {
      const t = r.data?.voteTurnoutChanged;
      if (t) setLive({ eligible: t.eligible, voted: t.voted });
    });
    return () => sub.unsubscribe();
  }, [client, voteId, pause]);
  return live ?? initial;
}
