//! Group chat over GraphQL: conversations, history, sending, read cursors, live messages.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    types::PageInfo,
};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject, Subscription};
use chrono::{DateTime, Utc};
use futures::{Stream, StreamExt, stream::BoxStream};
use std::{collections::HashMap, sync::Mutex};
use tokio::sync::broadcast::error::RecvError;
use tongxin_core::{
    AppError,
    chat::{self, ConversationRow, MessageRow},
    page::{PageArgs, encode_cursor},
};

/// Request data telling `messageAdded` to render this one message (or error) and end: the
/// shared path renders a message once per selection and sends the text to many sockets.
#[derive(Default)]
pub struct RenderOne(Mutex<Option<Result<MessageRow, AppError>>>);

impl RenderOne {
    /// A rendering of one message or error.
    pub fn new(item: Result<MessageRow, AppError>) -> Self {
        Self(Mutex::new(Some(item)))
    }

    fn take(&self) -> Option<Result<MessageRow, AppError>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// Request data telling `messageAdded` to check the request (arguments, access) and hand
/// back what to follow instead of following it itself.
#[derive(Default, Clone)]
pub struct Probe(std::sync::Arc<Mutex<Option<chat::hub::Opened>>>);

impl Probe {
    fn accept(&self, opened: chat::hub::Opened) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(opened);
    }

