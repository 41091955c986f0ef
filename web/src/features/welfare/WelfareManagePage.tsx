import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Card, Empty, Select, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/viewer';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { firstGrantedOrg, highestFirst } from '../../lib/orgs';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { DistributionsPanel } from './DistributionsPanel';
import { ManageCampaignsPanel } from './ManageCampaignsPanel';
import { StatisticsPanel } from './StatisticsPanel';
import { welfareYears } from './welfare';

type Tab = 'campaigns' | 'distributions' | 'statistics';
const TABS: Tab[] = ['campaigns', 'distributions', 'statistics'];

/**
 * 福利管理 (`/welfare/manage`, for union officers): a union org (`?org=`; by default the highest
 * one a grant of the viewer covers) and its sub-tree's campaigns (发起, 订单, 取消), distributions
 * (发放登记) and statistics of a year with 导出 .xlsx (`?tab=`). The server decides per org.
 */
export default function WelfareManagePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const union = useAllOrganizations('UNION');
  const years = welfareYears();
  const [year, setYear] = useState(years[0]);
  const fallback = useMemo(() => {
    const sorted = highestFirst(union.orgs);
    return (firstGrantedOrg(sorted, viewer.grants) ?? sorted[0])?.id ?? null;
  }, [union.orgs, viewer.grants]);
  const orgId = params.get('org') ?? fallback;
  const org = union.orgs.find((o) => o.id === orgId) ?? null;
  const tab = (TABS as string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'campaigns';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <div className="tx-page tx-welfare-manage">
      <PageHeader title={t('welfare.manage.title')} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <OrgTreeSelect
            aria-label={t('welfare.manage.org')}
            placeholder={t('welfare.manage.org')}
            orgs={union.orgs}
            loading={union.loading}
            value={orgId}
            allowClear={false}
            onChange={(v) => v && set('org', v)}
            style={{ minWidth: 240 }}
          />
          {tab !== 'campaigns' && (
            <Select<number>
              aria-label={t('welfare.year')}
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: t('welfare.yearN', { year: y }) }))}
            />
          )}
        </Space>
      </Card>
      <Card>
        {!orgId || !org ? (
          <Empty description={union.loading ? t('common.loading') : t('welfare.manage.noOrg')} />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(k) => set('tab', k)}
            destroyOnHidden
            items={[
              { key: 'campaigns', label: t('welfare.manage.campaigns'), children: <ManageCampaignsPanel organizationId={org.id} organizationName={org.name} /> },
              {
                key: 'distributions',
                label: t('welfare.manage.distributions'),
                children: <DistributionsPanel organizationId={org.id} organizationName={org.name} year={year} />,
              },
              { key: 'statistics', label: t('welfare.manage.statistics'), children: <StatisticsPanel organizationId={org.id} year={year} /> },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
