import { App as AntApp, Button, DatePicker, Form, Input, Radio } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RecordDuesPaymentMutation } from './operations';
import { FormError } from '../../components/FormError';
import type { DuesLine, DuesPaymentMethod } from '../../gql/graphql';
import { MAX_NOTE, MAX_RECEIPT, PAYMENT_METHODS, fenToYuanText, formatYuan, monthPicker, pickerMonth, yuanToFen } from './dues';
import { maxLen, requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { YuanInput, amountRule } from './amount';

interface Values {
  month: dayjs.Dayjs | null;
  amount: string;
  method: DuesPaymentMethod;
  receiptNo?: string;
  note?: string;
}

/** The form's fields, named as the server names them in its field messages. */
const FIELDS = ['month', 'amount', 'method', 'receiptNo', 'note'] as const;

/**
 * 登记缴费: a payment made offline (cash, transfer, payroll deduction) for a month, in yuan,
 * with its receipt number and a note. Prefilled with what is owed first (`month`,
 * `amountFen`); server field messages land on the fields.
 */
export function PaymentForm({
  memberId,
  line,
  month,
  amountFen,
  onDone,
}: {
  memberId: string;
  line: DuesLine;
  month: string;
  amountFen: number | null;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const record = useFormMutation(RecordDuesPaymentMutation, form, FIELDS);

  const submit = async (v: Values) => {
    const amount = yuanToFen(v.amount);
    const m = pickerMonth(v.month);
    if (amount === null || !m) return;
    const { data } = await record.submit({
      input: {
        memberId,
        line,
        month: m,
        amountFen: amount,
        method: v.method,
        receiptNo: v.receiptNo?.trim() || null,
        note: v.note?.trim() || null,
      },
    });
    if (!data) return;
    const e = data.recordDuesPayment;
    message.success(t('dues.payment.done', { amount: formatYuan(e.amountFen), month: e.month }));
    onDone?.();
  };

  return (
    <Form<Values>
      name="dues-payment"
      form={form}
      layout="vertical"
      requiredMark={false}
      className="tx-dues-form"
      initialValues={{ month: monthPicker(month), amount: amountFen ? fenToYuanText(amountFen) : '', method: 'CASH' }}
      onFinish={submit}
    >
      <FormError error={record.error} extra={record.leftovers} />
      <div className="tx-dues-form-grid">
        <Form.Item name="month" label={t('dues.fields.month')} rules={[requiredSelect(t, t('dues.fields.month'))]}>
          <DatePicker picker="month" format="YYYY-MM" allowClear={false} style={{ width: '100%', maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="amount" label={t('dues.fields.amount')} rules={[amountRule(t, t('dues.fields.amount'))]}>
          <YuanInput placeholder="15.00" />
        </Form.Item>
      </div>
      <Form.Item name="method" label={t('dues.fields.method')} rules={[requiredSelect(t, t('dues.fields.method'))]}>
        <Radio.Group optionType="button" options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`dues.methods.${m}`) }))} />
      </Form.Item>
      <div className="tx-dues-form-grid">
        <Form.Item name="receiptNo" label={t('dues.fields.receiptNo')} rules={[maxLen(t, MAX_RECEIPT)]}>
          <Input maxLength={MAX_RECEIPT} autoComplete="off" />
        </Form.Item>
        <Form.Item name="note" label={t('dues.fields.note')} rules={[maxLen(t, MAX_NOTE)]}>
          <Input maxLength={MAX_NOTE} />
        </Form.Item>
      </div>
      <Button type="primary" htmlType="submit" icon={<CheckOutlined />} loading={record.fetching} data-testid="dues-pay">
        {t('dues.payment.submit')}
      </Button>
    </Form>
  );
}
