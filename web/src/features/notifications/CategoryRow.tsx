import { Radio, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppErrorInfo } from '../../api/errors';
import { FormError } from '../../components/FormError';
import type { NotificationChannel, NotificationPreferencesFieldsFragment } from '../../gql/graphql';
import { CHANNELS } from './notifications';

export type CategorySetting = NotificationPreferencesFieldsFragment['categories'][number];

interface Props {
  setting: CategorySetting;
  /** The channel being saved for this category, shown until the server answers. */
  pending: NotificationChannel | null;
  disabled: boolean;
  error: AppErrorInfo | null;
  onChange: (channel: NotificationChannel) => void;
}

/** One category: what it covers, its channel, and why it cannot be turned off when it cannot. */
export function CategoryRow({ setting: s, pending, disabled, error, onChange }: Props) {
  const { t } = useTranslation();
  const id = `pref-${s.category}`;
  const channelLabel = (c: NotificationChannel) => t(`notificationSettings.channels.${c}`);

  return (
    <div className="tx-pref-row" data-testid={id}>
      <div className="tx-pref-head">
        <Typography.Text strong id={`${id}-label`}>
          {s.label}
        </Typography.Text>
        {s.chosen ? (
          <Typography.Text type="secondary" className="tx-pref-note">
            {t('notificationSettings.defaultIs', { channel: channelLabel(s.defaultChannel) })}
          </Typography.Text>
        ) : (
          <Tag>{t('notificationSettings.default')}</Tag>
        )}
      </div>
      <Typography.Text type="secondary" id={`${id}-desc`} className="tx-pref-desc">
        {s.description}
      </Typography.Text>
      <Radio.Group
        className="tx-pref-channels"
        name={`${id}-channel`}
        aria-labelledby={`${id}-label`}
        aria-describedby={s.mandatoryReason ? `${id}-desc ${id}-lock` : `${id}-desc`}
        value={pending ?? s.channel}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as NotificationChannel)}
        options={CHANNELS.map((c) => ({
          value: c,
          label: channelLabel(c),
          disabled: c === 'OFF' && !!s.mandatoryReason,
        }))}
      />
      {s.mandatoryReason && (
        <div className="tx-pref-lock" id={`${id}-lock`}>
          <LockOutlined aria-label={t('notificationSettings.cannotTurnOff')} />
          <span>{s.mandatoryReason}</span>
        </div>
      )}
      {error && (
        <div className="tx-pref-error">
          <FormError error={error} extra={error.fields} />
        </div>
      )}
    </div>
  );
}
