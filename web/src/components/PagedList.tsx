import type { ReactNode } from 'react';
import { Button, Empty, Skeleton } from 'antd';
import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';
import { FormError } from './FormError';

/** A list paged by cursor, as `useCursorPages` keeps it. */
export interface PagedItems<T> {
  items: T[];
  loading: boolean;
  error: CombinedError | null;
  hasNextPage: boolean;
  loadMore: () => void;
}

/** 加载更多 under a paged list, while there is a next page. */
export function LoadMoreButton({ list }: { list: Pick<PagedItems<unknown>, 'hasNextPage' | 'loading' | 'loadMore'> }) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <div className="tx-inbox-more">
      <Button onClick={list.loadMore} loading={list.loading}>
        {t('notifications.loadMore')}
      </Button>
    </div>
  );
}

/**
 * The items of a paged list in a `<ul>` (`className`, labelled `label`), with what went wrong,
 * a skeleton while the first page loads, `empty` when there is nothing, and 加载更多.
 */
export function PagedList<T>({
  list,
  empty,
  className,
  label,
  children,
}: {
  list: PagedItems<T>;
  /** What an empty list says. */
  empty: string;
  className: string;
  label: string;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const e = describeError(list.error, t);
  const isEmpty = !list.loading && !e && list.items.length === 0;

  return (
    <>
      {e && <FormError error={e} />}
      {list.loading && list.items.length === 0 ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : isEmpty ? (
        <Empty description={empty} />
      ) : (
        list.items.length > 0 && (
          <ul className={className} aria-label={label}>
            {list.items.map(children)}
          </ul>
        )
      )}
      <LoadMoreButton list={list} />
    </>
  );
}
