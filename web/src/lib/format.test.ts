import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, formatDate, formatDateTime, setDisplayTimeZone } from './format';

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
