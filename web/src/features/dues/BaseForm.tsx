import { App as AntApp, Button, DatePicker, Form, Select } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SetDuesBaseMutation } from './operations';
import { FormError } from '../../components/FormError';
import type { DuesCategory, DuesLine } from '../../gql/graphql';
import { DUES_CATEGORIES, DUES_LINES, currentMonth, formatYuan, monthPicker, pickerMonth, yuanToFen } from './dues';
import { requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { YuanInput, amountRule } from './amount';

interface Values {
  line: DuesLine;
  category: DuesCategory;
  base: string;
  fromMonth: dayjs.Dayjs | null;
}

/** The form's fields, as the server names them in its messages (`base` is `baseFen`). */
const FIELDS = ['line', 'category', 'base', 'fromMonth'] as const;

/**
 * 设置基数: a member's monthly base on a line from a month on (在职: post-tax salary, 离退休:
 * pension, the flat categories their amount). The history keeps the earlier ones.
 */
export function BaseForm({ memberId, line, onDone }: { memberId: string; line: DuesLine; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const set = useFormMutation(SetDuesBaseMutation, form, FIELDS);

  const submit = async (v: Values) => {
    const baseFen = yuanToFen(v.base);
    const fromMonth = pickerMonth(v.fromMonth);
    if (baseFen === null || !fromMonth) return;
    const { data } = await set.submit({ input: { memberId, line: v.line, category: v.category, baseFen, fromMonth } });
    if (!data) return;
    const b = data.setDuesBase;
    message.success(t('dues.bases.saved', { base: formatYuan(b.baseFen), month: b.fromMonth }));
    if (b.newPayMonth && b.newPayMonth !== b.fromMonth) message.info(t('dues.bases.shifted', { paid: b.newPayMonth, month: b.fromMonth }));
    form.setFieldValue('base', '');
    onDone?.();
  };

  return (
    <Form<Values>
      name="dues-base"
      form={form}
      layout="vertical"
      requiredMark={false}
      className="tx-dues-form"
      initialValues={{ line, category: 'EMPLOYED', base: '', fromMonth: monthPicker(currentMonth()) }}
      onFinish={submit}
    >
      <FormError error={set.error} extra={set.leftovers} />
      <div className="tx-dues-form-grid">
        <Form.Item name="line" label={t('dues.fields.line')} rules={[requiredSelect(t, t('dues.fields.line'))]}>
          <Select options={DUES_LINES.map((l) => ({ value: l, label: t(`dues.lines.${l}`) }))} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="category" label={t('dues.fields.category')} rules={[requiredSelect(t, t('dues.fields.category'))]}>
          <Select options={DUES_CATEGORIES.map((c) => ({ value: c, label: t(`dues.categories.${c}`) }))} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="base" label={t('dues.fields.baseYuan')} extra={t('dues.bases.baseHelp')} rules={[amountRule(t, t('dues.fields.baseYuan'), { zero: true })]}>
          <YuanInput placeholder="3000.00" />
        </Form.Item>
        <Form.Item
          name="fromMonth"
          label={t('dues.fields.newPayMonth')}
          tooltip={t('dues.bases.newPayHelp')}
          rules={[requiredSelect(t, t('dues.fields.newPayMonth'))]}
        >
          <DatePicker picker="month" format="YYYY-MM" allowClear={false} style={{ width: '100%', maxWidth: 240 }} />
        </Form.Item>
      </div>
      <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={set.fetching} data-testid="dues-set-base">
        {t('dues.bases.submit')}
      </Button>
    </Form>
  );
}
