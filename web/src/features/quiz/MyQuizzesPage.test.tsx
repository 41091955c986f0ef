import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import MyQuizzesPage from './MyQuizzesPage';
import { attempt, quiz } from './fixtures';

function list(nodes: unknown[]) {
  return {
    data: {
      myQuizzes: {
        __typename: 'QuizConnection',
        edges: nodes.map((node, i) => ({ __typename: 'QuizEdge', cursor: `c${i}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

describe('MyQuizzesPage (我的测验)', () => {
  it('starts a quiz after a confirmation naming the time limit, and opens the attempt', async () => {
    const mock = mockClient((op) => (op.operationName === 'StartQuizAttempt' ? { data: { startQuizAttempt: attempt() } } : list([quiz()])));
    renderPage(<MyQuizzesPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/quiz', route: '/quiz' });

    fireEvent.click(await screen.findByRole('button', { name: '开始答题' }));
    expect(await screen.findByText(/限时 20 分钟，以服务器时间为准/)).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: '开始答题' });
    fireEvent.click(buttons[buttons.length - 1]);

    await waitFor(() => expect(named(mock.sent, 'StartQuizAttempt')).toHaveLength(1));
    expect(await screen.findByTestId('location')).toHaveTextContent('/quiz/attempts/a1');
  });

  it('offers to continue an attempt in progress and to review the last one', async () => {
    const mock = mockClient(() => list([quiz({ myOpenAttemptId: 'a2', myLastAttemptId: 'a1', myAttemptCount: 2, myAttemptsLeft: 0, myBestScore: 20, myPassed: true })]));
    renderPage(<MyQuizzesPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/quiz', route: '/quiz' });

    expect(await screen.findByRole('button', { name: '继续答题' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '查看解析' })).toBeInTheDocument();
    expect(screen.getByText('最好成绩 20 / 20')).toBeInTheDocument();
  });

  it('says so when there is no quiz', async () => {
    const mock = mockClient(() => list([]));
    renderPage(<MyQuizzesPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/quiz', route: '/quiz' });
    expect(await screen.findByText('暂时没有需要参加的测验')).toBeInTheDocument();
  });
});
