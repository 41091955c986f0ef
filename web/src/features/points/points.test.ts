import { describe, expect, it } from 'vitest';
import { capText, canDecidePointAppeals, pointsNotificationPath, signed } from './points';

describe('points helpers', () => {
  it('leads an officer’s new-appeal notification to the queue and the rest to 我的积分', () => {
    expect(pointsNotificationPath({ kind: 'POINTS', detail: { appeal: 'a1', entry: 'e1' } })).toBe('/points/appeals');
    expect(pointsNotificationPath({ kind: 'POINTS', detail: { appeal: 'a1', entry: 'e1', status: 'UPHELD' } })).toBe('/points');
    expect(pointsNotificationPath({ kind: 'POINTS', detail: { entry: 'e1', year: 2026 } })).toBe('/points');
    expect(pointsNotificationPath({ kind: 'ARTICLE', detail: {} })).toBeNull();
  });

  it('signs points and shows a missing cap as a dash', () => {
    expect(signed(2)).toBe('+2');
    expect(signed(0)).toBe('0');
    expect(signed(-1)).toBe('-1');
    expect(capText(null)).toBe('—');
    expect(capText(12)).toBe('12');
  });

  it('offers the appeal queue to whoever holds points:write somewhere', () => {
    expect(canDecidePointAppeals({ canAnywhere: (p: string) => p === 'points:write' })).toBe(true);
    expect(canDecidePointAppeals({ canAnywhere: () => false })).toBe(false);
  });
});
