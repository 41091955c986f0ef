//! Inquiries over GraphQL (党员问询): asking an org, its officers' answer within the deadline
//! of working days, and the asker's rating.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, encode},
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    inquiry::{InquiryView, service},
    page::PageArgs,
};

/// Where an inquiry stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::inquiry::InquiryStatus")]
pub enum InquiryStatus {
    /// 待答复.
    Open,
    /// 已答复: waiting for the asker's rating.
    Answered,
    /// 已评价 (final).
    Rated,
    /// 已撤回 by the asker (final).
    Closed,
}

/// An inquiry (党员问询) as the viewer may see it.
pub struct Inquiry(pub InquiryView);

/// An inquiry (党员问询) as the viewer may see it.
#[Object]
impl Inquiry {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Inquiry, self.0.row.id)
    }
    /// The org asked.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.row.org_id)
    }
    /// The org's name.
    async fn org_name(&self) -> &str {
        &self.0.row.org_name
    }
    /// Who asked (member global ID).
    async fn asker_id(&self) -> ID {
        encode(NodeType::Member, self.0.row.asker_id)
    }
    /// Their name.
    async fn asker_name(&self) -> &str {
        &self.0.row.asker_name
    }
    /// Subject.
    async fn subject(&self) -> &str {
        &self.0.row.subject
    }
    /// The question.
    async fn body(&self) -> &str {
        &self.0.row.body
    }
    /// Status.
    async fn status(&self) -> InquiryStatus {
        self.0.row.status.into()
    }
    /// The status's Chinese label.
    async fn status_label(&self) -> &'static str {
        self.0.row.status.label()
    }
    /// The answer deadline (working days from the `inquiry.answer_deadline` rule).
    async fn due_at(&self) -> DateTime<Utc> {
        self.0.row.due_at
    }
    /// Whether the deadline passed without an answer (computed when read).
    async fn overdue(&self) -> bool {
        self.0.overdue()
    }
    /// The answer.
    async fn answer(&self) -> Option<&str> {
        self.0.row.answer.as_deref()
    }
    /// Who answered.
    async fn answerer_name(&self) -> Option<&str> {
        self.0.row.answerer_name.as_deref()
    }
    /// When answered.
    async fn answered_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.answered_at
    }
    /// The asker's rating, 1–5.
    async fn rating(&self) -> Option<i32> {
        self.0.row.rating.map(i32::from)
    }
    /// The asker's comment on the answer.
    async fn rating_comment(&self) -> Option<&str> {
        self.0.row.rating_comment.as_deref()
    }
    /// When rated.
    async fn rated_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.rated_at
    }
    /// Asked.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }
    /// Whether the viewer asked it.
    async fn is_mine(&self) -> bool {
        self.0.is_mine
    }
    /// Whether the viewer may answer it now.
    async fn can_answer(&self) -> bool {
        self.0.can_answer && tongxin_core::inquiry::rules::answerable(self.0.row.status)
    }
    /// Whether the viewer may rate it now (the asker, once answered).
    async fn can_rate(&self) -> bool {
        self.0.is_mine && tongxin_core::inquiry::rules::ratable(self.0.row.status)
    }
}

super::types::connection!(
    InquiryConnection,
    InquiryEdge,
    Inquiry,
    "A page of inquiries, newest first."
);

/// The result of an inquiry mutation.
#[derive(SimpleObject)]
pub struct InquiryPayload {
    /// The inquiry as it is now.
    pub inquiry: Inquiry,
}

/// Ask an org a question.
#[derive(InputObject)]
pub struct AskInquiryInput {
    /// The org (the asker's own or one above it).
    pub org_id: ID,
    /// Subject, 1–100 characters.
    pub subject: String,
    /// The question, 1–5,000 characters.
    pub body: String,
}

/// Answer an inquiry.
#[derive(InputObject)]
pub struct AnswerInquiryInput {
    /// The inquiry.
    pub inquiry_id: ID,
    /// The answer, 1–5,000 characters.
    pub answer: String,
}

/// Rate an answer.
#[derive(InputObject)]
pub struct RateInquiryAnswerInput {
    /// The inquiry.
    pub inquiry_id: ID,
    /// 1–5.
    pub rating: i32,
    /// A comment, up to 500 characters.
    pub comment: Option<String>,
}

/// Withdraw an open inquiry.
#[derive(InputObject)]
pub struct CloseInquiryInput {
    /// The inquiry.
    pub inquiry_id: ID,
}

