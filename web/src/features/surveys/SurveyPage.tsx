import { Link, useParams } from 'react-router';
import { Alert, App as AntApp, Button, Card, Descriptions, Popconfirm, Progress, Result, Space, Statistic, Typography } from 'antd';
import { BarChartOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CloseSurveyMutation, RemindSurveyRespondentsMutation, SurveyQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { RemindButton } from '../../components/RemindButton';
import { formatDateTime } from '../../lib/format';
import type { SurveyFieldsFragment } from '../../gql/graphql';
import { AnswerForm } from './AnswerForm';
import { SurveyTags } from './SurveyTags';
import { percent } from './surveys';

/** 填写进度: asked, responded and not yet, for officers; reminders and the close for managers. */
function TurnoutCard({ survey, onChanged }: { survey: SurveyFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [closing, close] = useMutation(CloseSurveyMutation);
  const turnout = survey.turnout;
  if (!turnout) return null;
  const waiting = Math.max(0, turnout.eligible - turnout.responded);
  return (
    <Card title={t('surveys.turnout.title')} data-testid="survey-turnout">
      <Space size="large" wrap>
        <Statistic title={t('surveys.turnout.eligible')} value={turnout.eligible} />
        <Statistic title={t('surveys.turnout.responded')} value={turnout.responded} valueRender={(n) => <span data-testid="turnout-responded">{n}</span>} />
        <Statistic title={t('surveys.turnout.waiting')} value={waiting} />
      </Space>
      <Progress percent={percent(turnout.responded, turnout.eligible)} style={{ marginTop: 12 }} />
      {survey.viewerCanManage && survey.status === 'OPEN' && (
        <Space wrap style={{ marginTop: 12 }}>
          <RemindButton
            mutation={RemindSurveyRespondentsMutation}
            variables={{ input: { surveyId: survey.id } }}
            label={t('surveys.turnout.remind')}
            confirm={t('surveys.turnout.remindConfirm')}
            description={t('surveys.turnout.remindWho', { count: waiting })}
            disabled={waiting === 0}
            limitedTestId="remind-limited"
            onReminded={(d) => message.success(t('surveys.turnout.reminded', { count: d.remindSurveyRespondents.reminded }))}
          />
          <Popconfirm
            title={t('surveys.turnout.closeConfirm')}
            description={t('surveys.turnout.closeWhat')}
            okText={t('surveys.turnout.close')}
            cancelText={t('common.cancel')}
            onConfirm={async () => {
              const res = await close({ input: { surveyId: survey.id } });
              const info = describeError(res.error, t);
              if (info) message.error(errorText(info));
              else onChanged();
            }}
          >
            <Button danger icon={<StopOutlined />} loading={closing.fetching}>
              {t('surveys.turnout.close')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}

/**
 * 问卷 (`/surveys/:id`): the survey, the answering form for those asked while it is open, the
 * turnout for officers, and the way to its results.
 */
export default function SurveyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [res, refetch] = useQuery({ query: SurveyQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const error = describeError(res.error, t);
  if (error?.code === 'NOT_FOUND') return <Result status="404" title={t('surveys.notFound')} />;
  const s = res.data?.survey;
  if (!s) return error ? <Alert type="error" showIcon title={errorText(error)} /> : <PageSpinner />;
  const canAnswer = s.status === 'OPEN' && s.myStatus.eligible && !s.myStatus.responded;

  return (
    <div className="tx-page">
      <PageHeader title={s.title}>
        {(s.resultsVisible || s.viewerIsOfficer) && (
          <Link to={`/surveys/${encodeURIComponent(s.id)}/results`}>
            <Button icon={<BarChartOutlined />}>{t('surveys.results.title')}</Button>
          </Link>
        )}
      </PageHeader>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <SurveyTags status={s.status} anonymous={s.anonymous} />
          {s.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{s.description}</Typography.Paragraph>}
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('surveys.fields.org')}>{s.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.resultsVisibility')}>{t(`surveys.visibility.${s.resultsVisibility}`)}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.opensAt')}>{formatDateTime(s.opensAt)}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.fields.closesAt')}>{formatDateTime(s.closesAt)}</Descriptions.Item>
          </Descriptions>
        </Card>
        {s.myStatus.responded && <Alert type="success" showIcon title={t('surveys.answer.thanks')} data-testid="survey-responded" />}
        {s.status === 'SCHEDULED' && s.myStatus.eligible && <Alert type="info" showIcon title={t('surveys.answer.notYet', { at: formatDateTime(s.opensAt) })} />}
        {canAnswer && <AnswerForm survey={s} onSubmitted={reload} />}
        <TurnoutCard survey={s} onChanged={reload} />
      </Space>
    </div>
  );
}
