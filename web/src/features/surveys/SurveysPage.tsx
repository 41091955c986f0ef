import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Empty, List, Segmented, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MySurveysQuery, OrgSurveysQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import type { SurveyListFieldsFragment } from '../../gql/graphql';
import { SurveyTags } from './SurveyTags';
import { canCreateSurveys, canSeeOrgSurveys } from './surveyAccess';

const PAGE = 20;
type Tab = 'pending' | 'mine' | 'org';

function SurveyItem({ survey: s }: { survey: SurveyListFieldsFragment }) {
  const { t } = useTranslation();
  const pending = s.status === 'OPEN' && s.myStatus.eligible && !s.myStatus.responded;
  return (
    <List.Item
      data-testid="survey-item"
      actions={[
        <Link key="open" to={`/surveys/${s.id}`}>
          {pending ? t('surveys.list.answer') : t('surveys.list.open')}
        </Link>,
      ]}
    >
      <List.Item.Meta
        title={<Link to={`/surveys/${s.id}`}>{s.title}</Link>}
        description={
          <>
            <SurveyTags status={s.status} anonymous={s.anonymous} />
            <Typography.Text type="secondary">
              {s.orgName} · {t('surveys.list.closes', { at: formatDateTime(s.closesAt) })}
              {s.myStatus.responded && ` · ${t('surveys.list.responded')}`}
            </Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}

/**
 * 问卷 (`/surveys`): 待我填写 (open surveys the viewer has not answered), 我参与的, and for
 * officers an org's surveys.
 */
export default function SurveysPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const officer = canSeeOrgSurveys(info);
  const [tab, setTab] = useState<Tab>('pending');
  const [orgId, setOrgId] = useState<string | null>(null);
  const cursors = usePageCursors();
  const { orgs, loading: orgsLoading } = useAllOrganizations(null, !officer);
  const [mine] = useQuery({
    query: MySurveysQuery,
    variables: { first: PAGE, after: cursors.after, pendingOnly: tab === 'pending' },
    pause: tab === 'org',
    requestPolicy: 'cache-and-network',
  });
  const [org] = useQuery({
    query: OrgSurveysQuery,
    variables: { orgId: orgId ?? '', first: PAGE, after: cursors.after },
    pause: tab !== 'org' || !orgId,
    requestPolicy: 'cache-and-network',
  });
  const result = tab === 'org' ? org : mine;
  const conn = tab === 'org' ? org.data?.surveys : mine.data?.mySurveys;
  const error = describeError(result.error, t);

  return (
    <div className="tx-page">
      <PageHeader title={t('surveys.title')}>
        {canCreateSurveys(info) && (
          <Link to="/surveys/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('surveys.create.title')}
            </Button>
          </Link>
        )}
      </PageHeader>
      <Card>
        <div className="tx-toolbar">
          <Segmented<Tab>
            value={tab}
            onChange={(v) => {
              setTab(v);
              cursors.reset();
            }}
            options={[
              { value: 'pending', label: t('surveys.list.pending') },
              { value: 'mine', label: t('surveys.list.mine') },
              ...(officer ? [{ value: 'org' as const, label: t('surveys.list.org') }] : []),
            ]}
          />
          {tab === 'org' && (
            <OrgTreeSelect
              aria-label={t('surveys.list.chooseOrg')}
              placeholder={t('surveys.list.chooseOrg')}
              orgs={orgs}
              loading={orgsLoading}
              value={orgId}
              onChange={(id) => {
                setOrgId(id ?? null);
                cursors.reset();
              }}
            />
          )}
        </div>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginTop: 12 }} />}
        <List
          loading={result.fetching && !conn}
          dataSource={conn?.edges ?? []}
          locale={{
            emptyText: (
              <Empty
                description={
                  tab === 'org' && !orgId ? t('surveys.list.chooseOrg') : tab === 'pending' ? t('surveys.list.nonePending') : t('surveys.list.none')
                }
              />
            ),
          }}
          renderItem={(e) => <SurveyItem survey={e.node} />}
        />
        <CursorPager cursors={cursors} pageInfo={conn?.pageInfo} />
      </Card>
    </div>
  );
}
