import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Card, Skeleton, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { JoinApplicationsQuery } from './operations';
import { describeError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { splitApplications } from './joining';
import { canTransfer } from '../transfers/transfers';
import { ApplicationList } from './ApplicationList';
import { ApplyForm } from './ApplyForm';
import { DecideApplicationDialog, type JoinDecision } from './DecideApplicationDialog';

const CONTEXT = { additionalTypenames: ['JoinApplication'] };

/**
 * 入团入会 (`/joining`): every member applies to join the union or the league (`?line=UNION|YOUTH`)
 * and follows their applications; officers (`member:write` somewhere) decide the pending ones.
 */
export default function JoiningPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const [params] = useSearchParams();
  const initialLine = params.get('line') === 'YOUTH' ? 'YOUTH' : 'UNION';
  const canDecide = canTransfer(info);
  const [{ data, error, fetching }, refetch] = useQuery({ query: JoinApplicationsQuery, requestPolicy: 'cache-and-network', context: CONTEXT });
  const e = describeError(error, t);
  const [decision, setDecision] = useState<JoinDecision | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { mine, toDecide, decided } = splitApplications(data?.joinApplications ?? [], info.viewer.member?.id ?? null);
  const loading = !data && fetching;

  return (
    <div className="tx-joining">
      <PageHeader title={t('nav.joining')} />
      <Typography.Paragraph type="secondary">{t('joining.intro')}</Typography.Paragraph>
      {e && <FormError error={e} />}
      <div className="tx-joining-grid">
        {canDecide && (
          <Card title={t('joining.toDecide', { count: toDecide.length })} data-testid="join-to-decide">
            {loading ? <Skeleton active /> : <ApplicationList items={toDecide} showApplicant empty={t('joining.toDecideEmpty')} onDecide={(application, approve) => setDecision({ application, approve })} />}
            {decided.length > 0 && (
              <>
                <Typography.Title level={5}>{t('joining.decided')}</Typography.Title>
                <ApplicationList items={decided} showApplicant empty="" />
              </>
            )}
          </Card>
        )}
        <Card title={t('joining.apply.title')}>
          <ApplyForm initialLine={initialLine} onDone={reload} />
        </Card>
        <Card title={t('joining.mine')} data-testid="join-mine">
          {loading ? <Skeleton active /> : <ApplicationList items={mine} empty={t('joining.mineEmpty')} />}
        </Card>
      </div>
      <DecideApplicationDialog
        decision={decision}
        onClose={() => setDecision(null)}
        onDone={() => {
          setDecision(null);
          reload();
        }}
      />
    </div>
  );
}
