import { useState } from 'react';
import { Alert, Button, Card, Empty, Select, Table, Tabs, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useViewer } from '../../auth/viewer';
import { AwardPointsDialog } from './AwardPointsDialog';
import { BranchPointRankingsQuery, PointRankingsQuery } from './operations';
import { canDecidePointAppeals, pointYears } from './points';

const TOP = 100;

/**
 * 积分排名 (`/points/rankings`, `points:read` at the org): the members of an org's sub-tree
 * (ties share a rank and the next rank skips: 1, 1, 3) with 手动奖励 for officers, and 支部对标
 * (the branches by average points per member).
 */
export default function PointRankingsPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const all = useAllOrganizations(null);
  const [picked, setPicked] = useState<string | null>(null);
  const orgId = picked ?? all.orgs[0]?.id ?? null;
  const years = pointYears();
  const [year, setYear] = useState(years[0]);
  const [awarding, setAwarding] = useState<{ id: string; name: string } | null>(null);
  const [members, refetchMembers] = useQuery({ query: PointRankingsQuery, variables: { orgId: orgId ?? '', year, first: TOP }, pause: !orgId, requestPolicy: 'cache-and-network' });
  const [branches] = useQuery({ query: BranchPointRankingsQuery, variables: { orgId: orgId ?? '', year }, pause: !orgId, requestPolicy: 'cache-and-network' });
  const mayAward = canDecidePointAppeals(info);
  const rows = members.data?.pointRankings ?? [];
  const branchRows = branches.data?.branchPointRankings ?? [];
  const error = members.error ?? branches.error;
  return (
    <div className="tx-page tx-points">
      <PageHeader title={t('points.rankings.title')} />
      <div className="tx-toolbar" style={{ flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <OrgTreeSelect orgs={all.orgs} value={orgId} onChange={(v) => setPicked(v)} allowClear={false} loading={all.loading} aria-label={t('points.rankings.org')} style={{ minWidth: 220, maxWidth: '100%' }} />
        <Select<number> aria-label={t('points.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: t('points.yearN', { year: y }) }))} />
      </div>
      {error && <Alert type="error" showIcon title={serverErrorText(error, t)} style={{ marginBottom: 12 }} />}
      <Card>
        <Tabs
          items={[
            {
              key: 'members',
              label: t('points.rankings.members'),
              children: (
                <Table
                  rowKey="memberId"
                  size="small"
                  loading={members.fetching && !members.data}
                  dataSource={rows}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  scroll={{ x: true }}
                  locale={{ emptyText: <Empty description={t('points.rankings.empty')} /> }}
                  columns={[
                    { title: t('points.rankings.rank'), dataIndex: 'rank', width: 80, render: (r: number, _row, i) => (i > 0 && rows[i - 1]?.rank === r ? <Typography.Text type="secondary">{t('points.rankings.tied', { rank: r })}</Typography.Text> : r) },
                    { title: t('points.rankings.name'), dataIndex: 'memberName' },
                    { title: t('points.rankings.points'), dataIndex: 'points', align: 'right' as const },
                    ...(mayAward
                      ? [
                          {
                            title: '',
                            key: 'award',
                            render: (_: unknown, row: { memberId: string; memberName: string }) => (
                              <Button size="small" onClick={() => setAwarding({ id: row.memberId, name: row.memberName })}>
                                {t('points.award.action')}
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              ),
            },
            {
              key: 'branches',
              label: t('points.rankings.branches'),
              children: (
                <Table
                  rowKey="organizationId"
                  size="small"
                  loading={branches.fetching && !branches.data}
                  dataSource={branchRows}
                  pagination={false}
                  scroll={{ x: true }}
                  locale={{ emptyText: <Empty description={t('points.rankings.noBranches')} /> }}
                  columns={[
                    { title: t('points.rankings.rank'), dataIndex: 'rank', width: 80 },
                    { title: t('points.rankings.branch'), dataIndex: 'organizationName' },
                    { title: t('points.rankings.memberCount'), dataIndex: 'members', align: 'right' as const },
                    { title: t('points.rankings.total'), dataIndex: 'total', align: 'right' as const },
                    { title: t('points.rankings.average'), dataIndex: 'average', align: 'right' as const, render: (a: number) => a.toFixed(2) },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
      {awarding && (
        <AwardPointsDialog
          memberId={awarding.id}
          memberName={awarding.name}
          onClose={() => setAwarding(null)}
          onDone={() => {
            setAwarding(null);
            refetchMembers({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </div>
  );
}
