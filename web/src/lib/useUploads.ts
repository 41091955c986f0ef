import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import type { PendingFile } from './upload';
import { UploadError, checkUpload, uploadFile } from './upload';

/** A file being uploaded, or one refused (ready files are the field's value). */
export type UploadTask =
  | { key: string; status: 'uploading'; name: string; percent: number }
  | { key: string; status: 'error'; name: string; message: string };

let nextKey = 0;

/**
 * Several files at once (a notice's attachments): each is checked against the server's rules,
 * then uploaded with progress like a chat attachment (`beginUpload`, PUT, `completeUpload` when
 * asked). `onReady` receives each uploaded file; `tasks` are those under way or refused.
 * Files beyond `room` are refused at once.
 */
export function useUploads(onReady: (file: PendingFile) => void) {
  const client = useClient();
  const { t } = useTranslation();
  const [tasks, setTasks] = useState<UploadTask[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  });
  useEffect(() => {
    const all = controllers.current;
    return () => all.forEach((c) => c.abort());
  }, []);

  const update = (key: string, task: UploadTask | null) =>
    setTasks((list) => (task ? list.map((x) => (x.key === key ? task : x)) : list.filter((x) => x.key !== key)));

  const add = useCallback(
    (files: File[], room: number, tooMany: string) => {
      files.forEach((file, i) => {
        const key = `up-${++nextKey}`;
        if (i >= room) {
          setTasks((list) => [...list, { key, status: 'error', name: file.name, message: tooMany }]);
          return;
        }
        const checked = checkUpload(file);
        if (!checked.ok) {
          setTasks((list) => [...list, { key, status: 'error', name: file.name, message: t(checked.problem.key, checked.problem.values) }]);
          return;
        }
        const controller = new AbortController();
        controllers.current.set(key, controller);
        setTasks((list) => [...list, { key, status: 'uploading', name: checked.name, percent: 0 }]);
        uploadFile(client, file, checked, {
          signal: controller.signal,
          onProgress: (percent) => {
            if (!controller.signal.aborted) update(key, { key, status: 'uploading', name: checked.name, percent });
          },
        })
          .then((done) => {
            if (controller.signal.aborted) return;
            update(key, null);
            ready.current(done);
          })
          .catch((e: unknown) => {
            if (controller.signal.aborted) return;
            const reason =
              e instanceof UploadError && e.message ? e.message : e instanceof UploadError && e.kind === 'network' ? t('errors.NETWORK') : '';
            update(key, {
              key,
              status: 'error',
              name: checked.name,
              message: reason ? t('chat.upload.failed', { reason }) : t('chat.upload.failedPlain'),
            });
          })
          .finally(() => controllers.current.delete(key));
      });
    },
    [client, t],
  );

  /** Drops a task (and stops its upload). */
  const dismiss = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    controllers.current.delete(key);
    update(key, null);
  }, []);

  const uploading = tasks.filter((x) => x.status === 'uploading').length;
  return { tasks, add, dismiss, uploading };
}
