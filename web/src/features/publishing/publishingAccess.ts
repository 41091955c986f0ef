import type { ViewerInfo } from '../../auth/viewer';

/** Reviewing (and publishing) articles of some org's columns (the server decides per column). */
export const PUBLISHING_REVIEW = 'publishing:review';
/** Seeing the contributor statistics of some org. */
export const PUBLISHING_READ = 'publishing:read';

/** Whether to offer 稿件审核. */
export function canReviewArticles(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(PUBLISHING_REVIEW);
}

/** Whether to offer 信息员采用情况. */
export function canSeePublishingStatistics(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(PUBLISHING_READ) || info.canAnywhere(PUBLISHING_REVIEW);
}
