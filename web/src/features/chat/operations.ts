// Chat: conversations, history, sending, read cursors, live messages, managing conversations and
// moderation. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

// ---- Chat: conversations, history, sending, read cursors, live messages ------------------------

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

// ---- Chat: managing conversations, moderation, sensitive words ------------------------------

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
  mutation ReportMessage($input: ReportMessageInput!, $content: ReportContentInput!) {
    reportMessage(input: $input)
    reportContent(input: $content) {
      newReport
      hidden
    }
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
