// The working-day calendar (节假日与调休): pure helpers for the page, tested without rendering.
// A working day is Monday–Friday, minus the days off (放假), plus the weekend days worked (调休上班).
import dayjs from 'dayjs';
import { DEFAULT_TIME_ZONE } from '../../lib/format';
import type { CalendarDayKind } from '../../gql/graphql';

/** The kinds of a calendar entry, in the order the dialog offers them. */
export const DAY_KINDS = ['HOLIDAY', 'WORKDAY', 'REGULAR'] as const satisfies readonly CalendarDayKind[];

/** The tag colour of a kind: 放假 red, 调休上班 blue, 按常规 the default tag. */
export const KIND_COLORS: Record<CalendarDayKind, string | undefined> = {
  HOLIDAY: 'red',
  WORKDAY: 'blue',
  REGULAR: undefined,
};

/** Weekday numbers as dayjs counts them (0 = Sunday), Monday first as Chinese calendars show them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** The years the calendar covers (the API refuses dates outside them). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The fields of an entry these helpers read. */
export interface DayLike {
  date: string;
  kind: CalendarDayKind;
}

/** The weekday of a NaiveDate (`YYYY-MM-DD`), 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return dayjs(date).day();
}

export function isWeekend(date: string): boolean {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
}

/**
 * Whether a day is worked: an entry's kind decides (放假 no, 调休上班 yes); without one, or with
 * 按常规, Monday to Friday are.
 */
export function isWorkingDay(date: string, entry?: DayLike | null): boolean {
  if (entry?.kind === 'HOLIDAY') return false;
  if (entry?.kind === 'WORKDAY') return true;
  return !isWeekend(date);
}

/** The current year in Beijing (where the national arrangement applies). */
export function beijingYear(now: Date = new Date()): number {
  return dayjs(now).tz(DEFAULT_TIME_ZONE).year();
}

/** A `?year=` value as a year the calendar covers, or null. */
export function parseYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const y = Number(value);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** The years to choose from: the previous, this and the next, and `selected` when it is another. */
export function yearChoices(thisYear: number, selected: number = thisYear): number[] {
  const years = new Set([thisYear - 1, thisYear, thisYear + 1, selected]);
  return [...years].filter((y) => y >= MIN_YEAR && y <= MAX_YEAR).sort((a, b) => a - b);
}

/** The month (1–12) of a NaiveDate. */
export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

/** Entries grouped by month (1–12), months and days in date order; months without entries are left out. */
export function groupByMonth<D extends DayLike>(days: readonly D[]): { month: number; days: D[] }[] {
  const months = new Map<number, D[]>();
  for (const d of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const m = monthOf(d.date);
    const list = months.get(m);
    if (list) list.push(d);
    else months.set(m, [d]);
  }
  return [...months].sort(([a], [b]) => a - b).map(([month, ds]) => ({ month, days: ds }));
}

/** One day of a month grid. */
export interface GridCell<D extends DayLike> {
  date: string;
  day: number;
  weekday: number;
  working: boolean;
  entry: D | null;
}

/**
 * A month as weeks of seven cells, Monday first; `null` pads the first and last weeks. Each day
 * carries its entry (if any) and whether it is worked.
 */
export function monthWeeks<D extends DayLike>(year: number, month: number, entries: ReadonlyMap<string, D>): (GridCell<D> | null)[][] {
  const first = dayjs(new Date(year, month - 1, 1));
  const cells: (GridCell<D> | null)[] = Array.from({ length: (first.day() + 6) % 7 }, () => null);
  for (let day = 1; day <= first.daysInMonth(); day++) {
    const date = first.date(day).format('YYYY-MM-DD');
    const entry = entries.get(date) ?? null;
    cells.push({ date, day, weekday: weekdayOf(date), working: isWorkingDay(date, entry), entry });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (GridCell<D> | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
