import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { MEMBER_VIEWER } from '../../test/notices';
import { fakeSubscriptions, mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import ContestHostPage from './ContestHostPage';
import { contest, contestQuestion, leaderboard, live, standing } from './fixtures';

const HOST: Viewer = { ...MEMBER_VIEWER, member: { id: 'm-wang', name: '王书记', email: 'wang@example.cn' }, permissionsAnywhere: ['quiz:read', 'quiz:write'] };

function setup(initial: { contest?: Record<string, unknown>; live?: Record<string, unknown>; board?: Record<string, unknown> }, replies: Record<string, (op: SentOperation) => Reply> = {}) {
  const { exchange, sinks } = fakeSubscriptions();
  // The state read at once is as of now: states pushed later are newer, whenever the read is answered.
  const readAt = new Date().toISOString();
  const mock = mockClient((op) => {
    const reply = op.operationName ? replies[op.operationName] : undefined;
    if (reply) return reply(op);
    switch (op.operationName) {
      case 'Contest':
        return { data: { contest: contest({ canHost: true, joined: false, ...initial.contest }) } };
      case 'ContestLive':
        return { data: { contestLive: live({ serverNow: readAt, ...initial.live }) } };
      case 'ContestLeaderboard':
        return { data: { contestLeaderboard: leaderboard(initial.board) } };
      default:
        return { data: null };
    }
  }, [exchange]);
  renderPage(<ContestHostPage />, { client: mock.client, viewer: HOST, path: '/contests/c1/host', route: '/contests/:id/host' });
  const push = (data: Record<string, unknown>) => act(() => sinks.forEach((s) => s.next({ data })));
  return { ...mock, sinks, push };
}

describe('ContestHostPage (竞赛主持)', () => {
  it('starts a contest in draft, then offers the first question and ending it', async () => {
    let started = false;
    const { sent } = setup(
      { contest: { status: 'DRAFT', participantCount: 0 }, live: { status: 'DRAFT' }, board: { participants: 0, answeredCurrent: 0, members: [], branches: [] } },
      {
        StartContest: () => {
          started = true;
          return { data: { startContest: contest({ canHost: true, status: 'LIVE' }) } };
        },
        ContestLive: () => ({ data: { contestLive: live({ status: started ? 'LIVE' : 'DRAFT' }) } }),
      },
    );

    expect(await screen.findByRole('heading', { level: 1, name: '党史知识竞赛' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '开始竞赛' })).toBeInTheDocument();
    expect(screen.getByText('竞赛即将开始')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '第一题' })).toBeNull();
    expect(screen.queryByRole('button', { name: '结束竞赛' })).toBeNull();
    await waitFor(() => expect(screen.getAllByText('暂无参赛者')).toHaveLength(2));

    fireEvent.click(screen.getByRole('button', { name: '开始竞赛' }));
    await waitFor(() => expect(named(sent, 'StartContest')).toHaveLength(1));
    expect(named(sent, 'StartContest')[0].variables).toEqual({ contestId: 'c1' });
    expect(await screen.findByRole('button', { name: '第一题' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '结束竞赛' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '开始竞赛' })).toBeNull();
    expect(screen.queryByRole('button', { name: '公布答案' })).toBeNull();
  });

  it('shows the question pushed live with its countdown, the answered count and both leaderboards; reveals the answer', async () => {
    const q = contestQuestion();
    const { sent, sinks, push } = setup(
      { board: { participants: 0, answeredCurrent: 0, members: [], branches: [] } },
      {
        RevealContestAnswer: () => ({
          data: { revealContestAnswer: live({ phase: 'REVEALED', question: { ...q, correctAnswer: ['B'], explanation: '1921年7月，中共一大在上海召开。' } }) },
        }),
      },
    );
    expect(await screen.findByRole('button', { name: '第一题' })).toBeInTheDocument();
    await waitFor(() => expect(sinks).toHaveLength(2));

    push({ contestStateChanged: live({ phase: 'QUESTION', question: q }) });
    push({ contestLeaderboardChanged: leaderboard({ members: [standing({ answerMs: 12_340 }), standing({ rank: 2, memberId: 'm-zhang', memberName: '张明', orgName: null, score: 0, correctCount: 0, answerMs: 0 })] }) });

    expect(await screen.findByText('第 1 / 3 题')).toBeInTheDocument();
    expect(screen.getByTestId('contest-stem')).toHaveTextContent('中国共产党第一次全国代表大会于哪一年召开？');
    expect(screen.getByText('A. 1919年')).toBeInTheDocument();
    expect(screen.getByText('B. 1921年')).toBeInTheDocument();
    // The question's deadline was fixed when the fixture was made: a loaded machine may take a
    // few seconds to get here, so the countdown is checked to be running from 30, not exact.
    const left = Number(/剩余 (\d+) 秒/.exec(screen.getByTestId('contest-countdown').textContent ?? '')?.[1]);
    expect(left).toBeGreaterThan(10);
    expect(left).toBeLessThanOrEqual(30);
    expect(screen.getByTestId('contest-answered')).toHaveTextContent('已作答 1 / 2');

    const members = screen.getByTestId('contest-members');
    const li = within(members).getByText('李强').closest('tr')!;
    expect(within(li).getByText('第一党支部')).toBeInTheDocument();
    expect(within(li).getByText('10')).toBeInTheDocument();
    expect(within(li).getByText('12.3')).toBeInTheDocument();
    expect(within(members).getByText('用时（秒）')).toBeInTheDocument();
    const branches = screen.getByTestId('contest-branches');
    const row = within(branches).getByText('第一党支部').closest('tr')!;
    expect(within(row).getByText('5.0')).toBeInTheDocument();
    expect(within(row).getByText('2')).toBeInTheDocument();

    expect(screen.getByRole('button', { name: '下一题' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '结束竞赛' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '公布答案' }));
    await waitFor(() => expect(named(sent, 'RevealContestAnswer')).toHaveLength(1));
    expect(named(sent, 'RevealContestAnswer')[0].variables).toEqual({ contestId: 'c1' });

    expect(await screen.findByText('正确答案：B')).toBeInTheDocument();
    expect(screen.getByText('解析：1921年7月，中共一大在上海召开。')).toBeInTheDocument();
    expect(screen.getByText('B. 1921年').closest('li')).toHaveAttribute('data-correct', 'true');
    expect(screen.getByText('A. 1919年').closest('li')).not.toHaveAttribute('data-correct');
    expect(screen.queryByRole('button', { name: '公布答案' })).toBeNull();
    expect(screen.queryByTestId('contest-countdown')).toBeNull();
  });

  it('says 时间到 at the deadline, offers no next question after the last and ends the contest after a confirmation', async () => {
    const q = contestQuestion({ position: 3, kind: 'TRUE_FALSE', stem: '预备党员的预备期为一年。', options: [], deadline: new Date(Date.now() - 1000).toISOString() });
    const { sent } = setup(
      { live: { phase: 'QUESTION', question: q } },
      { FinishContest: () => ({ data: { finishContest: contest({ canHost: true, status: 'FINISHED' }) } }) },
    );

    expect(await screen.findByText('第 3 / 3 题')).toBeInTheDocument();
    expect(screen.getByText('正确')).toBeInTheDocument();
    expect(screen.getByText('错误')).toBeInTheDocument();
    expect(screen.getByTestId('contest-countdown')).toHaveTextContent('时间到');
    expect(screen.getByRole('button', { name: '下一题' })).toBeDisabled();
    expect(screen.getByText('已是最后一题，可以结束竞赛')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '结束竞赛' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('结束“党史知识竞赛”？');
    expect(named(sent, 'FinishContest')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: '结束竞赛' }));
    await waitFor(() => expect(named(sent, 'FinishContest')).toHaveLength(1));
  });

  it('shows a server refusal of a host action', async () => {
    setup(
      { live: { phase: 'REVEALED', question: contestQuestion({ correctAnswer: ['B'] }) } },
      { NextContestQuestion: () => ({ data: null, errors: [{ message: '已经是最后一题', extensions: { code: 'CONFLICT' } }] }) },
    );
    fireEvent.click(await screen.findByRole('button', { name: '下一题' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('已经是最后一题');
  });

  it('sends those who may not host to the play page, without subscribing', async () => {
    const { sinks, sent } = setup({ contest: { canHost: false } });
    expect(await screen.findByText('你不能主持这场竞赛')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '参加' })).toHaveAttribute('href', '/contests/c1/play');
    expect(sinks).toHaveLength(0);
    expect(named(sent, 'ContestLive')).toHaveLength(0);
  });
});
