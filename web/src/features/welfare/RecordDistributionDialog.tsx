import { useEffect } from 'react';
import { App as AntApp, Checkbox, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WelfareCategory } from '../../gql/graphql';
import { FormDialog } from '../../components/FormDialog';
import { MemberPicker } from '../../components/MemberPicker';
import { requiredSelect } from '../../lib/formRules';
import { toNaiveDate } from '../../lib/format';
import { useFormMutation } from '../../lib/useFormMutation';
import { amountRule, YuanInput } from '../dues/amount';
import { yuanToFen } from '../dues/dues';
import { today } from '../pipeline/pipeline';
import { RecordWelfareDistributionMutation } from './operations';
import { MAX_ITEM_NAME, MAX_NOTE, WELFARE_CATEGORIES } from './welfare';

interface Values {
  memberId?: string;
  category: WelfareCategory;
  itemName: string;
  value: string;
  cashLike: boolean;
  distributedOn: dayjs.Dayjs | null;
  note?: string;
}

const FIELDS = ['memberId', 'category', 'itemName', 'value', 'cashLike', 'distributedOn', 'note'];
/** The form takes the value in yuan. */
const MAP = { valueFen: 'value' };

/**
 * 发放登记: welfare handed to a member of the org's sub-tree (a gift, a 慰问金), its category and
 * value in yuan, whether it is cash-like, the day and a note. It counts against the member's cap:
 * the server refuses what would exceed it, or cash-like welfare the rules forbid.
 */
export function RecordDistributionDialog({ open, organizationId, organizationName, onClose, onDone }: { open: boolean; organizationId: string; organizationName: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const record = useFormMutation(RecordWelfareDistributionMutation, form, FIELDS, MAP);
  useEffect(() => {
    if (open) {
      record.clear();
      form.resetFields();
      form.setFieldsValue({ category: 'HOLIDAY', cashLike: false, distributedOn: dayjs(today()) });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !v.memberId || !v.distributedOn) return;
    const { data } = await record.submit({
      input: {
        organizationId,
        memberId: v.memberId,
        category: v.category,
        itemName: v.itemName.trim(),
        valueFen: yuanToFen(v.value) ?? 0,
        cashLike: !!v.cashLike,
        distributedOn: toNaiveDate(v.distributedOn)!,
        note: v.note?.trim() || null,
      },
    });
    if (!data) return;
    void message.success(t('welfare.distribute.done', { name: data.recordWelfareDistribution.distribution.memberName }));
    onDone();
  };

  const last = dayjs(today());
  return (
    <FormDialog<Values>
      open={open}
      title={t('welfare.distribute.title')}
      okText={t('common.save')}
      onOk={() => void onOk()}
      onClose={onClose}
      fetching={record.fetching}
      intro={<Typography.Paragraph type="secondary">{t('welfare.distribute.intro', { org: organizationName })}</Typography.Paragraph>}
      error={record.error}
      leftovers={record.leftovers}
      form={form}
      name="welfare-distribute"
    >
      <Form.Item name="memberId" label={t('welfare.distribute.member')} rules={[requiredSelect(t, t('welfare.distribute.member'))]}>
        <MemberPicker aria-label={t('welfare.distribute.member')} />
      </Form.Item>
      <Form.Item name="category" label={t('welfare.fields.category')}>
        <Select aria-label={t('welfare.fields.category')} options={WELFARE_CATEGORIES.map((c) => ({ value: c, label: t(`welfare.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item name="itemName" label={t('welfare.distribute.itemName')} rules={[{ required: true, whitespace: true, message: t('welfare.distribute.itemNameRequired') }]}>
        <Input maxLength={MAX_ITEM_NAME} />
      </Form.Item>
      <Form.Item name="value" label={t('welfare.distribute.value')} rules={[amountRule(t, t('welfare.distribute.value'))]}>
        <YuanInput />
      </Form.Item>
      <Form.Item name="cashLike" valuePropName="checked" extra={t('welfare.item.cashLikeHint')}>
        <Checkbox>{t('welfare.item.cashLike')}</Checkbox>
      </Form.Item>
      <Form.Item name="distributedOn" label={t('welfare.distribute.date')} rules={[requiredSelect(t, t('welfare.distribute.date'))]}>
        <DatePicker style={{ width: '100%', maxWidth: 240 }} format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(last, 'day')} />
      </Form.Item>
      <Form.Item name="note" label={t('welfare.distribute.note')}>
        <Input.TextArea rows={2} maxLength={MAX_NOTE} showCount />
      </Form.Item>
    </FormDialog>
  );
}
