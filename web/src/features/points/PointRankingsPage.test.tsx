import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, renderPage } from '../../test/render';
import PointRankingsPage from './PointRankingsPage';

const orgs = {
  data: {
    organizations: {
      __typename: 'OrganizationConnection',
      edges: [{ __typename: 'OrganizationEdge', cursor: 'c0', node: { __typename: 'Organization', id: 'o1', name: '公司党委', line: 'PARTY', kind: 'PARTY_COMMITTEE', kindLabel: '党委', path: '1', depth: 1, isJoint: false, isVirtual: false, archivedAt: null, createdAt: '2026-01-01T00:00:00Z' } }],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
};

describe('PointRankingsPage (积分排名)', () => {
  it('shows ties sharing a rank and the branches by their average', async () => {
    const mock = mockClient((op) => {
      if (op.operationName === 'PointRankings')
        return {
          data: {
            pointRankings: [
              { __typename: 'PointRanking', rank: 1, memberId: 'm1', memberName: '甲成员', points: 6 },
              { __typename: 'PointRanking', rank: 1, memberId: 'm2', memberName: '乙成员', points: 6 },
              { __typename: 'PointRanking', rank: 3, memberId: 'm3', memberName: '丙成员', points: 3 },
            ],
          },
        };
      if (op.operationName === 'BranchPointRankings')
        return { data: { branchPointRankings: [{ __typename: 'BranchPointRanking', rank: 1, organizationId: 'b1', organizationName: '第二党支部', members: 1, total: 9, average: 9 }] } };
      return orgs;
    });
    renderPage(<PointRankingsPage />, { client: mock.client, viewer: { ...OFFICER_VIEWER, permissionsAnywhere: ['points:read', 'points:write'] } });

    expect(await screen.findByText('乙成员')).toBeInTheDocument();
    expect(screen.getByText('并列 1')).toBeInTheDocument();
    expect(screen.getAllByText(/^奖\s?励$/)).toHaveLength(3);
    fireEvent.click(screen.getByRole('tab', { name: '支部对标' }));
    expect(await screen.findByText('第二党支部')).toBeInTheDocument();
    expect(screen.getByText('9.00')).toBeInTheDocument();
  });
});
