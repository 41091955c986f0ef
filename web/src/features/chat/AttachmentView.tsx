import { useCallback, useRef, useState, type MouseEvent } from 'react';
import { Image } from 'antd';
import { DownloadOutlined, FileOutlined } from '@ant-design/icons';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { FileUrlQuery } from '../../api/operations';
import type { ChatMessage } from './chat';
import { formatSize } from '../../lib/upload';

type Attachment = NonNullable<ChatMessage['attachment']>;

/** Download links are valid for five minutes: one older than this is asked for again first. */
export const URL_FRESH_MS = 4 * 60_000;

/**
 * The link of an attachment, asked for again (`file(id)`) when it may have expired: `get()`
 * resolves to a link fit to use now.
 */
function useFreshUrl(attachment: Attachment) {
  const client = useClient();
  // The link and when it was had; a new copy of the message (a reload) brings a new link.
  const [link, setLink] = useState(() => ({ url: attachment.url, at: Date.now(), given: attachment.url }));
  if (link.given !== attachment.url) setLink({ url: attachment.url, at: Date.now(), given: attachment.url });

  const get = useCallback(
    async (force = false): Promise<string> => {
      if (!force && Date.now() - link.at < URL_FRESH_MS) return link.url;
      const res = await client.query(FileUrlQuery, { id: attachment.id }, { requestPolicy: 'network-only' }).toPromise();
      const fresh = res.data?.file.url;
      if (!fresh) return link.url;
      setLink((l) => ({ ...l, url: fresh, at: Date.now() }));
      return fresh;
    },
    [client, attachment.id, link],
  );
  return { url: link.url, get };
}

/** An image: a thumbnail that opens a larger preview. */
function ImageAttachment({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const { url, get } = useFreshUrl(attachment);
  const [open, setOpen] = useState(false);
  const retried = useRef(false);
  return (
    <div className="tx-att-image" data-testid="attachment-image">
      <Image
        src={url}
        alt={attachment.name}
        width={180}
        style={{ maxHeight: 180, objectFit: 'cover' }}
        onError={() => {
          // The link expired before the image was shown: ask once for a fresh one.
          if (retried.current) return;
          retried.current = true;
          void get(true);
        }}
        preview={{
          open,
          onOpenChange: (next: boolean) => {
            if (!next) {
              setOpen(false);
              return;
            }
            void get().then(() => setOpen(true));
          },
          src: url,
        }}
      />
      <span className="tx-sr-only">{t('chat.attachment.image', { name: attachment.name })}</span>
    </div>
  );
}

/** Another file: its name, size and a download link. */
function FileAttachment({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const { url, get } = useFreshUrl(attachment);
  const onClick = async (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const fresh = await get();
    const a = document.createElement('a');
    a.href = fresh;
    a.download = attachment.name;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  return (
    <div className="tx-att-file" data-testid="attachment-file">
      <FileOutlined className="tx-att-file-icon" aria-hidden />
      <div className="tx-att-file-main">
        <div className="tx-att-file-name">{attachment.name}</div>
        <div className="tx-att-file-size">{formatSize(attachment.size)}</div>
      </div>
      <a href={url} download={attachment.name} onClick={(e) => void onClick(e)} className="tx-att-file-link" aria-label={t('chat.attachment.downloadName', { name: attachment.name })}>
        <DownloadOutlined aria-hidden /> {t('chat.attachment.download')}
      </a>
    </div>
  );
}

/** A message's attachment: images inline, other files as a card. */
export function AttachmentView({ attachment }: { attachment: Attachment }) {
  return attachment.isImage ? <ImageAttachment attachment={attachment} /> : <FileAttachment attachment={attachment} />;
}
