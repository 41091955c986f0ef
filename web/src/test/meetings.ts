import type { MeetingFieldsFragment, MeetingTypesQuery } from '../gql/graphql';
import type { Viewer } from '../auth/viewer';
import { MEMBER_VIEWER } from './notices';

/** Fixtures for the meeting page tests. */

export const SECRETARY_VIEWER: Viewer = {
  ...MEMBER_VIEWER,
  member: { id: 'm-wang', name: '王书记', email: 'wang@example.cn' },
  permissionsAnywhere: ['meeting:read', 'meeting:write'],
  grants: [{ id: 'g1', role: 'officer', scope: 'a.b1' }],
};

type Attendee = MeetingFieldsFragment['attendees'][number];

export function attendee(memberId: string, name: string, over: Partial<Attendee> = {}): Attendee {
  return {
    memberId,
    name,
    state: 'INVITED',
    voting: true,
    leaveReason: null,
    leaveRefused: false,
    checkedInAt: null,
    checkInMethod: null,
    ...over,
  };
}

const HOUR = 3_600_000;

/** A 支部党员大会 of 第一党支部 that started a few minutes ago, as its secretary sees it. */
export function meeting(over: Partial<MeetingFieldsFragment> = {}): MeetingFieldsFragment {
  const now = Date.now();
  const attendees = over.attendees ?? [attendee('m-li', '李强'), attendee('m-zhang', '张明', { state: 'LEAVE_PENDING', leaveReason: '出差' })];
  return {
    id: 'mt1',
    orgId: 'o1',
    orgName: '第一党支部',
    line: 'PARTY',
    type: 'BRANCH_GENERAL_MEETING',
    typeLabel: '支部党员大会',
    title: '六月支部党员大会',
    startsAt: new Date(now - 5 * 60_000).toISOString(),
    endsAt: new Date(now + 2 * HOUR).toISOString(),
    location: '党员活动室',
    isElection: false,
    status: 'SCHEDULED',
    held: true,
    checkInOpen: true,
    minutesStatus: 'NONE',
    canManage: true,
    agenda: '一、学习党章\n二、讨论发展对象',
    geofence: null,
    cancelReason: null,
    minutes: null,
    resolutions: [],
    approvedAt: null,
    approvedByName: null,
    attachments: [],
    amendments: [],
    attendance: {
      expected: 2,
      present: 0,
      onLeave: 0,
      leavePending: 1,
      absent: 2,
      quorumShare: 0.5,
      quorumInclusive: false,
      quorumMet: false,
      quorumRuleSource: '《中国共产党支部工作条例（试行）》第十七条',
    },
    attendees,
    myAttendance: null,
    createdAt: new Date(now - 24 * HOUR).toISOString(),
    ...over,
  };
}

export const MEETING_TYPES: MeetingTypesQuery['meetingTypes'] = [
  {
    type: 'BRANCH_GENERAL_MEETING',
    label: '支部党员大会',
    line: 'PARTY',
    frequencyMonths: 3,
    ruleKey: 'meeting.frequency',
    ruleSource: '《中国共产党支部工作条例（试行）》第十七条',
    general: true,
    committeeOnly: false,
  },
  {
    type: 'BRANCH_COMMITTEE',
    label: '支委会',
    line: 'PARTY',
    frequencyMonths: 1,
    ruleKey: 'meeting.frequency',
    ruleSource: '《中国共产党支部工作条例（试行）》第十七条',
    general: false,
    committeeOnly: true,
  },
  {
    type: 'LEAGUE_DAY',
    label: '主题团日',
    line: 'YOUTH',
    frequencyMonths: 1,
    ruleKey: 'meeting.frequency',
    ruleSource: '共青团基层组织工作条例',
    general: false,
    committeeOnly: false,
  },
  { type: 'OTHER', label: '其他会议', line: '', frequencyMonths: null, ruleKey: null, ruleSource: null, general: false, committeeOnly: false },
];

export function org(id: string, name: string, path: string, depth: number, kind = 'PARTY_BRANCH', line = 'PARTY') {
  return { id, name, line, kind, kindLabel: '', path, depth, isJoint: false, isVirtual: false, archivedAt: null, createdAt: '2026-01-01T00:00:00Z' };
}

export const ORGS = {
  data: {
    organizations: {
      edges: [org('o-top', '集团党委', 'a', 0, 'PARTY_COMMITTEE'), org('o1', '第一党支部', 'a.b1', 1), org('o-y', '团支部', 'y', 0, 'YOUTH_BRANCH', 'YOUTH')].map(
        (node) => ({ node }),
      ),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};
