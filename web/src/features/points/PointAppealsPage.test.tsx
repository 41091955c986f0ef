import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import PointAppealsPage from './PointAppealsPage';

const appeal = {
  __typename: 'PointAppeal',
  id: 'a1',
  memberId: 'm-li',
  memberName: '李强',
  reason: '这次是补课，不应计入上限',
  status: 'PENDING',
  note: null,
  decidedAt: null,
  createdAt: '2026-11-11T02:00:00Z',
  entry: {
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
    appealStatus: 'PENDING',
    appealNote: null,
    canAppeal: false,
  },
};

function queue(items: unknown[]) {
  return {
    data: {
      pointAppeals: {
        __typename: 'PointAppealConnection',
        edges: items.map((node, i) => ({ __typename: 'PointAppealEdge', cursor: `c${i}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

describe('PointAppealsPage (申诉处理)', () => {
  it('upholds an appeal with the corrected points', async () => {
    const mock = mockClient((op) =>
      op.operationName === 'DecidePointAppeal'
        ? { data: { decidePointAppeal: { __typename: 'PointAppealPayload', appeal: { __typename: 'PointAppeal', id: 'a1', status: 'UPHELD', note: null, correctionEntryId: 'e9' } } } }
        : queue([appeal]),
    );
    renderPage(<PointAppealsPage />, { client: mock.client, viewer: { ...OFFICER_VIEWER, permissionsAnywhere: ['points:write'] } });

    expect(await screen.findByText(/这次是补课/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '申诉成立' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));

    await waitFor(() => expect(named(mock.sent, 'DecidePointAppeal')).toHaveLength(1));
    expect(named(mock.sent, 'DecidePointAppeal')[0].variables).toEqual({ input: { appealId: 'a1', decision: 'UPHELD', points: 2, note: null } });
  });

  it('needs a note to reject', async () => {
    const mock = mockClient(() => queue([appeal]));
    renderPage(<PointAppealsPage />, { client: mock.client, viewer: OFFICER_VIEWER });

    fireEvent.click(await screen.findByRole('button', { name: /^驳\s?回$/ }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));

    expect(await screen.findByText('驳回时请填写处理意见')).toBeInTheDocument();
    expect(named(mock.sent, 'DecidePointAppeal')).toHaveLength(0);
  });

  it('shows an empty queue', async () => {
    const mock = mockClient(() => queue([]));
    renderPage(<PointAppealsPage />, { client: mock.client, viewer: OFFICER_VIEWER });
    expect(await screen.findByText('没有需要处理的申诉')).toBeInTheDocument();
  });
});
