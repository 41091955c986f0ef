import { App as AntApp, Button, Card, Form, InputNumber, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WelfareCampaignFieldsFragment, WelfareItemFieldsFragment } from '../../gql/graphql';
import { FormError } from '../../components/FormError';
import { useFormMutation } from '../../lib/useFormMutation';
import { formatYuan } from '../dues/dues';
import { PlaceWelfareOrderMutation } from './operations';

const FIELDS = ['quantity'];

/**
 * One item of a campaign: price, the union's subsidy, what the member pays (per unit), the limit
 * per member and what the viewer ordered; while the campaign is open a quantity and 参团 / 下单.
 * The server's refusal (a cap exceeded: used and remaining in its words) shows here.
 */
export function ItemOrderCard({
  campaign,
  item,
  canOrder,
  onOrdered,
}: {
  campaign: WelfareCampaignFieldsFragment;
  item: WelfareItemFieldsFragment;
  canOrder: boolean;
  onOrdered?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ quantity: number }>();
  const order = useFormMutation(PlaceWelfareOrderMutation, form, FIELDS);
  const left = Math.max(0, item.perMemberLimit - item.myQuantity);

  const submit = async ({ quantity }: { quantity: number }) => {
    const res = await order.submit({ input: { campaignId: campaign.id, itemId: item.id, quantity } });
    if (res.data) {
      void message.success(t('welfare.order.placed', { name: item.name, quantity }));
      form.setFieldsValue({ quantity: 1 });
      onOrdered?.();
    }
  };

  return (
    <Card size="small" className="tx-welfare-item" data-testid="welfare-item">
      <Space wrap size={4}>
        <Typography.Text strong>{item.name}</Typography.Text>
        {item.cashLike && <Tag color="orange">{t('welfare.item.cashLike')}</Tag>}
      </Space>
      {item.description && (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
          {item.description}
        </Typography.Paragraph>
      )}
      <dl className="tx-welfare-prices">
        <div>
          <dt>{t('welfare.item.price')}</dt>
          <dd data-testid="welfare-item-price">{formatYuan(item.priceFen)}</dd>
        </div>
        <div>
          <dt>{t('welfare.item.subsidy')}</dt>
          <dd data-testid="welfare-item-subsidy">{formatYuan(item.subsidyFen)}</dd>
        </div>
        <div>
          <dt>{t('welfare.item.memberPrice')}</dt>
          <dd className="tx-welfare-pay" data-testid="welfare-item-member-price">
            {formatYuan(item.memberPriceFen)}
          </dd>
        </div>
      </dl>
      <Typography.Text type="secondary" className="tx-welfare-line" data-testid="welfare-item-quantities">
        {t('welfare.item.quantities', { limit: item.perMemberLimit, mine: item.myQuantity, all: item.orderedQuantity })}
      </Typography.Text>
      {canOrder && (
        <Form form={form} layout="inline" initialValues={{ quantity: 1 }} onFinish={submit} className="tx-welfare-order-form">
          <Form.Item name="quantity" rules={[{ required: true, message: t('welfare.order.quantityRequired') }]}>
            <InputNumber min={1} max={Math.max(1, left)} precision={0} disabled={left === 0} aria-label={t('welfare.order.quantity')} style={{ width: 96 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={order.fetching} disabled={left === 0}>
              {left === 0 ? t('welfare.order.limitReached') : t(`welfare.order.submit.${campaign.kind}`)}
            </Button>
          </Form.Item>
        </Form>
      )}
      <FormError error={order.error} extra={order.leftovers} />
    </Card>
  );
}
