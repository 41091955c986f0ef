//! Whistleblowing over GraphQL (检举控告): submission (real-name or anonymous), the receipt-code
//! follow-up without login, and the discipline inspectors' handling.

use super::{
    context::{app, data, target, tenant},
    errors::Gql,
    ids::{self, NodeType, encode},
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    AppError,
    page::PageArgs,
    whistleblowing::{CaseView, FileView, MessageView, ReporterView, StepView, reporter, service},
};

/// Where a report stands in its handling.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::whistleblowing::ReportStatus")]
pub enum ReportStatus {
    /// 待受理.
    Received,
    /// 已受理: handling not yet chosen.
    Accepted,
    /// 不予受理 (closed).
    NotAccepted,
    /// 已转办 to the competent body (closed).
    Transferred,
    /// 谈话函询.
    TalkInquiry,
    /// 初步核实.
    PreliminaryVerification,
    /// 暂存待查.
    Shelved,
    /// 予以了结 (closed).
    Concluded,
}

/// A handler's step on a report.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::whistleblowing::ReportAction")]
pub enum ReportAction {
    /// 受理.
    Accept,
    /// 不予受理 (needs a note: the reason).
    NotAccept,
    /// 转办 (needs a note: the body sent to and why).
    Transfer,
    /// 谈话函询.
    TalkInquiry,
    /// 初步核实.
    PreliminaryVerification,
    /// 暂存待查.
    Shelve,
    /// 予以了结.
    Conclude,
}

/// Who wrote a message of a report's conversation.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::whistleblowing::MessageAuthor")]
pub enum ReportMessageAuthor {
    /// The reporter.
    Reporter,
    /// A handler (纪检人员).
    Handler,
}

/// A message of a report's conversation between its reporter and its handlers.
pub struct ReportMessage(MessageView);

/// A message of a report's conversation between its reporter and its handlers.
#[Object]
impl ReportMessage {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::ReportMessage, self.0.id)
    }
    /// Reporter or handler.
    async fn author(&self) -> ReportMessageAuthor {
        self.0.author.into()
    }
    /// The handler's name (null in the reporter's views and for the reporter's messages).
    async fn handler_name(&self) -> Option<&str> {
        self.0.handler_name.as_deref()
    }
    /// The text.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// Written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A step of a report's handling trail (handlers only).
pub struct ReportStep(StepView);

/// A step of a report's handling trail (handlers only).
#[Object]
impl ReportStep {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::ReportStep, self.0.id)
    }
    /// `SUBMIT`, a `ReportAction` code, `RESULT_NOTICE` or `ESCALATE`.
    async fn action(&self) -> &str {
        &self.0.action
    }
    /// The action's Chinese name.
    async fn action_label(&self) -> &'static str {
        self.0.action_label()
    }
    /// Status before.
    async fn from_status(&self) -> ReportStatus {
        self.0.from.into()
    }
    /// Status after.
    async fn to_status(&self) -> ReportStatus {
        self.0.to.into()
    }
    /// The handler's note.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// The handler who took it (null for the system and the reporter).
    async fn actor_name(&self) -> Option<&str> {
        self.0.actor_name.as_deref()
    }
    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// An evidence file of a report (handlers only).
pub struct ReportFile(FileView);

/// An evidence file of a report (handlers only).
#[Object]
impl ReportFile {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::ReportFile, self.0.id)
    }
    /// File name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Declared media type.
    async fn content_type(&self) -> &str {
        &self.0.content_type
    }
    /// Size in bytes.
    async fn size(&self) -> i64 {
        self.0.size
    }
    /// Where handlers download it (`GET`, session cookie; audited).
    async fn url(&self) -> String {
        format!("/reports/files/{}", self.0.id)
    }
}

/// A report as its handlers (纪检人员 of the handling org) see it.
pub struct ReportCase(CaseView);

