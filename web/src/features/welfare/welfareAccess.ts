import type { ViewerInfo } from '../../auth/viewer';

/** Managing an org's welfare offers and recording distributions (the server decides per org). */
export const WELFARE_WRITE = 'welfare:write';
/** Seeing an org's offers, orders, distributions and statistics. */
export const WELFARE_READ = 'welfare:read';

/** Whether to offer 福利管理: `welfare` read or write in some org. */
export function canManageWelfare(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(WELFARE_READ) || info.canAnywhere(WELFARE_WRITE);
}
