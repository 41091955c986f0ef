import { useState } from 'react';
import { App as AntApp, Card, Skeleton, Space, Typography } from 'antd';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { NotificationPreferencesQuery, SetDigestFrequencyMutation, SetNotificationChannelMutation } from './operations';
import { describeError, type AppErrorInfo } from '../../api/errors';
import { FormError } from '../../components/FormError';
import type { DigestFrequency, NotificationChannel, NotificationPreferencesFieldsFragment } from '../../gql/graphql';
import { CalendarFeedCard } from '../meetings/CalendarFeedCard';
import { CategoryRow } from './CategoryRow';
import { DigestCard } from './DigestCard';

type Prefs = NotificationPreferencesFieldsFragment;
/** What is being saved: a category's channel, or the digest frequency (`key` 'digest'). */
type Pending = { key: string; value: string };

/** 通知设置: a channel per category and the digest frequency; every change saves at once. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ data, fetching, error }] = useQuery({ query: NotificationPreferencesQuery });
  const [, setChannel] = useMutation(SetNotificationChannelMutation);
  const [, setDigest] = useMutation(SetDigestFrequencyMutation);
  // The server's answer to the last change wins over the loaded settings.
  const [saved, setSaved] = useState<Prefs | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<{ key: string; error: AppErrorInfo } | null>(null);
  const prefs = saved ?? data?.notificationPreferences ?? null;
  const loadError = describeError(error, t);

  const save = async (
    key: string,
    value: string,
    run: () => Promise<{ error?: CombinedError; prefs: Prefs | null | undefined }>,
  ) => {
    setPending({ key, value });
    setFailure(null);
    const res = await run();
    setPending(null);
    if (res.error || !res.prefs) {
      const info = describeError(res.error, t) ?? { code: 'UNKNOWN' as const, message: t('errors.UNKNOWN'), fields: {} };
      setFailure({ key, error: info });
      return;
    }
    setSaved(res.prefs);
    message.success(t('common.saved'));
  };

  const changeChannel = (category: string, channel: NotificationChannel) =>
    save(category, channel, async () => {
      const res = await setChannel({ input: { category, channel } });
      return { error: res.error, prefs: res.data?.setNotificationChannel };
    });

  const changeDigest = (frequency: DigestFrequency) =>
    save('digest', frequency, async () => {
      const res = await setDigest({ input: { frequency } });
      return { error: res.error, prefs: res.data?.setDigestFrequency };
    });

  const busy = pending !== null;
  const errorFor = (key: string) => (failure?.key === key ? failure.error : null);

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.notificationSettings')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('notificationSettings.intro')}</Typography.Paragraph>
      {loadError && <FormError error={loadError} />}
      {!prefs ? (
        fetching && (
          <div role="status" aria-live="polite" aria-label={t('common.loading')}>
            <Skeleton active paragraph={{ rows: 8 }} />
          </div>
        )
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card title={t('notificationSettings.categories')} data-testid="category-settings">
            {prefs.categories.map((c) => (
              <CategoryRow
                key={c.category}
                setting={c}
                pending={pending?.key === c.category ? (pending.value as NotificationChannel) : null}
                disabled={busy}
                error={errorFor(c.category)}
                onChange={(channel) => void changeChannel(c.category, channel)}
              />
            ))}
          </Card>
          <DigestCard
            frequency={prefs.digestFrequency}
            categories={prefs.categories}
            pending={pending?.key === 'digest' ? (pending.value as DigestFrequency) : null}
            disabled={busy}
            error={errorFor('digest')}
            onChange={(f) => void changeDigest(f)}
          />
          <CalendarFeedCard />
        </Space>
      )}
    </div>
  );
}
