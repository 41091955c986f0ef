import type { ViewerInfo } from '../../auth/viewer';
import type { TransferLetterFieldsFragment, TransferLetterStatus } from '../../gql/graphql';

export type TransferLetter = TransferLetterFieldsFragment;

/** Issue, cancel and accept letters: `member:write` tenant-wide or in at least one org. */
export const MEMBER_WRITE = 'member:write';

export const LETTER_STATUSES: TransferLetterStatus[] = ['ISSUED', 'EXPIRED', 'ACCEPTED', 'CANCELLED'];

/** The lines a letter may be for. */
export const TRANSFER_LINES = ['PARTY', 'UNION', 'YOUTH'] as const;
export type TransferLine = (typeof TRANSFER_LINES)[number];

/** The fields `transfer.crossing` may name, in the order they are shown. */
export const CROSSING_FIELDS = ['name', 'gender', 'birthDate', 'politicalStatus', 'stages', 'duesPaidThrough'] as const;

export const STATUS_COLORS: Record<TransferLetterStatus, string> = {
  ISSUED: 'processing',
  EXPIRED: 'warning',
  ACCEPTED: 'success',
  CANCELLED: 'default',
};

/** The note and destination limits of `issueTransferLetter`. */
export const MAX_DESTINATION = 200;
export const MAX_LETTER_NOTE = 500;

/** Whether to offer 组织关系接转: `member:write` somewhere (the server decides on each org). */
export function canTransfer(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(MEMBER_WRITE);
}

/** The receipt (回执) of an accepted letter: receiving tenant and org, when. */
export interface Receipt {
  tenant: string | null;
  org: string | null;
  acceptedAt: string | null;
}

export function readReceipt(v: unknown): Receipt | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const s = (x: unknown) => (typeof x === 'string' && x ? x : null);
  return { tenant: s(o.tenant), org: s(o.org), acceptedAt: s(o.acceptedAt) };
}

/** The org line a letter's line maps to, for picking the receiving org. */
export function orgLineOf(line: string): TransferLine | null {
  return (TRANSFER_LINES as readonly string[]).includes(line) ? (line as TransferLine) : null;
}

/** The code as the server matches it: case, spaces and dashes do not matter. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** One entry of the crossing snapshot, in the order of `CROSSING_FIELDS` (unknown keys last). */
export function crossingEntries(crossing: unknown): [string, unknown][] {
  if (!crossing || typeof crossing !== 'object' || Array.isArray(crossing)) return [];
  const o = crossing as Record<string, unknown>;
  const known = CROSSING_FIELDS.filter((k) => k in o).map((k) => [k, o[k]] as [string, unknown]);
  const rest = Object.entries(o).filter(([k]) => !(CROSSING_FIELDS as readonly string[]).includes(k));
  return [...known, ...rest];
}
