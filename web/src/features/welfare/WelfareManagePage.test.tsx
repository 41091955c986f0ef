import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { OFFICER_VIEWER } from '../../test/notices';
import { org } from '../../test/meetings';
import { mockClient, named, renderPage, type SentOperation } from '../../test/render';
import { campaign, connection, crowdfund } from './fixtures';
import WelfareManagePage from './WelfareManagePage';

const UNION_OFFICER: Viewer = { ...OFFICER_VIEWER, permissionsAnywhere: ['welfare:read', 'welfare:write'], grants: [{ id: 'g1', role: 'officer', scope: 'u' }] };

const ORGS = {
  data: {
    organizations: {
      edges: [org('u1', '集团工会', 'u', 0, 'UNION_COMMITTEE', 'UNION'), org('u2', '第一工会小组', 'u.g1', 1, 'UNION_BRANCH', 'UNION')].map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

const STATS = {
  data: {
    welfareStatistics: {
      __typename: 'WelfareStatistics',
      year: new Date().getFullYear(),
      organizationId: 'u1',
      categories: [
        { __typename: 'WelfareCategoryTotal', category: 'HOLIDAY', label: '节日慰问', subsidyFen: 120000, memberPayFen: 117600, memberCount: 12 },
        { __typename: 'WelfareCategoryTotal', category: 'BIRTHDAY', label: '生日慰问', subsidyFen: 20000, memberPayFen: 0, memberCount: 1 },
      ],
      organizations: [
        { __typename: 'WelfareOrgTotal', organizationId: 'u2', organizationName: '第一工会小组', category: 'HOLIDAY', label: '节日慰问', subsidyFen: 120000, memberCount: 12 },
      ],
    },
  },
};

function setup(path = '/welfare/manage') {
  const mock = mockClient((op: SentOperation) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'WelfareCampaigns') return { data: { welfareCampaigns: connection('WelfareCampaign', [campaign({ viewerCanManage: true }), crowdfund({ status: 'CANCELLED', viewerCanManage: true })]) } };
    if (op.operationName === 'WelfareStatistics') return STATS;
    if (op.operationName === 'CancelWelfareCampaign') return { data: { cancelWelfareCampaign: { __typename: 'WelfareCampaignPayload', campaign: campaign({ status: 'CANCELLED', cancelReason: '供应商无法按期供货' }) } } };
    return { data: null };
  });
  renderPage(<WelfareManagePage />, { client: mock.client, path, route: '/welfare/manage', viewer: UNION_OFFICER });
  return mock;
}

describe('WelfareManagePage (福利管理)', () => {
  it('lists the union’s campaigns and cancels an open one with a reason, after saying what follows', async () => {
    const mock = setup();
    const link = await screen.findByRole('link', { name: '春节慰问品拼团' });
    await waitFor(() => expect(named(mock.sent, 'WelfareCampaigns')[0]?.variables).toMatchObject({ organizationId: 'u1', status: null }));
    // (Buttons inside the table are found by text: role queries there are slow in jsdom.)
    const cancelled = screen.getByRole('link', { name: '职工书屋众筹' }).closest('tr')!;
    expect(within(cancelled).queryByText('取消活动')).toBeNull();
    fireEvent.click(within(link.closest('tr')!).getByText('取消活动'));

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('全部订单将自动取消并记录退款');
    fireEvent.click(within(dialog).getByText('确认取消活动'));
    expect(await within(dialog).findByText('请填写取消原因')).toBeInTheDocument();
    expect(named(mock.sent, 'CancelWelfareCampaign')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('取消原因'), { target: { value: '供应商无法按期供货' } });
    fireEvent.click(within(dialog).getByText('确认取消活动'));
    await waitFor(() => expect(named(mock.sent, 'CancelWelfareCampaign')).toHaveLength(1));
    expect(named(mock.sent, 'CancelWelfareCampaign')[0].variables).toEqual({ id: 'wc1', reason: '供应商无法按期供货' });
  });

  it('shows the statistics per category and org, and exports them as .xlsx', async () => {
    const year = new Date().getFullYear();
    const mock = setup('/welfare/manage?org=u1&tab=statistics');
    expect((await screen.findAllByText('¥1,200.00')).length).toBe(2);
    expect(named(mock.sent, 'WelfareStatistics')[0].variables).toEqual({ organizationId: 'u1', year });
    expect(screen.getByText('第一工会小组', { selector: 'td' })).toBeInTheDocument();
    expect(screen.getByText('合计')).toBeInTheDocument();
    expect(screen.getByText('¥1,400.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /导出 \.xlsx/ })).toHaveAttribute('href', `/export/welfare-statistics.xlsx?organization=u1&year=${year}`);
  });
});
