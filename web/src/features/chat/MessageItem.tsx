import type { ReactNode } from 'react';
import { Button } from 'antd';
import { ExclamationCircleFilled, LoadingOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime, truncate } from '../../lib/format';
import type { ChatMessage } from './chat';
import { splitMentions } from './mentions';

const QUOTE_CHARS = 60;

/** What one bubble shows: a stored message, or one being sent (no seq yet). */
export interface MessageItemData {
  seq: number | null;
  body: string;
  createdAt: string;
  replyToSeq?: number | null;
  recalledAt?: string | null;
}

export interface MessageItemProps {
  message: MessageItemData;
  own: boolean;
  /** The message replied to, when it is loaded (else the quote says 回复 #seq). */
  quoted?: ChatMessage | null;
  /** A pending send: `sending`, or `failed` with why. */
  status?: 'sending' | 'failed';
  error?: string | null;
  onReply?: () => void;
  onRetry?: () => void;
  onDiscard?: () => void;
  /** Jumps to the quoted message. */
  onQuoteClick?: (seq: number) => void;
  /** More actions next to 回复 (recall, report, …). */
  actions?: ReactNode;
  /** Below the bubble (read counts, attachments, …). */
  footer?: ReactNode;
  /** In the bubble below the text (an attachment). */
  content?: ReactNode;
  /** It mentions the viewer (by name or @所有人): highlighted. */
  mentioned?: boolean;
  /** What a recalled message says in its place (who recalled it); 消息已撤回 by default. */
  recalledText?: string;
  /** Briefly marked (a search result jumped to). */
  flash?: boolean;
}

/** The text with "@姓名" runs styled. */
function Body({ text }: { text: string }) {
  const parts = splitMentions(text);
  return (
    <div className="tx-msg-body">
      {parts.map((p, i) =>
        p.mention ? (
          <span key={i} className="tx-mention">
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </div>
  );
}

/** The quote of the message replied to. */
function Quote({ seq, quoted, onClick }: { seq: number; quoted: ChatMessage | null | undefined; onClick?: (seq: number) => void }) {
  const { t } = useTranslation();
  const text = quoted
    ? t('chat.replyQuote', {
        name: quoted.author.name,
        text: quoted.recalledAt ? t('chat.recalled') : truncate(quoted.body, QUOTE_CHARS),
      })
    : t('chat.replySeq', { seq });
  return onClick && quoted ? (
    <button type="button" className="tx-msg-quote" onClick={() => onClick(seq)} data-testid="message-quote">
      {text}
    </button>
  ) : (
    <div className="tx-msg-quote" data-testid="message-quote">
      {text}
    </div>
  );
}

/**
 * One message: its bubble (the text, or 消息已撤回 once recalled; the quote of a reply), 回复 and
 * any further actions, and for a message being sent its state with 重试 / 删除 when it failed.
 */
export function MessageItem({
  message: m,
  own,
  quoted,
  status,
  error,
  onReply,
  onRetry,
  onDiscard,
  onQuoteClick,
  actions,
  footer,
  content,
  mentioned = false,
  recalledText,
  flash = false,
}: MessageItemProps) {
  const { t } = useTranslation();
  const recalled = !!m.recalledAt;
  const classes = ['tx-msg', own ? 'tx-msg-own' : 'tx-msg-other'];
  if (status) classes.push(`tx-msg-${status}`);
  if (recalled) classes.push('tx-msg-is-recalled');
  if (mentioned && !recalled) classes.push('tx-msg-mentioned');
  if (flash) classes.push('tx-msg-flash');

  return (
    <li className={classes.join(' ')} data-testid={m.seq ? `message-${m.seq}` : 'message-pending'} data-seq={m.seq ?? undefined}>
      <div className="tx-msg-row">
        <div className="tx-msg-bubble" title={formatDateTime(m.createdAt)}>
          {m.replyToSeq ? <Quote seq={m.replyToSeq} quoted={quoted} onClick={onQuoteClick} /> : null}
          {mentioned && !recalled && (
            <span className="tx-msg-mention-tag" data-testid="mention-tag">
              {t('chat.mentionedYou')}
            </span>
          )}
          {recalled ? (
            <span className="tx-msg-recalled" data-testid="recall-notice">
              {recalledText ?? t('chat.recalled')}
            </span>
          ) : (
            <>
              {m.body ? <Body text={m.body} /> : null}
              {content}
            </>
          )}
        </div>
        {status === 'sending' && (
          <span className="tx-msg-state" role="status">
            <LoadingOutlined aria-hidden />
            <span className="tx-sr-only">{t('chat.sending')}</span>
          </span>
        )}
        {!status && !recalled && (onReply || actions) && (
          <div className="tx-msg-actions">
            {onReply && (
              <Button size="small" type="text" icon={<RollbackOutlined aria-hidden />} onClick={onReply}>
                {t('chat.reply')}
              </Button>
            )}
            {actions}
          </div>
        )}
      </div>
      {status === 'failed' && (
        <div className="tx-msg-failed-line" role="alert">
          <ExclamationCircleFilled aria-hidden />
          <span>
            {t('chat.failed')}
            {error ? `：${error}` : ''}
          </span>
          <Button size="small" type="link" onClick={onRetry}>
            {t('chat.retry')}
          </Button>
          <Button size="small" type="link" danger onClick={onDiscard}>
            {t('chat.discard')}
          </Button>
        </div>
      )}
      {footer}
    </li>
  );
}
