import dayjs from 'dayjs';
import type {
  NoticeAudienceInput,
  NoticeCategory,
  NoticeImportance,
  NoticeListFieldsFragment,
  NoticeResponseState,
  NoticeStatus,
  OrgLine,
  PoliticalStatus,
} from '../../gql/graphql';
import { POLITICAL_STATUSES } from '../../lib/enums';
import { pickerToIso } from '../../lib/format';
import { LINES } from '../../lib/orgs';
import { detailGlobalId, detailObject } from '../../lib/notificationDetail';

/** The pure parts of 通知公告 (notices with acknowledgement): limits, labels, the audience, dates. */

export type NoticeRow = NoticeListFieldsFragment;

/** Every category, in the order the compose page offers them (`notices.categories.*`). */
export const NOTICE_CATEGORIES: NoticeCategory[] = ['NOTICE', 'ANNOUNCEMENT', 'WORK_TIP', 'URGENT'];
/** 普通 / 紧急 (`notices.importances.*`). */
export const NOTICE_IMPORTANCES: NoticeImportance[] = ['NORMAL', 'URGENT'];
/** Every status (`notices.statuses.*`), as the sent list filters them. */
export const NOTICE_STATUSES: NoticeStatus[] = ['DRAFT', 'PENDING_REVIEW', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN'];
/** The response board's filters (`notices.board.states.*`); `ALL` asks for no state. */
export const BOARD_STATES = ['UNREAD', 'UNACKNOWLEDGED', 'ACKNOWLEDGED', 'ALL'] as const;
export type BoardState = (typeof BOARD_STATES)[number];
/** The lines an audience may be narrowed to (党 / 工会 / 团). */
export const AUDIENCE_LINES: OrgLine[] = ['PARTY', 'UNION', 'YOUTH'];
/** Role templates every tenant starts with: offered when the viewer may not read `roles`. */
export const BUILTIN_ROLES = ['tenant_admin', 'org_admin', 'officer', 'member', 'grid_worker', 'supervisor', 'discipline_inspector', 'integrator'];

export const STATUS_COLORS: Record<NoticeStatus, string> = {
  DRAFT: 'default',
  PENDING_REVIEW: 'gold',
  SCHEDULED: 'blue',
  PUBLISHED: 'green',
  WITHDRAWN: 'red',
};
export const CATEGORY_COLORS: Record<NoticeCategory, string> = {
  NOTICE: 'blue',
  ANNOUNCEMENT: 'geekblue',
  WORK_TIP: 'cyan',
  URGENT: 'red',
};

/** Longest title, in characters (the server's limit). */
export const MAX_TITLE = 120;
/** Longest body (HTML), in characters. */
export const MAX_BODY_HTML = 50_000;
/** Most attachments on one notice. */
export const MAX_ATTACHMENTS = 10;
/** Longest reply to 确认收到, in characters. */
export const MAX_REPLY = 200;
/** Longest reason to withdraw, or note of a review, in characters. */
export const MAX_REASON = 500;
/** Notices loaded at a time (加载更多 for the next ones). */
export const NOTICE_PAGE_SIZE = 20;
/** Recipients loaded at a time on the board. */
export const RESPONSE_PAGE_SIZE = 50;
/** The compose page asks for the recipient count this long after the audience last changed. */
export const AUDIENCE_COUNT_DELAY_MS = 400;

/** Characters as people count them (an emoji is one). */
export function charCount(s: string): number {
  return Array.from(s).length;
}

// ---- The audience -------------------------------------------------------------------------

/** The audience as the compose form holds it (and sends it). */
export interface AudienceValue {
  orgs: { orgId: string; includeSubtree: boolean }[];
  lines: OrgLine[];
  roles: string[];
  politicalStatuses: PoliticalStatus[];
  memberIds: string[];
  excludeMemberIds: string[];
}

export const EMPTY_AUDIENCE: AudienceValue = { orgs: [], lines: [], roles: [], politicalStatuses: [], memberIds: [], excludeMemberIds: [] };

/** An audience as the server saved it (lines and statuses as plain codes). */
export interface SavedAudience {
  orgs: { orgId: string; includeSubtree: boolean }[];
  lines: string[];
  roles: string[];
  politicalStatuses: string[];
  memberIds: string[];
  excludeMemberIds: string[];
}

const isLine = (l: string): l is OrgLine => (LINES as string[]).includes(l);
const isStatus = (s: string): s is PoliticalStatus => (POLITICAL_STATUSES as string[]).includes(s);

/** A saved audience (a draft's) as the form holds it; missing is empty, unknown codes are dropped. */
export function audienceValue(saved: SavedAudience | null | undefined): AudienceValue {
  return {
    orgs: (saved?.orgs ?? []).map((o) => ({ orgId: o.orgId, includeSubtree: o.includeSubtree })),
    lines: (saved?.lines ?? []).filter(isLine),
    roles: [...(saved?.roles ?? [])],
    politicalStatuses: (saved?.politicalStatuses ?? []).filter(isStatus),
    memberIds: [...(saved?.memberIds ?? [])],
    excludeMemberIds: [...(saved?.excludeMemberIds ?? [])],
  };
}

/**
 * Whether the audience selects anyone at all: the server needs at least one selector (orgs,
 * lines, roles, political statuses or named members); excluding alone selects nobody.
 */
export function hasSelector(a: AudienceValue): boolean {
  return a.orgs.length + a.lines.length + a.roles.length + a.politicalStatuses.length + a.memberIds.length > 0;
}

/** The audience as the API takes it: each org once, named members not also excluded. */
export function toAudienceInput(a: AudienceValue): NoticeAudienceInput {
  const seen = new Set<string>();
  const orgs = a.orgs.filter((o) => (seen.has(o.orgId) ? false : (seen.add(o.orgId), true)));
  const excluded = new Set(a.excludeMemberIds);
  return {
    orgs: orgs.map((o) => ({ orgId: o.orgId, includeSubtree: o.includeSubtree })),
    lines: [...new Set(a.lines)],
    roles: [...new Set(a.roles)],
    politicalStatuses: [...new Set(a.politicalStatuses)],
    memberIds: [...new Set(a.memberIds)].filter((id) => !excluded.has(id)),
    excludeMemberIds: [...excluded],
  };
}

/** Names for the parts of an audience summary. */
export interface AudienceNames {
  org: (id: string) => string | undefined;
  role: (name: string) => string;
  line: (line: OrgLine) => string;
  status: (s: PoliticalStatus) => string;
  /** `notices.audience.summary.*` with values. */
  t: (key: string, values?: Record<string, unknown>) => string;
}

/**
 * The audience in words, one part per kind of selector: 「第一党支部（含下级）」「党组织、工会」
 * 「角色：组织委员」「正式党员、预备党员」「另加 2 人」「排除 1 人」. With lines, roles or
 * statuses but no orgs, the whole enterprise is narrowed: 「全单位」 comes first. Empty: [].
 */
export function audienceSummary(a: AudienceValue, names: AudienceNames): string[] {
  const { t } = names;
  const parts: string[] = [];
  if (a.orgs.length > 0) {
    parts.push(
      a.orgs
        .map((o) => {
          const name = names.org(o.orgId) ?? t('notices.audience.summary.unknownOrg');
          return o.includeSubtree ? t('notices.audience.summary.withSubtree', { name }) : name;
        })
        .join('、'),
    );
  } else if (a.lines.length + a.roles.length + a.politicalStatuses.length > 0) {
    parts.push(t('notices.audience.summary.wholeTenant'));
  }
  if (a.lines.length > 0) parts.push(a.lines.map(names.line).join('、'));
  if (a.roles.length > 0) parts.push(t('notices.audience.summary.roles', { roles: a.roles.map(names.role).join('、') }));
  if (a.politicalStatuses.length > 0) parts.push(a.politicalStatuses.map(names.status).join('、'));
  const excluded = new Set(a.excludeMemberIds);
  const named = new Set(a.memberIds.filter((id) => !excluded.has(id))).size;
  if (named > 0) parts.push(t(parts.length > 0 ? 'notices.audience.summary.plusMembers' : 'notices.audience.summary.members', { count: named }));
  if (excluded.size > 0 && parts.length > 0) parts.push(t('notices.audience.summary.excluded', { count: excluded.size }));
  return parts;
}

// ---- Receipts and progress ------------------------------------------------------------------

/** What the viewer still has to do with a received notice. */
export type ReceiptState = 'unread' | 'toAcknowledge' | 'acknowledged' | 'read';

/** Unread, read but not acknowledged (when asked), acknowledged, or simply read. */
export function receiptState(n: Pick<NoticeRow, 'ackRequired' | 'myReceipt'>): ReceiptState {
  const r = n.myReceipt;
  if (!r || (!r.readAt && !r.acknowledgedAt)) return 'unread';
  if (n.ackRequired) return r.acknowledgedAt ? 'acknowledged' : 'toAcknowledge';
  return 'read';
}

/** Whether the acknowledgement deadline has passed (and nothing was acknowledged). */
export function isOverdue(n: Pick<NoticeRow, 'ackRequired' | 'ackDeadline' | 'myReceipt'>, now: Date = new Date()): boolean {
  return !!(n.ackRequired && n.ackDeadline && !n.myReceipt?.acknowledgedAt && new Date(n.ackDeadline).getTime() < now.getTime());
}

/** Whether a notice shows as urgent (紧急 importance, or the 紧急 category). */
export function isUrgent(n: Pick<NoticeRow, 'importance' | 'category'>): boolean {
  return n.importance === 'URGENT' || n.category === 'URGENT';
}

/** `part` of `whole` as a whole percentage (0 when there is no whole). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** The board filter as the API's state (全部: none). */
export function responseState(s: BoardState): NoticeResponseState | null {
  return s === 'ALL' ? null : s;
}

/** The 导出名单 link: the board's list as an .xlsx. */
export function exportUrl(noticeId: string, state: BoardState): string {
  const q = new URLSearchParams({ notice: noticeId });
  const api = responseState(state);
  if (api) q.set('state', api);
  return `/export/notice-responses.xlsx?${q.toString()}`;
}

// ---- Notifications about a notice -----------------------------------------------------------

/**
 * The notice a NOTICE notification announces, as a global ID (its `detail.notice`, from the
 * JSON scalar or its text; a raw UUID is turned into the global ID). Null when there is none.
 */
export function notificationNotice(detail: unknown): string | null {
  return detailGlobalId(detail, 'notice', 'Notice');
}

/** The page of one notice. */
export function noticePath(id: string): string {
  return `/notices/${encodeURIComponent(id)}`;
}

/**
 * Where a NOTICE notification leads (its `noticeId`, else `detail.notice`): a review request or
 * a review's outcome (`detail.review`) to 已发通知, where it is reviewed or followed; anything
 * else to the notice. Null when it names no notice.
 */
export function noticeNotificationPath(n: { detail: unknown; noticeId?: string | null }): string | null {
  const id = n.noticeId || notificationNotice(n.detail);
  if (!id) return null;
  return detailObject(n.detail)?.review === true ? '/notices/sent' : noticePath(id);
}

/** How many recipients are in a board state, from the counts. */
export function stateCount(stats: { recipients: number; read: number; acknowledged: number }, state: BoardState): number {
  switch (state) {
    case 'UNREAD':
      return stats.recipients - stats.read;
    case 'UNACKNOWLEDGED':
      return stats.recipients - stats.acknowledged;
    case 'ACKNOWLEDGED':
      return stats.acknowledged;
    default:
      return stats.recipients;
  }
}

// ---- Dates on the compose page ----------------------------------------------------------------

/** Whether a picker's value lies in the future (the server refuses past deadlines and schedules). */
export function isFuture(d: dayjs.Dayjs | null | undefined, now: Date = new Date()): boolean {
  const iso = pickerToIso(d);
  return !!iso && new Date(iso).getTime() > now.getTime();
}
