import { Alert, Button, Card, Empty, Space, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { QuizResultsQuery } from './operations';

const PAGE = 50;

/**
 * 测验成绩 (`/quiz/:id/results`, officers): the audience, participants, pass rate and average
 * best score, each member's attempts and best score a page at a time, and the .xlsx export.
 */
export default function QuizResultsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const cursors = usePageCursors();
  const [res] = useQuery({ query: QuizResultsQuery, variables: { quizId: id, orgId: null, first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  const r = res.data?.quizResults;
  const rows = r?.edges.map((e) => e.node) ?? [];
  return (
    <div className="tx-page tx-quiz">
      <PageHeader title={r ? t('quiz.results.title', { title: r.quiz.title }) : t('quiz.results.titlePlain')}>
        {r?.quiz.exportUrl && (
          <Button icon={<DownloadOutlined />} href={r.quiz.exportUrl} data-testid="quiz-results-export">
            {t('quiz.results.export')}
          </Button>
        )}
      </PageHeader>
      {res.error && <Alert type="error" showIcon title={serverErrorText(res.error, t)} style={{ marginBottom: 12 }} />}
      {r && (
        <Card style={{ marginBottom: 12 }}>
          <Space wrap size="large">
            <Statistic title={t('quiz.results.audience')} value={r.audience} />
            <Statistic title={t('quiz.results.participants')} value={r.participants} />
            <Statistic title={t('quiz.results.passRate')} value={r.passRate == null ? '—' : `${Math.round(r.passRate * 100)}%`} />
            <Statistic title={t('quiz.results.average')} value={r.average == null ? '—' : r.average.toFixed(1)} suffix={r.average == null ? undefined : `/ ${r.quiz.totalPoints}`} />
          </Space>
        </Card>
      )}
      <Card>
        <Table
          rowKey="memberId"
          size="small"
          loading={res.fetching && !res.data}
          dataSource={rows}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('quiz.results.empty')} /> }}
          columns={[
            { title: t('quiz.results.name'), dataIndex: 'memberName' },
            { title: t('quiz.org'), dataIndex: 'orgName' },
            { title: t('quiz.results.attempts'), dataIndex: 'attempts', align: 'right' as const },
            { title: t('quiz.results.best'), dataIndex: 'bestScore', align: 'right' as const, render: (s: number | null) => (s == null ? <Tag>{t('quiz.results.notTaken')}</Tag> : s) },
            { title: t('quiz.results.passed'), key: 'passed', render: (_: unknown, row) => (row.bestScore == null ? null : row.passed ? <Tag color="success">{t('quiz.results.pass')}</Tag> : <Tag color="error">{t('quiz.results.fail')}</Tag>) },
            { title: t('quiz.results.last'), dataIndex: 'lastFinishedAt', render: (v: string | null) => formatDateTime(v) },
          ]}
        />
        <CursorPager cursors={cursors} pageInfo={r?.pageInfo} />
      </Card>
    </div>
  );
}
