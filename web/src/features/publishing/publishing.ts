import type { ArticleStatus } from '../../gql/graphql';
import { detailGlobalId } from '../../lib/notificationDetail';

/** Every article status, in the order of the flow (`publishing.status.*`). */
export const ARTICLE_STATUSES: ArticleStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'SECOND_REVIEW',
  'RETURNED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'WITHDRAWN',
];

/** Tag colours per status. */
export const STATUS_COLORS: Record<ArticleStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  SECOND_REVIEW: 'processing',
  RETURNED: 'warning',
  APPROVED: 'cyan',
  SCHEDULED: 'purple',
  PUBLISHED: 'success',
  WITHDRAWN: 'error',
};

/** Where an ARTICLE notification leads (`detail.article`), or null. */
export function articleNotificationPath(n: { kind: string; detail: unknown }): string | null {
  if (n.kind !== 'ARTICLE') return null;
  const id = detailGlobalId(n.detail, 'article', 'Article');
  return id ? `/publishing/articles/${encodeURIComponent(id)}` : null;
}

/** Whether a review decision may go ahead: a return needs a note. */
export function reviewAllowed(decision: 'APPROVE' | 'RETURN', note: string): boolean {
  return decision === 'APPROVE' || note.trim().length > 0;
}

/** The `[from, to)` of the last `days` days, ending tomorrow at midnight (local time). */
export function lastDays(days: number, now = new Date()): { from: string; to: string } {
  const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const from = new Date(to.getTime() - days * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}
