// Points (积分). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A ledger entry as the pages show it. */
export const PointEntryFields = graphql(`
  fragment PointEntryFields on PointEntry {
    id
    year
    action
    ruleName
    requested
    points
    cappedReason
    sourceKind
    sourceTitle
    note
    occurredAt
    createdAt
    corrected
    net
    explanation
    correctsEntryId
    appealStatus
    appealNote
    canAppeal
  }
`);

export const MyPointsQuery = graphql(`
  query MyPoints($year: Int!, $first: Int!, $after: String) {
    myPoints(year: $year) {
      memberId
      memberName
      year
      balance
      years {
        year
        balance
      }
      entries(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...PointEntryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const AppealPointEntryMutation = graphql(`
  mutation AppealPointEntry($input: AppealPointEntryInput!) {
    appealPointEntry(input: $input) {
      appeal {
        id
        status
        entry {
          ...PointEntryFields
        }
      }
    }
  }
`);

export const PointRankingsQuery = graphql(`
  query PointRankings($orgId: ID!, $year: Int!, $first: Int!) {
    pointRankings(orgId: $orgId, year: $year, first: $first) {
      rank
      memberId
      memberName
      points
    }
  }
`);

export const BranchPointRankingsQuery = graphql(`
  query BranchPointRankings($orgId: ID!, $year: Int!) {
    branchPointRankings(orgId: $orgId, year: $year) {
      rank
      organizationId
      organizationName
      members
      total
      average
    }
  }
`);

export const AwardPointsMutation = graphql(`
  mutation AwardPoints($input: AwardPointsInput!) {
    awardPoints(input: $input) {
      entry {
        ...PointEntryFields
      }
    }
  }
`);

export const PointAppealsQuery = graphql(`
  query PointAppeals($status: PointAppealStatus, $first: Int!, $after: String) {
    pointAppeals(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          memberId
          memberName
          reason
          status
          note
          decidedAt
          createdAt
          entry {
            ...PointEntryFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The viewer's own appeals, newest first. */
export const MyPointAppealsQuery = graphql(`
  query MyPointAppeals {
    myPointAppeals {
      id
      reason
      status
      decidedAt
      note
      correctionEntryId
      createdAt
      entry {
        ...PointEntryFields
      }
    }
  }
`);

export const DecidePointAppealMutation = graphql(`
  mutation DecidePointAppeal($input: DecidePointAppealInput!) {
    decidePointAppeal(input: $input) {
      appeal {
        id
        status
        note
        correctionEntryId
      }
    }
  }
`);

export const PointRulesQuery = graphql(`
  query PointRules {
    pointRulesEditable
    pointRules {
      id
      action
      name
      points
      capDay
      capMonth
      capYear
      lines
      statuses
      source
      active
      updatedAt
    }
  }
`);

export const UpdatePointRuleMutation = graphql(`
  mutation UpdatePointRule($input: UpdatePointRuleInput!) {
    updatePointRule(input: $input) {
      rule {
        id
        name
        points
        capDay
        capMonth
        capYear
        lines
        statuses
        source
        active
        updatedAt
      }
    }
  }
`);
