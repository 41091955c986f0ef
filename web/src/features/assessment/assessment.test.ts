import { describe, expect, it } from 'vitest';
import { defaultThresholds, figureText, periodText, pts } from './assessment';

describe('assessment helpers', () => {
  it('shows scores with at most two decimals', () => {
    expect(pts(85)).toBe('85');
    expect(pts(85.5)).toBe('85.5');
    expect(pts(85.254)).toBe('85.25');
  });

  it('names a period as a year or a quarter', () => {
    expect(periodText({ periodKind: 'YEAR', year: 2026 })).toBe('2026 年度');
    expect(periodText({ periodKind: 'QUARTER', year: 2026, quarter: 3 })).toBe('2026 年第 3 季度');
  });

  it('reads figures as rates, money or averages, and nothing due as such', () => {
    expect(figureText('MEETING_COMPLIANCE', 3, 4)).toBe('3 / 4（75%）');
    expect(figureText('DUES_COLLECTION', 1500, 3000)).toBe('¥15 / ¥30（50%）');
    expect(figureText('POINTS_PER_MEMBER', 9, 4)).toBe('人均 2.25 分');
    expect(figureText('GRID_ON_TIME', 0, 0)).toBe('无应计');
    expect(figureText(null, null, null)).toBe('');
  });

  it('suggests ascending thresholds within the full score', () => {
    expect(defaultThresholds(100)).toEqual([60, 70, 80, 90, 95]);
  });
});
