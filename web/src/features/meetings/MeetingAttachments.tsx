import type { MouseEvent } from 'react';
import { FileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatSize } from '../../lib/upload';
import type { Meeting } from './useMeeting';
import { LINK_FRESH_MS } from '../notices/NoticeAttachments';

type Attachment = Meeting['attachments'][number];

/** The minutes' attachments as download links; a stale link is fetched again first. */
export function MeetingAttachments({
  files,
  loadedAt,
  refresh,
}: {
  files: Attachment[];
  loadedAt: number;
  refresh: () => Promise<Attachment[] | null>;
}) {
  const { t } = useTranslation();
  if (files.length === 0) return null;

  const open = async (e: MouseEvent, f: Attachment) => {
    if (Date.now() - loadedAt < LINK_FRESH_MS) return;
    e.preventDefault();
    const fresh = (await refresh())?.find((x) => x.fileId === f.fileId);
    if (fresh) window.location.assign(fresh.url);
  };

  return (
    <ul className="tx-notice-file-list" aria-label={t('meetings.minutes.attachments')}>
      {files.map((f) => (
        <li key={f.fileId}>
          <FileOutlined aria-hidden />
          <a
            href={f.url}
            download={f.fileName}
            target="_blank"
            rel="noopener noreferrer"
            className="tx-notice-file-name"
            aria-label={t('chat.attachment.downloadName', { name: f.fileName })}
            onClick={(e) => void open(e, f)}
          >
            {f.fileName}
          </a>
          <span className="tx-notice-file-size">{formatSize(f.size)}</span>
        </li>
      ))}
    </ul>
  );
}
