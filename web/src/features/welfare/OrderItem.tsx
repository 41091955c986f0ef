import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WelfareOrderFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { formatYuan } from '../dues/dues';
import { OrderStatusTag } from './WelfareTags';

/**
 * One order: the item and quantity, its status, what the member pays and the union's subsidy,
 * when it was placed, and a refund or reason once cancelled. `withCampaign` names (and links)
 * the campaign; `action` sits beside it (取消).
 */
export function OrderItem({ order: o, withCampaign = false, action }: { order: WelfareOrderFieldsFragment; withCampaign?: boolean; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="welfare-order" actions={action ? [action] : []}>
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <span>{t('welfare.order.line', { name: o.itemName, quantity: o.quantity })}</span>
            <OrderStatusTag status={o.status} />
          </Space>
        }
        description={
          <>
            {withCampaign && (
              <Typography.Text type="secondary" className="tx-welfare-line">
                <Link to={`/welfare/${o.campaignId}`}>{o.campaignTitle}</Link> · {t(`welfare.categories.${o.category}`)}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" className="tx-welfare-line">
              {t('welfare.order.amounts', { pay: formatYuan(o.memberPayFen), subsidy: formatYuan(o.subsidyFen * o.quantity) })}
            </Typography.Text>
            <Typography.Text type="secondary" className="tx-welfare-line">
              {t('welfare.order.placedAt', { time: formatDateTime(o.createdAt) })}
              {o.cancelledAt && ` · ${t('welfare.order.cancelledAt', { time: formatDateTime(o.cancelledAt) })}`}
            </Typography.Text>
            {o.refundFen != null && (
              <Typography.Text className="tx-welfare-line" data-testid="welfare-refund">
                {t('welfare.order.refund', { amount: formatYuan(o.refundFen) })}
              </Typography.Text>
            )}
            {o.cancelReason && (
              <Typography.Text type="secondary" className="tx-welfare-line">
                {t('welfare.order.cancelReason', { reason: o.cancelReason })}
              </Typography.Text>
            )}
          </>
        }
      />
    </List.Item>
  );
}
