import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Empty, List, Result, Space, Statistic, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { SurveyQuery, SurveyResultsQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import type { SurveyResultsQuery as ResultsData } from '../../gql/graphql';
import { bars, isChoice, isText, type Bar } from './surveys';

type QuestionResult = NonNullable<ResultsData['surveyResults']>['questions'][number];

/** A horizontal bar chart in plain CSS: label, bar, count and share. */
function BarChart({ rows, testId }: { rows: Bar[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId} role="list">
      {rows.map((r) => (
        <div key={r.key} role="listitem" style={{ display: 'grid', gridTemplateColumns: 'minmax(4em, 30%) 1fr auto', gap: 8, alignItems: 'center', margin: '6px 0' }}>
          <span style={{ overflowWrap: 'anywhere' }}>{r.label}</span>
          <div style={{ background: 'rgba(0,0,0,0.06)', borderRadius: 4, height: 14 }} aria-hidden>
            <div style={{ width: `${r.width}%`, background: '#c41d26', borderRadius: 4, height: 14, transition: 'width .3s' }} />
          </div>
          <span style={{ whiteSpace: 'nowrap' }}>{t('surveys.results.count', { count: r.count, share: r.share })}</span>
        </div>
      ))}
    </div>
  );
}

/** One question's results: bars of options, bars and mean of ratings, or the text answers. */
function QuestionCard({ r, anonymous }: { r: QuestionResult; anonymous: boolean }) {
  const { t } = useTranslation();
  const q = r.question;
  return (
    <Card size="small" title={`${q.position + 1}. ${q.title}`} extra={t('surveys.results.answered', { count: r.answered })} data-testid="question-result">
      {r.answered === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.results.noAnswers')} />}
      {r.answered > 0 && isChoice(q.kind) && (
        <BarChart testId="choice-chart" rows={bars(r.choices.map((c) => ({ key: c.option.id, label: c.option.label, count: c.count })), r.answered)} />
      )}
      {r.answered > 0 && q.kind === 'RATING' && (
        <>
          <Statistic title={t('surveys.results.mean')} value={r.mean ?? 0} precision={2} valueRender={(n) => <span data-testid="rating-mean">{n}</span>} />
          <BarChart testId="rating-chart" rows={bars(r.ratings.map((x) => ({ key: String(x.value), label: t('surveys.results.points', { value: x.value }), count: x.count })), r.answered)} />
        </>
      )}
      {r.answered > 0 && isText(q.kind) && (
        <>
          {anonymous && <Typography.Paragraph type="secondary">{t('surveys.results.shuffled')}</Typography.Paragraph>}
          <List size="small" dataSource={r.texts} renderItem={(text) => <List.Item style={{ whiteSpace: 'pre-wrap' }}>{text}</List.Item>} />
        </>
      )}
    </Card>
  );
}

/** 问卷结果 (`/surveys/:id/results`): per question a chart or the answers, the export. */
export default function SurveyResultsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [survey] = useQuery({ query: SurveyQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [results] = useQuery({ query: SurveyResultsQuery, variables: { id }, requestPolicy: 'network-only' });
  const error = describeError(survey.error ?? results.error, t);
  if (error?.code === 'NOT_FOUND') return <Result status="404" title={t('surveys.notFound')} />;
  const s = survey.data?.survey;
  if (!s || results.fetching) return error ? <Alert type="error" showIcon title={errorText(error)} /> : <PageSpinner />;
  const r = results.data?.surveyResults;

  return (
    <div className="tx-page">
      <PageHeader title={t('surveys.results.titleOf', { title: s.title })}>
        <Link to={`/surveys/${encodeURIComponent(s.id)}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('surveys.results.back')}</Button>
        </Link>
        {s.exportUrl && (
          <a href={s.exportUrl} download>
            <Button icon={<DownloadOutlined />} data-testid="survey-export">
              {t('surveys.results.export')}
            </Button>
          </a>
        )}
      </PageHeader>
      {!r ? (
        <Card>
          <Empty description={<span data-testid="results-hidden">{t('surveys.results.hidden')}</span>} />
        </Card>
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Space size="large" wrap>
              <Statistic title={t('surveys.results.responses')} value={r.responses} valueRender={(n) => <span data-testid="results-responses">{n}</span>} />
              {s.turnout && <Statistic title={t('surveys.turnout.eligible')} value={s.turnout.eligible} />}
            </Space>
          </Card>
          {r.responses === 0 ? (
            <Card>
              <Empty description={t('surveys.results.none')} />
            </Card>
          ) : (
            r.questions.map((q) => <QuestionCard key={q.question.id} r={q} anonymous={s.anonymous} />)
          )}
        </Space>
      )}
    </div>
  );
}
