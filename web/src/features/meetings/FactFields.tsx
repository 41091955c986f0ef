import { DatePicker, Form, Input } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MAX_AGENDA, MAX_LOCATION, MAX_TITLE } from './meetings';
import { maxLen, required, requiredSelect } from '../../lib/formRules';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/** Title, start and end (the end after the start), place and agenda: scheduling and rescheduling. */
export function FactFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="title" label={t('meetings.fields.title')} rules={[required(t, t('meetings.fields.title')), maxLen(t, MAX_TITLE)]}>
        <Input maxLength={MAX_TITLE} showCount />
      </Form.Item>
      <div className="tx-meeting-form-grid">
        <Form.Item name="startsAt" label={t('meetings.fields.startsAt')} rules={[requiredSelect(t, t('meetings.fields.startsAt'))]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="endsAt"
          label={t('meetings.fields.endsAt')}
          dependencies={['startsAt']}
          rules={[
            requiredSelect(t, t('meetings.fields.endsAt')),
            ({ getFieldValue }) => ({
              validator: (_, v: dayjs.Dayjs | null) => {
                const start = getFieldValue('startsAt') as dayjs.Dayjs | null;
                return !v || !start || v.isAfter(start) ? Promise.resolve() : Promise.reject(new Error(t('meetings.schedule.endAfterStart')));
              },
            }),
          ]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name="location" label={t('meetings.fields.location')} rules={[maxLen(t, MAX_LOCATION)]}>
        <Input maxLength={MAX_LOCATION} placeholder={t('meetings.schedule.locationPlaceholder')} />
      </Form.Item>
      <Form.Item name="agenda" label={t('meetings.fields.agenda')} rules={[maxLen(t, MAX_AGENDA)]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={MAX_AGENDA} showCount placeholder={t('meetings.schedule.agendaPlaceholder')} />
      </Form.Item>
    </>
  );
}
