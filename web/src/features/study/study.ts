import type { ViewerInfo } from '../../auth/viewer';
import type { OrgLine } from '../../gql/graphql';
import { UUID, base64UrlEncode, detailObject } from '../../lib/notificationDetail';

/** Completion boards and their export. */
export const STUDY_READ = 'study:read';
/** Materials, courses, plans and reminders. */
export const STUDY_WRITE = 'study:write';

/** How often the material page reports study time, in seconds. */
export const HEARTBEAT_SECONDS = 15;
/** The most one report may claim (the server's limit). */
export const BEAT_MAX = 300;

/** The kinds of material (`study.kinds.*`). */
export const MATERIAL_KINDS = ['ARTICLE', 'VIDEO', 'FILE'] as const;
/** Where a plan stands (`study.planStatus.*`). */
export const PLAN_STATUSES = ['OPEN', 'CLOSED'] as const;

/** Whole percent of `done` in `total` (0 when there is nothing). */
export function percent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 0;
}

/** Seconds as 分 and 秒 (`3 分 05 秒`; `45 秒` under a minute). */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  const r = s % 60;
  return m > 0 ? `${m} 分 ${String(r).padStart(2, '0')} 秒` : `${r} 秒`;
}

/** The seconds a report claims: what passed since the last one, within 1–300 (null: nothing). */
export function claim(elapsedMs: number): number | null {
  const s = Math.floor(elapsedMs / 1000);
  if (s < 1) return null;
  return Math.min(s, BEAT_MAX);
}

/** Whether to offer the management pages (`study:write` somewhere). */
export function canManageStudy(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(STUDY_WRITE);
}

/** Where a `STUDY` notification leads: a plan's reminder or assignment to the study home. */
export function studyNotificationPath(n: { kind: string; detail: unknown }): string | null {
  if (n.kind !== 'STUDY') return null;
  return '/study';
}

/** A plan's audience as the form sends it (`StudyAudienceInput`, orgs by global ID). */
export interface PlanAudience {
  orgs: { orgId: string; includeSubtree: boolean }[];
  lines: OrgLine[];
}

const LINES: readonly string[] = ['PARTY', 'UNION', 'YOUTH'];

/**
 * A plan's `audience` as chosen (the JSON scalar: `orgs` with raw `orgId` UUIDs and
 * `includeSubtree`, `lines`) as input again; null when it is missing or unreadable.
 */
export function planAudience(json: unknown): PlanAudience | null {
  const a = detailObject(json);
  if (!a) return null;
  const orgs = Array.isArray(a.orgs) ? a.orgs : [];
  const out: PlanAudience = { orgs: [], lines: [] };
  for (const o of orgs) {
    const org = detailObject(o);
    const raw = org?.orgId;
    if (typeof raw !== 'string' || raw === '') return null;
    out.orgs.push({
      orgId: UUID.test(raw) ? base64UrlEncode(`Organization:${raw.toLowerCase()}`) : raw,
      includeSubtree: org?.includeSubtree !== false,
    });
  }
  if (Array.isArray(a.lines)) out.lines = a.lines.filter((l): l is OrgLine => typeof l === 'string' && LINES.includes(l));
  return out;
}

/** A plan item as the pickers name it: `c:<course>` or `m:<material>`. */
export function itemKey(item: { materialId?: string | null; courseId?: string | null }): string | null {
  if (item.courseId) return `c:${item.courseId}`;
  if (item.materialId) return `m:${item.materialId}`;
  return null;
}

/** A picker's key as a plan item (`StudyPlanItemInput`). */
export function itemInput(key: string): { courseId: string } | { materialId: string } {
  return key.startsWith('c:') ? { courseId: key.slice(2) } : { materialId: key.slice(2) };
}
