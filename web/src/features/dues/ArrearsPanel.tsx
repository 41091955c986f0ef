import { Button, Empty, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { DuesArrearsQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import type { DuesArrearsQuery as ArrearsData, DuesLine } from '../../gql/graphql';
import { arrearsExportUrl, formatYuan } from './dues';
import { RemindArrearsButton } from './RemindArrearsButton';

export type Arrear = ArrearsData['duesArrears'][number];

const CONTEXT = { additionalTypenames: ['DuesEntry', 'GenerateDuesBillsPayload'] };

/**
 * 欠缴名单: who owes on the line under the org (null: the whole tenant) — how much, for how many
 * months since when, 脱党风险 when the lapse rule's warning applies — with 一键提醒, 导出 .xlsx
 * and a way to each member's ledger.
 */
export function ArrearsPanel({
  line,
  organizationId,
  canWrite,
  onLedger,
}: {
  line: DuesLine;
  organizationId: string | null;
  canWrite: boolean;
  onLedger: (a: Arrear) => void;
}) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: DuesArrearsQuery, variables: { organizationId, line }, context: CONTEXT });
  const rows = data?.duesArrears ?? [];
  const e = describeError(error, t);
  const total = rows.reduce((s, a) => s + a.owedFen, 0);
  const lineName = t(`dues.lines.${line}`);

  return (
    <div className="tx-dues-arrears">
      <div className="tx-toolbar">
        {data && rows.length > 0 && (
          <Typography.Text data-testid="dues-arrears-total">{t('dues.arrears.total', { count: rows.length, amount: formatYuan(total) })}</Typography.Text>
        )}
        <div className="tx-header-spacer" />
        {canWrite && <RemindArrearsButton line={line} organizationId={organizationId} owing={rows.length} />}
        <Button icon={<DownloadOutlined />} href={arrearsExportUrl(line, organizationId)} download>
          {t('dues.arrears.export')}
        </Button>
      </div>
      {e && <FormError error={e} />}
      {!data && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 4 }} />
        </div>
      ) : data && rows.length === 0 ? (
        <Empty description={t('dues.arrears.empty')} />
      ) : (
        rows.length > 0 && (
          <Table<Arrear>
            rowKey="memberId"
            size="small"
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            aria-label={t('dues.tabs.arrears')}
            onRow={(r) => ({ 'data-testid': `dues-arrear-${r.memberId}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('dues.fields.member'),
                render: (_, a) => (
                  <span className="tx-dues-name">
                    {a.memberName}
                    {a.lapseWarning && (
                      <Tooltip title={t('dues.arrears.lapseHelp', { count: a.monthsOwed, months: a.lapseMonths, line: lineName })}>
                        <Tag color="red" className="tx-dues-lapse" data-testid="dues-lapse">
                          {t(`dues.arrears.lapse.${line}`)}
                        </Tag>
                      </Tooltip>
                    )}
                  </span>
                ),
              },
              { title: t('dues.fields.org'), dataIndex: 'orgName', responsive: ['sm'] },
              {
                title: t('dues.arrears.owed'),
                align: 'right',
                render: (_, a) => <span className="tx-dues-money tx-dues-owing">{formatYuan(a.owedFen)}</span>,
              },
              { title: t('dues.arrears.months'), align: 'right', render: (_, a) => t('dues.arrears.monthsValue', { count: a.monthsOwed }) },
              { title: t('dues.arrears.oldest'), render: (_, a) => a.oldestMonth ?? '—' },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, a) => (
                  <Button type="link" size="small" onClick={() => onLedger(a)} aria-label={t('dues.arrears.openLedger', { name: a.memberName })}>
                    {t('dues.arrears.ledger')}
                  </Button>
                ),
              },
            ]}
          />
        )
      )}
    </div>
  );
}
