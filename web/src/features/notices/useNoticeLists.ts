import { useCallback } from 'react';
import { useClient } from 'urql';
import { NoticeResponsesQuery, NoticesQuery, SentNoticesQuery } from './operations';
import type {
  NoticeResponsesQuery as ResponsesData,
  NoticeResponseState,
  NoticeStatus,
  SentNoticesQuery as SentData,
} from '../../gql/graphql';
import { NOTICE_PAGE_SIZE, RESPONSE_PAGE_SIZE, type NoticeRow } from './notices';
import { useCursorPages, type PageResult } from '../../lib/useCursorPages';

export type SentNotice = SentData['sentNotices']['edges'][number]['node'];
export type NoticeResponse = ResponsesData['noticeResponses']['edges'][number]['node'];

const byId = (n: { id: string }) => n.id;

/** 通知公告: the viewer's received notices (not yet read/acknowledged first), `pageSize` at a time. */
export function useReceivedNotices(unreadOnly: boolean, pageSize = NOTICE_PAGE_SIZE) {
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string | null): Promise<PageResult<NoticeRow>> => {
      const res = await client.query(NoticesQuery, { first: pageSize, after, unreadOnly }, { requestPolicy: 'network-only' }).toPromise();
      if (res.error || !res.data) return { error: res.error ?? null };
      const c = res.data.notices;
      return { page: { items: c.edges.map((e) => e.node), endCursor: c.pageInfo.endCursor ?? null, hasNextPage: c.pageInfo.hasNextPage } };
    },
    [client, pageSize, unreadOnly],
  );
  return useCursorPages(fetchPage, byId);
}

/** 已发通知: notices the viewer wrote, reviews or manages, of one status or all. */
export function useSentNotices(status: NoticeStatus | null, pageSize = NOTICE_PAGE_SIZE) {
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string | null): Promise<PageResult<SentNotice>> => {
      const res = await client.query(SentNoticesQuery, { first: pageSize, after, status }, { requestPolicy: 'network-only' }).toPromise();
      if (res.error || !res.data) return { error: res.error ?? null };
      const c = res.data.sentNotices;
      return { page: { items: c.edges.map((e) => e.node), endCursor: c.pageInfo.endCursor ?? null, hasNextPage: c.pageInfo.hasNextPage } };
    },
    [client, pageSize, status],
  );
  return useCursorPages(fetchPage, byId);
}

/** The response board's recipients in one state (null: all). */
export function useNoticeResponses(noticeId: string, state: NoticeResponseState | null, pageSize = RESPONSE_PAGE_SIZE) {
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string | null): Promise<PageResult<NoticeResponse>> => {
      const res = await client
        .query(NoticeResponsesQuery, { noticeId, first: pageSize, after, state }, { requestPolicy: 'network-only' })
        .toPromise();
      if (res.error || !res.data) return { error: res.error ?? null };
      const c = res.data.noticeResponses;
      return { page: { items: c.edges.map((e) => e.node), endCursor: c.pageInfo.endCursor ?? null, hasNextPage: c.pageInfo.hasNextPage } };
    },
    [client, noticeId, pageSize, state],
  );
  return useCursorPages(fetchPage, (r) => r.member.id);
}
