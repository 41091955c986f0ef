import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { noticePath, receiptState, type NoticeRow } from './notices';
import { NoticeTags } from './NoticeTags';

/** One received notice: unread marked, its tags, who issued it and when, the deadline. */
export function NoticeItem({ notice }: { notice: NoticeRow }) {
  const { t } = useTranslation();
  const unread = receiptState(notice) === 'unread';
  return (
    <li className={`tx-inbox-item tx-notice-item${unread ? ' tx-inbox-unread' : ''}`} data-testid={`notice-${notice.id}`}>
      <span className="tx-inbox-dot" aria-hidden={!unread} />
      <div className="tx-inbox-head">
        <Link to={noticePath(notice.id)} className="tx-inbox-title tx-notice-link">
          {unread && <span className="tx-sr-only">{t('notices.unread')}</span>}
          {notice.title}
        </Link>
        <span className="tx-inbox-meta">
          <NoticeTags notice={notice} receipt />
        </span>
      </div>
      <div className="tx-inbox-facts">
        <span>{notice.issuerName}</span>
        <span className="tx-notice-dot-sep" aria-hidden>
          ·
        </span>
        <span>{formatDateTime(notice.publishedAt ?? notice.createdAt)}</span>
        {notice.ackRequired && notice.ackDeadline && notice.status !== 'WITHDRAWN' && (
          <div data-testid="notice-deadline">{t('notices.deadline', { time: formatDateTime(notice.ackDeadline) })}</div>
        )}
      </div>
    </li>
  );
}
