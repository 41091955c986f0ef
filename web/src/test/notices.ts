import type { Viewer } from '../auth/viewer';
import type { NoticeListFieldsFragment, NoticeQuery } from '../gql/graphql';

/** Fixtures for the notice page tests. */

export const MEMBER_VIEWER: Viewer = {
  member: { id: 'm-li', name: '李强', email: 'li@example.cn' },
  tenant: { id: 't1', slug: 'demo', name: '示范单位', timeZone: 'Asia/Shanghai', loginAlerts: false, secondFactorPolicy: 'NONE' },
  secondFactor: { enabled: false, required: false },
  permissions: [],
  permissionsAnywhere: [],
  grants: [],
};

export const OFFICER_VIEWER: Viewer = {
  ...MEMBER_VIEWER,
  member: { id: 'm-wang', name: '王书记', email: 'wang@example.cn' },
  permissionsAnywhere: ['notice:read', 'notice:write'],
  grants: [{ id: 'g1', role: 'officer', scope: 'o1' }],
};

type Notice = NoticeQuery['notice'];

/** A published notice asking for acknowledgement, as its recipient 李强 sees it before opening it. */
export function notice(over: Partial<Notice> = {}): Notice {
  return {
    id: 'n1',
    title: '关于开展主题党日活动的通知',
    category: 'NOTICE',
    importance: 'NORMAL',
    status: 'PUBLISHED',
    ackRequired: true,
    ackDeadline: '2099-06-20T10:00:00Z',
    issuerName: '第一党支部',
    author: { id: 'm-wang', name: '王书记' },
    scheduledAt: null,
    publishedAt: '2026-06-01T02:00:00Z',
    withdrawnAt: null,
    createdAt: '2026-06-01T01:00:00Z',
    myReceipt: { deliveredAt: '2026-06-01T02:00:00Z', readAt: '2026-06-01T03:00:00Z', acknowledgedAt: null, reply: null },
    body: '<p>各位党员：请于<b>本周五</b>下午参加主题党日。</p>',
    issuer: { id: 'o1', name: '第一党支部' },
    reviewer: null,
    reviewNote: null,
    withdrawReason: null,
    recipientCount: 12,
    attachments: [],
    viewerCanSeeBoard: false,
    viewerCanManage: false,
    viewerCanReview: false,
    audience: { orgs: [{ orgId: 'o1', includeSubtree: true }], lines: [], roles: [], politicalStatuses: [], memberIds: [], excludeMemberIds: [] },
    ...over,
  };
}

/** The list fields of a notice (what `notices` and `sentNotices` answer for each). */
export function noticeRow(n: Notice): NoticeListFieldsFragment {
  return {
    id: n.id,
    title: n.title,
    category: n.category,
    importance: n.importance,
    status: n.status,
    ackRequired: n.ackRequired,
    ackDeadline: n.ackDeadline,
    issuerName: n.issuerName,
    author: n.author,
    scheduledAt: n.scheduledAt,
    publishedAt: n.publishedAt,
    withdrawnAt: n.withdrawnAt,
    createdAt: n.createdAt,
    myReceipt: n.myReceipt,
  };
}
