import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Input, Tag, Typography, type GetRef } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_BODY, checkBody, type ChatMessage } from '../../lib/chat';
import { truncate } from '../../lib/format';

export interface ComposerProps {
  /** Called with the text when it is sent (not empty, not too long); the box then empties. */
  onSend: (body: string) => void;
  /** The message being replied to: a chip above the box, removable. */
  replyTo?: ChatMessage | null;
  onCancelReply?: () => void;
  disabled?: boolean;
  /** Tools left of 发送 (attachments, @ mentions, …). */
  tools?: ReactNode;
}

/**
 * The box to write a message: Enter sends, Shift+Enter starts a new line (and Enter while an
 * input method is composing does neither); the count of characters against the 2000 allowed,
 * with the reason when it is over.
 */
export function Composer({ onSend, replyTo, onCancelReply, disabled = false, tools }: ComposerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const box = useRef<GetRef<typeof Input.TextArea>>(null);
  const ids = useId();
  const countId = `${ids}-count`;
  const errorId = `${ids}-error`;
  const check = checkBody(text);
  const canSend = !disabled && !check.empty && !check.tooLong;

  // Choosing 回复 puts the cursor in the box.
  useEffect(() => {
    if (replyTo) box.current?.focus();
  }, [replyTo]);

  const send = () => {
    if (!canSend) return;
    onSend(text);
    setText('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    send();
  };

  return (
    <div className="tx-composer">
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
        <Input.TextArea
          ref={box}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-label={t('chat.composer.label')}
          aria-describedby={check.tooLong ? `${countId} ${errorId}` : countId}
          aria-invalid={check.tooLong || undefined}
          placeholder={t('chat.composer.placeholder')}
          autoSize={{ minRows: 1, maxRows: 6 }}
          disabled={disabled}
          status={check.tooLong ? 'error' : undefined}
        />
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
