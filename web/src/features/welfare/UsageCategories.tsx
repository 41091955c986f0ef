import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyWelfareUsageQuery } from '../../gql/graphql';
import { formatYuan } from '../dues/dues';
import { capPercent } from './welfare';

type Usage = MyWelfareUsageQuery['myWelfareUsage']['categories'][number];

/** Per category the subsidy used this year against its cap, and what remains (或 不设上限). */
export function UsageCategories({ categories }: { categories: Usage[] }) {
  const { t } = useTranslation();
  return (
    <ul className="tx-welfare-usage" aria-label={t('welfare.mine.caps')}>
      {categories.map((u) => {
        const pct = capPercent(u.usedFen, u.capFen);
        const full = u.remainingFen != null && u.remainingFen <= 0;
        return (
          <li key={u.category} data-testid={`welfare-usage-${u.category}`}>
            <div className="tx-welfare-usage-head">
              <Typography.Text strong>{u.label || t(`welfare.categories.${u.category}`)}</Typography.Text>
              <Typography.Text type={full ? 'danger' : 'secondary'} data-testid="welfare-usage-remaining">
                {u.remainingFen == null ? t('welfare.mine.noCap') : t('welfare.mine.remaining', { amount: formatYuan(u.remainingFen) })}
              </Typography.Text>
            </div>
            {pct != null && <Progress percent={pct} size="small" showInfo={false} status={full ? 'exception' : 'normal'} aria-label={u.label} />}
            <Typography.Text type="secondary" data-testid="welfare-usage-used">
              {u.capFen == null
                ? t('welfare.mine.usedOnly', { used: formatYuan(u.usedFen) })
                : t('welfare.mine.usedOfCap', { used: formatYuan(u.usedFen), cap: formatYuan(u.capFen) })}
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}
