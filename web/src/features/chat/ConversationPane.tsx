import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Progress, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, FileOutlined, NotificationOutlined, PaperClipOutlined, PictureOutlined, SoundOutlined } from '@ant-design/icons';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { ConversationMembersQuery } from './operations';
import { describeError, serverErrorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { formatDateTime } from '../../lib/format';
import { KIND_TAG_COLORS, visiblePending, type ChatMessage, type Conversation } from './chat';
import { MENTION_ALL_NAME, type MentionCandidate, type PickedMention } from './mentions';
import { ACCEPT, formatSize } from '../../lib/upload';
import { useAttachment } from './useAttachment';
import { useChatMessages } from './useChatMessages';
import { usePageVisible } from '../../lib/usePageVisible';
import { ChatLiveStatus } from './ChatLiveStatus';
import { Composer, type ComposerDraft } from './Composer';
import { ConversationMenu } from './ConversationMenu';
import { MembersDrawer } from './MembersDrawer';
import { MessageList } from './MessageList';
import { SearchDrawer } from './SearchDrawer';

/** New messages are marked read this long after they arrive (a burst is marked once). */
export const MARK_READ_DELAY_MS = 400;
/** Members offered after "@" (the first of the conversation; the server gives 200 at most). */
export const MENTION_MEMBERS = 200;

interface Props {
  conversationId: string;
  /** The row of the list, when loaded (title, kind, notice, broadcast-only, admin). */
  conversation: Conversation | null;
  /** The title to show (a direct chat: the other member's name). */
  title?: string;
  viewerId: string | null | undefined;
  /** Back to the list (phones, where list and pane are two screens). */
  onBack: () => void;
  /** A newer message is here (live or sent), or one changed (recalled): the list follows. */
  onArrived: (newest: ChatMessage) => void;
  /** Everything up to `seq` has been on screen. */
  onRead: (seq: number) => void;
  /** Its settings changed here (notice, name, broadcast-only). */
  onChanged?: (c: Conversation) => void;
  /** The viewer left it (a custom group). */
  onLeft?: () => void;
  /** Its members or admins changed (the viewer's own role may have). */
  onMembersChanged?: () => void;
}

/** The members to offer after "@", asked for the first time one is typed. */
function useMentionMembers(conversationId: string) {
  const client = useClient();
  const [members, setMembers] = useState<MentionCandidate[] | null>(null);
  const [loading, setLoading] = useState(false);
  const load = useCallback(() => {
    setLoading(true);
    void client
      .query(ConversationMembersQuery, { conversationId, first: MENTION_MEMBERS, offset: 0 })
      .toPromise()
      .then((res) => {
        setLoading(false);
        setMembers(res.data ? res.data.conversationMembers.items.map((m) => ({ id: m.id, name: m.name })) : []);
      });
  }, [client, conversationId]);
  return { members, loading, load };
}

/**
 * An open conversation: header (title, kind, live status, the menu), 群公告 and the
 * broadcast-only note, the history, and the composer with the message being replied to, @
 * mentions and an attachment. New messages are marked read while the tab is visible.
 */
export function ConversationPane({ conversationId, conversation, title: shownTitle, viewerId, onBack, onArrived, onRead, onChanged, onLeft, onMembersChanged }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const chat = useChatMessages(conversationId, onArrived);
  const [replyTo, setReplyTo] = useState<ChatMessage | null>(null);
  const [panel, setPanel] = useState<'members' | 'search' | null>(null);
  const [focus, setFocus] = useState<{ seq: number; key: number } | null>(null);
  const visible = usePageVisible();
  const error = describeError(chat.error, t);
  const liveError = describeError(chat.liveError, t);
  const pending = useMemo(() => visiblePending(chat.pending, chat.messages, viewerId), [chat.pending, chat.messages, viewerId]);
  const mention = useMentionMembers(conversationId);
  const attachment = useAttachment();
  const fileInput = useRef<HTMLInputElement>(null);
  const viewerIsAdmin = !!conversation?.viewerIsAdmin;

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

  // A refused send: its reason above the box, its text (and mentions) back in it.
  const refusal = chat.refusal;
  const restore = useMemo<ComposerDraft | null>(() => {
    if (!refusal) return null;
    const p = refusal.pending;
    const names = new Map((mention.members ?? []).map((m) => [m.id, m.name]));
    const mentions: PickedMention[] = (p.mentionIds ?? []).flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : []));
    if (p.mentionAll) mentions.push({ id: null, name: MENTION_ALL_NAME });
    return { body: p.body, mentions };
    // Only a new refusal restores.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refusal]);

  // The refused message's file comes back too, unless another was chosen meanwhile.
  const { restore: restoreFile } = attachment;
  const idle = attachment.state.status === 'idle';
  const idleRef = useRef(idle);
  useEffect(() => {
    idleRef.current = idle;
  });
  useEffect(() => {
    const file = refusal?.pending.file;
    if (file && idleRef.current) restoreFile(file);
  }, [refusal, restoreFile]);

  const title = shownTitle ?? conversation?.title ?? t('chat.untitled');
  const kind = conversation?.kind;
  const att = attachment.state;

  const pick = async (m: ChatMessage) => {
    setPanel(null);
    const held = await chat.loadTo(m.seq);
    if (held) setFocus({ seq: m.seq, key: Date.now() });
    else void message.info(t('chat.find.tooOld', { time: formatDateTime(m.createdAt) }));
  };

  const attachmentChip =
    att.status === 'idle' ? null : (
      <div className={`tx-composer-att tx-composer-att-${att.status}`} data-testid="composer-attachment" data-status={att.status}>
        {att.status === 'uploading' && (
          <>
            <span className="tx-composer-att-name">{t('chat.attachment.uploading', { name: att.name })}</span>
            <Progress percent={att.percent} size="small" status="active" aria-label={t('chat.attachment.progress')} />
          </>
        )}
        {att.status === 'ready' && (
          <span className="tx-composer-att-name">
            {att.file.isImage ? <PictureOutlined aria-hidden /> : <FileOutlined aria-hidden />}{' '}
            {t('chat.attachment.ready', { name: att.file.name, size: formatSize(att.file.size) })}
          </span>
        )}
        {att.status === 'error' && (
          <Typography.Text type="danger" role="alert" className="tx-composer-att-name">
            {att.message}
          </Typography.Text>
        )}
        <Button size="small" type="link" onClick={attachment.clear}>
          {att.status === 'uploading' ? t('common.cancel') : t('chat.attachment.remove')}
        </Button>
      </div>
    );

  const refusalAlert = refusal ? (
    <Alert
      className="tx-composer-refusal"
      type="error"
      showIcon
      closable={{ onClose: chat.dismissRefusal, 'aria-label': t('common.close') }}
      title={t('chat.refused')}
      description={serverErrorText(refusal.error, t) ?? t('errors.UNKNOWN')}
      role="alert"
      data-testid="composer-refusal"
    />
  ) : null;

  const tools = (
    <>
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPT}
        className="tx-sr-only"
        tabIndex={-1}
        aria-hidden
        data-testid="attach-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void attachment.choose(file);
        }}
      />
      <Tooltip title={t('chat.attachment.attach')}>
        <Button
          icon={<PaperClipOutlined aria-hidden />}
          aria-label={t('chat.attachment.attach')}
          onClick={() => fileInput.current?.click()}
          disabled={chat.loading || att.status === 'uploading'}
        />
      </Tooltip>
    </>
  );

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
        <ConversationMenu
          conversation={conversation}
          onMembers={() => setPanel('members')}
          onSearch={() => setPanel('search')}
          onUpdated={(c) => onChanged?.(c)}
        />
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
          conversationId={conversationId}
          viewerIsAdmin={viewerIsAdmin}
          onRecall={chat.recall}
          focus={focus}
        />
      )}
      <Composer
        onSend={(body, mentions) => {
          chat.send(body, replyTo?.seq ?? null, { ...mentions, file: att.status === 'ready' ? att.file : null });
          setReplyTo(null);
          // The file went with it (or could not be sent): the chip goes.
          if (att.status === 'ready' || att.status === 'error') attachment.clear();
        }}
        replyTo={replyTo}
        onCancelReply={() => setReplyTo(null)}
        disabled={chat.loading || (!!error && chat.messages.length === 0)}
        tools={tools}
        above={
          <>
            {refusalAlert}
            {attachmentChip}
          </>
        }
        allowEmpty={att.status === 'ready'}
        sendBlocked={att.status === 'uploading'}
        mentionMembers={mention.members}
        mentionLoading={mention.loading}
        onMentionStart={mention.load}
        canMentionAll={viewerIsAdmin && kind !== 'DIRECT'}
        viewerId={viewerId}
        restore={restore}
      />
      {panel === 'members' && conversation && (
        <MembersDrawer
          open
          onClose={() => setPanel(null)}
          conversationId={conversationId}
          kind={conversation.kind}
          viewerIsAdmin={viewerIsAdmin}
          viewerId={viewerId}
          onLeft={() => {
            setPanel(null);
            onLeft?.();
          }}
          onChanged={onMembersChanged}
        />
      )}
      {panel === 'search' && <SearchDrawer open onClose={() => setPanel(null)} conversationId={conversationId} onPick={(m) => void pick(m)} />}
    </section>
  );
}
