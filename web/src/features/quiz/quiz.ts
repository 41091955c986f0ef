import type { ViewerInfo } from '../../auth/viewer';

/** Reading results and banks. */
export const QUIZ_READ = 'quiz:read';
/** Banks, questions, imports and quizzes. */
export const QUIZ_WRITE = 'quiz:write';

/** The kinds of question, in display order (`quiz.kinds.*`). */
export const QUESTION_KINDS = ['SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'FILL_BLANK'] as const;
/** Where an attempt stands (`quiz.attemptStatus.*`). */
export const ATTEMPT_STATUSES = ['OPEN', 'SUBMITTED', 'EXPIRED'] as const;
/** Option letters. */
export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

/** Whether to offer bank and quiz management (`quiz:write` somewhere). */
export function canManageQuizzes(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(QUIZ_WRITE) || info.canAnywhere(QUIZ_READ);
}

/**
 * Seconds left until `deadline`, on the server's clock: the client's clock is corrected by the
 * offset between the server's `serverNow` and the client's time when it was received.
 */
export function secondsLeft(deadline: string, serverNow: string, receivedAt: number, now: number): number {
  const offset = Date.parse(serverNow) - receivedAt;
  return Math.max(0, Math.floor((Date.parse(deadline) - (now + offset)) / 1000));
}

/** A countdown as `mm:ss` (or `h:mm:ss`). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${String(m).padStart(2, '0')}:${ss}`;
}

/** An answer for display: letters joined, 对/错, or blanks separated by `；`. */
export function answerText(kind: string, answer: readonly string[] | null | undefined, t: (k: string) => string): string {
  if (!answer || answer.length === 0) return t('quiz.noAnswer');
  if (kind === 'TRUE_FALSE') return answer[0] === 'TRUE' ? t('quiz.true') : t('quiz.false');
  if (kind === 'FILL_BLANK') return answer.join('；');
  return answer.join('');
}

/** Whether an answer has something in it. */
export function answered(answer: readonly string[] | null | undefined): boolean {
  return !!answer && answer.some((a) => a.trim() !== '');
}

/** Where a `QUIZ` notification leads: the quiz list. */
export function quizNotificationPath(n: { kind: string; detail: unknown }): string | null {
  return n.kind === 'QUIZ' ? '/quiz' : null;
}
