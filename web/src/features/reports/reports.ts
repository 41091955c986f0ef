import type { ReportAction, ReportStatus } from '../../gql/graphql';
import { detailGlobalId, detailObject } from '../../lib/notificationDetail';

/**
 * The pure parts of 检举控告: the enums in the order the pages offer them, receipt codes as typed
 * and as shown, the evidence files' limits and their upload, and where a notification leads.
 */

/** 待受理 … 予以了结 (`reports.statuses.*`), in the order of handling. */
export const REPORT_STATUSES: ReportStatus[] = [
  'RECEIVED',
  'ACCEPTED',
  'NOT_ACCEPTED',
  'TRANSFERRED',
  'TALK_INQUIRY',
  'PRELIMINARY_VERIFICATION',
  'SHELVED',
  'CONCLUDED',
];

/** 受理 … 予以了结 (`reports.actions.*`), in the order a handler meets them. */
export const REPORT_ACTIONS: ReportAction[] = ['ACCEPT', 'NOT_ACCEPT', 'TRANSFER', 'TALK_INQUIRY', 'PRELIMINARY_VERIFICATION', 'SHELVE', 'CONCLUDE'];

/** Actions the server takes only with a note: 不予受理 (the reason), 转办 (to whom and why). */
export const NOTE_REQUIRED_ACTIONS: ReportAction[] = ['NOT_ACCEPT', 'TRANSFER'];

/** Statuses in which handling has ended (a result feedback is then due). */
export const CLOSED_STATUSES: ReportStatus[] = ['NOT_ACCEPTED', 'TRANSFERRED', 'CONCLUDED'];

export const STATUS_COLORS: Record<ReportStatus, string> = {
  RECEIVED: 'processing',
  ACCEPTED: 'cyan',
  NOT_ACCEPTED: 'default',
  TRANSFERRED: 'purple',
  TALK_INQUIRY: 'geekblue',
  PRELIMINARY_VERIFICATION: 'orange',
  SHELVED: 'gold',
  CONCLUDED: 'success',
};

/** Actions that end or refuse the handling, shown as dangerous buttons. */
export const DANGER_ACTIONS: ReportAction[] = ['NOT_ACCEPT'];

export function noteRequired(action: ReportAction): boolean {
  return NOTE_REQUIRED_ACTIONS.includes(action);
}

export function isClosed(status: ReportStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** Longest title, body, message and handling note the server takes, in characters. */
export const MAX_TITLE = 100;
export const MAX_BODY = 20_000;
export const MAX_MESSAGE = 5_000;
export const MAX_NOTE = 2_000;
/** Evidence files on one report, and the largest one. */
export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Page size of the lists. */
export const REPORT_PAGE = 20;

/** Digits of a receipt code. */
export const RECEIPT_DIGITS = 20;

/**
 * A typed receipt code as its 20 digits (spaces, hyphens and full-width digits as an input method
 * types them are accepted); null when it has not that shape.
 */
export function normalizeReceipt(raw: string): string | null {
  if (raw.length > 64) return null;
  const code = raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\s\u3000\-\u2010-\u2015\uFF0D]/g, '');
  return code.length === RECEIPT_DIGITS && /^\d+$/.test(code) ? code : null;
}

/** A receipt code in groups of four, as shown to the reporter (text of another shape unchanged). */
export function formatReceipt(code: string): string {
  const digits = normalizeReceipt(code);
  return digits ? digits.replace(/(\d{4})(?=\d)/g, '$1 ') : code;
}

/** Megabytes with one decimal. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A failed evidence upload: the server's code and message when it said something. */
export class ReportUploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReportUploadError';
  }
}

/**
 * Uploads one evidence file (`POST /reports/files`, the raw bytes, the session cookie); its token
 * for `submitReport`'s `fileTokens`.
 */
export async function uploadReportFile(file: File, fetchFn: typeof fetch = fetch): Promise<string> {
  let res: Response;
  try {
    res = await fetchFn('/reports/files?name=' + encodeURIComponent(file.name), {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
      credentials: 'same-origin',
    });
  } catch {
    throw new ReportUploadError('NETWORK', '');
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const o = (body ?? {}) as { token?: unknown; error?: { code?: unknown; message?: unknown } };
  if (res.ok && typeof o.token === 'string' && o.token !== '') return o.token;
  const code = typeof o.error?.code === 'string' ? o.error.code : res.status === 413 ? 'TOO_LARGE' : 'UNKNOWN';
  const message = typeof o.error?.message === 'string' ? o.error.message : '';
  throw new ReportUploadError(code, message);
}

/**
 * Where a WHISTLEBLOWING notification leads: a real-name reporter's news (`detail.mine`) to 我的检举控告,
 * a handler's to the case (`detail.reportId`).
 */
export function reportNotificationPath(n: { kind: string; detail: unknown }): string | null {
  if (n.kind !== 'WHISTLEBLOWING') return null;
  if (detailObject(n.detail)?.mine === true) return '/reports/mine';
  const id = detailGlobalId(n.detail, 'reportId', 'ReportCase');
  return id ? `/reports/cases/${encodeURIComponent(id)}` : '/reports/cases';
}
