import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App as AntApp, Button, Empty, Segmented, Skeleton, Typography } from 'antd';
import { CheckOutlined, ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation } from '../api/operations';
import { describeError, errorText } from '../api/errors';
import { FormError } from '../components/FormError';
import { useUnreadCount } from '../lib/useUnreadCount';
import { useNotifications, type InboxItem } from '../lib/useNotifications';
import { NotificationItem } from './notifications/NotificationItem';

export const INBOX_PAGE_SIZE = 20;
type Filter = 'all' | 'unread';

/** 通知: the viewer's inbox, newest first; opening a notification marks it read. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('all');
  const [openIds, setOpenIds] = useState<Set<string>>(() => new Set());
  const inbox = useNotifications(filter === 'unread', INBOX_PAGE_SIZE);
  const { count: unreadCount, refetch: refetchCount } = useUnreadCount();
  const [, markRead] = useMutation(MarkNotificationReadMutation);
  const [{ fetching: markingAll }, markAllRead] = useMutation(MarkAllNotificationsReadMutation);
  const e = describeError(inbox.error, t);

  const failed = (err: Parameters<typeof describeError>[0]) => {
    const info = describeError(err, t);
    message.error(info ? errorText(info) : t('errors.UNKNOWN'));
  };

  const open = async (n: InboxItem) => {
    setOpenIds((prev) => {
      const next = new Set(prev);
      if (next.has(n.id)) next.delete(n.id);
      else next.add(n.id);
      return next;
    });
    if (n.readAt) return;
    inbox.setRead([n.id], new Date().toISOString());
    const res = await markRead({ input: { id: n.id } });
    if (res.error) {
      inbox.setRead([n.id], null);
      failed(res.error);
      return;
    }
    refetchCount();
  };

  const readAll = async () => {
    const res = await markAllRead({});
    if (res.error || !res.data) {
      failed(res.error);
      return;
    }
    inbox.setRead('all', new Date().toISOString());
    refetchCount();
    message.success(t('notifications.markedAll', { count: res.data.markAllNotificationsRead }));
  };

  const empty = !inbox.loading && !e && inbox.items.length === 0;

  return (
    <div>
      <div className="tx-page-head">
        <Typography.Title level={2} className="tx-page-title">
          {t('nav.notifications')}
        </Typography.Title>
        <Button icon={<SettingOutlined />} onClick={() => navigate('/settings/notifications')}>
          {t('nav.notificationSettings')}
        </Button>
      </div>
      <div className="tx-toolbar">
        <Segmented<Filter>
          aria-label={t('notifications.filter')}
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setOpenIds(new Set());
          }}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
        />
        <div className="tx-header-spacer" />
        <Button icon={<ReloadOutlined />} onClick={inbox.reload} disabled={inbox.loading}>
          {t('notifications.refresh')}
        </Button>
        <Button icon={<CheckOutlined />} onClick={readAll} loading={markingAll} disabled={unreadCount === 0}>
          {t('notifications.markAll', { count: unreadCount })}
        </Button>
      </div>
      {e && <FormError error={e} />}
      {inbox.loading && inbox.items.length === 0 ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : empty ? (
        <Empty description={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')} />
      ) : (
        inbox.items.length > 0 && (
          <ul className="tx-inbox" aria-label={t('nav.notifications')}>
            {inbox.items.map((n) => (
              <NotificationItem key={n.id} item={n} open={openIds.has(n.id)} onOpen={open} />
            ))}
          </ul>
        )
      )}
      {inbox.hasNextPage && (
        <div className="tx-inbox-more">
          <Button onClick={inbox.loadMore} loading={inbox.loading}>
            {t('notifications.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