/// Queries of inquiries.
#[derive(Default)]
pub struct InquiryQuery;

/// Queries of inquiries.
#[Object(name = "InquiryQuery")]
impl InquiryQuery {
    /// One inquiry, for its asker and readers of the org's inquiries; NOT_FOUND otherwise.
    async fn inquiry(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Inquiry> {
        let (c, id) = target(ctx, NodeType::Inquiry, &id)?;
        Ok(Inquiry(service::get(&c, app(ctx), id).await.gql()?))
    }

    /// An org's inquiries, newest first (`inquiry:read` there).
    #[graphql(complexity = "(first.unwrap_or(20).max(1) as usize) * child_complexity + 1")]
    async fn inquiries(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org.")] org_id: ID,
        #[graphql(desc = "Only inquiries in this status.")] status: Option<InquiryStatus>,
        #[graphql(desc = "Page size, 1–100 (20 when absent).")] first: Option<i32>,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<InquiryConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let page = PageArgs::parse(first.unwrap_or(20), after.as_deref()).gql()?;
        let result = service::list(&c, app(ctx), org, status.map(Into::into), &page)
            .await
            .gql()?;
        Ok(InquiryConnection::from_page(
            result,
            |v| v.row.id.to_string(),
            Inquiry,
        ))
    }

    /// The viewer's own inquiries, newest first.
    #[graphql(complexity = "(first.unwrap_or(20).max(1) as usize) * child_complexity + 1")]
    async fn my_inquiries(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (20 when absent).")] first: Option<i32>,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<InquiryConnection> {
        let c = tenant(ctx)?;
        let page = PageArgs::parse(first.unwrap_or(20), after.as_deref()).gql()?;
        let result = service::mine(&c, app(ctx), &page).await.gql()?;
        Ok(InquiryConnection::from_page(
            result,
            |v| v.row.id.to_string(),
            Inquiry,
        ))
    }
}

/// Mutations of inquiries.
#[derive(Default)]
pub struct InquiryMutation;

/// Mutations of inquiries.
#[Object(name = "InquiryMutation")]
impl InquiryMutation {
    /// Asks an org the member belongs to (or one above it) a question; OPEN, due in the
    /// working days of the `inquiry.answer_deadline` rule; the org's officers are told.
    async fn ask_inquiry(
        &self,
        ctx: &Context<'_>,
        input: AskInquiryInput,
    ) -> async_graphql::Result<InquiryPayload> {
        let (c, org) = target(ctx, NodeType::Organization, &input.org_id)?;
        let view = service::ask(&c, app(ctx), org, &input.subject, &input.body)
            .await
            .gql()?;
        Ok(InquiryPayload {
            inquiry: Inquiry(view),
        })
    }

    /// Answers an open inquiry (`inquiry:write` at its org); the asker is told.
    async fn answer_inquiry(
        &self,
        ctx: &Context<'_>,
        input: AnswerInquiryInput,
    ) -> async_graphql::Result<InquiryPayload> {
        let (c, id) = target(ctx, NodeType::Inquiry, &input.inquiry_id)?;
        let view = service::answer(&c, app(ctx), id, &input.answer)
            .await
            .gql()?;
        Ok(InquiryPayload {
            inquiry: Inquiry(view),
        })
    }

    /// Rates the answer 1–5, once, by the asker; a second rating is a CONFLICT.
    async fn rate_inquiry_answer(
        &self,
        ctx: &Context<'_>,
        input: RateInquiryAnswerInput,
    ) -> async_graphql::Result<InquiryPayload> {
        let (c, id) = target(ctx, NodeType::Inquiry, &input.inquiry_id)?;
        let view = service::rate(&c, app(ctx), id, input.rating, input.comment.as_deref())
            .await
            .gql()?;
        Ok(InquiryPayload {
            inquiry: Inquiry(view),
        })
    }

    /// Withdraws an open inquiry (its asker only); CLOSED.
    async fn close_inquiry(
        &self,
        ctx: &Context<'_>,
        input: CloseInquiryInput,
    ) -> async_graphql::Result<InquiryPayload> {
        let (c, id) = target(ctx, NodeType::Inquiry, &input.inquiry_id)?;
        let view = service::close(&c, app(ctx), id).await.gql()?;
        Ok(InquiryPayload {
            inquiry: Inquiry(view),
        })
    }
}
