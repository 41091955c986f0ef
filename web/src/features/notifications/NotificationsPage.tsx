import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App as AntApp, Button, Segmented } from 'antd';
import { CheckOutlined, ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { PagedList } from '../../components/PagedList';
import { PageHeader } from '../../components/PageHeader';
import { useUnreadCount } from './useUnreadCount';
import { useNotifications, type InboxItem } from './useNotifications';
import { NotificationItem } from './NotificationItem';

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

  return (
    <div>
      <PageHeader title={t('nav.notifications')}>
        <Button icon={<SettingOutlined />} onClick={() => navigate('/settings/notifications')}>
          {t('nav.notificationSettings')}
        </Button>
      </PageHeader>
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
      <PagedList
        list={inbox}
        empty={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}
        className="tx-inbox"
        label={t('nav.notifications')}
      >
        {(n) => <NotificationItem key={n.id} item={n} open={openIds.has(n.id)} onOpen={open} />}
      </PagedList>
    </div>
  );
}
