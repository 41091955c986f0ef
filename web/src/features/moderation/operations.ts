// Moderation: an org's queue of reported content and the moderators' actions.
// `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const ModerationItemFields = graphql(`
  fragment ModerationItemFields on ModerationItem {
    id
    kind
    contentId
    authorName
    excerpt
    status
    hidden
    pendingReports
    totalReports
    createdAt
    updatedAt
    reports {
      reporterName
      reason
      createdAt
    }
    history {
      action
      actorName
      note
      createdAt
    }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($orgId: ID!, $status: ModerationStatus, $first: Int, $after: String) {
    moderationQueue(orgId: $orgId, status: $status, first: $first, after: $after) {
      edges {
        node {
          ...ModerationItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ModerateContentMutation = graphql(`
  mutation ModerateContent($input: ModerateContentInput!) {
    moderateContent(input: $input) {
      item {
        ...ModerationItemFields
      }
    }
  }
`);
