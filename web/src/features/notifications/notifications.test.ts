import { describe, expect, it } from 'vitest';
import { reminderDetail } from './notifications';

describe('reminderDetail', () => {
  const rule = { key: 'party.meeting.branch', title: '支部党员大会', source: '《中国共产党支部工作条例（试行）》第十条' };

  it('reads the due time, escalation and rule from the JSON object or its text', () => {
    const d = { dueAt: '2026-03-31T16:00:00Z', escalation: true, rule, offsetMinutes: 1440 };
    expect(reminderDetail(d)).toEqual({ dueAt: '2026-03-31T16:00:00Z', escalation: true, rule });
    expect(reminderDetail(JSON.stringify(d))).toEqual({ dueAt: '2026-03-31T16:00:00Z', escalation: true, rule });
  });

  it('treats a missing rule and a missing escalation as none', () => {
    expect(reminderDetail({ dueAt: '2026-03-31T16:00:00Z', rule: null })).toEqual({
      dueAt: '2026-03-31T16:00:00Z',
      escalation: false,
      rule: null,
    });
    expect(reminderDetail({ dueAt: '2026-03-31T16:00:00Z', rule: { key: 'x' } })?.rule).toBeNull();
  });

  it('is null for details that say nothing about a deadline', () => {
    expect(reminderDetail({})).toBeNull();
    expect(reminderDetail(null)).toBeNull();
    expect(reminderDetail('not json')).toBeNull();
    expect(reminderDetail([1, 2])).toBeNull();
  });
});
