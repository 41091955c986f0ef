import { Alert, Card, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppErrorInfo } from '../../api/errors';
import { FormError } from '../../components/FormError';
import type { DigestFrequency } from '../../gql/graphql';
import { DIGEST_FREQUENCIES } from './notifications';
import type { CategorySetting } from './CategoryRow';

interface Props {
  frequency: DigestFrequency;
  categories: CategorySetting[];
  pending: DigestFrequency | null;
  disabled: boolean;
  error: AppErrorInfo | null;
  onChange: (frequency: DigestFrequency) => void;
}

/** 摘要邮件: how often it comes, what it holds, and a warning when digest categories have none. */
export function DigestCard({ frequency, categories, pending, disabled, error, onChange }: Props) {
  const { t } = useTranslation();
  const onDigest = categories.filter((c) => c.channel === 'DIGEST');

  return (
    <Card title={t('notificationSettings.digest.title')} data-testid="digest-settings">
      <Typography.Paragraph type="secondary">{t('notificationSettings.digest.help')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('notificationSettings.digest.unsubscribe')}</Typography.Paragraph>
      {frequency === 'OFF' && onDigest.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('notificationSettings.digest.offWarning')}
          description={t('notificationSettings.digest.offWarningBody', {
            categories: onDigest.map((c) => c.label).join('、'),
          })}
        />
      )}
      <FormError error={error} extra={error?.fields} />
      <div className="tx-pref-head">
        <Typography.Text strong id="digest-frequency-label">
          {t('notificationSettings.digest.frequency')}
        </Typography.Text>
      </div>
      <Radio.Group
        className="tx-pref-channels"
        name="digest-frequency"
        aria-labelledby="digest-frequency-label"
        value={pending ?? frequency}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as DigestFrequency)}
        options={DIGEST_FREQUENCIES.map((f) => ({ value: f, label: t(`notificationSettings.digest.frequencies.${f}`) }))}
      />
    </Card>
  );
}
