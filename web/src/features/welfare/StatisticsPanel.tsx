import { Alert, Button, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { WelfareStatisticsQuery } from '../../gql/graphql';
import { describeError, errorText } from '../../api/errors';
import { formatYuan } from '../dues/dues';
import { WelfareStatisticsQuery as StatisticsQuery } from './operations';
import { statisticsExportUrl } from './welfare';

type Stats = WelfareStatisticsQuery['welfareStatistics'];
type CategoryRow = Stats['categories'][number];
type OrgRow = Stats['organizations'][number];

const CONTEXT = { additionalTypenames: ['WelfareOrder', 'WelfareDistribution'] };

/** 统计: per category and per org of the sub-tree, the union's subsidy, members' payments and members reached; 导出 .xlsx. */
export function StatisticsPanel({ organizationId, year }: { organizationId: string; year: number }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: StatisticsQuery, variables: { organizationId, year }, context: CONTEXT, requestPolicy: 'cache-and-network' });
  const stats = data?.welfareStatistics;
  const e = describeError(error, t);
  const total = (stats?.categories ?? []).reduce((s, c) => ({ subsidy: s.subsidy + c.subsidyFen, pay: s.pay + c.memberPayFen }), { subsidy: 0, pay: 0 });
  return (
    <>
      <div className="tx-toolbar">
        <Button icon={<DownloadOutlined />} href={statisticsExportUrl(organizationId, year)} download>
          {t('welfare.stats.export')}
        </Button>
      </div>
      {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginBottom: 12 }} />}
      <Typography.Title level={5}>{t('welfare.stats.byCategory')}</Typography.Title>
      <Table<CategoryRow>
        rowKey="category"
        size="small"
        loading={fetching && !stats}
        dataSource={stats?.categories ?? []}
        pagination={false}
        scroll={{ x: 480 }}
        columns={[
          { title: t('welfare.fields.category'), key: 'label', render: (_, r) => r.label || t(`welfare.categories.${r.category}`) },
          { title: t('welfare.stats.subsidy'), key: 'subsidy', align: 'right', render: (_, r) => formatYuan(r.subsidyFen) },
          { title: t('welfare.stats.memberPay'), key: 'pay', align: 'right', render: (_, r) => formatYuan(r.memberPayFen) },
          { title: t('welfare.stats.members'), dataIndex: 'memberCount', key: 'members', align: 'right' },
        ]}
        summary={() =>
          stats && stats.categories.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('welfare.stats.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {formatYuan(total.subsidy)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {formatYuan(total.pay)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} />
            </Table.Summary.Row>
          ) : null
        }
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('welfare.stats.byOrg')}
      </Typography.Title>
      <Table<OrgRow>
        rowKey={(r) => `${r.organizationId}-${r.category}`}
        size="small"
        loading={fetching && !stats}
        dataSource={stats?.organizations ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 480 }}
        columns={[
          { title: t('welfare.fields.org'), dataIndex: 'organizationName', key: 'org' },
          { title: t('welfare.fields.category'), key: 'label', render: (_, r) => r.label || t(`welfare.categories.${r.category}`) },
          { title: t('welfare.stats.subsidy'), key: 'subsidy', align: 'right', render: (_, r) => formatYuan(r.subsidyFen) },
          { title: t('welfare.stats.members'), dataIndex: 'memberCount', key: 'members', align: 'right' },
        ]}
      />
    </>
  );
}
