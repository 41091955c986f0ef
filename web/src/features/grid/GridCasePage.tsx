import { Typography } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CaseDetail } from './CaseDetail';

/** A case on a page of its own (notifications link here). */
export default function GridCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <div style={{ maxWidth: 720 }}>
      <Typography.Title level={2} className="tx-page-title">
        {t('grid.caseDetail')}
      </Typography.Title>
      <CaseDetail caseId={id} />
    </div>
  );
}
