import type { ViewerInfo } from '../../auth/viewer';
import type { EvaluationGrade, EvaluationStage } from '../../gql/graphql';

/** The stages in order. */
export const STAGES: EvaluationStage[] = ['SELF_ASSESSMENT', 'PEER_REVIEW', 'COMMITTEE', 'DECISION', 'CLOSED'];

/** The grades, best first. */
export const GRADES: EvaluationGrade[] = ['EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED'];

/** The 优秀 grades among `grades` (unset ones not counted). */
export function countExcellent(grades: Record<string, EvaluationGrade | undefined>): number {
  return Object.values(grades).filter((g) => g === 'EXCELLENT').length;
}

/** Members whose grade is 不合格 without a reason (the server refuses them). */
export function missingReasons(grades: Record<string, EvaluationGrade | undefined>, reasons: Record<string, string | undefined>): string[] {
  return Object.entries(grades)
    .filter(([id, g]) => g === 'UNQUALIFIED' && !(reasons[id] ?? '').trim())
    .map(([id]) => id);
}

/** Each grade's share of a tally, in percent (0 when nobody rated). */
export function shares(tally: { excellent: number; qualified: number; basicallyQualified: number; unqualified: number; total: number }): Record<EvaluationGrade, number> {
  const pct = (n: number) => (tally.total > 0 ? Math.round((n * 100) / tally.total) : 0);
  return {
    EXCELLENT: pct(tally.excellent),
    QUALIFIED: pct(tally.qualified),
    BASICALLY_QUALIFIED: pct(tally.basicallyQualified),
    UNQUALIFIED: pct(tally.unqualified),
  };
}

/** Whether to offer 支部评议: `evaluation:read` somewhere (the server decides per branch). */
export function canRunEvaluation(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere('evaluation:read');
}
