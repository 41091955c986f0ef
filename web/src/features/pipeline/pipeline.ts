import dayjs from 'dayjs';
import type { PipelineStage, StageTransitionFieldsFragment, TransitionStatus } from '../../gql/graphql';
import { getDisplayTimeZone } from '../../lib/format';
import { detailGlobalId } from '../../lib/notificationDetail';
import { firstGrantedOrg, highestFirst } from '../../lib/orgs';

/**
 * The pure parts of 发展党员: stages and statuses (`pipeline.stages.*`, `pipeline.statuses.*`),
 * durations, the board's default org, links, and a member's history merged by date.
 */

export type StageTransition = StageTransitionFieldsFragment;

/** Every stage, in the order of the pipeline (`pipeline.stages.*`). */
export const PIPELINE_STAGES: PipelineStage[] = ['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL_MEMBER', 'CANCELLED'];
/** The board's columns. */
export const BOARD_STAGES: PipelineStage[] = ['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY'];
/** The stages a 补录 may record. */
export const RECORDABLE_STAGES: PipelineStage[] = ['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL_MEMBER'];
export const STAGE_COLORS: Record<PipelineStage, string> = {
  APPLICANT: 'default',
  ACTIVIST: 'blue',
  DEVELOPMENT_TARGET: 'purple',
  PROBATIONARY: 'orange',
  FULL_MEMBER: 'red',
  CANCELLED: 'default',
};

/** Where a transition stands (`pipeline.statuses.*`). */
export const TRANSITION_STATUSES: TransitionStatus[] = ['PUBLICIZING', 'PENDING_APPROVAL', 'APPROVED', 'REFUSED', 'WITHDRAWN'];
export const STATUS_COLORS: Record<TransitionStatus, string> = {
  PUBLICIZING: 'gold',
  PENDING_APPROVAL: 'blue',
  APPROVED: 'green',
  REFUSED: 'red',
  WITHDRAWN: 'default',
};

/** Contact roles (`pipeline.roles.*`). */
export const CONTACT_ROLES = ['CONTACT', 'INTRODUCER'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** Longest note of a proposal or decision (the server's limit). */
export const MAX_NOTE = 1000;
/** Longest objection. */
export const MAX_OBJECTION = 2000;
/** Longest probation extension the form offers, in months (the rules decide the real limit). */
export const MAX_EXTENSION_MONTHS = 12;

const DAY = 'YYYY-MM-DD';

/** Today in the tenant's time zone, as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  try {
    return dayjs(now).tz(getDisplayTimeZone()).format(DAY);
  } catch {
    return dayjs(now).tz('Asia/Shanghai').format(DAY);
  }
}

/** Whole months from `since` to `until` (both `YYYY-MM-DD`); never below 0. */
export function monthsBetween(since: string, until: string): number {
  const a = dayjs(since, DAY);
  const b = dayjs(until, DAY);
  if (!a.isValid() || !b.isValid() || b.isBefore(a)) return 0;
  let m = (b.year() - a.year()) * 12 + (b.month() - a.month());
  if (b.date() < a.date()) m -= 1;
  return Math.max(0, m);
}

/** Days from `from` to `to` (`YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayjs(to, DAY).diff(dayjs(from, DAY), 'day');
}

/** How long a member has been in their stage, as a translation key and its values. */
export function durationText(since: string, now: string = today()): { key: string; values: Record<string, number> } {
  const months = monthsBetween(since, now);
  if (months >= 1) return { key: 'pipeline.card.forMonths', values: { count: months } };
  return { key: 'pipeline.card.forDays', values: { count: Math.max(0, daysBetween(since, now)) } };
}

/** The transitions an upper org decides now, first; then those still in their 公示. */
export function sortOpen(ts: readonly StageTransition[]): StageTransition[] {
  return [...ts].sort(
    (a, b) => Number(b.awaitingDecision) - Number(a.awaitingDecision) || a.approvalDueAt.localeCompare(b.approvalDueAt),
  );
}

/** Whether a transition is still open (in its 公示, or waiting for the upper org). */
export function isOpen(t: Pick<StageTransition, 'status'>): boolean {
  return t.status === 'PUBLICIZING' || t.status === 'PENDING_APPROVAL';
}

/**
 * The org the board opens with: the highest party unit for who manages members tenant-wide;
 * else the first party unit a grant covers (the highest, then by path), else one under it.
 */
export function defaultPipelineOrg(
  orgs: readonly { id: string; path: string; depth: number; line?: string }[],
  grants: readonly { role: string; scope: string }[],
  tenantWide: boolean,
): string | null {
  const byTop = highestFirst(orgs.filter((o) => !o.line || o.line === 'PARTY'));
  if (tenantWide) return byTop[0]?.id ?? null;
  return firstGrantedOrg(byTop, grants)?.id ?? null;
}

export function timelinePath(memberId: string): string {
  return `/members/${encodeURIComponent(memberId)}/timeline`;
}

export function objectionPath(transitionId: string): string {
  return `/pipeline/objection/${encodeURIComponent(transitionId)}`;
}

/**
 * The transition a notification is about (`detail.transition`, from the JSON scalar or its
 * text) as a global ID (a raw UUID is turned into one); null for any other notification.
 */
export function notificationTransition(detail: unknown): string | null {
  return detailGlobalId(detail, 'transition', 'StageTransition');
}

/** One dated event of a member's history, for the timeline. */
export interface TimelineEvent {
  key: string;
  /** `YYYY-MM-DD` (or an instant) it happened on. */
  date: string;
  kind: 'stage' | 'transition' | 'position' | 'dues';
}

/** Events by date, newest first (ties keep their order). */
export function byDateDesc<E extends { date: string }>(events: readonly E[]): E[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.date.slice(0, 10).localeCompare(a.e.date.slice(0, 10)) || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * A rule refusal as the server words it — 「…（依据：title，source；规则 key）」 — split into what
 * is missing and the basis (null when it cites none).
 */
export function splitRefusal(text: string): { message: string; basis: string | null } {
  const m = /^([\s\S]*?)（依据：([\s\S]+)）\s*$/.exec(text.trim());
  return m ? { message: m[1].trim(), basis: m[2].trim() } : { message: text.trim(), basis: null };
}
