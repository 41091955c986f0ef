import { useEffect, useState } from 'react';
import type { CombinedError } from 'urql';
import { secondsUntil } from '../features/meetings/meetings';

/** After a failure, the next try comes this much later. */
const RETRY_MS = 5_000;

/** What a rotating code's query answers: the code (with when to fetch the next), or an error. */
export interface CodeReply<C extends { refreshInSeconds: number }> {
  code: C | null | undefined;
  error?: CombinedError;
}

/**
 * A server-signed check-in code that rotates (meetings, activities): fetched again every
 * `refreshInSeconds` (after a failure, 5 s later), with the seconds left until then counted
 * down each second. `fetchCode` is asked again whenever `key` changes.
 */
export function useRotatingCode<C extends { refreshInSeconds: number }>(key: string, fetchCode: () => Promise<CodeReply<C>>) {
  const [state, setState] = useState<{ code: C | null; error: CombinedError | null; nextAt: number }>({
    code: null,
    error: null,
    nextAt: 0,
  });
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = async () => {
      const { code, error } = await fetchCode();
      if (cancelled) return;
      if (error || !code) {
        setState((s) => ({ ...s, error: error ?? null, nextAt: Date.now() + RETRY_MS }));
        timer = setTimeout(next, RETRY_MS);
        return;
      }
      const wait = Math.max(5, code.refreshInSeconds) * 1000;
      setState({ code, error: null, nextAt: Date.now() + wait });
      timer = setTimeout(next, wait);
    };
    void next();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
    // `fetchCode` is a new function each render; `key` names what it fetches.
  }, [key]);

  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(h);
  }, []);

  return { ...state, secondsLeft: state.nextAt ? secondsUntil(state.nextAt, now) : null };
}
