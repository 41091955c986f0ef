import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import type { GridCaseAction, GridCaseState } from '../../gql/graphql';
import { applyChange, dragMove, exportUrl, matchesFilter, needsInput, secondsUntil, swimlanes, timeLeft, timeLeftKey, type BoardCard, type Column } from './grid';

function card(over: Partial<BoardCard> = {}): BoardCard {
  return {
    __typename: 'TaskBoardCard',
    id: 'c1',
    kind: 'CASE',
    caseId: 'c1',
    taskId: null,
    number: 'WG-20261205-0001',
    title: '路灯不亮',
    state: 'REPORTED',
    gridId: 'g1',
    gridName: '幸福社区第一网格',
    categoryName: '市政设施',
    assigneeName: null,
    dueAt: null,
    overdue: false,
    secondsLeft: null,
    thumbnailUrl: null,
    actions: [],
    ...over,
  };
}

function column(state: GridCaseState, cards: BoardCard[], over: Partial<Column> = {}): Column {
  return { state, label: state, count: cards.length, overdueCount: cards.filter((c) => c.overdue).length, cards, hasMore: false, ...over };
}

const zh = (seconds: number) => {
  const { key, values } = timeLeftKey(timeLeft(seconds));
  return i18n.getFixedT('zh-CN')(key, values);
};

describe('timeLeft', () => {
  it('says how many hours are left before a deadline, rounded down', () => {
    expect(zh(5 * 3600 + 59 * 60)).toBe('剩余 5小时');
  });

  it('says how many hours a case is overdue', () => {
    expect(zh(-3 * 3600 - 10)).toBe('超期 3小时');
  });

  it('counts minutes under an hour, and never says zero', () => {
    expect(timeLeft(25 * 60)).toEqual({ overdue: false, amount: 25, unit: 'minutes' });
    expect(timeLeft(10)).toEqual({ overdue: false, amount: 1, unit: 'minutes' });
    expect(timeLeft(-10)).toEqual({ overdue: true, amount: 1, unit: 'minutes' });
  });

  it('counts hours up to two days, then days', () => {
    expect(timeLeft(47 * 3600)).toEqual({ overdue: false, amount: 47, unit: 'hours' });
    expect(timeLeft(3 * 86400 + 5)).toEqual({ overdue: false, amount: 3, unit: 'days' });
    expect(zh(-4 * 86400)).toBe('超期 4天');
  });

  it('measures seconds to a deadline from now, and has none without one', () => {
    const now = Date.parse('2026-12-05T08:00:00Z');
    expect(secondsUntil('2026-12-05T10:00:00Z', now)).toBe(7200);
    expect(secondsUntil(null, now)).toBeNull();
    expect(secondsUntil('not a date', now)).toBeNull();
  });
});

describe('swimlanes', () => {
  it('puts each grid in a lane of its own, by name (pinyin), with the cards in their columns', () => {
    const a = card({ id: 'a', gridId: 'g2', gridName: '西湖网格', state: 'REPORTED' });
    const b = card({ id: 'b', gridId: 'g1', gridName: '东湖网格', state: 'DISPATCHED' });
    const c = card({ id: 'c', gridId: 'g2', gridName: '西湖网格', state: 'DISPATCHED' });
    const lanes = swimlanes([column('REPORTED', [a]), column('DISPATCHED', [b, c])], '督办任务');
    expect(lanes.map((l) => l.gridName)).toEqual(['东湖网格', '西湖网格']);
    expect(lanes[1].cards.get('REPORTED')?.map((x) => x.id)).toEqual(['a']);
    expect(lanes[1].cards.get('DISPATCHED')?.map((x) => x.id)).toEqual(['c']);
    expect(lanes[1].total).toBe(2);
  });

  it('puts cards without a grid (task targets) in a last lane of their own', () => {
    const task = card({ id: 't', kind: 'TASK', gridId: null, gridName: null, state: 'DISPATCHED' });
    const a = card({ id: 'a', gridId: 'g9', gridName: '最后网格' });
    const lanes = swimlanes([column('REPORTED', [a]), column('DISPATCHED', [task])], '督办任务');
    expect(lanes.map((l) => l.gridName)).toEqual(['最后网格', '督办任务']);
  });
});

