import type { ViewerInfo } from '../../auth/viewer';

/** Running surveys in some org (`survey:write` anywhere; the server decides per org). */
export const SURVEY_WRITE = 'survey:write';
/** Seeing an org's surveys, their turnout and results. */
export const SURVEY_READ = 'survey:read';

/** Whether to offer 发起问卷. */
export function canCreateSurveys(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(SURVEY_WRITE);
}

/** Whether to offer the org tab of the survey list. */
export function canSeeOrgSurveys(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(SURVEY_READ) || info.canAnywhere(SURVEY_WRITE);
}
