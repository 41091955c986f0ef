import { useEffect } from 'react';
import { App as AntApp, DatePicker, Form, InputNumber, type ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StartLeagueCampaignMutation } from './operations';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { FormDialog } from '../../components/FormDialog';
import { toNaiveDate } from '../../lib/format';
import { requiredSelect } from '../../lib/formRules';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';

interface Values {
  orgId: string | null;
  year: number;
  closesOn: dayjs.Dayjs | null;
}

const FIELDS = ['orgId', 'year', 'closesOn'] as const;

/** 发起团籍注册: the league org (its sub-tree registers), the year and the last day. */
export function StartCampaignDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const start = useFormMutation(StartLeagueCampaignMutation, form, FIELDS);
  const { orgs, loading } = useAllOrganizations('YOUTH', !open);
  useEffect(() => {
    if (open) {
      start.clear();
      form.resetFields();
      form.setFieldsValue({ orgId: null, year: dayjs().year(), closesOn: dayjs().add(1, 'month') });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await start.submit({ input: { orgId: v.orgId!, year: v.year, closesOn: toNaiveDate(v.closesOn)! } });
    if (!data) return;
    message.success(t('league.start.done', { year: data.startLeagueCampaign.year, org: data.startLeagueCampaign.orgName }));
    onDone();
  };

  return (
    <FormDialog
      open={open}
      title={t('league.start.title')}
      okText={t('league.start.submit')}
      okButtonProps={{ 'data-testid': 'league-start-ok' } as ButtonProps}
      onOk={onOk}
      onClose={onClose}
      fetching={start.fetching}
      error={start.error}
      leftovers={start.leftovers}
      form={form}
      name="league-start"
    >
      <Form.Item name="orgId" label={t('league.fields.org')} rules={[requiredSelect(t, t('league.fields.org'))]}>
        <OrgTreeSelect orgs={orgs} loading={loading} placeholder={t('league.pickOrg')} aria-label={t('league.fields.org')} />
      </Form.Item>
      <Form.Item name="year" label={t('league.fields.year')} rules={[requiredSelect(t, t('league.fields.year'))]}>
        <InputNumber min={2000} max={2100} precision={0} aria-label={t('league.fields.year')} />
      </Form.Item>
      <Form.Item name="closesOn" label={t('league.fields.closesOn')} rules={[requiredSelect(t, t('league.fields.closesOn'))]}>
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
      </Form.Item>
    </FormDialog>
  );
}
