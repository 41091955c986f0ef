import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { ENTRY_KIND_COLORS, RULE_LABELS, formatYuan, withBalance, type DuesEntry, type EntryKind } from './dues';

type Row = DuesEntry & { balanceFen: number };

const none = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * A ledger: 账单 / 缴费 / 更正 with amounts, the balance owed after each, the rule and base of a
 * bill, a payment's method and receipt, notes. With `onCorrect`, each entry offers 更正.
 */
export function StatementTable({
  entries,
  loading,
  onCorrect,
  emptyText,
}: {
  entries: readonly DuesEntry[];
  loading: boolean;
  onCorrect?: (e: DuesEntry) => void;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const rows = withBalance(entries);
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      loading={loading && entries.length === 0}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `dues-entry-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText }}
      columns={[
        { title: t('dues.fields.month'), dataIndex: 'month' },
        {
          title: t('dues.fields.kind'),
          render: (_, r) => <Tag color={ENTRY_KIND_COLORS[r.kind as EntryKind]}>{t(`dues.kinds.${r.kind}`, { defaultValue: r.kind })}</Tag>,
        },
        {
          title: t('dues.fields.amount'),
          align: 'right',
          render: (_, r) => <span className="tx-dues-money">{formatYuan(r.amountFen, { signed: r.kind === 'CORRECTION' })}</span>,
        },
        {
          title: t('dues.fields.balance'),
          align: 'right',
          responsive: ['sm'],
          render: (_, r) => <span className="tx-dues-money">{formatYuan(r.balanceFen)}</span>,
        },
        {
          title: t('dues.fields.rule'),
          responsive: ['md'],
          render: (_, r) =>
            r.ruleKey ? (
              <Tooltip title={r.ruleKey}>
                <span>{RULE_LABELS[r.ruleKey] ? t(`dues.rules.${RULE_LABELS[r.ruleKey]}`) : r.ruleKey}</span>
              </Tooltip>
            ) : (
              none
            ),
        },
        {
          title: t('dues.fields.base'),
          align: 'right',
          responsive: ['md'],
          render: (_, r) => (r.baseFen !== null && r.baseFen !== undefined ? <span className="tx-dues-money">{formatYuan(r.baseFen)}</span> : none),
        },
        {
          title: t('dues.fields.receipt'),
          responsive: ['sm'],
          render: (_, r) =>
            r.method || r.receiptNo ? (
              <span>
                {r.method && t(`dues.methods.${r.method}`, { defaultValue: r.method })}
                {r.method && r.receiptNo && ' · '}
                {r.receiptNo}
              </span>
            ) : (
              none
            ),
        },
        {
          title: t('dues.fields.note'),
          render: (_, r) => (r.note ? <span className="tx-dues-note">{r.note}</span> : none),
        },
        { title: t('dues.fields.recordedAt'), responsive: ['lg'], render: (_, r) => formatDateTime(r.createdAt) },
        ...(onCorrect
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, r: Row) => (
                  <Button size="small" icon={<EditOutlined />} onClick={() => onCorrect(r)} aria-label={t('dues.correct.action', { month: r.month, kind: t(`dues.kinds.${r.kind}`, { defaultValue: r.kind }) })}>
                    {t('dues.correct.short')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
