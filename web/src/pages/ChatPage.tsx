import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Empty, Typography } from 'antd';
import { useClient, useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { MarkConversationReadMutation } from '../api/operations';
import { describeError } from '../api/errors';
import { useViewer } from '../auth/viewer';
import type { ChatMessage } from '../lib/chat';
import { useConversations } from '../lib/useConversations';
import { refetchChatUnread } from '../lib/useChatUnreadTotal';
import { usePageVisible } from '../lib/usePageVisible';
import { ConversationList } from './chat/ConversationList';
import { ConversationPane } from './chat/ConversationPane';

/**
 * 消息 (`/chat`, `/chat/:conversationId`): the conversation list beside the open conversation;
 * on a phone they are two screens (the list, then the conversation with a back button).
 */
export default function ChatPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useClient();
  const { conversationId = null } = useParams();
  const { viewer } = useViewer();
  const viewerId = viewer.member?.id ?? null;
  const list = useConversations();
  const [, markRead] = useMutation(MarkConversationReadMutation);
  const visible = usePageVisible();
  const selected = conversationId ? (list.items.find((c) => c.id === conversationId) ?? null) : null;

  const { arrived, patch, refresh } = list;
  const onArrived = useCallback(
    (newest: ChatMessage) => arrived(newest, { viewerId, open: true }),
    [arrived, viewerId],
  );
  const onRead = useCallback(
    async (seq: number) => {
      if (!conversationId) return;
      patch(conversationId, (c) => ({ ...c, unreadCount: 0 }));
      const res = await markRead({ input: { conversationId, seq } });
      // The navigation badge follows; a refusal shows again on the next refresh of the list.
      refetchChatUnread(client);
      if (res.error) void refresh();
    },
    [conversationId, patch, markRead, client, refresh],
  );

  return (
    <div className={`tx-chat${conversationId ? ' tx-chat-open' : ''}`}>
      <aside className="tx-chat-side">
        <Typography.Title level={2} className="tx-chat-title">
          {t('nav.chat')}
        </Typography.Title>
        <ConversationList
          items={list.items}
          loading={list.loading}
          loaded={list.loaded}
          error={describeError(list.error, t)}
          hasNextPage={list.hasNextPage}
          onLoadMore={list.loadMore}
          onRetry={list.retry}
          selectedId={conversationId}
          reading={visible}
          viewerId={viewerId}
        />
      </aside>
      <div className="tx-chat-main">
        {conversationId ? (
          <ConversationPane
            key={conversationId}
            conversationId={conversationId}
            conversation={selected}
            viewerId={viewerId}
            onBack={() => navigate('/chat')}
            onArrived={onArrived}
            onRead={(seq) => void onRead(seq)}
          />
        ) : (
          <div className="tx-chat-none">
            <Empty description={t('chat.select')} />
          </div>
        )}
      </div>
    </div>
  );
}
