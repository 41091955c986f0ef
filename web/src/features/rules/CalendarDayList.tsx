import { Button, Empty, Popconfirm, Tag, Typography } from 'antd';
import { EditOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { groupByMonth, KIND_COLORS, weekdayOf } from './calendar';
import type { CalendarDayFieldsFragment as Day } from '../../gql/graphql';

/** A kind as a coloured tag: 放假 red, 调休上班 blue, 按常规 plain. */
export function KindTag({ kind }: { kind: Day['kind'] }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind]}>{t(`rules.calendar.kinds.${kind}`)}</Tag>;
}

function DayItem({
  day,
  yearSource,
  canEdit,
  onAdjust,
  onReset,
}: {
  day: Day;
  yearSource: string | null;
  canEdit: boolean;
  onAdjust: (d: Day) => void;
  onReset: (d: Day) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <div className="tx-cal-day" data-testid={`day-${day.date}`}>
      <div className="tx-cal-day-main">
        <span className="tx-cal-date">
          <span className="tx-mono">{day.date}</span>{' '}
          <Typography.Text type="secondary">{t(`rules.calendar.weekdays.${weekdayOf(day.date)}`)}</Typography.Text>
        </span>
        <span className="tx-cal-tags">
          <KindTag kind={day.kind} />
          {day.overridden && (
            <Tag color="orange">
              {t('rules.calendar.overridden')}
              {' · '}
              {day.nationalKind
                ? t('rules.calendar.replaced', { kind: t(`rules.calendar.kinds.${day.nationalKind}`) })
                : t('rules.calendar.replacedNone')}
            </Tag>
          )}
        </span>
        <Typography.Text strong className="tx-cal-name">
          {day.name}
        </Typography.Text>
      </div>
      {/* The year's notice is shown once above; a day shows its own when it has another. */}
      {day.source && day.source !== yearSource && (
        <div className="tx-rule-source">
          <Typography.Text type="secondary">{t('rules.sourceLabel')}</Typography.Text>
          {day.source}
        </div>
      )}
      {canEdit && (
        <div className="tx-rule-actions tx-cal-actions">
          <Button size="small" icon={<EditOutlined />} onClick={() => onAdjust(day)} aria-label={t('rules.calendar.adjustDate', { date: day.date })}>
            {t('rules.calendar.adjust')}
          </Button>
          {day.overridden && (
            <Popconfirm
              title={t('rules.calendar.resetConfirm', { date: day.date })}
              description={t('rules.calendar.resetBody')}
              okText={t('rules.calendar.reset')}
              cancelText={t('common.cancel')}
              onConfirm={() => onReset(day)}
            >
              <Button size="small" icon={<UndoOutlined />}>
                {t('rules.calendar.reset')}
              </Button>
            </Popconfirm>
          )}
        </div>
      )}
    </div>
  );
}

/** The year's exceptional days, month by month. */
export function CalendarDayList({
  days,
  yearSource,
  canEdit,
  onAdjust,
  onReset,
}: {
  days: readonly Day[];
  yearSource: string | null;
  canEdit: boolean;
  onAdjust: (d: Day) => void;
  onReset: (d: Day) => Promise<void>;
}) {
  const { t } = useTranslation();
  const months = groupByMonth(days);
  if (months.length === 0) return <Empty description={t('rules.calendar.empty')} />;
  return (
    <div className="tx-cal-months">
      {months.map(({ month, days: ds }) => (
        <section key={month} className="tx-cal-month" aria-labelledby={`cal-month-${month}`}>
          <div className="tx-cal-month-head">
            <Typography.Title level={4} id={`cal-month-${month}`} style={{ margin: 0 }}>
              {t('rules.calendar.month', { month })}
            </Typography.Title>
            <Typography.Text type="secondary">{t('rules.calendar.count', { count: ds.length })}</Typography.Text>
          </div>
          {ds.map((d) => (
            <DayItem key={d.date} day={d} yearSource={yearSource} canEdit={canEdit} onAdjust={onAdjust} onReset={onReset} />
          ))}
        </section>
      ))}
    </div>
  );
}
