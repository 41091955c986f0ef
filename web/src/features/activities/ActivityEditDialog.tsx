import { DatePicker, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UpdateActivityMutation } from './operations';
import { FormError } from '../../components/FormError';
import { isoToPicker, pickerToIso } from '../../lib/format';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { MAX_PLACE, MAX_TITLE } from './activities';

/** What the dialog edits of a published activity. */
export interface EditableActivity {
  id: string;
  title: string;
  description: string;
  place: string;
  startsAt: string;
  endsAt: string;
  registrationDeadline: string;
  capacity?: number | null;
  registeredCount: number;
}

interface Values {
  title: string;
  description?: string;
  place?: string;
  startsAt: dayjs.Dayjs | null;
  endsAt: dayjs.Dayjs | null;
  registrationDeadline?: dayjs.Dayjs | null;
  capacity?: number | null;
}

const FIELDS = ['title', 'description', 'place', 'startsAt', 'endsAt', 'registrationDeadline', 'capacity'] as const;
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/**
 * 修改活动: title, description, place, times, deadline and places of a published activity
 * before it starts. A new time or place is told to the registrants; more places promote
 * waitlisted members in order. The audience, kind, approval rule, fields and hours stay.
 */
export function ActivityEditDialog({ activity, open, onClose }: { activity: EditableActivity; open: boolean; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useFormMutation(UpdateActivityMutation, form, FIELDS);
  return (
    <Modal
      open={open}
      title={t('activities.edit.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.fetching}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('activities.edit.hint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          title: activity.title,
          description: activity.description,
          place: activity.place,
          startsAt: isoToPicker(activity.startsAt),
          endsAt: isoToPicker(activity.endsAt),
          registrationDeadline: isoToPicker(activity.registrationDeadline),
          capacity: activity.capacity ?? null,
        }}
        onFinish={async (v) => {
          const res = await save.submit({
            input: {
              activityId: activity.id,
              title: v.title,
              description: v.description ?? null,
              place: v.place ?? null,
              startsAt: pickerToIso(v.startsAt) ?? '',
              endsAt: pickerToIso(v.endsAt) ?? '',
              registrationDeadline: pickerToIso(v.registrationDeadline ?? null),
              capacity: v.capacity ?? null,
            },
          });
          if (res.data) onClose(true);
        }}
      >
        <FormError error={save.error} extra={save.leftovers} />
        <Form.Item name="title" label={t('activities.fields.title')} rules={[required(t, t('activities.fields.title')), maxLen(t, MAX_TITLE)]}>
          <Input maxLength={MAX_TITLE} showCount />
        </Form.Item>
        <Space wrap>
          <Form.Item name="startsAt" label={t('activities.fields.startsAt')} rules={[{ required: true, message: t('activities.create.timeRequired') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
          </Form.Item>
          <Form.Item name="endsAt" label={t('activities.fields.endsAt')} rules={[{ required: true, message: t('activities.create.timeRequired') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t('activities.fields.place')} rules={[maxLen(t, MAX_PLACE)]}>
          <Input maxLength={MAX_PLACE} />
        </Form.Item>
        <Form.Item name="description" label={t('activities.fields.description')} rules={[maxLen(t, 5000)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="capacity"
            label={t('activities.fields.capacity')}
            extra={t('activities.edit.capacityHint', { count: activity.registeredCount })}
          >
            <InputNumber min={Math.max(1, activity.registeredCount)} max={100000} precision={0} />
          </Form.Item>
          <Form.Item name="registrationDeadline" label={t('activities.fields.deadline')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
