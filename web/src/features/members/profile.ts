import type { Dayjs } from 'dayjs';
import type { Education, Occupation, UpdateMemberProfileInput } from '../../gql/graphql';

/** The profile's join dates, as its form and the mutation name them. */
export const JOIN_DATE_FIELDS = ['partyJoinedOn', 'leagueJoinedOn', 'unionJoinedOn'] as const;

/** The profile form's values. */
export interface ProfileValues {
  ethnicity: string | null;
  education: Education | null;
  occupation: Occupation | null;
  partyJoinedOn: Dayjs | null;
  leagueJoinedOn: Dayjs | null;
  unionJoinedOn: Dayjs | null;
}

/** The whole profile to save: an empty field clears it on the server. */
export function profileInput(memberId: string, v: ProfileValues): UpdateMemberProfileInput {
  const date = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
  return {
    memberId,
    ethnicity: v.ethnicity || null,
    education: v.education ?? null,
    occupation: v.occupation ?? null,
    partyJoinedOn: date(v.partyJoinedOn),
    leagueJoinedOn: date(v.leagueJoinedOn),
    unionJoinedOn: date(v.unionJoinedOn),
  };
}

/** Every 学历, as labelled under `members.profile.educations.` (highest first). */
export const EDUCATIONS: Education[] = ['DOCTORATE', 'MASTER', 'BACHELOR', 'JUNIOR_COLLEGE', 'SECONDARY_VOCATIONAL', 'HIGH_SCHOOL', 'JUNIOR_HIGH_OR_BELOW'];

/** Every 职业/岗位 class, as labelled under `members.profile.occupations.`. */
export const OCCUPATIONS: Occupation[] = ['WORKER', 'FARMER', 'PROFESSIONAL', 'MANAGER', 'CIVIL_SERVANT', 'STUDENT', 'MILITARY', 'RETIRED', 'OTHER'];
