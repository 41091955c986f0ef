import type { ViewerInfo } from '../../auth/viewer';

/** Reading ledgers. */
export const ASSESSMENT_READ = 'assessment:read';
/** Issuing, scoring, recomputing, closing; reporting at an assessed org. */
export const ASSESSMENT_WRITE = 'assessment:write';

/** The automatic metrics, in display order (`assessment.metrics.*`). */
export const METRICS = ['MEETING_COMPLIANCE', 'DUES_COLLECTION', 'POINTS_PER_MEMBER', 'NOTICE_ACKNOWLEDGEMENT', 'STUDY_COMPLETION', 'GRID_ON_TIME'] as const;

/** The org kinds a scheme may assess (`org.kind.*`). */
export const TARGET_KINDS = ['PARTY_BRANCH', 'PARTY_GENERAL_BRANCH', 'PARTY_GROUP', 'UNION_BRANCH', 'UNION_COMMITTEE', 'YOUTH_BRANCH'] as const;

/** Whether to offer the ledgers (`assessment:read` somewhere). */
export function canSeeAssessment(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(ASSESSMENT_READ);
}

/** Whether to offer issuing a scheme (`assessment:write` somewhere; the server decides per org). */
export function canIssueAssessment(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(ASSESSMENT_WRITE);
}

/** A score as shown: at most two decimals, no trailing zeros (85, 85.5, 85.25). */
export function pts(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A scheme's period in words (`2026 年度`, `2026 年第 3 季度`). */
export function periodText(s: { periodKind: string; year: number; quarter?: number | null }): string {
  return s.periodKind === 'QUARTER' && s.quarter ? `${s.year} 年第 ${s.quarter} 季度` : `${s.year} 年度`;
}

/** An automatic figure in words: the rate of done over due, or the average for points. */
export function figureText(metric: string | null | undefined, numerator: number | null | undefined, denominator: number | null | undefined): string {
  if (numerator == null || denominator == null) return '';
  if (denominator === 0) return '无应计';
  if (metric === 'POINTS_PER_MEMBER') return `人均 ${pts(numerator / denominator)} 分`;
  if (metric === 'DUES_COLLECTION') return `¥${pts(numerator / 100)} / ¥${pts(denominator / 100)}（${pts((numerator / denominator) * 100)}%）`;
  return `${numerator} / ${denominator}（${pts((numerator / denominator) * 100)}%）`;
}

/** Default thresholds for 1–5 stars as a share of the full score (60%, 70%, 80%, 90%, 95%). */
export function defaultThresholds(full: number): number[] {
  return [0.6, 0.7, 0.8, 0.9, 0.95].map((f) => Math.round(full * f * 100) / 100);
}
