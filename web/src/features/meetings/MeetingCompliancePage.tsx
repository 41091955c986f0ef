import { useMemo } from 'react';
import { Alert, Empty, Skeleton, Switch, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MeetingComplianceQuery } from './operations';
import { describeError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { MeetingOrgFilter } from './MeetingOrgFilter';
import { canScheduleMeetings } from './meetingAccess';
import { complianceSummary, sortCompliance } from './meetings';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { ComplianceTable } from './ComplianceTable';
import { useQueryParams } from '../../lib/useQueryParams';

const CONTEXT = { additionalTypenames: ['Meeting', 'MeetingPayload'] };

/**
 * 落实情况 (`/meetings/compliance`): for each unit and each meeting the rules require, the current
 * period and where it stands, behind first; 只看落后的 and a unit narrow it; a summary says how
 * many units are behind. Unit and switch are kept in the URL.
 */
export default function MeetingCompliancePage() {
  const { t } = useTranslation();
  const info = useViewer();
  const [params, update] = useQueryParams();
  const orgId = params.get('org');
  const behindOnly = params.get('behind') === '1';
  const { orgs, loading: orgsLoading } = useAllOrganizations(null);
  const [{ data, error, fetching }] = useQuery({
    query: MeetingComplianceQuery,
    variables: { orgId, behindOnly },
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const rows = useMemo(() => sortCompliance(data?.meetingCompliance ?? []), [data]);
  const summary = complianceSummary(rows);
  const e = describeError(error, t);

  return (
    <div className="tx-meetings">
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.meetingCompliance')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('meetings.compliance.intro')}</Typography.Paragraph>
      <div className="tx-toolbar">
        <MeetingOrgFilter orgs={orgs} loading={orgsLoading} value={orgId} onChange={(id) => update({ org: id })} />
        <label className="tx-meeting-switch">
          <Switch checked={behindOnly} onChange={(on) => update({ behind: on ? '1' : null })} aria-label={t('meetings.compliance.behindOnly')} />
          <span>{t('meetings.compliance.behindOnly')}</span>
        </label>
      </div>
      {e && <FormError error={e} />}
      {data && rows.length > 0 && (
        <Alert
          className="tx-meeting-summary"
          type={summary.behindOrgs > 0 ? 'warning' : 'success'}
          showIcon
          data-testid="compliance-summary"
          title={
            summary.behindOrgs > 0
              ? t('meetings.compliance.summaryBehind', { orgs: summary.behindOrgs, count: summary.behindRows, overdue: summary.overdue })
              : t('meetings.compliance.summaryOk', { orgs: summary.orgs })
          }
        />
      )}
      {!data && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : data && rows.length === 0 ? (
        <Empty description={behindOnly ? t('meetings.compliance.emptyBehind') : t('meetings.compliance.empty')} />
      ) : (
        rows.length > 0 && <ComplianceTable rows={rows} canSchedule={canScheduleMeetings(info)} />
      )}
    </div>
  );
}
