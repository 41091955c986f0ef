import { useMemo } from 'react';
import { Alert, Button, DatePicker, Empty, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckCircleOutlined, CloseCircleOutlined, DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { serverErrorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { firstGrantedOrg, highestFirst } from '../../lib/orgs';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useQueryParams } from '../../lib/useQueryParams';
import { AnnualStatisticsQuery } from './operations';
import { figureColumns, lastYearEnd, listedRows, type ListedRow, type StatisticsTable } from './statistics';

const STATUTORY_LINES = ['PARTY', 'UNION', 'YOUTH'];

/** One table of the returns, with grouped headers and the 合计 row; scrolls sideways on a phone. */
function FiguresTable({ table }: { table: StatisticsTable }) {
  const { t } = useTranslation();
  const figures = figureColumns(table);
  const groups = [...new Set(figures.map((f) => f.group))];
  const cell = (index: number) => (_: unknown, r: ListedRow) => (r.total ? <strong>{r.values[index]}</strong> : r.values[index]);
  const columns: ColumnsType<ListedRow> = [
    { title: table.unitLabel, dataIndex: 'label', key: 'unit', fixed: 'left', width: 180, render: (v: string, r) => (r.total ? <strong>{v}</strong> : v) },
    { title: table.totalLabel, key: 'total', width: 90, align: 'right', render: cell(0) },
    ...groups.map((g) => ({
      title: g,
      key: `group:${g}`,
      children: figures
        .filter((f) => f.group === g)
        .map((f) => ({ title: f.label, key: f.key, width: 90, align: 'right' as const, render: cell(f.index) })),
    })),
  ];
  return (
    <Table<ListedRow>
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      columns={columns}
      dataSource={listedRows(table, t('orgs.statistics.total'))}
      scroll={{ x: 'max-content' }}
      data-testid={`statistics-table-${table.key}`}
    />
  );
}

/**
 * 年报统计 (`/orgs/statistics`): the annual statistics of the chosen party, union or league org
 * (`?org=`, by default the highest one a grant of the viewer covers) on a date (`?asOf=`, by
 * default today): the consistency checks first, then one tab per table, and the `.xlsx` in the
 * returns' layout.
 */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, update] = useQueryParams();
  const all = useAllOrganizations();
  const statutory = useMemo(() => all.orgs.filter((o) => STATUTORY_LINES.includes(o.line)), [all.orgs]);
  const fallback = useMemo(() => {
    const sorted = highestFirst(statutory);
    return (firstGrantedOrg(sorted, viewer.grants) ?? sorted[0])?.id ?? null;
  }, [statutory, viewer.grants]);
  const orgId = params.get('org') ?? fallback;
  const today = dayjs().format('YYYY-MM-DD');
  const asOf = params.get('asOf') ?? today;
  const [{ data, error, fetching }] = useQuery({
    query: AnnualStatisticsQuery,
    variables: { organizationId: orgId ?? '', asOf },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
  });
  const stats = data?.annualStatistics ?? null;
  const errorText = serverErrorText(error ?? all.error, t);

  return (
    <div className="tx-page tx-org-statistics">
      <PageHeader title={t('orgs.statistics.title')} />
      <Typography.Paragraph type="secondary">{t('orgs.statistics.intro')}</Typography.Paragraph>
      <div className="tx-toolbar">
        <OrgTreeSelect
          aria-label={t('orgs.statistics.org')}
          placeholder={t('orgs.statistics.org')}
          orgs={statutory}
          loading={all.loading}
          value={orgId}
          allowClear={false}
          onChange={(v) => v && update({ org: v })}
          style={{ minWidth: 240, maxWidth: '100%' }}
        />
        <DatePicker
          aria-label={t('orgs.statistics.asOf')}
          value={dayjs(asOf)}
          allowClear={false}
          format="YYYY-MM-DD"
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(d) => d && update({ asOf: d.format('YYYY-MM-DD') })}
        />
        <Button onClick={() => update({ asOf: lastYearEnd(today) })}>{t('orgs.statistics.lastYearEnd')}</Button>
        {stats && (
          <Button type="primary" icon={<DownloadOutlined />} href={stats.exportUrl} download data-testid="statistics-export">
            {t('orgs.statistics.export')}
          </Button>
        )}
      </div>
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 12 }} />}
      {!orgId ? (
        all.loading ? <Skeleton active paragraph={{ rows: 4 }} /> : <Empty description={t('orgs.statistics.noOrg')} />
      ) : !stats && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 8 }} />
        </div>
      ) : (
        stats && (
          <>
            <Alert
              type={stats.consistent ? 'success' : 'error'}
              showIcon
              data-testid="statistics-checks"
              style={{ marginBottom: 12 }}
              title={t(stats.consistent ? 'orgs.statistics.consistent' : 'orgs.statistics.inconsistent', {
                name: stats.organizationName,
                date: formatDate(stats.asOf),
                line: t(`line.${stats.line}`),
              })}
              description={
                <ul className="tx-plain-list" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {stats.checks.map((c) => (
                    <li key={c.description} style={{ padding: '2px 0' }}>
                      <Space>
                        {c.passed ? <CheckCircleOutlined style={{ color: '#52c41a' }} /> : <CloseCircleOutlined style={{ color: '#ff4d4f' }} />}
                        {c.description}
                      </Space>
                    </li>
                  ))}
                </ul>
              }
            />
            {stats.warnings.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('orgs.statistics.warnings')}
                description={stats.warnings.map((w) => (
                  <div key={w.message}>{w.message}</div>
                ))}
              />
            )}
            <Tabs
              items={stats.tables.map((tb) => ({
                key: tb.key,
                label: (
                  <span>
                    {tb.title} <Tag>{tb.totals[0]}</Tag>
                  </span>
                ),
                children: <FiguresTable table={tb} />,
              }))}
            />
          </>
        )
      )}
    </div>
  );
}
