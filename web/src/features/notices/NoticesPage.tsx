import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Segmented } from 'antd';
import { ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../components/PagedList';
import { PageHeader } from '../../components/PageHeader';
import { useViewer } from '../../auth/viewer';
import { canCompose } from './noticeAccess';
import { NOTICE_PAGE_SIZE } from './notices';
import { useReceivedNotices } from './useNoticeLists';
import { NoticeItem } from './NoticeItem';

type Filter = 'all' | 'unread';

/** 通知公告 (`/notices`): the viewer's received notices, not yet read or acknowledged first. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [filter, setFilter] = useState<Filter>('all');
  const list = useReceivedNotices(filter === 'unread', NOTICE_PAGE_SIZE);

  return (
    <div className="tx-notices">
      <PageHeader title={t('nav.notices')}>
        {canCompose(viewer) && (
          <Button icon={<SendOutlined />} onClick={() => navigate('/notices/new')}>
            {t('nav.noticeCompose')}
          </Button>
        )}
      </PageHeader>
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
      <PagedList list={list} empty={filter === 'unread' ? t('notices.emptyUnread') : t('notices.empty')} className="tx-inbox" label={t('nav.notices')}>
        {(n) => <NoticeItem key={n.id} notice={n} />}
      </PagedList>
    </div>
  );
}
