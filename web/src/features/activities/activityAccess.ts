import type { ViewerInfo } from '../../auth/viewer';

/** Publishing and running activities in some org (the server decides per org). */
export const ACTIVITY_WRITE = 'activity:write';
/** Seeing an org's activities, registrations and statistics. */
export const ACTIVITY_READ = 'activity:read';

/** Whether to offer 发布活动. */
export function canCreateActivities(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(ACTIVITY_WRITE);
}

/** Whether to offer the org tab and the statistics. */
export function canSeeOrgActivities(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(ACTIVITY_READ) || info.canAnywhere(ACTIVITY_WRITE);
}
