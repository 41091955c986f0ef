import type { ViewerInfo } from '../../auth/viewer';

/** Running votes in some org (`vote:write` anywhere; the server decides per org). */
export const VOTE_WRITE = 'vote:write';
/** Seeing an org's votes and their turnout. */
export const VOTE_READ = 'vote:read';

/** Whether to offer 发起投票. */
export function canCreateVotes(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(VOTE_WRITE);
}

/** Whether to offer the org tab of the vote list. */
export function canSeeOrgVotes(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(VOTE_READ) || info.canAnywhere(VOTE_WRITE);
}
