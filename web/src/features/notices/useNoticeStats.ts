import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { NoticeStatsChangedSubscription } from './operations';
import type { NoticeStatsFieldsFragment } from '../../gql/graphql';

export type NoticeStats = NoticeStatsFieldsFragment;

/**
 * The board's counts, live: `initial` (from the notice) until `noticeStatsChanged` answers —
 * it sends the counts at once, then after every change. `changes` counts the live updates
 * after the first, so the list below can offer to load again.
 */
export function useNoticeStats(noticeId: string, initial: NoticeStats | null, pause = false) {
  const client = useClient();
  const [live, setLive] = useState<{ stats: NoticeStats | null; changes: number; error: CombinedError | null }>({
    stats: null,
    changes: 0,
    error: null,
  });

  useEffect(() => {
    if (pause) return;
    let first = true;
    const subscription = client.subscription(NoticeStatsChangedSubscription, { noticeId }).subscribe((result) => {
      if (result.error) {
        setLive((s) => ({ ...s, error: result.error ?? null }));
        return;
      }
      const stats = result.data?.noticeStatsChanged;
      if (!stats) return;
      const counted = !first;
      first = false;
      setLive((s) => {
        const same =
          s.stats && s.stats.recipients === stats.recipients && s.stats.read === stats.read && s.stats.acknowledged === stats.acknowledged;
        return { stats, changes: counted && !same ? s.changes + 1 : s.changes, error: null };
      });
    });
    return () => subscription.unsubscribe();
  }, [client, noticeId, pause]);

  return { stats: live.stats ?? initial, changes: live.changes, error: live.error };
}
