import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferLetterStatus } from '../../gql/graphql';
import { STATUS_COLORS } from './transfers';

/** 有效 / 已过期 / 已接收 / 已撤销. */
export function LetterStatusTag({ status }: { status: TransferLetterStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="letter-status">
      {t(`transfers.statuses.${status}`)}
    </Tag>
  );
}
