import { App as AntApp, Button, Form, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AmendMeetingRecordMutation } from './operations';
import { FormError } from '../../components/FormError';
import { MAX_AMENDMENT } from './meetings';
import type { Meeting } from './useMeeting';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

const FIELDS = ['text'] as const;

/** 补充说明 to approved minutes (which are never edited): a dated note with its author. */
export function AmendmentForm({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const amend = useFormMutation(AmendMeetingRecordMutation, form, FIELDS);

  const submit = async (v: { text: string }) => {
    const { data } = await amend.submit({ input: { meetingId: meeting.id, text: v.text.trim() } });
    if (!data) return;
    onChange(data.amendMeetingRecord.meeting);
    form.resetFields();
    message.success(t('meetings.amend.done'));
  };

  return (
    <Form name="meeting-amend" form={form} layout="vertical" requiredMark={false} onFinish={submit} className="tx-meeting-amend">
      <FormError error={amend.error} extra={amend.leftovers} />
      <Form.Item
        name="text"
        label={t('meetings.amend.label')}
        extra={t('meetings.amend.help')}
        rules={[required(t, t('meetings.amend.label')), maxLen(t, MAX_AMENDMENT)]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={MAX_AMENDMENT} showCount />
      </Form.Item>
      <Button htmlType="submit" icon={<PlusOutlined />} loading={amend.fetching} data-testid="amend-submit">
        {t('meetings.amend.submit')}
      </Button>
    </Form>
  );
}
