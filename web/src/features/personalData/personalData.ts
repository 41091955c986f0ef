import type { PersonalDataExportStatus } from '../../gql/graphql';

/** The reason an administrator gives: 2–200 characters. */
export const REASON_MIN = 2;
export const REASON_MAX = 200;

/** How often the card asks again while an export is being produced. */
export const POLL_MS = 2000;

/** Whether an export is still being produced (the card polls and offers no new request). */
export const isActive = (status: PersonalDataExportStatus) => status === 'QUEUED' || status === 'RUNNING';

/** Tag colours per status. */
export const STATUS_COLORS: Record<PersonalDataExportStatus, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  READY: 'success',
  FAILED: 'error',
  EXPIRED: 'default',
};

/** A size in bytes as people read it (KB, MB). */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes == null) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether a reason is acceptable: 2–200 characters after trimming, no control characters. */
export function reasonProblem(raw: string): 'required' | 'short' | 'long' | 'control' | null {
  const s = raw.trim();
  if (!s) return 'required';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(s)) return 'control';
  const n = [...s].length;
  if (n < REASON_MIN) return 'short';
  if (n > REASON_MAX) return 'long';
  return null;
}

/** Where a PERSONAL_DATA notification leads: the viewer's exports. */
export function personalDataNotificationPath(n: { kind: string }): string | null {
  return n.kind === 'PERSONAL_DATA' ? '/settings/personal-data' : null;
}
