import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, renderPage, type Reply, type SentOperation } from '../../test/render';
import MyDuesPage from './MyDuesPage';

function entry(id: string, kind: string, month: string, amountFen: number, over: Record<string, unknown> = {}) {
  return {
    id,
    memberId: 'm-li',
    memberName: '李强',
    line: 'PARTY',
    month,
    kind,
    amountFen,
    method: kind === 'PAYMENT' ? 'CASH' : null,
    receiptNo: null,
    ruleKey: kind === 'BILL' ? 'party.dues.employed' : null,
    baseFen: kind === 'BILL' ? 300000 : null,
    note: null,
    corrects: null,
    recordedBy: null,
    createdAt: '2026-05-01T00:00:00Z',
    ...over,
  };
}

function setup(reply: Reply) {
  const mock = mockClient((op: SentOperation) => (op.operationName === 'MyDues' ? reply : { data: null }));
  renderPage(<MyDuesPage />, { client: mock.client, path: '/dues/mine', route: '/dues/mine', viewer: MEMBER_VIEWER });
  return mock;
}

describe('MyDuesPage (我的党费)', () => {
  it('shows, per line the viewer has, what they owe, their base and their ledger', async () => {
    const { sent } = setup({
      data: {
        party: [
          entry('p1', 'BILL', '2026-04', 1500),
          entry('p2', 'PAYMENT', '2026-04', 1500, { receiptNo: 'No.7' }),
          entry('p3', 'BILL', '2026-05', 1500),
        ],
        union: [entry('u1', 'BILL', '2026-05', 600, { line: 'UNION', ruleKey: 'union.dues' }), entry('u2', 'PAYMENT', '2026-05', 600, { line: 'UNION' })],
        youth: [],
        duesBases: [{ id: 'b1', memberId: 'm-li', line: 'PARTY', category: 'EMPLOYED', baseFen: 300000, fromMonth: '2026-01', source: 'API', createdAt: '2026-01-01T00:00:00Z' }],
      },
    });
    const party = await screen.findByTestId('my-dues-PARTY');
    expect(within(party).getByTestId('dues-owed')).toHaveTextContent('欠缴党费 ¥15.00，共 1 个月，最早 2026-05');
    expect(party).toHaveTextContent('¥3,000.00');
    expect(party).toHaveTextContent('在职');
    expect(within(party).getByTestId('dues-entry-p2')).toHaveTextContent('2026-04缴费¥15.00');
    // Read only: no corrections here.
    expect(within(party).queryByText('更正')).toBeNull();
    expect(within(screen.getByTestId('my-dues-UNION')).getByTestId('dues-owed')).toHaveTextContent('会费已缴清，无欠缴');
    // No league dues at all: not shown.
    expect(screen.queryByTestId('my-dues-YOUTH')).toBeNull();
    expect(sent[0].variables).toEqual({ memberId: 'm-li' });
  });

  it('says so when there is nothing yet', async () => {
    setup({ data: { party: [], union: [], youth: [], duesBases: [] } });
    expect(await screen.findByText('暂无党费、会费或团费记录')).toBeInTheDocument();
  });
});
