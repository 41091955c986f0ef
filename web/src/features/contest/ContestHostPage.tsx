import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, QRCode, Result, Space, Tag } from 'antd';
import { ArrowLeftOutlined, CompressOutlined, ExpandOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContestLiveFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageSpinner } from '../../components/PageSpinner';
import { ContestQuery, FinishContestMutation, NextContestQuestionMutation, RevealContestAnswerMutation, StartContestMutation } from './operations';
import { answerLabel, choicesOf, hasNextQuestion } from './contest';
import { useContestLeaderboard, useContestLive, useCountdown } from './useContestLive';
import { BranchBoard, MemberBoard } from './ContestBoards';
import { ContestStatusTag } from './ContestStatusTag';

type Question = NonNullable<ContestLiveFieldsFragment['question']>;

function useFullscreen(ref: React.RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const update = () => setOn(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void ref.current?.requestFullscreen?.();
  };
  return { on, toggle, supported: typeof document !== 'undefined' && !!document.fullscreenEnabled };
}

/** The question on the big screen: options lettered (正确/错误 for 判断题); once revealed the key is marked and 解析 shown. */
function HostQuestion({ q, revealed }: { q: Question; revealed: boolean }) {
  const { t } = useTranslation();
  const correct = revealed ? (q.correctAnswer ?? []) : [];
  const choices = choicesOf(q, t);
  return (
    <div className="tx-contest-question">
      <p className="tx-contest-stem" data-testid="contest-stem">
        {q.stem}
      </p>
      {choices.length > 0 && (
        <ul className="tx-contest-options">
          {choices.map((c) => {
            const isKey = correct.includes(c.value);
            return (
              <li key={c.value} className={isKey ? 'tx-contest-option-key' : undefined} data-correct={isKey || undefined}>
                {c.label}
                {isKey && <span className="tx-contest-option-mark">✓</span>}
              </li>
            );
          })}
        </ul>
      )}
      {q.kind === 'FILL_BLANK' && <p className="tx-contest-blanks">{t('contest.host.blanks', { count: q.blankCount })}</p>}
      {revealed && (
        <div className="tx-contest-reveal" data-testid="contest-reveal">
          <div className="tx-contest-answer">{t('contest.correctAnswer', { answer: answerLabel(q.kind, q.correctAnswer, t) })}</div>
          {q.explanation && <div className="tx-contest-explanation">{t('contest.explanation', { text: q.explanation })}</div>}
        </div>
      )}
    </div>
  );
}

/**
 * 竞赛主持 (`/contests/:id/host`), the host's big screen for the hall: the question on screen
 * with a countdown to its deadline on the server's clock, 已作答 / 参赛, the key and 解析 once
 * revealed, and the live 个人排行 and 支部排行; the host starts, pushes each question, reveals
 * its answer and ends the contest (after a confirmation).
 */
