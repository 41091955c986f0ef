import { useState } from 'react';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { LeagueAgeOutsQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { todayInChina } from './league';
import { useAllOrganizations } from '../../lib/useAllOrganizations';

/** 超龄离团提醒: league members of a chosen league org nearing or past 28 without a league post. */
export function AgeOutsCard() {
  const { t } = useTranslation();
  const { orgs, loading } = useAllOrganizations('YOUTH');
  const [orgId, setOrgId] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({ query: LeagueAgeOutsQuery, variables: { orgId: orgId ?? '' }, pause: !orgId, requestPolicy: 'cache-and-network' });
  const e = describeError(error, t);
  const today = todayInChina();
  const list = data?.leagueAgeOuts ?? [];

  return (
    <Card title={t('league.ageOuts.title')} className="tx-league-ageouts" data-testid="league-ageouts">
      <Typography.Paragraph type="secondary">{t('league.ageOuts.intro')}</Typography.Paragraph>
      <div style={{ maxWidth: 360, marginBottom: 12 }}>
        <OrgTreeSelect orgs={orgs} loading={loading} value={orgId} onChange={setOrgId} placeholder={t('league.pickOrg')} aria-label={t('league.ageOuts.org')} />
      </div>
      {e && <FormError error={e} />}
      {!orgId ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('league.ageOuts.pick')} />
      ) : (
        <List
          loading={fetching && !data}
          dataSource={list}
          locale={{ emptyText: t('league.ageOuts.empty') }}
          renderItem={(a) => (
            <List.Item key={a.memberId}>
              <Typography.Text strong>{a.name}</Typography.Text>
              {a.ageOutOn <= today ? (
                <Tag color="error">{t('league.ageOuts.past', { date: a.ageOutOn })}</Tag>
              ) : (
                <Tag color="warning">{t('league.ageOuts.soon', { date: a.ageOutOn })}</Tag>
              )}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
