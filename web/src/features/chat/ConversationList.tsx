import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, Empty, Input, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import type { AppErrorInfo } from '../../api/errors';
import { KIND_TAG_COLORS, conversationTitle, filterConversations, formatChatTime, type Conversation } from './chat';
import { truncate } from '../../lib/format';

const PREVIEW_CHARS = 40;

export function chatPath(id: string): string {
  return `/chat/${encodeURIComponent(id)}`;
}

interface RowProps {
  conversation: Conversation;
  selected: boolean;
  /** Its unread count is not shown (it is open and being read). */
  reading: boolean;
  viewerId: string | null | undefined;
  title: string;
}

/** One conversation: title, kind, latest message and when, unread count. */
function ConversationRow({ conversation: c, selected, reading, viewerId, title }: RowProps) {
  const { t } = useTranslation();
  const last = c.lastMessage;
  const unread = reading ? 0 : c.unreadCount;
  const preview = last
    ? t('chat.preview', {
        name: last.author.id === viewerId ? t('chat.you') : last.author.name,
        // A message with only a file has no text.
        text: last.recalledAt ? t('chat.recalled') : last.body.trim() ? truncate(last.body, PREVIEW_CHARS) : t('chat.attachment.listPreview'),
      })
    : t('chat.noPreview');
  return (
    <li className={`tx-conv${selected ? ' tx-conv-selected' : ''}${unread > 0 ? ' tx-conv-unread' : ''}`} data-testid={`conversation-${c.id}`}>
      <Link to={chatPath(c.id)} className="tx-conv-link" aria-current={selected ? 'page' : undefined}>
        <span className="tx-conv-top">
          <span className="tx-conv-title">{title}</span>
          <Tag color={KIND_TAG_COLORS[c.kind]} className="tx-conv-kind">
            {t(`chat.kinds.${c.kind}`, { defaultValue: c.kind })}
          </Tag>
          <span className="tx-header-spacer" />
          {last && (
            <time className="tx-conv-time" dateTime={last.createdAt}>
              {formatChatTime(last.createdAt)}
            </time>
          )}
        </span>
        <span className="tx-conv-bottom">
          <span className="tx-conv-preview">{preview}</span>
          {unread > 0 && (
            <span data-testid="conversation-unread" className="tx-conv-badge">
              <Badge count={unread} overflowCount={99} aria-hidden />
              <span className="tx-sr-only">{t('chat.unread', { count: unread })}</span>
            </span>
          )}
        </span>
      </Link>
    </li>
  );
}

interface Props {
  items: Conversation[];
  loading: boolean;
  loaded: boolean;
  error: AppErrorInfo | null;
  hasNextPage: boolean;
  onLoadMore: () => void;
  onRetry: () => void;
  selectedId: string | null;
  /** The open conversation's unread count is hidden while it is read. */
  reading: boolean;
  viewerId: string | null | undefined;
  /** The other member's name of direct chats (titled 私聊 by the server), by conversation id. */
  directNames?: Readonly<Record<string, string>>;
}

const NO_NAMES: Readonly<Record<string, string>> = {};

/** The viewer's conversations with a search over the loaded titles and 加载更多. */
export function ConversationList({ items, loading, loaded, error, hasNextPage, onLoadMore, onRetry, selectedId, reading, viewerId, directNames = NO_NAMES }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const titled = useMemo(() => items.map((c) => ({ c, title: conversationTitle(c, directNames) })), [items, directNames]);
  const shown = filterConversations(titled, query);

  return (
    <div className="tx-convs">
      <div className="tx-convs-search">
        <Input.Search allowClear placeholder={t('chat.search')} aria-label={t('chat.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {error && (
        <div className="tx-convs-error">
          <FormError error={error} />
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </div>
      )}
      <div className="tx-convs-scroll">
        {!loaded && loading ? (
          <div role="status" aria-label={t('common.loading')} style={{ padding: 12 }}>
            <Skeleton active paragraph={{ rows: 5 }} />
          </div>
        ) : items.length === 0 ? (
          !error && <Empty className="tx-convs-empty" description={t('chat.empty')} />
        ) : shown.length === 0 ? (
          <Empty className="tx-convs-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.noMatch')} />
        ) : (
          <ul className="tx-conv-list" aria-label={t('nav.chat')}>
            {shown.map(({ c, title }) => (
              <ConversationRow
                key={c.id}
                conversation={c}
                title={title}
                selected={c.id === selectedId}
                reading={reading && c.id === selectedId}
                viewerId={viewerId}
              />
            ))}
          </ul>
        )}
        {hasNextPage && (
          <div className="tx-inbox-more">
            <Button onClick={onLoadMore} loading={loading}>
              {t('chat.loadMore')}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
