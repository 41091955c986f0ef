import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, renderPage } from '../../test/render';
import QuizResultsPage from './QuizResultsPage';

function results() {
  const row = (memberId: string, memberName: string, bestScore: number | null, passed: boolean) => ({
    __typename: 'QuizResultRow',
    memberId,
    memberName,
    orgName: '第一党支部',
    attempts: bestScore == null ? 0 : 1,
    bestScore,
    passed,
    lastFinishedAt: bestScore == null ? null : '2026-12-01T02:00:00Z',
  });
  return {
    data: {
      quizResults: {
        __typename: 'QuizResults',
        quiz: { __typename: 'Quiz', id: 'q1', title: '党章测验', totalPoints: 40, passMark: 30, exportUrl: '/export/quiz-results.xlsx?quiz=q1' },
        audience: 3,
        participants: 2,
        passed: 1,
        passRate: 0.5,
        average: 20,
        edges: [row('m1', '甲成员', 30, true), row('m2', '乙成员', 10, false), row('m3', '丙成员', null, false)].map((node, i) => ({ __typename: 'QuizResultEdge', cursor: `c${i}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
      },
    },
  };
}

describe('QuizResultsPage (测验成绩)', () => {
  it('shows the pass rate, the average and each member’s best score with the export', async () => {
    const mock = mockClient(() => results());
    renderPage(<QuizResultsPage />, { client: mock.client, viewer: OFFICER_VIEWER, path: '/quiz/q1/results', route: '/quiz/:id/results' });

    expect(await screen.findByText('党章测验 · 成绩')).toBeInTheDocument();
    expect(screen.getByText('50%')).toBeInTheDocument();
    expect(screen.getByText('甲成员')).toBeInTheDocument();
    expect(screen.getByText('未参加')).toBeInTheDocument();
    expect(screen.getByText('不及格')).toBeInTheDocument();
    expect(screen.getByTestId('quiz-results-export')).toHaveAttribute('href', '/export/quiz-results.xlsx?quiz=q1');
  });
});
