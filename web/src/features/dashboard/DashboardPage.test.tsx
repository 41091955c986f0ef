import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createLiveStatusStore, registerLiveStatus } from '../../api/liveStatus';
import { OFFICER_VIEWER } from '../../test/notices';
import { org } from '../../test/meetings';
import { fakeSubscriptions, mockClient, named, renderPage, type Reply } from '../../test/render';
import BigScreenPage from './BigScreenPage';
import DashboardPage from './DashboardPage';
import { percent } from './figures';

// ECharts needs a canvas, which jsdom lacks: the chart is a labelled box here.
vi.mock('../../components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const ORGS = {
  data: {
    organizations: {
      edges: [org('o-top', '集团党委', 'a', 0, 'PARTY_COMMITTEE'), org('o1', '第一党支部', 'a.b1', 1)].map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

const c = (key: string, count: number) => ({ __typename: 'Count', key, count });

function dashboard(over: Record<string, unknown> = {}) {
  return {
    __typename: 'OrgDashboard',
    organization: { __typename: 'DashboardOrganization', id: 'o-top', name: '集团党委' },
    generatedAt: '2026-12-07T08:00:00Z',
    asOf: '2026-12-07',
    members: {
      __typename: 'DashboardMembers',
      total: 120,
      byLine: [c('PARTY', 80), c('UNION', 100), c('YOUTH', 10), c('ADMIN', 0)],
      byPoliticalStatus: [c('FULL_MEMBER', 70), c('PROBATIONARY', 5), c('MASSES', 45)],
      byGender: [c('MALE', 60), c('FEMALE', 50), c('UNKNOWN', 10)],
      byAgeBand: [c('UP_TO_25', 10), c('26_35', 40), c('36_45', 30), c('46_55', 20), c('56_60', 10), c('OVER_60', 5), c('UNKNOWN', 5)],
      byEducation: [c('BACHELOR', 60), c('NOT_RECORDED', 60)],
      byJoinYear: [c('2010', 30), c('2019', 40), c('UNKNOWN', 5)],
    },
    pipeline: [
      { __typename: 'DashboardStage', stage: 'APPLICANT', members: 4, overdue: 0, dueSoon: 0 },
      { __typename: 'DashboardStage', stage: 'ACTIVIST', members: 3, overdue: 2, dueSoon: 1 },
      { __typename: 'DashboardStage', stage: 'DEVELOPMENT_TARGET', members: 1, overdue: 0, dueSoon: 0 },
      { __typename: 'DashboardStage', stage: 'PROBATIONARY', members: 5, overdue: 0, dueSoon: 0 },
    ],
    meetings: { __typename: 'DashboardMeetings', required: 8, done: 6, scheduled: 1, due: 1, overdue: 0, missedLast12Months: 2, complianceRate: 0.75 },
    dues: { __typename: 'DashboardDues', year: 2026, dueFen: 100000, paidFen: 87650, collectionRate: 0.8765, arrearsMembers: 3, arrearsFen: 12350 },
    notices: { __typename: 'DashboardNotices', notices: 0, required: 0, acknowledged: 0, acknowledgementRate: null },
    participation: null,
    study: null,
    points: null,
    grid: null,
    engagement: [{ __typename: 'DashboardWeek', weekStart: '2026-12-07', label: '2026-W50', active: 42 }],
    ...over,
  };
}

function setup(reply: (op: { variables: Record<string, unknown> }) => Reply, path = '/') {
  const mock = mockClient((op) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'OrgDashboard') return reply(op);
    if (op.operationName === 'Dashboard') return { data: { dashboard: { __typename: 'Dashboard', memberTotal: 1, membersByLine: [], membersByPoliticalStatus: [], organizationsByLine: [] } } };
    return { data: null };
  });
  renderPage(<DashboardPage />, { client: mock.client, path, route: '/', viewer: OFFICER_VIEWER });
  return mock;
}

describe('percent', () => {
  it('shows a rate of nothing as a dash, not 0 % or 100 %', () => {
    expect(percent(null)).toBe('—');
    expect(percent(0)).toBe('0.0%');
    expect(percent(0.8765)).toBe('87.7%');
    expect(percent(1)).toBe('100.0%');
  });
});

describe('DashboardPage (工作概览)', () => {
  it('shows the viewer’s org’s figures, each opening the list behind it', async () => {
    const { sent } = setup(() => ({ data: { orgDashboard: dashboard() } }));
    const members = await screen.findByTestId('fig-members');
    expect(members).toHaveTextContent('在册成员');
    expect(members).toHaveTextContent('120');
    expect(within(members).getByRole('link')).toHaveAttribute('href', '/members');
    expect(screen.getByTestId('fig-party')).toHaveTextContent('75');
    const dues = screen.getByTestId('fig-dues');
    expect(dues).toHaveTextContent('87.7%');
    expect(within(dues).getByRole('link')).toHaveAttribute('href', '/dues?line=PARTY&org=o-top');
    expect(within(screen.getByTestId('fig-arrears')).getByRole('link')).toHaveAttribute('href', '/dues?line=PARTY&tab=arrears&org=o-top');
    expect(screen.getByTestId('fig-arrears')).toHaveTextContent('3 人 / 123.50 元');
    expect(within(screen.getByTestId('fig-meetings')).getByRole('link')).toHaveAttribute('href', '/meetings/compliance?org=o-top');
    expect(screen.getByTestId('fig-notices')).toHaveTextContent('—');
    expect(screen.getByTestId('dashboard-pipeline')).toHaveTextContent('2 项逾期');
    // Modules the viewer may not read are not shown.
    expect(screen.queryByTestId('fig-grid-open')).toBeNull();
    expect(screen.getByRole('img', { name: '年龄分布' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /数据大屏/ })).toHaveAttribute('href', '/big-screen/o-top');
    expect(named(sent, 'OrgDashboard')[0].variables.organizationId).toBeNull();
  });

  it('asks for the org in the address and shows empty states without members', async () => {
    const empty = dashboard({
      organization: { __typename: 'DashboardOrganization', id: 'o1', name: '第一党支部' },
      members: { ...dashboard().members, total: 0, byJoinYear: [] },
    });
    const { sent } = setup(() => ({ data: { orgDashboard: empty } }), '/?org=o1');
    expect(await screen.findByTestId('fig-members')).toHaveTextContent('0');
    expect(screen.getAllByText('暂无数据').length).toBeGreaterThan(0);
    expect(named(sent, 'OrgDashboard')[0].variables.organizationId).toBe('o1');
  });

  it('shows the tenant’s head count and where to begin while there is no org', async () => {
    setup(() => ({ data: { orgDashboard: null } }));
    expect(await screen.findByText('还没有组织，可在“组织架构”中创建')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('fig-members')).toHaveTextContent('1'));
  });

  it('says so when the org cannot be read', async () => {
    setup(() => ({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] }), '/?org=o9');
    await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
  });
});

describe('BigScreenPage (数据大屏)', () => {
  it('shows the figures the subscription sends and replaces them when it sends new ones', async () => {
    const subs = fakeSubscriptions();
    const mock = mockClient(() => ({ data: null }), [subs.exchange]);
    registerLiveStatus(mock.client, createLiveStatusStore('connected'));
    renderPage(<BigScreenPage />, { client: mock.client, path: '/big-screen/o-top', route: '/big-screen/:orgId' });
    await waitFor(() => expect(subs.sinks).toHaveLength(1));
    act(() => subs.sinks[0].next({ data: { orgDashboardUpdated: dashboard() } }));
    expect(await screen.findByText('集团党委 · 数据大屏')).toBeInTheDocument();
    expect(screen.getByTestId('bs-members')).toHaveTextContent('120');
    expect(screen.getByTestId('big-screen-live')).toHaveTextContent('实时');
    act(() =>
      subs.sinks[0].next({ data: { orgDashboardUpdated: dashboard({ members: { ...dashboard().members, total: 121 } }) } }),
    );
    await waitFor(() => expect(screen.getByTestId('bs-members')).toHaveTextContent('121'));
    expect(screen.getByTestId('big-screen')).toHaveStyle({ width: '1920px', height: '1080px' });
  });
});
