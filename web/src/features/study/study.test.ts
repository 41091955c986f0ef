import { describe, expect, it } from 'vitest';
import { base64UrlEncode } from '../../lib/notificationDetail';
import { claim, duration, itemInput, itemKey, percent, planAudience, studyNotificationPath } from './study';

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

  it('read a plan’s stored audience back as input, orgs by their global IDs', () => {
    const uuid = '0193A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B';
    expect(planAudience({ orgs: [{ orgId: uuid, includeSubtree: false }], lines: ['YOUTH', 'NOPE'], roles: [] })).toEqual({
      orgs: [{ orgId: base64UrlEncode(`Organization:${uuid.toLowerCase()}`), includeSubtree: false }],
      lines: ['YOUTH'],
    });
    expect(planAudience(JSON.stringify({ lines: ['PARTY'] }))).toEqual({ orgs: [], lines: ['PARTY'] });
    expect(planAudience(null)).toBeNull();
    expect(planAudience({ orgs: [{ includeSubtree: true }] })).toBeNull();
  });

  it('name plan items as the pickers do, and back', () => {
    expect(itemKey({ materialId: 'm1', courseId: null })).toBe('m:m1');
    expect(itemKey({ materialId: null, courseId: 'c1' })).toBe('c:c1');
    expect(itemKey({})).toBeNull();
    expect(itemInput('c:c1')).toEqual({ courseId: 'c1' });
    expect(itemInput('m:m1')).toEqual({ materialId: 'm1' });
  });
});
