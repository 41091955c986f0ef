// Pure helpers of the votes pages.
import { detailGlobalId } from '../../lib/notificationDetail';
import type { AudienceValue } from '../notices/notices';
import type { ElectorateInput, VoteKind } from '../../gql/graphql';

export const VOTE_KINDS: VoteKind[] = ['POLL', 'RECOMMENDATION', 'ELECTION'];
export const MAX_TITLE = 100;
export const MAX_OPTION = 100;
export const MAX_OPTIONS = 100;

/** The electorate input of the picker's value (orgs always with their sub-trees). */
export function toElectorateInput(a: AudienceValue): ElectorateInput {
  return {
    orgIds: a.orgs.map((o) => o.orgId),
    lines: a.lines,
    roles: a.roles,
    politicalStatuses: a.politicalStatuses,
    memberIds: a.memberIds,
  };
}

/** Why a ballot may not be cast yet (an i18n key with its values), or null when it may. */
export function choiceProblem(chosen: readonly string[], min: number, max: number): { key: string; count: number } | null {
  if (chosen.length < min) return { key: 'votes.ballot.tooFew', count: min };
  if (chosen.length > max) return { key: 'votes.ballot.tooMany', count: max };
  return null;
}

/** A typed receipt in canonical form (upper-case hex without separators), or null. */
export function normalizeReceipt(raw: string): string | null {
  const s = raw.replace(/[\s\-\u3000]/g, '').toUpperCase();
  return /^[0-9A-F]{32}$/.test(s) ? s : null;
}

/** The SHA-256 of a receipt in canonical form, as hex: how the published list shows it. */
export async function receiptFingerprint(canonical: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest))
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** The share of `part` in `whole`, in whole per cent (0 when there is no whole). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 100) / whole) : 0;
}

/** The fewest candidates a list may have for the seats (mirrors the server's 差额 rule). */
export function minCandidates(kind: VoteKind, seats: number, share = 0.2): number {
  if (kind === 'POLL') return 2;
  if (kind === 'RECOMMENDATION') return seats + 1;
  return seats + Math.max(1, Math.ceil(seats * share - 1e-9));
}

/** Where a `VOTE` notification leads: its vote (the detail names it by its raw UUID). */
export function voteNotificationPath(n: { kind: string; detail: unknown }): string | null {
  if (n.kind !== 'VOTE') return null;
  const id = detailGlobalId(n.detail, 'vote', 'Vote');
  return id ? `/votes/${encodeURIComponent(id)}` : null;
}
