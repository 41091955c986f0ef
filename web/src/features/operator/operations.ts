// Platform operators (sent by the operator console's own client, see operatorClient.ts).
// `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const OperatorLogInMutation = graphql(`
  mutation OperatorLogIn($input: OperatorLogInInput!) {
    operatorLogIn(input: $input)
  }
`);

export const QueueHealthQuery = graphql(`
  query QueueHealth {
    queueHealth {
      runnable
      running
      dead
      oldestRunnableSeconds
      deadJobs {
        id
        task
        attempts
        lastError
        key
        createdAt
        updatedAt
      }
    }
  }
`);

export const OperatorTenantsQuery = graphql(`
  query OperatorTenants($first: Int!, $after: String, $search: String) {
    tenants(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          slug
          name
          status
          memberCount
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SetTenantSuspendedMutation = graphql(`
  mutation SetTenantSuspended($input: SetTenantSuspendedInput!) {
    setTenantSuspended(input: $input)
  }
`);
