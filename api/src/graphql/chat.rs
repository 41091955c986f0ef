//! Group chat over GraphQL: conversations, history, sending, read cursors, live messages.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    types::PageInfo,
};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject, Subscription};
use chrono::{DateTime, Utc};
use futures::Stream;
use std::collections::{HashMap, VecDeque};
use tokio::sync::broadcast::error::RecvError;
use tongxin_core::{
    chat::{self, ConversationRow, MessageRow},
    page::{PageArgs, encode_cursor},
};

/// Who wrote a message.
#[derive(SimpleObject)]
pub struct Author {
    /// The member's global ID.
    pub id: ID,
    /// Name.
    pub name: String,
}

/// A chat message.
pub struct Message(pub MessageRow);

/// A chat message.
#[Object]
impl Message {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Message, self.0.id)
    }
    /// Position in its conversation, from 1, without gaps.
    async fn seq(&self) -> i64 {
        self.0.seq
    }
    /// Text; empty once recalled.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// Sent.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// The author.
    async fn author(&self) -> Author {
        Author {
            id: encode(NodeType::Member, self.0.author_id),
            name: self.0.author_name.clone(),
        }
    }
    /// The seq of the message this one replies to.
    async fn reply_to_seq(&self) -> Option<i64> {
        self.0.reply_to_seq
    }
    /// When it was recalled (its text is gone for everyone).
    async fn recalled_at(&self) -> Option<DateTime<Utc>> {
        self.0.recalled_at
    }
    /// The conversation's global ID.
    async fn conversation_id(&self) -> ID {
        encode(NodeType::Conversation, self.0.conversation_id)
    }
}

/// The org unit an org group belongs to.
#[derive(SimpleObject)]
pub struct ConversationOrganization {
    /// The unit's global ID.
    pub id: ID,
}

/// A conversation the viewer takes part in.
pub struct Conversation {
    row: ConversationRow,
    last: Option<MessageRow>,
}

/// A conversation the viewer takes part in: an org unit's group, a custom group or a direct chat.
#[Object]
impl Conversation {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Conversation, self.row.id)
    }
    /// `ORG`, `GROUP` or `DIRECT`.
    async fn kind(&self) -> &str {
        &self.row.kind
    }
    /// Title (an org group carries its unit's name).
    async fn title(&self) -> &str {
        &self.row.title
    }
    /// Messages after the viewer's read cursor.
    async fn unread_count(&self) -> i64 {
        self.row.unread
    }
    /// The newest message.
    async fn last_message(&self) -> Option<Message> {
        self.last.clone().map(Message)
    }
    /// The seq of the newest message (0 when none).
    async fn last_seq(&self) -> i64 {
        self.row.last_seq
    }
    /// The org unit, for org groups.
    async fn organization(&self) -> Option<ConversationOrganization> {
        self.row.org_id.map(|id| ConversationOrganization {
            id: encode(NodeType::Organization, id),
        })
    }
    /// Only admins post.
    async fn broadcast_only(&self) -> bool {
        self.row.broadcast_only
    }
    /// The pinned group notice (群公告).
    async fn pinned_notice(&self) -> Option<&str> {
        self.row.pinned_notice.as_deref()
    }
}

/// A conversation with its cursor.
#[derive(SimpleObject)]
pub struct ConversationEdge {
    /// The item.
    pub node: Conversation,
    /// Its cursor.
    pub cursor: String,
}

/// A page of the viewer's conversations.
#[derive(SimpleObject)]
pub struct ConversationConnection {
    /// Items with cursors.
    pub edges: Vec<ConversationEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// Input of `sendMessage`.
#[derive(InputObject)]
pub struct SendMessageInput {
    /// Conversation.
    pub conversation_id: ID,
    /// Text, 1–2000 characters.
    pub body: String,
    /// The client's key for this message: sending the same key again stores nothing new and
    /// returns the first message.
    pub client_message_id: String,
    /// The seq of the message replied to.
    pub reply_to_seq: Option<i64>,
}

/// Payload of `sendMessage`.
#[derive(SimpleObject)]
pub struct SendMessagePayload {
    /// The stored message.
    pub message: Message,
}

/// Input of `markConversationRead`.
#[derive(InputObject)]
pub struct MarkConversationReadInput {
    /// Conversation.
    pub conversation_id: ID,
    /// Everything up to this seq is read.
    pub seq: i64,
}

/// Chat queries.
#[derive(Default)]
pub struct ChatQuery;

#[Object(name = "ChatQuery")]
impl ChatQuery {
    /// The viewer's conversations, most recent activity first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn conversations(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<ConversationConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let (page, mut last): (_, HashMap<_, _>) =
            chat::conversations(&c, app(ctx), &args).await.gql()?;
        let has_next = page.has_next;
        let edges: Vec<ConversationEdge> = page
            .items
            .into_iter()
            .map(|row| ConversationEdge {
                cursor: encode_cursor(&chat::cursor_of(&row)),
                node: Conversation {
                    last: last.remove(&row.id),
                    row,
                },
            })
            .collect();
        let end_cursor = edges.last().map(|e| e.cursor.clone());
        Ok(ConversationConnection {
            edges,
            page_info: PageInfo {
                has_next_page: has_next,
                end_cursor,
            },
        })
    }

