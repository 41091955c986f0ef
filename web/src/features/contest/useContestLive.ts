import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { ContestLeaderboardFieldsFragment, ContestLiveFieldsFragment } from '../../gql/graphql';
import { ContestLeaderboardChangedSubscription, ContestLeaderboardQuery, ContestLiveQuery, ContestStateChangedSubscription } from './operations';
import { msLeft, newerState, secondsLeft, type LiveState } from './contest';

/**
 * The contest's live state: read once, then `contestStateChanged` (its first item is the state
 * now, then one at every push, reveal and status change). States the host's mutations answer
 * are applied with `apply`. The newest by the server's clock wins; each keeps the client's time
 * it arrived at, for the countdown's clock offset.
 */
export function useContestLive(contestId: string, pause = false) {
  const client = useClient();
  const [state, setState] = useState<LiveState | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);

  const apply = useCallback((live: ContestLiveFieldsFragment | null | undefined) => {
    if (!live) return;
    const next = { live, receivedAt: Date.now() };
    setState((current) => newerState(current, next));
  }, []);

  useEffect(() => {
    setState(null);
    setError(null);
  }, [contestId]);

  const read = useCallback(
    () =>
      client
        .query(ContestLiveQuery, { contestId }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((r) => ({ live: r.data?.contestLive ?? null, error: r.error ?? null })),
    [client, contestId],
  );

  /** Reads the state again (after a status change the host made). */
  const refresh = useCallback(() => {
    void read().then((r) => apply(r.live));
  }, [read, apply]);

  useEffect(() => {
    if (pause) return;
    let cancelled = false;
    void read().then((r) => {
      if (cancelled) return;
      if (r.live) apply(r.live);
      else if (r.error) setError(r.error);
    });
    const sub = client.subscription(ContestStateChangedSubscription, { contestId }).subscribe((r) => {
      if (r.data?.contestStateChanged) {
        setError(null);
        apply(r.data.contestStateChanged);
      } else if (r.error) setError(r.error);
    });
    return () => {
      cancelled = true;
      sub.unsubscribe();
    };
  }, [client, contestId, pause, apply, read]);

  return { state, error, apply, refresh };
}

/**
 * The leaderboard: read once, then (when `live`) `contestLeaderboardChanged` as answers arrive;
 * once the subscription has answered, the read is no longer used.
 */
export function useContestLeaderboard(contestId: string, { pause = false, live = true }: { pause?: boolean; live?: boolean } = {}) {
  const client = useClient();
  const [read, setRead] = useState<ContestLeaderboardFieldsFragment | null>(null);
  const [pushed, setPushed] = useState<ContestLeaderboardFieldsFragment | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);

  useEffect(() => {
    setRead(null);
    setPushed(null);
    setError(null);
  }, [contestId]);

  useEffect(() => {
    if (pause) return;
    let cancelled = false;
    void client
      .query(ContestLeaderboardQuery, { contestId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((r) => {
        if (cancelled) return;
        if (r.data) setRead(r.data.contestLeaderboard);
        else if (r.error) setError(r.error);
      });
    return () => {
      cancelled = true;
    };
  }, [client, contestId, pause]);

  useEffect(() => {
    if (pause || !live) return;
    const sub = client.subscription(ContestLeaderboardChangedSubscription, { contestId }).subscribe((r) => {
      if (r.data?.contestLeaderboardChanged) {
        setError(null);
        setPushed(r.data.contestLeaderboardChanged);
      } else if (r.error) setError(r.error);
    });
    return () => sub.unsubscribe();
  }, [client, contestId, pause, live]);

  return { leaderboard: pushed ?? read, error };
}

/** The seconds left of the question on screen (server clock) and whether its time is up. */
export function useCountdown(state: LiveState | null) {
  const q = state?.live.phase === 'QUESTION' ? state.live.question : null;
  const now = useNow(!!q);
  if (!q || !state) return { left: null, timeUp: false };
  const left = secondsLeft(q.deadline, state.live.serverNow, state.receivedAt, now);
  return { left, timeUp: msLeft(q.deadline, state.live.serverNow, state.receivedAt, now) <= 0 };
}

/** The client's time, every `ms` while `active`. */
export function useNow(active: boolean, ms = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(timer);
  }, [active, ms]);
  return now;
}
