// Votes and elections (投票, 民主推荐, 选举). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A vote as the lists show it. */
export const VoteListFields = graphql(`
  fragment VoteListFields on Vote {
    id
    kind
    title
    orgName
    status
    anonymous
    opensAt
    closesAt
    myStatus {
      eligible
      voted
    }
  }
`);

/** A vote with everything its page shows. */
export const VoteFields = graphql(`
  fragment VoteFields on Vote {
    id
    kind
    title
    description
    orgId
    orgName
    status
    anonymous
    resultsVisibility
    minChoices
    maxChoices
    seats
    opensAt
    closesAt
    closedAt
    options {
      id
      label
    }
    myStatus {
      eligible
      voted
    }
    turnout {
      voteId
      eligible
      voted
    }
    results {
      option {
        id
        label
      }
      votes
    }
    valid
    invalidReason
    viewerCanManage
    viewerIsOfficer
    exportUrl
  }
`);

/** The votes the viewer is asked to vote in (待我投票 with `pendingOnly`). */
export const MyVotesQuery = graphql(`
  query MyVotes($first: Int!, $after: String, $pendingOnly: Boolean) {
    myVotes(first: $first, after: $after, pendingOnly: $pendingOnly) {
      edges {
        node {
          ...VoteListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** An org's votes (officers). */
export const OrgVotesQuery = graphql(`
  query OrgVotes($orgId: ID!, $first: Int!, $after: String) {
    votes(orgId: $orgId, first: $first, after: $after) {
      edges {
        node {
          ...VoteListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One vote. */
export const VoteQuery = graphql(`
  query Vote($id: ID!) {
    vote(id: $id) {
      ...VoteFields
    }
  }
`);

/** Who has not voted (named votes, officers). */
export const VoteNonVotersQuery = graphql(`
  query VoteNonVoters($id: ID!, $first: Int!, $after: String) {
    vote(id: $id) {
      id
      nonVoters(first: $first, after: $after) {
        edges {
          node {
            memberId
            name
            orgName
            remindedCount
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

/** The receipts counted, as hashes (after the close). */
export const VoteReceiptsQuery = graphql(`
  query VoteReceipts($id: ID!, $first: Int!, $after: String) {
    vote(id: $id) {
      id
      receipts(first: $first, after: $after) {
        edges {
          node
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** The live electorate count of the creation form. */
export const VoteElectorateCountQuery = graphql(`
  query VoteElectorateCount($orgId: ID!, $electorate: ElectorateInput!) {
    voteElectorateCount(orgId: $orgId, electorate: $electorate)
  }
`);

/** Checks a receipt. */
export const VerifyBallotReceiptQuery = graphql(`
  query VerifyBallotReceipt($voteId: ID!, $receipt: String!) {
    verifyBallotReceipt(voteId: $voteId, receipt: $receipt) {
      counted
      fingerprint
      options {
        id
        label
      }
    }
  }
`);

export const CreateVoteMutation = graphql(`
  mutation CreateVote($input: CreateVoteInput!) {
    createVote(input: $input) {
      vote {
        id
        options {
          id
          label
        }
      }
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      receipt
    }
  }
`);

export const CloseVoteMutation = graphql(`
  mutation CloseVote($input: CloseVoteInput!) {
    closeVote(input: $input) {
      vote {
        ...VoteFields
      }
    }
  }
`);

export const RemindVotersMutation = graphql(`
  mutation RemindVoters($input: RemindVotersInput!) {
    remindVoters(input: $input) {
      reminded
    }
  }
`);

/** The turnout, live (never a choice). */
export const VoteTurnoutChangedSubscription = graphql(`
  subscription VoteTurnoutChanged($voteId: ID!) {
    voteTurnoutChanged(voteId: $voteId) {
      voteId
      eligible
      voted
    }
  }
`);
