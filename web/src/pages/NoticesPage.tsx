import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Empty, Segmented, Skeleton, Typography } from 'antd';
import { ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';
import { FormError } from '../components/FormError';
import { useViewer } from '../auth/viewer';
import { canCompose } from '../lib/noticeAccess';
import { NOTICE_PAGE_SIZE } from '../lib/notices';
import { useReceivedNotices } from '../lib/useNoticeLists';
import { NoticeItem } from './notices/NoticeItem';

type Filter = 'all' | 'unread';

/** 通知公告 (`/notices`): the viewer's received notices, not yet read or acknowledged first. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [filter, setFilter] = useState<Filter>('all');
  const list = useReceivedNotices(filter === 'unread', NOTICE_PAGE_SIZE);
  const e = describeError(list.error, t);
  const empty = !list.loading && !e && list.items.length === 0;

  return (
    <div className="tx-notices">
      <div className="tx-page-head">
        <Typography.Title level={2} className="tx-page-title">
          {t('nav.notices')}
        </Typography.Title>
        {canCompose(viewer) && (
          <Button icon={<SendOutlined />} onClick={() => navigate('/notices/new')}>
            {t('nav.noticeCompose')}
          </Button>
        )}
      </div>
      <div className="tx-toolbar">
        <Segmented<Filter>
          aria-label={t('notices.filter')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: t('notices.all') },
            { value: 'unread', label: t('notices.unreadOnly') },
          ]}
        />
        <div className="tx-header-spacer" />
        <Button icon={<ReloadOutlined />} onClick={list.reload} disabled={list.loading}>
          {t('notifications.refresh')}
        </Button>
      </div>
      {e && <FormError error={e} />}
      {list.loading && list.items.length === 0 ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : empty ? (
        <Empty description={filter === 'unread' ? t('notices.emptyUnread') : t('notices.empty')} />
      ) : (
        list.items.length > 0 && (
          <ul className="tx-inbox" aria-label={t('nav.notices')}>
            {list.items.map((n) => (
              <NoticeItem key={n.id} notice={n} />
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
    </div>
  );
}
