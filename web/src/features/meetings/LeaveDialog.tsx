import { useEffect } from 'react';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequestMeetingLeaveMutation } from './operations';
import { FormDialog } from '../../components/FormDialog';
import { MAX_REASON } from './meetings';
import type { Meeting } from './useMeeting';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

const FIELDS = ['reason'] as const;

/** 请假: a reason for the organisers, who approve or refuse it. */
export function LeaveDialog({ meeting, open, onClose, onDone }: { meeting: Meeting; open: boolean; onClose: () => void; onDone: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const leave = useFormMutation(RequestMeetingLeaveMutation, form, FIELDS);
  useEffect(() => {
    if (open) {
      leave.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await leave.submit({ input: { meetingId: meeting.id, reason: v.reason.trim() } });
    if (data) onDone(data.requestMeetingLeave.meeting);
  };

  return (
    <FormDialog
      open={open}
      title={t('meetings.leave.title', { title: meeting.title })}
      okText={t('meetings.leave.submit')}
      onOk={onOk}
      onClose={onClose}
      fetching={leave.fetching}
      intro={<Typography.Paragraph type="secondary">{t('meetings.leave.help')}</Typography.Paragraph>}
      error={leave.error}
      leftovers={leave.leftovers}
      form={form}
      name="meeting-leave"
    >
      <Form.Item name="reason" label={t('meetings.leave.reason')} rules={[required(t, t('meetings.leave.reason')), maxLen(t, MAX_REASON)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={MAX_REASON} showCount />
      </Form.Item>
    </FormDialog>
  );
}
