import { Typography } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DuesLine } from '../../gql/graphql';
import { formatYuan, type Owed } from './dues';

/** 欠缴 ¥x（N 个月，最早 YYYY-MM）, or 无欠缴 — what a ledger still asks for. */
export function OwedSummary({ owed, line }: { owed: Owed; line: DuesLine }) {
  const { t } = useTranslation();
  const lineName = t(`dues.lines.${line}`);
  if (owed.owedFen <= 0) {
    return (
      <Typography.Paragraph className="tx-dues-owed" data-testid="dues-owed">
        <CheckCircleOutlined className="tx-dues-ok" aria-hidden /> {t('dues.owed.none', { line: lineName })}
      </Typography.Paragraph>
    );
  }
  return (
    <Typography.Paragraph className="tx-dues-owed" data-testid="dues-owed">
      <ExclamationCircleOutlined className="tx-dues-warn" aria-hidden />{' '}
      {t('dues.owed.some', { line: lineName, amount: formatYuan(owed.owedFen), count: owed.monthsOwed, month: owed.oldestMonth ?? '' })}
    </Typography.Paragraph>
  );
}
