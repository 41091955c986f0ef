import { useEffect, useState } from 'react';
import { Alert, Button, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { WelfareDistributionFieldsFragment } from '../../gql/graphql';
import { describeError, errorText } from '../../api/errors';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDate } from '../../lib/format';
import { formatYuan } from '../dues/dues';
import { WelfareDistributionsQuery } from './operations';
import { RecordDistributionDialog } from './RecordDistributionDialog';
import { DISTRIBUTION_PAGE } from './welfare';

const CONTEXT = { additionalTypenames: ['WelfareDistribution'] };

/** 发放记录 of an org's sub-tree for a year, with 发放登记. */
export function DistributionsPanel({ organizationId, organizationName, year }: { organizationId: string; organizationName: string; year: number }) {
  const { t } = useTranslation();
  const cursors = usePageCursors();
  const { reset } = cursors;
  const [recording, setRecording] = useState(false);
  useEffect(() => reset(), [organizationId, year, reset]);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: WelfareDistributionsQuery,
    variables: { organizationId, year, first: DISTRIBUTION_PAGE, after: cursors.after },
    context: CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.welfareDistributions;
  const e = describeError(error, t);
  return (
    <>
      <div className="tx-toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
          {t('welfare.distribute.title')}
        </Button>
      </div>
      {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginBottom: 12 }} />}
      <Table<WelfareDistributionFieldsFragment>
        rowKey="id"
        size="small"
        loading={fetching && !page}
        dataSource={page?.edges.map((x) => x.node) ?? []}
        pagination={false}
        scroll={{ x: 820 }}
        locale={{ emptyText: t('welfare.distribute.empty') }}
        columns={[
          { title: t('welfare.distribute.date'), key: 'date', width: 110, render: (_, d) => formatDate(d.distributedOn) },
          { title: t('welfare.distribute.member'), dataIndex: 'memberName', key: 'member' },
          { title: t('welfare.fields.org'), dataIndex: 'organizationName', key: 'org' },
          { title: t('welfare.fields.category'), key: 'category', render: (_, d) => t(`welfare.categories.${d.category}`) },
          {
            title: t('welfare.distribute.itemName'),
            key: 'item',
            render: (_, d) => (
              <>
                {d.itemName}
                {d.cashLike && (
                  <Tag color="orange" style={{ marginLeft: 4 }}>
                    {t('welfare.item.cashLike')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('welfare.distribute.value'), key: 'value', align: 'right', render: (_, d) => formatYuan(d.valueFen) },
          { title: t('welfare.distribute.note'), dataIndex: 'note', key: 'note' },
        ]}
      />
      <CursorPager cursors={cursors} pageInfo={page?.pageInfo} />
      {recording && (
        <RecordDistributionDialog
          open
          organizationId={organizationId}
          organizationName={organizationName}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}
