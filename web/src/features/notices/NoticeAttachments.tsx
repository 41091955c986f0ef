import type { MouseEvent } from 'react';
import { FileOutlined, PictureOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { NoticeQuery } from '../../gql/graphql';
import { formatSize } from '../../lib/upload';

type Attachment = NoticeQuery['notice']['attachments'][number];

/** Links older than this are asked for again before use (they are signed for five minutes). */
export const LINK_FRESH_MS = 4 * 60_000;

interface Props {
  files: Attachment[];
  /** When the links were loaded. */
  loadedAt: number;
  /** Loads the notice again; resolves to the fresh links. */
  refresh: () => Promise<Attachment[] | null>;
}

/** A notice's attachments as download links; a stale link is fetched again first. */
export function NoticeAttachments({ files, loadedAt, refresh }: Props) {
  const { t } = useTranslation();
  if (files.length === 0) return null;

  const open = async (e: MouseEvent, f: Attachment) => {
    if (Date.now() - loadedAt < LINK_FRESH_MS) return;
    e.preventDefault();
    const fresh = (await refresh())?.find((x) => x.id === f.id);
    if (fresh) window.location.assign(fresh.url);
  };

  return (
    <section className="tx-notice-files" aria-labelledby="notice-files-title">
      <h3 id="notice-files-title" className="tx-notice-section-title">
        {t('notices.fields.attachments')}
      </h3>
      <ul className="tx-notice-file-list">
        {files.map((f) => (
          <li key={f.id}>
            {f.isImage ? <PictureOutlined aria-hidden /> : <FileOutlined aria-hidden />}
            <a
              href={f.url}
              download={f.name}
              target="_blank"
              rel="noopener noreferrer"
              className="tx-notice-file-name"
              aria-label={t('chat.attachment.downloadName', { name: f.name })}
              onClick={(e) => void open(e, f)}
            >
              {f.name}
            </a>
            <span className="tx-notice-file-size">{formatSize(f.size)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
