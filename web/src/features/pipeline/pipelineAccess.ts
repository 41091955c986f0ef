import type { ViewerInfo } from '../../auth/viewer';

/** Record stages, contacts and propose steps for the members of an org. */
export const MEMBER_WRITE = 'member:write';

/**
 * Whether to offer 发展党员: `member:write` tenant-wide or in at least one org (branch
 * secretaries on their branches). The server decides on each org, member and decision.
 */
export function canManagePipeline(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(MEMBER_WRITE);
}

/** Whether the viewer manages members tenant-wide (may look at the whole enterprise's board). */
export function managesAllMembers(info: Pick<ViewerInfo, 'can'>): boolean {
  return info.can(MEMBER_WRITE);
}
