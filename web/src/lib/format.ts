import dayjs from 'dayjs';

export function formatDateTime(s: string | null | undefined): string {
  return s ? dayjs(s).format('YYYY-MM-DD HH:mm') : '';
}

export function formatDate(s: string | null | undefined): string {
  return s ? dayjs(s).format('YYYY-MM-DD') : '';
}

/** A DatePicker value as the API's NaiveDate. */
export function toNaiveDate(d: dayjs.Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM-DD') : null;
}
