import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, renderPage } from '../../test/render';
import AssessmentLedgerPage from './AssessmentLedgerPage';

function ledger(canManage: boolean) {
  return {
    __typename: 'AssessmentLedger',
    scheme: { __typename: 'AssessmentScheme', id: 's1', name: '2026 年度党支部目标考核', organizationId: 'o1', organizationName: '公司党委', periodKind: 'YEAR', year: 2026, quarter: null, targetKind: 'PARTY_BRANCH', starThresholds: [60, 70, 80, 90, 95], status: 'OPEN', computedAt: '2026-12-01T01:30:00Z' },
    fullScore: 100,
    canManage,
    indicators: [
      { __typename: 'AssessmentIndicator', id: 'i1', position: 1, name: '党费收缴', description: '', weight: 60, method: 'AUTO', metric: 'DUES_COLLECTION', metricLabel: '党费收缴率', target: null },
      { __typename: 'AssessmentIndicator', id: 'i2', position: 2, name: '特色工作', description: '品牌创建', weight: 40, method: 'MANUAL', metric: null, metricLabel: null, target: null },
    ],
    results: [
      {
        __typename: 'AssessmentOrgResult',
        organizationId: 'b2',
        organizationName: '第二党支部',
        total: 95,
        rank: 1,
        stars: 5,
        scores: [
          { __typename: 'AssessmentScore', indicatorId: 'i1', score: 60, numerator: 0, denominator: 0, recordsTotal: 0, note: '无应计记录，按满分计', manual: false, updatedAt: '2026-12-01T01:30:00Z' },
          { __typename: 'AssessmentScore', indicatorId: 'i2', score: 35, numerator: null, denominator: null, recordsTotal: 0, note: '成效明显', manual: true, updatedAt: '2026-12-01T01:30:00Z' },
        ],
      },
      {
        __typename: 'AssessmentOrgResult',
        organizationId: 'b1',
        organizationName: '第一党支部',
        total: 30,
        rank: 2,
        stars: 0,
        scores: [{ __typename: 'AssessmentScore', indicatorId: 'i1', score: 30, numerator: 1500, denominator: 3000, recordsTotal: 3, note: '党费收缴率：1500 / 3000', manual: false, updatedAt: '2026-12-01T01:30:00Z' }],
      },
    ],
  };
}

const records = {
  data: {
    assessmentRecords: {
      __typename: 'AssessmentRecords',
      total: 2,
      records: [
        { __typename: 'AssessmentRecord', kind: 'DUES_MEMBER', id: 'm1', title: '甲成员', on: null, counted: true, note: '应缴 ¥10.00 实缴 ¥10.00' },
        { __typename: 'AssessmentRecord', kind: 'DUES_MEMBER', id: 'm2', title: '乙成员', on: null, counted: false, note: '应缴 ¥20.00 实缴 ¥5.00' },
      ],
    },
  },
};

describe('AssessmentLedgerPage (考核台账)', () => {
  it('ranks the branches with stars and explains an automatic figure by its records', async () => {
    const mock = mockClient((op) => {
      if (op.operationName === 'AssessmentRecords') return records;
      return { data: { assessmentLedger: ledger(true) } };
    });
    renderPage(<AssessmentLedgerPage />, { client: mock.client, path: '/assessment/s1', route: '/assessment/:id', viewer: OFFICER_VIEWER });

    expect(await screen.findByText('第二党支部')).toBeInTheDocument();
    expect(screen.getByText('重新计算')).toBeInTheDocument();
    expect(screen.getByText('未评分')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '查看 第一党支部 的 党费收缴' }));
    expect(await screen.findByText('乙成员')).toBeInTheDocument();
    expect(screen.getByText('¥15 / ¥30（50%）')).toBeInTheDocument();
    expect(screen.getByText('共 2 条记录')).toBeInTheDocument();
    expect(mock.sent.find((o) => o.operationName === 'AssessmentRecords')?.variables).toEqual({ schemeId: 's1', indicatorId: 'i1', organizationId: 'b1' });
  });

  it('lets the issuing org score a manual indicator within its weight', async () => {
    const mock = mockClient((op) => {
      if (op.operationName === 'AssessmentReports') return { data: { assessmentReports: [] } };
      if (op.operationName === 'ScoreAssessmentIndicator') return { data: { scoreAssessmentIndicator: { __typename: 'AssessmentLedgerPayload', ledger: ledger(true) } } };
      return { data: { assessmentLedger: ledger(true) } };
    });
    renderPage(<AssessmentLedgerPage />, { client: mock.client, path: '/assessment/s1', route: '/assessment/:id', viewer: OFFICER_VIEWER });

    fireEvent.click(await screen.findByRole('button', { name: '查看 第一党支部 的 特色工作' }));
    expect(await screen.findByText('尚未提交进展报告')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('spinbutton', { name: /得分/ }), { target: { value: '32.5' } });
    fireEvent.click(screen.getByRole('button', { name: /保存评分/ }));
    await waitFor(() => expect(mock.sent.some((o) => o.operationName === 'ScoreAssessmentIndicator')).toBe(true));
    expect(mock.sent.find((o) => o.operationName === 'ScoreAssessmentIndicator')?.variables).toEqual({ input: { schemeId: 's1', indicatorId: 'i2', organizationId: 'b1', score: 32.5, note: '' } });
  });

  it('offers an assessed branch the report form and no scoring', async () => {
    const mock = mockClient((op) => {
      if (op.operationName === 'AssessmentReports') return { data: { assessmentReports: [{ __typename: 'AssessmentReport', id: 'r1', indicatorId: 'i2', text: '已形成品牌案例', authorName: '书记', createdAt: '2026-11-01T00:00:00Z', files: [] }] } };
      if (op.operationName === 'SubmitAssessmentReport') return { data: { submitAssessmentReport: { __typename: 'AssessmentReportPayload', report: { __typename: 'AssessmentReport', id: 'r2' } } } };
      return { data: { assessmentLedger: ledger(false) } };
    });
    renderPage(<AssessmentLedgerPage />, { client: mock.client, path: '/assessment/s1', route: '/assessment/:id', viewer: OFFICER_VIEWER });

    fireEvent.click(await screen.findByRole('button', { name: '查看 第一党支部 的 特色工作' }));
    expect(await screen.findByText('已形成品牌案例')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /保存评分/ })).toBeNull();
    expect(screen.queryByText('重新计算')).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: '进展情况' }), { target: { value: '新增党员先锋岗 2 个' } });
    fireEvent.click(screen.getByRole('button', { name: /提\s?交/ }));
    await waitFor(() => expect(mock.sent.some((o) => o.operationName === 'SubmitAssessmentReport')).toBe(true));
  });
});
