//! Ideas and suggestions over GraphQL (金点子 / 微建议): submitting, the ideas wall with
//! supports, comments, and the handlers' steps (review → adopt / not adopt → implemented).

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, encode},
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    idea::{self, CommentRow, IdeaEventRow, IdeaView, service},
    page::PageArgs,
};

/// Where an idea stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::idea::IdeaStatus")]
pub enum IdeaStatus {
    /// 已提交: waiting for the handlers.
    Submitted,
    /// 研究中: under review.
    UnderReview,
    /// 已采纳.
    Adopted,
    /// 未采纳, with a reason (final).
    NotAdopted,
    /// 已落实 (final).
    Implemented,
}

/// The order of the ideas wall.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug, Default)]
pub enum IdeaSort {
    /// Newest first.
    #[default]
    Newest,
    /// Most supports first, then newest.
    MostSupported,
}

impl From<IdeaSort> for idea::IdeaSort {
    fn from(s: IdeaSort) -> Self {
        match s {
            IdeaSort::Newest => idea::IdeaSort::Newest,
            IdeaSort::MostSupported => idea::IdeaSort::MostSupported,
        }
    }
}

/// A handler's step.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::idea::Action")]
pub enum IdeaAction {
    /// 开始研究 (`reviewIdea`).
    Review,
    /// 采纳 (`decideIdea` with `adopted: true`).
    Adopt,
    /// 不予采纳 (`decideIdea` with `adopted: false` and a reason).
    Reject,
    /// 标记已落实 (`markIdeaImplemented`).
    Implement,
}

/// Who submitted an idea (shown unless anonymous to this viewer).
#[derive(SimpleObject)]
pub struct IdeaAuthor {
    /// The member's global ID.
    pub id: ID,
    /// The member's name.
    pub name: String,
}

/// One step of an idea's timeline.
pub struct IdeaEvent(IdeaEventRow);

/// One step of an idea's timeline.
#[Object]
impl IdeaEvent {
    /// Opaque id of the entry (the id of an adoption's bus event).
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }
    /// The status reached.
    async fn status(&self) -> IdeaStatus {
        self.0.kind.into()
    }
    /// The status's Chinese label.
    async fn status_label(&self) -> &'static str {
        self.0.kind.label()
    }
    /// The status before (null for the submission).
    async fn from_status(&self) -> Option<IdeaStatus> {
        self.0.from_status.map(Into::into)
    }
    /// Who did it (null for an anonymous author seen by other members).
    async fn actor_name(&self) -> Option<&str> {
        self.0.actor_name.as_deref()
    }
    /// Note or reason.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A comment on an idea.
pub struct IdeaComment(CommentRow);

/// A comment on an idea.
#[Object]
impl IdeaComment {
    /// Global ID (what `reportContent` takes with kind IDEA_COMMENT).
    async fn id(&self) -> ID {
        encode(NodeType::IdeaComment, self.0.id)
    }
    /// The author's name.
    async fn author_name(&self) -> &str {
        &self.0.author_name
    }
    /// The author's member global ID.
    async fn author_id(&self) -> ID {
        encode(NodeType::Member, self.0.author_id)
    }
    /// Text.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// Whether moderation hid it (only handlers see hidden comments).
    async fn hidden(&self) -> bool {
        self.0.hidden_at.is_some()
    }
    /// Written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

super::types::connection!(
    IdeaCommentConnection,
    IdeaCommentEdge,
    IdeaComment,
    "A page of an idea's comments, oldest first."
);

/// An idea (金点子) as the viewer may see it.
pub struct Idea(pub IdeaView);

/// An idea (金点子) as the viewer may see it.
#[Object]
impl Idea {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Idea, self.0.row.id)
    }
    /// The org it was submitted to.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.row.org_id)
    }
    /// The org's name.
    async fn org_name(&self) -> &str {
        &self.0.row.org_name
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.row.title
    }
    /// Body.
    async fn body(&self) -> &str {
        &self.0.row.body
    }
    /// Whether the author asked to be anonymous to other members.
    async fn anonymous(&self) -> bool {
        self.0.row.anonymous
    }
    /// The author: null for an anonymous idea seen by other members; always present for the
    /// author and the org's handlers.
    async fn author(&self) -> Option<IdeaAuthor> {
        self.0.author_visible.then(|| IdeaAuthor {
            id: encode(NodeType::Member, self.0.row.author_id),
            name: self.0.row.author_name.clone(),
        })
    }
    /// Status.
    async fn status(&self) -> IdeaStatus {
        self.0.row.status.into()
    }
    /// The status's Chinese label.
    async fn status_label(&self) -> &'static str {
        self.0.row.status.label()
    }
    /// The decision's reason (required when not adopted).
    async fn decision_reason(&self) -> Option<&str> {
        self.0.row.decision_reason.as_deref()
    }
    /// How many members support it.
    async fn support_count(&self) -> i32 {
        self.0.row.support_count
    }
    /// How many comments it has.
    async fn comment_count(&self) -> i32 {
        self.0.row.comment_count
    }
    /// Whether the viewer supports it.
    async fn viewer_supports(&self) -> bool {
        self.0.viewer_supports
    }
    /// Whether the viewer submitted it.
    async fn is_mine(&self) -> bool {
        self.0.is_mine
    }
    /// Whether the viewer may support it now (not theirs, still open).
    async fn can_support(&self) -> bool {
        !self.0.is_mine && idea::rules::takes_support(self.0.row.status)
    }
    /// Whether moderation hid it (only handlers still see it).
    async fn hidden(&self) -> bool {
        self.0.row.hidden_at.is_some()
    }
    /// Submitted.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }
    /// Last change.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.row.updated_at
    }
    /// The handler's steps the viewer may take now.
    async fn actions(&self) -> Vec<IdeaAction> {
        self.0.actions().into_iter().map(Into::into).collect()
    }
    /// Every step so far, oldest first.
    async fn timeline(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<IdeaEvent>> {
        let c = tenant(ctx)?;
        Ok(service::timeline(&c, app(ctx), &self.0)
            .await
            .gql()?
            .into_iter()
            .map(IdeaEvent)
            .collect())
    }
    /// Comments, oldest first.
    #[graphql(complexity = "(first.unwrap_or(20).max(1) as usize) * child_complexity + 1")]
    async fn comments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (20 when absent).")] first: Option<i32>,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<IdeaCommentConnection> {
        let c = tenant(ctx)?;
        let page = PageArgs::parse(first.unwrap_or(20), after.as_deref()).gql()?;
        let result = service::comments(&c, app(ctx), &self.0, &page)
            .await
            .gql()?;
        Ok(IdeaCommentConnection::from_page(
            result,
            |r| r.id.to_string(),
            IdeaComment,
        ))
    }
}

