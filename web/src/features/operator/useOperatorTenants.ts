import { useCallback } from 'react';
import { useClient } from 'urql';
import { OperatorTenantsQuery } from './operations';
import type { OperatorTenantsQuery as OperatorTenantsData } from '../../gql/graphql';
import { useCursorPages, type PageResult } from '../../lib/useCursorPages';

export type TenantSummary = OperatorTenantsData['tenants']['edges'][number]['node'];

const byId = (x: { id: string }) => x.id;

/**
 * Every tenant for the operator console, `pageSize` at a time (加载更多 appends the next page),
 * or those whose name or slug contains `search`. A new client (a new token) or a new search
 * starts the list over.
 */
export function useOperatorTenants(pageSize = 20, search = '') {
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string | null): Promise<PageResult<TenantSummary>> => {
      const res = await client.query(OperatorTenantsQuery, { first: pageSize, after, search: search || null }, { requestPolicy: 'network-only' }).toPromise();
      if (res.error || !res.data) return { error: res.error ?? null };
      const page = res.data.tenants;
      return { page: { items: page.edges.map((e) => e.node), endCursor: page.pageInfo.endCursor ?? null, hasNextPage: page.pageInfo.hasNextPage } };
    },
    [client, pageSize, search],
  );
  const { items, hasNextPage, loading, error, loadMore, patch } = useCursorPages(fetchPage, byId);

  /** Shows a status change the server has confirmed without loading the list again. */
  const setStatus = useCallback((id: string, status: string) => patch(id, (x) => ({ ...x, status })), [patch]);

  return { tenants: items, hasNextPage, loading, error, loadMore, setStatus };
}
