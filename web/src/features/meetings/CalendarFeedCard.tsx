import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { Alert, App as AntApp, Button, Card, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { CalendarOutlined, DeleteOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CalendarFeedQuery, CreateCalendarFeedMutation, RevokeCalendarFeedMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { CopyField } from '../../components/CopyField';
import { FormError } from '../../components/FormError';
import { formatDateTime } from '../../lib/format';
import { absoluteUrl } from './meetings';

const CONTEXT = { additionalTypenames: ['CalendarFeed', 'CalendarFeedPayload'] };

/**
 * 订阅日历: a secret iCal link to the meetings the viewer is invited to. Whether one exists and
 * when it was last read; 生成 shows the link once (with 复制), 重新生成 and 停用 ask first — the
 * old link stops working.
 */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CalendarFeedQuery, context: CONTEXT });
  const [creating, create] = useMutation(CreateCalendarFeedMutation);
  const [revoking, revoke] = useMutation(RevokeCalendarFeedMutation);
  const [shown, setShown] = useState<string | null>(null);
  const [failure, setFailure] = useState<ReturnType<typeof describeError>>(null);
  const feed = data?.calendarFeed ?? null;
  // Linked to from 组织生活 as #calendar-feed.
  const { hash } = useLocation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (hash === '#calendar-feed') box.current?.scrollIntoView?.({ block: 'start' });
  }, [hash]);
  const loadError = describeError(error, t);

  const doCreate = async () => {
    setFailure(null);
    const res = await create({});
    if (res.error || !res.data) {
      setFailure(describeError(res.error, t));
      return;
    }
    setShown(absoluteUrl(res.data.createCalendarFeed.url));
    refetch({ requestPolicy: 'network-only' });
  };

  const doRevoke = async () => {
    setFailure(null);
    const res = await revoke({});
    if (res.error) {
      const e = describeError(res.error, t);
      message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    setShown(null);
    message.success(t('calendarFeed.revoked'));
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Card ref={box} id="calendar-feed" title={t('calendarFeed.title')} data-testid="calendar-feed">
      <Typography.Paragraph type="secondary">{t('calendarFeed.help')}</Typography.Paragraph>
      {loadError && <FormError error={loadError} />}
      <FormError error={failure} />
      {shown && (
        <Alert
          type="warning"
          showIcon
          className="tx-feed-once"
          title={t('calendarFeed.onceTitle')}
          description={
            <Space orientation="vertical" style={{ width: '100%' }}>
              <span>{t('calendarFeed.onceBody')}</span>
              <CopyField value={shown} label={t('calendarFeed.url')} testId="calendar-feed-url" />
              <span>{t('calendarFeed.howTo')}</span>
            </Space>
          }
        />
      )}
      {!data && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 1 }} />
        </div>
      ) : feed ? (
        <>
          <Typography.Paragraph data-testid="calendar-feed-state">
            {t('calendarFeed.active', { time: formatDateTime(feed.createdAt) })}
            {' · '}
            {feed.lastUsedAt ? t('calendarFeed.lastUsed', { time: formatDateTime(feed.lastUsedAt) }) : t('calendarFeed.neverUsed')}
          </Typography.Paragraph>
          <Space wrap>
            <Popconfirm
              title={t('calendarFeed.regenerateTitle')}
              description={t('calendarFeed.regenerateBody')}
              okText={t('calendarFeed.regenerate')}
              cancelText={t('common.cancel')}
              onConfirm={doCreate}
            >
              <Button icon={<ReloadOutlined />} loading={creating.fetching}>
                {t('calendarFeed.regenerate')}
              </Button>
            </Popconfirm>
            <Popconfirm
              title={t('calendarFeed.revokeTitle')}
              description={t('calendarFeed.revokeBody')}
              okText={t('calendarFeed.revoke')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={doRevoke}
            >
              <Button danger icon={<DeleteOutlined />} loading={revoking.fetching}>
                {t('calendarFeed.revoke')}
              </Button>
            </Popconfirm>
          </Space>
        </>
      ) : (
        <>
          <Typography.Paragraph data-testid="calendar-feed-state">{t('calendarFeed.none')}</Typography.Paragraph>
          <Button type="primary" icon={<CalendarOutlined />} onClick={() => void doCreate()} loading={creating.fetching} data-testid="calendar-feed-create">
            {t('calendarFeed.create')}
          </Button>
        </>
      )}
    </Card>
  );
}
