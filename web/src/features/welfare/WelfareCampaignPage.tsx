import { Link, useParams } from 'react-router';
import { Alert, Card, Descriptions, Empty, List, Result, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDateTime } from '../../lib/format';
import { formatYuan } from '../dues/dues';
import { WelfareCampaignQuery } from './operations';
import { CampaignProgress } from './CampaignProgress';
import { CampaignTags } from './WelfareTags';
import { CancelOrderButton } from './CancelOrderButton';
import { Deadline } from './Deadline';
import { ItemOrderCard } from './ItemOrderCard';
import { OrderItem } from './OrderItem';
import { secondsLeft } from './welfare';

/**
 * 福利活动详情 (`/welfare/:id`, made for phones): the campaign and how it stands, its items with
 * price, subsidy and what the member pays, ordering (参团 / 下单) while it is open, and the
 * viewer's orders with 取消 while they wait for the campaign to succeed.
 */
export default function WelfareCampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: WelfareCampaignQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const c = data?.welfareCampaign.id === id ? data.welfareCampaign : null;

  if (!c) {
    if (fetching || !error) return <PageSpinner />;
    const e = describeError(error, t);
    return (
      <Result
        status="warning"
        title={e?.code === 'NOT_FOUND' ? t('welfare.detail.notFound') : e ? errorText(e) : t('errors.UNKNOWN')}
        extra={<Link to="/welfare">{t('welfare.detail.back')}</Link>}
      />
    );
  }

  const open = c.status === 'OPEN';
  const canOrder = open && secondsLeft(c.deadline) > 0;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const threshold = c.thresholdKind === 'AMOUNT' ? t('welfare.threshold.AMOUNT', { amount: formatYuan(c.threshold) }) : t('welfare.threshold.PARTICIPANTS', { count: c.threshold });

  return (
    <div className="tx-page tx-welfare">
      <PageHeader title={c.title} />
      <Card>
        <CampaignTags kind={c.kind} category={c.category} status={c.status} />
        {c.status === 'CANCELLED' && (
          <Alert type="warning" showIcon role="alert" title={t('welfare.detail.cancelled')} description={c.cancelReason || undefined} style={{ marginTop: 12 }} />
        )}
        {c.status === 'FAILED' && <Alert type="warning" showIcon title={t('welfare.detail.failed')} style={{ marginTop: 12 }} />}
        {c.status === 'SUCCEEDED' && (
          <Alert type="success" showIcon title={t('welfare.detail.succeeded', { time: formatDateTime(c.settledAt) })} style={{ marginTop: 12 }} />
        )}
        <Descriptions column={1} size="small" style={{ marginTop: 12 }} className="tx-welfare-facts">
          <Descriptions.Item label={t('welfare.fields.org')}>{c.organizationName}</Descriptions.Item>
          <Descriptions.Item label={t('welfare.fields.threshold')}>{threshold}</Descriptions.Item>
          <Descriptions.Item label={t('welfare.fields.deadline')}>
            <Deadline deadline={c.deadline} open={open} />
          </Descriptions.Item>
          <Descriptions.Item label={t('welfare.fields.participants')}>{t('welfare.participantsN', { count: c.participantCount })}</Descriptions.Item>
        </Descriptions>
        <CampaignProgress campaign={c} />
        {c.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{c.description}</Typography.Paragraph>}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }} data-testid="welfare-rules">
          {t('welfare.detail.rules')}
        </Typography.Paragraph>
      </Card>
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        {t('welfare.detail.items')}
      </Typography.Title>
      <div className="tx-welfare-items">
        {c.items.map((item) => (
          <ItemOrderCard key={item.id} campaign={c} item={item} canOrder={canOrder} onOrdered={reload} />
        ))}
      </div>
      {open && !canOrder && <Typography.Paragraph type="secondary">{t('welfare.detail.pastDeadline')}</Typography.Paragraph>}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        <Link to="/welfare/mine">{t('welfare.detail.myCaps')}</Link>
      </Typography.Paragraph>
      <Card title={t('welfare.detail.myOrders')} style={{ marginTop: 12 }} data-testid="welfare-my-orders">
        <List
          dataSource={c.myOrders}
          rowKey="id"
          locale={{ emptyText: <Empty description={t('welfare.detail.noOrders')} /> }}
          renderItem={(o) => (
            <OrderItem order={o} action={o.status === 'PENDING' && open ? <CancelOrderButton orderId={o.id} onDone={reload} /> : undefined} />
          )}
        />
      </Card>
    </div>
  );
}
