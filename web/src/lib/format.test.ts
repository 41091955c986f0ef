import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, formatDate, formatDateTime, isoToPicker, pickerToIso, setDisplayTimeZone, truncate } from './format';

describe('date formatting in the tenant time zone', () => {
  afterEach(() => setDisplayTimeZone(DEFAULT_TIME_ZONE));

  it('shows instants in Asia/Shanghai by default', () => {
    expect(formatDateTime('2026-01-01T16:30:00Z')).toBe('2026-01-02 00:30');
    expect(formatDate('2026-01-01T16:30:00Z')).toBe('2026-01-02');
  });

  it('follows setDisplayTimeZone', () => {
    setDisplayTimeZone('UTC');
    expect(formatDateTime('2026-01-01T16:30:00Z')).toBe('2026-01-01 16:30');
    expect(formatDate('2026-01-01T16:30:00Z')).toBe('2026-01-01');
    setDisplayTimeZone('Asia/Shanghai');
    expect(formatDateTime('2026-01-01T16:30:00Z')).toBe('2026-01-02 00:30');
  });

  it('never shifts a plain calendar date', () => {
    setDisplayTimeZone('UTC');
    expect(formatDate('2026-03-01')).toBe('2026-03-01');
    setDisplayTimeZone('Pacific/Kiritimati');
    expect(formatDate('2026-03-01')).toBe('2026-03-01');
  });

  it('treats empty values as empty', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });
});

describe('truncate', () => {
  it('keeps short text as it is', () => {
    expect(truncate('连接超时', 10)).toBe('连接超时');
    expect(truncate('1234567890', 10)).toBe('1234567890');
  });

  it('cuts long text to the limit with an ellipsis', () => {
    expect(truncate('12345678901', 10)).toBe('123456789…');
    expect(truncate('邮件服务器拒绝了连接：550 mailbox unavailable', 8)).toBe('邮件服务器拒绝…');
  });

  it('makes one line of a multi-line error', () => {
    expect(truncate('smtp error\n  at send (mail.rs:42)\n', 100)).toBe('smtp error at send (mail.rs:42)');
  });

  it('treats missing text as empty', () => {
    expect(truncate(null, 10)).toBe('');
    expect(truncate(undefined, 10)).toBe('');
  });
});

describe('picker times', () => {
  afterEach(() => setDisplayTimeZone('Asia/Shanghai'));

  it('reads a picked wall-clock time in the tenant zone and shows an instant the same way', () => {
    setDisplayTimeZone('Asia/Shanghai');
    const picked = dayjs('2026-06-01T09:30:00');
    expect(pickerToIso(picked)).toBe('2026-06-01T01:30:00.000Z');
    expect(isoToPicker('2026-06-01T01:30:00Z')?.format('YYYY-MM-DD HH:mm')).toBe('2026-06-01 09:30');
    setDisplayTimeZone('Europe/Berlin');
    expect(pickerToIso(picked)).toBe('2026-06-01T07:30:00.000Z');
    expect(pickerToIso(null)).toBeNull();
    expect(isoToPicker(null)).toBeNull();
  });
});
