import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { ORGS } from '../../test/meetings';
import { mockClient, named, renderPage } from '../../test/render';
import LapsePage from './LapsePage';

const viewer = {
  member: { id: 'm-officer', name: '书记', email: 's@example.cn' },
  tenant: { id: 't1', slug: 'acme', name: 'Acme 集团', timeZone: 'Asia/Shanghai' },
  permissions: [],
  permissionsAnywhere: ['member:write'],
  grants: [],
} as unknown as Viewer;

const RISKS = [
  {
    memberId: 'm-a',
    name: '赵一',
    organizationName: '第一党支部',
    level: 'LAPSED',
    lastOrgLifeAt: null,
    missedMeetings: 4,
    unpaidMonths: 0,
    lapseMonths: 6,
    source: '《中国共产党章程》第九条',
    grounds: [{ ground: 'ORG_LIFE', months: 6, since: '2026-06-06', stageMonths: 6, lapsed: true }],
  },
  {
    memberId: 'm-b',
    name: '钱二',
    organizationName: '第一党支部',
    level: 'WARNING',
    lastOrgLifeAt: '2026-09-06T06:30:00Z',
    missedMeetings: 0,
    unpaidMonths: 3,
    lapseMonths: 6,
    source: '《中国共产党章程》第九条',
    grounds: [{ ground: 'DUES', months: 3, since: '2026-10-01', stageMonths: 3, lapsed: false }],
  },
];

function setup(path: string, risks: unknown[]) {
  const mock = mockClient((op) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'LapseRisks') return { data: { lapseRisks: risks } };
    return { data: null };
  });
  renderPage(<LapsePage />, { client: mock.client, path, route: '/lapse', viewer });
  return mock;
}

describe('LapsePage (脱离组织预警)', () => {
  it('asks for an org before listing anyone', async () => {
    const { sent } = setup('/lapse', RISKS);
    expect(await screen.findByText('请先选择一个组织')).toBeInTheDocument();
    expect(named(sent, 'LapseRisks')).toHaveLength(0);
  });

  it('lists the org of the address with each ground in words, the lapse apart from a warning, and the rule cited', async () => {
    const { sent } = setup('/lapse?org=o1&line=PARTY', RISKS);
    const first = await screen.findByRole('row', { name: /赵一/ });
    expect(within(first).getByText('已满 6 个月，视为自行脱党')).toBeInTheDocument();
    expect(first).toHaveTextContent('组织生活：自 2026-06-06 起连续 6 个月缺席（未请假）');
    expect(first).toHaveTextContent('没有记录');
    const second = screen.getByRole('row', { name: /钱二/ });
    expect(within(second).getByText('预警（已满 3 个月）')).toBeInTheDocument();
    expect(second).toHaveTextContent('党费：自 2026-10 起 3 个月未交');
    expect(screen.getByText('依据：连续 6 个月（《中国共产党章程》第九条）')).toBeInTheDocument();
    expect(named(sent, 'LapseRisks')[0].variables).toEqual({ organizationId: 'o1', line: 'PARTY' });
  });

  it('says so when nobody has reached a warning', async () => {
    setup('/lapse?org=o1', []);
    expect(await screen.findByText('没有达到预警的成员')).toBeInTheDocument();
  });
});
