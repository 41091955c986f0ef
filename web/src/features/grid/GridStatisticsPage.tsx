import { useMemo, useState } from 'react';
import { Alert, Card, Col, DatePicker, Empty, Row, Select, Space, Spin, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { serverErrorText } from '../../api/errors';
import { Chart } from '../../components/Chart';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { toNaiveDate } from '../../lib/format';
import { GridStatisticsQuery } from './operations';
import { useGridOrgs } from './useGridOrgs';

/** A rate (0–1) as a percentage, or — when there is nothing to rate. */
export function percentText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

/** 统计分析: counts by category and state, rates and medians, one row per grid, for a date range. */
export default function GridStatisticsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const orgs = useGridOrgs();
  const orgId = params.get('org') ?? orgs.defaultOrgId;
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const [gridId, setGridId] = useState<string | undefined>();
  const [{ data, fetching, error }] = useQuery({
    query: GridStatisticsQuery,
    variables: { orgId: orgId ?? '', from: toNaiveDate(range[0])!, to: toNaiveDate(range[1])!, gridId: gridId ?? null },
    pause: !orgId,
  });
  const s = data?.gridStatistics;
  const categoryChart = useMemo(
    () =>
      s
        ? {
            tooltip: {},
            grid: { left: 40, right: 16, top: 16, bottom: 40 },
            xAxis: { type: 'category' as const, data: s.byCategory.map((c) => c.name) },
            yAxis: { type: 'value' as const, minInterval: 1 },
            series: [{ type: 'bar' as const, data: s.byCategory.map((c) => c.count), name: t('grid.stats.cases') }],
          }
        : null,
    [s, t],
  );
  const stateChart = useMemo(
    () =>
      s
        ? {
            tooltip: {},
            series: [{ type: 'pie' as const, radius: ['40%', '70%'], data: s.byState.filter((x) => x.count > 0).map((x) => ({ name: x.label, value: x.count })) }],
          }
        : null,
    [s],
  );

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.gridStatistics')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <OrgTreeSelect
          orgs={orgs.orgs}
          value={orgId}
          onChange={(v) => setParams(v ? { org: v } : {}, { replace: true })}
          allowClear={false}
          loading={orgs.loading}
          aria-label={t('grid.board.org')}
          style={{ width: 240 }}
        />
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
          aria-label={t('grid.stats.range')}
        />
        <Select
          allowClear
          placeholder={t('grid.stats.allGrids')}
          aria-label={t('grid.fields.grid')}
          value={gridId}
          onChange={setGridId}
          options={orgs.gridsUnder(orgId).map((g) => ({ value: g.id, label: g.name }))}
          style={{ minWidth: 180 }}
        />
      </Space>
      {!orgId && !orgs.loading && <Empty description={t('grid.board.noOrg')} />}
      {error && !data && <Alert type="error" showIcon message={serverErrorText(error, t)} />}
      {fetching && !data && <Spin />}
      {s && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {[
              { key: 'total', value: String(s.total) },
              { key: 'resolutionRate', value: percentText(s.resolutionRate) },
              { key: 'onTimeRate', value: percentText(s.onTimeRate) },
              { key: 'mediationSuccessRate', value: percentText(s.mediationSuccessRate) },
              { key: 'medianHoursToAccept', value: s.medianHoursToAccept == null ? '—' : t('grid.stats.hours', { count: Math.round(s.medianHoursToAccept * 10) / 10 }) },
              { key: 'medianHoursToClose', value: s.medianHoursToClose == null ? '—' : t('grid.stats.hours', { count: Math.round(s.medianHoursToClose * 10) / 10 }) },
              { key: 'ratingAverage', value: s.ratingAverage == null ? '—' : s.ratingAverage.toFixed(1) },
            ].map((x) => (
              <Col xs={12} md={6} key={x.key}>
                <Card size="small">
                  <Statistic title={t(`grid.stats.${x.key}`)} value={x.value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('grid.stats.byCategory')}>
                {s.byCategory.length === 0 ? <Empty /> : categoryChart && <Chart option={categoryChart} label={t('grid.stats.byCategory')} />}
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('grid.stats.byState')}>
                {s.total === 0 ? <Empty /> : stateChart && <Chart option={stateChart} label={t('grid.stats.byState')} />}
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('grid.stats.perGrid')}>
            <Table
              size="small"
              rowKey="gridId"
              pagination={false}
              dataSource={s.perGrid}
              columns={[
                { key: 'grid', title: t('grid.fields.grid'), dataIndex: 'gridName' },
                { key: 'total', title: t('grid.stats.cases'), dataIndex: 'total' },
                { key: 'closed', title: t('grid.stats.closed'), dataIndex: 'closed' },
                { key: 'overdue', title: t('grid.stats.overdue'), dataIndex: 'overdue' },
                { key: 'resolutionRate', title: t('grid.stats.resolutionRate'), render: (_, r) => percentText(r.resolutionRate) },
                { key: 'ratingAverage', title: t('grid.stats.ratingAverage'), render: (_, r) => (r.ratingAverage == null ? '—' : r.ratingAverage.toFixed(1)) },
              ]}
            />
          </Card>
        </Space>
      )}
    </div>
  );
}
