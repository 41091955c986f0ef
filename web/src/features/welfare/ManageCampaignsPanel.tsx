import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { WelfareCampaignListFieldsFragment } from '../../gql/graphql';
import { describeError, errorText } from '../../api/errors';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { WelfareCampaignsQuery } from './operations';
import { CampaignOrdersDrawer } from './CampaignOrdersDrawer';
import { CampaignProgress } from './CampaignProgress';
import { CancelCampaignDialog } from './CancelCampaignDialog';
import { CreateCampaignDialog } from './CreateCampaignDialog';
import { CampaignStatusTag } from './WelfareTags';
import { CAMPAIGN_PAGE } from './welfare';

type Campaign = WelfareCampaignListFieldsFragment;
/** A new or cancelled campaign reloads the list, even an empty one. */
const CONTEXT = { additionalTypenames: ['WelfareCampaign'] };

/** 福利活动 of an org's sub-tree for its officers: 发起活动, each one's orders, 取消活动. */
export function ManageCampaignsPanel({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const { t } = useTranslation();
  const cursors = usePageCursors();
  const [creating, setCreating] = useState(false);
  const [cancelling, setCancelling] = useState<Campaign | null>(null);
  const [viewing, setViewing] = useState<Campaign | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: WelfareCampaignsQuery,
    variables: { organizationId, status: null, first: CAMPAIGN_PAGE, after: cursors.after },
    context: CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.welfareCampaigns;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const e = describeError(error, t);
  return (
    <>
      <div className="tx-toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('welfare.create.title')}
        </Button>
      </div>
      {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginBottom: 12 }} />}
      <Table<Campaign>
        rowKey="id"
        size="small"
        loading={fetching && !page}
        dataSource={page?.edges.map((x) => x.node) ?? []}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: t('welfare.manage.noCampaigns') }}
        columns={[
          {
            title: t('welfare.fields.title'),
            key: 'title',
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/welfare/${c.id}`}>{c.title}</Link>
                <span>
                  {t(`welfare.kinds.${c.kind}`)} · {t(`welfare.categories.${c.category}`)} · {c.organizationName}
                </span>
              </Space>
            ),
          },
          { title: t('common.status'), key: 'status', width: 90, render: (_, c) => <CampaignStatusTag status={c.status} /> },
          { title: t('welfare.progress'), key: 'progress', width: 220, render: (_, c) => <CampaignProgress campaign={c} /> },
          { title: t('welfare.fields.deadline'), key: 'deadline', width: 150, render: (_, c) => formatDateTime(c.deadline) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 170,
            render: (_, c) => (
              <Space wrap size={4}>
                <Button size="small" onClick={() => setViewing(c)}>
                  {t('welfare.orders.action')}
                </Button>
                {c.status === 'OPEN' && c.viewerCanManage && (
                  <Button size="small" danger onClick={() => setCancelling(c)}>
                    {t('welfare.cancel.action')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CursorPager cursors={cursors} pageInfo={page?.pageInfo} />
      {creating && (
        <CreateCampaignDialog
          open
          organizationId={organizationId}
          organizationName={organizationName}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            cursors.reset();
            reload();
          }}
        />
      )}
      {cancelling && (
        <CancelCampaignDialog
          campaign={cancelling}
          onClose={() => setCancelling(null)}
          onDone={() => {
            setCancelling(null);
            reload();
          }}
        />
      )}
      {viewing && <CampaignOrdersDrawer campaign={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
