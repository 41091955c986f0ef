import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { HONOUR_STATUS_COLORS, STATUS_COLORS } from './publicity';

/** The kind and status of a 公示. */
export function PublicityTags({ kind, status }: { kind: string; status: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color="red">{t(`publicity.kinds.${kind}`)}</Tag>
      <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="publicity-status">
        {t(`publicity.statuses.${status}`)}
      </Tag>
    </>
  );
}

/** The status of an honour. */
export function HonourStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={HONOUR_STATUS_COLORS[status] ?? 'default'} data-testid="honour-status">
      {t(`honours.statuses.${status}`)}
    </Tag>
  );
}
