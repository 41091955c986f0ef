import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Empty, List, Segmented, Typography } from 'antd';
import { PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MyVotesQuery, OrgVotesQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import type { VoteListFieldsFragment } from '../../gql/graphql';
import { VoteTags } from './VoteTags';
import { canCreateVotes, canSeeOrgVotes } from './voteAccess';

const PAGE = 20;
type Tab = 'pending' | 'mine' | 'org';

function VoteItem({ vote: v }: { vote: VoteListFieldsFragment }) {
  const { t } = useTranslation();
  const pending = v.status === 'OPEN' && v.myStatus.eligible && !v.myStatus.voted;
  return (
    <List.Item
      data-testid="vote-item"
      actions={[
        <Link key="open" to={`/votes/${v.id}`}>
          {pending ? t('votes.list.vote') : t('votes.list.open')}
        </Link>,
      ]}
    >
      <List.Item.Meta
        title={<Link to={`/votes/${v.id}`}>{v.title}</Link>}
        description={
          <>
            <VoteTags kind={v.kind} status={v.status} anonymous={v.anonymous} />
            <Typography.Text type="secondary">
              {v.orgName} · {t('votes.list.closes', { at: formatDateTime(v.closesAt) })}
              {v.myStatus.voted && ` · ${t('votes.list.voted')}`}
            </Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}

/**
 * 投票 (`/votes`): 待我投票 (open votes the viewer has not voted in), 我参与的, and for
 * officers an org's votes.
 */
export default function VotesPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const officer = canSeeOrgVotes(info);
  const [tab, setTab] = useState<Tab>('pending');
  const [orgId, setOrgId] = useState<string | null>(null);
  const cursors = usePageCursors();
  const { orgs, loading: orgsLoading } = useAllOrganizations(null, !officer);
  const [mine] = useQuery({
    query: MyVotesQuery,
    variables: { first: PAGE, after: cursors.after, pendingOnly: tab === 'pending' },
    pause: tab === 'org',
    requestPolicy: 'cache-and-network',
  });
  const [org] = useQuery({
    query: OrgVotesQuery,
    variables: { orgId: orgId ?? '', first: PAGE, after: cursors.after },
    pause: tab !== 'org' || !orgId,
    requestPolicy: 'cache-and-network',
  });
  const result = tab === 'org' ? org : mine;
  const conn = tab === 'org' ? org.data?.votes : mine.data?.myVotes;
  const error = describeError(result.error, t);

  return (
    <div className="tx-page">
      <PageHeader title={t('votes.title')}>
        <Link to="/votes/verify">
          <Button icon={<SafetyCertificateOutlined />}>{t('votes.verify.title')}</Button>
        </Link>
        {canCreateVotes(info) && (
          <Link to="/votes/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('votes.create.title')}
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
              { value: 'pending', label: t('votes.list.pending') },
              { value: 'mine', label: t('votes.list.mine') },
              ...(officer ? [{ value: 'org' as const, label: t('votes.list.org') }] : []),
            ]}
          />
          {tab === 'org' && (
            <OrgTreeSelect
              aria-label={t('votes.list.chooseOrg')}
              placeholder={t('votes.list.chooseOrg')}
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
                description={tab === 'org' && !orgId ? t('votes.list.chooseOrg') : tab === 'pending' ? t('votes.list.nonePending') : t('votes.list.none')}
              />
            ),
          }}
          renderItem={(e) => <VoteItem vote={e.node} />}
        />
        <CursorPager cursors={cursors} pageInfo={conn?.pageInfo} />
      </Card>
    </div>
  );
}