/// A report as its handlers (纪检人员 of the handling org) see it.
#[Object]
impl ReportCase {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::ReportCase, self.0.row.id)
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The report's text: filled by `reportCase` (an audited read), null in `reportCases`.
    async fn body(&self) -> Option<&str> {
        self.0.body.as_deref()
    }
    /// Status.
    async fn status(&self) -> ReportStatus {
        self.0.row.status.into()
    }
    /// The status's Chinese name.
    async fn status_label(&self) -> &'static str {
        self.0.row.status.label()
    }
    /// Whether the reporter stays unknown.
    async fn anonymous(&self) -> bool {
        self.0.row.anonymous
    }
    /// A real-name reporter's name; null when anonymous.
    async fn reporter_name(&self) -> Option<&str> {
        self.0.reporter_name.as_deref()
    }
    /// The accused member's name, when the report is about a member.
    async fn accused_name(&self) -> Option<&str> {
        self.0.accused_name.as_deref()
    }
    /// The org reported about, or the accused member's org.
    async fn subject_organization_name(&self) -> &str {
        &self.0.subject_org_name
    }
    /// The org whose inspectors handle it.
    async fn handling_organization_name(&self) -> &str {
        &self.0.handling_org_name
    }
    /// Whether it went one level up: the accused heads their org, or it is about an org.
    async fn routed_up(&self) -> bool {
        self.0.row.routed_up
    }
    /// Received.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }
    /// Transfer to the competent body due when the handling org is not competent (working
    /// days of `whistleblowing.deadlines`).
    async fn transfer_due_at(&self) -> DateTime<Utc> {
        self.0.row.transfer_due_at
    }
    /// The acceptance decision (and its notice to a real-name reporter) due.
    async fn acceptance_due_at(&self) -> DateTime<Utc> {
        self.0.row.acceptance_due_at
    }
    /// Accepted, not accepted or transferred.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.decided_at
    }
    /// Handling ended.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.closed_at
    }
    /// The result feedback to a real-name reporter due.
    async fn result_due_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.result_due_at
    }
    /// When the result was fed back.
    async fn result_notified_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.result_notified_at
    }
    /// When it is deleted for good (`whistleblowing.retention` after closure).
    async fn expires_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.expires_at
    }
    /// Whether the acceptance or result deadline passed without the step.
    async fn overdue(&self) -> bool {
        self.0.overdue()
    }
    /// The steps open from its status.
    async fn available_actions(&self) -> Vec<ReportAction> {
        self.0.actions().into_iter().map(Into::into).collect()
    }
    /// The conversation with the reporter (filled by `reportCase`).
    async fn messages(&self) -> Vec<ReportMessage> {
        self.0.messages.iter().cloned().map(ReportMessage).collect()
    }
    /// The handling trail (filled by `reportCase`).
    async fn steps(&self) -> Vec<ReportStep> {
        self.0.steps.iter().cloned().map(ReportStep).collect()
    }
    /// Evidence files (filled by `reportCase`).
    async fn files(&self) -> Vec<ReportFile> {
        self.0.files.iter().cloned().map(ReportFile).collect()
    }
}

super::types::connection!(
    ReportCaseConnection,
    ReportCaseEdge,
    ReportCase,
    "A page of the reports the viewer handles, newest first."
);

/// A report as its reporter sees it: by receipt code, or a real-name reporter's own.
pub struct ReporterReport(ReporterView);

/// A report as its reporter sees it: by receipt code, or a real-name reporter's own.
#[Object]
impl ReporterReport {
    /// Global ID (null in the receipt view).
    async fn id(&self) -> Option<ID> {
        self.0.id.map(|id| encode(NodeType::ReportCase, id))
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// Status.
    async fn status(&self) -> ReportStatus {
        self.0.status.into()
    }
    /// The status's Chinese name.
    async fn status_label(&self) -> &'static str {
        self.0.status.label()
    }
    /// Submitted.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// The acceptance decision due.
    async fn acceptance_due_at(&self) -> DateTime<Utc> {
        self.0.acceptance_due_at
    }
    /// The conversation with the handlers (who stay unnamed).
    async fn messages(&self) -> Vec<ReportMessage> {
        self.0.messages.iter().cloned().map(ReportMessage).collect()
    }
}

super::types::connection!(
    ReporterReportConnection,
    ReporterReportEdge,
    ReporterReport,
    "A page of the viewer's real-name reports, newest first."
);

