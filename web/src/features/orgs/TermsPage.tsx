import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, App as AntApp, Card, Col, Descriptions, Empty, Row, Segmented, Skeleton, Switch, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, serverErrorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import type { TermOverviewQuery as TermOverviewData, TermState } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { firstGrantedOrg, highestFirst, lineOfKind } from '../../lib/orgs';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useQueryParams } from '../../lib/useQueryParams';
import { SetVillageOrCommunityMutation, TermOverviewQuery } from './operations';
import { TERM_STATES, termStateColor } from './terms';

type OrgTerm = TermOverviewData['termOverview']['organizations'][number];

/** One org: its state, term end and length, committee size, and the village/community switch. */
function TermCard({ term, canWrite }: { term: OrgTerm; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, setVillage] = useMutation(SetVillageOrCommunityMutation);
  const toggle = async (village: boolean) => {
    const res = await setVillage({ input: { organizationId: term.organizationId, villageOrCommunity: village } });
    if (res.error) message.error(describeError(res.error, t)?.message ?? t('errors.UNKNOWN'));
    else message.success(t('orgs.terms.villageSaved'));
  };
  const line = lineOfKind(term.kind);
  return (
    <Card
      size="small"
      data-testid="org-term"
      title={<Link to={`/organizations?line=${line}&org=${encodeURIComponent(term.organizationId)}`}>{term.organizationName}</Link>}
      extra={<Tag color={termStateColor(term.state)}>{t(`orgs.terms.states.${term.state}`)}</Tag>}
    >
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('orgs.terms.kind')}>{t(`kind.${term.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.terms.officers')}>{term.officers}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.terms.termStart')}>{term.termStart ? formatDate(term.termStart) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.terms.termEnd')}>{term.termEnd ? formatDate(term.termEnd) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.terms.termYears')}>{t('orgs.terms.years', { count: term.termYears })}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.terms.village')}>
          {canWrite ? (
            <Switch
              size="small"
              checked={term.villageOrCommunity}
              loading={fetching}
              aria-label={t('orgs.terms.villageOf', { name: term.organizationName })}
              onChange={(v) => void toggle(v)}
            />
          ) : term.villageOrCommunity ? (
            t('orgs.terms.yes')
          ) : (
            t('orgs.terms.no')
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/**
 * 换届提醒 (`/orgs/terms`): the orgs under the chosen one (`?org=`; by default the highest one a
 * grant of the viewer covers) that elect a committee, ended terms first, then ending ones, with
 * each term's end and length. Those who may change the org mark a village or community org
 * (five-year terms). The officers of an org and of the org above are reminded by the server.
 */
export default function TermsPage() {
  const { t } = useTranslation();
  const { viewer, canAnywhere } = useViewer();
  const [params, update] = useQueryParams();
  const all = useAllOrganizations();
  const fallback = useMemo(() => {
    const sorted = highestFirst(all.orgs);
    return (firstGrantedOrg(sorted, viewer.grants) ?? sorted[0])?.id ?? null;
  }, [all.orgs, viewer.grants]);
  const orgId = params.get('org') ?? fallback;
  const [filter, setFilter] = useState<TermState | 'ALL'>('ALL');
  const [{ data, error, fetching }] = useQuery({
    query: TermOverviewQuery,
    variables: { organizationId: orgId ?? '' },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
  });
  const overview = data?.termOverview ?? null;
  const errorText = serverErrorText(error ?? all.error, t);
  const shown = overview?.organizations.filter((o) => filter === 'ALL' || o.state === filter) ?? [];
  const canWrite = canAnywhere('org:write');

  return (
    <div className="tx-page tx-org-terms">
      <PageHeader title={t('orgs.terms.title')} />
      <Typography.Paragraph type="secondary">{t('orgs.terms.intro')}</Typography.Paragraph>
      <div className="tx-toolbar">
        <OrgTreeSelect
          aria-label={t('orgs.terms.org')}
          placeholder={t('orgs.terms.org')}
          orgs={all.orgs}
          loading={all.loading}
          value={orgId}
          allowClear={false}
          onChange={(v) => v && update({ org: v })}
          style={{ minWidth: 240, maxWidth: '100%' }}
        />
        <Segmented
          aria-label={t('orgs.terms.filter')}
          value={filter}
          onChange={(v) => setFilter(v as TermState | 'ALL')}
          options={[{ value: 'ALL', label: t('orgs.terms.all') }, ...TERM_STATES.map((s) => ({ value: s, label: t(`orgs.terms.states.${s}`) }))]}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
      </div>
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 12 }} />}
      {!orgId ? (
        all.loading ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : (
          <Empty description={t('orgs.terms.noOrg')} />
        )
      ) : !overview && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : (
        overview && (
          <>
            <Alert
              type={overview.endedCount > 0 ? 'error' : overview.endingCount > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="org-terms-summary"
              style={{ marginBottom: 12 }}
              title={t('orgs.terms.summary', { count: overview.organizations.length, ended: overview.endedCount, ending: overview.endingCount })}
              description={t('orgs.terms.reminders', { date: formatDate(overview.asOf), months: overview.remindBeforeMonths.join('、') })}
            />
            {shown.length === 0 ? (
              <Empty description={t(overview.organizations.length === 0 ? 'orgs.terms.empty' : 'orgs.terms.noneInFilter')} />
            ) : (
              <Row gutter={[12, 12]}>
                {shown.map((o) => (
                  <Col key={o.organizationId} xs={24} md={12} xl={8}>
                    <TermCard term={o} canWrite={canWrite} />
                  </Col>
                ))}
              </Row>
            )}
            {overview.sources.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
                {t('orgs.terms.sources', { sources: overview.sources.join('；') })}
              </Typography.Paragraph>
            )}
          </>
        )
      )}
    </div>
  );
}
