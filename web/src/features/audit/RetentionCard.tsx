import { useMemo } from 'react';
import { Card, Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { RetentionQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import type { RetentionQuery as RetentionData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

type Purge = RetentionData['retentionPurges']['edges'][number]['node'];
const PAGE_SIZE = 10;

/** 数据保存期限: the periods in force, what the next nightly purge would delete, and the record of purges. */
export default function RetentionCard() {
  const { t } = useTranslation();
  const cursors = usePageCursors();
  const { after } = cursors;
  const variables = useMemo(() => ({ first: PAGE_SIZE, after }), [after]);
  const [{ data, fetching, error }] = useQuery({ query: RetentionQuery, variables });
  const policy = data?.retentionPolicy;
  const purges = data?.retentionPurges.edges.map((e) => e.node) ?? [];
  const e = describeError(error, t);

  return (
    <Card title={t('retention.title')} data-testid="retention" style={{ marginBottom: 16 }} loading={fetching && !data}>
      {e && <FormError error={e} />}
      {policy && (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('retention.auditLogDays')}>{t('retention.days', { count: policy.auditLogDays })}</Descriptions.Item>
            <Descriptions.Item label={t('retention.readNotificationDays')}>
              {t('retention.days', { count: policy.readNotificationDays })}
            </Descriptions.Item>
            <Descriptions.Item label={t('retention.source')} span={2}>
              {policy.overridden && <Tag color="blue">{t('retention.overridden')}</Tag>}
              {policy.source}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" data-testid="retention-due">
            {t('retention.due', { audit: policy.dueAuditRows, notifications: policy.dueNotifications })}{' '}
            <Link to="/rules">{t('retention.adjust')}</Link>
          </Typography.Paragraph>
        </>
      )}
      <Table<Purge>
        rowKey="seq"
        size="small"
        dataSource={purges}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty description={t('retention.empty')} /> }}
        columns={[
          { title: t('retention.fields.ranAt'), dataIndex: 'ranAt', width: 150, render: formatDateTime },
          { title: t('retention.fields.kind'), dataIndex: 'kind', render: (k: string) => t(`retention.kinds.${k}`) },
          { title: t('retention.fields.keepDays'), dataIndex: 'keepDays', render: (d: number) => t('retention.days', { count: d }) },
          { title: t('retention.fields.cutoff'), dataIndex: 'cutoff', width: 150, render: formatDateTime },
          { title: t('retention.fields.purged'), dataIndex: 'purged' },
          {
            title: t('retention.fields.seqs'),
            render: (_, p) => (p.firstSeq != null && p.lastSeq != null ? `${p.firstSeq}–${p.lastSeq}` : '—'),
          },
        ]}
      />
      <CursorPager cursors={cursors} pageInfo={data?.retentionPurges.pageInfo} />
    </Card>
  );
}
