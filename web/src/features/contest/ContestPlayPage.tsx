import { useEffect, useState } from 'react';
import { Alert, Button, Input, Result, Spin, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContestLeaderboardFieldsFragment, ContestStandingFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { PageSpinner } from '../../components/PageSpinner';
import { AnswerContestQuestionMutation, ContestQuery, JoinContestMutation, MyContestStandingQuery } from './operations';
import {
  answerComplete,
  answerLabel,
  answerMatches,
  choicesOf,
  loadSavedAnswer,
  normalizeAnswer,
  saveAnswer,
  seconds1,
  toggleChoice,
  type LiveState,
  type SavedAnswer,
} from './contest';
import { useContestLeaderboard, useContestLive, useCountdown } from './useContestLive';
import { ContestStatusTag } from './ContestStatusTag';

/** 我的成绩: score, rank and correct answers. */
function Standing({ standing, title }: { standing: ContestStandingFieldsFragment; title: string }) {
  const { t } = useTranslation();
  return (
    <section className="tx-contest-standing" data-testid="contest-standing" aria-label={title}>
      <div className="tx-contest-standing-title">{title}</div>
      <div className="tx-contest-standing-stats">
        <div>
          <div className="tx-contest-standing-value">{standing.score}</div>
          <div className="tx-contest-standing-label">{t('contest.play.score')}</div>
        </div>
        <div>
          <div className="tx-contest-standing-value">{t('contest.play.rankN', { rank: standing.rank })}</div>
          <div className="tx-contest-standing-label">{t('contest.play.rank')}</div>
        </div>
        <div>
          <div className="tx-contest-standing-value">{t('contest.play.correctN', { count: standing.correctCount })}</div>
          <div className="tx-contest-standing-label">{t('contest.play.correctLabel')}</div>
        </div>
      </div>
    </section>
  );
}

/** The top 10 of the final leaderboard, the viewer marked. */
function TopTen({ leaderboard, me }: { leaderboard: ContestLeaderboardFieldsFragment | null; me: string }) {
  const { t } = useTranslation();
  if (!leaderboard) return <Spin />;
  const top = leaderboard.members.slice(0, 10);
  return (
    <section className="tx-contest-top" aria-label={t('contest.play.top')} data-testid="contest-top">
      <div className="tx-contest-standing-title">{t('contest.play.top')}</div>
      {top.length === 0 ? (
        <div className="tx-contest-muted">{t('contest.board.empty')}</div>
      ) : (
        <ol className="tx-contest-top-list">
          {top.map((m) => (
            <li key={m.memberId} className={m.memberId === me ? 'tx-contest-top-me' : undefined}>
              <span className={`tx-contest-rank tx-contest-rank-${Math.min(m.rank, 4)}`}>{m.rank}</span>
              <span className="tx-contest-top-name">
                <span>{m.memberName}</span>
                {m.orgName && <span className="tx-contest-muted"> · {m.orgName}</span>}
              </span>
              <span className="tx-contest-top-score">{t('contest.play.points', { score: m.score })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The question on the phone: choices as full-width buttons (select, then 提交答案), one box per
 * blank; the countdown on the server's clock; once submitted 已提交 with the time taken; at the
 * deadline nothing more is taken; once revealed whether the answer was right, the key and 解析.
 * Keyed by position, so each question starts afresh.
 */
function PlayQuestion({ contestId, state }: { contestId: string; state: LiveState }) {
  const { t } = useTranslation();
  const q = state.live.question!;
  const revealed = state.live.phase === 'REVEALED';
  const countdown = useCountdown(state);
  const [selection, setSelection] = useState<string[]>(() => (q.kind === 'FILL_BLANK' ? Array.from({ length: q.blankCount }, () => '') : []));
  const [saved, setSaved] = useState<SavedAnswer | null>(() => loadSavedAnswer(contestId, q.position));
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, answer] = useMutation(AnswerContestQuestionMutation);
  const locked = !!saved || countdown.timeUp || revealed || fetching;
  const shown = saved?.answer ?? selection;
  const correct = revealed ? (q.correctAnswer ?? []) : [];
  const choices = choicesOf(q, t);
  const match = answerMatches(q.kind, saved?.answer, q.correctAnswer);

  const submit = async () => {
    const value = normalizeAnswer(q.kind, selection);
    setError(null);
    const r = await answer({ input: { contestId, position: q.position, answer: value } });
    if (r.error || !r.data) {
      setError(serverErrorText(r.error, t) ?? t('errors.UNKNOWN'));
      return;
    }
    const s = { answer: value, elapsedMs: r.data.answerContestQuestion.elapsedMs };
    saveAnswer(contestId, q.position, s);
    setSaved(s);
  };

  return (
    <section className="tx-contest-play-question" data-testid="contest-play-question">
      <div className="tx-contest-play-bar">
        <span className="tx-contest-play-position">{t('contest.questionOf', { n: q.position, total: state.live.questionCount })}</span>
        <Tag>{t(`quiz.kinds.${q.kind}`)}</Tag>
        <span className="tx-header-spacer" />
        {revealed ? (
          <Tag color="green">{t('contest.phases.REVEALED')}</Tag>
        ) : (
          <span className={`tx-contest-play-countdown${countdown.timeUp || (countdown.left ?? 99) <= 5 ? ' tx-contest-countdown-up' : ''}`} data-testid="contest-countdown" role="timer" aria-live="off">
            {countdown.timeUp ? t('contest.timeUp') : t('contest.secondsLeft', { seconds: countdown.left ?? 0 })}
          </span>
        )}
      </div>
      <p className="tx-contest-play-stem" data-testid="contest-stem">
        {q.stem}
      </p>
      {q.kind === 'MULTIPLE' && !locked && <div className="tx-contest-muted tx-contest-play-hint">{t('contest.play.multipleHint')}</div>}
      {choices.length > 0 && (
        <div className="tx-contest-choices" role="group" aria-label={t('contest.play.choices')}>
          {choices.map((c) => {
            const chosen = shown.includes(c.value);
            const isKey = correct.includes(c.value);
            const cls = ['tx-contest-choice', chosen && 'is-chosen', isKey && 'is-key', revealed && chosen && !isKey && 'is-wrong'].filter(Boolean).join(' ');
            return (
              <button key={c.value} type="button" className={cls} aria-pressed={chosen} disabled={locked} onClick={() => setSelection((s) => toggleChoice(q.kind, s, c.value))}>
                {c.label}
              </button>
            );
          })}
        </div>
      )}
      {q.kind === 'FILL_BLANK' && (
        <div className="tx-contest-blank-inputs">
          {Array.from({ length: q.blankCount }, (_, i) => (
            <Input
              key={i}
              size="large"
              maxLength={200}
              disabled={locked}
              value={shown[i] ?? ''}
              aria-label={t('contest.play.blank', { n: i + 1 })}
              placeholder={t('contest.play.blank', { n: i + 1 })}
              onChange={(e) =>
                setSelection((s) => {
                  const next = Array.from({ length: q.blankCount }, (__, j) => s[j] ?? '');
                  next[i] = e.target.value;
                  return next;
                })
              }
            />
          ))}
        </div>
      )}
      {!saved && !revealed && !countdown.timeUp && (
        <Button type="primary" size="large" block className="tx-contest-submit" loading={fetching} disabled={!answerComplete(q.kind, selection, q.blankCount)} onClick={() => void submit()}>
          {t('contest.play.submit')}
        </Button>
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} className="tx-contest-play-alert" />}
      {saved && !revealed && (
        <Alert type="success" showIcon className="tx-contest-play-alert" data-testid="contest-submitted" title={t('contest.play.submitted')} description={t('contest.play.elapsed', { seconds: seconds1(saved.elapsedMs) })} />
      )}
      {!saved && !revealed && countdown.timeUp && <Alert type="warning" showIcon className="tx-contest-play-alert" title={t('contest.play.timeUp')} />}
      {revealed && (
        <div className="tx-contest-play-reveal" data-testid="contest-reveal">
          {!saved ? (
            <Alert type="warning" showIcon title={t('contest.play.notAnswered')} />
          ) : match === true ? (
            <Alert type="success" showIcon title={t('contest.play.right')} />
          ) : match === false ? (
            <Alert type="error" showIcon title={t('contest.play.wrong')} />
          ) : null}
          {saved && <p>{t('contest.play.yourAnswer', { answer: answerLabel(q.kind, saved.answer, t) })}</p>}
          <p className="tx-contest-play-key">{t('contest.correctAnswer', { answer: answerLabel(q.kind, q.correctAnswer, t) })}</p>
          {q.explanation && <p className="tx-contest-muted">{t('contest.explanation', { text: q.explanation })}</p>}
        </div>
      )}
    </section>
  );
}

/**
 * 参加竞赛 (`/contests/:id/play`), the participant's phone page: 加入竞赛, then 等待主持人出题… and
 * each question as the host pushes it (`contestStateChanged`); after each reveal the viewer's
 * standing (read again each time); once finished the final standing and the top 10.
 */
export default function ContestPlayPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const info = useViewer();
  const [res] = useQuery({ query: ContestQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const contest = res.data?.contest.id === id ? res.data.contest : null;
  const [joinedHere, setJoinedHere] = useState(false);
  const [joinError, setJoinError] = useState<string | null>(null);
  const joined = !!contest?.joined || joinedHere;
  const live = useContestLive(id, !contest || !joined || contest.status === 'FINISHED');
  const status = live.state?.live.status ?? contest?.status ?? 'DRAFT';
  const phase = live.state?.live.phase ?? (status === 'FINISHED' ? 'FINISHED' : 'WAITING');
  const finished = contest?.status === 'FINISHED' || status === 'FINISHED' || phase === 'FINISHED';
  const [standingRes, refetchStanding] = useQuery({ query: MyContestStandingQuery, variables: { contestId: id }, pause: !contest || !joined, requestPolicy: 'network-only' });
  const board = useContestLeaderboard(id, { pause: !contest || !finished, live: false });
  const [{ fetching: joining }, join] = useMutation(JoinContestMutation);
  const q = live.state?.live.question ?? null;
  const revealKey = finished ? 'finished' : phase === 'REVEALED' && q ? `q${q.position}` : null;

  useEffect(() => {
    if (revealKey && joined) refetchStanding({ requestPolicy: 'network-only' });
    // Read again at each reveal and at the end.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealKey]);

  if (!contest) {
    if (!res.error) return <PageSpinner />;
    return <Result status="warning" title={serverErrorText(res.error, t)} extra={<Link to="/contests">{t('contest.back')}</Link>} />;
  }

  const onJoin = async () => {
    setJoinError(null);
    const r = await join({ contestId: id });
    if (r.error || !r.data) setJoinError(serverErrorText(r.error, t) ?? t('errors.UNKNOWN'));
    else setJoinedHere(true);
  };

  const standing = standingRes.data?.myContestStanding ?? null;
  let body;
  if (finished) {
    body = (
      <>
        <div className="tx-contest-play-center">
          <div className="tx-contest-play-big">{t('contest.play.finished')}</div>
        </div>
        {joined && standing ? <Standing standing={standing} title={t('contest.play.final')} /> : !joined && <Alert type="info" showIcon title={t('contest.play.notJoined')} />}
        <TopTen leaderboard={board.leaderboard} me={info.viewer.member?.id ?? ''} />
      </>
    );
  } else if (!joined) {
    body = (
      <div className="tx-contest-play-center">
        <p>{t('contest.play.joinHelp')}</p>
        <Button type="primary" size="large" block className="tx-contest-submit" loading={joining} onClick={() => void onJoin()}>
          {t('contest.play.join')}
        </Button>
        {joinError && <Alert type="error" showIcon role="alert" title={joinError} className="tx-contest-play-alert" />}
      </div>
    );
  } else if (q && (phase === 'QUESTION' || phase === 'REVEALED') && live.state) {
    body = (
      <>
        <PlayQuestion key={q.position} contestId={id} state={live.state} />
        {phase === 'REVEALED' && standing && <Standing standing={standing} title={t('contest.play.standing')} />}
      </>
    );
  } else {
    body = (
      <div className="tx-contest-play-center" data-testid="contest-waiting">
        <Spin />
        <div className="tx-contest-play-big">{t('contest.play.waiting')}</div>
        <div className="tx-contest-muted">{t('contest.play.joined')}</div>
      </div>
    );
  }

  return (
    <div className="tx-contest-play" data-testid="contest-play">
      <div className="tx-contest-play-head">
        <h1 className="tx-contest-play-title">{contest.title}</h1>
        <ContestStatusTag status={status} />
      </div>
      <div className="tx-contest-muted tx-contest-play-facts">{t('contest.play.facts', { org: contest.orgName, count: contest.questionCount, seconds: contest.secondsPerQuestion, points: contest.pointsPerQuestion })}</div>
      {live.error && !live.state && <Alert type="error" showIcon title={serverErrorText(live.error, t)} className="tx-contest-play-alert" />}
      {body}
    </div>
  );
}
