// Organisations and their positions. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const OrganizationPositionsQuery = graphql(`
  query OrganizationPositions($id: ID!) {
    organization(id: $id) {
      id
      name
      positions {
        id
        title
        role
        termStart
        termEnd
        endedAt
        member {
          id
          name
        }
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        path
      }
    }
  }
`);

export const RenameOrganizationMutation = graphql(`
  mutation RenameOrganization($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) {
      organization {
        id
        name
      }
    }
  }
`);

export const MoveOrganizationMutation = graphql(`
  mutation MoveOrganization($input: MoveOrganizationInput!) {
    moveOrganization(input: $input) {
      organization {
        id
        path
        depth
      }
    }
  }
`);

export const ArchiveOrganizationMutation = graphql(`
  mutation ArchiveOrganization($input: IdInput!) {
    archiveOrganization(input: $input) {
      organization {
        id
        archivedAt
      }
    }
  }
`);

export const AssignPositionMutation = graphql(`
  mutation AssignPosition($input: AssignPositionInput!) {
    assignPosition(input: $input) {
      position {
        id
      }
    }
  }
`);

export const EndPositionMutation = graphql(`
  mutation EndPosition($input: IdInput!) {
    endPosition(input: $input) {
      position {
        id
        endedAt
      }
    }
  }
`);

export const BranchSettingReviewQuery = graphql(`
  query BranchSettingReview($organizationId: ID!) {
    branchSettingReview(organizationId: $organizationId) {
      organizationId
      asOf
      warningCount
      sources
      branches {
        organizationId
        organizationName
        formalMembers
        probationaryMembers
        committeeSize
        termEnd
        warnings
        messages
      }
    }
  }
`);

export const TermOverviewQuery = graphql(`
  query TermOverview($organizationId: ID!) {
    termOverview(organizationId: $organizationId) {
      organizationId
      asOf
      endedCount
      endingCount
      remindBeforeMonths
      sources
      organizations {
        organizationId
        organizationName
        kind
        villageOrCommunity
        officers
        termYears
        termStart
        termEnd
        state
      }
    }
  }
`);

export const SetVillageOrCommunityMutation = graphql(`
  mutation SetVillageOrCommunity($input: SetVillageOrCommunityInput!) {
    setVillageOrCommunity(input: $input) {
      organizationId
      villageOrCommunity
      termYears
      termEnd
      state
    }
  }
`);

export const AnnualStatisticsQuery = graphql(`
  query AnnualStatistics($organizationId: ID!, $asOf: NaiveDate!) {
    annualStatistics(organizationId: $organizationId, asOf: $asOf) {
      organizationId
      organizationName
      line
      asOf
      consistent
      exportUrl
      checks {
        description
        passed
      }
      warnings {
        message
        count
      }
      tables {
        key
        title
        unitLabel
        totalLabel
        groups {
          label
          columns {
            key
            label
          }
        }
        rows {
          label
          organizationId
          values
        }
        totals
      }
    }
  }
`);
