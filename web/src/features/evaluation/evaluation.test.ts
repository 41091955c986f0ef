import { describe, expect, it } from 'vitest';
import { countExcellent, missingReasons, shares } from './evaluation';

describe('evaluation helpers', () => {
  it('counts only the excellent grades that are set', () => {
    expect(countExcellent({ a: 'EXCELLENT', b: 'QUALIFIED', c: undefined, d: 'EXCELLENT' })).toBe(2);
  });

  it('names the unqualified grades that have no reason, blank counting as none', () => {
    expect(missingReasons({ a: 'UNQUALIFIED', b: 'UNQUALIFIED', c: 'QUALIFIED' }, { a: '  ', b: '长期不参加组织生活' })).toEqual(['a']);
  });

  it('turns a tally into rounded shares and an empty one into zeros', () => {
    expect(shares({ excellent: 1, qualified: 2, basicallyQualified: 0, unqualified: 0, total: 3 })).toEqual({ EXCELLENT: 33, QUALIFIED: 67, BASICALLY_QUALIFIED: 0, UNQUALIFIED: 0 });
    expect(shares({ excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0, total: 0 }).EXCELLENT).toBe(0);
  });
});
