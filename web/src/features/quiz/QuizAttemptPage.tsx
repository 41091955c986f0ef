import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Checkbox, Empty, Input, Modal, Radio, Result, Space, Spin, Tag, Typography, message } from 'antd';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QuizAttemptFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { QuizAttemptQuery, SaveQuizAnswerMutation, SubmitQuizAttemptMutation } from './operations';
import { LETTERS, answerText, answered, clock, secondsLeft } from './quiz';

type Question = QuizAttemptFieldsFragment['questions'][number];

/** One question's input by kind: radio, checkboxes, 对/错, or one box per blank. */
function AnswerInput({ q, value, onChange }: { q: Question; value: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation();
  if (q.kind === 'SINGLE')
    return (
      <Radio.Group value={value[0]} onChange={(e) => onChange([e.target.value as string])} className="tx-quiz-options">
        <Space orientation="vertical">
          {q.options.map((o, i) => (
            <Radio key={LETTERS[i]} value={LETTERS[i]}>
              {LETTERS[i]}. {o}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    );
  if (q.kind === 'MULTIPLE')
    return (
      <Checkbox.Group value={value} onChange={(v) => onChange((v as string[]).slice().sort())} className="tx-quiz-options">
        <Space orientation="vertical">
          {q.options.map((o, i) => (
            <Checkbox key={LETTERS[i]} value={LETTERS[i]}>
              {LETTERS[i]}. {o}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    );
  if (q.kind === 'TRUE_FALSE')
    return (
      <Radio.Group value={value[0]} onChange={(e) => onChange([e.target.value as string])}>
        <Radio value="TRUE">{t('quiz.true')}</Radio>
        <Radio value="FALSE">{t('quiz.false')}</Radio>
      </Radio.Group>
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {Array.from({ length: q.blankCount }, (_, i) => (
        <Input
          key={i}
          maxLength={200}
          value={value[i] ?? ''}
          aria-label={t('quiz.take.blank', { n: i + 1 })}
          placeholder={t('quiz.take.blank', { n: i + 1 })}
          onChange={(e) => {
            const next = Array.from({ length: q.blankCount }, (__, j) => value[j] ?? '');
            next[i] = e.target.value;
            onChange(next);
          }}
        />
      ))}
    </Space>
  );
}

/** The review of a finished attempt: each question with my answer, the correct one and 解析. */
function Review({ attempt }: { attempt: QuizAttemptFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Result
        status={attempt.passed ? 'success' : 'warning'}
        title={t('quiz.review.score', { score: attempt.score ?? 0, total: attempt.maxScore })}
        subTitle={attempt.passed ? t('quiz.review.passed', { pass: attempt.passMark }) : t('quiz.review.failed', { pass: attempt.passMark })}
        extra={
          <Space wrap>
            {attempt.status === 'EXPIRED' && <Tag color="orange">{t('quiz.attemptStatus.EXPIRED')}</Tag>}
            <Link to="/quiz">{t('quiz.review.back')}</Link>
          </Space>
        }
      />
      {attempt.questions.map((q) => (
        <Card key={q.position} size="small" data-testid="quiz-review-question" title={`${q.position + 1}. ${t(`quiz.kinds.${q.kind}`)}`} extra={<Tag color={q.correct ? 'success' : 'error'}>{t('quiz.review.earned', { earned: q.earned ?? 0, points: q.points })}</Tag>}>
          <Typography.Paragraph>{q.stem}</Typography.Paragraph>
          {q.options.map((o, i) => (
            <div key={i}>
              {LETTERS[i]}. {o}
            </div>
          ))}
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {t('quiz.review.mine')}
            {answerText(q.kind, q.myAnswer, t)}
          </Typography.Paragraph>
          <Typography.Paragraph>
            {t('quiz.review.correct')}
            {q.kind === 'FILL_BLANK' && q.acceptedBlanks ? q.acceptedBlanks.map((b) => b.join(' / ')).join('；') : answerText(q.kind, q.correctAnswer, t)}
          </Typography.Paragraph>
          {q.explanation && <Typography.Paragraph type="secondary">{t('quiz.review.explanation', { text: q.explanation })}</Typography.Paragraph>}
        </Card>
      ))}
    </Space>
  );
}

/**
 * An attempt (`/quiz/attempts/:id`): in progress, the questions with a countdown to the
 * server's deadline (corrected for the client's clock), each answer saved as it changes, and
 * 交卷 after a confirmation; finished, the score and the review. Made for phones.
 */
export default function QuizAttemptPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [res, refetch] = useQuery({ query: QuizAttemptQuery, variables: { id }, requestPolicy: 'network-only' });
  const [, save] = useMutation(SaveQuizAnswerMutation);
  const [{ fetching: submitting }, submitAttempt] = useMutation(SubmitQuizAttemptMutation);
  const [answers, setAnswers] = useState<Record<number, string[]>>({});
  const [finished, setFinished] = useState<QuizAttemptFieldsFragment | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [saveError, setSaveError] = useState<string | null>(null);
  const received = useRef(Date.now());
  const timers = useRef<Record<number, number>>({});
  const attempt = finished ?? res.data?.quizAttempt ?? null;

  useEffect(() => {
    if (res.data) received.current = Date.now();
  }, [res.data]);
  useEffect(() => {
    const a = res.data?.quizAttempt;
    if (!a) return;
    const saved: Record<number, string[]> = {};
    for (const q of a.questions) if (q.myAnswer) saved[q.position] = [...q.myAnswer];
    setAnswers(saved);
  }, [res.data]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const left = useMemo(() => (attempt && attempt.status === 'OPEN' ? secondsLeft(attempt.deadline, attempt.serverNow, received.current, now) : 0), [attempt, now]);
  const timeUp = attempt?.status === 'OPEN' && left === 0;

  useEffect(() => {
    // At the deadline the server closes the attempt with what was saved: read it back.
    if (!timeUp) return;
    const timer = window.setTimeout(() => refetch({ requestPolicy: 'network-only' }), 6000);
    return () => window.clearTimeout(timer);
  }, [timeUp, refetch]);

  if (res.fetching && !attempt) return <Spin />;
  if (res.error && !attempt) return <Alert type="error" showIcon title={serverErrorText(res.error, t)} />;
  if (!attempt) return <Empty />;

  const change = (position: number, value: string[], kind: string) => {
    setAnswers((a) => ({ ...a, [position]: value }));
    // Blanks are saved once typing pauses; choices at once.
    window.clearTimeout(timers.current[position]);
    timers.current[position] = window.setTimeout(
      () => {
        void save({ input: { attemptId: attempt.id, position, response: value } }).then((r) => setSaveError(r.error ? serverErrorText(r.error, t) : null));
      },
      kind === 'FILL_BLANK' ? 800 : 0,
    );
  };

  const submit = () => {
    const unanswered = attempt.questions.filter((q) => !answered(answers[q.position])).length;
    Modal.confirm({
      title: t('quiz.take.submitTitle'),
      content: unanswered > 0 ? t('quiz.take.submitUnanswered', { count: unanswered }) : t('quiz.take.submitBody'),
      okText: t('quiz.take.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const r = await submitAttempt({
          input: {
            attemptId: attempt.id,
            answers: attempt.questions.filter((q) => answers[q.position]).map((q) => ({ position: q.position, response: answers[q.position] })),
          },
        });
        if (r.error || !r.data) {
          void message.error(serverErrorText(r.error, t));
          refetch({ requestPolicy: 'network-only' });
        } else setFinished(r.data.submitQuizAttempt);
      },
    });
  };

  return (
    <div className="tx-page tx-quiz-attempt">
      <PageHeader title={attempt.quizTitle}>
        {attempt.status === 'OPEN' && (
          <Tag color={left < 60 ? 'red' : 'blue'} data-testid="quiz-countdown" role="timer" aria-live="off">
            {t('quiz.take.left', { clock: clock(left) })}
          </Tag>
        )}
      </PageHeader>
      {attempt.status !== 'OPEN' ? (
        <Review attempt={attempt} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {timeUp && <Alert type="warning" showIcon title={t('quiz.take.timeUp')} />}
          {saveError && <Alert type="error" showIcon title={saveError} />}
          {attempt.questions.map((q) => (
            <Card key={q.position} size="small" data-testid="quiz-question" title={`${q.position + 1}. ${t(`quiz.kinds.${q.kind}`)}（${t('quiz.pointsN', { points: q.points })}）`}>
              <Typography.Paragraph>{q.stem}</Typography.Paragraph>
              <AnswerInput q={q} value={answers[q.position] ?? []} onChange={(v) => change(q.position, v, q.kind)} />
            </Card>
          ))}
          <Button type="primary" block size="large" loading={submitting} disabled={timeUp} onClick={submit} data-testid="quiz-submit">
            {t('quiz.take.submit')}
          </Button>
        </Space>
      )}
    </div>
  );
}
