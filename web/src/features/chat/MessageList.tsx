import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button, Spin, Typography } from 'antd';
import { ArrowDownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeError, errorText } from '../../api/errors';
import type { CombinedError } from 'urql';
import { findBySeq, formatChatTime, groupMessages, recallNotice, type ChatMessage } from './chat';
import type { ChatPending } from './useChatMessages';
import { formatSize } from '../../lib/upload';
import { AttachmentView } from './AttachmentView';
import { MessageActions } from './MessageActions';
import { MessageItem } from './MessageItem';

/** How long a message jumped to (from search) stays marked. */
const FLASH_MS = 2000;

/** Closer than this to the top loads older messages; to the bottom counts as "at the bottom". */
const EDGE_PX = 48;

interface Props {
  messages: ChatMessage[];
  pending: ChatPending[];
  viewerId: string | null | undefined;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  onReply: (m: ChatMessage) => void;
  onRetry: (clientMessageId: string) => void;
  onDiscard: (clientMessageId: string) => void;
  conversationId: string;
  viewerIsAdmin: boolean;
  /** Recalls a message; resolves to the server's refusal. */
  onRecall: (seq: number) => Promise<CombinedError | null>;
  /** Scroll to this message and mark it a moment (`key` repeats a jump to the same one). */
  focus?: { seq: number; key: number } | null;
}

/**
 * The history, oldest at the top, in runs per author under name and time (the viewer's on the
 * right), then what is being sent. Scrolling to the top (or 加载更早的消息) loads older
 * messages without moving what is on screen; new messages scroll into view when the reader is at
 * the bottom, else 有新消息 leads there.
 */
