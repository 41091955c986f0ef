import { useEffect, useRef } from 'react';
import { Button, Progress, Typography } from 'antd';
import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PendingFile } from '../../lib/upload';
import { useUploads } from '../../lib/useUploads';
import { MAX_PHOTOS } from './grid';

interface Props {
  id?: string;
  /** The uploaded photos (their ids go to `photoFileIds`). */
  value?: PendingFile[];
  onChange?: (files: PendingFile[]) => void;
  /** Whether an upload is under way (the form waits for it). */
  onBusy?: (busy: boolean) => void;
}

/**
 * Photos from the phone's camera (or its gallery): `capture="environment"` opens the rear camera on
 * phones; each photo is uploaded at once (`beginUpload`, PUT, `completeUpload`), at most 9.
 */
export function PhotosField({ id, value = [], onChange, onBusy }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
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
  const room = MAX_PHOTOS - value.length - uploads.uploading;

  return (
    <div className="tx-grid-photos" id={id}>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        className="tx-sr-only"
        tabIndex={-1}
        aria-hidden
        data-testid="grid-photo-input"
        onChange={(e) => {
          const chosen = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (chosen.length > 0) uploads.add(chosen, room, t('grid.photos.tooMany', { max: MAX_PHOTOS }));
        }}
      />
      <Button icon={<CameraOutlined aria-hidden />} onClick={() => input.current?.click()} disabled={room <= 0}>
        {t('grid.photos.add', { count: value.length, max: MAX_PHOTOS })}
      </Button>
      {(value.length > 0 || uploads.tasks.length > 0) && (
        <ul className="tx-notice-file-list" aria-label={t('grid.fields.photos')}>
          {value.map((f) => (
            <li key={f.id} data-testid="grid-photo">
              <span className="tx-notice-file-name">{f.name}</span>
              <Button
                size="small"
                type="text"
                icon={<CloseOutlined />}
                aria-label={t('grid.photos.remove', { name: f.name })}
                onClick={() => onChange?.(value.filter((x) => x.id !== f.id))}
              />
            </li>
          ))}
          {uploads.tasks.map((task) => (
            <li key={task.key} data-status={task.status}>
              {task.status === 'uploading' ? (
                <span className="tx-notice-file-name">
                  {t('chat.attachment.uploading', { name: task.name })}
                  <Progress percent={task.percent} size="small" status="active" aria-label={t('chat.attachment.progress')} />
                </span>
              ) : (
                <Typography.Text type="danger" role="alert" className="tx-notice-file-name">
                  {task.name}：{task.message}
                  <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('common.close')} onClick={() => uploads.dismiss(task.key)} />
                </Typography.Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
