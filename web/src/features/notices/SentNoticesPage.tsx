import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App as AntApp, Button, Select } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/viewer';
import { PagedList } from '../../components/PagedList';
import { PageHeader } from '../../components/PageHeader';
import type { NoticeStatus } from '../../gql/graphql';
import { canCompose } from './noticeAccess';
import { NOTICE_PAGE_SIZE, NOTICE_STATUSES } from './notices';
import { useSentNotices, type SentNotice } from './useNoticeLists';
import { ReviewDialog } from './ReviewDialog';
import { SentNoticeItem } from './SentNoticeItem';
import { WithdrawDialog } from './WithdrawDialog';

/**
 * 已发通知 (`/notices/sent`): notices the viewer wrote, reviews or manages, by status, with
 * 编辑 (drafts), 回执看板, 审核 and 撤回 (asked first, with a reason).
 */
export default function SentNoticesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const viewer = useViewer();
  const [status, setStatus] = useState<NoticeStatus | null>(null);
  const [withdrawing, setWithdrawing] = useState<SentNotice | null>(null);
  const [reviewing, setReviewing] = useState<SentNotice | null>(null);
  const list = useSentNotices(status, NOTICE_PAGE_SIZE);

  return (
    <div className="tx-notices">
      <PageHeader title={t('nav.noticesSent')}>
        {canCompose(viewer) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/notices/new')}>
            {t('nav.noticeCompose')}
          </Button>
        )}
      </PageHeader>
      <div className="tx-toolbar">
        <Select<NoticeStatus | 'ALL'>
          aria-label={t('notices.sent.filter')}
          value={status ?? 'ALL'}
          onChange={(v) => setStatus(v === 'ALL' ? null : v)}
          options={[
            { value: 'ALL', label: t('notices.sent.allStatuses') },
            ...NOTICE_STATUSES.map((s) => ({ value: s, label: t(`notices.statuses.${s}`) })),
          ]}
          style={{ width: 160 }}
        />
        <div className="tx-header-spacer" />
        <Button icon={<ReloadOutlined />} onClick={list.reload} disabled={list.loading}>
          {t('notifications.refresh')}
        </Button>
      </div>
      <PagedList list={list} empty={status ? t('common.noMatch') : t('notices.sent.empty')} className="tx-inbox" label={t('nav.noticesSent')}>
        {(n) => <SentNoticeItem key={n.id} notice={n} onWithdraw={setWithdrawing} onReview={setReviewing} />}
      </PagedList>
      <WithdrawDialog
        notice={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={() => {
          setWithdrawing(null);
          message.success(t('notices.withdraw.done'));
          list.refresh();
        }}
      />
      <ReviewDialog
        notice={reviewing}
        onClose={() => setReviewing(null)}
        onDone={(approved) => {
          setReviewing(null);
          message.success(approved ? t('notices.review.approved') : t('notices.review.rejected'));
          list.refresh();
        }}
      />
    </div>
  );
}
