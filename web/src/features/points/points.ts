import type { ViewerInfo } from '../../auth/viewer';

/** Reading an org's rankings and members' ledgers. */
export const POINTS_READ = 'points:read';
/** Manual awards and deciding appeals. */
export const POINTS_WRITE = 'points:write';
/** Changing the tenant's rules (at the unit level). */
export const POINTS_REVIEW = 'points:review';

/** The actions rules price, in display order (`points.actions.*`). */
export const POINT_ACTIONS = [
  'MEETING_ATTENDANCE',
  'ACTIVITY_ATTENDANCE',
  'ARTICLE_ADOPTED',
  'IDEA_ADOPTED',
  'STUDY_COMPLETED',
  'MANUAL',
  'QUIZ_PASSED',
] as const;

/** The kinds of events entries come from (`points.sources.*`). */
export const POINT_SOURCES = ['MEETING', 'ACTIVITY', 'ARTICLE', 'IDEA', 'STUDY', 'QUIZ', 'MANUAL', 'CORRECTION'] as const;

/** Where an appeal stands (`points.appealStatus.*`). */
export const APPEAL_STATUSES = ['PENDING', 'UPHELD', 'REJECTED'] as const;

/** Tag colours of appeal statuses. */
export const APPEAL_COLORS: Record<string, string> = {
  PENDING: 'processing',
  UPHELD: 'success',
  REJECTED: 'default',
};

/** The lines a rule may name (`line.*`). */
export const RULE_LINES = ['PARTY', 'UNION', 'YOUTH'] as const;

/** This year and the four before (Beijing time is close enough for a picker). */
export function pointYears(now = new Date()): number[] {
  const y = now.getFullYear();
  return [y, y - 1, y - 2, y - 3, y - 4];
}

/** Points with their sign, as the ledger shows them (`+2`, `0`, `-1`). */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/** A cap for display: `—` when none. */
export function capText(cap: number | null | undefined): string {
  return cap == null ? '—' : String(cap);
}

/** Whether to offer the rankings (`points:read` somewhere). */
export function canSeePointRankings(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(POINTS_READ);
}

/** Whether to offer the appeal queue (`points:write` somewhere). */
export function canDecidePointAppeals(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(POINTS_WRITE);
}

/**
 * Where a `POINTS` notification leads: a new appeal (for officers) to the queue, anything else
 * (an award, a decision) to 我的积分.
 */
export function pointsNotificationPath(n: { kind: string; detail: unknown }): string | null {
  if (n.kind !== 'POINTS') return null;
  const d = (n.detail ?? {}) as Record<string, unknown>;
  return d.appeal && !d.status ? '/points/appeals' : '/points';
}
