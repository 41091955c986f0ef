import type { ViewerInfo } from '../../auth/viewer';

/** The permission to compose, publish, withdraw and remind (at the issuing org's scope). */
export const NOTICE_WRITE = 'notice:write';

/**
 * Whether to offer 发布通知: `notice:write` tenant-wide or in at least one org (officers and org
 * admins hold it on their own sub-trees). The server decides on each issuing org.
 */
export function canCompose(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(NOTICE_WRITE);
}
