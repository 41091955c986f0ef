import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';
import { ERROR_CODES } from '../api/errors';
import { KINDS, LINES } from '../lib/orgs';
import { POLITICAL_STATUSES } from '../lib/enums';
import { CHANNELS, DIGEST_FREQUENCIES, NOTIFICATION_KINDS } from '../features/notifications/notifications';
import { CHAT_LIVE_STATES, CONVERSATION_KINDS } from '../features/chat/chat';
import { BOARD_STATES, BUILTIN_ROLES, NOTICE_CATEGORIES, NOTICE_IMPORTANCES, NOTICE_STATUSES } from '../features/notices/notices';
import { PUBLISH_MODES } from '../features/notices/composeForm';
import { BASE_SOURCES, DUES_CATEGORIES, DUES_LINES, ENTRY_KINDS, PAYMENT_METHODS, RULE_LABELS } from '../features/dues/dues';
import { GEO_PROBLEMS } from '../features/meetings/geolocation';
import { CONTACT_ROLES, PIPELINE_STAGES, TRANSITION_STATUSES } from '../features/pipeline/pipeline';
import { CROSSING_FIELDS, LETTER_STATUSES, TRANSFER_LINES } from '../features/transfers/transfers';
import { APPLICATION_STATUSES, JOIN_LINES } from '../features/joining/joining';
import { REGISTRATION_FILTERS } from '../features/league/league';
import { CASE_ACTIONS, CASE_STATES, EVENT_KINDS, TASK_STATES } from '../features/grid/grid';
import { ASSIGNMENT_ROLES } from '../features/grid/GridWorkersPanel';
import { ACTIVITY_KINDS, FIELD_KINDS, REGISTRATION_STATUSES } from '../features/activities/activities';
import { ARTICLE_STATUSES } from '../features/publishing/publishing';
import { APPEAL_STATUSES, POINT_ACTIONS, POINT_SOURCES } from '../features/points/points';
import { ATTENDEE_STATES, COMPLIANCE_STATUSES, MEETING_LINES, MEETING_PHASES, MINUTES_STATUSES } from '../features/meetings/meetings';
import { CONTEST_PHASES, CONTEST_STATUSES } from '../features/contest/contest';
import { QUESTION_KINDS } from '../features/quiz/quiz';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES, ORDER_STATUSES, THRESHOLD_KINDS, WELFARE_CATEGORIES } from '../features/welfare/welfare';
import { DAY_KINDS, WEEKDAYS } from '../features/rules/calendar';
import { BRANCH_SETTING_WARNINGS } from '../features/orgs/branchSetting';
import { TERM_STATES } from '../features/orgs/terms';
import { EDUCATIONS, OCCUPATIONS } from '../features/members/profile';
import { NOTE_REQUIRED_ACTIONS, REPORT_ACTIONS, REPORT_STATUSES } from '../features/reports/reports';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const zh = flatten(zhCN as Tree);
const eng = flatten(en as Tree);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'gql' || f === 'locales' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('translations', () => {
  it('have the same keys in zh-CN and en', () => {
    const onlyZh = [...zh.keys()].filter((k) => !eng.has(k));
    const onlyEn = [...eng.keys()].filter((k) => !zh.has(k));
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] });
  });

  it('have no empty messages', () => {
    for (const [k, v] of [...zh, ...eng]) expect(v.trim(), k).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const [k, v] of zh) expect(vars(eng.get(k) ?? ''), k).toEqual(vars(v));
  });

  it('cover every key the components use literally', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..');
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        if (!zh.has(m[1])) missing.push(`${file.slice(root.length)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('cover every enum value shown through a computed key', () => {
    const needed = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      'errors.NETWORK',
      'errors.UNKNOWN',
      'errors.UNAVAILABLE_LATER',
      ...LINES.map((l) => `line.${l}`),
      ...LINES.map((l) => `members.fields.org_${l}`),
      ...KINDS.map((k) => `kind.${k}`),
      ...POLITICAL_STATUSES.map((s) => `politicalStatus.${s}`),
      ...NOTIFICATION_KINDS.map((k) => `notifications.kinds.${k}`),
      ...CHANNELS.map((c) => `notificationSettings.channels.${c}`),
      ...DIGEST_FREQUENCIES.map((f) => `notificationSettings.digest.frequencies.${f}`),
      ...CONVERSATION_KINDS.map((k) => `chat.kinds.${k}`),
      ...CHAT_LIVE_STATES.map((s) => `chat.live.${s}`),
      ...NOTICE_CATEGORIES.map((c) => `notices.categories.${c}`),
      ...NOTICE_IMPORTANCES.map((i) => `notices.importances.${i}`),
      ...NOTICE_STATUSES.map((s) => `notices.statuses.${s}`),
      ...BOARD_STATES.map((s) => `notices.board.states.${s}`),
      ...PUBLISH_MODES.flatMap((m) => [`notices.compose.publish.${m}`, `notices.compose.confirm.${m}.title`, `notices.compose.confirm.${m}.body`]),
      ...BUILTIN_ROLES.map((r) => `roleNames.${r}`),
      ...DUES_LINES.flatMap((l) => [`dues.lines.${l}`, `dues.arrears.lapse.${l}`]),
      ...DUES_CATEGORIES.map((c) => `dues.categories.${c}`),
      ...PAYMENT_METHODS.map((m) => `dues.methods.${m}`),
      ...ENTRY_KINDS.map((k) => `dues.kinds.${k}`),
      ...BASE_SOURCES.map((s) => `dues.sources.${s}`),
      ...Object.values(RULE_LABELS).map((r) => `dues.rules.${r}`),
      ...MEETING_PHASES.map((p) => `meetings.phases.${p}`),
      ...ATTENDEE_STATES.map((s) => `meetings.attendee.states.${s}`),
      ...MINUTES_STATUSES.map((s) => `meetings.minutesStatuses.${s}`),
      ...COMPLIANCE_STATUSES.map((s) => `meetings.compliance.statuses.${s}`),
      ...GEO_PROBLEMS.map((p) => `meetings.geo.${p}`),
      ...MEETING_LINES.map((l) => `line.${l}`),
      ...['expected', 'present', 'onLeave', 'leavePending', 'absent'].map((k) => `meetings.attendance.${k}`),
      'meetings.attendee.methods.QR',
      'meetings.attendee.methods.MANUAL',
      'nav.meetingsGroup',
      'nav.pipelineGroup',
      ...PIPELINE_STAGES.map((s) => `pipeline.stages.${s}`),
      ...TRANSITION_STATUSES.map((s) => `pipeline.statuses.${s}`),
      ...CONTACT_ROLES.map((r) => `pipeline.roles.${r}`),
      'nav.relationsGroup',
      'nav.massGroup',
      ...LETTER_STATUSES.map((s) => `transfers.statuses.${s}`),
      ...TRANSFER_LINES.flatMap((l) => [`transfers.lines.${l}`, `transfers.print.heading.${l}`, `line.${l}`]),
      ...CROSSING_FIELDS.map((f) => `transfers.crossing.fields.${f}`),
      ...JOIN_LINES.flatMap((l) => [`joining.lines.${l}`, `joining.apply.${l}`, `joining.pickOrg.${l}`]),
      ...APPLICATION_STATUSES.map((s) => `joining.statuses.${s}`),
      ...REGISTRATION_FILTERS.map((f) => `league.filters.${f}`),
      'notices.audience.summary.members',
      'notices.audience.summary.plusMembers',
      'nav.gridGroup',
      ...CASE_STATES.map((s) => `grid.states.${s}`),
      ...CASE_ACTIONS.map((a) => `grid.actions.${a}`),
      ...EVENT_KINDS.map((k) => `grid.events.${k}`),
      ...TASK_STATES.map((s) => `grid.tasks.states.${s}`),
      ...ASSIGNMENT_ROLES.map((r) => `grid.roles.${r}`),
      ...['over', 'left'].flatMap((d) => ['minutes', 'hours', 'days'].map((u) => `grid.timeLeft.${d}.${u}`)),
      ...['total', 'resolutionRate', 'onTimeRate', 'mediationSuccessRate', 'medianHoursToAccept', 'medianHoursToClose', 'ratingAverage'].map((k) => `grid.stats.${k}`),
      'roles.objects.grid',
      'roles.objects.activity',
      'roles.objects.publishing',
      'roles.objects.points',
      'roles.acts.review',
      ...POINT_ACTIONS.map((a) => `points.actions.${a}`),
      ...POINT_SOURCES.map((k) => `points.sources.${k}`),
      ...APPEAL_STATUSES.map((s) => `points.appealStatus.${s}`),
      ...ARTICLE_STATUSES.map((s) => `publishing.status.${s}`),
      ...['PARTY', 'UNION', 'YOUTH'].map((l) => `publishing.lines.${l}`),
      ...ACTIVITY_KINDS.map((k) => `activities.kind.${k}`),
      ...REGISTRATION_STATUSES.flatMap((s) => [`activities.status.${s}`, `activities.registered.${s}`]),
      ...FIELD_KINDS.map((k) => `activities.fieldKind.${k}`),
      ...['QR', 'MANUAL'].map((m) => `activities.method.${m}`),
      ...['CREDIT', 'REVERSAL', 'ADJUSTMENT'].map((k) => `activities.entryKind.${k}`),
      ...['label', 'options'].map((p) => `activities.problems.${p}`),
      ...['upcoming', 'past', 'mine', 'org'].map((tab) => `activities.list.none.${tab}`),
      ...CONTEST_STATUSES.map((s) => `contest.statuses.${s}`),
      ...CONTEST_PHASES.map((p) => `contest.phases.${p}`),
      ...QUESTION_KINDS.map((k) => `quiz.kinds.${k}`),
      ...WELFARE_CATEGORIES.map((c) => `welfare.categories.${c}`),
      ...CAMPAIGN_KINDS.flatMap((k) => [`welfare.kinds.${k}`, `welfare.order.submit.${k}`]),
      ...THRESHOLD_KINDS.flatMap((k) => [`welfare.thresholdKinds.${k}`, `welfare.threshold.${k}`]),
      ...CAMPAIGN_STATUSES.map((s) => `welfare.statuses.${s}`),
      ...ORDER_STATUSES.map((s) => `welfare.orderStatuses.${s}`),
      'welfare.nav.group',
      ...DAY_KINDS.map((k) => `rules.calendar.kinds.${k}`),
      ...WEEKDAYS.flatMap((w) => [`rules.calendar.weekdays.${w}`, `rules.calendar.weekdaysShort.${w}`]),
      'roles.objects.welfare',
      ...BRANCH_SETTING_WARNINGS.map((w) => `orgs.branchSetting.warnings.${w}`),
      ...TERM_STATES.map((s) => `orgs.terms.states.${s}`),
      ...EDUCATIONS.map((e) => `members.profile.educations.${e}`),
      ...OCCUPATIONS.map((o) => `members.profile.occupations.${o}`),
      ...REPORT_STATUSES.map((s) => `reports.statuses.${s}`),
      ...REPORT_ACTIONS.map((a) => `reports.actions.${a}`),
      ...NOTE_REQUIRED_ACTIONS.map((a) => `reports.handle.noteLabel.${a}`),
      'reports.nav.group',
      'reports.nav.cases',
      'contest.nav',
      'gender.MALE',
      'gender.FEMALE',
      'validation.password.tooShort',
      'validation.password.tooLong',
      'validation.password.lettersDigits',
    ];
    expect(needed.filter((k) => !zh.has(k))).toEqual([]);
  });
});
