// GraphQL operations several features use (the viewer, member and unit look-ups, file uploads).
// Each feature keeps its own in src/features/<feature>/operations.ts; `npm run codegen` types
// every `operations.ts` under src/ into src/gql/.
import { graphql } from '../gql';


// ---- The viewer ----------------------------------------------------------------------------------

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      member {
        id
        name
        email
      }
      tenant {
        id
        slug
        name
        timeZone
        loginAlerts
        secondFactorPolicy
      }
      secondFactor {
        enabled
        required
      }
      permissions
      permissionsAnywhere
      grants {
        id
        role
        scope
      }
    }
  }
`);

// ---- Units (the whole tree, for pickers) ---------------------------------------------------------

export const OrganizationsQuery = graphql(`
  query Organizations($first: Int!, $after: String, $line: OrgLine) {
    organizations(first: $first, after: $after, line: $line) {
      edges {
        node {
          id
          name
          line
          kind
          kindLabel
          path
          depth
          isJoint
          isVirtual
          archivedAt
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

// ---- Members (pickers and names) -----------------------------------------------------------------

export const MemberSearchQuery = graphql(`
  query MemberSearch($search: String) {
    members(first: 20, search: $search) {
      edges {
        node {
          id
          name
          organization {
            name
          }
        }
      }
    }
  }
`);

/** A member's name and unit (to label members a saved draft names). */
export const MemberNameQuery = graphql(`
  query MemberName($id: ID!) {
    node(id: $id) {
      id
      ... on Member {
        name
        organization {
          name
        }
      }
    }
  }
`);

// ---- Files (chat, notice and minutes attachments) ------------------------------------------------

/** Starts an upload: where to PUT the bytes (then `completeUpload` when `needsCompletion`). */
export const BeginUploadMutation = graphql(`
  mutation BeginUpload($input: BeginUploadInput!) {
    beginUpload(input: $input) {
      file {
        id
        name
        contentType
        size
        status
        isImage
      }
      url
      method
      headers {
        name
        value
      }
      needsCompletion
    }
  }
`);

export const CompleteUploadMutation = graphql(`
  mutation CompleteUpload($fileId: ID!) {
    completeUpload(fileId: $fileId) {
      id
      name
      contentType
      size
      status
      isImage
    }
  }
`);

/** A fresh download link for a file (links expire after five minutes). */
export const FileUrlQuery = graphql(`
  query FileUrl($id: ID!) {
    file(id: $id) {
      url
    }
  }
`);
