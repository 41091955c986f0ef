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
