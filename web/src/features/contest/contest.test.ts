import { describe, expect, it } from 'vitest';
import {
  answerComplete,
  answerLabel,
  answerMatches,
  choicesOf,
  clockOffset,
  hasNextQuestion,
  msLeft,
  newerState,
  normalizeAnswer,
  oneDecimal,
  seconds1,
  secondsLeft,
  statusColor,
  toggleChoice,
} from './contest';
import type { ContestLiveFieldsFragment } from '../../gql/graphql';
import { live } from './fixtures';

const t = (k: string) => ({ 'contest.true': '正确', 'contest.false': '错误', 'contest.noAnswer': '未作答' })[k] ?? k;

describe('contest helpers', () => {
  it('counts down on the server’s clock, whatever the client’s clock says', () => {
    const received = Date.parse('2026-07-01T00:00:00Z');
    // The client's clock runs 20 s behind the server's.
    const serverNow = '2026-07-01T00:00:20Z';
    const deadline = '2026-07-01T00:00:50Z';
    expect(clockOffset(serverNow, received)).toBe(20_000);
    expect(secondsLeft(deadline, serverNow, received, received)).toBe(30);
    expect(secondsLeft(deadline, serverNow, received, received + 200)).toBe(30);
    expect(secondsLeft(deadline, serverNow, received, received + 29_001)).toBe(1);
    expect(msLeft(deadline, serverNow, received, received + 30_000)).toBe(0);
    expect(secondsLeft(deadline, serverNow, received, received + 45_000)).toBe(0);
    expect(msLeft(deadline, serverNow, received, received + 45_000)).toBeLessThan(0);
  });

  it('keeps the newer state by the server’s clock', () => {
    const at = (serverNow: string, receivedAt: number) => ({ live: live({ serverNow }) as ContestLiveFieldsFragment, receivedAt });
    const older = at('2026-07-01T00:00:10Z', 2);
    const newer = at('2026-07-01T00:00:11Z', 1);
    expect(newerState(null, older)).toBe(older);
    expect(newerState(older, newer)).toBe(newer);
    expect(newerState(newer, older)).toBe(newer);
    const same = { ...newer, receivedAt: 3 };
    expect(newerState(newer, same)).toBe(same);
  });

  it('formats milliseconds and averages with one decimal', () => {
    expect(seconds1(12_345)).toBe('12.3');
    expect(seconds1(0)).toBe('0.0');
    expect(seconds1(-5)).toBe('0.0');
    expect(oneDecimal(7.25)).toBe('7.3');
    expect(oneDecimal(10)).toBe('10.0');
  });

  it('colours statuses', () => {
    expect(statusColor('LIVE')).toBe('red');
    expect(statusColor('DRAFT')).toBe('blue');
    expect(statusColor('FINISHED')).toBeUndefined();
  });

  it('says when an answer is complete', () => {
    expect(answerComplete('SINGLE', [])).toBe(false);
    expect(answerComplete('SINGLE', ['B'])).toBe(true);
    expect(answerComplete('TRUE_FALSE', ['FALSE'])).toBe(true);
    expect(answerComplete('MULTIPLE', [])).toBe(false);
    expect(answerComplete('MULTIPLE', ['A', 'C'])).toBe(true);
    expect(answerComplete('FILL_BLANK', ['民主集中', ' '], 2)).toBe(false);
    expect(answerComplete('FILL_BLANK', ['民主集中', '为人民服务'], 2)).toBe(true);
    expect(answerComplete('FILL_BLANK', ['民主集中'], 2)).toBe(false);
  });

  it('selects one choice, or toggles several for MULTIPLE, and sends them in letter order', () => {
    expect(toggleChoice('SINGLE', ['A'], 'B')).toEqual(['B']);
    expect(toggleChoice('MULTIPLE', ['C'], 'A')).toEqual(['A', 'C']);
    expect(toggleChoice('MULTIPLE', ['A', 'C'], 'C')).toEqual(['A']);
    expect(normalizeAnswer('MULTIPLE', ['C', 'A', 'C'])).toEqual(['A', 'C']);
    expect(normalizeAnswer('FILL_BLANK', [' 七一 ', '党章'])).toEqual(['七一', '党章']);
  });

  it('compares my answer with the revealed one (not for blanks)', () => {
    expect(answerMatches('SINGLE', ['B'], ['B'])).toBe(true);
    expect(answerMatches('SINGLE', ['A'], ['B'])).toBe(false);
    expect(answerMatches('MULTIPLE', ['C', 'A'], ['A', 'C'])).toBe(true);
    expect(answerMatches('MULTIPLE', ['A'], ['A', 'C'])).toBe(false);
    expect(answerMatches('TRUE_FALSE', null, ['TRUE'])).toBe(false);
    expect(answerMatches('SINGLE', ['B'], null)).toBeNull();
    expect(answerMatches('FILL_BLANK', ['七一'], ['七月一日'])).toBeNull();
  });

  it('says answers and choices as the screen shows them', () => {
    expect(answerLabel('TRUE_FALSE', ['TRUE'], t)).toBe('正确');
    expect(answerLabel('MULTIPLE', ['C', 'A'], t)).toBe('AC');
    expect(answerLabel('FILL_BLANK', ['民主集中', '为人民服务'], t)).toBe('民主集中；为人民服务');
    expect(answerLabel('SINGLE', [], t)).toBe('未作答');
    expect(choicesOf({ kind: 'SINGLE', options: ['甲', '乙'] }, t)).toEqual([
      { value: 'A', label: 'A. 甲' },
      { value: 'B', label: 'B. 乙' },
    ]);
    expect(choicesOf({ kind: 'TRUE_FALSE', options: [] }, t).map((c) => c.label)).toEqual(['正确', '错误']);
    expect(choicesOf({ kind: 'FILL_BLANK', options: [] }, t)).toEqual([]);
  });

  it('offers a next question until the last one', () => {
    expect(hasNextQuestion({ status: 'LIVE', questionCount: 3, question: null })).toBe(true);
    expect(hasNextQuestion({ status: 'LIVE', questionCount: 3, question: { position: 2 } })).toBe(true);
    expect(hasNextQuestion({ status: 'LIVE', questionCount: 3, question: { position: 3 } })).toBe(false);
    expect(hasNextQuestion({ status: 'DRAFT', questionCount: 3, question: null })).toBe(false);
  });
});
