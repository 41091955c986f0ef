import { useMemo } from 'react';
import { Card, Empty, Table, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { DuesRollupQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import type { DuesLine } from '../../gql/graphql';
import {
  ROLLUP_MONTHS,
  collectionRate,
  currentMonth,
  dueFen,
  formatRate,
  formatYuan,
  lastMonths,
  monthRange,
  monthlyTotals,
  rollupTableRows,
  rollupTotal,
  type DuesRollupRow,
} from './dues';
import { GenerateBillsButton } from './GenerateBillsButton';
import { RollupChart } from './RollupChart';

const CONTEXT = { additionalTypenames: ['DuesEntry', 'GenerateDuesBillsPayload'] };

const money = (fen: number, signed = false) => <span className="tx-dues-money">{formatYuan(fen, { signed })}</span>;

/**
 * 收缴概览: the last 12 months on the line under the org — 应缴 vs 实缴 per month as a chart, and
 * per org and month with 应缴 / 更正 / 实缴 / 收缴率 — and 生成本月账单.
 */
export function OverviewPanel({
  line,
  organizationId,
  scopeName,
  canWrite,
}: {
  line: DuesLine;
  organizationId: string | null;
  scopeName: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const span = useMemo(() => lastMonths(ROLLUP_MONTHS, currentMonth()), []);
  const [{ data, error, fetching }, reload] = useQuery({
    query: DuesRollupQuery,
    variables: { organizationId, line, ...span },
    context: CONTEXT,
  });
  const rows = useMemo(() => data?.duesRollup ?? [], [data]);
  const totals = useMemo(() => monthlyTotals(rows, monthRange(span.fromMonth, span.toMonth)), [rows, span]);
  const tableRows = useMemo(() => rollupTableRows(rows), [rows]);
  const sum = rollupTotal(rows);
  const e = describeError(error, t);

  return (
    <div className="tx-dues-overview">
      <div className="tx-toolbar">
        <Typography.Text type="secondary">{t('dues.overview.window', { from: span.fromMonth, to: span.toMonth })}</Typography.Text>
        <div className="tx-header-spacer" />
        {canWrite && (
          <GenerateBillsButton line={line} organizationId={organizationId} scopeName={scopeName} onDone={() => reload({ requestPolicy: 'network-only' })} />
        )}
      </div>
      {e && <FormError error={e} />}
      <Card size="small" title={t('dues.overview.chart')} className="tx-dues-card">
        {rows.length === 0 ? <Empty description={fetching ? t('common.loading') : t('dues.overview.empty')} /> : <RollupChart totals={totals} />}
      </Card>
      <Card size="small" title={t('dues.overview.table')} className="tx-dues-card">
        <Table<DuesRollupRow>
          rowKey={(r) => `${r.month}-${r.orgId ?? 'none'}`}
          size="small"
          loading={fetching && rows.length === 0}
          dataSource={tableRows}
          pagination={tableRows.length > 24 ? { pageSize: 24, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('dues.overview.empty') }}
          onRow={(r) => ({ 'data-testid': `dues-rollup-${r.month}-${r.orgId ?? 'none'}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('dues.fields.month'), dataIndex: 'month' },
            { title: t('dues.fields.org'), dataIndex: 'orgName' },
            { title: t('dues.overview.billed'), align: 'right', render: (_, r) => money(r.billedFen) },
            { title: t('dues.overview.paid'), align: 'right', render: (_, r) => money(r.paidFen) },
            { title: t('dues.overview.corrected'), align: 'right', render: (_, r) => (r.correctedFen ? money(r.correctedFen, true) : '—') },
            { title: t('dues.overview.rate'), align: 'right', render: (_, r) => formatRate(collectionRate(r.paidFen, dueFen(r))) },
            {
              title: t('dues.overview.members'),
              align: 'right',
              responsive: ['sm'],
              render: (_, r) => t('dues.overview.membersPaid', { paid: r.membersPaid, billed: r.membersBilled }),
            },
          ]}
          summary={() =>
            tableRows.length > 1 ? (
              <Table.Summary.Row className="tx-dues-total">
                <Table.Summary.Cell index={0} colSpan={2}>
                  {t('dues.overview.total')}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {money(sum.billedFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {money(sum.paidFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {sum.correctedFen ? money(sum.correctedFen, true) : '—'}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {formatRate(collectionRate(sum.paidFen, dueFen(sum)))}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </div>
  );
}
