import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError, type OperationResult } from 'urql';
import { OrganizationsQuery } from '../api/operations';
import type { OrgLine, OrganizationsQuery as OrganizationsData } from '../gql/graphql';
import type { Org } from './orgs';

interface State {
  orgs: Org[];
  loading: boolean;
  error: CombinedError | null;
}

/** Every active unit (of one line, or of all), paging through `organizations` 100 at a time. */
export function useAllOrganizations(line?: OrgLine | null, pause = false) {
  const client = useClient();
  const [state, setState] = useState<State>({ orgs: [], loading: !pause, error: null });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (pause) return;
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    (async () => {
      const all: Org[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const res: OperationResult<OrganizationsData> = await client
          .query(OrganizationsQuery, { first: 100, after, line: line ?? null }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (res.error || !res.data) {
          setState({ orgs: all, loading: false, error: res.error ?? null });
          return;
        }
        all.push(...res.data.organizations.edges.map((e) => e.node));
        const info = res.data.organizations.pageInfo;
        if (!info.hasNextPage || !info.endCursor) break;
        after = info.endCursor;
      }
      if (!cancelled) setState({ orgs: all, loading: false, error: null });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, line, pause, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