describe('dragMove', () => {
  const can = (state: GridCaseState, ...actions: GridCaseAction[]) => card({ state, actions });

  it('accepts and starts at once: those transitions need no input', () => {
    expect(dragMove(can('REPORTED', 'ACCEPT', 'CANCEL'), 'ACCEPTED')).toEqual({ action: 'ACCEPT', direct: true });
    expect(dragMove(can('DISPATCHED', 'START', 'DISPATCH'), 'IN_PROGRESS')).toEqual({ action: 'START', direct: true });
  });

  it('opens the dialog for dispatch, feedback, close, reopen and cancel', () => {
    expect(dragMove(can('ACCEPTED', 'DISPATCH'), 'DISPATCHED')).toEqual({ action: 'DISPATCH', direct: false });
    expect(dragMove(can('IN_PROGRESS', 'FEEDBACK', 'DISPATCH'), 'FEEDBACK')).toEqual({ action: 'FEEDBACK', direct: false });
    expect(dragMove(can('FEEDBACK', 'CLOSE', 'REOPEN'), 'CLOSED')).toEqual({ action: 'CLOSE', direct: false });
    expect(dragMove(can('FEEDBACK', 'CLOSE', 'REOPEN'), 'IN_PROGRESS')).toEqual({ action: 'REOPEN', direct: false });
    expect(dragMove(can('REPORTED', 'ACCEPT', 'CANCEL'), 'CANCELLED')).toEqual({ action: 'CANCEL', direct: false });
  });

  it('refuses moves the case does not offer the viewer, skips of a step, and task cards', () => {
    expect(dragMove(can('REPORTED'), 'ACCEPTED')).toBeNull();
    expect(dragMove(can('REPORTED', 'ACCEPT'), 'DISPATCHED')).toBeNull();
    expect(dragMove(can('CLOSED', 'RATE'), 'REPORTED')).toBeNull();
    expect(dragMove(card({ kind: 'TASK', state: 'DISPATCHED', actions: ['START'] }), 'IN_PROGRESS')).toBeNull();
    expect(dragMove(can('REPORTED', 'ACCEPT'), 'REPORTED')).toBeNull();
  });

  it('knows which actions need a dialog', () => {
    expect(needsInput('ACCEPT')).toBe(false);
    expect(needsInput('START')).toBe(false);
    expect(needsInput('DISPATCH')).toBe(true);
    expect(needsInput('CLOSE')).toBe(true);
  });
});

describe('applyChange', () => {
  it('moves a card from its column to the top of the new one, with the counts', () => {
    const a = card({ id: 'a', state: 'ACCEPTED' });
    const b = card({ id: 'b', state: 'DISPATCHED' });
    const cols = [column('ACCEPTED', [a]), column('DISPATCHED', [b])];
    const moved = { ...a, state: 'DISPATCHED' as const, overdue: true };
    const next = applyChange(cols, { kind: 'MOVED', card: moved, toState: 'DISPATCHED' });
    expect(next[0].cards).toEqual([]);
    expect(next[0].count).toBe(0);
    expect(next[1].cards.map((c) => c.id)).toEqual(['a', 'b']);
    expect(next[1].count).toBe(2);
    expect(next[1].overdueCount).toBe(1);
  });

  it('adds a created card, and only removes a card that no longer matches the filter', () => {
    const cols = [column('REPORTED', []), column('ACCEPTED', [card({ id: 'x', state: 'ACCEPTED' })])];
    const created = applyChange(cols, { kind: 'CREATED', card: card({ id: 'n' }), toState: 'REPORTED' });
    expect(created[0].cards.map((c) => c.id)).toEqual(['n']);
    expect(created[0].count).toBe(1);
    const gone = applyChange(cols, { kind: 'UPDATED', card: card({ id: 'x', state: 'ACCEPTED' }), toState: 'ACCEPTED' }, false);
    expect(gone[1].cards).toEqual([]);
    expect(gone[1].count).toBe(0);
  });

  it('replaces an updated card in place of the old one without counting it twice', () => {
    const cols = [column('DISPATCHED', [card({ id: 'a', state: 'DISPATCHED' })])];
    const next = applyChange(cols, { kind: 'OVERDUE', card: card({ id: 'a', state: 'DISPATCHED', overdue: true }), toState: 'DISPATCHED' });
    expect(next[0].cards).toHaveLength(1);
    expect(next[0].cards[0].overdue).toBe(true);
    expect(next[0].count).toBe(1);
    expect(next[0].overdueCount).toBe(1);
  });
});

describe('matchesFilter', () => {
  it('checks grids, categories and overdue', () => {
    const c = card({ gridId: 'g1', categoryName: '市政设施', overdue: false });
    expect(matchesFilter(c, {})).toBe(true);
    expect(matchesFilter(c, { gridIds: ['g2'] })).toBe(false);
    expect(matchesFilter(c, { gridIds: ['g1'], categoryNames: ['矛盾纠纷'] })).toBe(false);
    expect(matchesFilter(c, { overdueOnly: true })).toBe(false);
  });
});

describe('exportUrl', () => {
  it('carries the set filters only', () => {
    expect(exportUrl({ orgId: 'o1', gridId: null, overdueOnly: true, search: '' })).toBe('/export/grid-cases.xlsx?orgId=o1&overdueOnly=true');
  });
});
