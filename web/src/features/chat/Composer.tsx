import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import { Button, Input, Spin, Tag, Typography, type GetRef } from 'antd';
import { SendOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_BODY, checkBody, type ChatMessage } from './chat';
import { truncate } from '../../lib/format';
import {
  activeMention,
  insertMention,
  mentionOptions,
  resolveMentions,
  type MentionCandidate,
  type PickedMention,
} from './mentions';

/** What is sent besides the text: the members still mentioned in it, and @所有人. */
export interface ComposedMentions {
  mentionIds: string[];
  mentionAll: boolean;
}

/** A draft given back to the box (a send the server refused): its text and mentions. */
export interface ComposerDraft {
  body: string;
  mentions: PickedMention[];
}

export interface ComposerProps {
  /** Called with the text when it is sent (not empty, not too long); the box then empties. */
  onSend: (body: string, mentions: ComposedMentions) => void;
  /** The message being replied to: a chip above the box, removable. */
  replyTo?: ChatMessage | null;
  onCancelReply?: () => void;
  disabled?: boolean;
  /** Tools left of 发送 (attachments, @ mentions, …). */
  tools?: ReactNode;
  /** Above the box (the attachment being uploaded, why the last send was refused). */
  above?: ReactNode;
  /** May be sent without text (a file is attached). */
  allowEmpty?: boolean;
  /** 发送 waits (a file is being uploaded). */
  sendBlocked?: boolean;
  /**
   * Members offered after "@" (the conversation's); `undefined` turns mentions off. Asked for
   * with `onMentionStart` the first time an "@" is typed.
   */
  mentionMembers?: MentionCandidate[] | null;
  mentionLoading?: boolean;
  onMentionStart?: () => void;
  /** Admins also get 所有人. */
  canMentionAll?: boolean;
  viewerId?: string | null;
  /** Put back into an empty box when it changes. */
  restore?: ComposerDraft | null;
}

/**
 * The box to write a message: Enter sends, Shift+Enter starts a new line (and Enter while an
 * input method is composing does neither); the count of characters against the 2000 allowed,
 * with the reason when it is over. Typing "@" offers the conversation's members (arrows and
 * Enter or a tap choose; Esc closes); the choice goes in as "@姓名 " and is sent as a mention
 * while it stays in the text.
 */