export function MessageList({
  messages,
  pending,
  viewerId,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  onReply,
  onRetry,
  onDiscard,
  conversationId,
  viewerIsAdmin,
  onRecall,
  focus = null,
}: Props) {
  const { t } = useTranslation();
  const [flash, setFlash] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  // Where the reader was before older messages went in above.
  const anchor = useRef<{ height: number; top: number } | null>(null);
  const shape = useRef({ first: 0, last: 0, pending: 0 });
  const [newBelow, setNewBelow] = useState(false);
  const groups = useMemo(() => groupMessages(messages, viewerId), [messages, viewerId]);

  const toBottom = useCallback(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
    atBottom.current = true;
    setNewBelow(false);
  }, []);

  const older = useCallback(() => {
    const el = scroller.current;
    if (!hasOlder || loadingOlder) return;
    if (el) anchor.current = { height: el.scrollHeight, top: el.scrollTop };
    onLoadOlder();
  }, [hasOlder, loadingOlder, onLoadOlder]);

  useLayoutEffect(() => {
    const el = scroller.current;
    const first = messages[0]?.seq ?? 0;
    const last = messages.at(-1)?.seq ?? 0;
    const before = shape.current;
    shape.current = { first, last, pending: pending.length };
    if (!el) return;
    if (anchor.current && first !== before.first && before.first !== 0) {
      // Older messages went in above: keep the same ones on screen.
      el.scrollTop = el.scrollHeight - anchor.current.height + anchor.current.top;
      anchor.current = null;
      return;
    }
    const grew = last > before.last || pending.length > before.pending;
    if (!grew) return;
    const newest = messages.at(-1);
    const mine = pending.length > before.pending || (!!newest && newest.author.id === viewerId && last > before.last);
    if (before.last === 0 || atBottom.current || mine) toBottom();
    else setNewBelow(true);
  }, [messages, pending.length, viewerId, toBottom]);

  // A page that came back empty or failed: forget the anchor.
  useLayoutEffect(() => {
    if (!loadingOlder) anchor.current = null;
  }, [loadingOlder]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < EDGE_PX;
    if (atBottom.current && newBelow) setNewBelow(false);
    if (el.scrollTop < EDGE_PX && hasOlder && !loadingOlder && el.scrollHeight > el.clientHeight) older();
  };

  const jumpTo = useCallback((seq: number) => {
    const target = scroller.current?.querySelector<HTMLElement>(`[data-seq="${seq}"]`);
    target?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    return !!target;
  }, []);

  // A search result: scroll to it once it is rendered, and mark it.
  const focusKey = focus ? `${focus.seq}:${focus.key}` : null;
  const held = messages.some((m) => m.seq === focus?.seq);
  useEffect(() => {
    if (!focus || !held) return;
    if (!jumpTo(focus.seq)) return;
    setFlash(focus.seq);
    const id = window.setTimeout(() => setFlash(null), FLASH_MS);
    return () => window.clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, held, jumpTo]);

  return (
    <div className="tx-msgs-wrap">
      <div className="tx-msgs" ref={scroller} onScroll={onScroll} data-testid="message-scroller">
        <div className="tx-msgs-top">
          {hasOlder ? (
            <Button size="small" type="link" onClick={older} loading={loadingOlder}>
              {t('chat.loadOlder')}
            </Button>
          ) : (
            messages.length > 0 && (
              <Typography.Text type="secondary" className="tx-msgs-start">
                {t('chat.historyStart')}
              </Typography.Text>
            )
          )}
        </div>
        <div role="log" aria-label={t('chat.log')} aria-live="polite" aria-relevant="additions">
          {groups.map((g) => (
            <section key={g.key} className={`tx-msg-group${g.own ? ' tx-msg-group-own' : ''}`} data-testid="message-group">
              <header className="tx-msg-group-head">
                {g.own ? <span className="tx-sr-only">{t('chat.you')}</span> : <span className="tx-msg-author">{g.authorName}</span>}
                <time dateTime={g.at} className="tx-msg-time">
                  {formatChatTime(g.at)}
                </time>
              </header>
              <ul className="tx-msg-items">
                {g.messages.map((m) => {
                  const recall = recallNotice(m, viewerId);
                  return (
                    <MessageItem
                      key={m.id}
                      message={m}
                      own={g.own}
                      quoted={findBySeq(messages, m.replyToSeq)}
                      onQuoteClick={jumpTo}
                      onReply={() => onReply(m)}
                      mentioned={m.mentionsViewer && !g.own}
                      recalledText={recall ? t(recall.key, { name: recall.name }) : undefined}
                      flash={flash === m.seq}
                      content={m.attachment ? <AttachmentView attachment={m.attachment} /> : null}
                      actions={
                        <MessageActions message={m} conversationId={conversationId} viewerId={viewerId} viewerIsAdmin={viewerIsAdmin} onRecall={onRecall} />
                      }
                      footer={
                        g.own && m.readCount && !m.recalledAt ? (
                          <span className="tx-msg-read" data-testid="read-count">
                            {t('chat.readCount', { read: m.readCount.read, of: m.readCount.of })}
                          </span>
                        ) : null
                      }
                    />
                  );
                })}
              </ul>
            </section>
          ))}
          {pending.length > 0 && (
            <section className="tx-msg-group tx-msg-group-own" data-testid="pending-group">
              <ul className="tx-msg-items">
                {pending.map((p) => {
                  const info = p.status === 'failed' ? describeError(p.error, t) : null;
                  return (
                    <MessageItem
                      key={p.clientMessageId}
                      message={{ seq: null, body: p.body, createdAt: p.createdAt, replyToSeq: p.replyToSeq }}
                      content={
                        p.file ? (
                          <div className="tx-att-file tx-att-pending" data-testid="pending-attachment">
                            {t('chat.attachment.pending', { name: p.file.name, size: formatSize(p.file.size) })}
                          </div>
                        ) : null
                      }
                      own
                      quoted={findBySeq(messages, p.replyToSeq)}
                      status={p.status}
                      error={info ? [errorText(info), ...Object.values(info.fields)].filter((x, i, a) => a.indexOf(x) === i).join(' ') : null}
                      onRetry={() => onRetry(p.clientMessageId)}
                      onDiscard={() => onDiscard(p.clientMessageId)}
                    />
                  );
                })}
              </ul>
            </section>
          )}
        </div>
        {loadingOlder && messages.length === 0 && <Spin />}
      </div>
      {newBelow && (
        <Button className="tx-msgs-new" size="small" shape="round" icon={<ArrowDownOutlined aria-hidden />} onClick={toBottom}>
          {t('chat.newMessages')}
        </Button>
      )}
    </div>
  );
}
