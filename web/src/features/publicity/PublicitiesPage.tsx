import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Empty, List, Segmented, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { PublicitiesQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import type { PublicityListFieldsFragment } from '../../gql/graphql';
import { PublicityTags } from './PublicityTags';
import { canPublishPublicity, canSeeOrgPublicity } from './publicity';

const PAGE = 20;
type Tab = 'mine' | 'org';

function PublicityItem({ p }: { p: PublicityListFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <List.Item
      data-testid="publicity-item"
      actions={[
        <Link key="open" to={`/publicity/${p.id}`}>
          {p.canObject ? t('publicity.list.object') : t('publicity.list.open')}
        </Link>,
      ]}
    >
      <List.Item.Meta
        title={<Link to={`/publicity/${p.id}`}>{p.title}</Link>}
        description={
          <>
            <PublicityTags kind={p.kind} status={p.status} />
            <Typography.Text type="secondary">
              {p.organizationName} · {t('publicity.list.window', { from: formatDateTime(p.windowStart), to: formatDateTime(p.windowEnd) })}
              {p.objectionCount > 0 && ` · ${t('publicity.objections.count', { count: p.objectionCount })}`}
            </Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}

/** 公示 (`/publicity`): those the viewer may read and object to, and for officers an org's. */
export default function PublicitiesPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const officer = canSeeOrgPublicity(info);
  const [tab, setTab] = useState<Tab>('mine');
  const [orgId, setOrgId] = useState<string | null>(null);
  const cursors = usePageCursors();
  const { orgs, loading: orgsLoading } = useAllOrganizations(null, !officer);
  const [result] = useQuery({
    query: PublicitiesQuery,
    variables: { organizationId: tab === 'org' ? orgId : null, first: PAGE, after: cursors.after },
    pause: tab === 'org' && !orgId,
    requestPolicy: 'cache-and-network',
  });
  const conn = result.data?.publicities;
  const error = describeError(result.error, t);

  return (
    <div className="tx-page">
      <PageHeader title={t('publicity.title')}>
        {canPublishPublicity(info) && (
          <Link to="/publicity/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('publicity.create.title')}
            </Button>
          </Link>
        )}
      </PageHeader>
      <Card>
        {officer && (
          <div className="tx-toolbar">
            <Segmented<Tab>
              value={tab}
              onChange={(v) => {
                setTab(v);
                cursors.reset();
              }}
              options={[
                { value: 'mine', label: t('publicity.list.mine') },
                { value: 'org', label: t('publicity.list.org') },
              ]}
            />
            {tab === 'org' && (
              <OrgTreeSelect
                aria-label={t('publicity.list.chooseOrg')}
                placeholder={t('publicity.list.chooseOrg')}
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
        )}
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginTop: 12 }} />}
        <List
          loading={result.fetching && !conn}
          dataSource={tab === 'org' && !orgId ? [] : (conn?.edges ?? [])}
          locale={{ emptyText: <Empty description={tab === 'org' && !orgId ? t('publicity.list.chooseOrg') : t('publicity.list.none')} /> }}
          renderItem={(e) => <PublicityItem p={e.node} />}
        />
        <CursorPager cursors={cursors} pageInfo={conn?.pageInfo} />
      </Card>
    </div>
  );
}
