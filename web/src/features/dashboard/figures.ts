// Pure helpers of the dashboard and the big screen: codes shown, rates and links to the lists
// behind each figure.
import type { OrgDashboardFieldsFragment } from '../../gql/graphql';

export type OrgDashboard = OrgDashboardFieldsFragment;
export type CountItem = { key: string; count: number };

export const AGE_BANDS = ['UP_TO_25', '26_35', '36_45', '46_55', '56_60', 'OVER_60', 'UNKNOWN'] as const;
export const GENDERS = ['MALE', 'FEMALE', 'UNKNOWN'] as const;
export const EDUCATIONS = [
  'DOCTORATE',
  'MASTER',
  'BACHELOR',
  'JUNIOR_COLLEGE',
  'SECONDARY_VOCATIONAL',
  'HIGH_SCHOOL',
  'JUNIOR_HIGH_OR_BELOW',
  'NOT_RECORDED',
] as const;
export const DASHBOARD_STAGES = ['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY'] as const;

/** `0.8765` → `87.7%`; a rate of nothing (null) → `—`. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Fen → yuan with two decimals. */
export function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

export function countOf(list: CountItem[] | undefined, key: string): number {
  return list?.find((c) => c.key === key)?.count ?? 0;
}

/** The list page behind each figure, with the filters that page reads (`?org=` and its own). */
export function links(orgId: string) {
  const org = encodeURIComponent(orgId);
  return {
    members: '/members',
    pipeline: `/pipeline?org=${org}`,
    meetings: `/meetings/compliance?org=${org}`,
    meetingsBehind: `/meetings/compliance?org=${org}&behind=1`,
    dues: `/dues?line=PARTY&org=${org}`,
    arrears: `/dues?line=PARTY&tab=arrears&org=${org}`,
    notices: '/notices/sent',
    votes: '/votes',
    surveys: '/surveys',
    activities: '/activities/statistics',
    study: '/study/manage',
    points: '/points/rankings',
    grid: `/grid/statistics?org=${org}`,
    gridBoard: '/grid/board',
    bigScreen: `/big-screen/${org}`,
  };
}
