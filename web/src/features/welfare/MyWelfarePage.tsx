import { useState } from 'react';
import { Alert, Card, Empty, List, Select, Skeleton, Tabs } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { MyWelfareUsageQuery } from './operations';
import { DistributionItem } from './DistributionItem';
import { OrderItem } from './OrderItem';
import { UsageCategories } from './UsageCategories';
import { welfareYears } from './welfare';

/** Orders and distributions may be none: an order or distribution anywhere reloads the page. */
const CONTEXT = { additionalTypenames: ['WelfareOrder', 'WelfareDistribution'] };

/**
 * 我的福利 (`/welfare/mine`, made for phones): per category of a year the union's subsidy used
 * against the member's cap and what remains, whether cash-like welfare is allowed, and the
 * member's orders and the distributions recorded for them.
 */
export default function MyWelfarePage() {
  const { t } = useTranslation();
  const years = welfareYears();
  const [year, setYear] = useState(years[0]);
  const [{ data, error, fetching }] = useQuery({ query: MyWelfareUsageQuery, variables: { year }, context: CONTEXT, requestPolicy: 'cache-and-network' });
  const usage = data?.myWelfareUsage.year === year ? data.myWelfareUsage : null;
  const e = describeError(error, t);
  return (
    <div className="tx-page tx-welfare">
      <PageHeader title={t('welfare.mine.title')}>
        <Select<number>
          aria-label={t('welfare.year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: t('welfare.yearN', { year: y }) }))}
        />
      </PageHeader>
      {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginBottom: 12 }} />}
      {!usage ? (
        fetching && <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <Alert
            type={usage.cashAllowed ? 'info' : 'warning'}
            showIcon
            title={usage.cashAllowed ? t('welfare.mine.cashAllowed') : t('welfare.mine.cashNotAllowed')}
            data-testid="welfare-cash-notice"
            style={{ marginBottom: 12 }}
          />
          <Card title={t('welfare.mine.caps')}>
            <UsageCategories categories={usage.categories} />
          </Card>
          <Card style={{ marginTop: 12 }}>
            <Tabs
              items={[
                {
                  key: 'orders',
                  label: t('welfare.mine.orders'),
                  children: (
                    <div data-testid="welfare-mine-orders">
                      <List
                        dataSource={usage.orders}
                        rowKey="id"
                        locale={{ emptyText: <Empty description={t('welfare.mine.noOrders')} /> }}
                        renderItem={(o) => <OrderItem order={o} withCampaign />}
                      />
                    </div>
                  ),
                },
                {
                  key: 'distributions',
                  label: t('welfare.mine.distributions'),
                  children: (
                    <List
                      dataSource={usage.distributions}
                      rowKey="id"
                      locale={{ emptyText: <Empty description={t('welfare.mine.noDistributions')} /> }}
                      renderItem={(d) => <DistributionItem d={d} />}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
