import type {
  ActivityAudienceInput,
  ActivityFieldInput,
  ActivityFieldKind,
  ActivityKind,
  ActivityRegistrationStatus,
} from '../../gql/graphql';
import dayjs from 'dayjs';
import { getDisplayTimeZone } from '../../lib/format';
import { detailGlobalId } from '../../lib/notificationDetail';
import type { AudienceValue } from '../notices/notices';

/** Every kind, in the order the form offers them (`activities.kind.*`). */
export const ACTIVITY_KINDS: ActivityKind[] = ['PARTY_DAY', 'VOLUNTEER', 'CULTURE_SPORTS', 'TRAINING', 'OTHER'];

/** Every registration status (`activities.status.*`). */
export const REGISTRATION_STATUSES: ActivityRegistrationStatus[] = ['REGISTERED', 'WAITLISTED', 'PENDING_APPROVAL', 'REJECTED', 'CANCELLED'];

/** Every custom field kind (`activities.fieldKind.*`). */
export const FIELD_KINDS: ActivityFieldKind[] = ['TEXT', 'NUMBER', 'CHOICE'];

/** Tag colours per registration status. */
export const STATUS_COLORS: Record<ActivityRegistrationStatus, string> = {
  REGISTERED: 'green',
  WAITLISTED: 'gold',
  PENDING_APPROVAL: 'blue',
  REJECTED: 'red',
  CANCELLED: 'default',
};

/** Longest title, in characters (as the server). */
export const MAX_TITLE = 100;
/** Longest place, in characters. */
export const MAX_PLACE = 200;
/** Longest field label or option, in characters. */
export const MAX_LABEL = 50;
/** Longest text answer, in characters. */
export const MAX_ANSWER = 200;
/** Most custom fields. */
export const MAX_FIELDS = 20;

/** A custom field as the form edits it (options one per line). */
export interface DraftField {
  key: number;
  label: string;
  kind: ActivityFieldKind;
  required: boolean;
  options: string;
}

let nextKey = 1;

/** A fresh field of `kind`. */
export function newField(kind: ActivityFieldKind): DraftField {
  return { key: nextKey++, label: '', kind, required: false, options: '' };
}

/** A field as `createActivity` takes it: trimmed, options (choice fields only) one per line. */
export function toFieldInput(f: DraftField): ActivityFieldInput {
  return {
    label: f.label.trim(),
    kind: f.kind,
    required: f.required,
    options:
      f.kind === 'CHOICE'
        ? f.options
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
  };
}

/** What is wrong with a field before sending (`activities.problems.*`). */
export function fieldProblems(f: DraftField): string[] {
  const out: string[] = [];
  if (!f.label.trim()) out.push('label');
  if (f.kind === 'CHOICE' && (toFieldInput(f).options ?? []).length < 2) out.push('options');
  return out;
}

/** The audience picker's value as `createActivity` takes it. */
export function toAudienceInput(a: AudienceValue): ActivityAudienceInput {
  return {
    orgIds: a.orgs.map((o) => o.orgId),
    lines: a.lines,
    roles: a.roles,
    politicalStatuses: a.politicalStatuses,
    memberIds: a.memberIds,
  };
}

/** Hours as the pages write them: at most one decimal, no trailing zero (2.5, 3). */
export function formatHours(h: number): string {
  return String(Math.round(h * 10) / 10);
}

/** Places as a line: 已报名 3 / 10 or 已报名 3 (no limit). */
export function placesTaken(registered: number, capacity: number | null | undefined): string {
  return capacity == null ? String(registered) : `${registered} / ${capacity}`;
}

/** Where an `ACTIVITY` notification leads: its activity (the detail names it by its raw UUID). */
export function activityNotificationPath(n: { kind: string; detail: unknown }): string | null {
  if (n.kind !== 'ACTIVITY') return null;
  const id = detailGlobalId(n.detail, 'activity', 'Activity');
  return id ? `/activities/${encodeURIComponent(id)}` : null;
}

/** The answers of the registration form as `registerForActivity` takes them (empty ones left out). */
export function toAnswers(values: Record<string, string | number | null | undefined>): { fieldId: string; value: string }[] {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && String(v).trim() !== '')
    .map(([fieldId, v]) => ({ fieldId, value: String(v).trim() }));
}

/** The years a ledger may be asked for: this one and the four before it. */
export function recentYears(now = new Date()): number[] {
  const y = now.getFullYear();
  return [y, y - 1, y - 2, y - 3, y - 4];
}

/**
 * The days (YYYY-MM-DD in `zone`) each activity covers, from its start to its end: a
 * two-day activity shows on both days of the calendar.
 */
export function activityDays(startsAt: string, endsAt: string, zone: string = getDisplayTimeZone()): string[] {
  const first = dayjs(startsAt).tz(zone).startOf('day');
  const last = dayjs(endsAt).tz(zone).startOf('day');
  const days: string[] = [];
  for (let d = first; !d.isAfter(last) && days.length < 32; d = d.add(1, 'day')) days.push(d.format('YYYY-MM-DD'));
  return days;
}

/** Activities by the days they cover, in start order within a day. */
export function byDay<T extends { startsAt: string; endsAt: string }>(items: T[], zone: string = getDisplayTimeZone()): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const a of [...items].sort((x, y) => x.startsAt.localeCompare(y.startsAt))) {
    for (const d of activityDays(a.startsAt, a.endsAt, zone)) out.set(d, [...(out.get(d) ?? []), a]);
  }
  return out;
}