/// Submit a report.
#[derive(InputObject)]
pub struct SubmitReportInput {
    /// The member reported about (exactly one of `accusedMemberId` and `organizationId`).
    pub accused_member_id: Option<ID>,
    /// The org reported about.
    pub organization_id: Option<ID>,
    /// Anonymous: nothing stored leads back to the reporter; follow-up by receipt code only.
    pub anonymous: bool,
    /// Title, 1–100 characters.
    pub title: String,
    /// The report, 1–20,000 characters.
    pub body: String,
    /// Tokens from `POST /reports/files` (at most 5).
    pub file_tokens: Option<Vec<String>>,
}

/// What the reporter gets back, once.
#[derive(SimpleObject)]
pub struct SubmitReportPayload {
    /// 20 digits in groups of four: shown once, never stored; opens the report without login.
    pub receipt_code: String,
    /// The report, for a real-name reporter; null when anonymous.
    pub report: Option<ReporterReport>,
}

/// Take a handling step.
#[derive(InputObject)]
pub struct HandleReportInput {
    /// The report.
    pub report_id: ID,
    /// The step.
    pub action: ReportAction,
    /// Note for the trail, up to 2,000 characters; required for NOT_ACCEPT and TRANSFER.
    pub note: Option<String>,
}

/// Write to the reporter.
#[derive(InputObject)]
pub struct SendReportMessageInput {
    /// The report.
    pub report_id: ID,
    /// The message, 1–5,000 characters.
    pub body: String,
    /// Marks it as the result feedback of a concluded report (its deadline's reminders stop).
    pub is_result: Option<bool>,
}

/// Answer by receipt code.
#[derive(InputObject)]
pub struct ReplyByReceiptInput {
    /// The receipt code (spaces and hyphens allowed).
    pub receipt_code: String,
    /// The message, 1–5,000 characters.
    pub body: String,
}

/// Answer on one's own real-name report.
#[derive(InputObject)]
pub struct ReplyToMyReportInput {
    /// The report.
    pub report_id: ID,
    /// The message, 1–5,000 characters.
    pub body: String,
}

/// The result of a handler's mutation.
#[derive(SimpleObject)]
pub struct ReportCasePayload {
    /// The report as it is now.
    pub report: ReportCase,
}

/// Queries of reports.
#[derive(Default)]
pub struct WhistleblowingQuery;

/// Queries of reports.
#[Object(name = "WhistleblowingQuery")]
impl WhistleblowingQuery {
    /// The reports the viewer handles (the `discipline_inspector` role over the handling
    /// org), newest first; never one naming the viewer. Titles only; read one with
    /// `reportCase`.
    #[graphql(complexity = "(first.unwrap_or(20).max(1) as usize) * child_complexity + 1")]
    async fn report_cases(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only reports in this status.")] status: Option<ReportStatus>,
        #[graphql(desc = "Page size, 1–100 (20 when absent).")] first: Option<i32>,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<ReportCaseConnection> {
        let c = tenant(ctx)?;
        let page = PageArgs::parse(first.unwrap_or(20), after.as_deref()).gql()?;
        let result = service::cases(&c, app(ctx), status.map(Into::into), &page)
            .await
            .gql()?;
        Ok(ReportCaseConnection::from_page(
            result,
            |v| v.row.id.to_string(),
            ReportCase,
        ))
    }

    /// One report in full for its handlers (audited); NOT_FOUND for anyone else, the
    /// accused and tenant administrators who are not handlers included.
    async fn report_case(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<ReportCase> {
        let (c, id) = target(ctx, NodeType::ReportCase, &id)?;
        Ok(ReportCase(service::case(&c, app(ctx), id).await.gql()?))
    }

    /// The viewer's real-name reports, newest first.
    #[graphql(complexity = "(first.unwrap_or(20).max(1) as usize) * child_complexity + 1")]
    async fn my_reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (20 when absent).")] first: Option<i32>,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<ReporterReportConnection> {
        let c = tenant(ctx)?;
        let page = PageArgs::parse(first.unwrap_or(20), after.as_deref()).gql()?;
        let result = reporter::mine(&c, app(ctx), &page).await.gql()?;
        Ok(ReporterReportConnection::from_page(
            result,
            |v| v.id.map(|id| id.to_string()).unwrap_or_default(),
            ReporterReport,
        ))
    }

