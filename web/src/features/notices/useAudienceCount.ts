import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { NoticeAudienceCountQuery } from './operations';
import { AUDIENCE_COUNT_DELAY_MS, hasSelector, toAudienceInput, type AudienceValue } from './notices';

interface State {
  /** The recipients now (null: not asked yet, or nothing to count). */
  count: number | null;
  loading: boolean;
  error: CombinedError | null;
}

/**
 * How many members the audience resolves to right now (`noticeAudienceCount`), asked for
 * `delayMs` after the issuer or the audience last changed; an older answer never overwrites a
 * newer one. Nothing is asked without an issuer or a selector.
 */
export function useAudienceCount(issuerOrgId: string | null | undefined, audience: AudienceValue, delayMs = AUDIENCE_COUNT_DELAY_MS): State {
  const client = useClient();
  const [state, setState] = useState<State>({ count: null, loading: false, error: null });
  const ready = !!issuerOrgId && hasSelector(audience);
  const key = ready ? JSON.stringify([issuerOrgId, toAudienceInput(audience)]) : '';

  useEffect(() => {
    if (!key) {
      setState({ count: null, loading: false, error: null });
      return;
    }
    let cancelled = false;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      const [issuer, input] = JSON.parse(key) as [string, ReturnType<typeof toAudienceInput>];
      void client
        .query(NoticeAudienceCountQuery, { issuerOrgId: issuer, audience: input }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((res) => {
          if (cancelled) return;
          if (res.error || !res.data) setState({ count: null, loading: false, error: res.error ?? null });
          else setState({ count: res.data.noticeAudienceCount, loading: false, error: null });
        });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, key, delayMs]);

  return state;
}
