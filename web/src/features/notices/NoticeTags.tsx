import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORY_COLORS, STATUS_COLORS, isOverdue, isUrgent, receiptState, type NoticeRow } from './notices';

/** The category, 紧急 when urgent, and — for a recipient — where their acknowledgement stands. */
export function NoticeTags({ notice, status = false, receipt = false }: { notice: NoticeRow; status?: boolean; receipt?: boolean }) {
  const { t } = useTranslation();
  const state = receiptState(notice);
  return (
    <>
      {status && (
        <Tag color={STATUS_COLORS[notice.status]} data-testid="notice-status">
          {t(`notices.statuses.${notice.status}`)}
        </Tag>
      )}
      <Tag color={CATEGORY_COLORS[notice.category]}>{t(`notices.categories.${notice.category}`)}</Tag>
      {isUrgent(notice) && notice.category !== 'URGENT' && <Tag color="red">{t('notices.importances.URGENT')}</Tag>}
      {receipt && notice.ackRequired && notice.status !== 'WITHDRAWN' && (
        <Tag color={state === 'acknowledged' ? 'green' : isOverdue(notice) ? 'red' : 'orange'}>
          {state === 'acknowledged' ? t('notices.receipt.acknowledged') : isOverdue(notice) ? t('notices.receipt.overdue') : t('notices.receipt.toAcknowledge')}
        </Tag>
      )}
      {receipt && notice.status === 'WITHDRAWN' && <Tag color="default">{t('notices.statuses.WITHDRAWN')}</Tag>}
    </>
  );
}
