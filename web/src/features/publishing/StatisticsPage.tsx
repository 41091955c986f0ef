import { useState } from 'react';
import { Alert, Button, Card, Empty, Segmented, Space, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ContributorStatisticsQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { lastDays } from './publishing';

/** 信息员采用情况 (`/publishing/statistics`): per contributor and per org over a period, with the export. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [days, setDays] = useState(30);
  const [period] = useState(() => ({ 30: lastDays(30), 90: lastDays(90), 365: lastDays(365) }));
  const range = period[days as 30 | 90 | 365];
  const { orgs, loading } = useAllOrganizations(null);
  const [stats] = useQuery({ query: ContributorStatisticsQuery, variables: { organizationId: orgId, from: range.from, to: range.to } });
  const s = stats.data?.contributorStatistics;
  const error = describeError(stats.error, t);
  const columns = [
    { key: 'submitted', dataIndex: 'submitted', title: t('publishing.stats.submitted') },
    { key: 'adopted', dataIndex: 'adopted', title: t('publishing.stats.adopted') },
    { key: 'returned', dataIndex: 'returned', title: t('publishing.stats.returned') },
    { key: 'views', dataIndex: 'views', title: t('publishing.stats.views') },
    { key: 'likes', dataIndex: 'likes', title: t('publishing.stats.likes') },
  ];
  return (
    <div className="tx-page">
      <PageHeader title={t('publishing.stats.title')}>
        {s && (
          <a href={s.exportUrl}>
            <Button icon={<DownloadOutlined />}>{t('publishing.stats.export')}</Button>
          </a>
        )}
      </PageHeader>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <OrgTreeSelect aria-label={t('publishing.stats.org')} placeholder={t('publishing.stats.org')} orgs={orgs} loading={loading} value={orgId} onChange={(v) => setOrgId(v ?? null)} style={{ minWidth: 220 }} />
          <Segmented<number> value={days} onChange={setDays} options={[30, 90, 365].map((d) => ({ value: d, label: `${d}` }))} aria-label={t('publishing.stats.period')} />
        </Space>
        {error && <Alert type="error" showIcon title={errorText(error)} />}
        <Table
          rowKey="memberId"
          size="small"
          scroll={{ x: true }}
          loading={stats.fetching}
          dataSource={s?.contributors ?? []}
          locale={{ emptyText: <Empty description={t('publishing.stats.empty')} /> }}
          pagination={{ pageSize: 20 }}
          columns={[
            { key: 'name', dataIndex: 'memberName', title: t('publishing.stats.contributor') },
            { key: 'org', dataIndex: 'organizationName', title: t('publishing.stats.organization') },
            ...columns,
          ]}
        />
        <Table
          style={{ marginTop: 16 }}
          title={() => t('publishing.stats.byOrg')}
          rowKey={(r) => r.organizationId ?? 'none'}
          size="small"
          scroll={{ x: true }}
          dataSource={s?.organizations ?? []}
          pagination={false}
          columns={[{ key: 'org', dataIndex: 'organizationName', title: t('publishing.stats.organization') }, ...columns]}
        />
      </Card>
    </div>
  );
}
