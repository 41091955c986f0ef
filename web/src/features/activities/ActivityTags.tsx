import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityKind, ActivityRegistrationStatus, ActivityStatus } from '../../gql/graphql';
import { STATUS_COLORS } from './activities';

/** The activity's kind, a cancellation, and the viewer's registration status. */
export function ActivityTags({
  kind,
  status,
  mine,
  position,
}: {
  kind: ActivityKind;
  status: ActivityStatus;
  mine?: ActivityRegistrationStatus | null;
  position?: number | null;
}) {
  const { t } = useTranslation();
  return (
    <span className="tx-activity-tags">
      <Tag color="volcano">{t(`activities.kind.${kind}`)}</Tag>
      {status === 'CANCELLED' && <Tag color="red">{t('activities.cancelled')}</Tag>}
      {mine && (
        <Tag color={STATUS_COLORS[mine]} data-testid="my-registration-status">
          {t(`activities.status.${mine}`)}
          {mine === 'WAITLISTED' && position != null && ` · ${t('activities.position', { n: position })}`}
        </Tag>
      )}
    </span>
  );
}
