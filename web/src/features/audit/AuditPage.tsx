import { useMemo, useState } from 'react';
import { Alert, Empty, Select, Table, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { AuditLogQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import type { AuditLogQuery as AuditData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import RetentionCard from './RetentionCard';

type Entry = AuditData['auditLog']['edges'][number]['node'];
const PAGE_SIZE = 50;
const ACTION_PREFIXES = ['session.', 'account.', 'tenant.', 'org.', 'member.', 'invitation.', 'position.', 'role.', 'api_key.', 'rule.', 'retention.'];

function prettyDetail(detail: string): string {
  try {
    return JSON.stringify(JSON.parse(detail), null, 2);
  } catch {
    return detail;
  }
}

export default function AuditPage() {
  const { t } = useTranslation();
  const [action, setAction] = useState<string | null>(null);
  const cursors = usePageCursors();
  const { after } = cursors;
  const variables = useMemo(() => ({ first: PAGE_SIZE, after, action }), [after, action]);
  const [{ data, fetching, error }] = useQuery({ query: AuditLogQuery, variables });
  const rows = data?.auditLog.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.auditLog.pageInfo;
  const e = describeError(error, t);
  const chainBreak = data?.auditChainBreak;

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.audit')}
      </Typography.Title>
      {data &&
        (chainBreak == null ? (
          <Alert type="success" showIcon title={t('audit.chainIntact')} description={t('audit.chainIntactHelp')} style={{ marginBottom: 16 }} />
        ) : (
          <Alert type="error" showIcon title={t('audit.chainBroken', { seq: chainBreak })} description={t('audit.chainBrokenHelp')} style={{ marginBottom: 16 }} />
        ))}
      <div className="tx-toolbar">
        <Select
          allowClear
          showSearch
          aria-label={t('audit.filterAction')}
          placeholder={t('audit.filterAction')}
          value={action ?? undefined}
          onChange={(v) => {
            setAction(v ?? null);
            cursors.reset();
          }}
          options={ACTION_PREFIXES.map((p) => ({ value: p, label: `${t(`audit.prefixes.${p.slice(0, -1)}`)}（${p}）` }))}
          style={{ width: 240 }}
        />
      </div>
      {e && <FormError error={e} />}
      <Table<Entry>
        rowKey="seq"
        size="small"
        loading={fetching && !data}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{
          expandedRowRender: (r) => (
            <pre className="tx-mono" style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>
              {prettyDetail(r.detail)}
              {r.requestId ? `\nrequest-id: ${r.requestId}` : ''}
            </pre>
          ),
        }}
        locale={{ emptyText: <Empty description={action ? t('common.noMatch') : t('audit.empty')} /> }}
        columns={[
          { title: t('audit.fields.seq'), dataIndex: 'seq', width: 70 },
          { title: t('audit.fields.at'), dataIndex: 'at', width: 150, render: formatDateTime },
          {
            title: t('audit.fields.actor'),
            render: (_, r) => r.actorName ?? t(`audit.actorKinds.${r.actorKind}`, { defaultValue: r.actorKind }),
          },
          {
            title: t('audit.fields.action'),
            dataIndex: 'action',
            render: (a: string) => (
              <>
                <div>{t(`audit.actions.${a}`, { defaultValue: a })}</div>
                <Typography.Text type="secondary" className="tx-mono" style={{ fontSize: 12 }}>
                  {a}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('audit.fields.object'),
            render: (_, r) => (
              <span className="tx-mono" style={{ fontSize: 12 }}>
                {r.objectType}
                {r.objectId ? `:${r.objectId.slice(0, 8)}…` : ''}
              </span>
            ),
          },
          {
            title: t('audit.fields.result'),
            dataIndex: 'result',
            width: 100,
            render: (res: string) => (
              <Tag color={res === 'OK' ? 'green' : res === 'DENIED' ? 'orange' : 'red'}>{t(`audit.results.${res}`, { defaultValue: res })}</Tag>
            ),
          },
          { title: t('audit.fields.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
        ]}
      />
      <CursorPager cursors={cursors} pageInfo={pageInfo} />
      <div style={{ marginTop: 24 }}>
        <RetentionCard />
      </div>
    </div>
  );
}
