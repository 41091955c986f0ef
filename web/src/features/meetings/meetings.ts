import dayjs from 'dayjs';
import type {
  AttendeeState,
  ComplianceStatus,
  MeetingListFieldsFragment,
  MeetingType,
  MeetingTypesQuery,
  MinutesStatus,
} from '../../gql/graphql';
import { formatDate, getDisplayTimeZone, pickerToIso } from '../../lib/format';

/** The pure parts of 组织生活 (三会一课): labels, phases, the frequency in words, dates. */

export type MeetingRow = MeetingListFieldsFragment;
export type MeetingTypeInfo = MeetingTypesQuery['meetingTypes'][number];

/** Every meeting type, in the order the schedule form offers them within a line. */
export const MEETING_TYPES: MeetingType[] = [
  'BRANCH_GENERAL_MEETING',
  'BRANCH_COMMITTEE',
  'PARTY_GROUP',
  'PARTY_LECTURE',
  'THEME_PARTY_DAY',
  'LIFE_MEETING',
  'DEMOCRATIC_EVALUATION',
  'DEMOCRATIC_LIFE_MEETING',
  'LEAGUE_GENERAL_MEETING',
  'LEAGUE_COMMITTEE',
  'LEAGUE_GROUP',
  'LEAGUE_LECTURE',
  'LEAGUE_DAY',
  'UNION_MEMBER_CONGRESS',
  'UNION_COMMITTEE',
  'WORKERS_CONGRESS',
  'OTHER',
];

/** The lines meetings belong to (`line.*`), in the order the type picker groups them. */
export const MEETING_LINES = ['PARTY', 'YOUTH', 'UNION'] as const;

/** An invitee's state (`meetings.attendee.states.*`). */
export const ATTENDEE_STATES: AttendeeState[] = ['INVITED', 'LEAVE_PENDING', 'ON_LEAVE', 'PRESENT'];
export const ATTENDEE_COLORS: Record<AttendeeState, string> = {
  INVITED: 'default',
  LEAVE_PENDING: 'orange',
  ON_LEAVE: 'gold',
  PRESENT: 'green',
};

/** Where a meeting stands for the viewer (`meetings.phases.*`). */
export const MEETING_PHASES = ['upcoming', 'ongoing', 'ended', 'cancelled'] as const;
export type MeetingPhase = (typeof MEETING_PHASES)[number];
export const PHASE_COLORS: Record<MeetingPhase, string> = {
  upcoming: 'blue',
  ongoing: 'green',
  ended: 'default',
  cancelled: 'red',
};

/** The minutes' state (`meetings.minutesStatuses.*`). */
export const MINUTES_STATUSES: MinutesStatus[] = ['NONE', 'DRAFT', 'APPROVED'];
export const MINUTES_COLORS: Record<MinutesStatus, string> = { NONE: 'default', DRAFT: 'gold', APPROVED: 'green' };

/** A required meeting's state in its current period (`meetings.compliance.statuses.*`). */
export const COMPLIANCE_STATUSES: ComplianceStatus[] = ['DONE', 'SCHEDULED', 'DUE', 'OVERDUE'];
export const COMPLIANCE_COLORS: Record<ComplianceStatus, string> = {
  DONE: 'green',
  SCHEDULED: 'blue',
  DUE: 'orange',
  OVERDUE: 'red',
};

/** Longest title, in characters (the server's limit). */
export const MAX_TITLE = 120;
export const MAX_LOCATION = 200;
export const MAX_AGENDA = 5000;
/** Longest reason to cancel or ask for leave. */
export const MAX_REASON = 200;
export const MAX_MINUTES = 60_000;
export const MAX_RESOLUTION = 1000;
export const MAX_AMENDMENT = 5000;
/** Meetings loaded at a time in the list (加载更多 for the next ones). */
export const MEETINGS_PAGE_SIZE = 20;
/** Meetings asked for at a time for one month of the calendar (the server's complexity budget allows ~90 of these rows). */
export const CALENDAR_PAGE_SIZE = 50;
/** The geofence radius the form starts with, in metres. */
export const DEFAULT_RADIUS = 200;

/** Whether a type is a general meeting (`meeting.quorum` applies; elections take place at those). */
export function isGeneralMeeting(info: Pick<MeetingTypeInfo, 'general'> | null | undefined): boolean {
  return !!info?.general;
}

/**
 * How often the rules want a type, as a translation key and its values: 按规定每月 / 每3个月 /
 * 每年至少1次, or nothing required.
 */
export function frequencyText(months: number | null | undefined): { key: string; values?: Record<string, number> } {
  if (!months || months <= 0) return { key: 'meetings.frequency.none' };
  if (months === 1) return { key: 'meetings.frequency.monthly' };
  if (months === 12) return { key: 'meetings.frequency.yearly' };
  return { key: 'meetings.frequency.months', values: { count: months } };
}

/** The types of each line (OTHER with every line), for a picker grouped by line; `orgLine` narrows. */
export function typesByLine(types: MeetingTypeInfo[], orgLine?: string | null): { line: string; types: MeetingTypeInfo[] }[] {
  const order = (t: MeetingTypeInfo) => {
    const i = MEETING_TYPES.indexOf(t.type);
    return i < 0 ? MEETING_TYPES.length : i;
  };
  const lines = orgLine && (MEETING_LINES as readonly string[]).includes(orgLine) ? [orgLine] : [...MEETING_LINES];
  const groups = lines
    .map((line) => ({ line, types: types.filter((t) => t.line === line && t.type !== 'OTHER').sort((a, b) => order(a) - order(b)) }))
    .filter((g) => g.types.length > 0);
  const other = types.filter((t) => t.type === 'OTHER' || !(MEETING_LINES as readonly string[]).includes(t.line));
  if (other.length > 0) groups.push({ line: 'OTHER', types: other });
  return groups;
}

