import { useEffect, useRef } from 'react';
import { Button, Progress, Typography } from 'antd';
import { CloseOutlined, FileOutlined, PaperClipOutlined, PictureOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PendingFile } from '../../lib/upload';
import { MAX_ATTACHMENTS } from './notices';
import { ACCEPT, formatSize } from '../../lib/upload';
import { useUploads } from '../../lib/useUploads';

interface Props {
  id?: string;
  /** The uploaded files (their ids go to `attachmentIds`). */
  value?: PendingFile[];
  onChange?: (files: PendingFile[]) => void;
  /** Whether an upload is under way (the form waits for it). */
  onBusy?: (busy: boolean) => void;
}

/** A notice's attachments: 添加附件 (several at once, at most 10), each uploaded with progress. */
export function AttachmentsField({ id, value = [], onChange, onBusy }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  // Uploads finish one by one: each adds to the latest list.
  const files = useRef(value);
  useEffect(() => {
    files.current = value;
  }, [value]);
  const uploads = useUploads((file) => {
    files.current = [...files.current, file];
    onChange?.(files.current);
  });
  const busy = uploads.uploading > 0;
  useEffect(() => onBusy?.(busy), [busy, onBusy]);
  const room = MAX_ATTACHMENTS - value.length - uploads.uploading;

  return (
    <div className="tx-notice-files" id={id}>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="tx-sr-only"
        tabIndex={-1}
        aria-hidden
        data-testid="notice-attach-input"
        onChange={(e) => {
          const chosen = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (chosen.length > 0) uploads.add(chosen, room, t('notices.compose.tooManyFiles', { max: MAX_ATTACHMENTS }));
        }}
      />
      <Button icon={<PaperClipOutlined aria-hidden />} onClick={() => input.current?.click()} disabled={room <= 0}>
        {t('notices.compose.attach', { count: value.length, max: MAX_ATTACHMENTS })}
      </Button>
      {(value.length > 0 || uploads.tasks.length > 0) && (
        <ul className="tx-notice-file-list" aria-label={t('notices.fields.attachments')}>
          {value.map((f) => (
            <li key={f.id} data-testid="notice-file">
              {f.isImage ? <PictureOutlined aria-hidden /> : <FileOutlined aria-hidden />}
              <span className="tx-notice-file-name">{t('chat.attachment.ready', { name: f.name, size: formatSize(f.size) })}</span>
              <Button
                size="small"
                type="text"
                icon={<CloseOutlined />}
                aria-label={t('notices.compose.removeFile', { name: f.name })}
                onClick={() => onChange?.(value.filter((x) => x.id !== f.id))}
              />
            </li>
          ))}
          {uploads.tasks.map((task) => (
            <li key={task.key} data-status={task.status}>
              <FileOutlined aria-hidden />
              {task.status === 'uploading' ? (
                <span className="tx-notice-file-name">
                  {t('chat.attachment.uploading', { name: task.name })}
                  <Progress percent={task.percent} size="small" status="active" aria-label={t('chat.attachment.progress')} />
                </span>
              ) : (
                <Typography.Text type="danger" role="alert" className="tx-notice-file-name">
                  {task.name}：{task.message}
                </Typography.Text>
              )}
              <Button
                size="small"
                type="text"
                icon={<CloseOutlined />}
                aria-label={task.status === 'uploading' ? t('common.cancel') : t('chat.attachment.remove')}
                onClick={() => uploads.dismiss(task.key)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
