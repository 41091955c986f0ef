import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Grid, Table } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { WelfareCampaignListFieldsFragment, WelfareOrderFieldsFragment } from '../../gql/graphql';
import { describeError, errorText } from '../../api/errors';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { formatYuan } from '../dues/dues';
import { WelfareCampaignOrdersQuery } from './operations';
import { OrderStatusTag } from './WelfareTags';
import { ORDER_PAGE, ordersExportUrl } from './welfare';

const CONTEXT = { additionalTypenames: ['WelfareOrder'] };

/** 订单: every member's orders of a campaign, a page at a time. */
export function CampaignOrdersDrawer({ campaign, onClose }: { campaign: WelfareCampaignListFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const cursors = usePageCursors();
  const [{ data, error, fetching }] = useQuery({
    query: WelfareCampaignOrdersQuery,
    variables: { campaignId: campaign.id, first: ORDER_PAGE, after: cursors.after },
    context: CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.welfareCampaignOrders;
  const e = describeError(error, t);
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('welfare.orders.title', { title: campaign.title })}
      size={screens.md === false ? '100%' : 760}
      extra={
        <Button icon={<DownloadOutlined />} href={ordersExportUrl(campaign.id)} download data-testid="welfare-orders-export">
          {t('welfare.orders.export')}
        </Button>
      }
    >
      {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginBottom: 12 }} />}
      <Table<WelfareOrderFieldsFragment>
        rowKey="id"
        size="small"
        loading={fetching && !page}
        dataSource={page?.edges.map((x) => x.node) ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('welfare.orders.empty') }}
        columns={[
          { title: t('welfare.orders.member'), dataIndex: 'memberName', key: 'member' },
          { title: t('welfare.orders.item'), dataIndex: 'itemName', key: 'item' },
          { title: t('welfare.orders.quantity'), dataIndex: 'quantity', key: 'quantity', align: 'right' },
          { title: t('welfare.orders.pay'), key: 'pay', align: 'right', render: (_, o) => formatYuan(o.memberPayFen) },
          { title: t('welfare.orders.subsidy'), key: 'subsidy', align: 'right', render: (_, o) => formatYuan(o.subsidyFen * o.quantity) },
          { title: t('common.status'), key: 'status', render: (_, o) => <OrderStatusTag status={o.status} /> },
          { title: t('welfare.orders.placedAt'), key: 'at', render: (_, o) => formatDateTime(o.createdAt) },
        ]}
      />
      <CursorPager cursors={cursors} pageInfo={page?.pageInfo} />
    </Drawer>
  );
}
