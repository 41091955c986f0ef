// Every GraphQL operation of the web app. `npm run codegen` types them into src/gql/.
import { graphql } from '../gql';

// ---- Session and identity -------------------------------------------------------------

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

export const UpdateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      id
      name
      timeZone
      loginAlerts
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      viewer {
        tenant {
          slug
          name
        }
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      viewer {
        tenant {
          slug
          name
        }
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      viewer {
        member {
          name
        }
        tenant {
          name
        }
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      ip
      createdAt
      expiresAt
      current
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($input: IdInput!) {
    revokeSession(input: $input)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

// ---- Dashboard -------------------------------------------------------------------------

export const DashboardQuery = graphql(`
  query Dashboard {
    dashboard {
      memberTotal
      membersByLine {
        key
        count
      }
      membersByPoliticalStatus {
        key
        count
      }
      organizationsByLine {
        key
        count
      }
    }
  }
`);

// ---- Organisations ---------------------------------------------------------------------

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

export const OrganizationPositionsQuery = graphql(`
  query OrganizationPositions($id: ID!) {
    organization(id: $id) {
      id
      name
      positions {
        id
        title
        role
        termStart
        termEnd
        endedAt
        member {
          id
          name
        }
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        path
      }
    }
  }
`);

export const RenameOrganizationMutation = graphql(`
  mutation RenameOrganization($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) {
      organization {
        id
        name
      }
    }
  }
`);

export const MoveOrganizationMutation = graphql(`
  mutation MoveOrganization($input: MoveOrganizationInput!) {
    moveOrganization(input: $input) {
      organization {
        id
        path
        depth
      }
    }
  }
`);

export const ArchiveOrganizationMutation = graphql(`
  mutation ArchiveOrganization($input: IdInput!) {
    archiveOrganization(input: $input) {
      organization {
        id
        archivedAt
      }
    }
  }
`);

export const AssignPositionMutation = graphql(`
  mutation AssignPosition($input: AssignPositionInput!) {
    assignPosition(input: $input) {
      position {
        id
      }
    }
  }
`);

export const EndPositionMutation = graphql(`
  mutation EndPosition($input: IdInput!) {
    endPosition(input: $input) {
      position {
        id
        endedAt
      }
    }
  }
`);

// ---- Members ---------------------------------------------------------------------------

export const MembersQuery = graphql(`
  query Members(
    $first: Int!
    $after: String
    $search: String
    $line: OrgLine
    $organizationId: ID
    $politicalStatus: PoliticalStatus
    $includeDisabled: Boolean
  ) {
    members(
      first: $first
      after: $after
      search: $search
      line: $line
      organizationId: $organizationId
      politicalStatus: $politicalStatus
      includeDisabled: $includeDisabled
    ) {
      edges {
        cursor
        node {
          id
          name
          gender
          status
          hasAccount
          phone
          politicalStatus
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MemberDetailQuery = graphql(`
  query MemberDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Member {
        name
        gender
        status
        hasAccount
        posts
        phone
        email
        birthDate
        politicalStatus
        createdAt
        organization {
          id
          name
        }
        partyOrganization {
          id
          name
        }
        unionOrganization {
          id
          name
        }
        youthOrganization {
          id
          name
        }
        department {
          id
          name
        }
      }
    }
  }
`);

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

export const CreateMemberMutation = graphql(`
  mutation CreateMember($input: MemberInput!) {
    createMember(input: $input) {
      member {
        id
        name
      }
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      member {
        id
        name
        gender
        phone
        email
        birthDate
        politicalStatus
        posts
      }
    }
  }
`);

export const SetMemberDisabledMutation = graphql(`
  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {
    setMemberDisabled(input: $input) {
      member {
        id
        status
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitationUrl
      invitation {
        id
        email
        expiresAt
      }
    }
  }
`);

export const ImportMembersMutation = graphql(`
  mutation ImportMembers($input: ImportMembersInput!) {
    importMembers(input: $input) {
      total
      imported
      errors {
        row
        column
        message
      }
    }
  }
`);

// ---- Roles and grants ------------------------------------------------------------------

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

// ---- API keys --------------------------------------------------------------------------

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      role
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: IdInput!) {
    revokeApiKey(input: $input)
  }
`);

// ---- Audit -----------------------------------------------------------------------------

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

// ---- Statutory rules -------------------------------------------------------------------

export const RulesQuery = graphql(`
  query Rules {
    rules {
      key
      area
      title
      source
      defaultParams
      effectiveParams
      effectiveSource
      overridden
      overriddenAt
    }
  }
`);

export const OverrideRuleMutation = graphql(`
  mutation OverrideRule($input: OverrideRuleInput!) {
    overrideRule(input: $input) {
      key
      effectiveParams
      effectiveSource
      overridden
      overriddenAt
    }
  }
`);

export const ResetRuleMutation = graphql(`
  mutation ResetRule($input: ResetRuleInput!) {
    resetRule(input: $input) {
      key
      effectiveParams
      effectiveSource
      overridden
      overriddenAt
    }
  }
`);

// ---- Platform operators (sent by the operator console's own client, see operator/client.ts) ----

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
  query OperatorTenants($first: Int!, $after: String) {
    tenants(first: $first, after: $after) {
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

// ---- Notifications: the viewer's inbox and how it is delivered ----------------------------

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

// ---- Chat: conversations, history, sending, read cursors, live messages -------------------

/**
 * The latest message of a conversation in the list (lean: the list asks for up to 60
 * conversations at once, and the server bounds a query's complexity).
 */
export const LastMessageFields = graphql(`
  fragment LastMessageFields on Message {
    id
    seq
    body
    createdAt
    author {
      id
      name
    }
    replyToSeq
    recalledAt
    conversationId
  }
`);

/**
 * A message in an open conversation. `attachment.url` is a signed link valid for five
 * minutes; `readCount` is only answered on `messages` history in groups of at most 50.
 */
export const ChatMessageFields = graphql(`
  fragment ChatMessageFields on Message {
    id
    seq
    body
    createdAt
    author {
      id
      name
    }
    replyToSeq
    recalledAt
    recalledBy
    conversationId
    mentionIds
    mentionsAll
    mentionsViewer
    attachment {
      id
      name
      contentType
      size
      isImage
      url
    }
    readCount {
      read
      of
    }
  }
`);

export const ConversationFields = graphql(`
  fragment ConversationFields on Conversation {
    id
    kind
    title
    unreadCount
    lastSeq
    lastMessage {
      ...LastMessageFields
    }
    organization {
      id
    }
    broadcastOnly
    pinnedNotice
    viewerIsAdmin
  }
`);

/** The viewer's conversations, latest activity first. */
export const ConversationsQuery = graphql(`
  query Conversations($first: Int!, $after: String) {
    conversations(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ConversationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Unread counts only, for the 消息 badge of the navigation (the first page of conversations). */
export const ChatUnreadQuery = graphql(`
  query ChatUnread($first: Int!) {
    conversations(first: $first) {
      edges {
        node {
          id
          unreadCount
        }
      }
    }
  }
`);

/** History, newest first, before `beforeSeq`. */
export const ChatMessagesQuery = graphql(`
  query ChatMessages($conversationId: ID!, $first: Int!, $beforeSeq: Int) {
    messages(conversationId: $conversationId, first: $first, beforeSeq: $beforeSeq) {
      ...ChatMessageFields
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        ...ChatMessageFields
      }
    }
  }
`);

export const MarkConversationReadMutation = graphql(`
  mutation MarkConversationRead($input: MarkConversationReadInput!) {
    markConversationRead(input: $input)
  }
`);

/** Messages after `afterSeq` (stored ones first, then live), in seq order (over /graphql/ws). */
export const MessageAddedSubscription = graphql(`
  subscription MessageAdded($conversationId: ID!, $afterSeq: Int) {
    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {
      ...ChatMessageFields
    }
  }
`);

/** A message as it changes (recalled), over /graphql/ws. */
export const MessageChangedSubscription = graphql(`
  subscription MessageChanged($conversationId: ID!) {
    messageChanged(conversationId: $conversationId) {
      ...ChatMessageFields
    }
  }
`);

// ---- Chat: managing conversations, moderation, files --------------------------------------

/** One conversation (when it is not among the loaded rows of the list, e.g. just created). */
export const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationFields
    }
  }
`);

export const ConversationMembersQuery = graphql(`
  query ConversationMembers($conversationId: ID!, $first: Int!, $offset: Int!) {
    conversationMembers(conversationId: $conversationId, first: $first, offset: $offset) {
      items {
        id
        name
        isAdmin
        muted
        mutedUntil
      }
      totalCount
    }
  }
`);

export const SearchMessagesQuery = graphql(`
  query SearchMessages($conversationId: ID!, $query: String!, $first: Int!, $beforeSeq: Int) {
    searchMessages(conversationId: $conversationId, query: $query, first: $first, beforeSeq: $beforeSeq) {
      ...ChatMessageFields
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...ConversationFields
    }
  }
`);

export const OpenDirectConversationMutation = graphql(`
  mutation OpenDirectConversation($memberId: ID!) {
    openDirectConversation(memberId: $memberId) {
      ...ConversationFields
    }
  }
`);

export const AddConversationMembersMutation = graphql(`
  mutation AddConversationMembers($input: AddConversationMembersInput!) {
    addConversationMembers(input: $input)
  }
`);

/** Removes a member of a custom group, or leaves it (the viewer's own member id). */
export const RemoveConversationMemberMutation = graphql(`
  mutation RemoveConversationMember($input: ConversationMemberInput!) {
    removeConversationMember(input: $input)
  }
`);

export const SetConversationAdminMutation = graphql(`
  mutation SetConversationAdmin($input: SetConversationAdminInput!) {
    setConversationAdmin(input: $input)
  }
`);

export const UpdateConversationMutation = graphql(`
  mutation UpdateConversation($input: UpdateConversationInput!) {
    updateConversation(input: $input) {
      ...ConversationFields
    }
  }
`);

export const RecallMessageMutation = graphql(`
  mutation RecallMessage($input: MessageRefInput!) {
    recallMessage(input: $input) {
      ...ChatMessageFields
    }
  }
`);

export const MuteMemberMutation = graphql(`
  mutation MuteMember($input: MuteMemberInput!) {
    muteMember(input: $input)
  }
`);

export const UnmuteMemberMutation = graphql(`
  mutation UnmuteMember($input: ConversationMemberInput!) {
    unmuteMember(input: $input)
  }
`);

export const ReportMessageMutation = graphql(`
  mutation ReportMessage($input: ReportMessageInput!) {
    reportMessage(input: $input)
  }
`);

/** The tenant's sensitive words (tenant admins). */
export const ChatWordsQuery = graphql(`
  query ChatWords {
    chatWords {
      word
      action
    }
  }
`);

export const SetChatWordMutation = graphql(`
  mutation SetChatWord($input: SetChatWordInput!) {
    setChatWord(input: $input) {
      word
      action
    }
  }
`);

export const RemoveChatWordMutation = graphql(`
  mutation RemoveChatWord($word: String!) {
    removeChatWord(word: $word)
  }
`);

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

// ---- Notices with acknowledgement (一点发布，多点响应) ---------------------------------------

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

// ---- Dues (党费 / 会费 / 团费; amounts in fen, months `YYYY-MM`) ------------------------------

/** A ledger entry: a bill, a payment or a correction (entries are never edited). */
export const DuesEntryFields = graphql(`
  fragment DuesEntryFields on DuesEntry {
    id
    memberId
    memberName
    line
    month
    kind
    amountFen
    method
    receiptNo
    ruleKey
    baseFen
    note
    corrects
    recordedBy
    createdAt
  }
`);

/** A monthly base in a member's history. */
export const DuesBaseFields = graphql(`
  fragment DuesBaseFields on DuesBase {
    id
    memberId
    line
    category
    baseFen
    fromMonth
    source
    createdAt
  }
`);

/** 收缴概览: sums per org and month on a line, under an org (null: the whole tenant). */
export const DuesRollupQuery = graphql(`
  query DuesRollup($organizationId: ID, $line: DuesLine!, $fromMonth: String!, $toMonth: String!) {
    duesRollup(organizationId: $organizationId, line: $line, fromMonth: $fromMonth, toMonth: $toMonth) {
      orgId
      orgName
      month
      billedFen
      correctedFen
      paidFen
      membersBilled
      membersPaid
    }
  }
`);

/** 欠缴名单: members who owe on a line under an org (null: the whole tenant). */
export const DuesArrearsQuery = graphql(`
  query DuesArrears($organizationId: ID, $line: DuesLine!) {
    duesArrears(organizationId: $organizationId, line: $line) {
      memberId
      memberName
      orgName
      owedFen
      monthsOwed
      oldestMonth
      lapseWarning
      lapseMonths
    }
  }
`);

/** A member's base history, newest first per line. */
export const DuesBasesQuery = graphql(`
  query DuesBases($memberId: ID!) {
    duesBases(memberId: $memberId) {
      ...DuesBaseFields
    }
  }
`);

/** A member's ledger on a line, oldest month first. */
export const DuesStatementQuery = graphql(`
  query DuesStatement($memberId: ID!, $line: DuesLine!) {
    duesStatement(memberId: $memberId, line: $line) {
      ...DuesEntryFields
    }
  }
`);

/** 我的党费: the viewer's own ledgers on every line, and their bases. */
export const MyDuesQuery = graphql(`
  query MyDues($memberId: ID!) {
    party: duesStatement(memberId: $memberId, line: PARTY) {
      ...DuesEntryFields
    }
    union: duesStatement(memberId: $memberId, line: UNION) {
      ...DuesEntryFields
    }
    youth: duesStatement(memberId: $memberId, line: YOUTH) {
      ...DuesEntryFields
    }
    duesBases(memberId: $memberId) {
      ...DuesBaseFields
    }
  }
`);

export const SetDuesBaseMutation = graphql(`
  mutation SetDuesBase($input: SetDuesBaseInput!) {
    setDuesBase(input: $input) {
      ...DuesBaseFields
    }
  }
`);

/** Bills a month by the tenant's rules; members billed for it before are left alone. */
export const GenerateDuesBillsMutation = graphql(`
  mutation GenerateDuesBills($input: GenerateDuesBillsInput!) {
    generateDuesBills(input: $input) {
      written
    }
  }
`);

export const RecordDuesPaymentMutation = graphql(`
  mutation RecordDuesPayment($input: RecordDuesPaymentInput!) {
    recordDuesPayment(input: $input) {
      ...DuesEntryFields
    }
  }
`);

/**
 * 一键提醒: everyone owing on a line under an org, each at most once a day (RATE_LIMITED when
 * the server refuses).
 */
export const RemindDuesArrearsMutation = graphql(`
  mutation RemindDuesArrears($input: RemindDuesArrearsInput!) {
    remindDuesArrears(input: $input) {
      reminded
    }
  }
`);

/** 更正: a new entry added to what is owed for the corrected entry's month. */
export const CorrectDuesEntryMutation = graphql(`
  mutation CorrectDuesEntry($input: CorrectDuesEntryInput!) {
    correctDuesEntry(input: $input) {
      ...DuesEntryFields
    }
  }
`);

/** 导入基数: bases from a .csv/.xlsx (all rows or none; problems by row). */
export const ImportDuesBasesMutation = graphql(`
  mutation ImportDuesBases($input: ImportDuesBasesInput!) {
    importDuesBases(input: $input) {
      total
      imported
      errors {
        row
        column
        message
      }
    }
  }
`);

// ---- Meetings (三会一课 / 组织生活), compliance and the calendar feed -----------------------------

/** A meeting as lists and the calendar show it. */
export const MeetingListFields = graphql(`
  fragment MeetingListFields on Meeting {
    id
    orgId
    orgName
    line
    type
    typeLabel
    title
    startsAt
    endsAt
    location
    isElection
    status
    held
    checkInOpen
    minutesStatus
    canManage
    myAttendance {
      memberId
      state
    }
  }
`);

/** One invitee's attendance. */
export const MeetingAttendeeFields = graphql(`
  fragment MeetingAttendeeFields on MeetingAttendee {
    memberId
    name
    state
    voting
    leaveReason
    leaveRefused
    checkedInAt
    checkInMethod
  }
`);

/** The attendance counts (and the quorum, for the types that have one). */
export const MeetingAttendanceFields = graphql(`
  fragment MeetingAttendanceFields on MeetingAttendance {
    expected
    present
    onLeave
    leavePending
    absent
    quorumShare
    quorumInclusive
    quorumMet
    quorumRuleSource
  }
`);

/** A meeting in full: facts, attendance, minutes, amendments. */
export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    ...MeetingListFields
    agenda
    geofence {
      latitude
      longitude
      radiusMeters
    }
    cancelReason
    minutes
    resolutions
    approvedAt
    approvedByName
    attachments {
      fileId
      fileName
      contentType
      size
      url
    }
    amendments {
      id
      text
      authorName
      createdAt
    }
    attendance {
      ...MeetingAttendanceFields
    }
    attendees {
      ...MeetingAttendeeFields
    }
    myAttendance {
      ...MeetingAttendeeFields
    }
    createdAt
  }
`);

/** The meeting types with the tenant's frequency and quorum rules. */
export const MeetingTypesQuery = graphql(`
  query MeetingTypes {
    meetingTypes {
      type
      label
      line
      frequencyMonths
      ruleKey
      ruleSource
      general
      committeeOnly
    }
  }
`);

/** Meetings the viewer may see (mine: invited to; orgId: that org and below), newest start first. */
export const MeetingsQuery = graphql(`
  query Meetings($first: Int!, $after: String, $orgId: ID, $mine: Boolean, $from: DateTime, $to: DateTime) {
    meetings(first: $first, after: $after, orgId: $orgId, mine: $mine, from: $from, to: $to) {
      edges {
        cursor
        node {
          ...MeetingListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

/** What the big screen shows: the title, time and the present count. */
export const MeetingScreenQuery = graphql(`
  query MeetingScreen($id: ID!) {
    meeting(id: $id) {
      id
      title
      orgName
      startsAt
      endsAt
      location
      status
      checkInOpen
      canManage
      attendance {
        ...MeetingAttendanceFields
      }
    }
  }
`);

/** The rotating check-in code (managers only): fetch a new one after `refreshInSeconds`. */
export const MeetingCheckInCodeQuery = graphql(`
  query MeetingCheckInCode($meetingId: ID!) {
    meetingCheckInCode(meetingId: $meetingId) {
      code
      url
      expiresAt
      refreshInSeconds
    }
  }
`);

/** Per org and required type, the current period (orgId null: every org the viewer may read). */
export const MeetingComplianceQuery = graphql(`
  query MeetingCompliance($orgId: ID, $behindOnly: Boolean) {
    meetingCompliance(orgId: $orgId, behindOnly: $behindOnly) {
      orgId
      orgName
      type
      typeLabel
      frequencyMonths
      periodStart
      periodEnd
      daysLeft
      status
      warning
      lastHeldAt
      nextMeetingId
      missedLast12Months
      ruleSource
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const RequestMeetingLeaveMutation = graphql(`
  mutation RequestMeetingLeave($input: RequestMeetingLeaveInput!) {
    requestMeetingLeave(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const DecideMeetingLeaveMutation = graphql(`
  mutation DecideMeetingLeave($input: DecideMeetingLeaveInput!) {
    decideMeetingLeave(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** 扫码签到 with the code from the QR (and the position when the meeting has a geofence). */
export const CheckInToMeetingMutation = graphql(`
  mutation CheckInToMeeting($input: CheckInToMeetingInput!) {
    checkInToMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** 补签 (present: true) or undoing a check-in (present: false), by a manager. */
export const RecordMeetingAttendanceMutation = graphql(`
  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {
    recordMeetingAttendance(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const SaveMeetingMinutesMutation = graphql(`
  mutation SaveMeetingMinutes($input: SaveMeetingMinutesInput!) {
    saveMeetingMinutes(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** 审定纪要: the minutes become read only (amendments only, after). */
export const ApproveMeetingMinutesMutation = graphql(`
  mutation ApproveMeetingMinutes($input: ApproveMeetingMinutesInput!) {
    approveMeetingMinutes(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** 补充说明 to approved minutes. */
export const AmendMeetingRecordMutation = graphql(`
  mutation AmendMeetingRecord($input: AmendMeetingRecordInput!) {
    amendMeetingRecord(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** The meeting now, then after every attendance change (managers only). */
export const MeetingChangedSubscription = graphql(`
  subscription MeetingChanged($meetingId: ID!) {
    meetingChanged(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

/** The big screen's present count, live. */
export const MeetingCountsChangedSubscription = graphql(`
  subscription MeetingCountsChanged($meetingId: ID!) {
    meetingChanged(meetingId: $meetingId) {
      id
      checkInOpen
      attendance {
        ...MeetingAttendanceFields
      }
    }
  }
`);

/** The viewer's calendar subscription (null when none). */
export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      createdAt
      lastUsedAt
    }
  }
`);

/** A new secret feed link (shown once); any earlier link stops working. */
export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      feed {
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

// ---- 发展党员 (the party-entry pipeline) ---------------------------------------------------------

/** A step the branch proposed for a member: its 公示, objections and the upper org's decision. */
export const StageTransitionFields = graphql(`
  fragment StageTransitionFields on StageTransition {
    id
    memberId
    memberName
    orgId
    orgName
    fromStage
    toStage
    extensionMonths
    effectiveOn
    note
    status
    publicityUntil
    approvalDueAt
    awaitingDecision
    objectionCount
    objections {
      authorName
      text
      createdAt
    }
    proposedAt
    decidedAt
    decisionNote
  }
`);

/** 发展党员 board: members by stage under an org, and the open transitions. */
export const PartyPipelineQuery = graphql(`
  query PartyPipeline($orgId: ID!) {
    partyPipeline(orgId: $orgId) {
      entries {
        memberId
        name
        orgName
        stage
        since
        extendedMonths
        contacts
        introducers
        nextStage
        earliestNext
        blockedBy
      }
      openTransitions {
        ...StageTransitionFields
      }
    }
  }
`);

/** 发展历程: a member's stages, transitions and contacts. */
export const MemberPipelineQuery = graphql(`
  query MemberPipeline($memberId: ID!) {
    memberPipeline(memberId: $memberId) {
      stages {
        stage
        startedOn
        extensionMonths
      }
      transitions {
        ...StageTransitionFields
      }
      contacts {
        memberId
        name
        role
      }
      positions {
        orgName
        title
        termStart
        endedAt
      }
    }
  }
`);

export const RecordMemberStageMutation = graphql(`
  mutation RecordMemberStage($input: RecordMemberStageInput!) {
    recordMemberStage(input: $input) {
      stage
      startedOn
      extensionMonths
    }
  }
`);

export const SetPipelineContactMutation = graphql(`
  mutation SetPipelineContact($input: SetPipelineContactInput!) {
    setPipelineContact(input: $input)
  }
`);

export const ProposeStageTransitionMutation = graphql(`
  mutation ProposeStageTransition($input: ProposeStageTransitionInput!) {
    proposeStageTransition(input: $input) {
      ...StageTransitionFields
    }
  }
`);

export const ObjectToStageTransitionMutation = graphql(`
  mutation ObjectToStageTransition($input: ObjectToStageTransitionInput!) {
    objectToStageTransition(input: $input) {
      id
      status
      objectionCount
    }
  }
`);

export const DecideStageTransitionMutation = graphql(`
  mutation DecideStageTransition($input: DecideStageTransitionInput!) {
    decideStageTransition(input: $input) {
      ...StageTransitionFields
    }
  }
`);

export const WithdrawStageTransitionMutation = graphql(`
  mutation WithdrawStageTransition($input: WithdrawStageTransitionInput!) {
    withdrawStageTransition(input: $input) {
      ...StageTransitionFields
    }
  }
`);

// ---- 组织关系接转 (transfer letters) ---------------------------------------------------------------

/** An introduction letter (介绍信) as its sender sees it. */
export const TransferLetterFields = graphql(`
  fragment TransferLetterFields on TransferLetter {
    id
    memberId
    memberName
    line
    fromOrgId
    fromOrgName
    destination
    crossProvince
    code
    validUntil
    duesPaidThrough
    crossing
    status
    note
    issuedAt
    acceptedAt
    receipt
  }
`);

export const TransferLettersQuery = graphql(`
  query TransferLetters {
    transferLetters {
      ...TransferLetterFields
    }
  }
`);

export const TransferLetterByCodeQuery = graphql(`
  query TransferLetterByCode($code: String!) {
    transferLetterByCode(code: $code) {
      fromTenantName
      fromOrgName
      memberName
      line
      destination
      validUntil
      status
      duesPaidThrough
      crossing
    }
  }
`);

export const IssueTransferLetterMutation = graphql(`
  mutation IssueTransferLetter($input: IssueTransferLetterInput!) {
    issueTransferLetter(input: $input) {
      ...TransferLetterFields
    }
  }
`);

export const CancelTransferLetterMutation = graphql(`
  mutation CancelTransferLetter($input: CancelTransferLetterInput!) {
    cancelTransferLetter(input: $input) {
      ...TransferLetterFields
    }
  }
`);

export const AcceptTransferLetterMutation = graphql(`
  mutation AcceptTransferLetter($input: AcceptTransferLetterInput!) {
    acceptTransferLetter(input: $input) {
      member {
        id
        name
      }
    }
  }
`);

// ---- 入团 / 入会 (join applications) -------------------------------------------------------------

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

// ---- 团籍注册 (league registration) ---------------------------------------------------------------

export const LeagueCampaignsQuery = graphql(`
  query LeagueCampaigns {
    leagueCampaigns {
      id
      orgId
      orgName
      year
      closesOn
      lastRemindedAt
      members {
        memberId
        name
        orgName
        registeredAt
      }
    }
  }
`);

export const LeagueAgeOutsQuery = graphql(`
  query LeagueAgeOuts($orgId: ID!) {
    leagueAgeOuts(orgId: $orgId) {
      memberId
      name
      ageOutOn
    }
  }
`);

export const StartLeagueCampaignMutation = graphql(`
  mutation StartLeagueCampaign($input: StartLeagueCampaignInput!) {
    startLeagueCampaign(input: $input) {
      id
      year
      orgName
    }
  }
`);

export const RegisterLeagueMembershipMutation = graphql(`
  mutation RegisterLeagueMembership($input: RegisterLeagueMembershipInput!) {
    registerLeagueMembership(input: $input)
  }
`);

export const RemindLeagueCampaignMutation = graphql(`
  mutation RemindLeagueCampaign($campaignId: ID!) {
    remindLeagueCampaign(campaignId: $campaignId)
  }
`);

// ---- 工会电子会员卡 (union e-member card) ------------------------------------------------------------

export const UnionCardQuery = graphql(`
  query UnionCard {
    unionCard {
      name
      orgName
      tenantName
      code
      expiresAt
    }
  }
`);

export const VerifyUnionCardQuery = graphql(`
  query VerifyUnionCard($code: String!) {
    verifyUnionCard(code: $code) {
      name
      orgName
    }
  }
`);
