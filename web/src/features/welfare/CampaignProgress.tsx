import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WelfareCampaignListFieldsFragment } from '../../gql/graphql';
import { progressFigures } from './welfare';

type Campaign = Pick<WelfareCampaignListFieldsFragment, 'status' | 'thresholdKind' | 'threshold' | 'participantCount' | 'amountFen' | 'progressPercent'>;

/** The bar towards the threshold and the figures: 「已参团 12 / 30 人」 or 「已筹 ¥1,200.00 / ¥5,000.00」. */
export function CampaignProgress({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const figures = progressFigures(c);
  const status = c.status === 'SUCCEEDED' ? 'success' : c.status === 'OPEN' ? 'active' : 'normal';
  return (
    <div className="tx-welfare-progress">
      <Progress percent={Math.max(0, Math.min(100, c.progressPercent))} size="small" status={status} aria-label={t('welfare.progress')} />
      <Typography.Text type="secondary" data-testid="welfare-progress">
        {t(c.thresholdKind === 'AMOUNT' ? 'welfare.progressAmount' : 'welfare.progressPeople', figures)}
      </Typography.Text>
    </div>
  );
}
