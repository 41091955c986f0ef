import { useEffect } from 'react';
import { App as AntApp, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SetCalendarDayMutation } from './operations';
import { DAY_KINDS, MAX_YEAR, MIN_YEAR } from './calendar';
import { FormError } from '../../components/FormError';
import type { CalendarDayFieldsFragment, CalendarDayKind } from '../../gql/graphql';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { toNaiveDate } from '../../lib/format';
import { useFormMutation } from '../../lib/useFormMutation';

const FIELDS = ['date', 'kind', 'name', 'sourceNote'] as const;

interface DayValues {
  date: dayjs.Dayjs | null;
  kind: CalendarDayKind;
  name: string;
  sourceNote: string;
}

/**
 * 调整某日: the tenant's own arrangement of one day, with the notice behind it. Opened on a listed
 * day it starts from that day's entry; otherwise from an empty day off in `year`.
 */
export function CalendarDayDialog({
  day,
  year,
  open,
  onClose,
  onSaved,
}: {
  day: CalendarDayFieldsFragment | null;
  year: number;
  open: boolean;
  onClose: () => void;
  onSaved: (date: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<DayValues>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(SetCalendarDayMutation, form, FIELDS);

  useEffect(() => {
    if (!open) return;
    clear();
    form.resetFields();
    form.setFieldsValue(
      day
        ? { date: dayjs(day.date), kind: day.kind, name: day.name, sourceNote: day.overridden ? day.source : '' }
        : { date: null, kind: 'HOLIDAY', name: '', sourceNote: '' },
    );
  }, [open, day, form, clear]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const date = toNaiveDate(v.date);
    if (!date) return;
    const { data } = await submit({ input: { date, kind: v.kind, name: v.name.trim(), sourceNote: v.sourceNote.trim() } });
    if (data) {
      message.success(t('rules.calendar.adjusted', { date }));
      onSaved(date);
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={day ? t('rules.calendar.dialog.titleDate', { date: day.date }) : t('rules.calendar.adjustDay')}
      onCancel={onClose}
      forceRender
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={fetching} onClick={onOk}>
          {t('common.save')}
        </Button>,
      ]}
    >
      <FormError error={error} extra={leftovers} />
      <Form<DayValues> name="calendarDay" form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="date" label={t('rules.calendar.dialog.date')} rules={[requiredSelect(t, t('rules.calendar.dialog.date'))]}>
          <DatePicker
            style={{ width: '100%' }}
            format="YYYY-MM-DD"
            defaultPickerValue={dayjs(new Date(year, 0, 1))}
            minDate={dayjs(new Date(MIN_YEAR, 0, 1))}
            maxDate={dayjs(new Date(MAX_YEAR, 11, 31))}
          />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('rules.calendar.dialog.kind')}
          extra={t('rules.calendar.dialog.kindHelp')}
          rules={[requiredSelect(t, t('rules.calendar.dialog.kind'))]}
        >
          <Select options={DAY_KINDS.map((k) => ({ value: k, label: t(`rules.calendar.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('rules.calendar.dialog.name')}
          rules={[required(t, t('rules.calendar.dialog.name')), maxLen(t, 50)]}
        >
          <Input placeholder={t('rules.calendar.dialog.namePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="sourceNote"
          label={t('rules.calendar.dialog.sourceNote')}
          extra={t('rules.calendar.dialog.sourceNoteHelp')}
          rules={[required(t, t('rules.calendar.dialog.sourceNote')), maxLen(t, 500)]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('rules.calendar.dialog.sourceNotePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
