import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '../../gql/graphql';

const STATUS_COLOR: Record<SurveyStatus, string> = { SCHEDULED: 'default', OPEN: 'processing', CLOSED: 'success' };

/** The survey's status and anonymity as tags. */
export function SurveyTags({ status, anonymous }: { status: SurveyStatus; anonymous: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={STATUS_COLOR[status]} data-testid="survey-status">
        {t(`surveys.status.${status}`)}
      </Tag>
      <Tag color={anonymous ? 'purple' : 'blue'}>{anonymous ? t('surveys.anonymous') : t('surveys.named')}</Tag>
    </>
  );
}
