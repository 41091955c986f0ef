import { useMemo } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Col, Descriptions, Empty, Row, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { serverErrorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import type { BranchSettingReviewQuery as BranchSettingReviewData } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { firstGrantedOrg, highestFirst } from '../../lib/orgs';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useQueryParams } from '../../lib/useQueryParams';
import { warningColor } from './branchSetting';
import { BranchSettingReviewQuery } from './operations';

type Branch = BranchSettingReviewData['branchSettingReview']['branches'][number];

/** One branch: its members, committee and term, then each warning with the server's sentence. */
function BranchCard({ branch }: { branch: Branch }) {
  const { t } = useTranslation();
  const flagged = branch.warnings.length > 0;
  // The server gives one sentence per warning, in the same order; any extra sentence stands alone.
  const extra = branch.messages.slice(branch.warnings.length);
  return (
    <Card
      size="small"
      data-testid="branch-setting"
      title={<Link to={`/organizations?line=PARTY&org=${encodeURIComponent(branch.organizationId)}`}>{branch.organizationName}</Link>}
      extra={!flagged && <Tag color="green">{t('orgs.branchSetting.ok')}</Tag>}
      style={flagged ? { borderColor: branch.warnings.some((w) => warningColor(w) === 'red') ? '#ffa39e' : '#ffd591' } : undefined}
    >
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('orgs.branchSetting.formalMembers')}>{branch.formalMembers}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.branchSetting.probationaryMembers')}>{branch.probationaryMembers}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.branchSetting.committeeSize')}>{branch.committeeSize}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.branchSetting.termEnd')}>{branch.termEnd ? formatDate(branch.termEnd) : t('orgs.branchSetting.noTerm')}</Descriptions.Item>
      </Descriptions>
      {flagged && (
        <ul style={{ listStyle: 'none', margin: '8px 0 0', padding: 0 }}>
          {branch.warnings.map((w, i) => (
            <li key={w} style={{ marginBottom: 6 }}>
              <Tag color={warningColor(w)}>{t(`orgs.branchSetting.warnings.${w}`)}</Tag>
              {branch.messages[i] && <Typography.Text>{branch.messages[i]}</Typography.Text>}
            </li>
          ))}
          {extra.map((m) => (
            <li key={m} style={{ marginBottom: 6 }}>
              <Typography.Text>{m}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/**
 * 支部设置与换届检查 (`/orgs/branch-setting`): the party branches under a party org (`?org=`; by
 * default the highest one a grant of the viewer covers), each with its formal and probationary
 * members, committee and term end, and what is wrong with its setting under the branch rules
 * (warnings first). The server decides whether the viewer may read the org.
 */
export default function BranchSettingPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, update] = useQueryParams();
  const party = useAllOrganizations('PARTY');
  const fallback = useMemo(() => {
    const sorted = highestFirst(party.orgs);
    return (firstGrantedOrg(sorted, viewer.grants) ?? sorted[0])?.id ?? null;
  }, [party.orgs, viewer.grants]);
  const orgId = params.get('org') ?? fallback;
  const [{ data, error, fetching }] = useQuery({
    query: BranchSettingReviewQuery,
    variables: { organizationId: orgId ?? '' },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
  });
  const review = data?.branchSettingReview ?? null;
  const errorText = serverErrorText(error ?? party.error, t);

  return (
    <div className="tx-page tx-branch-setting">
      <PageHeader title={t('orgs.branchSetting.title')} />
      <Typography.Paragraph type="secondary">{t('orgs.branchSetting.intro')}</Typography.Paragraph>
      <div className="tx-toolbar">
        <OrgTreeSelect
          aria-label={t('orgs.branchSetting.org')}
          placeholder={t('orgs.branchSetting.org')}
          orgs={party.orgs}
          loading={party.loading}
          value={orgId}
          allowClear={false}
          onChange={(v) => v && update({ org: v })}
          style={{ minWidth: 240, maxWidth: '100%' }}
        />
      </div>
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 12 }} />}
      {!orgId ? (
        party.loading ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : (
          <Empty description={t('orgs.branchSetting.noOrg')} />
        )
      ) : !review && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : review && review.branches.length === 0 ? (
        <Empty description={t('orgs.branchSetting.empty')} />
      ) : (
        review && (
          <>
            <Alert
              type={review.warningCount > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="branch-setting-summary"
              style={{ marginBottom: 12 }}
              title={t('orgs.branchSetting.summary', { count: review.branches.length, flagged: review.warningCount })}
              description={t('orgs.branchSetting.asOf', { date: formatDate(review.asOf) })}
            />
            <Row gutter={[12, 12]}>
              {review.branches.map((b) => (
                <Col key={b.organizationId} xs={24} md={12} xl={8}>
                  <BranchCard branch={b} />
                </Col>
              ))}
            </Row>
            {review.sources.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
                {t('orgs.branchSetting.sources', { sources: review.sources.join('；') })}
              </Typography.Paragraph>
            )}
          </>
        )
      )}
    </div>
  );
}
