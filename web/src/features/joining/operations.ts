// 入团 / 入会 (join applications). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const JoinApplicationFields = graphql(`
  fragment JoinApplicationFields on JoinApplication {
    id
    memberId
    memberName
    line
    orgId
    orgName
    note
    status
    createdAt
    decidedAt
    decisionNote
  }
`);

export const JoinApplicationsQuery = graphql(`
  query JoinApplications {
    joinApplications {
      ...JoinApplicationFields
    }
  }
`);

export const ApplyToJoinMutation = graphql(`
  mutation ApplyToJoin($input: ApplyToJoinInput!) {
    applyToJoin(input: $input) {
      ...JoinApplicationFields
    }
  }
`);

export const DecideJoinApplicationMutation = graphql(`
  mutation DecideJoinApplication($input: DecideJoinApplicationInput!) {
    decideJoinApplication(input: $input) {
      ...JoinApplicationFields
    }
  }
`);
