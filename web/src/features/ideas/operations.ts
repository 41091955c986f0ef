// Ideas (金点子 / 微建议): the wall, an idea with its timeline and comments, and the handlers'
// steps. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** An idea as the wall shows it. */
export const IdeaCardFields = graphql(`
  fragment IdeaCardFields on Idea {
    id
    orgName
    title
    body
    anonymous
    author {
      id
      name
    }
    status
    statusLabel
    decisionReason
    supportCount
    commentCount
    viewerSupports
    isMine
    canSupport
    hidden
    createdAt
    actions
  }
`);

export const IdeasQuery = graphql(`
  query Ideas($orgId: ID!, $status: IdeaStatus, $sort: IdeaSort, $first: Int, $after: String) {
    ideas(orgId: $orgId, status: $status, sort: $sort, first: $first, after: $after) {
      edges {
        node {
          ...IdeaCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const IdeaQuery = graphql(`
  query Idea($id: ID!) {
    idea(id: $id) {
      ...IdeaCardFields
      timeline {
        id
        status
        statusLabel
        actorName
        note
        createdAt
      }
      comments(first: 100) {
        edges {
          node {
            id
            authorName
            body
            hidden
            createdAt
          }
        }
      }
    }
  }
`);

export const SubmitIdeaMutation = graphql(`
  mutation SubmitIdea($input: SubmitIdeaInput!) {
    submitIdea(input: $input) {
      idea {
        ...IdeaCardFields
      }
    }
  }
`);

export const SupportIdeaMutation = graphql(`
  mutation SupportIdea($input: IdeaInput!) {
    supportIdea(input: $input) {
      idea {
        ...IdeaCardFields
      }
    }
  }
`);

export const WithdrawIdeaSupportMutation = graphql(`
  mutation WithdrawIdeaSupport($input: IdeaInput!) {
    withdrawIdeaSupport(input: $input) {
      idea {
        ...IdeaCardFields
      }
    }
  }
`);

export const ReviewIdeaMutation = graphql(`
  mutation ReviewIdea($input: ReviewIdeaInput!) {
    reviewIdea(input: $input) {
      idea {
        ...IdeaCardFields
      }
    }
  }
`);

export const DecideIdeaMutation = graphql(`
  mutation DecideIdea($input: DecideIdeaInput!) {
    decideIdea(input: $input) {
      idea {
        ...IdeaCardFields
      }
    }
  }
`);

export const MarkIdeaImplementedMutation = graphql(`
  mutation MarkIdeaImplemented($input: MarkIdeaImplementedInput!) {
    markIdeaImplemented(input: $input) {
      idea {
        ...IdeaCardFields
      }
    }
  }
`);

export const CommentOnIdeaMutation = graphql(`
  mutation CommentOnIdea($input: CommentOnIdeaInput!) {
    commentOnIdea(input: $input) {
      comment {
        id
      }
    }
  }
`);

export const ReportIdeaContentMutation = graphql(`
  mutation ReportIdeaContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      newReport
      hidden
    }
  }
`);
