import { useEffect, useState } from 'react';
import { Button, Card, Col, Row, Statistic, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { QueueHealthQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { formatDuration } from '../../lib/duration';
import { DeadJobsTable } from './DeadJobsTable';

/** How often the queue figures refresh while the tab is shown. */
export const QUEUE_POLL_MS = 10_000;

/** 任务队列: queue figures, refreshed every 10 s while `active`, and the dead jobs. */
export function QueuePanel({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: QueueHealthQuery,
    requestPolicy: 'network-only',
    pause: !active,
  });
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);

  useEffect(() => {
    if (data) setUpdatedAt(dayjs().format('HH:mm:ss'));
  }, [data]);

  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => {
      if (!document.hidden) refetch({ requestPolicy: 'network-only' });
    }, QUEUE_POLL_MS);
    return () => window.clearInterval(id);
  }, [active, refetch]);

  const q = data?.queueHealth;
  const e = describeError(error, t);
  const cards = [
    { key: 'runnable', title: t('operator.queue.runnable'), value: q?.runnable },
    { key: 'running', title: t('operator.queue.running'), value: q?.running },
    { key: 'dead', title: t('operator.queue.dead'), value: q?.dead, alarm: !!q && q.dead > 0 },
    { key: 'oldest', title: t('operator.queue.oldest'), value: q ? formatDuration(q.oldestRunnableSeconds, t) : undefined },
  ];

  return (
    <div>
      <div className="tx-toolbar">
        <Button icon={<ReloadOutlined />} loading={fetching && !!data} onClick={() => refetch({ requestPolicy: 'network-only' })}>
          {t('operator.queue.refresh')}
        </Button>
        <Typography.Text type="secondary" className="tx-operator-updated">
          {t('operator.queue.autoRefresh')}
          {updatedAt && ` · ${t('operator.queue.updatedAt', { time: updatedAt })}`}
        </Typography.Text>
      </div>
      {e && <FormError error={e} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {cards.map((c) => (
          <Col key={c.key} xs={24} sm={12} xl={6}>
            <Card data-testid={`queue-${c.key}`}>
              <Statistic
                title={c.title}
                value={c.value ?? '—'}
                loading={!q && !e}
                styles={c.alarm ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('operator.queue.deadJobs')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('operator.queue.deadJobsHelp')}</Typography.Paragraph>
      <DeadJobsTable jobs={q?.deadJobs ?? []} loading={!q && !e} />
    </div>
  );
}
