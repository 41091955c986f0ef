// 工会福利: group-buys and crowdfunds of a union (拼团 / 众筹) with the union's subsidy counted
// against each member's yearly caps, the member's own usage, the union's distributions (发放登记)
// and statistics. Amounts are integer fen. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const WelfareItemFields = graphql(`
  fragment WelfareItemFields on WelfareItem {
    id
    name
    description
    priceFen
    subsidyFen
    memberPriceFen
    cashLike
    perMemberLimit
    orderedQuantity
    myQuantity
  }
`);

export const WelfareOrderFields = graphql(`
  fragment WelfareOrderFields on WelfareOrder {
    id
    campaignId
    campaignTitle
    itemId
    itemName
    memberId
    memberName
    quantity
    priceFen
    subsidyFen
    memberPayFen
    category
    year
    status
    refundFen
    cancelReason
    createdAt
    cancelledAt
  }
`);

/** What a list shows of a campaign: no items, no orders. */
export const WelfareCampaignListFields = graphql(`
  fragment WelfareCampaignListFields on WelfareCampaign {
    id
    organizationId
    organizationName
    kind
    category
    title
    thresholdKind
    threshold
    deadline
    status
    participantCount
    amountFen
    progressPercent
    viewerCanManage
    settledAt
    cancelReason
    createdAt
  }
`);

export const WelfareCampaignFields = graphql(`
  fragment WelfareCampaignFields on WelfareCampaign {
    ...WelfareCampaignListFields
    description
    items {
      ...WelfareItemFields
    }
    myOrders {
      ...WelfareOrderFields
    }
  }
`);

export const WelfareDistributionFields = graphql(`
  fragment WelfareDistributionFields on WelfareDistribution {
    id
    organizationId
    organizationName
    memberId
    memberName
    category
    itemName
    valueFen
    cashLike
    distributedOn
    year
    note
    createdAt
  }
`);

/** Without an org: the campaigns open to the viewer; with one: that org's sub-tree's (officers). */
export const WelfareCampaignsQuery = graphql(`
  query WelfareCampaigns($organizationId: ID, $status: WelfareCampaignStatus, $first: Int!, $after: String) {
    welfareCampaigns(organizationId: $organizationId, status: $status, first: $first, after: $after) {
      edges {
        node {
          ...WelfareCampaignListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const WelfareCampaignQuery = graphql(`
  query WelfareCampaign($id: ID!) {
    welfareCampaign(id: $id) {
      ...WelfareCampaignFields
    }
  }
`);

export const WelfareCampaignOrdersQuery = graphql(`
  query WelfareCampaignOrders($campaignId: ID!, $first: Int!, $after: String) {
    welfareCampaignOrders(campaignId: $campaignId, first: $first, after: $after) {
      edges {
        node {
          ...WelfareOrderFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyWelfareUsageQuery = graphql(`
  query MyWelfareUsage($year: Int) {
    myWelfareUsage(year: $year) {
      year
      cashAllowed
      categories {
        category
        label
        usedFen
        capFen
        remainingFen
      }
      orders {
        ...WelfareOrderFields
      }
      distributions {
        ...WelfareDistributionFields
      }
    }
  }
`);

export const WelfareDistributionsQuery = graphql(`
  query WelfareDistributions($organizationId: ID!, $year: Int, $first: Int!, $after: String) {
    welfareDistributions(organizationId: $organizationId, year: $year, first: $first, after: $after) {
      edges {
        node {
          ...WelfareDistributionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const WelfareStatisticsQuery = graphql(`
  query WelfareStatistics($organizationId: ID!, $year: Int) {
    welfareStatistics(organizationId: $organizationId, year: $year) {
      year
      organizationId
      categories {
        category
        label
        subsidyFen
        memberPayFen
        memberCount
      }
      organizations {
        organizationId
        organizationName
        category
        label
        subsidyFen
        memberCount
      }
    }
  }
`);

export const CreateWelfareCampaignMutation = graphql(`
  mutation CreateWelfareCampaign($input: CreateWelfareCampaignInput!) {
    createWelfareCampaign(input: $input) {
      campaign {
        ...WelfareCampaignFields
      }
    }
  }
`);

export const CancelWelfareCampaignMutation = graphql(`
  mutation CancelWelfareCampaign($id: ID!, $reason: String!) {
    cancelWelfareCampaign(id: $id, reason: $reason) {
      campaign {
        ...WelfareCampaignFields
      }
    }
  }
`);

export const PlaceWelfareOrderMutation = graphql(`
  mutation PlaceWelfareOrder($input: PlaceWelfareOrderInput!) {
    placeWelfareOrder(input: $input) {
      order {
        ...WelfareOrderFields
      }
      campaign {
        ...WelfareCampaignFields
      }
    }
  }
`);

export const CancelWelfareOrderMutation = graphql(`
  mutation CancelWelfareOrder($id: ID!) {
    cancelWelfareOrder(id: $id) {
      order {
        ...WelfareOrderFields
      }
      campaign {
        ...WelfareCampaignFields
      }
    }
  }
`);

export const RecordWelfareDistributionMutation = graphql(`
  mutation RecordWelfareDistribution($input: RecordWelfareDistributionInput!) {
    recordWelfareDistribution(input: $input) {
      distribution {
        ...WelfareDistributionFields
      }
    }
  }
`);
