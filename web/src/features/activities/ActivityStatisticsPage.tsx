import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Empty, Select, Space, Statistic, Table, Tag } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ActivityStatisticsQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import type { ActivityStatisticsQuery as StatsData } from '../../gql/graphql';
import { formatHours, recentYears } from './activities';

type Line = StatsData['activityStatistics']['lines'][number];
type MemberLine = StatsData['activityStatistics']['members'][number];

const rate = (r: number | null | undefined) => (r == null ? '—' : `${r}%`);

/**
 * 活动统计 (`/activities/statistics`, officers): an org's (and its sub-orgs') activities of a year
 * with 报名, 出席, 缺席, 出席率 and 志愿时长 each and in total, and each member's volunteer hours.
 */
export default function ActivityStatisticsPage() {
  const { t } = useTranslation();
  const years = recentYears();
  const [year, setYear] = useState(years[0]);
  const [orgId, setOrgId] = useState<string | null>(null);
  const { orgs, loading: orgsLoading } = useAllOrganizations(null);
  const [{ data, error, fetching }] = useQuery({
    query: ActivityStatisticsQuery,
    variables: { orgId: orgId ?? '', year },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
  });
  const s = orgId ? data?.activityStatistics : undefined;
  const e = describeError(error, t);

  return (
    <div className="tx-page">
      <PageHeader title={t('activities.stats.title')} />
      <Card>
        <Space wrap>
          <OrgTreeSelect aria-label={t('activities.list.chooseOrg')} placeholder={t('activities.list.chooseOrg')} orgs={orgs} loading={orgsLoading} value={orgId} onChange={(id) => setOrgId(id ?? null)} />
          <Select<number> aria-label={t('activities.hours.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: t('activities.hours.yearN', { year: y }) }))} />
        </Space>
        {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginTop: 12 }} />}
        {!orgId && <Empty description={t('activities.list.chooseOrg')} />}
        {s && (
          <Space wrap size="large" style={{ marginTop: 16 }}>
            <Statistic title={t('activities.stats.activities')} value={s.activities} />
            <Statistic title={t('activities.stats.registered')} value={s.totals.registered} />
            <Statistic title={t('activities.stats.attended')} value={s.totals.attended} />
            <Statistic title={t('activities.stats.noShows')} value={s.totals.noShows} />
            <Statistic title={t('activities.stats.rate')} value={rate(s.totals.rate)} />
            <Statistic title={t('activities.stats.hours')} value={formatHours(s.totals.hours)} />
          </Space>
        )}
      </Card>
      {s && (
        <>
          <Card title={t('activities.stats.perActivity')} style={{ marginTop: 12 }}>
            <Table<Line>
              rowKey="activityId"
              size="small"
              scroll={{ x: 640 }}
              loading={fetching}
              dataSource={s.lines}
              pagination={false}
              columns={[
                { title: t('activities.certificate.date'), render: (_, l) => formatDate(l.startsAt) },
                {
                  title: t('activities.certificate.activity'),
                  render: (_, l) => (
                    <>
                      <Link to={`/activities/${l.activityId}/manage`}>{l.title}</Link> <Tag>{t(`activities.kind.${l.kind}`)}</Tag>
                      {l.status === 'CANCELLED' && <Tag color="red">{t('activities.cancelled')}</Tag>}
                    </>
                  ),
                },
                { title: t('activities.stats.registered'), render: (_, l) => l.participation.registered },
                { title: t('activities.stats.attended'), render: (_, l) => l.participation.attended },
                { title: t('activities.stats.noShows'), render: (_, l) => l.participation.noShows },
                { title: t('activities.stats.rate'), render: (_, l) => rate(l.participation.rate) },
                { title: t('activities.stats.hours'), render: (_, l) => formatHours(l.participation.hours) },
              ]}
            />
          </Card>
          <Card title={t('activities.stats.perMember')} style={{ marginTop: 12 }}>
            <Table<MemberLine>
              rowKey="memberId"
              size="small"
              dataSource={s.members}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: t('activities.manage.name'), dataIndex: 'memberName' },
                { title: t('activities.stats.activitiesAttended'), dataIndex: 'activities' },
                { title: t('activities.stats.hours'), render: (_, m) => formatHours(m.hours) },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
