import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App as AntApp, Button, Empty, Select, Skeleton, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';
import { useViewer } from '../auth/viewer';
import { FormError } from '../components/FormError';
import type { NoticeStatus } from '../gql/graphql';
import { canCompose } from '../lib/noticeAccess';
import { NOTICE_PAGE_SIZE, NOTICE_STATUSES } from '../lib/notices';
import { useSentNotices, type SentNotice } from '../lib/useNoticeLists';
import { ReviewDialog } from './notices/ReviewDialog';
import { SentNoticeItem } from './notices/SentNoticeItem';
import { WithdrawDialog } from './notices/WithdrawDialog';

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
  const e = describeError(list.error, t);
  const empty = !list.loading && !e && list.items.length === 0;

  return (
    <div className="tx-notices">
      <div className="tx-page-head">
        <Typography.Title level={2} className="tx-page-title">
          {t('nav.noticesSent')}
        </Typography.Title>
        {canCompose(viewer) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/notices/new')}>
            {t('nav.noticeCompose')}
          </Button>
        )}
      </div>
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
      {e && <FormError error={e} />}
      {list.loading && list.items.length === 0 ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : empty ? (
        <Empty description={status ? t('common.noMatch') : t('notices.sent.empty')} />
      ) : (
        list.items.length > 0 && (
          <ul className="tx-inbox" aria-label={t('nav.noticesSent')}>
            {list.items.map((n) => (
              <SentNoticeItem key={n.id} notice={n} onWithdraw={setWithdrawing} onReview={setReviewing} />
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
