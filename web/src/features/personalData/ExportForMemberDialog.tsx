import { useEffect } from 'react';
import { Alert, App as AntApp, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog';
import { useFormMutation } from '../../lib/useFormMutation';
import { ExportPersonalDataForMutation } from './operations';
import { REASON_MAX, reasonProblem } from './personalData';

const FIELDS = ['reason', 'memberId'];

/** 代为导出个人信息: an administrator produces a member's export on their request, with a reason (audited, told to the member). */
export function ExportForMemberDialog({ member, onClose }: { member: { id: string; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const exportFor = useFormMutation(ExportPersonalDataForMutation, form, FIELDS);
  useEffect(() => {
    if (member) {
      exportFor.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [member]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !member) return;
    const { data } = await exportFor.submit({ input: { memberId: member.id, reason: v.reason.trim() } });
    if (!data) return;
    void message.success(t('personalData.admin.done'));
    onClose();
  };

  return (
    <FormDialog<{ reason: string }>
      open={!!member}
      title={t('personalData.admin.title', { name: member?.name ?? '' })}
      okText={t('personalData.admin.ok')}
      cancelText={t('common.cancel')}
      onOk={() => void onOk()}
      onClose={onClose}
      fetching={exportFor.fetching}
      intro={<Alert type="info" showIcon title={t('personalData.admin.intro')} style={{ marginBottom: 12 }} />}
      error={exportFor.error}
      leftovers={exportFor.leftovers}
      form={form}
      name="personal-data-for"
    >
      <Form.Item
        name="reason"
        label={t('personalData.admin.reason')}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              const p = reasonProblem(value ?? '');
              if (p) throw new Error(t(`personalData.admin.reasonProblem.${p}`));
            },
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={REASON_MAX} showCount placeholder={t('personalData.admin.reasonPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
