import { useEffect } from 'react';
import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UpdateMeetingMutation } from './operations';
import { FormDialog } from '../../components/FormDialog';
import type { Meeting } from './useMeeting';
import { useFormMutation } from '../../lib/useFormMutation';
import { FactFields } from './FactFields';
import { GeofenceFields } from './GeofenceFields';
import { FACT_FIELDS, SCHEDULE_FIELD_MAP, factValues, updateInput, type MeetingFactValues } from './scheduleForm';

/** 编辑 (改期): title, time, place, agenda and 定位签到 of a scheduled meeting; the invitees are told. */
export function RescheduleDialog({ meeting, open, onClose, onDone }: { meeting: Meeting; open: boolean; onClose: () => void; onDone: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MeetingFactValues>();
  const update = useFormMutation(UpdateMeetingMutation, form, FACT_FIELDS, SCHEDULE_FIELD_MAP);
  useEffect(() => {
    if (open) {
      update.clear();
      form.resetFields();
      form.setFieldsValue(factValues(meeting));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await update.submit({ input: updateInput(meeting.id, form.getFieldsValue(true) as MeetingFactValues) });
    if (data) onDone(data.updateMeeting.meeting);
  };

  return (
    <FormDialog
      open={open}
      title={t('meetings.reschedule.title')}
      okText={t('common.save')}
      onOk={onOk}
      onClose={onClose}
      fetching={update.fetching}
      width={720}
      intro={<Typography.Paragraph type="secondary">{t('meetings.reschedule.help')}</Typography.Paragraph>}
      error={update.error}
      leftovers={update.leftovers}
      form={form}
      name="meeting-reschedule"
      initialValues={factValues(meeting)}
    >
      <FactFields />
      <GeofenceFields />
    </FormDialog>
  );
}
