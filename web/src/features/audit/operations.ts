// The audit log. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      edges {
        cursor
        node {
          seq
          at
          actorKind
          actorName
          action
          objectType
          objectId
          result
          requestId
          ip
          detail
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    auditChainBreak
  }
`);

export const RetentionQuery = graphql(`
  query Retention($first: Int!, $after: String) {
    retentionPolicy {
      auditLogDays
      readNotificationDays
      source
      overridden
      dueAuditRows
      dueNotifications
    }
    retentionPurges(first: $first, after: $after) {
      edges {
        cursor
        node {
          seq
          ranAt
          kind
          keepDays
          cutoff
          purged
          firstSeq
          lastSeq
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
