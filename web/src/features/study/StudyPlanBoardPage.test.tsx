import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import StudyPlanBoardPage from './StudyPlanBoardPage';

const board = {
  studyPlan: {
    __typename: 'StudyPlan',
    id: 'p1',
    title: '学党章',
    deadline: '2026-12-20T10:00:00Z',
    status: 'OPEN',
    organizationName: '第一党支部',
    viewerCanManage: true,
    exportUrl: '/export/study-completion.xlsx?plan=p1',
  },
  studyPlanCompletion: {
    __typename: 'StudyPlanCompletion',
    assigned: 3,
    completed: 1,
    organizations: [{ __typename: 'StudyOrgCompletion', organizationId: 'o1', organizationName: '第一党支部', assigned: 3, completed: 1 }],
    people: {
      __typename: 'StudyPersonConnection',
      edges: [
        { __typename: 'StudyPersonEdge', cursor: 'a', node: { __typename: 'StudyPersonCompletion', memberId: 'm1', memberName: '李强', organizationName: '第一党支部', completedItems: 2, totalItems: 2, seconds: 320, lastStudiedAt: '2026-12-02T02:00:00Z', completed: true } },
        { __typename: 'StudyPersonEdge', cursor: 'b', node: { __typename: 'StudyPersonCompletion', memberId: 'm2', memberName: '王芳', organizationName: '第一党支部', completedItems: 0, totalItems: 2, seconds: 0, lastStudiedAt: null, completed: false } },
      ],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'b' },
    },
  },
};

describe('StudyPlanBoardPage (学习完成情况)', () => {
  it('shows completion by org and person, exports, and reminds the incomplete after confirming', async () => {
    const mock = mockClient((op) =>
      op.operationName === 'RemindStudyPlan' ? { data: { remindStudyPlan: { __typename: 'RemindStudyPlanPayload', reminded: 2 } } } : { data: board },
    );
    renderPage(<StudyPlanBoardPage />, { client: mock.client, viewer: OFFICER_VIEWER, path: '/study/plans/p1/board', route: '/study/plans/:id/board' });

    expect(await screen.findByText('李强')).toBeInTheDocument();
    expect(screen.getByText('王芳')).toBeInTheDocument();
    expect(screen.getByTestId('study-board-completed')).toHaveTextContent('1');
    expect(screen.getByRole('link', { name: /导出/ })).toHaveAttribute('href', '/export/study-completion.xlsx?plan=p1');
    fireEvent.click(screen.getByTestId('study-remind'));
    const buttons = await screen.findAllByRole('button', { name: /一键提醒/ });
    fireEvent.click(buttons[buttons.length - 1]);
    await waitFor(() => expect(named(mock.sent, 'RemindStudyPlan')).toHaveLength(1));
    expect(await screen.findByText('已提醒 2 人')).toBeInTheDocument();
  });
});
