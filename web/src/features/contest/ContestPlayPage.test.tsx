import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { fakeSubscriptions, mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import ContestPlayPage from './ContestPlayPage';
import { contest, contestQuestion, leaderboard, live, standing } from './fixtures';

function setup(initial: { contest?: Record<string, unknown>; live?: Record<string, unknown> } = {}, replies: Record<string, (op: SentOperation) => Reply> = {}) {
  const { exchange, sinks } = fakeSubscriptions();
  // The state read at once is as of now: states pushed later are newer, whenever the read is answered.
  const readAt = new Date().toISOString();
  const mock = mockClient((op) => {
    const reply = op.operationName ? replies[op.operationName] : undefined;
    if (reply) return reply(op);
    switch (op.operationName) {
      case 'Contest':
        return { data: { contest: contest(initial.contest) } };
      case 'ContestLive':
        return { data: { contestLive: live({ serverNow: readAt, ...initial.live }) } };
      case 'MyContestStanding':
        return { data: { myContestStanding: standing({ score: 0, correctCount: 0, answeredCount: 0, answerMs: 0, rank: 1 }) } };
      default:
        return { data: null };
    }
  }, [exchange]);
  renderPage(<ContestPlayPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/contests/c1/play', route: '/contests/:id/play' });
  const push = async (state: Record<string, unknown>) => {
    await waitFor(() => expect(sinks).toHaveLength(1));
    act(() => sinks.forEach((s) => s.next({ data: { contestStateChanged: live(state) } })));
  };
  return { ...mock, sinks, push };
}

const receipt = (op: SentOperation) => ({
  data: { answerContestQuestion: { __typename: 'ContestAnswerReceipt', position: (op.variables.input as { position: number }).position, elapsedMs: 3_240 } },
});

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('ContestPlayPage (参加竞赛)', () => {
  it('joins, then waits for the host’s question', async () => {
    const { sent, sinks } = setup(
      { contest: { joined: false, status: 'DRAFT' }, live: { status: 'DRAFT' } },
      { JoinContest: () => ({ data: { joinContest: contest({ joined: true, status: 'DRAFT' }) } }) },
    );
    fireEvent.click(await screen.findByRole('button', { name: '加入竞赛' }));
    await waitFor(() => expect(named(sent, 'JoinContest')).toHaveLength(1));
    expect(named(sent, 'JoinContest')[0].variables).toEqual({ contestId: 'c1' });
    expect(await screen.findByText('等待主持人出题…')).toBeInTheDocument();
    await waitFor(() => expect(sinks).toHaveLength(1));
    expect(screen.queryByRole('button', { name: '加入竞赛' })).toBeNull();
  });

  it('selects a choice, submits it with 提交答案, and after the reveal says whether it was right with the standing read again', async () => {
    let revealed = false;
    const { sent, push } = setup(
      {},
      {
        AnswerContestQuestion: receipt,
        MyContestStanding: () => ({ data: { myContestStanding: revealed ? standing({ score: 10, rank: 1, correctCount: 1 }) : standing({ score: 0, correctCount: 0 }) } }),
      },
    );
    expect(await screen.findByText('等待主持人出题…')).toBeInTheDocument();
    const q = contestQuestion();
    await push({ phase: 'QUESTION', question: q });

    expect(await screen.findByText('第 1 / 3 题')).toBeInTheDocument();
    expect(screen.getByTestId('contest-stem')).toHaveTextContent('中国共产党第一次全国代表大会于哪一年召开？');
    // Running from 30 (a loaded machine may take a few seconds to get here).
    const left = Number(/剩余 (\d+) 秒/.exec(screen.getByTestId('contest-countdown').textContent ?? '')?.[1]);
    expect(left).toBeGreaterThan(10);
    expect(left).toBeLessThanOrEqual(30);
    const submit = screen.getByRole('button', { name: '提交答案' });
    expect(submit).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'A. 1919年' }));
    fireEvent.click(screen.getByRole('button', { name: 'B. 1921年' }));
    expect(screen.getByRole('button', { name: 'B. 1921年' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'A. 1919年' })).toHaveAttribute('aria-pressed', 'false');
    // A tap alone sends nothing.
    expect(named(sent, 'AnswerContestQuestion')).toHaveLength(0);
    fireEvent.click(submit);

    await waitFor(() => expect(named(sent, 'AnswerContestQuestion')).toHaveLength(1));
    expect(named(sent, 'AnswerContestQuestion')[0].variables).toEqual({ input: { contestId: 'c1', position: 1, answer: ['B'] } });
    expect(await screen.findByText('已提交，等待公布答案')).toBeInTheDocument();
    expect(screen.getByTestId('contest-submitted')).toHaveTextContent('用时 3.2 秒');
    expect(screen.getByRole('button', { name: 'A. 1919年' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '提交答案' })).toBeNull();

    const before = named(sent, 'MyContestStanding').length;
    revealed = true;
    await push({ phase: 'REVEALED', question: { ...q, correctAnswer: ['B'], explanation: '1921年7月，中共一大在上海召开。' } });
    expect(await screen.findByText('回答正确')).toBeInTheDocument();
    expect(screen.getByText('正确答案：B')).toBeInTheDocument();
    expect(screen.getByText('你的答案：B')).toBeInTheDocument();
    expect(screen.getByText('解析：1921年7月，中共一大在上海召开。')).toBeInTheDocument();
    await waitFor(() => expect(named(sent, 'MyContestStanding').length).toBeGreaterThan(before));
    const card = await screen.findByTestId('contest-standing');
    await waitFor(() => expect(card).toHaveTextContent('10得分'));
    expect(card).toHaveTextContent('第 1 名');
    expect(card).toHaveTextContent('1 题');
  });

  it('says 回答错误 when the submitted answer is not the key', async () => {
    const { push } = setup({}, { AnswerContestQuestion: receipt });
    await screen.findByText('等待主持人出题…');
    const q = contestQuestion({ kind: 'TRUE_FALSE', options: [], stem: '预备党员的预备期为一年。' });
    await push({ phase: 'QUESTION', question: q });
    fireEvent.click(await screen.findByRole('button', { name: '错误' }));
    fireEvent.click(screen.getByRole('button', { name: '提交答案' }));
    expect(await screen.findByText('已提交，等待公布答案')).toBeInTheDocument();
    await push({ phase: 'REVEALED', question: { ...q, correctAnswer: ['TRUE'] } });
    expect(await screen.findByText('回答错误')).toBeInTheDocument();
    expect(screen.getByText('正确答案：正确')).toBeInTheDocument();
  });

  it('shows the server’s refusal and keeps the answer open', async () => {
    const { sent, push } = setup({}, { AnswerContestQuestion: () => ({ data: null, errors: [{ message: '作答时间已过', extensions: { code: 'CONFLICT' } }] }) });
    await screen.findByText('等待主持人出题…');
    await push({ phase: 'QUESTION', question: contestQuestion() });
    fireEvent.click(await screen.findByRole('button', { name: 'C. 1927年' }));
    fireEvent.click(screen.getByRole('button', { name: '提交答案' }));
    await waitFor(() => expect(named(sent, 'AnswerContestQuestion')).toHaveLength(1));
    expect(await screen.findByRole('alert')).toHaveTextContent('作答时间已过');
    expect(screen.queryByText('已提交，等待公布答案')).toBeNull();
  });

  it('sends several choices in letter order and blanks trimmed, each question starting afresh', async () => {
    const { sent, push } = setup({}, { AnswerContestQuestion: receipt });
    await screen.findByText('等待主持人出题…');
    await push({ phase: 'QUESTION', question: contestQuestion({ kind: 'MULTIPLE', stem: '党的三大优良作风包括？', options: ['理论联系实际', '密切联系群众', '批评与自我批评'] }) });
    expect(await screen.findByText('多选题：可选择多项，选好后提交')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'C. 批评与自我批评' }));
    fireEvent.click(screen.getByRole('button', { name: 'A. 理论联系实际' }));
    fireEvent.click(screen.getByRole('button', { name: 'B. 密切联系群众' }));
    fireEvent.click(screen.getByRole('button', { name: 'B. 密切联系群众' }));
    fireEvent.click(screen.getByRole('button', { name: '提交答案' }));
    await waitFor(() => expect(named(sent, 'AnswerContestQuestion')).toHaveLength(1));
    expect(named(sent, 'AnswerContestQuestion')[0].variables).toEqual({ input: { contestId: 'c1', position: 1, answer: ['A', 'C'] } });
    expect(await screen.findByText('已提交，等待公布答案')).toBeInTheDocument();

    await push({ phase: 'QUESTION', question: contestQuestion({ position: 2, kind: 'FILL_BLANK', stem: '党的根本宗旨是____，党的组织原则是____。', options: [], blankCount: 2 }) });
    expect(await screen.findByText('第 2 / 3 题')).toBeInTheDocument();
    expect(screen.queryByText('已提交，等待公布答案')).toBeNull();
    const submit = screen.getByRole('button', { name: '提交答案' });
    fireEvent.change(screen.getByLabelText('第 1 空'), { target: { value: ' 全心全意为人民服务 ' } });
    expect(submit).toBeDisabled();
    fireEvent.change(screen.getByLabelText('第 2 空'), { target: { value: '民主集中制' } });
    fireEvent.click(submit);
    await waitFor(() => expect(named(sent, 'AnswerContestQuestion')).toHaveLength(2));
    expect(named(sent, 'AnswerContestQuestion')[1].variables).toEqual({ input: { contestId: 'c1', position: 2, answer: ['全心全意为人民服务', '民主集中制'] } });
  });

  it('remembers an answer submitted before the page was reloaded', async () => {
    window.sessionStorage.setItem('tx-contest:c1:1', JSON.stringify({ answer: ['B'], elapsedMs: 5_000 }));
    const { sent } = setup({ live: { phase: 'QUESTION', question: contestQuestion() } });
    expect(await screen.findByText('已提交，等待公布答案')).toBeInTheDocument();
    expect(screen.getByText('用时 5.0 秒')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'B. 1921年' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('button', { name: '提交答案' })).toBeNull();
    expect(named(sent, 'AnswerContestQuestion')).toHaveLength(0);
  });

  it('takes no answer once the time is up', async () => {
    setup({ live: { phase: 'QUESTION', question: contestQuestion({ deadline: new Date(Date.now() - 500).toISOString() }) } });
    expect(await screen.findByText('时间到，本题不能再作答')).toBeInTheDocument();
    expect(screen.getByTestId('contest-countdown')).toHaveTextContent('时间到');
    expect(screen.getByRole('button', { name: 'A. 1919年' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '提交答案' })).toBeNull();
  });

  it('shows the final standing and the top 10 once finished', async () => {
    const members = Array.from({ length: 12 }, (_, i) =>
      standing({ rank: i + 1, memberId: i === 2 ? 'm-li' : `m${i}`, memberName: i === 2 ? '李强' : `成员${i + 1}`, score: 100 - i * 10 }),
    );
    const { sinks } = setup(
      { contest: { status: 'FINISHED' } },
      {
        ContestLeaderboard: () => ({ data: { contestLeaderboard: leaderboard({ members }) } }),
        MyContestStanding: () => ({ data: { myContestStanding: standing({ rank: 3, score: 80, correctCount: 8 }) } }),
      },
    );
    expect(await screen.findByText('竞赛已结束')).toBeInTheDocument();
    const card = await screen.findByTestId('contest-standing');
    expect(card).toHaveTextContent('最终成绩');
    expect(card).toHaveTextContent('80得分');
    expect(card).toHaveTextContent('第 3 名');
    expect(card).toHaveTextContent('8 题');
    const top = await screen.findByTestId('contest-top');
    expect(within(top).getAllByRole('listitem')).toHaveLength(10);
    expect(within(top).getByText('李强').closest('li')).toHaveClass('tx-contest-top-me');
    expect(within(top).queryByText('成员11')).toBeNull();
    expect(sinks).toHaveLength(0);
  });
});