    /// History of one of the viewer's conversations, newest first, before `beforeSeq`.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn messages(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        first: i32,
        before_seq: Option<i64>,
    ) -> async_graphql::Result<Vec<Message>> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Conversation, &conversation_id).gql()?;
        Ok(
            chat::messages(&c, app(ctx), id, before_seq, i64::from(first))
                .await
                .gql()?
                .into_iter()
                .map(Message)
                .collect(),
        )
    }
}

/// Chat mutations.
#[derive(Default)]
pub struct ChatMutation;

#[Object(name = "ChatMutation")]
impl ChatMutation {
    /// Sends a message to one of the viewer's conversations.
    async fn send_message(
        &self,
        ctx: &Context<'_>,
        input: SendMessageInput,
    ) -> async_graphql::Result<SendMessagePayload> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Conversation, &input.conversation_id).gql()?;
        let row = chat::send(
            &c,
            app(ctx),
            &chat::Send {
                conversation: id,
                body: &input.body,
                client_message_id: &input.client_message_id,
                reply_to_seq: input.reply_to_seq,
            },
        )
        .await
        .gql()?;
        Ok(SendMessagePayload {
            message: Message(row),
        })
    }

    /// Moves the viewer's read cursor in a conversation forward.
    async fn mark_conversation_read(
        &self,
        ctx: &Context<'_>,
        input: MarkConversationReadInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Conversation, &input.conversation_id).gql()?;
        chat::mark_read(&c, app(ctx), id, input.seq).await.gql()?;
        Ok(true)
    }
}

/// Chat subscriptions.
#[derive(Default)]
pub struct ChatSubscription;

#[Subscription(name = "ChatSubscription")]
impl ChatSubscription {
    /// Messages of one of the viewer's conversations after `afterSeq` (from the start when
    /// absent): first everything already stored, then live, in `seq` order, without gaps or
    /// duplicates.
    async fn message_added(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        after_seq: Option<i64>,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<Message>>> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Conversation, &conversation_id).gql()?;
        let app = app(ctx).clone();
        // Subscribe before the first read, so nothing sent in between is missed.
        let rx = app.bus.subscribe();
        chat::conversation(&c, &app, id).await.gql()?;
        let state = Replay {
            rx,
            app,
            ctx: c,
            conversation: id,
            seen: after_seq.unwrap_or(0).max(0),
            queue: VecDeque::new(),
            poke: true,
            ended: false,
        };
        Ok(futures::stream::unfold(state, Replay::next))
    }
}

/// A subscriber's position: what it has been sent, what is queued, whether to read again.
struct Replay {
    rx: tokio::sync::broadcast::Receiver<std::sync::Arc<tongxin_core::bus::Event>>,
    app: tongxin_core::App,
    ctx: tongxin_core::Ctx,
    conversation: uuid::Uuid,
    seen: i64,
    queue: VecDeque<MessageRow>,
    poke: bool,
    ended: bool,
}

impl Replay {
    async fn next(mut self) -> Option<(async_graphql::Result<Message>, Self)> {
        if self.ended {
            return None;
        }
        loop {
            if let Some(m) = self.queue.pop_front() {
                return Some((Ok(Message(m)), self));
            }
            if self.poke {
                match chat::messages_after(&self.ctx, &self.app, self.conversation, self.seen, 100)
                    .await
                {
                    Ok(rows) => {
                        self.poke = rows.len() == 100;
                        if let Some(last) = rows.last() {
                            self.seen = last.seq;
                        }
                        self.queue.extend(rows);
                        continue;
                    }
                    // Access ended (left the group, disabled): one error, then the end.
                    Err(e) => {
                        self.ended = true;
                        return Some((Err(e).gql(), self));
                    }
                }
            }
            match self.rx.recv().await {
                Ok(ev)
                    if ev.tenant == self.ctx.tenant_id
                        && ev.topic == chat::MESSAGE_ADDED
                        && ev.subject == self.conversation =>
                {
                    self.poke = true;
                }
                Ok(_) => {}
                Err(RecvError::Lagged(_)) => self.poke = true,
                Err(RecvError::Closed) => return None,
            }
        }
    }
}
