import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { OFFICER_VIEWER } from '../../test/notices';
import { org } from '../../test/meetings';
import { mockClient, named, renderPage, type Reply } from '../../test/render';
import TermsPage from './TermsPage';

const READER: Viewer = { ...OFFICER_VIEWER, permissionsAnywhere: ['org:read'], grants: [{ id: 'g1', role: 'officer', scope: 'a' }] };
const WRITER: Viewer = { ...READER, permissionsAnywhere: ['org:read', 'org:write'] };

const ORGS = {
  data: {
    organizations: {
      edges: [
        org('o-top', '集团党委', 'a', 0, 'PARTY_COMMITTEE'),
        org('o1', '第一党支部', 'a.b1', 1),
        org('o2', '村党支部', 'a.b2', 1),
        org('o-u', '集团工会', 'u', 0, 'UNION_COMMITTEE', 'UNION'),
      ].map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

function term(over: Record<string, unknown>) {
  return {
    __typename: 'OrgTerm',
    organizationId: 'o1',
    organizationName: '第一党支部',
    kind: 'PARTY_BRANCH',
    villageOrCommunity: false,
    officers: 3,
    termYears: 3,
    termStart: '2025-01-01',
    termEnd: '2028-01-01',
    state: 'CURRENT',
    ...over,
  };
}

const OVERVIEW = {
  data: {
    termOverview: {
      __typename: 'TermOverview',
      organizationId: 'o-top',
      asOf: '2026-12-07',
      endedCount: 1,
      endingCount: 1,
      remindBeforeMonths: [6, 1],
      sources: ['《中国共产党支部工作条例（试行）》（2018）第二十条'],
      organizations: [
        term({ organizationId: 'o-top', organizationName: '集团党委', kind: 'PARTY_COMMITTEE', termStart: '2020-06-01', termEnd: '2023-06-01', state: 'ENDED' }),
        term({ organizationId: 'o2', organizationName: '村党支部', termStart: '2024-03-01', termEnd: '2027-03-01', state: 'ENDING' }),
        term({}),
        term({ organizationId: 'o3', organizationName: '第三党支部', officers: 0, termStart: null, termEnd: null, state: 'NO_TERM' }),
      ],
    },
  },
};

function setup(overview: Reply, viewer: Viewer, path = '/orgs/terms') {
  const mock = mockClient((op) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'TermOverview') return overview;
    if (op.operationName === 'SetVillageOrCommunity')
      return { data: { setVillageOrCommunity: { __typename: 'OrgTerm', organizationId: 'o2', villageOrCommunity: true, termYears: 5, termEnd: '2029-03-01', state: 'CURRENT' } } };
    return { data: null };
  });
  renderPage(<TermsPage />, { client: mock.client, path, route: '/orgs/terms', viewer });
  return mock;
}

describe('TermsPage (换届提醒)', () => {
  it('lists the terms of the highest org the viewer holds, ended first, and filters by state', async () => {
    const mock = setup(OVERVIEW, READER);
    expect(await screen.findByTestId('org-terms-summary')).toHaveTextContent('共 4 个组织：1 个任期已满，1 个即将届满');
    expect(screen.getByTestId('org-terms-summary')).toHaveTextContent('届满前 6、1 个月提醒');
    expect(named(mock.sent, 'TermOverview')[0].variables).toEqual({ organizationId: 'o-top' });

    const cards = screen.getAllByTestId('org-term');
    expect(cards.map((c) => within(c).getByRole('link').textContent)).toEqual(['集团党委', '村党支部', '第一党支部', '第三党支部']);
    expect(within(cards[0]).getByText('任期已满').closest('.ant-tag')).toHaveClass('ant-tag-red');
    expect(cards[0]).toHaveTextContent('2023-06-01');
    expect(within(cards[1]).getByText('即将届满').closest('.ant-tag')).toHaveClass('ant-tag-orange');
    expect(within(cards[3]).getByText('未设委员')).toBeInTheDocument();
    expect(within(cards[0]).getByRole('link')).toHaveAttribute('href', '/organizations?line=PARTY&org=o-top');
    // A reader sees the village flag, not a switch.
    expect(screen.queryByRole('switch')).toBeNull();

    fireEvent.click(screen.getByText('即将届满', { selector: '.ant-segmented-item-label' }));
    expect(screen.getAllByTestId('org-term').map((c) => within(c).getByRole('link').textContent)).toEqual(['村党支部']);
  });

  it('lets those who may change orgs mark a village or community org', async () => {
    const mock = setup(OVERVIEW, WRITER);
    const village = await screen.findByRole('switch', { name: '村党支部是村、社区组织' });
    fireEvent.click(village);
    await waitFor(() => expect(named(mock.sent, 'SetVillageOrCommunity')).toHaveLength(1));
    expect(named(mock.sent, 'SetVillageOrCommunity')[0].variables).toEqual({ input: { organizationId: 'o2', villageOrCommunity: true } });
    expect(await screen.findByText('已更新，任期已重新计算')).toBeInTheDocument();
  });

  it('says so when no org under the chosen one elects a committee', async () => {
    setup({ data: { termOverview: { ...OVERVIEW.data.termOverview, endedCount: 0, endingCount: 0, organizations: [] } } }, READER, '/orgs/terms?org=o1');
    expect(await screen.findByText('该组织下没有设委员会的组织')).toBeInTheDocument();
  });

  it('shows the server’s refusal', async () => {
    setup({ data: null, errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] }, READER);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByTestId('org-term')).toBeNull();
  });
});
