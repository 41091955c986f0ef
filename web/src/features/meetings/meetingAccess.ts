import type { ViewerInfo } from '../../auth/viewer';

/** An org's meetings, their attendance and its compliance with the meeting rules. */
export const MEETING_READ = 'meeting:read';
/** Schedule, reschedule, cancel, take attendance, keep and approve the minutes. */
export const MEETING_WRITE = 'meeting:write';

/**
 * Whether to offer the org's meetings and 落实情况: `meeting:read` tenant-wide or in at least one
 * org (officers on their own sub-trees). The server decides on each org.
 */
export function canSeeOrgMeetings(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(MEETING_READ);
}

/** Whether to offer 安排会议 (the server still decides on the chosen org). */
export function canScheduleMeetings(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(MEETING_WRITE);
}

/** Whether the viewer may look at every org's meetings at once (tenant-wide `meeting:read`). */
export function seesAllMeetings(info: Pick<ViewerInfo, 'can'>): boolean {
  return info.can(MEETING_READ);
}
