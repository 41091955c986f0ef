import { Link } from 'react-router';
import { Button, Typography } from 'antd';
import { AuditOutlined, BarChartOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { noticePath } from './notices';
import type { SentNotice } from './useNoticeLists';
import { NoticeTags } from './NoticeTags';

/** Whether a notice can still be withdrawn (published, scheduled, or waiting for review). */
export function canWithdraw(n: Pick<SentNotice, 'status' | 'viewerCanManage'>): boolean {
  return n.viewerCanManage && (n.status === 'PUBLISHED' || n.status === 'SCHEDULED' || n.status === 'PENDING_REVIEW');
}

interface Props {
  notice: SentNotice;
  onWithdraw: (n: SentNotice) => void;
  onReview: (n: SentNotice) => void;
}

/** One sent notice: status, the time that matters for it, progress, and what the viewer may do. */
export function SentNoticeItem({ notice: n, onWithdraw, onReview }: Props) {
  const { t } = useTranslation();
  const draft = n.status === 'DRAFT';
  const href = draft && n.viewerCanManage ? `${noticePath(n.id)}/edit` : noticePath(n.id);
  const when =
    n.status === 'PUBLISHED' && n.publishedAt
      ? t('notices.sent.publishedAt', { time: formatDateTime(n.publishedAt) })
      : n.status === 'SCHEDULED' && n.scheduledAt
        ? t('notices.sent.scheduledAt', { time: formatDateTime(n.scheduledAt) })
        : n.status === 'WITHDRAWN' && n.withdrawnAt
          ? t('notices.sent.withdrawnAt', { time: formatDateTime(n.withdrawnAt) })
          : t('notices.sent.createdAt', { time: formatDateTime(n.createdAt) });

  return (
    <li className="tx-inbox-item tx-notice-item" data-testid={`sent-${n.id}`}>
      <div className="tx-inbox-head">
        <Link to={href} className="tx-inbox-title tx-notice-link">
          {n.title}
        </Link>
        <span className="tx-inbox-meta">
          <NoticeTags notice={n} status />
        </span>
      </div>
      <div className="tx-inbox-facts">
        <div>
          {n.issuerName} · {t('notices.sent.author', { name: n.author.name })} · {when}
        </div>
        {(n.status === 'PUBLISHED' || n.status === 'WITHDRAWN') && (
          <div>{t('notices.sent.recipients', { count: n.recipientCount })}</div>
        )}
        {n.status === 'PENDING_REVIEW' && n.reviewer && <div>{t('notices.sent.reviewer', { name: n.reviewer.name })}</div>}
        {n.reviewNote && <div>{t('notices.sent.reviewNote', { note: n.reviewNote })}</div>}
        {n.status === 'WITHDRAWN' && n.withdrawReason && <div>{t('notices.withdrawnReason', { reason: n.withdrawReason })}</div>}
      </div>
      <div className="tx-notice-row-actions">
        {draft && n.viewerCanManage && (
          <Link to={`${noticePath(n.id)}/edit`}>
            <EditOutlined aria-hidden /> {t('common.edit')}
          </Link>
        )}
        {n.viewerCanSeeBoard && (n.status === 'PUBLISHED' || n.status === 'WITHDRAWN') && (
          <Link to={`${noticePath(n.id)}/board`}>
            <BarChartOutlined aria-hidden /> {t('notices.board.open')}
          </Link>
        )}
        {n.viewerCanReview && (
          <Button size="small" type="primary" icon={<AuditOutlined />} onClick={() => onReview(n)}>
            {t('notices.review.open')}
          </Button>
        )}
        {canWithdraw(n) && (
          <Button size="small" danger icon={<RollbackOutlined />} onClick={() => onWithdraw(n)}>
            {t('notices.withdraw.open')}
          </Button>
        )}
        {!draft && !n.viewerCanReview && !canWithdraw(n) && !n.viewerCanSeeBoard && (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
      </div>
    </li>
  );
}
