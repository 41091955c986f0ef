//! Moderation over GraphQL: reports of chat messages, ideas and idea comments, one queue per
//! org, and the moderators' recorded actions.

use super::{
    context::{app, target},
    errors::Gql,
    ids::{NodeType, encode},
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    moderation::{ActionRow, ItemView, ReportRow, service},
    page::PageArgs,
};

/// What is reported.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::moderation::ContentKind")]
pub enum ReportedContentKind {
    /// A chat message (`id`: the Message's global ID).
    ChatMessage,
    /// An idea (`id`: the Idea's global ID).
    Idea,
    /// A comment on an idea (`id`: the IdeaComment's global ID).
    IdeaComment,
    /// A comment on an article (`id`: the ArticleComment's global ID).
    ArticleComment,
}

/// Where a reported item stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::moderation::ItemStatus")]
pub enum ModerationStatus {
    /// Reports wait for a decision.
    Pending,
    /// The reports were dismissed; the content stays.
    Dismissed,
    /// The content is hidden (automatically or by a moderator).
    Hidden,
    /// The content was shown again.
    Restored,
}

/// A recorded decision.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::moderation::ModerationAction")]
pub enum ModerationActionKind {
    /// Hidden automatically after the tenant's number of reports (recorded only).
    AutoHide,
    /// Dismiss the reports; the content is shown.
    Dismiss,
    /// Hide the content.
    Hide,
    /// Warn the author (a notification with the note).
    WarnAuthor,
    /// Show hidden content again.
    Restore,
}

/// One member's report.
pub struct ContentReport(ReportRow);

/// One member's report.
#[Object]
impl ContentReport {
    /// The reporter's name.
    async fn reporter_name(&self) -> &str {
        &self.0.reporter_name
    }
    /// Why.
    async fn reason(&self) -> &str {
        &self.0.reason
    }
    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// One recorded decision.
pub struct ModerationRecord(ActionRow);

/// One recorded decision.
#[Object]
impl ModerationRecord {
    /// What was done.
    async fn action(&self) -> ModerationActionKind {
        self.0.action.into()
    }
    /// Who (null for the automatic hide).
    async fn actor_name(&self) -> Option<&str> {
        self.0.actor_name.as_deref()
    }
    /// Note.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A reported piece of content in an org's moderation queue.
pub struct ModerationItem(ItemView);

/// A reported piece of content in an org's moderation queue.
#[Object]
impl ModerationItem {
    /// Global ID (for `moderateContent`).
    async fn id(&self) -> ID {
        encode(NodeType::ModerationItem, self.0.row.id)
    }
    /// What it is.
    async fn kind(&self) -> ReportedContentKind {
        self.0.row.kind.into()
    }
    /// The content's global ID (Message, Idea or IdeaComment).
    async fn content_id(&self) -> ID {
        let t = match self.0.row.kind {
            tongxin_core::moderation::ContentKind::ChatMessage => NodeType::Message,
            tongxin_core::moderation::ContentKind::Idea => NodeType::Idea,
            tongxin_core::moderation::ContentKind::IdeaComment => NodeType::IdeaComment,
            tongxin_core::moderation::ContentKind::ArticleComment => NodeType::ArticleComment,
        };
        encode(t, self.0.row.content_id)
    }
    /// The org whose queue has it.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.row.org_id)
    }
    /// The author's name.
    async fn author_name(&self) -> &str {
        &self.0.row.author_name
    }
    /// The content as reported (kept here while it is hidden).
    async fn excerpt(&self) -> &str {
        &self.0.row.excerpt
    }
    /// Status.
    async fn status(&self) -> ModerationStatus {
        self.0.row.status.into()
    }
    /// Whether the content is hidden now.
    async fn hidden(&self) -> bool {
        self.0.row.hidden
    }
    /// Reports since the last decision.
    async fn pending_reports(&self) -> i32 {
        self.0.row.pending_reports
    }
    /// Every report so far.
    async fn total_reports(&self) -> i32 {
        self.0.row.total_reports
    }
    /// The reports, oldest first.
    async fn reports(&self) -> Vec<ContentReport> {
        self.0.reports.iter().cloned().map(ContentReport).collect()
    }
    /// The decisions, oldest first.
    async fn history(&self) -> Vec<ModerationRecord> {
        self.0
            .actions
            .iter()
            .cloned()
            .map(ModerationRecord)
            .collect()
    }
    /// First reported.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }
    /// Last report or decision.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.row.updated_at
    }
}

