import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusColor } from './contest';

/** A contest's status as a tag: 未开始, 进行中, 已结束. */
export function ContestStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={statusColor(status)}>{t(`contest.statuses.${status}`)}</Tag>;
}
