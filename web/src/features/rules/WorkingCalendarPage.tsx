import { useMemo, useState } from 'react';
import { App as AntApp, Alert, Button, Segmented, Skeleton, Tabs, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ResetCalendarDayMutation, WorkingCalendarQuery } from './operations';
import { beijingYear, parseYear, yearChoices } from './calendar';
import { CalendarDayDialog } from './CalendarDayDialog';
import { CalendarDayList } from './CalendarDayList';
import { DeadlineCalculator } from './DeadlineCalculator';
import { YearGrid } from './YearGrid';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import type { CalendarDayFieldsFragment as Day } from '../../gql/graphql';
import { useQueryParams } from '../../lib/useQueryParams';

/**
 * 节假日与调休 (`/rules/calendar`): the working days statutory deadlines are counted in — the
 * national arrangement of a year and the tenant's own days. Every member reads it; tenant
 * administrators (`tenant:write`, as for the rules) adjust single days.
 */
export default function WorkingCalendarPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { can } = useViewer();
  const canEdit = can('tenant:write');
  const [params, setParams] = useQueryParams();
  const thisYear = useMemo(() => beijingYear(), []);
  const year = parseYear(params.get('year')) ?? thisYear;
  const [{ data, fetching, error }, refetch] = useQuery({ query: WorkingCalendarQuery, variables: { year } });
  const [, reset] = useMutation(ResetCalendarDayMutation);
  const [editing, setEditing] = useState<Day | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [version, setVersion] = useState(0);

  const calendar = data?.workingCalendar.year === year ? data.workingCalendar : null;
  const e = describeError(error, t);

  const changed = () => {
    refetch({ requestPolicy: 'network-only' });
    setVersion((v) => v + 1);
  };

  const setYear = (y: number) => setParams({ year: y === thisYear ? null : String(y) });

  const adjust = (d: Day | null) => {
    setEditing(d);
    setDialogOpen(true);
  };

  const doReset = async (d: Day) => {
    const res = await reset({ date: d.date });
    if (res.error) {
      const info = describeError(res.error, t);
      message.error(info ? errorText(info) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('rules.calendar.resetDone', { date: d.date }));
    changed();
  };

  const onSaved = (date: string) => {
    const y = Number(date.slice(0, 4));
    if (y !== year) setYear(y);
    changed();
  };

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.workingCalendar')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('rules.calendar.intro')} {canEdit ? t('rules.calendar.introAdmin') : t('rules.calendar.introReadOnly')}{' '}
        <Link to="/rules">{t('rules.calendar.backToRules')}</Link>
      </Typography.Paragraph>
      <div className="tx-toolbar">
        <Segmented<number>
          aria-label={t('rules.calendar.year')}
          value={year}
          onChange={setYear}
          options={yearChoices(thisYear, year).map((y) => ({ value: y, label: t('rules.calendar.yearOption', { year: y }) }))}
        />
        {canEdit && (
          <Button icon={<CalendarOutlined />} onClick={() => adjust(null)}>
            {t('rules.calendar.adjustDay')}
          </Button>
        )}
      </div>
      {e && <FormError error={e} />}
      {!calendar ? (
        fetching && (
          <div role="status" aria-live="polite" aria-label={t('common.loading')}>
            <Skeleton active paragraph={{ rows: 8 }} />
          </div>
        )
      ) : (
        <>
          {!calendar.seeded && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('rules.calendar.unseeded')} />}
          {calendar.source && (
            <Typography.Paragraph className="tx-rule-source">
              <Typography.Text type="secondary">{t('rules.calendar.nationalSource')}</Typography.Text>
              {calendar.source}
            </Typography.Paragraph>
          )}
          <Tabs
            items={[
              {
                key: 'list',
                label: t('rules.calendar.viewList'),
                children: (
                  <CalendarDayList
                    days={calendar.days}
                    yearSource={calendar.source ?? null}
                    canEdit={canEdit}
                    onAdjust={adjust}
                    onReset={doReset}
                  />
                ),
              },
              { key: 'grid', label: t('rules.calendar.viewGrid'), children: <YearGrid year={calendar.year} days={calendar.days} /> },
            ]}
          />
        </>
      )}
      <DeadlineCalculator calendarVersion={version} />
      {canEdit && (
        <CalendarDayDialog day={editing} year={year} open={dialogOpen} onClose={() => setDialogOpen(false)} onSaved={onSaved} />
      )}
    </div>
  );
}