super::types::connection!(
    ModerationItemConnection,
    ModerationItemEdge,
    ModerationItem,
    "A page of an org's moderation queue, most recently reported first."
);

/// Report a piece of content.
#[derive(InputObject)]
pub struct ReportContentInput {
    /// What it is.
    pub kind: ReportedContentKind,
    /// Its global ID (a Message, an Idea or an IdeaComment, as `kind` says).
    pub id: ID,
    /// Why, 1–500 characters.
    pub reason: String,
}

/// The result of `reportContent`.
#[derive(SimpleObject)]
pub struct ReportContentPayload {
    /// False when the member had reported it already (nothing changed).
    pub new_report: bool,
    /// Whether the content is hidden now.
    pub hidden: bool,
}

/// A moderator's action.
#[derive(InputObject)]
pub struct ModerateContentInput {
    /// The queue item.
    pub item_id: ID,
    /// DISMISS, HIDE, WARN_AUTHOR or RESTORE.
    pub action: ModerationActionKind,
    /// A note (for WARN_AUTHOR, the message the author gets), up to 500 characters.
    pub note: Option<String>,
}

/// The result of `moderateContent`.
#[derive(SimpleObject)]
pub struct ModerateContentPayload {
    /// The item as it is now.
    pub item: ModerationItem,
}

/// Queries of moderation.
#[derive(Default)]
pub struct ModerationQuery;

/// Queries of moderation.
#[Object(name = "ModerationQuery")]
impl ModerationQuery {
    /// An org's moderation queue (`moderation:read` there), most recently reported first.
    #[graphql(complexity = "(first.unwrap_or(20).max(1) as usize) * child_complexity + 1")]
    async fn moderation_queue(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org.")] org_id: ID,
        #[graphql(desc = "Only items in this status.")] status: Option<ModerationStatus>,
        #[graphql(desc = "Page size, 1–100 (20 when absent).")] first: Option<i32>,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<ModerationItemConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let page = PageArgs::parse(first.unwrap_or(20), after.as_deref()).gql()?;
        let result = service::queue(&c, app(ctx), org, status.map(Into::into), &page)
            .await
            .gql()?;
        Ok(ModerationItemConnection::from_page(
            result,
            |v| v.row.id.to_string(),
            ModerationItem,
        ))
    }
}

/// Mutations of moderation.
#[derive(Default)]
pub struct ModerationMutation;

/// Mutations of moderation.
#[Object(name = "ModerationMutation")]
impl ModerationMutation {
    /// Reports content the member may read (not their own), once per member and item; it is
    /// hidden automatically when the tenant's number of reports is reached.
    async fn report_content(
        &self,
        ctx: &Context<'_>,
        input: ReportContentInput,
    ) -> async_graphql::Result<ReportContentPayload> {
        let node = match input.kind {
            ReportedContentKind::ChatMessage => NodeType::Message,
            ReportedContentKind::Idea => NodeType::Idea,
            ReportedContentKind::IdeaComment => NodeType::IdeaComment,
            ReportedContentKind::ArticleComment => NodeType::ArticleComment,
        };
        let (c, id) = target(ctx, node, &input.id)?;
        let out = service::report(&c, app(ctx), input.kind.into(), id, &input.reason)
            .await
            .gql()?;
        Ok(ReportContentPayload {
            new_report: out.new_report,
            hidden: out.hidden,
        })
    }

    /// Takes a moderator's action on a queue item (`moderation:write` at its org), recorded
    /// with who, when and the note.
    async fn moderate_content(
        &self,
        ctx: &Context<'_>,
        input: ModerateContentInput,
    ) -> async_graphql::Result<ModerateContentPayload> {
        let (c, id) = target(ctx, NodeType::ModerationItem, &input.item_id)?;
        let view = service::act(&c, app(ctx), id, input.action.into(), input.note.as_deref())
            .await
            .gql()?;
        Ok(ModerateContentPayload {
            item: ModerationItem(view),
        })
    }
}
