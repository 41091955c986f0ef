// Pure helpers of the grid pages: time left, the board's columns and swimlanes, drag rules.
import type { GridCaseAction, GridCaseState, TaskBoardCardFieldsFragment, TaskBoardChangeKind } from '../../gql/graphql';

export type BoardCard = TaskBoardCardFieldsFragment;

/** Every state, in the order the board shows its columns (`grid.states.*`). */
export const CASE_STATES: GridCaseState[] = ['REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'FEEDBACK', 'CLOSED', 'RATED', 'CANCELLED'];

/** Every action a case may offer (`grid.actions.*`). */
export const CASE_ACTIONS: GridCaseAction[] = ['ACCEPT', 'CANCEL', 'DISPATCH', 'START', 'FEEDBACK', 'CLOSE', 'REOPEN', 'RATE'];

/** Timeline entries (`grid.events.*`). */
export const EVENT_KINDS = [
  'REPORTED',
  'ACCEPTED',
  'CANCELLED',
  'DISPATCHED',
  'STARTED',
  'FEEDBACK',
  'CLOSED',
  'REOPENED',
  'RATED',
  'EXTENDED',
  'WARNED',
  'OVERDUE',
  'ESCALATED',
] as const;

/** Supervision task states (`grid.tasks.states.*`). */
export const TASK_STATES = ['DISPATCHED', 'FEEDBACK', 'CLOSED'] as const;

/** At most this many photos per report or feedback (as the server allows). */
export const MAX_PHOTOS = 9;

/** Time left before a deadline, or past it, in the largest whole unit that fits. */
export interface TimeLeft {
  overdue: boolean;
  amount: number;
  unit: 'minutes' | 'hours' | 'days';
}

/**
 * `seconds` left (negative: past the deadline) as a whole number of minutes (under an hour),
 * hours (under two days) or days. Rounds down; a deadline less than a minute away (or past) counts
 * as one minute.
 */
export function timeLeft(seconds: number): TimeLeft {
  const overdue = seconds < 0;
  const abs = Math.abs(seconds);
  if (abs < 3600) return { overdue, amount: Math.max(1, Math.floor(abs / 60)), unit: 'minutes' };
  if (abs < 48 * 3600) return { overdue, amount: Math.floor(abs / 3600), unit: 'hours' };
  return { overdue, amount: Math.floor(abs / 86400), unit: 'days' };
}

/** The translation key and values for `timeLeft` (`超期 3小时` / `剩余 5小时`). */
export function timeLeftKey(left: TimeLeft): { key: string; values: { count: number } } {
  return { key: `grid.timeLeft.${left.overdue ? 'over' : 'left'}.${left.unit}`, values: { count: left.amount } };
}

/** Seconds from `now` to `dueAt` (an ISO timestamp); null without a deadline. */
export function secondsUntil(dueAt: string | null | undefined, now: number): number | null {
  if (!dueAt) return null;
  const t = Date.parse(dueAt);
  return Number.isNaN(t) ? null : Math.round((t - now) / 1000);
}

/** One grid's row of the board: its cards by column. */
export interface Swimlane {
  gridId: string | null;
  gridName: string;
  cards: Map<GridCaseState, BoardCard[]>;
  total: number;
}

/**
 * The cards of every column grouped into one swimlane per grid (cards without a grid — task
 * targets — in a lane of their own, last), lanes by grid name; within a cell the columns' order.
 */
export function swimlanes(columns: { state: GridCaseState; cards: BoardCard[] }[], noGrid: string): Swimlane[] {
  const lanes = new Map<string, Swimlane>();
  for (const column of columns) {
    for (const card of column.cards) {
      const key = card.gridId ?? '';
      let lane = lanes.get(key);
      if (!lane) {
        lane = { gridId: card.gridId ?? null, gridName: card.gridName ?? noGrid, cards: new Map(), total: 0 };
        lanes.set(key, lane);
      }
      const cell = lane.cards.get(column.state) ?? [];
      cell.push(card);
      lane.cards.set(column.state, cell);
      lane.total += 1;
    }
  }
  return [...lanes.values()].sort((a, b) => {
    if (a.gridId === null) return 1;
    if (b.gridId === null) return -1;
    return a.gridName.localeCompare(b.gridName, 'zh-CN');
  });
}

/** How moving a card from its column to `to` is done: at once, in a dialog, or not at all. */
export type DragMove = { action: GridCaseAction; direct: boolean } | null;

const MOVES: { from: GridCaseState[]; to: GridCaseState; action: GridCaseAction; direct: boolean }[] = [
  { from: ['REPORTED'], to: 'ACCEPTED', action: 'ACCEPT', direct: true },
  { from: ['REPORTED'], to: 'CANCELLED', action: 'CANCEL', direct: false },
  { from: ['ACCEPTED', 'DISPATCHED', 'IN_PROGRESS'], to: 'DISPATCHED', action: 'DISPATCH', direct: false },
  { from: ['DISPATCHED'], to: 'IN_PROGRESS', action: 'START', direct: true },
  { from: ['IN_PROGRESS'], to: 'FEEDBACK', action: 'FEEDBACK', direct: false },
  { from: ['FEEDBACK'], to: 'CLOSED', action: 'CLOSE', direct: false },
  { from: ['FEEDBACK'], to: 'IN_PROGRESS', action: 'REOPEN', direct: false },
];

/**
 * What dropping `card` on the column `to` does: the transition's action when the card offers it
 * (`actions`, the viewer's permission included), done at once when it needs no input (立案,
 * 开始处置) or through its dialog otherwise; null when the move is not allowed. Task cards never move.
 */
export function dragMove(card: Pick<BoardCard, 'kind' | 'state' | 'actions'>, to: GridCaseState): DragMove {
  if (card.kind !== 'CASE' || card.state === to) return null;
  const move = MOVES.find((m) => m.to === to && m.from.includes(card.state));
  if (!move || !card.actions.includes(move.action)) return null;
  return { action: move.action, direct: move.direct };
}

/** Whether the action needs a dialog (a note, an assignee, a reason …). */
export function needsInput(action: GridCaseAction): boolean {
  return action !== 'ACCEPT' && action !== 'START';
}

/** A board column as the page keeps it. */
export interface Column {
  state: GridCaseState;
  label: string;
  count: number;
  overdueCount: number;
  cards: BoardCard[];
  endCursor?: string | null;
  hasMore: boolean;
}

/**
 * The board after a live change: the card leaves whichever column held it and (unless it no
 * longer matches the filter — the caller decides that) goes to the top of its new column; the
 * counts follow. A change for a column the board does not show only removes the card.
 */
export function applyChange(
  columns: Column[],
  change: { kind: TaskBoardChangeKind; card: BoardCard; toState: GridCaseState },
  matches = true,
): Column[] {
  const { card } = change;
  let removedFrom: GridCaseState | null = null;
  let wasOverdue = false;
  const next = columns.map((c) => {
    const i = c.cards.findIndex((x) => x.id === card.id);
    if (i < 0) return c;
    removedFrom = c.state;
    wasOverdue = c.cards[i].overdue;
    return { ...c, cards: c.cards.filter((x) => x.id !== card.id), count: Math.max(0, c.count - 1), overdueCount: Math.max(0, c.overdueCount - (wasOverdue ? 1 : 0)) };
  });
  if (!matches) return next;
  return next.map((c) => {
    if (c.state !== change.toState) return c;
    // A card the board had not loaded yet (further down a long column) that moved within it: counts stay.
    const counted = removedFrom === null && change.kind !== 'CREATED' && change.kind !== 'MOVED' ? 0 : 1;
    return {
      ...c,
      cards: [card, ...c.cards],
      count: c.count + counted,
      overdueCount: c.overdueCount + (card.overdue && counted ? 1 : 0),
    };
  });
}

/** Whether a card passes the board's filter (the subscription sends every change of the org). */
export function matchesFilter(
  card: BoardCard,
  filter: { gridIds?: string[] | null; overdueOnly?: boolean | null; categoryNames?: string[] | null; assigneeName?: string | null },
): boolean {
  if (filter.gridIds && filter.gridIds.length > 0 && (!card.gridId || !filter.gridIds.includes(card.gridId))) return false;
  if (filter.overdueOnly && !card.overdue) return false;
  if (filter.categoryNames && filter.categoryNames.length > 0 && (!card.categoryName || !filter.categoryNames.includes(card.categoryName))) return false;
  if (filter.assigneeName && card.assigneeName !== filter.assigneeName) return false;
  return true;
}

/** The export's address: the case list's filters as query parameters. */
export function exportUrl(params: Record<string, string | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '' || v === false) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return `/export/grid-cases.xlsx${s ? `?${s}` : ''}`;
}
