import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError, type OperationResult } from 'urql';
import { MeetingsQuery } from './operations';
import type { MeetingsQuery as MeetingsData } from '../../gql/graphql';
import { CALENDAR_PAGE_SIZE, MEETINGS_PAGE_SIZE, type MeetingRow } from './meetings';
import { useCursorPages, type PageResult } from '../../lib/useCursorPages';

/** Which meetings: the viewer's own (`mine`), or an org's (and its sub-orgs'); null org: all the viewer may read. */
export interface MeetingScope {
  mine: boolean;
  orgId: string | null;
  from: string | null;
  to: string | null;
}

const byId = (m: { id: string }) => m.id;

/** The list: newest start first, `pageSize` at a time (加载更多). */
export function useMeetingList(scope: MeetingScope, pageSize = MEETINGS_PAGE_SIZE, pause = false) {
  const client = useClient();
  const { mine, orgId, from, to } = scope;
  const fetchPage = useCallback(
    async (after: string | null): Promise<PageResult<MeetingRow>> => {
      if (pause) return { page: { items: [], endCursor: null, hasNextPage: false } };
      const res = await client
        .query(MeetingsQuery, { first: pageSize, after, mine, orgId: mine ? null : orgId, from, to }, { requestPolicy: 'network-only' })
        .toPromise();
      if (res.error || !res.data) return { error: res.error ?? null };
      const c = res.data.meetings;
      return { page: { items: c.edges.map((e) => e.node), endCursor: c.pageInfo.endCursor ?? null, hasNextPage: c.pageInfo.hasNextPage } };
    },
    [client, pageSize, mine, orgId, from, to, pause],
  );
  return useCursorPages(fetchPage, byId);
}

/** Every meeting starting in a range (a calendar month), all pages at once (at most 20 × 50). */
export function useMeetingRange(scope: MeetingScope, pause = false) {
  const client = useClient();
  const { mine, orgId, from, to } = scope;
  const [state, setState] = useState<{ items: MeetingRow[]; loading: boolean; error: CombinedError | null }>({
    items: [],
    loading: !pause,
    error: null,
  });
  useEffect(() => {
    if (pause) return;
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    (async () => {
      const all: MeetingRow[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const res: OperationResult<MeetingsData> = await client
          .query(MeetingsQuery, { first: CALENDAR_PAGE_SIZE, after, mine, orgId: mine ? null : orgId, from, to }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (res.error || !res.data) {
          setState({ items: all, loading: false, error: res.error ?? null });
          return;
        }
        all.push(...res.data.meetings.edges.map((e) => e.node));
        const info = res.data.meetings.pageInfo;
        if (!info.hasNextPage || !info.endCursor) break;
        after = info.endCursor;
      }
      if (!cancelled) setState({ items: all, loading: false, error: null });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, mine, orgId, from, to, pause]);
  return state;
}