export default function ContestHostPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const box = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(box);
  const { modal } = App.useApp();
  const [res] = useQuery({ query: ContestQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const contest = res.data?.contest.id === id ? res.data.contest : null;
  const canHost = !!contest?.canHost;
  const live = useContestLive(id, !canHost);
  const board = useContestLeaderboard(id, { pause: !canHost });
  const countdown = useCountdown(live.state);
  const [{ fetching: starting }, start] = useMutation(StartContestMutation);
  const [{ fetching: pushing }, next] = useMutation(NextContestQuestionMutation);
  const [{ fetching: revealing }, reveal] = useMutation(RevealContestAnswerMutation);
  const [{ fetching: finishing }, finish] = useMutation(FinishContestMutation);
  const [actionError, setActionError] = useState<string | null>(null);

  if (!contest) {
    if (!res.error) return <PageSpinner />;
    return <Result status="warning" title={serverErrorText(res.error, t)} extra={<Link to="/contests">{t('contest.back')}</Link>} />;
  }
  if (!canHost) {
    return (
      <Result
        status="warning"
        title={t('contest.host.notHost')}
        extra={
          <Space>
            <Link to={`/contests/${id}/play`}>{t('contest.playAction')}</Link>
            <Link to="/contests">{t('contest.back')}</Link>
          </Space>
        }
      />
    );
  }

  const state = live.state?.live ?? null;
  const status = state?.status ?? contest.status;
  const phase = state?.phase ?? (status === 'FINISHED' ? 'FINISHED' : 'WAITING');
  const q = phase === 'QUESTION' || phase === 'REVEALED' ? (state?.question ?? null) : null;
  const questionCount = state?.questionCount ?? contest.questionCount;
  const leaderboard = board.leaderboard;
  const participants = leaderboard?.participants ?? contest.participantCount;
  const more = state ? hasNextQuestion(state) : status === 'LIVE';
  const playUrl = `${window.location.origin}/contests/${id}/play`;

  const run = async (go: () => Promise<{ error?: Parameters<typeof serverErrorText>[0] }>) => {
    setActionError(null);
    const r = await go();
    if (r.error) setActionError(serverErrorText(r.error, t));
  };

  const onStart = () =>
    run(async () => {
      const r = await start({ contestId: id });
      if (!r.error) live.refresh();
      return r;
    });
  const onNext = () =>
    run(async () => {
      const r = await next({ contestId: id });
      live.apply(r.data?.nextContestQuestion);
      return r;
    });
  const onReveal = () =>
    run(async () => {
      const r = await reveal({ contestId: id });
      live.apply(r.data?.revealContestAnswer);
      return r;
    });
  const onFinish = () =>
    modal.confirm({
      title: t('contest.host.finishTitle', { title: contest.title }),
      content: t('contest.host.finishBody'),
      okText: t('contest.host.finish'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        run(async () => {
          const r = await finish({ contestId: id });
          if (!r.error) live.refresh();
          return r;
        }),
    });

  return (
    <div className={`tx-contest-host${fullscreen.on ? ' tx-contest-host-full' : ''}`} ref={box} data-testid="contest-host">
      <div className="tx-contest-host-nav">
        <Link to="/contests">
          <ArrowLeftOutlined aria-hidden /> {t('contest.back')}
        </Link>
        <span className="tx-header-spacer" />
        {fullscreen.supported && (
          <Button icon={fullscreen.on ? <CompressOutlined /> : <ExpandOutlined />} onClick={fullscreen.toggle}>
            {fullscreen.on ? t('contest.host.exitFullscreen') : t('contest.host.fullscreen')}
          </Button>
        )}
      </div>
      <h1 className="tx-contest-host-title">{contest.title}</h1>
      <div className="tx-contest-host-sub">
        <ContestStatusTag status={status} />
        <span>{t('contest.host.facts', { org: contest.orgName, count: questionCount, seconds: contest.secondsPerQuestion, points: contest.pointsPerQuestion })}</span>
        <span className="tx-contest-host-count" data-testid="contest-participants">
          {t('contest.host.participants', { count: participants })}
        </span>
      </div>

      <div className="tx-contest-host-controls">
        {status === 'DRAFT' && (
          <Button type="primary" size="large" loading={starting} onClick={() => void onStart()}>
            {t('contest.host.start')}
          </Button>
        )}
        {status === 'LIVE' && (
          <>
            <Button type="primary" size="large" loading={pushing} disabled={!more} onClick={() => void onNext()}>
              {q ? t('contest.host.next') : t('contest.host.first')}
            </Button>
            {phase === 'QUESTION' && (
              <Button size="large" loading={revealing} onClick={() => void onReveal()}>
                {t('contest.host.reveal')}
              </Button>
            )}
            <Button size="large" danger loading={finishing} onClick={onFinish}>
              {t('contest.host.finish')}
            </Button>
            {!more && <span className="tx-contest-hint">{t('contest.host.lastDone')}</span>}
          </>
        )}
      </div>
      {actionError && <Alert type="error" showIcon role="alert" title={actionError} style={{ marginBottom: 12 }} />}
      {live.error && !live.state && <Alert type="error" showIcon title={serverErrorText(live.error, t)} style={{ marginBottom: 12 }} />}

      <div className="tx-contest-host-main">
        <section className="tx-contest-stage" aria-live="polite">
          {q ? (
            <>
              <div className="tx-contest-stage-head">
                <span className="tx-contest-position" data-testid="contest-position">
                  {t('contest.questionOf', { n: q.position, total: questionCount })}
                </span>
                <Tag className="tx-contest-kind">{t(`quiz.kinds.${q.kind}`)}</Tag>
                <span className="tx-header-spacer" />
                {phase === 'QUESTION' ? (
                  <span className={`tx-contest-countdown${countdown.timeUp ? ' tx-contest-countdown-up' : ''}`} data-testid="contest-countdown" role="timer" aria-live="off">
                    {countdown.timeUp ? t('contest.timeUp') : t('contest.secondsLeft', { seconds: countdown.left ?? 0 })}
                  </span>
                ) : (
                  <Tag color="green" className="tx-contest-revealed">
                    {t('contest.phases.REVEALED')}
                  </Tag>
                )}
              </div>
              <div className="tx-contest-answered" data-testid="contest-answered">
                {t('contest.host.answered', { answered: leaderboard?.answeredCurrent ?? 0, participants })}
              </div>
              <HostQuestion q={q} revealed={phase === 'REVEALED'} />
            </>
          ) : phase === 'FINISHED' || status === 'FINISHED' ? (
            <div className="tx-contest-idle">
              <div className="tx-contest-idle-title">{t('contest.host.finished')}</div>
              <div className="tx-contest-idle-sub">{t('contest.host.participants', { count: participants })}</div>
            </div>
          ) : (
            <div className="tx-contest-idle">
              <div className="tx-contest-idle-title">{status === 'DRAFT' ? t('contest.host.waitingStart') : t('contest.host.waitingFirst')}</div>
              <div className="tx-contest-idle-sub" data-testid="contest-joined">
                {t('contest.host.participants', { count: participants })}
              </div>
              <div className="tx-contest-qr">
                <QRCode type="svg" value={playUrl} size={200} errorLevel="M" bordered={false} aria-label={t('contest.host.scan')} />
                <div>{t('contest.host.scan')}</div>
              </div>
            </div>
          )}
        </section>
        <aside className="tx-contest-boards">
          <MemberBoard leaderboard={leaderboard} loading />
          <BranchBoard leaderboard={leaderboard} loading />
        </aside>
      </div>
    </div>
  );
}
