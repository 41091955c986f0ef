// Notifications: the viewer's inbox and how it is delivered. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    viewer {
      unreadNotificationCount
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          id
          kind
          title
          body
          detail
          noticeId
          createdAt
          readAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: IdInput!) {
    markNotificationRead(input: $input)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesFields = graphql(`
  fragment NotificationPreferencesFields on NotificationPreferences {
    digestFrequency
    categories {
      category
      label
      description
      channel
      defaultChannel
      chosen
      mandatoryReason
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      ...NotificationPreferencesFields
    }
  }
`);

export const SetNotificationChannelMutation = graphql(`
  mutation SetNotificationChannel($input: SetNotificationChannelInput!) {
    setNotificationChannel(input: $input) {
      ...NotificationPreferencesFields
    }
  }
`);

export const SetDigestFrequencyMutation = graphql(`
  mutation SetDigestFrequency($input: SetDigestFrequencyInput!) {
    setDigestFrequency(input: $input) {
      ...NotificationPreferencesFields
    }
  }
`);

/** The viewer's notifications as they are written (over /graphql/ws). Same fields as the inbox. */
export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      title
      body
      detail
      noticeId
      createdAt
      readAt
    }
  }
`);
