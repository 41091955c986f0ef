import { describe, expect, it } from 'vitest';
import { claim, duration, percent, studyNotificationPath } from './study';

describe('study helpers', () => {
  it('round progress down and never past 100', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(3, 3)).toBe(100);
    expect(percent(0, 0)).toBe(0);
  });

  it('claim the seconds since the last report within 1–300', () => {
    expect(claim(400)).toBeNull();
    expect(claim(15_200)).toBe(15);
    expect(claim(3_600_000)).toBe(300);
  });

  it('show durations in minutes and seconds', () => {
    expect(duration(45)).toBe('45 秒');
    expect(duration(185)).toBe('3 分 05 秒');
  });

  it('lead STUDY notifications to the study home', () => {
    expect(studyNotificationPath({ kind: 'STUDY', detail: { studyPlan: 'p1' } })).toBe('/study');
    expect(studyNotificationPath({ kind: 'POINTS', detail: {} })).toBeNull();
  });
});
