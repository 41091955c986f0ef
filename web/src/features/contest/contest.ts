import type { ContestLiveFieldsFragment } from '../../gql/graphql';
import { LETTERS } from '../quiz/quiz';

/** Where a contest stands (`contest.status.*`). */
export const CONTEST_STATUSES = ['DRAFT', 'LIVE', 'FINISHED'] as const;
/** What the contest screen shows (`contest.phase.*`). */
export const CONTEST_PHASES = ['WAITING', 'QUESTION', 'REVEALED', 'FINISHED'] as const;

/** Limits of the create form (as the server checks them). */
export const LIMITS = {
  questionCount: { min: 1, max: 50 },
  secondsPerQuestion: { min: 5, max: 300, default: 45 },
  pointsPerQuestion: { min: 1, max: 100, default: 10 },
} as const;

/** The tag colour of a status. */
export function statusColor(status: string): string | undefined {
  if (status === 'LIVE') return 'red';
  if (status === 'DRAFT') return 'blue';
  return undefined;
}

/** The live state with the client's time it arrived at (for the clock offset). */
export interface LiveState {
  live: ContestLiveFieldsFragment;
  receivedAt: number;
}

/** The server's clock minus the client's, from a state's `serverNow` and when it arrived. */
export function clockOffset(serverNow: string, receivedAt: number): number {
  return Date.parse(serverNow) - receivedAt;
}

/** Milliseconds left until `deadline` on the server's clock (negative once past). */
export function msLeft(deadline: string, serverNow: string, receivedAt: number, now: number): number {
  return Date.parse(deadline) - (now + clockOffset(serverNow, receivedAt));
}

/** Whole seconds left until `deadline` on the server's clock, rounded up, never below 0. */
export function secondsLeft(deadline: string, serverNow: string, receivedAt: number, now: number): number {
  return Math.max(0, Math.ceil(msLeft(deadline, serverNow, receivedAt, now) / 1000));
}

/** Which of two states is the newer: the later `serverNow`; on a tie the one that arrived last. */
export function newerState(current: LiveState | null, next: LiveState): LiveState {
  if (!current) return next;
  return Date.parse(next.live.serverNow) >= Date.parse(current.live.serverNow) ? next : current;
}

/** Milliseconds as seconds with one decimal: 12345 → "12.3". */
export function seconds1(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(1);
}

/** A score or average with one decimal. */
export function oneDecimal(n: number): string {
  return n.toFixed(1);
}

/** The letter of option `i` (0-based). */
export function letter(i: number): string {
  return LETTERS[i] ?? String.fromCharCode(65 + i);
}

/** Whether an answer may be submitted: one choice, at least one of several, or every blank filled. */
export function answerComplete(kind: string, answer: readonly string[], blankCount = 0): boolean {
  if (kind === 'SINGLE' || kind === 'TRUE_FALSE') return answer.length === 1 && answer[0] !== '';
  if (kind === 'MULTIPLE') return answer.length > 0;
  if (kind === 'FILL_BLANK') return blankCount > 0 && answer.length === blankCount && answer.every((a) => a.trim() !== '');
  return false;
}

/** The answer as sent: choices in letter order, blanks trimmed. */
export function normalizeAnswer(kind: string, answer: readonly string[]): string[] {
  if (kind === 'FILL_BLANK') return answer.map((a) => a.trim());
  if (kind === 'MULTIPLE') return [...new Set(answer)].sort();
  return [...answer];
}

/** Toggles option `value` in a selection: several for MULTIPLE, one otherwise. */
export function toggleChoice(kind: string, selection: readonly string[], value: string): string[] {
  if (kind !== 'MULTIPLE') return [value];
  return selection.includes(value) ? selection.filter((v) => v !== value) : [...selection, value].sort();
}

/**
 * Whether `mine` matches the revealed `correct` answer: choice kinds compare as sets; for
 * FILL_BLANK (other spellings may be accepted) or before the reveal, `null`.
 */
export function answerMatches(kind: string, mine: readonly string[] | null | undefined, correct: readonly string[] | null | undefined): boolean | null {
  if (!correct || kind === 'FILL_BLANK') return null;
  if (!mine || mine.length === 0) return false;
  const a = [...new Set(mine)].sort();
  const b = [...new Set(correct)].sort();
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** An answer for display: letters joined, 正确/错误, or blanks separated by `；`. */
export function answerLabel(kind: string, answer: readonly string[] | null | undefined, t: (k: string) => string): string {
  if (!answer || answer.length === 0) return t('contest.noAnswer');
  if (kind === 'TRUE_FALSE') return answer[0] === 'TRUE' ? t('contest.true') : t('contest.false');
  if (kind === 'FILL_BLANK') return answer.join('；');
  return [...answer].sort().join('');
}

/** The choices shown for a question: lettered options, or 正确/错误 for TRUE_FALSE. */
export function choicesOf(q: { kind: string; options: readonly string[] }, t: (k: string) => string): { value: string; label: string }[] {
  if (q.kind === 'TRUE_FALSE')
    return [
      { value: 'TRUE', label: t('contest.true') },
      { value: 'FALSE', label: t('contest.false') },
    ];
  if (q.kind === 'FILL_BLANK') return [];
  return q.options.map((o, i) => ({ value: letter(i), label: `${letter(i)}. ${o}` }));
}

/** Whether the host may push another question: live, and not past the last one. */
export function hasNextQuestion(live: Pick<ContestLiveFieldsFragment, 'status' | 'questionCount'> & { question?: { position: number } | null }): boolean {
  return live.status === 'LIVE' && (live.question?.position ?? 0) < live.questionCount;
}

/** Where the viewer's answer to a position is kept across a reload of the phone page. */
export function answerStorageKey(contestId: string, position: number): string {
  return `tx-contest:${contestId}:${position}`;
}

export interface SavedAnswer {
  answer: string[];
  elapsedMs: number;
}

/** The answer the viewer submitted to a position (from this browser), if any. */
export function loadSavedAnswer(contestId: string, position: number): SavedAnswer | null {
  try {
    const raw = window.sessionStorage.getItem(answerStorageKey(contestId, position));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<SavedAnswer>;
    return Array.isArray(v.answer) && typeof v.elapsedMs === 'number' ? { answer: v.answer.map(String), elapsedMs: v.elapsedMs } : null;
  } catch {
    return null;
  }
}

export function saveAnswer(contestId: string, position: number, saved: SavedAnswer): void {
  try {
    window.sessionStorage.setItem(answerStorageKey(contestId, position), JSON.stringify(saved));
  } catch {
    // Private mode or full storage: the answer is still on the server.
  }
}
