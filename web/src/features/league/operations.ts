// 团籍注册 (league registration). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const LeagueCampaignsQuery = graphql(`
  query LeagueCampaigns {
    leagueCampaigns {
      id
      orgId
      orgName
      year
      closesOn
      lastRemindedAt
      members {
        memberId
        name
        orgName
        registeredAt
      }
    }
  }
`);

export const LeagueAgeOutsQuery = graphql(`
  query LeagueAgeOuts($orgId: ID!) {
    leagueAgeOuts(orgId: $orgId) {
      memberId
      name
      ageOutOn
    }
  }
`);

export const StartLeagueCampaignMutation = graphql(`
  mutation StartLeagueCampaign($input: StartLeagueCampaignInput!) {
    startLeagueCampaign(input: $input) {
      id
      year
      orgName
    }
  }
`);

export const RegisterLeagueMembershipMutation = graphql(`
  mutation RegisterLeagueMembership($input: RegisterLeagueMembershipInput!) {
    registerLeagueMembership(input: $input)
  }
`);

export const RemindLeagueCampaignMutation = graphql(`
  mutation RemindLeagueCampaign($campaignId: ID!) {
    remindLeagueCampaign(campaignId: $campaignId)
  }
`);
