import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { paramBlocks, type Scalar } from './rules';

/** A parameter value as text: `null` is an open end (不限), booleans read as 是/否. */
export function useScalarText() {
  const { t } = useTranslation();
  return (v: Scalar | undefined): string => {
    if (v === undefined) return '—';
    if (v === null) return t('rules.params.open');
    if (typeof v === 'boolean') return v ? t('rules.params.yes') : t('rules.params.no');
    return String(v);
  };
}

function Key({ name }: { name: string }) {
  return <span className="tx-mono">{name}</span>;
}

/**
 * A rule's parameters, readable: flat values as `key: value` tags, lists of values as a row of
 * tags, lists of flat objects (brackets) as a small table, anything deeper as JSON.
 */
export function RuleParams({ params }: { params: unknown }) {
  const { t } = useTranslation();
  const text = useScalarText();
  const blocks = paramBlocks(params);
  if (blocks.length === 0) return <Typography.Text type="secondary">{t('rules.params.none')}</Typography.Text>;
  return (
    <div className="tx-rule-params">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'scalars':
            return (
              <div key={`s${i}`} className="tx-rule-tags">
                {b.items.map(({ key, value }) => (
                  <Tag key={key}>
                    <Key name={key} />: {text(value)}
                  </Tag>
                ))}
              </div>
            );
          case 'list':
            return (
              <div key={b.key} className="tx-rule-tags">
                <Typography.Text type="secondary" className="tx-rule-label">
                  <Key name={b.key} />:
                </Typography.Text>
                {b.items.map((v, j) => (
                  <Tag key={j}>
                    {text(v)}
                  </Tag>
                ))}
              </div>
            );
          case 'table':
            return (
              <div key={b.key}>
                <Typography.Text type="secondary" className="tx-rule-label">
                  <Key name={b.key} />:
                </Typography.Text>
                <Table<{ n: number; row: Record<string, Scalar> }>
                  className="tx-rule-table"
                  size="small"
                  bordered
                  pagination={false}
                  rowKey="n"
                  dataSource={b.rows.map((row, n) => ({ n, row }))}
                  scroll={{ x: 'max-content' }}
                  columns={b.columns.map((c) => ({
                    key: c,
                    title: <Key name={c} />,
                    render: (_: unknown, r: { row: Record<string, Scalar> }) => text(r.row[c]),
                  }))}
                />
              </div>
            );
          case 'json':
            return (
              <div key={b.key ?? `j${i}`}>
                {b.key && (
                  <Typography.Text type="secondary" className="tx-rule-label">
                    <Key name={b.key} />:
                  </Typography.Text>
                )}
                <pre className="tx-mono tx-rule-json">{b.text}</pre>
              </div>
            );
        }
      })}
    </div>
  );
}
