import { useCallback, useState } from 'react';
import { Button, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * A connection read one page at a time (上一页 / 下一页): the cursor each page seen so far
 * starts after (page i starts after cursors[i]); `reset` goes back to the first page.
 */
export function usePageCursors() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const reset = useCallback(() => setCursors([null]), []);
  const prev = useCallback(() => setCursors((c) => c.slice(0, -1)), []);
  const next = useCallback((endCursor: string) => setCursors((c) => [...c, endCursor]), []);
  return { page, after: cursors[page], reset, prev, next };
}

/** 第 N 页 with 上一页 and 下一页 (while the connection has a next page). */
export function CursorPager({
  cursors,
  pageInfo,
}: {
  cursors: ReturnType<typeof usePageCursors>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
}) {
  const { t } = useTranslation();
  const { page, prev, next } = cursors;
  return (
    <div className="tx-toolbar" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
      <Typography.Text type="secondary">{t('common.page', { page: page + 1 })}</Typography.Text>
      <Button icon={<LeftOutlined />} disabled={page === 0} onClick={prev}>
        {t('common.prev')}
      </Button>
      <Button disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor} onClick={() => pageInfo?.endCursor && next(pageInfo.endCursor)}>
        {t('common.next')} <RightOutlined />
      </Button>
    </div>
  );
}
