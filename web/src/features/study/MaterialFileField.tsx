import { useEffect, useRef } from 'react';
import { Button, Progress, Typography } from 'antd';
import { CloseOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PendingFile } from '../../lib/upload';
import { ACCEPT, formatSize } from '../../lib/upload';
import { useUploads } from '../../lib/useUploads';

interface Props {
  id?: string;
  /** The uploaded file (its id goes to `fileId`). */
  value?: PendingFile | null;
  onChange?: (file: PendingFile | null) => void;
  /** Whether an upload is under way (the dialog waits for it). */
  onBusy?: (busy: boolean) => void;
}

/**
 * A file material's one file: checked against the server's rules, then uploaded at once with
 * progress (`beginUpload`, PUT, `completeUpload` when asked). Choosing again replaces it.
 */
export function MaterialFileField({ id, value, onChange, onBusy }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const uploads = useUploads((file) => onChange?.(file));
  const busy = uploads.uploading > 0;
  useEffect(() => onBusy?.(busy), [busy, onBusy]);
  // Leaving (another kind chosen) stops the upload: nothing is under way any more.
  useEffect(() => () => onBusy?.(false), [onBusy]);

  return (
    <div className="tx-notice-files" id={id}>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="tx-sr-only"
        tabIndex={-1}
        aria-hidden
        data-testid="study-file-input"
        onChange={(e) => {
          const chosen = Array.from(e.target.files ?? []).slice(0, 1);
          e.target.value = '';
          if (chosen.length === 0) return;
          uploads.tasks.forEach((task) => uploads.dismiss(task.key));
          onChange?.(null);
          uploads.add(chosen, 1, '');
        }}
      />
      <Button icon={<UploadOutlined aria-hidden />} onClick={() => input.current?.click()} disabled={busy}>
        {value ? t('study.file.replace') : t('study.file.choose')}
      </Button>
      {(value || uploads.tasks.length > 0) && (
        <ul className="tx-notice-file-list" aria-label={t('study.fields.file')}>
          {value && (
            <li data-testid="study-file" data-status="ready">
              <FileOutlined aria-hidden />
              <span className="tx-notice-file-name">{t('chat.attachment.ready', { name: value.name, size: formatSize(value.size) })}</span>
              <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('study.file.remove', { name: value.name })} onClick={() => onChange?.(null)} />
            </li>
          )}
          {uploads.tasks.map((task) => (
            <li key={task.key} data-testid="study-file" data-status={task.status}>
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
