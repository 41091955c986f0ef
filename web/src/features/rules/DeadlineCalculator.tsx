import { useEffect, useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { WorkingDayDeadlineQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { formatDateTime, isoToPicker, pickerToIso } from '../../lib/format';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

interface TrialValues {
  from: dayjs.Dayjs | null;
  workingDays: number | null;
}

/** Now, to the minute, as the picker's value. */
function nowToTheMinute(): dayjs.Dayjs | null {
  return isoToPicker(new Date().toISOString())?.second(0).millisecond(0) ?? null;
}

/**
 * 期限试算: the deadline a number of working days after a moment, as the server counts it.
 * `calendarVersion` changes when the tenant's calendar does: a result shown is then asked again.
 */
export function DeadlineCalculator({ calendarVersion }: { calendarVersion: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TrialValues>();
  const [vars, setVars] = useState<{ from: string; workingDays: number } | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WorkingDayDeadlineQuery,
    variables: vars ?? { from: '', workingDays: 0 },
    pause: !vars,
    requestPolicy: 'network-only',
  });

  useEffect(() => {
    if (calendarVersion > 0 && vars) reexecute({ requestPolicy: 'network-only' });
    // Only a change of the calendar asks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [calendarVersion]);

  const onFinish = (v: TrialValues) => {
    const from = pickerToIso(v.from);
    if (!from || !v.workingDays) return;
    if (vars && vars.from === from && vars.workingDays === v.workingDays) reexecute({ requestPolicy: 'network-only' });
    else setVars({ from, workingDays: v.workingDays });
  };

  const e = describeError(error, t);
  const until = vars && !fetching && !error ? data?.workingDayDeadline : undefined;

  return (
    <Card title={t('rules.calendar.deadline.title')} className="tx-cal-trial">
      <Typography.Paragraph type="secondary">{t('rules.calendar.deadline.help')}</Typography.Paragraph>
      <Form<TrialValues>
        name="deadlineTrial"
        form={form}
        layout="inline"
        requiredMark={false}
        className="tx-cal-trial-form"
        initialValues={{ from: nowToTheMinute(), workingDays: 5 }}
        onFinish={onFinish}
      >
        <Form.Item
          name="from"
          label={t('rules.calendar.deadline.from')}
          rules={[{ required: true, message: t('validation.requiredSelect', { field: t('rules.calendar.deadline.from') }) }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="workingDays"
          label={t('rules.calendar.deadline.workingDays')}
          rules={[{ required: true, message: t('validation.required', { field: t('rules.calendar.deadline.workingDays') }) }]}
        >
          <InputNumber min={1} max={366} precision={0} style={{ width: 96 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('rules.calendar.deadline.submit')}
          </Button>
        </Form.Item>
      </Form>
      {e && <FormError error={e} extra={e.fields} />}
      {vars && until && (
        <Alert
          type="success"
          role="status"
          style={{ marginTop: 12 }}
          title={t('rules.calendar.deadline.result', {
            from: formatDateTime(vars.from),
            days: vars.workingDays,
            until: formatDateTime(until),
          })}
        />
      )}
    </Card>
  );
}
