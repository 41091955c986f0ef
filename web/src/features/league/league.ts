import type { LeagueCampaignsQuery } from '../../gql/graphql';

export type LeagueCampaign = LeagueCampaignsQuery['leagueCampaigns'][number];
export type CampaignMember = LeagueCampaign['members'][number];

export const REGISTRATION_FILTERS = ['ALL', 'PENDING', 'REGISTERED'] as const;
export type RegistrationFilter = (typeof REGISTRATION_FILTERS)[number];

/** Registered / total of a campaign's members, and the percentage (0 when none). */
export function progress(members: readonly CampaignMember[]): { registered: number; total: number; percent: number } {
  const total = members.length;
  const registered = members.filter((m) => !!m.registeredAt).length;
  return { registered, total, percent: total === 0 ? 0 : Math.round((registered * 100) / total) };
}

export function filterMembers(members: readonly CampaignMember[], f: RegistrationFilter): CampaignMember[] {
  if (f === 'PENDING') return members.filter((m) => !m.registeredAt);
  if (f === 'REGISTERED') return members.filter((m) => !!m.registeredAt);
  return [...members];
}

/** Today in China's calendar, as `YYYY-MM-DD`. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
