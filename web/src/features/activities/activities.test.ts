import { describe, expect, it } from 'vitest';
import { base64UrlEncode } from '../../lib/notificationDetail';
import { activityDays, activityNotificationPath, byDay, fieldProblems, formatHours, newField, placesTaken, toAnswers, toFieldInput } from './activities';

describe('activities', () => {
  it('sends choice options one per line, trimmed, and none for other kinds', () => {
    const choice = { ...newField('CHOICE'), label: ' 衣服尺码 ', options: 'M\n L \n\nXL' };
    expect(toFieldInput(choice)).toEqual({ label: '衣服尺码', kind: 'CHOICE', required: false, options: ['M', 'L', 'XL'] });
    expect(toFieldInput({ ...choice, kind: 'TEXT' }).options).toEqual([]);
  });

  it('names what a field lacks before sending', () => {
    expect(fieldProblems(newField('TEXT'))).toEqual(['label']);
    expect(fieldProblems({ ...newField('CHOICE'), label: '尺码', options: 'M' })).toEqual(['options']);
    expect(fieldProblems({ ...newField('NUMBER'), label: '家属人数' })).toEqual([]);
  });

  it('leaves empty answers out and sends numbers as text', () => {
    expect(toAnswers({ a: 'L', b: 2, c: '', d: null, e: undefined, f: '  ' })).toEqual([
      { fieldId: 'a', value: 'L' },
      { fieldId: 'b', value: '2' },
    ]);
  });

  it('writes hours and places plainly', () => {
    expect(formatHours(2.5)).toBe('2.5');
    expect(formatHours(3)).toBe('3');
    expect(placesTaken(3, 10)).toBe('3 / 10');
    expect(placesTaken(3, null)).toBe('3');
  });

  it('leads an ACTIVITY notification to its activity', () => {
    const raw = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(activityNotificationPath({ kind: 'ACTIVITY', detail: { activity: raw } })).toBe(`/activities/${encodeURIComponent(base64UrlEncode(`Activity:${raw}`))}`);
    expect(activityNotificationPath({ kind: 'SURVEY', detail: { activity: raw } })).toBeNull();
  });

  it('places an activity on every day it covers in the display time zone', () => {
    // 23:30 UTC is 07:30 the next day in Beijing.
    expect(activityDays('2026-12-05T23:30:00Z', '2026-12-06T02:00:00Z', 'Asia/Shanghai')).toEqual(['2026-12-06']);
    expect(activityDays('2026-12-06T01:00:00Z', '2026-12-07T09:00:00Z', 'Asia/Shanghai')).toEqual(['2026-12-06', '2026-12-07']);
  });

  it('groups activities by day in start order', () => {
    const late = { id: 'b', startsAt: '2026-12-06T08:00:00Z', endsAt: '2026-12-06T09:00:00Z' };
    const early = { id: 'a', startsAt: '2026-12-06T01:00:00Z', endsAt: '2026-12-07T02:00:00Z' };
    const days = byDay([late, early], 'Asia/Shanghai');
    expect(days.get('2026-12-06')?.map((x) => x.id)).toEqual(['a', 'b']);
    expect(days.get('2026-12-07')?.map((x) => x.id)).toEqual(['a']);
    expect(days.has('2026-12-08')).toBe(false);
  });
});
