import { useEffect } from 'react';
import { App as AntApp, DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog';
import { useFormMutation } from '../../lib/useFormMutation';
import { amountRule, YuanInput } from '../dues/amount';
import { CreateWelfareCampaignMutation } from './operations';
import { CampaignItemsFields, NEW_ITEM } from './CampaignItemsFields';
import { CAMPAIGN_KINDS, MAX_DESCRIPTION, MAX_TITLE, THRESHOLD_KINDS, WELFARE_CATEGORIES, campaignInput, type CampaignValues } from './welfare';

const FIELDS = ['kind', 'category', 'title', 'description', 'thresholdKind', 'participants', 'amount', 'deadline', 'items'];

function initialValues(): Partial<CampaignValues> {
  return {
    kind: 'GROUP_BUY',
    category: 'HOLIDAY',
    thresholdKind: 'PARTICIPANTS',
    participants: 10,
    deadline: dayjs().add(7, 'day').hour(18).minute(0).second(0).millisecond(0),
    items: [{ ...NEW_ITEM }],
  };
}

/**
 * 发起福利活动 for `organizationId`: kind (拼团 / 众筹), category, title, what makes it succeed
 * (people, or an amount in yuan), the deadline (read in the tenant's zone) and the items, their
 * amounts typed in yuan and sent in fen. Server field messages land on the fields.
 */
export function CreateCampaignDialog({
  open,
  organizationId,
  organizationName,
  onClose,
  onCreated,
}: {
  open: boolean;
  organizationId: string;
  organizationName: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CampaignValues>();
  const thresholdKind = Form.useWatch('thresholdKind', form) ?? 'PARTICIPANTS';
  const create = useFormMutation(CreateWelfareCampaignMutation, form, FIELDS, { threshold: thresholdKind === 'AMOUNT' ? 'amount' : 'participants' });
  useEffect(() => {
    if (open) {
      create.clear();
      form.resetFields();
      form.setFieldsValue(initialValues());
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await create.submit({ input: campaignInput(organizationId, v) });
    if (!data) return;
    void message.success(t('welfare.create.done'));
    onCreated(data.createWelfareCampaign.campaign.id);
  };

  const now = dayjs();
  return (
    <FormDialog<CampaignValues>
      open={open}
      width={720}
      title={t('welfare.create.title')}
      okText={t('welfare.create.submit')}
      onOk={() => void onOk()}
      onClose={onClose}
      fetching={create.fetching}
      intro={<Typography.Paragraph type="secondary">{t('welfare.create.intro', { org: organizationName })}</Typography.Paragraph>}
      error={create.error}
      leftovers={create.leftovers}
      form={form}
      name="welfare-create"
      initialValues={initialValues()}
    >
      <Form.Item name="kind" label={t('welfare.fields.kind')}>
        <Radio.Group
          optionType="button"
          options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`welfare.kinds.${k}`) }))}
          onChange={(e) => form.setFieldValue('thresholdKind', e.target.value === 'CROWDFUND' ? 'AMOUNT' : 'PARTICIPANTS')}
        />
      </Form.Item>
      <Form.Item name="category" label={t('welfare.fields.category')} extra={t('welfare.create.categoryHint')}>
        <Select aria-label={t('welfare.fields.category')} options={WELFARE_CATEGORIES.map((c) => ({ value: c, label: t(`welfare.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('welfare.fields.title')} rules={[{ required: true, whitespace: true, message: t('welfare.create.titleRequired') }, { max: MAX_TITLE }]}>
        <Input maxLength={MAX_TITLE} />
      </Form.Item>
      <Form.Item name="description" label={t('welfare.fields.description')}>
        <Input.TextArea rows={3} maxLength={MAX_DESCRIPTION} showCount />
      </Form.Item>
      <Form.Item name="thresholdKind" label={t('welfare.fields.threshold')}>
        <Radio.Group options={THRESHOLD_KINDS.map((k) => ({ value: k, label: t(`welfare.thresholdKinds.${k}`) }))} />
      </Form.Item>
      {thresholdKind === 'AMOUNT' ? (
        <Form.Item name="amount" label={t('welfare.create.amount')} rules={[amountRule(t, t('welfare.create.amount'))]}>
          <YuanInput />
        </Form.Item>
      ) : (
        <Form.Item name="participants" label={t('welfare.create.participants')} rules={[{ required: true, message: t('welfare.create.participantsRequired') }]}>
          <InputNumber min={1} max={100000} precision={0} />
        </Form.Item>
      )}
      <Form.Item name="deadline" label={t('welfare.fields.deadline')} rules={[{ required: true, message: t('welfare.create.deadlineRequired') }]} extra={t('welfare.create.deadlineHint')}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%', maxWidth: 240 }}
          disabledDate={(d) => d.isBefore(now, 'day') || d.isAfter(now.add(1, 'year'), 'day')}
        />
      </Form.Item>
      <Typography.Title level={5}>{t('welfare.create.items')}</Typography.Title>
      <CampaignItemsFields form={form} />
    </FormDialog>
  );
}
