import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { MEMBER_VIEWER } from '../../test/notices';
import { ORGS } from '../../test/meetings';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import ContestsPage from './ContestsPage';
import { contest } from './fixtures';

const OFFICER: Viewer = { ...MEMBER_VIEWER, permissionsAnywhere: ['quiz:read', 'quiz:write'], grants: [{ id: 'g1', role: 'officer', scope: 'a.b1' }] };

function list(nodes: unknown[]) {
  return {
    data: {
      contests: {
        __typename: 'ContestConnection',
        edges: nodes.map((node, i) => ({ __typename: 'ContestEdge', cursor: `c${i}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

const BANKS = {
  data: {
    questionBanks: [
      { __typename: 'QuestionBank', id: 'b1', orgId: 'o-top', orgName: '集团党委', name: '党章题库', description: '', questionCount: 30, editable: true, updatedAt: '2026-06-01T00:00:00Z' },
    ],
  },
};

describe('ContestsPage (知识竞赛)', () => {
  it('lists contests with their status, counts and the actions the viewer may take', async () => {
    const mock = mockClient(() =>
      list([
        contest({ id: 'c1', title: '党史知识竞赛', status: 'DRAFT', canHost: true, participantCount: 12 }),
        contest({ id: 'c2', title: '团史知识竞赛', status: 'LIVE' }),
        contest({ id: 'c3', title: '工会知识竞赛', status: 'FINISHED' }),
      ]),
    );
    renderPage(<ContestsPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/contests', route: '/contests' });

    const first = (await screen.findByText('党史知识竞赛')).closest('tr')!;
    expect(within(first).getByText('未开始')).toBeInTheDocument();
    expect(within(first).getByText('第一党支部')).toBeInTheDocument();
    expect(within(first).getByText('党章题库')).toBeInTheDocument();
    expect(within(first).getByText('12')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: '主持' })).toHaveAttribute('href', '/contests/c1/host');
    expect(within(first).getByRole('link', { name: '参加' })).toHaveAttribute('href', '/contests/c1/play');

    const live = screen.getByText('团史知识竞赛').closest('tr')!;
    expect(within(live).getByText('进行中')).toBeInTheDocument();
    expect(within(live).queryByRole('link', { name: '主持' })).toBeNull();

    const done = screen.getByText('工会知识竞赛').closest('tr')!;
    expect(within(done).getByText('已结束')).toBeInTheDocument();
    expect(within(done).getByRole('link', { name: '查看结果' })).toHaveAttribute('href', '/contests/c3/play');
    expect(within(done).queryByRole('link', { name: '参加' })).toBeNull();

    // Members who manage no quizzes create none.
    expect(screen.queryByRole('button', { name: /新建竞赛/ })).toBeNull();
    expect(named(mock.sent, 'Contests')[0].variables).toEqual({ first: 20, after: null });
  });

  it('says so when there is no contest', async () => {
    const mock = mockClient(() => list([]));
    renderPage(<ContestsPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/contests', route: '/contests' });
    expect(await screen.findByText('暂无竞赛')).toBeInTheDocument();
  });

  it('creates a contest from a bank of the org, checking the form first and showing the server’s field errors', async () => {
    let creates = 0;
    const mock = mockClient((op: SentOperation): Reply => {
      switch (op.operationName) {
        case 'Organizations':
          return ORGS;
        case 'QuestionBanks':
          return BANKS;
        case 'CreateContest':
          creates++;
          return creates === 1
            ? { data: null, errors: [{ message: '输入有误', extensions: { code: 'VALIDATION', fields: { title: '已有同名竞赛' } } }] }
            : { data: { createContest: contest({ id: 'c9', title: '七一知识竞赛', status: 'DRAFT', canHost: true }) } };
        default:
          return list([]);
      }
    });
    renderPage(<ContestsPage />, { client: mock.client, viewer: OFFICER, path: '/contests', route: '/contests' });

    fireEvent.click(await screen.findByRole('button', { name: /新建竞赛/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('每题限时（秒）')).toHaveValue('45');
    expect(within(dialog).getByLabelText('每题分值')).toHaveValue('10');

    // The first org is chosen once the orgs are read, and its banks offered.
    await waitFor(() => expect(named(mock.sent, 'QuestionBanks')).toHaveLength(1));
    expect(named(mock.sent, 'QuestionBanks')[0].variables).toEqual({ orgId: 'o-top' });
    fireEvent.click(within(dialog).getByRole('button', { name: '创建竞赛' }));
    expect(await within(dialog).findByText('请填写竞赛名称')).toBeInTheDocument();
    expect(within(dialog).getByText('请选择题库')).toBeInTheDocument();
    expect(within(dialog).queryByText('请选择主办组织')).toBeNull();

    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '题库' }));
    fireEvent.click(await screen.findByText('党章题库（30 题）', { selector: '.ant-select-item-option-content' }));
    fireEvent.change(within(dialog).getByLabelText('竞赛名称'), { target: { value: '七一知识竞赛' } });
    fireEvent.change(within(dialog).getByLabelText('题目数量'), { target: { value: '60' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '创建竞赛' }));
    expect(await within(dialog).findByText('题目数量应为 1–50 的整数')).toBeInTheDocument();
    expect(named(mock.sent, 'CreateContest')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('题目数量'), { target: { value: '5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '创建竞赛' }));
    expect(await within(dialog).findByText('已有同名竞赛')).toBeInTheDocument();
    expect(named(mock.sent, 'CreateContest')[0].variables).toEqual({
      input: { orgId: 'o-top', bankId: 'b1', title: '七一知识竞赛', questionCount: 5, secondsPerQuestion: 45, pointsPerQuestion: 10 },
    });

    fireEvent.click(within(dialog).getByRole('button', { name: '创建竞赛' }));
    await waitFor(() => expect(named(mock.sent, 'CreateContest')).toHaveLength(2));
    expect(await screen.findByText('竞赛已创建')).toBeInTheDocument();
  });
});
