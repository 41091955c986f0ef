import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuesBaseFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { currentBases, currentMonth, formatYuan } from './dues';

/** A member's base history (newest first per line), the one in force this month tagged 当前. */
export function BaseTable({ bases, loading, showLine = true }: { bases: readonly DuesBaseFieldsFragment[]; loading: boolean; showLine?: boolean }) {
  const { t } = useTranslation();
  const inForce = new Set([...currentBases(bases, currentMonth()).values()].map((b) => b.id));
  return (
    <Table<DuesBaseFieldsFragment>
      rowKey="id"
      size="small"
      loading={loading && bases.length === 0}
      dataSource={[...bases]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `dues-base-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('dues.bases.empty') }}
      columns={[
        ...(showLine ? [{ title: t('dues.fields.line'), key: 'line', render: (_: unknown, r: DuesBaseFieldsFragment) => t(`dues.lines.${r.line}`, { defaultValue: r.line }) }] : []),
        { title: t('dues.fields.category'), render: (_, r) => t(`dues.categories.${r.category}`, { defaultValue: r.category }) },
        { title: t('dues.fields.base'), align: 'right', render: (_, r) => <span className="tx-dues-money">{formatYuan(r.baseFen)}</span> },
        {
          title: t('dues.fields.fromMonth'),
          render: (_, r) => (
            <span>
              {r.fromMonth}
              {r.newPayMonth && r.newPayMonth !== r.fromMonth && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                  {t('dues.bases.paidIn', { month: r.newPayMonth })}
                </Typography.Text>
              )}
              {inForce.has(r.id) && (
                <Tag color="green" style={{ marginInlineStart: 6 }}>
                  {t('dues.bases.current')}
                </Tag>
              )}
            </span>
          ),
        },
        { title: t('dues.fields.source'), responsive: ['sm'], render: (_, r) => t(`dues.sources.${r.source}`, { defaultValue: r.source }) },
        { title: t('dues.fields.setAt'), responsive: ['md'], render: (_, r) => formatDateTime(r.createdAt) },
      ]}
    />
  );
}
