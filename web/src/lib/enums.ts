import type { PoliticalStatus } from '../gql/graphql';

export const POLITICAL_STATUSES: PoliticalStatus[] = [
  'MASSES',
  'LEAGUE_MEMBER',
  'APPLICANT',
  'ACTIVIST',
  'DEVELOPMENT_TARGET',
  'PROBATIONARY',
  'FULL_MEMBER',
];

export const GENDERS = ['MALE', 'FEMALE'] as const;
