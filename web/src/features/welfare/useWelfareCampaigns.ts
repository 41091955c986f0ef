import { useCallback } from 'react';
import { useClient } from 'urql';
import type { WelfareCampaignListFieldsFragment } from '../../gql/graphql';
import { useCursorPages, type PageResult } from '../../lib/useCursorPages';
import { WelfareCampaignsQuery } from './operations';
import { CAMPAIGN_PAGE } from './welfare';

/** 福利活动: the campaigns open to the viewer (newest first), a page at a time with 加载更多. */
export function useOpenWelfareCampaigns() {
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string | null): Promise<PageResult<WelfareCampaignListFieldsFragment>> => {
      const res = await client
        .query(WelfareCampaignsQuery, { organizationId: null, status: null, first: CAMPAIGN_PAGE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (res.error || !res.data) return { error: res.error ?? null };
      const c = res.data.welfareCampaigns;
      return { page: { items: c.edges.map((e) => e.node), endCursor: c.pageInfo.endCursor ?? null, hasNextPage: c.pageInfo.hasNextPage } };
    },
    [client],
  );
  return useCursorPages(fetchPage, (c) => c.id);
}
