import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { ORGS, SECRETARY_VIEWER } from '../../test/meetings';
import { mockClient, named, renderPage, type SentOperation } from '../../test/render';
import MeetingCompliancePage from './MeetingCompliancePage';

const SOURCE = '《中国共产党支部工作条例（试行）》第十七条';
function row(over: Record<string, unknown>) {
  return {
    orgId: 'o1',
    orgName: '第一党支部',
    type: 'BRANCH_COMMITTEE',
    typeLabel: '支委会',
    frequencyMonths: 1,
    periodStart: '2026-06-01',
    periodEnd: '2026-06-30',
    daysLeft: 12,
    status: 'DONE',
    warning: false,
    lastHeldAt: '2026-06-03T06:00:00Z',
    nextMeetingId: null,
    missedLast12Months: 0,
    ruleSource: SOURCE,
    ...over,
  };
}
const ROWS = [
  row({}),
  row({ orgId: 'o2', orgName: '第二党支部', type: 'BRANCH_GENERAL_MEETING', typeLabel: '支部党员大会', frequencyMonths: 3, status: 'OVERDUE', warning: true, daysLeft: 40, missedLast12Months: 2, lastHeldAt: null, periodStart: '2026-04-01' }),
  row({ orgId: 'o2', orgName: '第二党支部', status: 'SCHEDULED', nextMeetingId: 'mt9', daysLeft: 12 }),
  row({ type: 'PARTY_LECTURE', typeLabel: '党课', frequencyMonths: 3, status: 'DUE', warning: true, daysLeft: 5 }),
];

function setup(viewer: Viewer = SECRETARY_VIEWER, path = '/meetings/compliance') {
  const mock = mockClient((op: SentOperation) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'MeetingCompliance') {
      const rows = op.variables.behindOnly ? ROWS.filter((r) => r.warning) : ROWS;
      return { data: { meetingCompliance: rows } };
    }
    return { data: null };
  });
  renderPage(<MeetingCompliancePage />, { client: mock.client, path, route: '/meetings/compliance', viewer: viewer });
  return mock;
}

describe('MeetingCompliancePage (落实情况)', () => {
  it('lists behind first, sums who is behind, and links to scheduling what is due', async () => {
    const { sent } = setup();
    const overdue = await screen.findByTestId('compliance-o2-BRANCH_GENERAL_MEETING');
    expect(within(overdue).getByTestId('compliance-status')).toHaveTextContent('已逾期');
    expect(overdue).toHaveTextContent('2026-04-01 ~ 2026-06-30');
    expect(overdue).toHaveTextContent('从未召开');
    expect(within(overdue).getByRole('link', { name: '为第二党支部安排支部党员大会' })).toHaveAttribute(
      'href',
      '/meetings/new?org=o2&type=BRANCH_GENERAL_MEETING',
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByTestId('compliance-status').textContent)).toEqual(['已逾期', '待召开', '已安排', '已完成']);
    expect(screen.getByTestId('compliance-summary')).toHaveTextContent('2 个组织落后，共 2 项（其中 1 项已逾期）');
    expect(within(rows[1]).getByText('还剩 5 天')).toBeInTheDocument();
    // One already scheduled: its meeting, not another.
    expect(within(rows[2]).getByRole('link', { name: '查看已安排的会议' })).toHaveAttribute('href', '/meetings/mt9');
    expect(screen.getAllByLabelText(`依据：${SOURCE}`)).toHaveLength(4);
    expect(named(sent, 'MeetingCompliance')[0].variables).toEqual({ orgId: null, behindOnly: false });
  });

  it('shows only who is behind when asked', async () => {
    const { sent } = setup();
    await screen.findByTestId('compliance-summary');
    fireEvent.click(screen.getByRole('switch', { name: '只看落后的' }));
    await waitFor(() => expect(named(sent, 'MeetingCompliance').at(-1)?.variables).toEqual({ orgId: null, behindOnly: true }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
  });

  it('offers no scheduling to who may only read', async () => {
    setup({ ...SECRETARY_VIEWER, permissionsAnywhere: ['meeting:read'] });
    await screen.findByTestId('compliance-summary');
    expect(screen.queryAllByRole('link', { name: /^为.+安排/ })).toHaveLength(0);
    expect(screen.getByRole('link', { name: '查看已安排的会议' })).toBeInTheDocument();
  });
});
