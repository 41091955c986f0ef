import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The tenant's time zone every date is shown in (not the browser's). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
let displayTimeZone = DEFAULT_TIME_ZONE;

/** Shows dates in `zone` from now on (the app shell sets it from `viewer.tenant.timeZone`). */
export function setDisplayTimeZone(zone: string): void {
  displayTimeZone = zone || DEFAULT_TIME_ZONE;
}

/** The zone dates are currently shown in. */
export function getDisplayTimeZone(): string {
  return displayTimeZone;
}

/** A calendar date without a time (the API's NaiveDate), which no time zone may shift. */
const NAIVE_DATE = /^\d{4}-\d{2}-\d{2}$/;

function inZone(s: string): dayjs.Dayjs {
  try {
    return dayjs(s).tz(displayTimeZone);
  } catch {
    // An unknown zone name (Intl throws a RangeError): fall back rather than break the page.
    return dayjs(s).tz(DEFAULT_TIME_ZONE);
  }
}

export function formatDateTime(s: string | null | undefined): string {
  return s ? inZone(s).format('YYYY-MM-DD HH:mm') : '';
}

/** An instant's calendar day in the display zone; a NaiveDate (`YYYY-MM-DD`) as it is. */
export function formatDate(s: string | null | undefined): string {
  if (!s) return '';
  return NAIVE_DATE.test(s) ? s : inZone(s).format('YYYY-MM-DD');
}

/** A DatePicker value as the API's NaiveDate. */
export function toNaiveDate(d: dayjs.Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM-DD') : null;
}

/** A one-line preview of a long text: whitespace runs become one space, cut at `max` characters with "…". */
export function truncate(s: string | null | undefined, max: number): string {
  const line = (s ?? '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join('')}…` : line;
}

// ---- Date pickers ---------------------------------------------------------------------------

const WALL = 'YYYY-MM-DDTHH:mm:ss';

/**
 * A date picker's value (a wall-clock time) as an instant, read in the tenant's time zone (the
 * zone every date is shown in), whatever the browser's zone.
 */
export function pickerToIso(d: dayjs.Dayjs | null | undefined): string | null {
  if (!d) return null;
  return dayjs.tz(d.format(WALL), getDisplayTimeZone()).toISOString();
}

/** An instant as the date picker's wall-clock value in the tenant's time zone. */
export function isoToPicker(s: string | null | undefined): dayjs.Dayjs | null {
  if (!s) return null;
  return dayjs(dayjs(s).tz(getDisplayTimeZone()).format(WALL));
}