    /// A report by its receipt code, without login. NOT_FOUND for a wrong code;
    /// RATE_LIMITED after ten wrong codes from one address in ten minutes.
    async fn report_by_receipt(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The receipt code (spaces and hyphens allowed).")] receipt_code: String,
    ) -> async_graphql::Result<ReporterReport> {
        let d = data(ctx);
        let view = reporter::by_receipt(app(ctx), d.client.ip.as_deref(), &receipt_code)
            .await
            .gql()?;
        Ok(ReporterReport(view))
    }
}

/// Mutations of reports.
#[derive(Default)]
pub struct WhistleblowingMutation;

/// Mutations of reports.
#[Object(name = "WhistleblowingMutation")]
impl WhistleblowingMutation {
    /// Submits a report about a member or an org (any signed-in member). The handling org's
    /// inspectors are told; the receipt code comes back once. Anonymous: nothing stored
    /// leads back to the reporter.
    async fn submit_report(
        &self,
        ctx: &Context<'_>,
        input: SubmitReportInput,
    ) -> async_graphql::Result<SubmitReportPayload> {
        let c = tenant(ctx)?;
        let subject = match (&input.accused_member_id, &input.organization_id) {
            (Some(m), None) => service::Subject::Member(
                ids::decode(NodeType::Member, m)
                    .map_err(|_| AppError::field("accusedMemberId", "找不到该成员"))
                    .gql()?,
            ),
            (None, Some(o)) => service::Subject::Org(
                ids::decode(NodeType::Organization, o)
                    .map_err(|_| AppError::field("organizationId", "找不到该组织"))
                    .gql()?,
            ),
            _ => {
                return Err(AppError::field(
                    "accusedMemberId",
                    "请选择被反映的成员或组织（二者选一）",
                ))
                .gql();
            }
        };
        let done = service::submit(
            &c,
            app(ctx),
            service::NewReport {
                subject,
                anonymous: input.anonymous,
                title: input.title,
                body: input.body,
                file_tokens: input.file_tokens.unwrap_or_default(),
            },
        )
        .await
        .gql()?;
        Ok(SubmitReportPayload {
            receipt_code: done.receipt,
            report: done.report.map(ReporterReport),
        })
    }

    /// Takes a handling step (handlers only; NOT_FOUND for anyone else). A step the status
    /// does not allow is a CONFLICT.
    async fn handle_report(
        &self,
        ctx: &Context<'_>,
        input: HandleReportInput,
    ) -> async_graphql::Result<ReportCasePayload> {
        let (c, id) = target(ctx, NodeType::ReportCase, &input.report_id)?;
        let view = service::handle(&c, app(ctx), id, input.action.into(), input.note.as_deref())
            .await
            .gql()?;
        Ok(ReportCasePayload {
            report: ReportCase(view),
        })
    }

    /// A handler writes to the reporter (a real-name reporter is notified; an anonymous one
    /// reads it by receipt code).
    async fn send_report_message(
        &self,
        ctx: &Context<'_>,
        input: SendReportMessageInput,
    ) -> async_graphql::Result<ReportCasePayload> {
        let (c, id) = target(ctx, NodeType::ReportCase, &input.report_id)?;
        let view = service::send_message(
            &c,
            app(ctx),
            id,
            &input.body,
            input.is_result.unwrap_or(false),
        )
        .await
        .gql()?;
        Ok(ReportCasePayload {
            report: ReportCase(view),
        })
    }

    /// The reporter answers by receipt code, without login (rate-limited like
    /// `reportByReceipt`).
    async fn reply_by_receipt(
        &self,
        ctx: &Context<'_>,
        input: ReplyByReceiptInput,
    ) -> async_graphql::Result<ReporterReport> {
        let d = data(ctx);
        let view = reporter::reply_by_receipt(
            app(ctx),
            d.client.ip.as_deref(),
            &input.receipt_code,
            &input.body,
        )
        .await
        .gql()?;
        Ok(ReporterReport(view))
    }

    /// A real-name reporter answers on their own report.
    async fn reply_to_my_report(
        &self,
        ctx: &Context<'_>,
        input: ReplyToMyReportInput,
    ) -> async_graphql::Result<ReporterReport> {
        let (c, id) = target(ctx, NodeType::ReportCase, &input.report_id)?;
        let view = reporter::reply_to_mine(&c, app(ctx), id, &input.body)
            .await
            .gql()?;
        Ok(ReporterReport(view))
    }
}
