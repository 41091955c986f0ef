import type { ViewerInfo } from '../../auth/viewer';
import type { BranchSettingWarning } from '../../gql/graphql';

/** Reading an org (its tree, positions and the settings of its party branches). */
export const ORG_READ = 'org:read';

/** Whether to offer 支部设置检查: `org:read` tenant-wide or in some org (the server decides per org). */
export function canReviewBranchSetting(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(ORG_READ);
}

/** Every warning the review may give, as labelled under `orgs.branchSetting.warnings.`. */
export const BRANCH_SETTING_WARNINGS: BranchSettingWarning[] = ['TOO_FEW_FORMAL_MEMBERS', 'TOO_MANY_MEMBERS', 'NEEDS_COMMITTEE', 'TERM_ENDED', 'TERM_ENDING'];

/**
 * A warning's tag colour: red where the branch is out of line with the rules now (too few formal
 * members, no committee where one is required, the term over), orange where it is advisory.
 */
export function warningColor(w: BranchSettingWarning): 'red' | 'orange' {
  return w === 'TOO_MANY_MEMBERS' || w === 'TERM_ENDING' ? 'orange' : 'red';
}
