import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferLetterByCodeQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { CrossingList } from './CrossingList';
import { LetterStatusTag } from './LetterStatusTag';

export type FoundLetter = TransferLetterByCodeQuery['transferLetterByCode'];

/** What a letter found by its code says, and exactly what data would cross. */
export function LetterPreview({ letter }: { letter: FoundLetter }) {
  const { t } = useTranslation();
  return (
    <div className="tx-letter-preview" data-testid="letter-preview">
      {letter.status !== 'ISSUED' && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('transfers.in.notOpen', { status: t(`transfers.statuses.${letter.status}`) })} />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'member', label: t('transfers.fields.member'), children: <Typography.Text strong>{letter.memberName}</Typography.Text> },
          { key: 'status', label: t('common.status'), children: <LetterStatusTag status={letter.status} /> },
          { key: 'tenant', label: t('transfers.fields.fromTenant'), children: letter.fromTenantName },
          { key: 'from', label: t('transfers.fields.fromOrg'), children: letter.fromOrgName },
          { key: 'line', label: t('transfers.fields.line'), children: t(`transfers.lines.${letter.line}`, { defaultValue: letter.line }) },
          { key: 'destination', label: t('transfers.fields.destination'), children: letter.destination },
          { key: 'valid', label: t('transfers.fields.validUntil'), children: formatDate(letter.validUntil) },
          { key: 'dues', label: t('transfers.fields.duesPaidThrough'), children: letter.duesPaidThrough ?? '—' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('transfers.crossing.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('transfers.crossing.help')}</Typography.Paragraph>
      <CrossingList crossing={letter.crossing} />
    </div>
  );
}
