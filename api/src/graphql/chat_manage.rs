//! Managing conversations over GraphQL: custom groups, direct chats, joint department groups,
//! members and admins, settings, recall, mutes, reports and the sensitive-word list.

use super::{
    chat::{Conversation, Message},
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::chat::{groups, moderation};
use uuid::Uuid;

fn ids(t: NodeType, list: &[ID]) -> async_graphql::Result<Vec<Uuid>> {
    list.iter()
        .map(|i| decode(t, i))
        .collect::<Result<_, _>>()
        .gql()
}

fn conversation_of(id: &ID) -> async_graphql::Result<Uuid> {
    decode(NodeType::Conversation, id).gql()
}

/// Input of `createGroup`.
#[derive(InputObject)]
pub struct CreateGroupInput {
    /// Group name, 1–100 characters.
    pub title: String,
    /// Members to add besides the creator (at most 500), who becomes the group's admin.
    pub member_ids: Vec<ID>,
    /// Only admins post.
    #[graphql(default)]
    pub broadcast_only: bool,
}

/// Input of `createJointGroup`.
#[derive(InputObject)]
pub struct CreateJointGroupInput {
    /// The department (an org unit of the administrative line).
    pub department_id: ID,
    /// Its party, union and league units.
    pub unit_ids: Vec<ID>,
    /// Group name, 1–100 characters.
    pub title: String,
}

/// Input of `addConversationMembers`.
#[derive(InputObject)]
pub struct AddConversationMembersInput {
    /// A custom group.
    pub conversation_id: ID,
    /// Members to add (at most 500).
    pub member_ids: Vec<ID>,
}

/// Input naming one member of one conversation.
#[derive(InputObject)]
pub struct ConversationMemberInput {
    /// Conversation.
    pub conversation_id: ID,
    /// Member.
    pub member_id: ID,
}

/// Input of `setConversationAdmin`.
#[derive(InputObject)]
pub struct SetConversationAdminInput {
    /// A custom group.
    pub conversation_id: ID,
    /// A member of it.
    pub member_id: ID,
    /// Admin or plain member.
    pub admin: bool,
}

/// Input of `updateConversation`; absent fields stay as they are.
#[derive(InputObject)]
pub struct UpdateConversationInput {
    /// Conversation.
    pub conversation_id: ID,
    /// New name (custom groups only).
    pub title: Option<String>,
    /// Only admins post.
    pub broadcast_only: Option<bool>,
    /// The pinned notice (群公告), at most 2000 characters; an empty text removes it.
    pub pinned_notice: Option<String>,
}

/// Input naming one message by its conversation and seq.
#[derive(InputObject)]
pub struct MessageRefInput {
    /// Conversation.
    pub conversation_id: ID,
    /// The message's seq.
    pub seq: i64,
}

/// Input of `muteMember`.
#[derive(InputObject)]
pub struct MuteMemberInput {
    /// Conversation.
    pub conversation_id: ID,
    /// The member to mute.
    pub member_id: ID,
    /// For how many minutes (1–43200); absent mutes until lifted.
    pub minutes: Option<i32>,
}

/// Input of `reportMessage`.
#[derive(InputObject)]
pub struct ReportMessageInput {
    /// Conversation.
    pub conversation_id: ID,
    /// The message's seq.
    pub seq: i64,
    /// Why, 1–500 characters.
    pub reason: String,
}

/// What happens to a message containing a sensitive word.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "tongxin_core::chat::WordAction")]
pub enum ChatWordAction {
    /// The message is refused and the sender told which word.
    Block,
    /// The word is replaced by asterisks.
    Mask,
}

/// A word of the tenant's sensitive-word list.
#[derive(SimpleObject)]
pub struct ChatWord {
    /// The word (matched ignoring ASCII case).
    pub word: String,
    /// Block or mask.
    pub action: ChatWordAction,
}

/// Input of `setChatWord`.
#[derive(InputObject)]
pub struct SetChatWordInput {
    /// The word, 1–50 characters.
    pub word: String,
    /// Block or mask.
    pub action: ChatWordAction,
}

/// A member of a conversation.
#[derive(SimpleObject)]
pub struct Participant {
    /// The member's global ID.
    pub id: ID,
    /// Name.
    pub name: String,
    /// Administers the conversation.
    pub is_admin: bool,
    /// Muted right now.
    pub muted: bool,
    /// Muted until (absent while muted: until lifted).
    pub muted_until: Option<DateTime<Utc>>,
}

/// A page of a conversation's members, admins first.
#[derive(SimpleObject)]
pub struct ParticipantPage {
    /// Members of this page.
    pub items: Vec<Participant>,
    /// Members in all.
    pub total_count: i64,
}

/// Queries of conversation management.
#[derive(Default)]
pub struct ChatManageQuery;

#[Object(name = "ChatManageQuery")]
impl ChatManageQuery {
    /// Members of one of the viewer's conversations, admins first, by offset (at most 200).
    async fn conversation_members(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        first: i32,
        #[graphql(default)] offset: i32,
    ) -> async_graphql::Result<ParticipantPage> {
        let c = tenant(ctx)?;
        let id = conversation_of(&conversation_id)?;
        let (rows, total) =
            groups::participants(&c, app(ctx), id, i64::from(offset), i64::from(first))
                .await
                .gql()?;
        Ok(ParticipantPage {
            items: rows
                .into_iter()
                .map(|p| Participant {
                    id: encode(NodeType::Member, p.id),
                    name: p.name,
                    is_admin: p.is_admin,
                    muted: p.muted,
                    muted_until: p.muted_until,
                })
                .collect(),
            total_count: total,
        })
    }

    /// The tenant's sensitive-word list (tenant admins).
    async fn chat_words(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ChatWord>> {
        let c = tenant(ctx)?;
        Ok(moderation::words(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(|w| ChatWord {
                word: w.word,
                action: w.action.into(),
            })
            .collect())
    }
}

/// Mutations of conversation management.
#[derive(Default)]
pub struct ChatManageMutation;

#[Object(name = "ChatManageMutation")]
impl ChatManageMutation {
    /// Creates a custom group; the viewer becomes its admin.
    async fn create_group(
        &self,
        ctx: &Context<'_>,
        input: CreateGroupInput,
    ) -> async_graphql::Result<Conversation> {
        let c = tenant(ctx)?;
        let members = ids(NodeType::Member, &input.member_ids)?;
        let row = groups::create_group(&c, app(ctx), &input.title, &members, input.broadcast_only)
            .await
            .gql()?;
        Ok(Conversation::new(row))
    }

    /// The direct conversation with another member, created on first use.
    async fn open_direct_conversation(
        &self,
        ctx: &Context<'_>,
        member_id: ID,
    ) -> async_graphql::Result<Conversation> {
        let c = tenant(ctx)?;
        let other = decode(NodeType::Member, &member_id).gql()?;
        Ok(Conversation::new(
            groups::open_direct(&c, app(ctx), other).await.gql()?,
        ))
    }

    /// Creates a department's joint group (党工团一体化群) over it and its party, union and league
    /// units: everyone placed in any of them takes part, following the org tree. Needs org write
    /// permission on the department; the viewer must be placed in one of the units.
    async fn create_joint_group(
        &self,
        ctx: &Context<'_>,
        input: CreateJointGroupInput,
    ) -> async_graphql::Result<Conversation> {
        let c = tenant(ctx)?;
        let department = decode(NodeType::Organization, &input.department_id).gql()?;
        let units = ids(NodeType::Organization, &input.unit_ids)?;
        Ok(Conversation::new(
            groups::create_joint_group(&c, app(ctx), department, &units, &input.title)
                .await
                .gql()?,
        ))
    }

    /// Adds members to a custom group (its admins); returns how many were new.
    async fn add_conversation_members(
        &self,
        ctx: &Context<'_>,
        input: AddConversationMembersInput,
    ) -> async_graphql::Result<i64> {
        let c = tenant(ctx)?;
        let members = ids(NodeType::Member, &input.member_ids)?;
        let added = groups::add_members(
            &c,
            app(ctx),
            conversation_of(&input.conversation_id)?,
            &members,
        )
        .await
        .gql()?;
        Ok(added as i64)
    }

    /// Removes a member from a custom group (its admins), or leaves it (the member themself).
    async fn remove_conversation_member(
        &self,
        ctx: &Context<'_>,
        input: ConversationMemberInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let member = decode(NodeType::Member, &input.member_id).gql()?;
        groups::remove_member(
            &c,
            app(ctx),
            conversation_of(&input.conversation_id)?,
            member,
        )
        .await
        .gql()?;
        Ok(true)
    }

    /// Makes a member of a custom group an admin or a plain member (its admins).
    async fn set_conversation_admin(
        &self,
        ctx: &Context<'_>,
        input: SetConversationAdminInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let member = decode(NodeType::Member, &input.member_id).gql()?;
        groups::set_admin(
            &c,
            app(ctx),
            conversation_of(&input.conversation_id)?,
            member,
            input.admin,
        )
        .await
        .gql()?;
        Ok(true)
    }

    /// Changes a conversation's name, broadcast-only setting or pinned notice (its admins).
    async fn update_conversation(
        &self,
        ctx: &Context<'_>,
        input: UpdateConversationInput,
    ) -> async_graphql::Result<Conversation> {
        let c = tenant(ctx)?;
        let row = groups::update(
            &c,
            app(ctx),
            conversation_of(&input.conversation_id)?,
            &groups::Settings {
                title: input.title.as_deref(),
                broadcast_only: input.broadcast_only,
                pinned_notice: input.pinned_notice.as_deref(),
            },
        )
        .await
        .gql()?;
        Ok(Conversation::new(row))
    }

    /// Recalls a message: the sender within 2 minutes, admins at any time. Its text and file
    /// disappear for everyone; `messageChanged` tells live clients.
    async fn recall_message(
        &self,
        ctx: &Context<'_>,
        input: MessageRefInput,
    ) -> async_graphql::Result<Message> {
        let c = tenant(ctx)?;
        let row = moderation::recall(
            &c,
            app(ctx),
            conversation_of(&input.conversation_id)?,
            input.seq,
        )
        .await
        .gql()?;
        Ok(Message::new(row))
    }

    /// Mutes a member of a conversation (its admins); admins cannot be muted.
    async fn mute_member(
        &self,
        ctx: &Context<'_>,
        input: MuteMemberInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let member = decode(NodeType::Member, &input.member_id).gql()?;
        moderation::mute(
            &c,
            app(ctx),
            conversation_of(&input.conversation_id)?,
            member,
            input.minutes,
        )
        .await
        .gql()?;
        Ok(true)
    }

    /// Lifts a mute (its admins).
    async fn unmute_member(
        &self,
        ctx: &Context<'_>,
        input: ConversationMemberInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let member = decode(NodeType::Member, &input.member_id).gql()?;
        moderation::unmute(
            &c,
            app(ctx),
            conversation_of(&input.conversation_id)?,
            member,
        )
        .await
        .gql()?;
        Ok(true)
    }

    /// Reports a message to the conversation's admins, who are notified.
    async fn report_message(
        &self,
        ctx: &Context<'_>,
        input: ReportMessageInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        moderation::report(
            &c,
            app(ctx),
            conversation_of(&input.conversation_id)?,
            input.seq,
            &input.reason,
        )
        .await
        .gql()?;
        Ok(true)
    }

    /// Adds a sensitive word or changes its action (tenant admins).
    async fn set_chat_word(
        &self,
        ctx: &Context<'_>,
        input: SetChatWordInput,
    ) -> async_graphql::Result<ChatWord> {
        let c = tenant(ctx)?;
        let w = moderation::set_word(&c, app(ctx), &input.word, input.action.into())
            .await
            .gql()?;
        Ok(ChatWord {
            word: w.word,
            action: w.action.into(),
        })
    }

    /// Removes a sensitive word (tenant admins).
    async fn remove_chat_word(
        &self,
        ctx: &Context<'_>,
        word: String,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        moderation::remove_word(&c, app(ctx), &word).await.gql()?;
        Ok(true)
    }
}
