import { describe, expect, it } from 'vitest';
import { beijingYear, groupByMonth, isWorkingDay, monthWeeks, parseYear, weekdayOf, yearChoices, type DayLike } from './calendar';

describe('weekdays and working days', () => {
  it('reads the weekday of a NaiveDate whatever the zone', () => {
    expect(weekdayOf('2026-02-14')).toBe(6);
    expect(weekdayOf('2026-02-15')).toBe(0);
    expect(weekdayOf('2026-02-16')).toBe(1);
  });

  it('works Monday to Friday unless an entry says otherwise', () => {
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-14')).toBe(false);
    expect(isWorkingDay('2026-02-14', { date: '2026-02-14', kind: 'WORKDAY' })).toBe(true);
    expect(isWorkingDay('2026-02-16', { date: '2026-02-16', kind: 'HOLIDAY' })).toBe(false);
    // 按常规 cancels a national entry: the weekday rule again.
    expect(isWorkingDay('2026-02-16', { date: '2026-02-16', kind: 'REGULAR' })).toBe(true);
    expect(isWorkingDay('2026-02-14', { date: '2026-02-14', kind: 'REGULAR' })).toBe(false);
  });
});

describe('years', () => {
  it('takes the year in Beijing, not the browser’s', () => {
    expect(beijingYear(new Date('2025-12-31T16:30:00Z'))).toBe(2026);
    expect(beijingYear(new Date('2025-12-31T15:30:00Z'))).toBe(2025);
  });

  it('offers the previous, this and the next year, and a year chosen by link', () => {
    expect(yearChoices(2026)).toEqual([2025, 2026, 2027]);
    expect(yearChoices(2026, 2027)).toEqual([2025, 2026, 2027]);
    expect(yearChoices(2026, 2020)).toEqual([2020, 2025, 2026, 2027]);
  });

  it('reads ?year= only within the years the calendar covers', () => {
    expect(parseYear('2027')).toBe(2027);
    expect(parseYear('1999')).toBeNull();
    expect(parseYear('2101')).toBeNull();
    expect(parseYear('20x6')).toBeNull();
    expect(parseYear(null)).toBeNull();
  });
});

describe('groupByMonth', () => {
  it('groups entries by month in date order', () => {
    const days: DayLike[] = [
      { date: '2026-02-16', kind: 'HOLIDAY' },
      { date: '2026-01-01', kind: 'HOLIDAY' },
      { date: '2026-02-14', kind: 'WORKDAY' },
      { date: '2026-10-01', kind: 'HOLIDAY' },
    ];
    expect(groupByMonth(days).map((g) => [g.month, g.days.map((d) => d.date)])).toEqual([
      [1, ['2026-01-01']],
      [2, ['2026-02-14', '2026-02-16']],
      [10, ['2026-10-01']],
    ]);
    expect(groupByMonth([])).toEqual([]);
  });
});

describe('monthWeeks', () => {
  it('lays a month out in weeks starting on Monday, with each day’s entry', () => {
    const entries = new Map<string, DayLike>([
      ['2026-02-14', { date: '2026-02-14', kind: 'WORKDAY' }],
      ['2026-02-16', { date: '2026-02-16', kind: 'HOLIDAY' }],
    ]);
    const weeks = monthWeeks(2026, 2, entries);
    // 2026-02-01 is a Sunday: six blanks before it; 28 days end on a Saturday.
    expect(weeks[0].slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0][6]).toMatchObject({ date: '2026-02-01', day: 1, weekday: 0, working: false, entry: null });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const cells = weeks.flat().filter((c) => c !== null);
    expect(cells).toHaveLength(28);
    expect(cells.find((c) => c.date === '2026-02-14')).toMatchObject({ working: true, entry: { kind: 'WORKDAY' } });
    expect(cells.find((c) => c.date === '2026-02-16')).toMatchObject({ working: false, entry: { kind: 'HOLIDAY' } });
    expect(weeks[weeks.length - 1][6]).toBeNull();
  });
});
