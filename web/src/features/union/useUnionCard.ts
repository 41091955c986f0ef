import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { UnionCardQuery } from './operations';
import type { UnionCardQuery as CardData } from '../../gql/graphql';

export type UnionCard = CardData['unionCard'];

/** Fetch a new code this long before the current one expires. */
export const REFRESH_AHEAD_MS = 15_000;
/** After a failure, the next try comes this much later. */
const RETRY_MS = 10_000;

/** When to fetch again for a code expiring at `expiresAt` (never sooner than 5 s from now). */
export function refreshDelay(expiresAt: string, now: number): number {
  return Math.max(5_000, new Date(expiresAt).getTime() - now - REFRESH_AHEAD_MS);
}

/**
 * The viewer's union card, fetched again shortly before its code expires, and the seconds left
 * on the code, counted down each second. NOT_FOUND (not a union member) is not retried.
 */
export function useUnionCard() {
  const client = useClient();
  const [state, setState] = useState<{ card: UnionCard | null; error: CombinedError | null; loading: boolean }>({ card: null, error: null, loading: true });
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetchCard = async () => {
      const res = await client.query(UnionCardQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (cancelled) return;
      const card = res.data?.unionCard;
      if (res.error || !card) {
        setState((s) => ({ card: s.card, error: res.error ?? null, loading: false }));
        const notFound = res.error?.graphQLErrors.some((e) => (e.extensions as { code?: string } | undefined)?.code === 'NOT_FOUND');
        if (!notFound) timer = setTimeout(fetchCard, RETRY_MS);
        return;
      }
      setState({ card, error: null, loading: false });
      timer = setTimeout(fetchCard, refreshDelay(card.expiresAt, Date.now()));
    };
    void fetchCard();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [client]);

  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(h);
  }, []);

  const secondsLeft = state.card ? Math.max(0, Math.ceil((new Date(state.card.expiresAt).getTime() - now) / 1000)) : null;
  return { ...state, secondsLeft };
}
