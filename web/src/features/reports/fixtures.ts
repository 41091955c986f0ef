import type { ReportCaseFieldsFragment, ReporterReportFieldsFragment } from '../../gql/graphql';

/** A receipt code as the server shows it, once. */
export const RECEIPT = '1234 5678 9012 3456 7890';

export function reporterReport(over: Partial<ReporterReportFieldsFragment> = {}): ReporterReportFieldsFragment {
  return {
    __typename: 'ReporterReport',
    id: null,
    title: '第一党支部违规发放津贴',
    status: 'RECEIVED',
    statusLabel: '待受理',
    createdAt: '2026-03-02T02:00:00Z',
    acceptanceDueAt: '2026-03-16T15:59:59Z',
    messages: [
      { __typename: 'ReportMessage', id: 'msg1', author: 'REPORTER', handlerName: null, body: '补充：发放时间为二月底。', createdAt: '2026-03-02T03:00:00Z' },
      { __typename: 'ReportMessage', id: 'msg2', author: 'HANDLER', handlerName: null, body: '已收到，正在核查。', createdAt: '2026-03-03T03:00:00Z' },
    ],
    ...over,
  };
}

export function reportCase(over: Partial<ReportCaseFieldsFragment> = {}): ReportCaseFieldsFragment {
  return {
    __typename: 'ReportCase',
    id: 'UmVwb3J0Q2FzZTox',
    title: '第一党支部违规发放津贴',
    body: '二月底支部以活动经费名义发放购物卡。',
    status: 'RECEIVED',
    statusLabel: '待受理',
    anonymous: true,
    reporterName: null,
    accusedName: null,
    subjectOrganizationName: '第一党支部',
    handlingOrganizationName: '集团党委',
    routedUp: true,
    createdAt: '2026-03-02T02:00:00Z',
    transferDueAt: '2026-03-09T15:59:59Z',
    acceptanceDueAt: '2026-03-16T15:59:59Z',
    decidedAt: null,
    closedAt: null,
    resultDueAt: null,
    resultNotifiedAt: null,
    expiresAt: null,
    overdue: false,
    availableActions: ['ACCEPT', 'NOT_ACCEPT', 'TRANSFER'],
    messages: [],
    steps: [
      {
        __typename: 'ReportStep',
        id: 'st1',
        action: 'SUBMIT',
        actionLabel: '提交',
        fromStatus: 'RECEIVED',
        toStatus: 'RECEIVED',
        note: null,
        actorName: null,
        createdAt: '2026-03-02T02:00:00Z',
      },
    ],
    files: [{ __typename: 'ReportFile', id: 'f1', name: '照片.jpg', contentType: 'image/jpeg', size: 204800, url: '/reports/files/0b6b0b9e-0000-4000-8000-000000000001' }],
    ...over,
  };
}
