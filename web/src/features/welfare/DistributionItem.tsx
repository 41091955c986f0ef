import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WelfareDistributionFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { formatYuan } from '../dues/dues';

/** One distribution (发放记录) as its member sees it: what, its value, when and from which union. */
export function DistributionItem({ d }: { d: WelfareDistributionFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="welfare-distribution">
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <span>{d.itemName}</span>
            <Tag>{t(`welfare.categories.${d.category}`)}</Tag>
            {d.cashLike && <Tag color="orange">{t('welfare.item.cashLike')}</Tag>}
          </Space>
        }
        description={
          <>
            <Typography.Text type="secondary" className="tx-welfare-line">
              {formatDate(d.distributedOn)} · {d.organizationName}
            </Typography.Text>
            {d.note && (
              <Typography.Text type="secondary" className="tx-welfare-line" style={{ whiteSpace: 'pre-wrap' }}>
                {d.note}
              </Typography.Text>
            )}
          </>
        }
      />
      <Typography.Text strong>{formatYuan(d.valueFen)}</Typography.Text>
    </List.Item>
  );
}
