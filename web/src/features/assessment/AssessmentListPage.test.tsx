import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, renderPage } from '../../test/render';
import AssessmentListPage from './AssessmentListPage';

describe('AssessmentListPage (目标考核)', () => {
  it('lists the schemes with their period and status, and offers a new one to who may issue', async () => {
    const mock = mockClient(() => ({
      data: {
        assessmentSchemes: [
          { __typename: 'AssessmentScheme', id: 's1', name: '2026 年度党支部目标考核', organizationName: '公司党委', periodKind: 'YEAR', year: 2026, quarter: null, targetKind: 'PARTY_BRANCH', status: 'OPEN', computedAt: null },
          { __typename: 'AssessmentScheme', id: 's2', name: '三季度考核', organizationName: '公司党委', periodKind: 'QUARTER', year: 2026, quarter: 3, targetKind: 'PARTY_BRANCH', status: 'CLOSED', computedAt: null },
        ],
      },
    }));
    renderPage(<AssessmentListPage />, { client: mock.client, viewer: { ...OFFICER_VIEWER, permissionsAnywhere: ['assessment:read', 'assessment:write'] } });

    expect(await screen.findByText('2026 年度党支部目标考核')).toBeInTheDocument();
    expect(screen.getByText('2026 年第 3 季度')).toBeInTheDocument();
    expect(screen.getByText('已结束')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新建考核/ })).toBeInTheDocument();
  });

  it('shows an empty state and no issuing to a reader only', async () => {
    const mock = mockClient(() => ({ data: { assessmentSchemes: [] } }));
    renderPage(<AssessmentListPage />, { client: mock.client, viewer: { ...OFFICER_VIEWER, permissionsAnywhere: ['assessment:read'] } });

    expect(await screen.findByText('暂无考核方案')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建考核/ })).toBeNull();
  });
});
