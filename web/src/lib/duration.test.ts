import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { formatDuration } from './duration';

const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en');

describe('formatDuration', () => {
  it.each([
    [0, '0 秒'],
    [3, '3 秒'],
    [3.9, '3 秒'],
    [59, '59 秒'],
    [60, '1 分'],
    [125, '2 分 5 秒'],
    [3_599, '59 分 59 秒'],
    [3_600, '1 小时'],
    [3_725, '1 小时 2 分'],
    [86_400, '1 天'],
    [3 * 86_400 + 4 * 3_600 + 59, '3 天 4 小时'],
    [86_400 + 30, '1 天'],
  ])('reads %s seconds as “%s”', (s, text) => {
    expect(formatDuration(s, zh)).toBe(text);
  });

  it('treats negative and unknown values as nothing waiting', () => {
    expect(formatDuration(-5, zh)).toBe('0 秒');
    expect(formatDuration(Number.NaN, zh)).toBe('0 秒');
    expect(formatDuration(Number.POSITIVE_INFINITY, zh)).toBe('0 秒');
  });

  it('speaks English too', () => {
    expect(formatDuration(125, en)).toBe('2 min 5 s');
    expect(formatDuration(3_725, en)).toBe('1 h 2 min');
    expect(formatDuration(2 * 86_400, en)).toBe('2 d');
  });
});
