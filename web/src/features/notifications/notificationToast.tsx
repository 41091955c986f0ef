import type { MouseEvent } from 'react';
import { Button, Tag, type NotificationArgsProps } from 'antd';
import type { TFunction } from 'i18next';
import { truncate } from '../../lib/format';
import { KIND_COLORS, reminderDetail } from './notifications';
import type { LiveNotification } from './notificationFeed';

const BODY_CHARS = 120;

/** The toast's key (one toast per notification). */
export const liveToastKey = (id: string) => `live-${id}`;

/** The toast for a notification that just arrived; clicking it (or 查看) calls `onOpen`. */
export function notificationToast(n: LiveNotification, t: TFunction, onOpen: () => void): NotificationArgsProps {
  const escalation = n.kind === 'REMINDER' && reminderDetail(n.detail)?.escalation;
  const view = (e: MouseEvent) => {
    e.stopPropagation();
    onOpen();
  };
  return {
    key: liveToastKey(n.id),
    role: 'status',
    title: (
      <span className="tx-toast-title">
        <Tag color={KIND_COLORS[n.kind]}>{t(`notifications.kinds.${n.kind}`, { defaultValue: n.kind })}</Tag>
        {escalation && <Tag color="red">{t('notifications.escalation')}</Tag>}
        {n.title}
      </span>
    ),
    description: n.body ? truncate(n.body, BODY_CHARS) : undefined,
    actions: (
      <Button type="link" size="small" onClick={view}>
        {t('live.view')}
      </Button>
    ),
    onClick: onOpen,
    style: { cursor: 'pointer' },
    props: { 'data-testid': `live-toast-${n.id}` },
  };
}
