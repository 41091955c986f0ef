// Notices with acknowledgement (一点发布，多点响应). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** The viewer's own state as a recipient. */
export const NoticeReceiptFields = graphql(`
  fragment NoticeReceiptFields on NoticeReceipt {
    deliveredAt
    readAt
    acknowledgedAt
    reply
  }
`);

/** A notice as the lists show it (received or sent). */
export const NoticeListFields = graphql(`
  fragment NoticeListFields on Notice {
    id
    title
    category
    importance
    status
    ackRequired
    ackDeadline
    issuerName
    author {
      id
      name
    }
    scheduledAt
    publishedAt
    withdrawnAt
    createdAt
    myReceipt {
      ...NoticeReceiptFields
    }
  }
`);

/** The board's counts (from `notice.stats` and `noticeStatsChanged`). */
export const NoticeStatsFields = graphql(`
  fragment NoticeStatsFields on NoticeStats {
    noticeId
    recipients
    read
    acknowledged
    byOrg {
      orgId
      orgName
      recipients
      read
      acknowledged
    }
  }
`);

/** The viewer's received notices: not yet read/acknowledged first, then newest. */
export const NoticesQuery = graphql(`
  query Notices($first: Int!, $after: String, $unreadOnly: Boolean) {
    notices(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          ...NoticeListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Notices the viewer wrote, reviews or manages, with what the viewer may do with each. */
export const SentNoticesQuery = graphql(`
  query SentNotices($first: Int!, $after: String, $status: NoticeStatus) {
    sentNotices(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          ...NoticeListFields
          withdrawReason
          recipientCount
          reviewer {
            id
            name
          }
          reviewNote
          viewerCanManage
          viewerCanReview
          viewerCanSeeBoard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One notice in full; opening it as a recipient marks it read. */
export const NoticeQuery = graphql(`
  query Notice($id: ID!) {
    notice(id: $id) {
      ...NoticeListFields
      body
      issuer {
        id
        name
      }
      reviewer {
        id
        name
      }
      reviewNote
      withdrawReason
      recipientCount
      attachments {
        id
        name
        contentType
        size
        isImage
        url
      }
      viewerCanSeeBoard
      viewerCanManage
      viewerCanReview
      audience {
        orgs {
          orgId
          includeSubtree
        }
        lines
        roles
        politicalStatuses
        memberIds
        excludeMemberIds
      }
    }
  }
`);

/** A notice with its counts, for the response board. */
export const NoticeBoardQuery = graphql(`
  query NoticeBoard($id: ID!) {
    notice(id: $id) {
      id
      title
      status
      ackRequired
      ackDeadline
      issuerName
      publishedAt
      recipientCount
      viewerCanSeeBoard
      stats {
        ...NoticeStatsFields
      }
    }
  }
`);

/** The response board's list of recipients, by state. */
export const NoticeResponsesQuery = graphql(`
  query NoticeResponses($noticeId: ID!, $first: Int!, $after: String, $state: NoticeResponseState) {
    noticeResponses(noticeId: $noticeId, first: $first, after: $after, state: $state) {
      edges {
        cursor
        node {
          member {
            id
            name
          }
          orgName
          deliveredAt
          readAt
          acknowledgedAt
          reply
          remindedCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** How many members an audience resolves to now (the compose page's 将发送给 N 人). */
export const NoticeAudienceCountQuery = graphql(`
  query NoticeAudienceCount($issuerOrgId: ID!, $audience: NoticeAudienceInput!) {
    noticeAudienceCount(issuerOrgId: $issuerOrgId, audience: $audience)
  }
`);

export const SaveNoticeDraftMutation = graphql(`
  mutation SaveNoticeDraft($input: NoticeInput!) {
    saveNoticeDraft(input: $input) {
      notice {
        id
        status
      }
    }
  }
`);

/** Publishes now, schedules (scheduledAt) or sends for review (reviewerId). */
export const PublishNoticeMutation = graphql(`
  mutation PublishNotice($input: NoticeInput!) {
    publishNotice(input: $input) {
      notice {
        id
        status
        recipientCount
      }
    }
  }
`);

export const ReviewNoticeMutation = graphql(`
  mutation ReviewNotice($input: ReviewNoticeInput!) {
    reviewNotice(input: $input) {
      notice {
        id
        status
        reviewNote
        viewerCanReview
      }
    }
  }
`);

export const WithdrawNoticeMutation = graphql(`
  mutation WithdrawNotice($input: WithdrawNoticeInput!) {
    withdrawNotice(input: $input) {
      notice {
        id
        status
        withdrawnAt
        withdrawReason
      }
    }
  }
`);

export const AcknowledgeNoticeMutation = graphql(`
  mutation AcknowledgeNotice($input: AcknowledgeNoticeInput!) {
    acknowledgeNotice(input: $input) {
      notice {
        id
        myReceipt {
          ...NoticeReceiptFields
        }
      }
    }
  }
`);

/** 一键提醒: at most once per 10 minutes per notice (RATE_LIMITED). */
export const RemindNoticeRecipientsMutation = graphql(`
  mutation RemindNoticeRecipients($input: RemindNoticeInput!) {
    remindNoticeRecipients(input: $input) {
      reminded
    }
  }
`);

/** The board's counts now, then after every change (over /graphql/ws). */
export const NoticeStatsChangedSubscription = graphql(`
  subscription NoticeStatsChanged($noticeId: ID!) {
    noticeStatsChanged(noticeId: $noticeId) {
      ...NoticeStatsFields
    }
  }
`);

/** Role names and labels, for choosing an audience by role (needs `role:read`). */
export const AudienceRolesQuery = graphql(`
  query AudienceRoles {
    roles {
      name
      label
    }
  }
`);