/** Where a meeting stands now. */
export function meetingPhase(m: Pick<MeetingRow, 'status' | 'held' | 'startsAt' | 'endsAt'>, now: Date = new Date()): MeetingPhase {
  if (m.status === 'CANCELLED') return 'cancelled';
  const t = now.getTime();
  if (new Date(m.endsAt).getTime() <= t) return 'ended';
  if (m.held || new Date(m.startsAt).getTime() <= t) return 'ongoing';
  return 'upcoming';
}

/** A share as a percentage for people: 0.5 → 50%, 2/3 → 66.7%. */
export function sharePercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function meetingPath(id: string): string {
  return `/meetings/${encodeURIComponent(id)}`;
}

/** The schedule form, prefilled with an org and a type (from 落实情况). */
export function schedulePath(orgId?: string | null, type?: string | null): string {
  const q = new URLSearchParams();
  if (orgId) q.set('org', orgId);
  if (type) q.set('type', type);
  const s = q.toString();
  return s ? `/meetings/new?${s}` : '/meetings/new';
}

/** A path the server gives (`/meetings/…/checkin?code=…`, `/calendar/….ics`) as a full link. */
export function absoluteUrl(path: string, origin: string = window.location.origin): string {
  return /^https?:\/\//.test(path) ? path : `${origin}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** A start and end time as one line: 2026-06-05 14:30–16:00, or both dates when they differ. */
export function timeRange(startsAt: string, endsAt: string, format: (s: string) => string): string {
  const a = format(startsAt);
  const b = format(endsAt);
  return a.slice(0, 10) === b.slice(0, 10) ? `${a}–${b.slice(11)}` : `${a} – ${b}`;
}

/** The instants bounding a calendar month (the picker's month, read in the tenant's zone). */
export function monthRange(month: dayjs.Dayjs): { from: string; to: string } {
  const start = month.startOf('month');
  return { from: pickerToIso(start)!, to: pickerToIso(start.add(1, 'month'))! };
}

/** The instants bounding a range of picker days (the end day included). */
export function dayRange(from: dayjs.Dayjs | null, to: dayjs.Dayjs | null): { from: string | null; to: string | null } {
  return {
    from: from ? pickerToIso(from.startOf('day')) : null,
    to: to ? pickerToIso(to.startOf('day').add(1, 'day')) : null,
  };
}

/** Meetings by the day they start (`YYYY-MM-DD` in the tenant's zone), earliest first in a day. */
export function meetingsByDay<M extends Pick<MeetingRow, 'startsAt'>>(meetings: M[]): Map<string, M[]> {
  const out = new Map<string, M[]>();
  for (const m of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const k = formatDate(m.startsAt);
    out.set(k, [...(out.get(k) ?? []), m]);
  }
  return out;
}

/** The picker value a new meeting starts with: the next full hour, in the tenant's zone. */
export function nextFullHour(now: Date = new Date()): dayjs.Dayjs {
  const wall = dayjs(now).tz(getDisplayTimeZone());
  return dayjs(wall.add(1, 'hour').startOf('hour').format('YYYY-MM-DDTHH:mm:ss'));
}

/** Whole seconds left until `at` (never below 0). */
export function secondsUntil(at: number, now: number = Date.now()): number {
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Whether a latitude and longitude are plausible numbers. */
export function isLatitude(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= -90 && v <= 90;
}
export function isLongitude(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= -180 && v <= 180;
}

/** A 落实情况 row as the table shows it. */
export interface ComplianceRowLike {
  orgId: string;
  status: ComplianceStatus;
  warning: boolean;
  daysLeft: number;
}

const STATUS_ORDER: Record<ComplianceStatus, number> = { OVERDUE: 0, DUE: 1, SCHEDULED: 2, DONE: 3 };

/** Behind first (逾期, then 待召开), then the nearest deadline. */
export function sortCompliance<R extends ComplianceRowLike>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.daysLeft - b.daysLeft);
}

/** How many orgs are behind (a warning row) and on how many requirements, of how many orgs. */
export function complianceSummary(rows: readonly ComplianceRowLike[]): { orgs: number; behindOrgs: number; behindRows: number; overdue: number } {
  const orgs = new Set(rows.map((r) => r.orgId));
  const behind = rows.filter((r) => r.warning);
  return {
    orgs: orgs.size,
    behindOrgs: new Set(behind.map((r) => r.orgId)).size,
    behindRows: behind.length,
    overdue: rows.filter((r) => r.status === 'OVERDUE').length,
  };
}

/** 剩余天数 in words: the key and its values (today, days left, or days past the period). */
export function daysLeftText(daysLeft: number): { key: string; values?: Record<string, number> } {
  if (daysLeft === 0) return { key: 'meetings.compliance.dueToday' };
  if (daysLeft < 0) return { key: 'meetings.compliance.daysPast', values: { count: -daysLeft } };
  return { key: 'meetings.compliance.daysLeft', values: { count: daysLeft } };
}
