import type { ViewerInfo } from '../../auth/viewer';

/** Ledgers, arrears and roll-ups of an org's members. */
export const DUES_READ = 'dues:read';
/** Set bases, bill, record payments, correct, remind. */
export const DUES_WRITE = 'dues:write';

/**
 * Whether to offer 党费管理: `dues:read` tenant-wide or in at least one org (officers and org
 * admins keep the dues of their own sub-trees). The server decides on each org and member.
 */
export function canKeepDues(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(DUES_READ);
}

/** Whether to offer the forms and buttons that write (the server still decides per org). */
export function canWriteDues(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(DUES_WRITE);
}

/** Whether the viewer keeps dues tenant-wide (may look at the whole enterprise at once). */
export function keepsAllDues(info: Pick<ViewerInfo, 'can'>): boolean {
  return info.can(DUES_READ);
}
