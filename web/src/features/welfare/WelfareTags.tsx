import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WelfareCampaignKind, WelfareCampaignStatus, WelfareCategory, WelfareOrderStatus } from '../../gql/graphql';
import { CAMPAIGN_STATUS_COLORS, KIND_COLORS, ORDER_STATUS_COLORS } from './welfare';

/** A campaign's kind (拼团 / 众筹), category and status. */
export function CampaignTags({ kind, category, status }: { kind: WelfareCampaignKind; category: WelfareCategory; status: WelfareCampaignStatus }) {
  const { t } = useTranslation();
  return (
    <span className="tx-welfare-tags">
      <Tag color={KIND_COLORS[kind]}>{t(`welfare.kinds.${kind}`)}</Tag>
      <Tag>{t(`welfare.categories.${category}`)}</Tag>
      <CampaignStatusTag status={status} />
    </span>
  );
}

export function CampaignStatusTag({ status }: { status: WelfareCampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={CAMPAIGN_STATUS_COLORS[status]} data-testid="welfare-campaign-status">
      {t(`welfare.statuses.${status}`)}
    </Tag>
  );
}

export function OrderStatusTag({ status }: { status: WelfareOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={ORDER_STATUS_COLORS[status]} data-testid="welfare-order-status">
      {t(`welfare.orderStatuses.${status}`)}
    </Tag>
  );
}
