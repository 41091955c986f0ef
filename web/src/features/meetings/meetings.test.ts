import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { MEETING_TYPES } from '../../test/meetings';
import {
  absoluteUrl,
  complianceSummary,
  dayRange,
  daysLeftText,
  frequencyText,
  isGeneralMeeting,
  meetingPhase,
  meetingsByDay,
  monthRange,
  schedulePath,
  secondsUntil,
  sharePercent,
  sortCompliance,
  timeRange,
  typesByLine,
} from './meetings';
import { formatDateTime } from '../../lib/format';

describe('meetings (pure parts)', () => {
  it('says how often the rules want a type', () => {
    expect(frequencyText(3)).toEqual({ key: 'meetings.frequency.months', values: { count: 3 } });
    expect(frequencyText(1).key).toBe('meetings.frequency.monthly');
    expect(frequencyText(12).key).toBe('meetings.frequency.yearly');
    expect(frequencyText(null).key).toBe('meetings.frequency.none');
  });

  it('groups types by line, narrowed to the org’s line, with 其他 last', () => {
    expect(typesByLine(MEETING_TYPES).map((g) => [g.line, g.types.map((t) => t.type)])).toEqual([
      ['PARTY', ['BRANCH_GENERAL_MEETING', 'BRANCH_COMMITTEE']],
      ['YOUTH', ['LEAGUE_DAY']],
      ['OTHER', ['OTHER']],
    ]);
    expect(typesByLine(MEETING_TYPES, 'YOUTH').map((g) => g.line)).toEqual(['YOUTH', 'OTHER']);
    // An admin department holds any type.
    expect(typesByLine(MEETING_TYPES, 'ADMIN').map((g) => g.line)).toEqual(['PARTY', 'YOUTH', 'OTHER']);
  });

  it('knows general meetings (an election is offered for them)', () => {
    expect(isGeneralMeeting(MEETING_TYPES[0])).toBe(true);
    expect(isGeneralMeeting(MEETING_TYPES[1])).toBe(false);
    expect(isGeneralMeeting(null)).toBe(false);
  });

  it('tells upcoming, ongoing, ended and cancelled apart', () => {
    const now = new Date('2026-06-05T06:00:00Z');
    const m = { status: 'SCHEDULED' as const, held: false, startsAt: '2026-06-05T07:00:00Z', endsAt: '2026-06-05T08:00:00Z' };
    expect(meetingPhase(m, now)).toBe('upcoming');
    expect(meetingPhase({ ...m, startsAt: '2026-06-05T05:00:00Z' }, now)).toBe('ongoing');
    expect(meetingPhase({ ...m, endsAt: '2026-06-05T06:00:00Z' }, now)).toBe('ended');
    expect(meetingPhase({ ...m, status: 'CANCELLED' }, now)).toBe('cancelled');
  });

  it('writes shares, paths, links and time ranges for people', () => {
    expect(sharePercent(0.5)).toBe('50%');
    expect(sharePercent(2 / 3)).toBe('66.7%');
    expect(schedulePath('o 1', 'BRANCH_COMMITTEE')).toBe('/meetings/new?org=o+1&type=BRANCH_COMMITTEE');
    expect(schedulePath()).toBe('/meetings/new');
    expect(absoluteUrl('/meetings/m1/checkin?code=x', 'https://tx.example.cn')).toBe('https://tx.example.cn/meetings/m1/checkin?code=x');
    expect(absoluteUrl('https://cal.example.cn/a.ics', 'https://tx.example.cn')).toBe('https://cal.example.cn/a.ics');
    // Shanghai: 14:30–16:00 the same day; across days both dates.
    expect(timeRange('2026-06-05T06:30:00Z', '2026-06-05T08:00:00Z', formatDateTime)).toBe('2026-06-05 14:30–16:00');
    expect(timeRange('2026-06-05T06:30:00Z', '2026-06-06T08:00:00Z', formatDateTime)).toBe('2026-06-05 14:30 – 2026-06-06 16:00');
  });

  it('bounds months and day ranges in the tenant’s zone', () => {
    expect(monthRange(dayjs('2026-06-17'))).toEqual({ from: '2026-05-31T16:00:00.000Z', to: '2026-06-30T16:00:00.000Z' });
    expect(dayRange(dayjs('2026-06-01'), dayjs('2026-06-02'))).toEqual({ from: '2026-05-31T16:00:00.000Z', to: '2026-06-02T16:00:00.000Z' });
    expect(dayRange(null, null)).toEqual({ from: null, to: null });
  });

  it('puts meetings on the day they start in Shanghai, earliest first', () => {
    const byDay = meetingsByDay([
      { id: 'b', startsAt: '2026-06-05T08:00:00Z' },
      { id: 'a', startsAt: '2026-06-05T01:00:00Z' },
      // 23:30 UTC is the next morning in Shanghai.
      { id: 'c', startsAt: '2026-06-05T23:30:00Z' },
    ]);
    expect(byDay.get('2026-06-05')?.map((m) => m.id)).toEqual(['a', 'b']);
    expect(byDay.get('2026-06-06')?.map((m) => m.id)).toEqual(['c']);
  });

  it('counts down in whole seconds', () => {
    expect(secondsUntil(10_500, 0)).toBe(11);
    expect(secondsUntil(0, 5_000)).toBe(0);
  });

  it('sorts compliance behind first and sums who is behind', () => {
    const rows = [
      { orgId: 'o1', status: 'DONE' as const, warning: false, daysLeft: 40 },
      { orgId: 'o1', status: 'DUE' as const, warning: true, daysLeft: 3 },
      { orgId: 'o2', status: 'OVERDUE' as const, warning: true, daysLeft: 20 },
      { orgId: 'o2', status: 'SCHEDULED' as const, warning: false, daysLeft: 10 },
      { orgId: 'o3', status: 'DUE' as const, warning: false, daysLeft: 50 },
    ];
    expect(sortCompliance(rows).map((r) => `${r.orgId}:${r.status}`)).toEqual(['o2:OVERDUE', 'o1:DUE', 'o3:DUE', 'o2:SCHEDULED', 'o1:DONE']);
    expect(complianceSummary(rows)).toEqual({ orgs: 3, behindOrgs: 2, behindRows: 2, overdue: 1 });
    expect(daysLeftText(0).key).toBe('meetings.compliance.dueToday');
    expect(daysLeftText(-3)).toEqual({ key: 'meetings.compliance.daysPast', values: { count: 3 } });
    expect(daysLeftText(5)).toEqual({ key: 'meetings.compliance.daysLeft', values: { count: 5 } });
  });
});
