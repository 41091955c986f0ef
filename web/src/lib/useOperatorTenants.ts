import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { OperatorTenantsQuery } from '../api/operations';
import type { OperatorTenantsQuery as OperatorTenantsData } from '../gql/graphql';

export type TenantSummary = OperatorTenantsData['tenants']['edges'][number]['node'];

interface State {
  tenants: TenantSummary[];
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  error: CombinedError | null;
}

const INITIAL: State = { tenants: [], endCursor: null, hasNextPage: false, loading: true, error: null };

/** Every tenant for the operator console, `pageSize` at a time (加载更多 appends the next page). */
export function useOperatorTenants(pageSize = 20) {
  const client = useClient();
  const [state, setState] = useState<State>(INITIAL);
  // Results of an older client (a new token) or of an unmounted list are dropped.
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null, gen: number) => {
      setState((s) => ({ ...s, loading: true, error: null }));
      const res = await client
        .query(OperatorTenantsQuery, { first: pageSize, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (gen !== generation.current) return;
      setState((s) => {
        if (res.error || !res.data) return { ...s, loading: false, error: res.error ?? null };
        const page = res.data.tenants;
        const base = after ? s.tenants : [];
        const seen = new Set(base.map((x) => x.id));
        return {
          tenants: [...base, ...page.edges.map((e) => e.node).filter((n) => !seen.has(n.id))],
          endCursor: page.pageInfo.endCursor ?? null,
          hasNextPage: page.pageInfo.hasNextPage,
          loading: false,
          error: null,
        };
      });
    },
    [client, pageSize],
  );

  useEffect(() => {
    const gen = ++generation.current;
    void load(null, gen);
    return () => {
      generation.current++;
    };
  }, [load]);

  const loadMore = useCallback(() => {
    if (state.endCursor && state.hasNextPage && !state.loading) void load(state.endCursor, generation.current);
  }, [load, state.endCursor, state.hasNextPage, state.loading]);

  /** Shows a status change the server has confirmed without loading the list again. */
  const setStatus = useCallback((id: string, status: string) => {
    setState((s) => ({ ...s, tenants: s.tenants.map((x) => (x.id === id ? { ...x, status } : x)) }));
  }, []);

  return { ...state, loadMore, setStatus };
}
