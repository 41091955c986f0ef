import { useEffect } from 'react';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CancelMeetingMutation } from './operations';
import { FormDialog } from '../../components/FormDialog';
import { MAX_REASON } from './meetings';
import type { Meeting } from './useMeeting';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

const FIELDS = ['reason'] as const;

/** 取消会议, asked first: the invitees are told, with the reason. */
export function CancelDialog({ meeting, open, onClose, onDone }: { meeting: Meeting; open: boolean; onClose: () => void; onDone: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useFormMutation(CancelMeetingMutation, form, FIELDS);
  useEffect(() => {
    if (open) {
      cancel.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await cancel.submit({ input: { meetingId: meeting.id, reason: v.reason.trim() } });
    if (data) onDone(data.cancelMeeting.meeting);
  };

  return (
    <FormDialog
      open={open}
      title={t('meetings.cancel.title', { title: meeting.title })}
      okText={t('meetings.cancel.confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('meetings.cancel.keep')}
      onOk={onOk}
      onClose={onClose}
      fetching={cancel.fetching}
      intro={<Typography.Paragraph>{t('meetings.cancel.body', { count: meeting.attendance.expected })}</Typography.Paragraph>}
      error={cancel.error}
      leftovers={cancel.leftovers}
      form={form}
      name="meeting-cancel"
    >
      <Form.Item name="reason" label={t('meetings.cancel.reason')} rules={[required(t, t('meetings.cancel.reason')), maxLen(t, MAX_REASON)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={MAX_REASON} showCount />
      </Form.Item>
    </FormDialog>
  );
}