    /// The accepted subscription, set up and with its first replay read.
    pub fn accepted(&self) -> Option<chat::hub::Opened> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// Who wrote a message.
#[derive(SimpleObject)]
pub struct Author {
    /// The member's global ID.
    pub id: ID,
    /// Name.
    pub name: String,
}

/// A chat message.
pub struct Message {
    row: MessageRow,
    read: Option<(i64, i64)>,
}

impl Message {
    /// A message without read counts.
    pub fn new(row: MessageRow) -> Self {
        Self { row, read: None }
    }
}

/// How many have read a message, in small groups.
#[derive(SimpleObject)]
pub struct ReadCount {
    /// Members other than the author who have read it.
    pub read: i64,
    /// Members other than the author.
    pub of: i64,
}

/// A file attached to a message.
#[derive(SimpleObject)]
pub struct Attachment {
    /// The file's global ID.
    pub id: ID,
    /// File name.
    pub name: String,
    /// Content type.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
    /// Shown inline (PNG, JPEG, GIF, WebP).
    pub is_image: bool,
    /// A download link valid for five minutes.
    pub url: String,
}

/// A chat message.
#[Object]
impl Message {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Message, self.row.id)
    }
    /// Position in its conversation, from 1, without gaps.
    async fn seq(&self) -> i64 {
        self.row.seq
    }
    /// Text; empty once recalled.
    async fn body(&self) -> &str {
        &self.row.body
    }
    /// Sent.
    async fn created_at(&self) -> DateTime<Utc> {
        self.row.created_at
    }
    /// The author.
    async fn author(&self) -> Author {
        Author {
            id: encode(NodeType::Member, self.row.author_id),
            name: self.row.author_name.clone(),
        }
    }
    /// The seq of the message this one replies to.
    async fn reply_to_seq(&self) -> Option<i64> {
        self.row.reply_to_seq
    }
    /// When it was recalled (its text is gone for everyone).
    async fn recalled_at(&self) -> Option<DateTime<Utc>> {
        self.row.recalled_at
    }
    /// The conversation's global ID.
    async fn conversation_id(&self) -> ID {
        encode(NodeType::Conversation, self.row.conversation_id)
    }
    /// Who recalled it (the author or a group admin).
    async fn recalled_by(&self) -> Option<ID> {
        self.row.recalled_by.map(|m| encode(NodeType::Member, m))
    }
    /// Members mentioned (global IDs).
    async fn mention_ids(&self) -> Vec<ID> {
        self.row
            .mentions
            .iter()
            .map(|m| encode(NodeType::Member, *m))
            .collect()
    }
    /// Mentions everyone (@所有人).
    async fn mentions_all(&self) -> bool {
        self.row.mention_all
    }
    /// Whether the viewer is mentioned, by name or by @all.
    async fn mentions_viewer(&self, ctx: &Context<'_>) -> bool {
        let viewer = tenant(ctx).ok().and_then(|c| c.member_id());
        self.row.mention_all || viewer.is_some_and(|v| self.row.mentions.contains(&v))
    }
    /// The attached file, with a download link valid for five minutes.
    async fn attachment(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Attachment>> {
        let r = &self.row;
        let (Some(id), Some(name), Some(content_type), Some(size), Some(key)) = (
            r.file_id,
            r.file_name.clone(),
            r.file_type.clone(),
            r.file_size,
            r.file_key.clone(),
        ) else {
            return Ok(None);
        };
        let c = tenant(ctx)?;
        let file = tongxin_core::files::FileRow {
            id,
            uploader_id: r.author_id,
            file_name: name,
            content_type,
            byte_size: size,
            storage_key: key,
            status: tongxin_core::files::FileStatus::Ready,
            created_at: r.created_at,
        };
        // The viewer reads this message, so they may read its file.
        // Boxed: a resolver future as large as this one would be moved for every field of
        // every message (see `types::load_org`).
        let url = Box::pin(tongxin_core::files::download_url(
            app(ctx),
            c.tenant_id(),
            &file,
        ))
        .await
        .gql()?;
        Ok(Some(Attachment {
            id: encode(NodeType::File, id),
            is_image: tongxin_core::files::rules::is_image(&file.content_type),
            name: file.file_name,
            content_type: file.content_type,
            size,
            url,
        }))
    }
    /// "Read by N of M", in groups of at most 50 members; null in larger ones.
    async fn read_count(&self) -> Option<ReadCount> {
        self.read.map(|(read, of)| ReadCount { read, of })
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
    /// `ORG` (an org unit's group), `JOINT` (a department's party, union and league group),
    /// `GROUP` (a custom group) or `DIRECT` (two members).
    async fn kind(&self) -> &str {
        self.row.kind.as_str()
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
        self.last.clone().map(Message::new)
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
    /// The viewer administers it: may post in broadcast-only groups, @all, recall any message,
    /// mute, pin a notice, and (custom groups) manage members.
    async fn viewer_is_admin(&self) -> bool {
        self.row.viewer_is_admin
    }
    /// The department of a joint group.
    async fn department(&self) -> Option<ConversationOrganization> {
        self.row.department_id.map(|id| ConversationOrganization {
            id: encode(NodeType::Organization, id),
        })
    }
}

impl Conversation {
    /// A conversation without its last message.
    pub fn new(row: ConversationRow) -> Self {
        Self { row, last: None }
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
    /// Members to mention; those not in the conversation are ignored. Each is notified.
    #[graphql(default)]
    pub mention_ids: Vec<ID>,
    /// Mention everyone (@所有人); admins only.
    #[graphql(default)]
    pub mention_all: bool,
    /// An uploaded, completed file to attach; the body may then be empty.
    pub file_id: Option<ID>,
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
        let history = chat::messages(&c, app(ctx), id, before_seq, i64::from(first))
            .await
            .gql()?;
        let readers = history.readers;
        Ok(history
            .messages
            .into_iter()
            .map(|row| Message {
                read: readers.as_ref().map(|r| r.count(&row)),
                row,
            })
            .collect())
    }

    /// One of the viewer's conversations.
    async fn conversation(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Conversation> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Conversation, &id).gql()?;
        Ok(Conversation::new(
            chat::conversation(&c, app(ctx), id).await.gql()?,
        ))
    }

    /// Messages of one of the viewer's conversations whose text contains `query` (1–50
    /// characters, matched literally, ignoring case), newest first, before `beforeSeq`.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn search_messages(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        query: String,
        first: i32,
        before_seq: Option<i64>,
    ) -> async_graphql::Result<Vec<Message>> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Conversation, &conversation_id).gql()?;
        Ok(
            chat::search(&c, app(ctx), id, &query, before_seq, i64::from(first))
                .await
                .gql()?
                .into_iter()
                .map(Message::new)
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
        // An ID of another type can never match a member: it is dropped like a non-participant.
        let mentions: Vec<uuid::Uuid> = input
            .mention_ids
            .iter()
            .filter_map(|m| decode(NodeType::Member, m).ok())
            .collect();
        let file = input
            .file_id
            .as_ref()
            .map(|f| decode(NodeType::File, f))
            .transpose()
            .gql()?;
        let row = chat::send(
            &c,
            app(ctx),
            &chat::Send {
                conversation: id,
                body: &input.body,
                client_message_id: &input.client_message_id,
                reply_to_seq: input.reply_to_seq,
                mentions: &mentions,
                mention_all: input.mention_all,
                file,
            },
        )
        .await
        .gql()?;
        Ok(SendMessagePayload {
            message: Message::new(row),
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
    ) -> async_graphql::Result<BoxStream<'static, async_graphql::Result<Message>>> {
        // The shared path renders one message it already has (see `http::ws_shared`).
        if let Some(one) = ctx.data_opt::<RenderOne>() {
            let item = one.take();
            return Ok(futures::stream::iter(item.map(|r| r.map(Message::new).gql())).boxed());
        }
        let c = tenant(ctx)?;
        let id = decode(NodeType::Conversation, &conversation_id).gql()?;
        let app = app(ctx).clone();
        let opened = chat::hub::open(&app, c, id, after_seq.unwrap_or(0))
            .await
            .gql()?;
        if let Some(probe) = ctx.data_opt::<Probe>() {
            probe.accept(opened);
            return Ok(futures::stream::empty().boxed());
        }
        Ok(chat::hub::follow(app, opened)
            .map(|d| d.map(|d| Message::new(d.into_row())).gql())
            .boxed())
    }

    /// Messages of one of the viewer's conversations as they change (recalled): each event
    /// carries the message as it now is.
    async fn message_changed(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<Message>>> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Conversation, &conversation_id).gql()?;
        let app = app(ctx).clone();
        let rx = app.bus.subscribe_topic(chat::MESSAGE_CHANGED);
        chat::hub::check(&app, &c, id).await.gql()?;
        let tenant_id = c.tenant_id();
        let events = futures::stream::unfold(rx, |mut rx| async move {
            loop {
                match rx.recv().await {
                    Ok(ev) => return Some((ev, rx)),
                    // A missed change is seen again when the client reloads history.
                    Err(RecvError::Lagged(_)) => continue,
                    Err(RecvError::Closed) => return None,
                }
            }
        });
        Ok(events
            .filter_map(move |ev| {
                let wanted = (ev.tenant == tenant_id
                    && ev.topic == chat::MESSAGE_CHANGED
                    && ev.subject == id)
                    .then_some(ev.id);
                futures::future::ready(wanted)
            })
            .then(move |message| {
                let (c, app) = (c.clone(), app.clone());
                async move {
                    chat::message(&c, &app, id, message)
                        .await
                        .gql()
                        .map(Message::new)
                }
            })
            // Access ended (left, disabled): the subscription completes.
            .take_while(|r| futures::future::ready(r.is_ok())))
    }
}
