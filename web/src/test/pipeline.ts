import type { Viewer } from '../auth/viewer';
import type { StageTransitionFieldsFragment } from '../gql/graphql';
import type { PipelineEntry } from '../features/pipeline/EntryCard';
import { MEMBER_VIEWER } from './notices';

/** Fixtures for the 发展党员 page tests. */

export const SECRETARY_VIEWER: Viewer = {
  ...MEMBER_VIEWER,
  member: { id: 'm-wang', name: '王书记', email: 'wang@example.cn' },
  permissionsAnywhere: ['member:read', 'member:write'],
  grants: [{ id: 'g1', role: 'officer', scope: 'a.b1' }],
};

export function entry(over: Partial<PipelineEntry> = {}): PipelineEntry {
  return {
    memberId: 'm-li',
    name: '李强',
    orgId: 'o1',
    orgName: '第一党支部',
    stage: 'ACTIVIST',
    since: '2025-01-10',
    extendedMonths: 0,
    contacts: 1,
    introducers: 0,
    nextStage: 'DEVELOPMENT_TARGET',
    earliestNext: '2026-01-10',
    blockedBy: null,
    ...over,
  };
}

export const RULE_SOURCE = '《中国共产党发展党员工作细则》（2014）第十二条、第十三条';
export const REFUSAL = `入党积极分子须经过至少 12 个月的培养教育，2026-01-10 起方可列为发展对象（还差 180 天）（依据：入党积极分子培养期、思想汇报与培养联系人，${RULE_SOURCE}；规则 party.activist.period）`;

export function transition(over: Partial<StageTransitionFieldsFragment> = {}): StageTransitionFieldsFragment {
  return {
    id: 'tr1',
    memberId: 'm-zhao',
    memberName: '赵敏',
    orgId: 'o1',
    orgName: '第一党支部',
    fromStage: 'ACTIVIST',
    toStage: 'DEVELOPMENT_TARGET',
    extensionMonths: null,
    effectiveOn: '2026-06-01',
    note: '支部大会讨论通过',
    status: 'PENDING_APPROVAL',
    publicityUntil: null,
    approvalDueAt: '2026-09-01T02:00:00Z',
    awaitingDecision: true,
    objectionCount: 0,
    objections: [],
    proposedAt: '2026-06-01T02:00:00Z',
    decidedAt: null,
    decisionNote: null,
    ...over,
  };
}
