import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, Empty, Typography } from 'antd';
import { MessageOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ConversationQuery, MarkConversationReadMutation } from './operations';
import { describeError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { conversationTitle, type ChatMessage, type Conversation } from './chat';
import { useConversations } from './useConversations';
import { useDirectNames } from './useDirectNames';
import { refetchChatUnread } from './useChatUnreadTotal';
import { usePageVisible } from '../../lib/usePageVisible';
import { ConversationList, chatPath } from './ConversationList';
import { ConversationPane } from './ConversationPane';
import { CreateGroupDialog, DirectDialog } from './NewConversationDialogs';

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
  const [creating, setCreating] = useState<'group' | 'direct' | null>(null);
  const listed = conversationId ? (list.items.find((c) => c.id === conversationId) ?? null) : null;
  // Not (yet) in the list (just made, or further down): asked for on its own.
  const [one, refetchOne] = useQuery({
    query: ConversationQuery,
    variables: { id: conversationId ?? '' },
    pause: !conversationId || !!listed || !list.loaded,
    requestPolicy: 'network-only',
  });
  const selected = listed ?? (one.data?.conversation.id === conversationId ? one.data.conversation : null);
  const shown = useMemo(() => (selected && !listed ? [selected, ...list.items] : list.items), [selected, listed, list.items]);
  const directNames = useDirectNames(shown, viewerId);

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
  const onChanged = useCallback(
    (c: Conversation) => {
      if (list.items.some((x) => x.id === c.id)) patch(c.id, (x) => ({ ...x, ...c, unreadCount: x.unreadCount }));
      else refetchOne({ requestPolicy: 'network-only' });
    },
    [list.items, patch, refetchOne],
  );
  const onMembersChanged = useCallback(() => {
    // The viewer may have given up being an admin.
    void refresh();
    if (!listed) refetchOne({ requestPolicy: 'network-only' });
  }, [refresh, listed, refetchOne]);

  const opened = (c: Conversation) => {
    setCreating(null);
    void refresh();
    navigate(chatPath(c.id));
  };

  return (
    <div className={`tx-chat${conversationId ? ' tx-chat-open' : ''}`}>
      <aside className="tx-chat-side">
        <div className="tx-chat-side-head">
          <Typography.Title level={2} className="tx-chat-title">
            {t('nav.chat')}
          </Typography.Title>
          <div className="tx-chat-new">
            <Button size="small" icon={<UsergroupAddOutlined aria-hidden />} onClick={() => setCreating('group')}>
              {t('chat.create.group')}
            </Button>
            <Button size="small" icon={<MessageOutlined aria-hidden />} onClick={() => setCreating('direct')}>
              {t('chat.create.direct')}
            </Button>
          </div>
        </div>
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
          directNames={directNames}
        />
      </aside>
      <div className="tx-chat-main">
        {conversationId ? (
          <ConversationPane
            key={conversationId}
            conversationId={conversationId}
            conversation={selected}
            title={selected ? conversationTitle(selected, directNames) : undefined}
            viewerId={viewerId}
            onBack={() => navigate('/chat')}
            onArrived={onArrived}
            onRead={(seq) => void onRead(seq)}
            onChanged={onChanged}
            onMembersChanged={onMembersChanged}
            onLeft={() => {
              void refresh();
              navigate('/chat');
            }}
          />
        ) : (
          <div className="tx-chat-none">
            <Empty description={t('chat.select')} />
          </div>
        )}
      </div>
      <CreateGroupDialog open={creating === 'group'} viewerId={viewerId} onClose={() => setCreating(null)} onDone={opened} />
      <DirectDialog open={creating === 'direct'} viewerId={viewerId} onClose={() => setCreating(null)} onDone={opened} />
    </div>
  );
}
