import { Button, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { useMeetingList, type MeetingScope } from '../../lib/useMeetings';
import { MeetingItem } from './MeetingItem';

/** The meetings of a scope, newest start first, with 加载更多. */
export function MeetingList({ scope, mine, filtered }: { scope: MeetingScope; mine: boolean; filtered: boolean }) {
  const { t } = useTranslation();
  const list = useMeetingList(scope);
  const e = describeError(list.error, t);
  const empty = !list.loading && !e && list.items.length === 0;

  return (
    <>
      {e && <FormError error={e} />}
      {list.loading && list.items.length === 0 ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : empty ? (
        <Empty description={filtered ? t('meetings.emptyFiltered') : mine ? t('meetings.emptyMine') : t('meetings.emptyOrg')} />
      ) : (
        list.items.length > 0 && (
          <ul className="tx-meeting-list" aria-label={t('meetings.list')}>
            {list.items.map((m) => (
              <MeetingItem key={m.id} meeting={m} mine={mine} />
            ))}
          </ul>
        )
      )}
      {list.hasNextPage && (
        <div className="tx-inbox-more">
          <Button onClick={list.loadMore} loading={list.loading}>
            {t('notifications.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
