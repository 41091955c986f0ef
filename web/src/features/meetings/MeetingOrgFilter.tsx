import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import type { Org } from '../../lib/orgs';

/** The unit whose meetings are shown (and its sub-units'); none: every unit the viewer may read. */
export function MeetingOrgFilter({
  orgs,
  loading,
  value,
  onChange,
}: {
  orgs: Org[];
  loading: boolean;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="tx-meeting-org">
      <OrgTreeSelect orgs={orgs} loading={loading} value={value} onChange={onChange} placeholder={t('meetings.allOrgs')} aria-label={t('meetings.fields.org')} />
    </div>
  );
}
