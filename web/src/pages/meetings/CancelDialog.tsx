import { useEffect } from 'react';
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CancelMeetingMutation } from '../../api/operations';
import { FormError } from '../../components/FormError';
import { MAX_REASON } from '../../lib/meetings';
import type { Meeting } from '../../lib/useMeeting';
import { maxLen, required } from '../../lib/rules';
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
    <Modal
      open={open}
      title={t('meetings.cancel.title', { title: meeting.title })}
      okText={t('meetings.cancel.confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('meetings.cancel.keep')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={cancel.fetching}
      forceRender
    >
      <Typography.Paragraph>{t('meetings.cancel.body', { count: meeting.attendance.expected })}</Typography.Paragraph>
      <FormError error={cancel.error} extra={cancel.leftovers} />
      <Form name="meeting-cancel" form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="reason" label={t('meetings.cancel.reason')} rules={[required(t, t('meetings.cancel.reason')), maxLen(t, MAX_REASON)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={MAX_REASON} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
