import type { ApplicationStatus, JoinApplicationFieldsFragment, JoinLine } from '../../gql/graphql';

export type JoinApplication = JoinApplicationFieldsFragment;

export const JOIN_LINES: JoinLine[] = ['UNION', 'YOUTH'];
export const APPLICATION_STATUSES: ApplicationStatus[] = ['PENDING', 'APPROVED', 'REFUSED'];
export const MAX_JOIN_NOTE = 500;

export const APPLICATION_COLORS: Record<ApplicationStatus, string> = {
  PENDING: 'processing',
  APPROVED: 'success',
  REFUSED: 'error',
};

/** The viewer's own applications, and the pending ones of others they decide. */
export function splitApplications(list: readonly JoinApplication[], viewerId: string | null) {
  const mine = list.filter((a) => a.memberId === viewerId);
  const toDecide = list.filter((a) => a.memberId !== viewerId && a.status === 'PENDING');
  const decided = list.filter((a) => a.memberId !== viewerId && a.status !== 'PENDING');
  return { mine, toDecide, decided };
}
