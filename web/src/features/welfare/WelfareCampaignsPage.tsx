import { Link } from 'react-router';
import { Button, Empty, Skeleton, Space } from 'antd';
import { GiftOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { LoadMoreButton } from '../../components/PagedList';
import { CampaignCard } from './CampaignCard';
import { useOpenWelfareCampaigns } from './useWelfareCampaigns';
import { canManageWelfare } from './welfareAccess';

/**
 * 福利活动 (`/welfare`, made for phones): the union's group-buys and crowdfunds open to the viewer
 * as cards — kind, category, status, progress towards the threshold and the time left.
 */
export default function WelfareCampaignsPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const list = useOpenWelfareCampaigns();
  const error = describeError(list.error, t);
  return (
    <div className="tx-page tx-welfare">
      <PageHeader title={t('welfare.list.title')}>
        <Space wrap>
          <Link to="/welfare/mine">
            <Button icon={<GiftOutlined />}>{t('welfare.mine.title')}</Button>
          </Link>
          {canManageWelfare(info) && (
            <Link to="/welfare/manage">
              <Button icon={<SettingOutlined />}>{t('welfare.manage.title')}</Button>
            </Link>
          )}
        </Space>
      </PageHeader>
      {error && <FormError error={error} />}
      {list.loading && list.items.length === 0 ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : list.items.length === 0 ? (
        !error && <Empty description={t('welfare.list.empty')} />
      ) : (
        <div className="tx-welfare-grid">
          {list.items.map((c) => (
            <CampaignCard key={c.id} campaign={c} />
          ))}
        </div>
      )}
      <LoadMoreButton list={list} />
    </div>
  );
}
