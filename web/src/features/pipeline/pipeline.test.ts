import { describe, expect, it } from 'vitest';
import { byDateDesc, defaultPipelineOrg, durationText, monthsBetween, notificationTransition, splitRefusal } from './pipeline';

describe('pipeline helpers', () => {
  it('counts whole months in a stage, and days before the first month', () => {
    expect(monthsBetween('2025-01-10', '2026-01-10')).toBe(12);
    expect(monthsBetween('2025-01-10', '2026-01-09')).toBe(11);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(0);
    expect(monthsBetween('2026-02-01', '2026-01-01')).toBe(0);
    expect(durationText('2026-06-01', '2026-06-11')).toEqual({ key: 'pipeline.card.forDays', values: { count: 10 } });
    expect(durationText('2025-05-01', '2026-06-11')).toEqual({ key: 'pipeline.card.forMonths', values: { count: 13 } });
  });

  it('splits a rule refusal into what is missing and its basis', () => {
    expect(splitRefusal('须确定至少 1 名培养联系人（依据：入党积极分子培养期，《中国共产党发展党员工作细则》第十三条；规则 party.activist.period）')).toEqual({
      message: '须确定至少 1 名培养联系人',
      basis: '入党积极分子培养期，《中国共产党发展党员工作细则》第十三条；规则 party.activist.period',
    });
    expect(splitRefusal('生效日期不能早于当前阶段的开始日期')).toEqual({ message: '生效日期不能早于当前阶段的开始日期', basis: null });
  });

  it('reads the transition of a 公示 notification as a global ID', () => {
    const id = notificationTransition({ transition: '0190c7a2-5b1e-7c3d-9f00-1234567890ab' });
    expect(atob(id!.replace(/-/g, '+').replace(/_/g, '/'))).toBe('StageTransition:0190c7a2-5b1e-7c3d-9f00-1234567890ab');
    expect(notificationTransition('{"transition":"U3RhZ2U"}')).toBe('U3RhZ2U');
    expect(notificationTransition({ notice: 'x' })).toBeNull();
    expect(notificationTransition('not json')).toBeNull();
  });

  it('opens the board on the top party unit for tenant-wide managers, else on the viewer’s own', () => {
    const orgs = [
      { id: 'u', path: 'u', depth: 0, line: 'UNION' },
      { id: 'b1', path: 'a.b1', depth: 1, line: 'PARTY' },
      { id: 'a', path: 'a', depth: 0, line: 'PARTY' },
    ];
    expect(defaultPipelineOrg(orgs, [], true)).toBe('a');
    expect(defaultPipelineOrg(orgs, [{ role: 'officer', scope: 'a.b1' }], false)).toBe('b1');
    expect(defaultPipelineOrg(orgs, [{ role: 'member', scope: 'tenant' }], false)).toBeNull();
  });

  it('merges events newest first by day', () => {
    const out = byDateDesc([
      { date: '2025-01-10', n: 1 },
      { date: '2026-06-01T02:00:00Z', n: 2 },
      { date: '2026-06-01', n: 3 },
    ]);
    expect(out.map((e) => e.n)).toEqual([2, 3, 1]);
  });
});