export function Composer({
  onSend,
  replyTo,
  onCancelReply,
  disabled = false,
  tools,
  above,
  allowEmpty = false,
  sendBlocked = false,
  mentionMembers,
  mentionLoading = false,
  onMentionStart,
  canMentionAll = false,
  viewerId = null,
  restore = null,
}: ComposerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [focused, setFocused] = useState(false);
  const [picked, setPicked] = useState<PickedMention[]>([]);
  const [highlight, setHighlight] = useState(0);
  // The "@" (by its position) whose list was closed with Esc.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const box = useRef<GetRef<typeof Input.TextArea>>(null);
  const ids = useId();
  const countId = `${ids}-count`;
  const errorId = `${ids}-error`;
  const listId = `${ids}-mentions`;
  const check = checkBody(text);
  const canSend = !disabled && !sendBlocked && !check.tooLong && (!check.empty || allowEmpty);

  const mentionsOn = mentionMembers !== undefined;
  const active = mentionsOn && focused && !disabled ? activeMention(text, caret) : null;
  const listOpen = !!active && active.start !== dismissedAt;
  const options = listOpen ? mentionOptions(mentionMembers ?? [], active.query, { viewerId, canMentionAll }) : [];
  const current = Math.min(highlight, Math.max(0, options.length - 1));

  // Choosing 回复 puts the cursor in the box.
  useEffect(() => {
    if (replyTo) box.current?.focus();
  }, [replyTo]);

  // The first "@" asks for the members.
  const asked = useRef(false);
  useEffect(() => {
    if (listOpen && !asked.current) {
      asked.current = true;
      onMentionStart?.();
    }
  }, [listOpen, onMentionStart]);

  // A refused draft comes back into an empty box.
  const textRef = useRef(text);
  useEffect(() => {
    textRef.current = text;
  });
  useEffect(() => {
    if (!restore || textRef.current.trim()) return;
    setText(restore.body);
    setPicked(restore.mentions);
  }, [restore]);

  const textarea = () => box.current?.resizableTextArea?.textArea ?? null;

  const placeCaret = (pos: number) => {
    setCaret(pos);
    // After React has put the new text in.
    window.setTimeout(() => {
      const el = textarea();
      if (!el) return;
      el.focus();
      el.setSelectionRange(pos, pos);
    }, 0);
  };

  const choose = (option: PickedMention) => {
    if (!active) return;
    const next = insertMention(text, active.start, caret, option.name);
    setText(next.text);
    setPicked((p) => (p.some((x) => x.id === option.id) ? p : [...p, option]));
    setHighlight(0);
    placeCaret(next.caret);
  };

  const send = () => {
    if (!canSend) return;
    onSend(text, resolveMentions(text, picked));
    setText('');
    setPicked([]);
    setCaret(0);
    setDismissedAt(null);
  };

  const trackCaret = (e: SyntheticEvent<HTMLTextAreaElement>) => setCaret(e.currentTarget.selectionStart ?? 0);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const composing = e.nativeEvent.isComposing || e.keyCode === 229;
    if (listOpen && !composing) {
      if (e.key === 'Escape') {
        e.preventDefault();
        setDismissedAt(active?.start ?? null);
        return;
      }
      if (options.length > 0) {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const step = e.key === 'ArrowDown' ? 1 : -1;
          setHighlight((current + step + options.length) % options.length);
          return;
        }
        if (e.key === 'Enter' || e.key === 'Tab') {
          e.preventDefault();
          choose(options[current]);
          return;
        }
      }
    }
    if (e.key !== 'Enter' || e.shiftKey || composing) return;
    e.preventDefault();
    send();
  };

  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div className="tx-composer">
      {above}
      {replyTo && (
        <div className="tx-composer-reply">
          <Tag
            closable
            onClose={(e) => {
              e.preventDefault();
              onCancelReply?.();
            }}
            closeIcon={<span aria-label={t('chat.cancelReply')}>×</span>}
            data-testid="reply-chip"
          >
            {t('chat.replyingTo', {
              name: replyTo.author.name,
              text: replyTo.recalledAt ? t('chat.recalled') : truncate(replyTo.body, 40),
            })}
          </Tag>
        </div>
      )}
      <div className="tx-composer-main">
        <div className="tx-composer-box">
          {listOpen && (
            <div className="tx-mention-pop" data-testid="mention-picker">
              {mentionLoading && !mentionMembers ? (
                <div className="tx-mention-empty" role="status">
                  <Spin size="small" /> {t('common.loading')}
                </div>
              ) : options.length === 0 ? (
                <div className="tx-mention-empty">{t('chat.mention.none')}</div>
              ) : (
                <ul className="tx-mention-list" role="listbox" id={listId} aria-label={t('chat.mention.listLabel')}>
                  {options.map((o, i) => (
                    <li
                      key={o.id ?? '@all'}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === current}
                      className={`tx-mention-option${i === current ? ' tx-mention-option-active' : ''}`}
                      // Keep the focus (and the caret) in the box.
                      onMouseDown={(e) => e.preventDefault()}
                      onMouseEnter={() => setHighlight(i)}
                      onClick={() => choose(o)}
                    >
                      {o.id === null ? (
                        <>
                          <TeamOutlined aria-hidden /> <span>{t('chat.mention.all')}</span>
                          <Typography.Text type="secondary" className="tx-mention-hint">
                            {t('chat.mention.allHint')}
                          </Typography.Text>
                        </>
                      ) : (
                        <span>{o.name}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <Input.TextArea
            ref={box}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setCaret(e.target.selectionStart ?? e.target.value.length);
              setHighlight(0);
            }}
            onKeyDown={onKeyDown}
            onKeyUp={trackCaret}
            onClick={trackCaret}
            onSelect={trackCaret}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            aria-label={t('chat.composer.label')}
            aria-describedby={check.tooLong ? `${countId} ${errorId}` : countId}
            aria-invalid={check.tooLong || undefined}
            aria-controls={listOpen && options.length > 0 ? listId : undefined}
            aria-activedescendant={listOpen && options.length > 0 ? optionId(current) : undefined}
            placeholder={t('chat.composer.placeholder')}
            autoSize={{ minRows: 1, maxRows: 6 }}
            disabled={disabled}
            status={check.tooLong ? 'error' : undefined}
          />
        </div>
        {tools}
        <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={send} disabled={!canSend}>
          {t('chat.composer.send')}
        </Button>
      </div>
      <div className="tx-composer-foot">
        {check.tooLong ? (
          <Typography.Text type="danger" id={errorId} role="alert">
            {t('chat.composer.tooLong', { max: MAX_BODY, count: check.length })}
          </Typography.Text>
        ) : (
          <span />
        )}
        <Typography.Text
          type={check.tooLong ? 'danger' : 'secondary'}
          className="tx-composer-count"
          id={countId}
          data-testid="composer-count"
        >
          {t('chat.composer.count', { count: check.length, max: MAX_BODY })}
        </Typography.Text>
      </div>
    </div>
  );
}