super::types::connection!(IdeaConnection, IdeaEdge, Idea, "A page of ideas.");

/// The result of an idea mutation.
#[derive(SimpleObject)]
pub struct IdeaPayload {
    /// The idea as it is now.
    pub idea: Idea,
}

/// The result of `commentOnIdea`.
#[derive(SimpleObject)]
pub struct IdeaCommentPayload {
    /// The new comment.
    pub comment: IdeaComment,
}

/// A new idea.
#[derive(InputObject)]
pub struct SubmitIdeaInput {
    /// The org it goes to (the submitter's own or one above it).
    pub org_id: ID,
    /// Title, 1–100 characters.
    pub title: String,
    /// Body, 1–5,000 characters.
    pub body: String,
    /// Hide the author from other members (the org's handlers still see who it is).
    #[graphql(default)]
    pub anonymous: bool,
}

/// An idea to act on.
#[derive(InputObject)]
pub struct IdeaInput {
    /// The idea.
    pub idea_id: ID,
}

/// Move an idea under review.
#[derive(InputObject)]
pub struct ReviewIdeaInput {
    /// The idea.
    pub idea_id: ID,
    /// A note for the author and supporters (up to 2,000 characters).
    pub note: Option<String>,
}

/// Decide an idea under review.
#[derive(InputObject)]
pub struct DecideIdeaInput {
    /// The idea.
    pub idea_id: ID,
    /// Adopted (采纳) or not (不予采纳).
    pub adopted: bool,
    /// Why; required when not adopted (up to 2,000 characters).
    pub reason: Option<String>,
}

/// Mark an adopted idea implemented.
#[derive(InputObject)]
pub struct MarkIdeaImplementedInput {
    /// The idea.
    pub idea_id: ID,
    /// What was done (up to 2,000 characters).
    pub note: Option<String>,
}

/// Comment on an idea.
#[derive(InputObject)]
pub struct CommentOnIdeaInput {
    /// The idea.
    pub idea_id: ID,
    /// Text, 1–500 characters.
    pub body: String,
}

/// Queries of ideas.
#[derive(Default)]
pub struct IdeaQuery;

