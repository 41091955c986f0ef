// Roles and grants. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const RolesQuery = graphql(`
  query Roles {
    roles {
      name
      label
      description
      builtin
      permissions
    }
  }
`);

export const GrantsQuery = graphql(`
  query Grants {
    grants {
      id
      role
      scope
      source
      member {
        id
        name
      }
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      grant {
        id
      }
    }
  }
`);

export const RevokeGrantMutation = graphql(`
  mutation RevokeGrant($input: IdInput!) {
    revokeGrant(input: $input)
  }
`);
