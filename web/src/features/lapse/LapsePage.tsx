import { Alert, Card, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { LapseRisksQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useQueryParams } from '../../lib/useQueryParams';
import type { DuesLine, LapseLevel, LapseRisksQuery as Data } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

type Risk = Data['lapseRisks'][number];

const LINES: DuesLine[] = ['PARTY', 'YOUTH', 'UNION'];

/** One ground in words, e.g. “组织生活：自 2026-01-10 起 6 个月”. */
export function groundText(g: Risk['grounds'][number], line: DuesLine, t: (k: string, o?: Record<string, unknown>) => string): string {
  return g.ground === 'ORG_LIFE'
    ? t('lapse.ground.orgLife', { since: g.since, months: g.months })
    : t('lapse.ground.dues', { since: g.since.slice(0, 7), months: g.months, dues: t(`lapse.dues.${line}`) });
}

/** 脱离组织预警: members of a chosen org nearing or reaching the months of `membership.lapse`. */
export default function LapsePage() {
  const { t } = useTranslation();
  // The org and line live in the address, so a list can be linked to and comes back on reload.
  const [params, update] = useQueryParams();
  const line = LINES.find((l) => l === params.get('line')) ?? 'PARTY';
  const orgId = params.get('org');
  const setOrgId = (org: string | null) => update({ org });
  const { orgs, loading } = useAllOrganizations(line);
  const [{ data, error, fetching }] = useQuery({
    query: LapseRisksQuery,
    variables: { organizationId: orgId ?? '', line },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
  });
  const e = describeError(error, t);
  const list = data?.lapseRisks ?? [];
  const source = list[0]?.source;

  return (
    <Card title={t('lapse.title')} data-testid="lapse-page">
      <Typography.Paragraph type="secondary">{t('lapse.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          aria-label={t('lapse.line')}
          value={line}
          onChange={(v) => update({ line: v as DuesLine, org: null })}
          options={LINES.map((l) => ({ value: l, label: t(`lapse.lines.${l}`) }))}
        />
        <div style={{ minWidth: 260 }}>
          <OrgTreeSelect orgs={orgs} loading={loading} value={orgId} onChange={setOrgId} placeholder={t('lapse.pickOrg')} aria-label={t('lapse.org')} />
        </div>
      </Space>
      {e && <FormError error={e} />}
      {source && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('lapse.rule', { months: list[0].lapseMonths, source })} />}
      {!orgId ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lapse.pick')} />
      ) : (
        <Table<Risk>
          rowKey="memberId"
          size="middle"
          loading={fetching && !data}
          dataSource={list}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 720 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lapse.empty')} /> }}
          columns={[
            { title: t('lapse.cols.name'), dataIndex: 'name', render: (n: string) => <Typography.Text strong>{n}</Typography.Text> },
            { title: t('lapse.cols.org'), dataIndex: 'organizationName', render: (o: string | null) => o ?? '—' },
            {
              title: t('lapse.cols.level'),
              dataIndex: 'level',
              render: (level: LapseLevel, r) =>
                level === 'LAPSED' ? (
                  <Tag color="error">{t('lapse.level.LAPSED', { months: r.lapseMonths, leaving: t(`lapse.leaving.${line}`) })}</Tag>
                ) : (
                  <Tag color="warning">{t('lapse.level.WARNING', { months: r.grounds[0]?.stageMonths })}</Tag>
                ),
            },
            {
              title: t('lapse.cols.grounds'),
              key: 'grounds',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  {r.grounds.map((g) => (
                    <span key={g.ground}>{groundText(g, line, t)}</span>
                  ))}
                </Space>
              ),
            },
            {
              title: t('lapse.cols.lastLife'),
              dataIndex: 'lastOrgLifeAt',
              render: (at: string | null, r) => (
                <span>
                  {at ? formatDateTime(at) : t('lapse.never')}
                  {r.missedMeetings > 0 && (
                    <Typography.Text type="secondary">{` · ${t(at ? 'lapse.missedSince' : 'lapse.missed', { count: r.missedMeetings })}`}</Typography.Text>
                  )}
                </span>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
