import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthWeeks, WEEKDAYS, type GridCell } from './calendar';
import type { CalendarDayFieldsFragment as Day } from '../../gql/graphql';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function cellClass(c: GridCell<Day>): string {
  const classes = ['tx-cal-cell'];
  if (c.entry?.kind === 'HOLIDAY') classes.push('tx-cal-holiday');
  else if (c.entry?.kind === 'WORKDAY') classes.push('tx-cal-workday');
  else if (!c.working) classes.push('tx-cal-rest');
  if (c.entry?.overridden) classes.push('tx-cal-overridden');
  return classes.join(' ');
}

/** The whole year at a glance: twelve small months, days off red, weekend days worked blue. */
export function YearGrid({ year, days }: { year: number; days: readonly Day[] }) {
  const { t } = useTranslation();
  const entries = useMemo(() => new Map(days.map((d) => [d.date, d])), [days]);

  const title = (c: GridCell<Day>) =>
    [
      c.date,
      t(`rules.calendar.weekdays.${c.weekday}`),
      c.entry ? `${t(`rules.calendar.kinds.${c.entry.kind}`)} · ${c.entry.name}` : null,
      c.entry?.overridden ? t('rules.calendar.overridden') : null,
    ]
      .filter(Boolean)
      .join(' ');

  return (
    <div>
      <div className="tx-cal-legend">
        <span><span className="tx-cal-swatch tx-cal-holiday" /> {t('rules.calendar.kinds.HOLIDAY')}</span>
        <span><span className="tx-cal-swatch tx-cal-workday" /> {t('rules.calendar.kinds.WORKDAY')}</span>
        <span><span className="tx-cal-swatch tx-cal-rest" /> {t('rules.calendar.weekendRest')}</span>
        <span><span className="tx-cal-swatch tx-cal-overridden" /> {t('rules.calendar.overridden')}</span>
      </div>
      <div className="tx-cal-grid">
        {MONTHS.map((m) => (
          <table key={m} className="tx-cal-mini">
            <caption>{t('rules.calendar.month', { month: m })}</caption>
            <thead>
              <tr>
                {WEEKDAYS.map((w) => (
                  <th key={w} scope="col" title={t(`rules.calendar.weekdays.${w}`)}>
                    {t(`rules.calendar.weekdaysShort.${w}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthWeeks(year, m, entries).map((week, i) => (
                <tr key={i}>
                  {week.map((c, j) => (
                    <td key={j}>
                      {c && (
                        <span className={cellClass(c)} title={title(c)}>
                          {c.day}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
