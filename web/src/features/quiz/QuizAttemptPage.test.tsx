import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import QuizAttemptPage from './QuizAttemptPage';
import { attempt, question } from './fixtures';

const finished = attempt({ status: 'SUBMITTED', score: 10, passed: true, finishedAt: new Date().toISOString() }, [
  question({ myAnswer: ['B'], correctAnswer: ['B'], explanation: '1921年7月。', earned: 10, correct: true }),
  question({ position: 1, kind: 'FILL_BLANK', stem: '按照____制组织起来。', options: [], blankCount: 1, myAnswer: ['集中'], correctAnswer: ['民主集中'], acceptedBlanks: [['民主集中']], explanation: '党章第十条。', earned: 0, correct: false }),
]);

describe('QuizAttemptPage (答题)', () => {
  it('counts down to the server’s deadline, saves each answer and submits after a confirmation', async () => {
    const mock = mockClient((op) => {
      if (op.operationName === 'SaveQuizAnswer') return { data: { saveQuizAnswer: { __typename: 'QuizAttempt', id: 'a1', status: 'OPEN' } } };
      if (op.operationName === 'SubmitQuizAttempt') return { data: { submitQuizAttempt: finished } };
      return { data: { quizAttempt: attempt() } };
    });
    renderPage(<QuizAttemptPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/quiz/attempts/a1', route: '/quiz/attempts/:id' });

    expect(await screen.findByTestId('quiz-countdown')).toHaveTextContent(/剩余 (20:00|19:5\d)/);
    expect(screen.getAllByTestId('quiz-question')).toHaveLength(2);
    fireEvent.click(screen.getByLabelText(/B\. 1921年/));
    await waitFor(() => expect(named(mock.sent, 'SaveQuizAnswer')).toHaveLength(1));
    expect(named(mock.sent, 'SaveQuizAnswer')[0].variables).toEqual({ input: { attemptId: 'a1', position: 0, response: ['B'] } });

    fireEvent.click(screen.getByTestId('quiz-submit'));
    expect(await screen.findByText(/还有 1 题未作答/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '交 卷' }));

    await waitFor(() => expect(named(mock.sent, 'SubmitQuizAttempt')).toHaveLength(1));
    expect(await screen.findByText('得分 10 / 20')).toBeInTheDocument();
  });

  it('shows a finished attempt’s review: my answer, the correct one and the explanation', async () => {
    const mock = mockClient(() => ({ data: { quizAttempt: finished } }));
    renderPage(<QuizAttemptPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/quiz/attempts/a1', route: '/quiz/attempts/:id' });

    const cards = await screen.findAllByTestId('quiz-review-question');
    expect(cards).toHaveLength(2);
    expect(within(cards[1]).getByText(/我的答案：集中/)).toBeInTheDocument();
    expect(within(cards[1]).getByText(/正确答案：民主集中/)).toBeInTheDocument();
    expect(within(cards[1]).getByText('解析：党章第十条。')).toBeInTheDocument();
    expect(screen.queryByTestId('quiz-submit')).toBeNull();
  });
});
