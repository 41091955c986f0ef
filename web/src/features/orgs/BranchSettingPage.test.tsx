import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { OFFICER_VIEWER } from '../../test/notices';
import { org } from '../../test/meetings';
import { mockClient, named, renderPage, type Reply } from '../../test/render';
import BranchSettingPage from './BranchSettingPage';

const SECRETARY: Viewer = { ...OFFICER_VIEWER, permissionsAnywhere: ['org:read'], grants: [{ id: 'g1', role: 'officer', scope: 'a' }] };

const ORGS = {
  data: {
    organizations: {
      edges: [
        org('o-top', '集团党委', 'a', 0, 'PARTY_COMMITTEE'),
        org('o1', '第一党支部', 'a.b1', 1),
        org('o2', '第二党支部', 'a.b2', 1),
        org('o3', '第三党支部', 'a.b3', 1),
      ].map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

function branch(over: Record<string, unknown>) {
  return {
    __typename: 'BranchSetting',
    organizationId: 'o1',
    organizationName: '第一党支部',
    formalMembers: 5,
    probationaryMembers: 0,
    committeeSize: 1,
    termEnd: '2027-03-01',
    warnings: [],
    messages: [],
    ...over,
  };
}

const REVIEW = {
  data: {
    branchSettingReview: {
      __typename: 'BranchSettingReview',
      organizationId: 'o-top',
      asOf: '2026-06-10',
      warningCount: 2,
      sources: ['《中国共产党支部工作条例（试行）》'],
      branches: [
        branch({
          organizationId: 'o2',
          organizationName: '第二党支部',
          formalMembers: 2,
          probationaryMembers: 1,
          committeeSize: 0,
          termEnd: null,
          warnings: ['TOO_FEW_FORMAL_MEMBERS'],
          messages: ['正式党员 2 人，不足 3 人（《中国共产党支部工作条例（试行）》第七条）'],
        }),
        branch({
          organizationId: 'o3',
          organizationName: '第三党支部',
          formalMembers: 8,
          probationaryMembers: 2,
          committeeSize: 1,
          termEnd: '2026-09-30',
          warnings: ['NEEDS_COMMITTEE', 'TERM_ENDING'],
          messages: ['正式党员 8 人，支部委员会 1 人，应设支部委员会（第八条）', '任期将于 2026-09-30 届满，应做好换届准备（第二十条）'],
        }),
        branch({ organizationId: 'o1', organizationName: '第一党支部', formalMembers: 5, probationaryMembers: 0, committeeSize: 1, termEnd: '2027-03-01' }),
      ],
    },
  },
};

function setup(review: Reply, path = '/orgs/branch-setting') {
  const mock = mockClient((op) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'BranchSettingReview') return review;
    return { data: null };
  });
  renderPage(<BranchSettingPage />, { client: mock.client, path, route: '/orgs/branch-setting', viewer: SECRETARY });
  return mock;
}

describe('BranchSettingPage (支部设置与换届检查)', () => {
  it('reviews the highest org the viewer holds, listing each branch with its warnings and the server’s messages', async () => {
    const mock = setup(REVIEW);
    expect(await screen.findByTestId('branch-setting-summary')).toHaveTextContent('共 3 个支部，2 个需要关注');
    expect(named(mock.sent, 'BranchSettingReview')[0].variables).toEqual({ organizationId: 'o-top' });

    const cards = screen.getAllByTestId('branch-setting');
    expect(cards.map((c) => within(c).getByRole('link').textContent)).toEqual(['第二党支部', '第三党支部', '第一党支部']);

    const second = cards[0];
    expect(within(second).getByText('正式党员不足').closest('.ant-tag')).toHaveClass('ant-tag-red');
    expect(second).toHaveTextContent('正式党员 2 人，不足 3 人（《中国共产党支部工作条例（试行）》第七条）');
    expect(second).toHaveTextContent('未设支委');

    const third = cards[1];
    expect(within(third).getByText('应设支委会').closest('.ant-tag')).toHaveClass('ant-tag-red');
    expect(within(third).getByText('即将换届').closest('.ant-tag')).toHaveClass('ant-tag-orange');
    expect(third).toHaveTextContent('任期将于 2026-09-30 届满，应做好换届准备（第二十条）');
    expect(third).toHaveTextContent('2026-09-30');

    expect(within(cards[2]).getByText('设置正常')).toBeInTheDocument();
    expect(within(cards[2]).getByRole('link', { name: '第一党支部' })).toHaveAttribute('href', '/organizations?line=PARTY&org=o1');
  });

  it('says so when the chosen org has no party branches', async () => {
    const mock = setup(
      { data: { branchSettingReview: { __typename: 'BranchSettingReview', organizationId: 'o2', asOf: '2026-06-10', warningCount: 0, sources: [], branches: [] } } },
      '/orgs/branch-setting?org=o2',
    );
    expect(await screen.findByText('该组织下没有党支部')).toBeInTheDocument();
    await waitFor(() => expect(named(mock.sent, 'BranchSettingReview')[0].variables).toEqual({ organizationId: 'o2' }));
    expect(screen.queryByTestId('branch-setting-summary')).toBeNull();
    expect(screen.queryByTestId('branch-setting')).toBeNull();
  });

  it('shows the server’s refusal', async () => {
    setup({ data: null, errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }] });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByTestId('branch-setting')).toBeNull();
  });
});
