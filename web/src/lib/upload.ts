import type { Client } from 'urql';
import { BeginUploadMutation, CompleteUploadMutation } from '../api/operations';

/**
 * Files for chat: the server's rules checked before uploading (same types, sizes and words),
 * then `beginUpload`, a PUT of the bytes with progress, and `completeUpload` when asked for.
 */

/** An uploaded file a message, a notice or minutes are sent with. */
export interface PendingFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isImage: boolean;
}

const MIB = 1024 * 1024;
/** Largest image (PNG, JPEG, GIF, WebP). */
export const MAX_IMAGE_BYTES = 10 * MIB;
/** Largest other file. */
export const MAX_FILE_BYTES = 50 * MIB;
/** Longest file name, in characters. */
export const MAX_FILE_NAME = 200;

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const DOCUMENT_TYPES = [
  'application/pdf',
  'text/plain',
  'application/zip',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
] as const;

/** Types by extension, for browsers that leave `File.type` empty (or name ZIPs oddly). */
const BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  zip: 'application/zip',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** What the file input offers to choose. */
export const ACCEPT = [...IMAGE_TYPES, ...DOCUMENT_TYPES, ...Object.keys(BY_EXTENSION).map((e) => `.${e}`)].join(',');

/** A translation key (`chat.upload.*`) with its values: why a file cannot be sent. */
export interface UploadProblem {
  key: 'chat.upload.badName' | 'chat.upload.badType' | 'chat.upload.empty' | 'chat.upload.tooLargeImage' | 'chat.upload.tooLargeFile';
  values?: Record<string, string | number>;
}

export type UploadCheck = { ok: true; name: string; contentType: string; isImage: boolean } | { ok: false; problem: UploadProblem };

function isImage(type: string): boolean {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

/** The content type to announce: the browser's (without parameters), else by extension. */
export function contentTypeOf(file: { name: string; type: string }): string {
  const own = file.type.split(';')[0].trim().toLowerCase();
  if (own && (isImage(own) || (DOCUMENT_TYPES as readonly string[]).includes(own))) return own;
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  return BY_EXTENSION[ext] ?? own;
}

/** Megabytes with one decimal, as the server writes them. */
export function megabytes(size: number): string {
  return (size / MIB).toFixed(1);
}

/** A size for people: 字节, KB or MB. */
export function formatSize(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < MIB) return `${(size / 1024).toFixed(1)} KB`;
  return `${megabytes(size)} MB`;
}

/**
 * The server's checks before anything is sent: a name of 1–200 characters, an accepted type,
 * not empty, images ≤ 10 MB and other files ≤ 50 MB.
 */
export function checkUpload(file: { name: string; type: string; size: number }): UploadCheck {
  const base = file.name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!name || Array.from(name).length > MAX_FILE_NAME) return { ok: false, problem: { key: 'chat.upload.badName' } };
  const contentType = contentTypeOf(file);
  const image = isImage(contentType);
  if (!image && !(DOCUMENT_TYPES as readonly string[]).includes(contentType)) return { ok: false, problem: { key: 'chat.upload.badType' } };
  if (file.size <= 0) return { ok: false, problem: { key: 'chat.upload.empty' } };
  const limit = image ? MAX_IMAGE_BYTES : MAX_FILE_BYTES;
  if (file.size > limit) {
    return {
      ok: false,
      problem: { key: image ? 'chat.upload.tooLargeImage' : 'chat.upload.tooLargeFile', values: { size: megabytes(file.size), max: limit / MIB } },
    };
  }
  return { ok: true, name, contentType, isImage: image };
}

/** Whether `url` is on this site (the API's own upload route): it then needs the session cookie. */
export function isSameOrigin(url: string, origin: string = window.location.origin): boolean {
  try {
    return new URL(url, origin).origin === origin;
  } catch {
    return false;
  }
}

/** A failure of the upload itself (the PUT), with the server's words when it gave any. */
export class UploadError extends Error {
  readonly kind: 'network' | 'http' | 'aborted' | 'api';
  constructor(kind: 'network' | 'http' | 'aborted' | 'api', message: string) {
    super(message);
    this.kind = kind;
  }
}

export interface PutOptions {
  headers: { name: string; value: string }[];
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/**
 * PUTs `body` to `url` with XMLHttpRequest (for upload progress). The API's own route is
 * same-origin and takes the session cookie like every other API call (`credentials:
 * 'include'`, i.e. `withCredentials`); a presigned S3 URL needs no credentials.
 */
export function putFile(url: string, method: string, body: Blob, { headers, onProgress, signal }: PutOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method || 'PUT', url);
    xhr.withCredentials = isSameOrigin(url);
    for (const h of headers) xhr.setRequestHeader(h.name, h.value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(100);
        resolve();
        return;
      }
      let message = '';
      try {
        const parsed = JSON.parse(xhr.responseText) as { error?: { message?: string; fields?: Record<string, string> | null } };
        const fields = parsed.error?.fields ? Object.values(parsed.error.fields) : [];
        message = fields[0] ?? parsed.error?.message ?? '';
      } catch {
        message = '';
      }
      reject(new UploadError('http', message || `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new UploadError('network', ''));
    xhr.onabort = () => reject(new UploadError('aborted', ''));
    if (signal) {
      if (signal.aborted) {
        xhr.abort();
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(body);
  });
}

/** The first message of a GraphQL error (the server words its checks in Chinese). */
function apiMessage(error: { graphQLErrors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined): string {
  const first = error?.graphQLErrors?.[0];
  const fields = first?.extensions?.fields;
  if (fields && typeof fields === 'object') {
    const v = Object.values(fields as Record<string, unknown>).find((x) => typeof x === 'string');
    if (typeof v === 'string') return v;
  }
  return first?.message ?? '';
}

/**
 * Uploads a checked file: `beginUpload`, the PUT (progress 0–100), then `completeUpload` when
 * the target needs it. Resolves to the file, ready to attach.
 */
export async function uploadFile(
  client: Client,
  file: File,
  checked: { name: string; contentType: string },
  { onProgress, signal }: { onProgress?: (percent: number) => void; signal?: AbortSignal } = {},
): Promise<PendingFile> {
  const begun = await client
    .mutation(BeginUploadMutation, { input: { name: checked.name, contentType: checked.contentType, size: file.size } })
    .toPromise();
  const target = begun.data?.beginUpload;
  if (!target) throw new UploadError(begun.error?.networkError ? 'network' : 'api', apiMessage(begun.error));
  if (signal?.aborted) throw new UploadError('aborted', '');
  onProgress?.(0);
  await putFile(target.url, target.method, file, { headers: target.headers, onProgress, signal });
  let ready = target.file;
  if (target.needsCompletion) {
    const done = await client.mutation(CompleteUploadMutation, { fileId: target.file.id }).toPromise();
    if (!done.data?.completeUpload) throw new UploadError(done.error?.networkError ? 'network' : 'api', apiMessage(done.error));
    ready = done.data.completeUpload;
  }
  return { id: ready.id, name: ready.name, contentType: ready.contentType, size: ready.size, isImage: ready.isImage };
}
