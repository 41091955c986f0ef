import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createLiveStatusStore, registerLiveStatus } from '../../api/liveStatus';
import { fakeSubscriptions, mockClient, named, renderPage, type SentOperation } from '../../test/render';
import TaskBoardPage from './TaskBoardPage';
import type { BoardCard } from './grid';

const org = (id: string, name: string, path: string, depth: number) => ({
  __typename: 'Organization',
  id,
  name,
  line: 'GRID',
  kind: 'GRID',
  kindLabel: '网格',
  path,
  depth,
  isJoint: false,
  isVirtual: false,
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
});
const ORGS = [org('street', '东湖街道', '1', 1), org('g1', '幸福社区网格', '1.2', 2)];

const card = (over: Partial<BoardCard> = {}): BoardCard => ({
  __typename: 'TaskBoardCard',
  id: 'case-1',
  kind: 'CASE',
  caseId: 'case-1',
  taskId: null,
  number: 'WG-20261205-0001',
  title: '小区门口占道经营',
  state: 'ACCEPTED',
  gridId: 'g1',
  gridName: '幸福社区网格',
  categoryName: '市容环境',
  assigneeName: null,
  dueAt: null,
  overdue: false,
  secondsLeft: null,
  thumbnailUrl: null,
  actions: ['DISPATCH'],
  ...over,
});

const STATES = ['REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'FEEDBACK', 'CLOSED'] as const;
const LABELS: Record<string, string> = { REPORTED: '待立案', ACCEPTED: '已立案', DISPATCHED: '已派遣', IN_PROGRESS: '处置中', FEEDBACK: '待核查', CLOSED: '已结案' };

function board(cards: BoardCard[]) {
  return {
    data: {
      taskBoard: {
        __typename: 'TaskBoard',
        orgId: 'street',
        columns: STATES.map((state) => {
          const own = cards.filter((c) => c.state === state);
          return {
            __typename: 'TaskBoardColumn',
            state,
            label: LABELS[state],
            count: own.length,
            overdueCount: own.filter((c) => c.overdue).length,
            endCursor: null,
            hasMore: false,
            cards: own,
          };
        }),
      },
    },
  };
}

function setup(cards: BoardCard[]) {
  const subs = fakeSubscriptions();
  const mock = mockClient((op: SentOperation) => {
    if (op.operationName === 'Organizations') return { data: { organizations: { edges: ORGS.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } } };
    if (op.operationName === 'TaskBoard') return board(cards);
    if (op.operationName === 'GridCaseCategories') return { data: { gridCaseCategories: [] } };
    return { data: null };
  }, [subs.exchange]);
  registerLiveStatus(mock.client, createLiveStatusStore('connected'));
  renderPage(<TaskBoardPage />, { client: mock.client, path: '/grid/board', route: '/grid/board' });
  return { ...mock, subs };
}

const cell = (lane: HTMLElement, state: string) => lane.querySelector(`[data-column="${state}"]`) as HTMLElement;

describe('TaskBoardPage (任务看板)', () => {
  it('shows the highest grid org’s board in one swimlane per grid, with column counts', async () => {
    const { sent } = setup([card(), card({ id: 'case-2', caseId: 'case-2', title: '路灯不亮', state: 'REPORTED', actions: ['ACCEPT'] })]);
    const lane = await screen.findByTestId('grid-lane');
    expect(lane).toHaveAccessibleName('幸福社区网格');
    expect(within(cell(lane, 'ACCEPTED')).getByText('小区门口占道经营')).toBeInTheDocument();
    expect(within(cell(lane, 'REPORTED')).getByText('路灯不亮')).toBeInTheDocument();
    expect(screen.getByTestId('grid-count-ACCEPTED')).toHaveTextContent('1');
    expect(named(sent, 'TaskBoard')[0].variables.orgId).toBe('street');
  });

  it('moves a card to its new column when the subscription says so, without asking the server again', async () => {
    const { sent, subs } = setup([card()]);
    const lane = await screen.findByTestId('grid-lane');
    await waitFor(() => expect(subs.sinks).toHaveLength(1));
    const boards = named(sent, 'TaskBoard').length;
    act(() =>
      subs.sinks[0].next({
        data: {
          taskBoardChanged: {
            __typename: 'TaskBoardChange',
            kind: 'MOVED',
            fromState: 'ACCEPTED',
            toState: 'DISPATCHED',
            card: card({ state: 'DISPATCHED', assigneeName: '赵网格', secondsLeft: -3 * 3600 - 5, overdue: true, actions: ['START', 'DISPATCH'] }),
          },
        },
      }),
    );
    await waitFor(() => expect(within(cell(lane, 'DISPATCHED')).getByText('小区门口占道经营')).toBeInTheDocument());
    expect(within(cell(lane, 'ACCEPTED')).queryByText('小区门口占道经营')).toBeNull();
    const moved = within(cell(lane, 'DISPATCHED')).getByTestId('grid-board-card');
    expect(within(moved).getByTestId('grid-time-left')).toHaveTextContent('超期 3小时');
    expect(moved).toHaveTextContent('赵网格');
    expect(screen.getByTestId('grid-count-DISPATCHED')).toHaveTextContent('1');
    expect(screen.getByTestId('grid-count-ACCEPTED')).toHaveTextContent('0');
    expect(named(sent, 'TaskBoard')).toHaveLength(boards);
    expect(screen.getByTestId('grid-board-live')).toHaveTextContent('实时');
  });

  it('adds a card reported after the board opened to 待立案', async () => {
    const { subs } = setup([]);
    await screen.findByTestId('grid-count-REPORTED');
    await waitFor(() => expect(subs.sinks).toHaveLength(1));
    act(() =>
      subs.sinks[0].next({
        data: { taskBoardChanged: { __typename: 'TaskBoardChange', kind: 'CREATED', fromState: null, toState: 'REPORTED', card: card({ state: 'REPORTED', secondsLeft: 5 * 3600 + 30 }) } },
      }),
    );
    const lane = await screen.findByTestId('grid-lane');
    expect(within(cell(lane, 'REPORTED')).getByTestId('grid-time-left')).toHaveTextContent('剩余 5小时');
    expect(screen.getByTestId('grid-count-REPORTED')).toHaveTextContent('1');
  });
});
