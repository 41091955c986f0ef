import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import type { PendingFile } from '../../lib/upload';
import { UploadError, checkUpload, uploadFile } from '../../lib/upload';

/** The file chosen for the next message: being uploaded, ready to send, or refused. */
export type AttachmentState =
  | { status: 'idle' }
  | { status: 'uploading'; name: string; percent: number }
  | { status: 'ready'; file: PendingFile }
  | { status: 'error'; name: string; message: string };

/**
 * A file for the composer: checked against the server's rules at once (the same messages),
 * then uploaded with progress; `clear` drops it (and stops an upload under way).
 */
export function useAttachment() {
  const client = useClient();
  const { t } = useTranslation();
  const [state, setState] = useState<AttachmentState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const choose = useCallback(
    async (file: File) => {
      abort.current?.abort();
      const checked = checkUpload(file);
      if (!checked.ok) {
        setState({ status: 'error', name: file.name, message: t(checked.problem.key, checked.problem.values) });
        return;
      }
      const controller = new AbortController();
      abort.current = controller;
      setState({ status: 'uploading', name: checked.name, percent: 0 });
      try {
        const ready = await uploadFile(client, file, checked, {
          signal: controller.signal,
          onProgress: (percent) => {
            if (!controller.signal.aborted) setState({ status: 'uploading', name: checked.name, percent });
          },
        });
        if (controller.signal.aborted) return;
        setState({ status: 'ready', file: ready });
      } catch (e) {
        if (controller.signal.aborted) return;
        const reason = e instanceof UploadError && e.message ? e.message : e instanceof UploadError && e.kind === 'network' ? t('errors.NETWORK') : '';
        setState({
          status: 'error',
          name: checked.name,
          message: reason ? t('chat.upload.failed', { reason }) : t('chat.upload.failedPlain'),
        });
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [client, t],
  );

  const clear = useCallback(() => {
    abort.current?.abort();
    abort.current = null;
    setState({ status: 'idle' });
  }, []);

  /** Puts an uploaded file back (its message was refused: it can be sent again). */
  const restore = useCallback((file: PendingFile) => {
    abort.current?.abort();
    abort.current = null;
    setState({ status: 'ready', file });
  }, []);

  return { state, choose, clear, restore };
}
