import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Skeleton, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, NotificationOutlined, SoundOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { KIND_TAG_COLORS, visiblePending, type ChatMessage, type Conversation } from '../../lib/chat';
import { useChatMessages } from '../../lib/useChatMessages';
import { usePageVisible } from '../../lib/usePageVisible';
import { ChatLiveStatus } from './ChatLiveStatus';
import { Composer } from './Composer';
import { MessageList } from './MessageList';

/** New messages are marked read this long after they arrive (a burst is marked once). */
export const MARK_READ_DELAY_MS = 400;

interface Props {
  conversationId: string;
  /** The row of the list, when loaded (title, kind, notice, broadcast-only). */
  conversation: Conversation | null;
  viewerId: string | null | undefined;
  /** Back to the list (phones, where list and pane are two screens). */
  onBack: () => void;
  /** A newer message is here (live or sent): the list moves the row up. */
  onArrived: (newest: ChatMessage) => void;
  /** Everything up to `seq` has been on screen. */
  onRead: (seq: number) => void;
}

/**
 * An open conversation: header (title, kind, live status), 群公告 and the broadcast-only note,
 * the history, and the composer with the message being replied to. New messages are marked read
 * while the tab is visible.
 */
export function ConversationPane({ conversationId, conversation, viewerId, onBack, onArrived, onRead }: Props) {
  const { t } = useTranslation();
  const chat = useChatMessages(conversationId, onArrived);
  const [replyTo, setReplyTo] = useState<ChatMessage | null>(null);
  const visible = usePageVisible();
  const error = describeError(chat.error, t);
  const liveError = describeError(chat.liveError, t);
  const pending = useMemo(() => visiblePending(chat.pending, chat.messages, viewerId), [chat.pending, chat.messages, viewerId]);

  // Read up to here (the list said nothing was unread: up to its last seq).
  const marked = useRef(conversation && conversation.unreadCount === 0 ? conversation.lastSeq : 0);
  const readRef = useRef(onRead);
  useEffect(() => {
    readRef.current = onRead;
  });
  const newest = chat.messages.at(-1) ?? null;
  useEffect(() => {
    if (!visible || !newest || newest.seq <= marked.current) return;
    const id = window.setTimeout(() => {
      marked.current = newest.seq;
      // Sending moved the viewer's cursor on the server already.
      if (newest.author.id !== viewerId) readRef.current(newest.seq);
    }, MARK_READ_DELAY_MS);
    return () => window.clearTimeout(id);
  }, [visible, newest, viewerId]);

  const title = conversation?.title ?? t('chat.untitled');
  const kind = conversation?.kind;

  return (
    <section className="tx-pane" aria-label={title} data-testid="conversation-pane">
      <header className="tx-pane-head">
        <Button type="text" className="tx-pane-back" icon={<ArrowLeftOutlined />} aria-label={t('chat.back')} onClick={onBack} />
        <Typography.Title level={3} className="tx-pane-title" ellipsis={{ tooltip: title }}>
          {title}
        </Typography.Title>
        {kind && (
          <Tag color={KIND_TAG_COLORS[kind]} className="tx-pane-kind">
            {t(`chat.kinds.${kind}`, { defaultValue: kind })}
          </Tag>
        )}
        <div className="tx-header-spacer" />
        <ChatLiveStatus />
      </header>
      {conversation?.pinnedNotice && (
        <Alert
          className="tx-pane-banner"
          type="info"
          showIcon
          icon={<NotificationOutlined />}
          title={t('chat.notice')}
          description={<span className="tx-pane-notice">{conversation.pinnedNotice}</span>}
          role="note"
          data-testid="pinned-notice"
        />
      )}
      {conversation?.broadcastOnly && (
        <Alert className="tx-pane-banner" type="warning" showIcon icon={<SoundOutlined />} title={t('chat.broadcastOnly')} role="note" data-testid="broadcast-only" />
      )}
      {error && (
        <div className="tx-pane-banner">
          <FormError error={error} />
        </div>
      )}
      {liveError && !error && <Alert className="tx-pane-banner" type="warning" showIcon title={t('chat.liveError')} description={liveError.message} />}
      {chat.loading ? (
        <div className="tx-msgs-wrap" role="status" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} style={{ padding: 16 }} />
        </div>
      ) : chat.messages.length === 0 && pending.length === 0 && !error ? (
        <div className="tx-msgs-wrap tx-msgs-empty">
          <Typography.Text type="secondary">{t('chat.noMessages')}</Typography.Text>
        </div>
      ) : (
        <MessageList
          messages={chat.messages}
          pending={pending}
          viewerId={viewerId}
          hasOlder={chat.hasOlder}
          loadingOlder={chat.loadingOlder}
          onLoadOlder={() => void chat.loadOlder()}
          onReply={setReplyTo}
          onRetry={chat.retry}
          onDiscard={chat.discard}
        />
      )}
      <Composer
        onSend={(body) => {
          chat.send(body, replyTo?.seq ?? null);
          setReplyTo(null);
        }}
        replyTo={replyTo}
        onCancelReply={() => setReplyTo(null)}
        disabled={chat.loading || (!!error && chat.messages.length === 0)}
      />
    </section>
  );
}
