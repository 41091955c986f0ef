import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Input, Popover, Tooltip, Typography } from 'antd';
import { BoldOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { editorValue, safeLink } from '../../lib/richText';

interface Props {
  id?: string;
  value?: string;
  onChange?: (html: string) => void;
  placeholder?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
}

type Command = 'bold' | 'italic' | 'heading' | 'insertOrderedList' | 'insertUnorderedList';

function exec(command: string, value?: string): void {
  // execCommand is what every browser still implements for contentEditable editing.
  if (typeof document.execCommand === 'function') document.execCommand(command, false, value);
}

function isHeading(): boolean {
  try {
    return /^h[1-6]$/i.test(String(document.queryCommandValue('formatBlock') ?? '').replace(/[<>]/g, ''));
  } catch {
    return false;
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A small rich-text editor for notice bodies: a contentEditable area with 加粗, 斜体, 标题,
 * 有序/无序列表 and 链接 (http, https and mailto only). It hands on HTML ('' when empty); pasted
 * content comes in as plain text, and the server sanitises the body again.
 */
export function RichTextEditor({ id, value, onChange, placeholder, ...aria }: Props) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  // The HTML last handed on (or set from outside): an echo of it must not reset the caret.
  const last = useRef<string | null>(null);
  const saved = useRef<Range | null>(null);
  const [active, setActive] = useState<Record<Command, boolean>>({
    bold: false,
    italic: false,
    heading: false,
    insertOrderedList: false,
    insertUnorderedList: false,
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [link, setLink] = useState('');
  const [linkError, setLinkError] = useState(false);

  useEffect(() => {
    const el = area.current;
    const next = value ?? '';
    if (el && next !== last.current) {
      el.innerHTML = next;
      last.current = next;
    }
  }, [value]);

  const inside = (node: Node | null) => !!node && !!area.current && area.current.contains(node);

  const refresh = () => {
    const sel = document.getSelection();
    if (!sel || !inside(sel.anchorNode)) return;
    const state = (c: string) => {
      try {
        return document.queryCommandState(c);
      } catch {
        return false;
      }
    };
    setActive({
      bold: state('bold'),
      italic: state('italic'),
      heading: isHeading(),
      insertOrderedList: state('insertOrderedList'),
      insertUnorderedList: state('insertUnorderedList'),
    });
  };

  useEffect(() => {
    document.addEventListener('selectionchange', refresh);
    return () => document.removeEventListener('selectionchange', refresh);
  });

  const emit = () => {
    const el = area.current;
    if (!el) return;
    const html = editorValue(el.innerHTML);
    last.current = html;
    onChange?.(html);
  };

  const run = (c: Command) => {
    area.current?.focus();
    if (c === 'heading') exec('formatBlock', isHeading() ? '<p>' : '<h3>');
    else exec(c);
    emit();
    refresh();
  };

  const openLink = (open: boolean) => {
    if (open) {
      const sel = document.getSelection();
      saved.current = sel && sel.rangeCount > 0 && inside(sel.anchorNode) ? sel.getRangeAt(0).cloneRange() : null;
      setLink('');
      setLinkError(false);
    }
    setLinkOpen(open);
  };

  const insertLink = () => {
    const url = safeLink(link);
    if (!url) {
      setLinkError(true);
      return;
    }
    const el = area.current;
    if (!el) return;
    el.focus();
    const sel = document.getSelection();
    if (sel) {
      sel.removeAllRanges();
      if (saved.current) sel.addRange(saved.current);
      else {
        const end = document.createRange();
        end.selectNodeContents(el);
        end.collapse(false);
        sel.addRange(end);
      }
    }
    if (!sel || sel.isCollapsed) exec('insertHTML', `<a href="${escapeHtml(url)}">${escapeHtml(link.trim())}</a>`);
    else exec('createLink', url);
    setLinkOpen(false);
    emit();
  };

  const tool = (c: Command, label: string, icon: ReactNode) => (
    <Tooltip title={label}>
      <Button
        type={active[c] ? 'primary' : 'text'}
        ghost={active[c]}
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={active[c]}
        // Keep the selection in the text while the button is pressed.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => run(c)}
      />
    </Tooltip>
  );

  const onLinkKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      insertLink();
    }
  };

  return (
    <div className={`tx-rte${aria['aria-invalid'] ? ' tx-rte-invalid' : ''}`}>
      <div className="tx-rte-toolbar" role="toolbar" aria-label={t('notices.editor.toolbar')}>
        {tool('bold', t('notices.editor.bold'), <BoldOutlined />)}
        {tool('italic', t('notices.editor.italic'), <ItalicOutlined />)}
        {tool('heading', t('notices.editor.heading'), <span className="tx-rte-h" aria-hidden>H</span>)}
        {tool('insertOrderedList', t('notices.editor.orderedList'), <OrderedListOutlined />)}
        {tool('insertUnorderedList', t('notices.editor.bulletList'), <UnorderedListOutlined />)}
        <Popover
          trigger="click"
          open={linkOpen}
          onOpenChange={openLink}
          title={t('notices.editor.link')}
          content={
            <div className="tx-rte-link">
              <Input
                autoFocus
                value={link}
                onChange={(e) => {
                  setLink(e.target.value);
                  setLinkError(false);
                }}
                onKeyDown={onLinkKey}
                placeholder="https://"
                aria-label={t('notices.editor.linkUrl')}
                status={linkError ? 'error' : undefined}
              />
              {linkError && (
                <Typography.Text type="danger" role="alert">
                  {t('notices.editor.badLink')}
                </Typography.Text>
              )}
              <Button type="primary" size="small" onClick={insertLink}>
                {t('notices.editor.insertLink')}
              </Button>
            </div>
          }
        >
          <Tooltip title={t('notices.editor.link')}>
            <Button type="text" size="small" icon={<LinkOutlined />} aria-label={t('notices.editor.link')} onMouseDown={(e) => e.preventDefault()} />
          </Tooltip>
        </Popover>
      </div>
      <div
        id={id}
        ref={area}
        className="tx-rte-area tx-notice-body"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline
        aria-label={aria['aria-label']}
        aria-invalid={aria['aria-invalid']}
        data-placeholder={placeholder}
        tabIndex={0}
        onFocus={() => exec('defaultParagraphSeparator', 'p')}
        onInput={emit}
        onBlur={emit}
        onPaste={(e) => {
          // Formatting pasted from Word or web pages is dropped: plain text only.
          e.preventDefault();
          exec('insertText', e.clipboardData.getData('text/plain'));
          emit();
        }}
        onKeyUp={refresh}
        onMouseUp={refresh}
      />
    </div>
  );
}
