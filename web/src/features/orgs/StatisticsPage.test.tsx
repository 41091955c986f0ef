import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { OFFICER_VIEWER } from '../../test/notices';
import { org } from '../../test/meetings';
import { mockClient, named, renderPage, type Reply } from '../../test/render';
import StatisticsPage from './StatisticsPage';
import { figureColumns, lastYearEnd, listedRows, type StatisticsTable } from './statistics';

const READER: Viewer = { ...OFFICER_VIEWER, permissionsAnywhere: ['member_sensitive:read'], grants: [{ id: 'g1', role: 'officer', scope: 'a' }] };

const ORGS = {
  data: {
    organizations: {
      edges: [
        org('o-top', '集团党委', 'a', 0, 'PARTY_COMMITTEE'),
        org('o1', '第一党支部', 'a.b1', 1),
        org('o-d', '综合办公室', 'd', 0, 'DEPARTMENT', 'ADMIN'),
      ].map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

const MEMBERS: StatisticsTable = {
  __typename: 'StatisticsTable',
  key: 'party.members',
  title: '党员基本情况',
  unitLabel: '单位',
  totalLabel: '党员总数',
  groups: [
    { __typename: 'StatisticsColumnGroup', label: '党员类别', columns: [{ __typename: 'StatisticsColumn', key: 'full', label: '正式党员' }, { __typename: 'StatisticsColumn', key: 'probationary', label: '预备党员' }] },
    { __typename: 'StatisticsColumnGroup', label: '其中', columns: [{ __typename: 'StatisticsColumn', key: 'female', label: '女' }] },
  ],
  rows: [
    { __typename: 'StatisticsRow', label: '本级（集团党委）', organizationId: 'o-top', values: [2, 2, 0, 1] },
    { __typename: 'StatisticsRow', label: '第一党支部', organizationId: 'o1', values: [5, 4, 1, 3] },
  ],
  totals: [7, 6, 1, 4],
};

function stats(consistent: boolean) {
  return {
    data: {
      annualStatistics: {
        __typename: 'AnnualStatistics',
        organizationId: 'o-top',
        organizationName: '集团党委',
        line: 'PARTY',
        asOf: '2026-12-07',
        consistent,
        exportUrl: '/export/annual-statistics.xlsx?organization=o-top&asOf=2026-12-07',
        checks: [{ __typename: 'StatisticsCheck', description: '党员基本情况：「党员类别」各栏之和等于党员总数', passed: consistent }],
        warnings: [{ __typename: 'StatisticsWarning', message: '2 名党员未登记学历，计入「未登记」栏', count: 2 }],
        tables: [MEMBERS, { ...MEMBERS, key: 'party.education', title: '党员学历' }],
      },
    },
  };
}

function setup(reply: Reply, path = '/orgs/statistics') {
  const mock = mockClient((op) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'AnnualStatistics') return reply;
    return { data: null };
  });
  renderPage(<StatisticsPage />, { client: mock.client, path, route: '/orgs/statistics', viewer: READER });
  return mock;
}

describe('statistics helpers', () => {
  it('places each figure column after the total in its row', () => {
    expect(figureColumns(MEMBERS).map((c) => [c.group, c.label, c.index])).toEqual([
      ['党员类别', '正式党员', 1],
      ['党员类别', '预备党员', 2],
      ['其中', '女', 3],
    ]);
  });

  it('lists the units then the total row', () => {
    const rows = listedRows(MEMBERS, '合计');
    expect(rows.map((r) => r.label)).toEqual(['本级（集团党委）', '第一党支部', '合计']);
    expect(rows[2]).toMatchObject({ total: true, values: [7, 6, 1, 4] });
  });

  it('dates the returns on the last day of the year before', () => {
    expect(lastYearEnd('2026-12-07')).toBe('2025-12-31');
    expect(lastYearEnd('2027-01-01')).toBe('2026-12-31');
  });
});

describe('StatisticsPage (年报统计)', () => {
  it('counts the highest party org the viewer holds and shows the checks, the warnings and the tables', async () => {
    const mock = setup(stats(true));
    expect(await screen.findByTestId('statistics-checks')).toHaveTextContent('校验全部通过');
    expect(named(mock.sent, 'AnnualStatistics')[0].variables).toMatchObject({ organizationId: 'o-top' });
    expect(screen.getByText('2 名党员未登记学历，计入「未登记」栏')).toBeInTheDocument();
    const table = screen.getByTestId('statistics-table-party.members');
    expect(within(table).getByText('第一党支部')).toBeInTheDocument();
    expect(within(table).getByText('合计')).toBeInTheDocument();
    expect(within(table).getByText('党员类别')).toBeInTheDocument();
    expect(screen.getByTestId('statistics-export')).toHaveAttribute('href', '/export/annual-statistics.xlsx?organization=o-top&asOf=2026-12-07');
  });

  it('says so when a check fails', async () => {
    setup(stats(false));
    expect(await screen.findByTestId('statistics-checks')).toHaveTextContent('有校验未通过');
  });

  it('asks again for the last day of last year', async () => {
    const mock = setup(stats(true), '/orgs/statistics?org=o1');
    await screen.findByTestId('statistics-checks');
    fireEvent.click(screen.getByRole('button', { name: '上年末' }));
    const expected = { organizationId: 'o1', asOf: lastYearEnd(dayjs().format('YYYY-MM-DD')) };
    await waitFor(() => expect(named(mock.sent, 'AnnualStatistics').at(-1)?.variables).toMatchObject(expected));
  });
});
