import { useState } from 'react';
import { Button, Empty, Skeleton, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { LeagueCampaignsQuery } from './operations';
import { describeError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { canTransfer } from '../transfers/transfers';
import { AgeOutsCard } from './AgeOutsCard';
import { CampaignCard } from './CampaignCard';
import { StartCampaignDialog } from './StartCampaignDialog';

const CONTEXT = { additionalTypenames: ['LeagueCampaign', 'CampaignMember'] };

/**
 * 团籍注册 (`/league`): the campaigns the viewer runs or takes part in. Officers (`member:write`
 * somewhere) start one, follow its progress, register for members and remind the rest, and see
 * 超龄离团提醒; a league member completes their own registration.
 */
export default function LeaguePage() {
  const { t } = useTranslation();
  const info = useViewer();
  const canManage = canTransfer(info);
  const [{ data, error, fetching }, refetch] = useQuery({ query: LeagueCampaignsQuery, requestPolicy: 'cache-and-network', context: CONTEXT });
  const e = describeError(error, t);
  const [starting, setStarting] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const campaigns = data?.leagueCampaigns ?? [];

  return (
    <div className="tx-league">
      <PageHeader title={t('nav.league')}>
        <div className="tx-meeting-head-actions">
          <Button icon={<ReloadOutlined />} onClick={reload} disabled={fetching}>
            {t('league.refresh')}
          </Button>
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setStarting(true)} data-testid="league-start">
              {t('league.start.title')}
            </Button>
          )}
        </div>
      </PageHeader>
      <Typography.Paragraph type="secondary">{t('league.intro')}</Typography.Paragraph>
      {e && <FormError error={e} />}
      {!data && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : (
        data &&
        (campaigns.length === 0 ? (
          <Empty description={t(canManage ? 'league.emptyOfficer' : 'league.empty')} data-testid="league-empty" />
        ) : (
          <div className="tx-league-campaigns">
            {campaigns.map((c) => (
              <CampaignCard key={c.id} campaign={c} canManage={canManage} viewerId={info.viewer.member?.id ?? null} onChanged={reload} />
            ))}
          </div>
        ))
      )}
      {canManage && <AgeOutsCard />}
      <StartCampaignDialog
        open={starting}
        onClose={() => setStarting(false)}
        onDone={() => {
          setStarting(false);
          reload();
        }}
      />
    </div>
  );
}
