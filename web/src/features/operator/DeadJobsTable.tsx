import { Empty, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueueHealthQuery } from '../../gql/graphql';
import { formatDateTime, truncate } from '../../lib/format';

export type DeadJob = QueueHealthQuery['queueHealth']['deadJobs'][number];

const PREVIEW_CHARS = 60;

/** Jobs that used up their attempts: the last error as a preview (full text on hover and in the expanded row). */
export function DeadJobsTable({ jobs, loading }: { jobs: DeadJob[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<DeadJob>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={jobs}
      pagination={false}
      scroll={{ x: 960 }}
      expandable={{
        rowExpandable: (j) => !!j.lastError?.trim(),
        expandedRowRender: (j) => (
          <pre className="tx-mono tx-error-text" data-testid={`dead-job-error-${j.id}`}>
            {j.lastError}
          </pre>
        ),
      }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('operator.queue.empty')} /> }}
      columns={[
        {
          title: t('operator.queue.fields.task'),
          dataIndex: 'task',
          width: 140,
          render: (task: string) => <span className="tx-mono">{task}</span>,
        },
        { title: t('operator.queue.fields.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
        {
          title: t('operator.queue.fields.lastError'),
          dataIndex: 'lastError',
          render: (e: string | null) =>
            e?.trim() ? (
              <Tooltip title={<div className="tx-error-text">{e}</div>}>
                <span className="tx-mono" style={{ fontSize: 12 }}>
                  {truncate(e, PREVIEW_CHARS)}
                </span>
              </Tooltip>
            ) : (
              <Typography.Text type="secondary">{t('operator.queue.noError')}</Typography.Text>
            ),
        },
        {
          title: t('operator.queue.fields.key'),
          dataIndex: 'key',
          width: 160,
          render: (k: string | null) => (k ? <span className="tx-mono" style={{ fontSize: 12 }}>{k}</span> : '—'),
        },
        { title: t('operator.queue.fields.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
        { title: t('operator.queue.fields.updatedAt'), dataIndex: 'updatedAt', width: 150, render: formatDateTime },
      ]}
    />
  );
}
