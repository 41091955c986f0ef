import { Button, Card, Checkbox, Form, Input, InputNumber, Space, Typography, type FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { amountRule, YuanInput } from '../dues/amount';
import { formatYuan, yuanToFen } from '../dues/dues';
import { MAX_DESCRIPTION, MAX_ITEMS, MAX_ITEM_NAME, memberPriceFen, type CampaignValues, type ItemValues } from './welfare';

export const NEW_ITEM: ItemValues = { name: '', description: '', price: '', subsidy: '', perMemberLimit: 1, cashLike: false };

/** What the member pays per unit of the item being written, once price and subsidy are amounts. */
function MemberPrice({ form, index }: { form: FormInstance<CampaignValues>; index: number }) {
  const { t } = useTranslation();
  const price = Form.useWatch(['items', index, 'price'], form);
  const subsidy = Form.useWatch(['items', index, 'subsidy'], form);
  const fen = memberPriceFen(price, subsidy);
  return (
    <Typography.Text type="secondary" data-testid="welfare-item-member-price-preview">
      {t('welfare.item.memberPriceIs', { amount: fen === null || fen < 0 ? '—' : formatYuan(fen) })}
    </Typography.Text>
  );
}

/**
 * The items of a new campaign (1–20): name, price and the union's subsidy per unit in yuan,
 * the limit per member, 现金类 and a description; what the member pays is shown as typed.
 */
export function CampaignItemsFields({ form }: { form: FormInstance<CampaignValues> }) {
  const { t } = useTranslation();
  const subsidyRule = (index: number) => ({
    validator: (_: unknown, v: string | undefined) => {
      const price = yuanToFen(form.getFieldValue(['items', index, 'price']) as string | undefined);
      const subsidy = yuanToFen(v);
      return price !== null && subsidy !== null && subsidy > price ? Promise.reject(new Error(t('welfare.item.subsidyTooHigh'))) : Promise.resolve();
    },
  });
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <Card key={f.key} size="small" className="tx-welfare-item-editor" data-testid="welfare-item-editor" title={t('welfare.item.n', { n: i + 1 })}
              extra={
                <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('welfare.item.remove')} onClick={() => remove(f.name)} disabled={fields.length <= 1} />
              }
            >
              <Form.Item name={[f.name, 'name']} label={t('welfare.item.name')} rules={[{ required: true, whitespace: true, message: t('welfare.item.nameRequired') }, { max: MAX_ITEM_NAME }]}>
                <Input maxLength={MAX_ITEM_NAME} />
              </Form.Item>
              <Space wrap align="start">
                <Form.Item name={[f.name, 'price']} label={t('welfare.item.priceYuan')} rules={[amountRule(t, t('welfare.item.priceYuan'))]}>
                  <YuanInput />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'subsidy']}
                  label={t('welfare.item.subsidyYuan')}
                  dependencies={[['items', f.name, 'price']]}
                  rules={[amountRule(t, t('welfare.item.subsidyYuan'), { zero: true }), subsidyRule(f.name)]}
                >
                  <YuanInput />
                </Form.Item>
                <Form.Item name={[f.name, 'perMemberLimit']} label={t('welfare.item.limit')} rules={[{ required: true, message: t('welfare.item.limitRequired') }]}>
                  <InputNumber min={1} max={1000} precision={0} />
                </Form.Item>
              </Space>
              <MemberPrice form={form} index={f.name} />
              <Form.Item name={[f.name, 'cashLike']} valuePropName="checked" extra={t('welfare.item.cashLikeHint')} style={{ marginTop: 8 }}>
                <Checkbox>{t('welfare.item.cashLike')}</Checkbox>
              </Form.Item>
              <Form.Item name={[f.name, 'description']} label={t('welfare.item.description')} style={{ marginBottom: 0 }}>
                <Input.TextArea rows={2} maxLength={MAX_DESCRIPTION} />
              </Form.Item>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ ...NEW_ITEM })} disabled={fields.length >= MAX_ITEMS}>
            {t('welfare.item.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
