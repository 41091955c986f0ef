import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import MyPointsPage from './MyPointsPage';

function entry(over: Record<string, unknown> = {}) {
  return {
    __typename: 'PointEntry',
    id: 'e1',
    year: 2026,
    action: 'MEETING_ATTENDANCE',
    ruleName: '集中学习',
    requested: 2,
    points: 0,
    cappedReason: '已达年度上限 12 次',
    sourceKind: 'MEETING',
    sourceTitle: '书记讲党课',
    note: null,
    occurredAt: '2026-11-10T07:00:00Z',
    createdAt: '2026-11-10T07:00:00Z',
    corrected: 0,
    net: 0,
    explanation: '会议「书记讲党课」：集中学习 0 分（已达年度上限 12 次，本次记 0 分）',
    correctsEntryId: null,
    appealStatus: null,
    appealNote: null,
    canAppeal: true,
    ...over,
  };
}

function account(entries: unknown[]) {
  return {
    data: {
      myPoints: {
        __typename: 'PointsAccount',
        memberId: 'm-li',
        memberName: '李强',
        year: 2026,
        balance: 24,
        years: [{ __typename: 'PointYearBalance', year: 2026, balance: 24 }],
        entries: {
          __typename: 'PointEntryConnection',
          edges: entries.map((node, i) => ({ __typename: 'PointEntryEdge', cursor: `c${i}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

describe('MyPointsPage (我的积分)', () => {
  it('shows the balance and each entry with its explanation and the cap’s reason', async () => {
    const mock = mockClient(() => account([entry(), entry({ id: 'e2', points: 2, cappedReason: null, canAppeal: true, explanation: '会议「支委会」：集中学习 2 分' })]));
    renderPage(<MyPointsPage />, { client: mock.client, viewer: MEMBER_VIEWER });

    const rows = await screen.findAllByTestId('points-entry');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getAllByText(/已达年度上限 12 次/).length).toBeGreaterThan(0);
    expect(within(rows[1]).getByText('+2')).toBeInTheDocument();
    expect(screen.getByTestId('points-balance')).toHaveTextContent('24');
  });

  it('asks for a reason and sends the appeal', async () => {
    const mock = mockClient((op) =>
      op.operationName === 'AppealPointEntry'
        ? { data: { appealPointEntry: { __typename: 'PointAppealPayload', appeal: { __typename: 'PointAppeal', id: 'a1', status: 'PENDING', entry: entry({ appealStatus: 'PENDING', canAppeal: false }) } } } }
        : account([entry()]),
    );
    renderPage(<MyPointsPage />, { client: mock.client, viewer: MEMBER_VIEWER });

    fireEvent.click(await screen.findByRole('button', { name: '申诉' }));
    fireEvent.click(await screen.findByRole('button', { name: '提交申诉' }));
    expect(named(mock.sent, 'AppealPointEntry')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('申诉理由'), { target: { value: '这次是补课' } });
    fireEvent.click(screen.getByRole('button', { name: '提交申诉' }));

    await waitFor(() => expect(named(mock.sent, 'AppealPointEntry')).toHaveLength(1));
    expect(named(mock.sent, 'AppealPointEntry')[0].variables).toEqual({ input: { entryId: 'e1', reason: '这次是补课' } });
  });

  it('says so when the year has no entries', async () => {
    const mock = mockClient(() => account([]));
    renderPage(<MyPointsPage />, { client: mock.client, viewer: MEMBER_VIEWER });
    expect(await screen.findByText('本年度还没有积分记录')).toBeInTheDocument();
  });
});

function appeal(over: Record<string, unknown> = {}) {
  return {
    __typename: 'PointAppeal',
    id: 'a1',
    reason: '这次是补课',
    status: 'PENDING',
    decidedAt: null,
    note: null,
    correctionEntryId: null,
    createdAt: '2026-11-12T02:00:00Z',
    entry: entry(),
    ...over,
  };
}

describe('MyPointsPage: 我的申诉', () => {
  it('lists the member’s appeals with the entry, the reason, where each stands and the decision', async () => {
    const mock = mockClient((op) =>
      op.operationName === 'MyPointAppeals'
        ? {
            data: {
              myPointAppeals: [
                appeal(),
                appeal({
                  id: 'a2',
                  status: 'UPHELD',
                  decidedAt: '2026-11-13T02:00:00Z',
                  note: '已核实签到记录',
                  correctionEntryId: 'e9',
                  entry: entry({ id: 'e3', corrected: 2, net: 2, explanation: '会议「支委会」：集中学习 0 分' }),
                }),
                appeal({ id: 'a3', status: 'REJECTED', decidedAt: '2026-11-14T02:00:00Z', note: '当天未签到', entry: entry({ id: 'e4', points: 1, explanation: '活动「植树」：参加活动 1 分' }) }),
              ],
            },
          }
        : account([entry()]),
    );
    renderPage(<MyPointsPage />, { client: mock.client, viewer: MEMBER_VIEWER });

    fireEvent.click(await screen.findByRole('tab', { name: '我的申诉' }));

    const rows = await screen.findAllByTestId('my-point-appeal');
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => within(r).getByTestId('my-point-appeal-status').textContent)).toEqual(['申诉中', '申诉成立', '申诉驳回']);
    expect(rows[0]).toHaveTextContent('会议「书记讲党课」：集中学习 0 分');
    expect(rows[0]).toHaveTextContent('申诉理由：这次是补课');
    expect(rows[0]).toHaveTextContent('提交于 2026-11-12 10:00');
    expect(rows[1]).toHaveTextContent('处理意见：已核实签到记录');
    expect(rows[1]).toHaveTextContent('处理于 2026-11-13 10:00');
    expect(rows[1]).toHaveTextContent('更正后 2 分');
    expect(rows[2]).toHaveTextContent('+1');
    expect(rows[2]).toHaveTextContent('处理意见：当天未签到');
  });

  it('says so when the member has not appealed', async () => {
    const mock = mockClient((op) => (op.operationName === 'MyPointAppeals' ? { data: { myPointAppeals: [] } } : account([])));
    renderPage(<MyPointsPage />, { client: mock.client, viewer: MEMBER_VIEWER });

    fireEvent.click(await screen.findByRole('tab', { name: '我的申诉' }));

    expect(await screen.findByText('还没有提出过申诉')).toBeInTheDocument();
  });

  it('shows a new appeal in the list once it is sent', async () => {
    let sentAppeal = false;
    const mock = mockClient((op) => {
      if (op.operationName === 'MyPointAppeals') return { data: { myPointAppeals: sentAppeal ? [appeal()] : [] } };
      if (op.operationName === 'AppealPointEntry') {
        sentAppeal = true;
        return { data: { appealPointEntry: { __typename: 'PointAppealPayload', appeal: { __typename: 'PointAppeal', id: 'a1', status: 'PENDING', entry: entry({ appealStatus: 'PENDING', canAppeal: false }) } } } };
      }
      return account([entry()]);
    });
    renderPage(<MyPointsPage />, { client: mock.client, viewer: MEMBER_VIEWER });
    fireEvent.click(await screen.findByRole('tab', { name: '我的申诉' }));
    expect(await screen.findByText('还没有提出过申诉')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: '积分明细' }));

    fireEvent.click(await screen.findByRole('button', { name: '申诉' }));
    fireEvent.change(await screen.findByLabelText('申诉理由'), { target: { value: '这次是补课' } });
    fireEvent.click(screen.getByRole('button', { name: '提交申诉' }));
    await waitFor(() => expect(named(mock.sent, 'AppealPointEntry')).toHaveLength(1));
    fireEvent.click(screen.getByRole('tab', { name: '我的申诉' }));

    expect(await screen.findByTestId('my-point-appeal')).toHaveTextContent('申诉理由：这次是补课');
    expect(named(mock.sent, 'MyPointAppeals').length).toBeGreaterThanOrEqual(2);
  });
});