/// Queries of ideas.
#[Object(name = "IdeaQuery")]
impl IdeaQuery {
    /// One idea; NOT_FOUND unless the viewer may see it (a member of its org or an org under
    /// it, or a reader of the org's ideas).
    async fn idea(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Idea> {
        let (c, id) = target(ctx, NodeType::Idea, &id)?;
        Ok(Idea(service::get(&c, app(ctx), id).await.gql()?))
    }

    /// An org's ideas wall, for its members and handlers (hidden ideas for handlers only).
    #[graphql(complexity = "(first.unwrap_or(20).max(1) as usize) * child_complexity + 1")]
    async fn ideas(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org.")] org_id: ID,
        #[graphql(desc = "Only ideas in this status.")] status: Option<IdeaStatus>,
        #[graphql(desc = "Order (NEWEST when absent).")] sort: Option<IdeaSort>,
        #[graphql(desc = "Page size, 1–100 (20 when absent).")] first: Option<i32>,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<IdeaConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let page = PageArgs::parse(first.unwrap_or(20), after.as_deref()).gql()?;
        let sort: idea::IdeaSort = sort.unwrap_or_default().into();
        let result = service::list(&c, app(ctx), org, status.map(Into::into), sort, &page)
            .await
            .gql()?;
        Ok(IdeaConnection::from_page(
            result,
            |v| service::cursor_key(sort, v),
            Idea,
        ))
    }
}

/// Mutations of ideas.
#[derive(Default)]
pub struct IdeaMutation;

/// Mutations of ideas.
#[Object(name = "IdeaMutation")]
impl IdeaMutation {
    /// Submits an idea to an org the member belongs to (or one above it); SUBMITTED.
    async fn submit_idea(
        &self,
        ctx: &Context<'_>,
        input: SubmitIdeaInput,
    ) -> async_graphql::Result<IdeaPayload> {
        let (c, org_id) = target(ctx, NodeType::Organization, &input.org_id)?;
        let view = service::submit(
            &c,
            app(ctx),
            idea::NewIdea {
                org_id,
                title: input.title,
                body: input.body,
                anonymous: input.anonymous,
            },
        )
        .await
        .gql()?;
        Ok(IdeaPayload { idea: Idea(view) })
    }

    /// Supports an idea: once per member (again changes nothing), not one's own, while it is
    /// submitted or under review.
    async fn support_idea(
        &self,
        ctx: &Context<'_>,
        input: IdeaInput,
    ) -> async_graphql::Result<IdeaPayload> {
        let (c, id) = target(ctx, NodeType::Idea, &input.idea_id)?;
        let view = service::support(&c, app(ctx), id).await.gql()?;
        Ok(IdeaPayload { idea: Idea(view) })
    }

    /// Withdraws the viewer's support (none is not an error) while the idea is open.
    async fn withdraw_idea_support(
        &self,
        ctx: &Context<'_>,
        input: IdeaInput,
    ) -> async_graphql::Result<IdeaPayload> {
        let (c, id) = target(ctx, NodeType::Idea, &input.idea_id)?;
        let view = service::withdraw_support(&c, app(ctx), id).await.gql()?;
        Ok(IdeaPayload { idea: Idea(view) })
    }

    /// Moves a submitted idea under review (`idea:write` at its org); the author and the
    /// supporters are notified.
    async fn review_idea(
        &self,
        ctx: &Context<'_>,
        input: ReviewIdeaInput,
    ) -> async_graphql::Result<IdeaPayload> {
        let (c, id) = target(ctx, NodeType::Idea, &input.idea_id)?;
        let view = service::review(&c, app(ctx), id, input.note.as_deref())
            .await
            .gql()?;
        Ok(IdeaPayload { idea: Idea(view) })
    }

    /// Decides an idea under review: adopted, or not adopted with a reason (`idea:write`).
    /// An adoption is recorded for other modules (the `idea_adopted` event).
    async fn decide_idea(
        &self,
        ctx: &Context<'_>,
        input: DecideIdeaInput,
    ) -> async_graphql::Result<IdeaPayload> {
        let (c, id) = target(ctx, NodeType::Idea, &input.idea_id)?;
        let view = service::decide(&c, app(ctx), id, input.adopted, input.reason.as_deref())
            .await
            .gql()?;
        Ok(IdeaPayload { idea: Idea(view) })
    }

    /// Marks an adopted idea implemented (`idea:write`).
    async fn mark_idea_implemented(
        &self,
        ctx: &Context<'_>,
        input: MarkIdeaImplementedInput,
    ) -> async_graphql::Result<IdeaPayload> {
        let (c, id) = target(ctx, NodeType::Idea, &input.idea_id)?;
        let view = service::mark_implemented(&c, app(ctx), id, input.note.as_deref())
            .await
            .gql()?;
        Ok(IdeaPayload { idea: Idea(view) })
    }

    /// Comments on an idea (members of its org; 1–500 characters).
    async fn comment_on_idea(
        &self,
        ctx: &Context<'_>,
        input: CommentOnIdeaInput,
    ) -> async_graphql::Result<IdeaCommentPayload> {
        let (c, id) = target(ctx, NodeType::Idea, &input.idea_id)?;
        let row = service::comment(&c, app(ctx), id, &input.body)
            .await
            .gql()?;
        Ok(IdeaCommentPayload {
            comment: IdeaComment(row),
        })
    }
}
