import { Alert, Button, Card, Empty, List, Modal, Space, Tag, Typography, message } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QuizFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { MyQuizzesQuery, StartQuizAttemptMutation } from './operations';

const PAGE = 20;

/** A quiz's state for the member: 进行中, 未开始, 已结束. */
function windowTag(q: QuizFieldsFragment, t: (k: string) => string) {
  const now = Date.now();
  if (q.status === 'CLOSED' || Date.parse(q.closesAt) <= now) return <Tag>{t('quiz.window.closed')}</Tag>;
  if (Date.parse(q.opensAt) > now) return <Tag color="orange">{t('quiz.window.upcoming')}</Tag>;
  return <Tag color="green">{t('quiz.window.open')}</Tag>;
}

/**
 * 我的测验 (`/quiz`): the quizzes of the viewer's audience with their attempts: start (after a
 * confirmation naming the time limit), continue the one in progress, or review the latest.
 */
export default function MyQuizzesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cursors = usePageCursors();
  const [res] = useQuery({ query: MyQuizzesQuery, variables: { first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  const [{ fetching: starting }, start] = useMutation(StartQuizAttemptMutation);
  const quizzes = res.data?.myQuizzes.edges.map((e) => e.node) ?? [];

  const begin = (q: QuizFieldsFragment) => {
    Modal.confirm({
      title: t('quiz.take.confirmTitle', { title: q.title }),
      content: t('quiz.take.confirmBody', { minutes: q.timeLimitMinutes, count: q.questionCount, left: q.myAttemptsLeft }),
      okText: t('quiz.take.start'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const r = await start({ quizId: q.id });
        if (r.error || !r.data) void message.error(serverErrorText(r.error, t));
        else navigate(`/quiz/attempts/${r.data.startQuizAttempt.id}`);
      },
    });
  };

  return (
    <div className="tx-page tx-quiz">
      <PageHeader title={t('quiz.mine.title')} />
      {res.error && <Alert type="error" showIcon title={serverErrorText(res.error, t)} style={{ marginBottom: 12 }} />}
      <Card>
        <List
          loading={res.fetching && !res.data}
          dataSource={quizzes}
          locale={{ emptyText: <Empty description={t('quiz.mine.empty')} /> }}
          renderItem={(q) => (
            <List.Item
              data-testid="my-quiz"
              actions={[
                q.myOpenAttemptId ? (
                  <Button key="go" type="primary" onClick={() => navigate(`/quiz/attempts/${q.myOpenAttemptId}`)}>
                    {t('quiz.take.continue')}
                  </Button>
                ) : q.accepting && q.myAttemptsLeft > 0 ? (
                  <Button key="go" type="primary" loading={starting} onClick={() => begin(q)}>
                    {q.myAttemptCount > 0 ? t('quiz.take.again') : t('quiz.take.start')}
                  </Button>
                ) : null,
                q.myLastAttemptId ? (
                  <Button key="review" onClick={() => navigate(`/quiz/attempts/${q.myLastAttemptId}`)}>
                    {t('quiz.take.review')}
                  </Button>
                ) : null,
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <span>{q.title}</span>
                    {windowTag(q, t)}
                    {q.myBestScore != null && <Tag color={q.myPassed ? 'success' : 'error'}>{t('quiz.mine.best', { score: q.myBestScore, total: q.totalPoints })}</Tag>}
                  </Space>
                }
                description={
                  <Space orientation="vertical" size={0}>
                    <Typography.Text type="secondary">{t('quiz.mine.facts', { org: q.orgName, count: q.questionCount, total: q.totalPoints, pass: q.passMark, minutes: q.timeLimitMinutes })}</Typography.Text>
                    <Typography.Text type="secondary">{t('quiz.mine.window', { from: formatDateTime(q.opensAt), to: formatDateTime(q.closesAt) })}</Typography.Text>
                    <Typography.Text type="secondary">{t('quiz.mine.attempts', { used: q.myAttemptCount, max: q.maxAttempts })}</Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
        <CursorPager cursors={cursors} pageInfo={res.data?.myQuizzes.pageInfo} />
      </Card>
    </div>
  );
}
