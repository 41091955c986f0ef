import { useEffect } from 'react';
import { Alert, App as AntApp, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WelfareCampaignListFieldsFragment } from '../../gql/graphql';
import { FormDialog } from '../../components/FormDialog';
import { useFormMutation } from '../../lib/useFormMutation';
import { CancelWelfareCampaignMutation } from './operations';
import { MAX_NOTE } from './welfare';

const FIELDS = ['reason'];

/** 取消活动: a reason is required, and what follows is said first (its orders cancelled, refunds recorded). */
export function CancelCampaignDialog({ campaign, onClose, onDone }: { campaign: WelfareCampaignListFieldsFragment | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useFormMutation(CancelWelfareCampaignMutation, form, FIELDS);
  useEffect(() => {
    if (campaign) {
      cancel.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [campaign]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !campaign) return;
    const { data } = await cancel.submit({ id: campaign.id, reason: v.reason.trim() });
    if (!data) return;
    void message.success(t('welfare.cancel.done'));
    onDone();
  };

  return (
    <FormDialog<{ reason: string }>
      open={!!campaign}
      title={t('welfare.cancel.title', { title: campaign?.title ?? '' })}
      okText={t('welfare.cancel.ok')}
      cancelText={t('welfare.cancel.keep')}
      okButtonProps={{ danger: true }}
      onOk={() => void onOk()}
      onClose={onClose}
      fetching={cancel.fetching}
      intro={<Alert type="warning" showIcon title={t('welfare.cancel.warning')} style={{ marginBottom: 12 }} />}
      error={cancel.error}
      leftovers={cancel.leftovers}
      form={form}
      name="welfare-cancel"
    >
      <Form.Item name="reason" label={t('welfare.cancel.reason')} rules={[{ required: true, whitespace: true, message: t('welfare.cancel.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={MAX_NOTE} showCount />
      </Form.Item>
    </FormDialog>
  );
}
