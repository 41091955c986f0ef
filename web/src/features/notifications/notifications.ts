import type { DigestFrequency, NotificationChannel } from '../../gql/graphql';

/** Every notification kind the inbox names (`notifications.kinds.*`). */
export const NOTIFICATION_KINDS = [
  'REMINDER',
  'NOTICE',
  'TASK',
  'MEETING',
  'GRID',
  'VOTE',
  'EVALUATION',
  'IDEA',
  'INQUIRY',
  'MODERATION',
  'SURVEY',
  'ACTIVITY',
  'PUBLICITY',
  'ARTICLE',
  'POINTS',
  'STUDY',
  'QUIZ',
  'WELFARE',
  'WHISTLEBLOWING',
  'PERSONAL_DATA',
  'MENTION',
  'DIRECT_MESSAGE',
  'MESSAGE_REPORT',
  'SYSTEM',
] as const;

/** The channels a category can go by, in the order the settings page offers them. */
export const CHANNELS: NotificationChannel[] = ['IN_APP', 'EMAIL', 'DIGEST', 'OFF'];

/** How often the digest email can come. */
export const DIGEST_FREQUENCIES: DigestFrequency[] = ['OFF', 'DAILY', 'WEEKLY'];

/** Tag colours per kind; anything else is plain. */
export const KIND_COLORS: Record<string, string> = {
  REMINDER: 'orange',
  NOTICE: 'blue',
  TASK: 'purple',
  MEETING: 'green',
  GRID: 'red',
  VOTE: 'gold',
  SURVEY: 'lime',
  ACTIVITY: 'volcano',
  PUBLICITY: 'red',
  ARTICLE: 'pink',
  POINTS: 'gold',
  STUDY: 'red',
  QUIZ: 'blue',
  WELFARE: 'orange',
  WHISTLEBLOWING: 'volcano',
  PERSONAL_DATA: 'geekblue',
  MENTION: 'cyan',
  DIRECT_MESSAGE: 'geekblue',
  MESSAGE_REPORT: 'magenta',
  SYSTEM: 'default',
};

/** The rule behind a reminder, as the reminder names it. */
export interface ReminderRule {
  key: string;
  title: string;
  source: string;
}

/** What a REMINDER notification's `detail` says: when it is due, whether it escalates, why. */
export interface ReminderDetail {
  dueAt: string | null;
  escalation: boolean;
  rule: ReminderRule | null;
}

function asObject(v: unknown): Record<string, unknown> | null {
  if (typeof v === 'string') {
    try {
      return asObject(JSON.parse(v));
    } catch {
      return null;
    }
  }
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** Reads a reminder's `detail` (the JSON scalar, or its text); null when it says nothing usable. */
export function reminderDetail(detail: unknown): ReminderDetail | null {
  const d = asObject(detail);
  if (!d) return null;
  const r = asObject(d.rule);
  const title = str(r?.title);
  const rule = r && title ? { key: str(r.key) ?? '', title, source: str(r.source) ?? '' } : null;
  const out = { dueAt: str(d.dueAt), escalation: d.escalation === true, rule };
  return out.dueAt || out.escalation || out.rule ? out : null;
}
