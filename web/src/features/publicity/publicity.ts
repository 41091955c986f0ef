import type { ViewerInfo } from '../../auth/viewer';
import { detailGlobalId } from '../../lib/notificationDetail';

/** Publishing 公示 and handling their objections in some org (the server decides per org). */
export const PUBLICITY_WRITE = 'publicity:write';
/** Reading an org's 公示. */
export const PUBLICITY_READ = 'publicity:read';
/** Proposing honours in some org. */
export const HONOUR_WRITE = 'honour:write';
/** Reading an org's honours. */
export const HONOUR_READ = 'honour:read';

/** The kinds of 公示, in the order the form offers them. */
export const PUBLICITY_KINDS = ['HONOUR', 'CADRE', 'DEVELOPMENT', 'CONVERSION', 'ELECTION', 'OTHER'] as const;

/** The kinds of honours, in the order the form offers them. */
export const HONOUR_KINDS = [
  'EXCELLENT_PARTY_MEMBER',
  'EXCELLENT_PARTY_WORKER',
  'ADVANCED_PARTY_ORG',
  'EXCELLENT_UNION_MEMBER',
  'EXCELLENT_UNION_WORKER',
  'EXCELLENT_LEAGUE_MEMBER',
  'EXCELLENT_LEAGUE_CADRE',
  'MAY_FOURTH_RED_FLAG',
  'OTHER',
] as const;

/** Honour kinds given to an org (the others go to a member; 其他 to either). */
export const ORG_HONOUR_KINDS: readonly string[] = ['ADVANCED_PARTY_ORG', 'MAY_FOURTH_RED_FLAG'];

/** Who an honour of `kind` goes to. */
export function honourRecipient(kind: string): 'member' | 'org' | 'either' {
  if (ORG_HONOUR_KINDS.includes(kind)) return 'org';
  return kind === 'OTHER' ? 'either' : 'member';
}

/** Tag colours of 公示 statuses. */
export const STATUS_COLORS: Record<string, string> = {
  OPEN: 'processing',
  CONFIRMED: 'success',
  WITHDRAWN: 'default',
  REJECTED: 'error',
};

/** Tag colours of honour statuses. */
export const HONOUR_STATUS_COLORS: Record<string, string> = {
  PROPOSED: 'processing',
  CONFIRMED: 'success',
  WITHDRAWN: 'default',
  REJECTED: 'error',
};

/** Whether to offer 发布公示. */
export function canPublishPublicity(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(PUBLICITY_WRITE);
}

/** Whether to offer the org tab of 公示. */
export function canSeeOrgPublicity(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(PUBLICITY_READ) || info.canAnywhere(PUBLICITY_WRITE);
}

/** Whether to offer the honours page. */
export function canSeeHonours(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(HONOUR_READ) || info.canAnywhere(HONOUR_WRITE);
}

/** Where a `PUBLICITY` notification leads: its 公示 (the detail names it by its raw UUID). */
export function publicityNotificationPath(n: { kind: string; detail: unknown }): string | null {
  if (n.kind !== 'PUBLICITY') return null;
  const id = detailGlobalId(n.detail, 'publicity', 'Publicity');
  return id ? `/publicity/${encodeURIComponent(id)}` : null;
}
