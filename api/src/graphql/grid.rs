//! Grid supervision over GraphQL (网格化管理): cases through the seven steps (采集 → 立案 → 派遣 →
//! 处置 → 反馈 → 核查结案 → 评价) with their timeline, categories with SLAs from the
//! `grid.case` rule, and who answers for each grid (定人定岗定责).

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, decode_opt, encode},
    org::Organization,
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::{
    files::FileRow,
    grid::{self, AssignmentView, CaseView, EventView, assignment, case},
    page::PageArgs,
};

/// Where a case stands in the seven steps.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::grid::CaseState")]
pub enum GridCaseState {
    /// 待立案: reported, waiting to be accepted.
    Reported,
    /// 待派遣: accepted, waiting to be dispatched.
    Accepted,
    /// 已派遣: sent to a member or an org; the resolve timer runs.
    Dispatched,
    /// 处置中: being worked on.
    InProgress,
    /// 待核查: the result is reported, waiting for verification.
    Feedback,
    /// 已结案: verified and closed.
    Closed,
    /// 已评价: rated by the reporter (final).
    Rated,
    /// 不予立案: refused with a reason (final).
    Cancelled,
}

/// What happened to a case: a transition or a step of supervision (督办).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::grid::CaseEventKind")]
pub enum GridCaseEventKind {
    /// Reported (采集).
    Reported,
    /// Accepted (立案).
    Accepted,
    /// Refused (不予立案).
    Cancelled,
    /// Dispatched (派遣), or dispatched again.
    Dispatched,
    /// Work started (处置).
    Started,
    /// Result reported (反馈).
    Feedback,
    /// Verified and closed (核查结案).
    Closed,
    /// Verification failed, back to work (核查不通过).
    Reopened,
    /// Rated by the reporter (评价).
    Rated,
    /// The deadline was set later than the SLA (`detail`: SLA due, new due).
    Extended,
    /// Warned before the deadline.
    Warned,
    /// The deadline passed (督办).
    Overdue,
    /// Escalated to the officers one level up.
    Escalated,
}

/// What a grid assignment makes its member.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::grid::AssignmentRole")]
pub enum GridAssignmentRole {
    /// 网格员.
    Worker,
    /// 包联党员: the party member responsible for the grid.
    PartyMember,
}

/// What a viewer may do to a case.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::grid::rules::Action")]
pub enum GridCaseAction {
    /// 立案 (`acceptGridCase`).
    Accept,
    /// 不予立案 (`cancelGridCase`, with a reason).
    Cancel,
    /// 派遣 (`dispatchGridCase`).
    Dispatch,
    /// 开始处置 (`startGridCase`).
    Start,
    /// 处理反馈 (`submitGridCaseFeedback`, with a note).
    Feedback,
    /// 核查结案 (`closeGridCase`).
    Close,
    /// 核查不通过 (`reopenGridCase`, with a reason).
    Reopen,
    /// 评价 (`rateGridCase`).
    Rate,
}

/// A case category with its SLA, from the tenant's effective `grid.case` rule.
#[derive(SimpleObject)]
pub struct GridCaseCategory {
    /// Stable key (`SAFETY`).
    pub key: String,
    /// Chinese name (安全隐患).
    pub name: String,
    /// Hours from report to acceptance (立案).
    pub accept_hours: i32,
    /// Hours from dispatch to resolution (反馈).
    pub resolve_hours: i32,
}

impl From<grid::Category> for GridCaseCategory {
    fn from(c: grid::Category) -> Self {
        Self {
            key: c.key,
            name: c.name,
            accept_hours: i32::try_from(c.accept_hours).unwrap_or(i32::MAX),
            resolve_hours: i32::try_from(c.resolve_hours).unwrap_or(i32::MAX),
        }
    }
}

/// Where a case was found.
#[derive(SimpleObject)]
pub struct GridLocation {
    /// Latitude (WGS-84).
    pub latitude: Option<f64>,
    /// Longitude (WGS-84).
    pub longitude: Option<f64>,
    /// Address as typed or resolved.
    pub address: Option<String>,
}

/// Where a case was found: both coordinates or neither, and/or an address.
#[derive(InputObject)]
pub struct GridLocationInput {
    /// Latitude (WGS-84), −90…90.
    pub latitude: Option<f64>,
    /// Longitude (WGS-84), −180…180.
    pub longitude: Option<f64>,
    /// Address (up to 200 characters), e.g. when the phone gives no position.
    pub address: Option<String>,
}

/// A photo or file of a case, with a download link signed for this viewer (valid a few
/// minutes; read it again for a fresh one).
#[derive(SimpleObject)]
pub struct GridFile {
    /// The file's global ID.
    pub file_id: ID,
    /// File name.
    pub file_name: String,
    /// MIME type.
    pub content_type: String,
    /// Download link for this viewer.
    pub url: String,
}

fn grid_files(files: Vec<(FileRow, String)>) -> Vec<GridFile> {
    files
        .into_iter()
        .map(|(f, url)| GridFile {
            file_id: encode(NodeType::File, f.id),
            file_name: f.file_name,
            content_type: f.content_type,
            url,
        })
        .collect()
}

/// One entry of a case's timeline (append-only).
pub struct GridCaseEvent(EventView);

/// One entry of a case's timeline (append-only).
#[Object]
impl GridCaseEvent {
    /// Opaque id of the entry (the id live boards' events name).
    async fn id(&self) -> ID {
        ID(self.0.row.id.to_string())
    }
    /// What happened.
    async fn kind(&self) -> GridCaseEventKind {
        self.0.row.kind.into()
    }
    /// State before (null for the report).
    async fn from_state(&self) -> Option<GridCaseState> {
        self.0.row.from_state.map(Into::into)
    }
    /// State after.
    async fn to_state(&self) -> GridCaseState {
        self.0.row.to_state.into()
    }
    /// Who did it (null for the worker's 督办 steps, and for a hidden reporter).
    async fn actor_name(&self) -> Option<&str> {
        self.0.actor_name.as_deref()
    }
    /// Note or reason.
    async fn note(&self) -> Option<&str> {
        self.0.row.note.as_deref()
    }
    /// Photos or files attached to the step.
    async fn files(&self) -> Vec<GridFile> {
        grid_files(self.0.files.clone())
    }
    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }
}

/// A grid case (网格事件) as the viewer may see it.
pub struct GridCase(pub CaseView);

/// A grid case (网格事件) as the viewer may see it.
#[Object]
impl GridCase {
    /// Global ID.
    pub async fn id(&self) -> ID {
        encode(NodeType::GridCase, self.0.row.id)
    }
    /// Readable number, per tenant and year (`WG-2026-000123`).
    async fn number(&self) -> &str {
        &self.0.row.number
    }
    /// State.
    async fn state(&self) -> GridCaseState {
        self.0.row.state.into()
    }
    /// The state's Chinese label.
    async fn state_label(&self) -> &'static str {
        self.0.row.state.label()
    }
    /// The grid's global ID (an Organization on the GRID line).
    async fn grid_id(&self) -> ID {
        encode(NodeType::Organization, self.0.row.grid_id)
    }
    /// The grid's name.
    async fn grid_name(&self) -> &str {
        &self.0.grid_name
    }
    /// Category key.
    async fn category_key(&self) -> &str {
        &self.0.row.category_key
    }
    /// Category name when reported.
    async fn category_name(&self) -> &str {
        &self.0.row.category_name
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.row.title
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.0.row.description
    }
    /// Where (null when neither coordinates nor address were given).
    async fn location(&self) -> Option<GridLocation> {
        let r = &self.0.row;
        (r.latitude.is_some() || r.address.is_some()).then(|| GridLocation {
            latitude: r.latitude,
            longitude: r.longitude,
            address: r.address.clone(),
        })
    }
    /// Photos taken when reporting.
    async fn photos(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<GridFile>> {
        let c = tenant(ctx)?;
        Ok(grid_files(case::photos(&c, app(ctx), &self.0).await.gql()?))
    }
    /// The reporter's member global ID; null when hidden from this viewer.
    async fn reporter_id(&self) -> Option<ID> {
        (!self.0.reporter_hidden()).then(|| encode(NodeType::Member, self.0.row.reporter_id))
    }
    /// The reporter's name; null when hidden from this viewer.
    async fn reporter_name(&self) -> Option<&str> {
        self.0.reporter_name.as_deref()
    }
    /// Whether the reporter is hidden from this viewer (they asked handlers not to see them;
    /// supervisors of the grid and the reporter still do).
    async fn reporter_hidden(&self) -> bool {
        self.0.reporter_hidden()
    }
    /// Whether the viewer reported it or it is dispatched to them.
    async fn is_mine(&self) -> bool {
        self.0.access.is_reporter || self.0.access.is_assignee
    }
    /// The assignee member's global ID, when dispatched to a member.
    async fn assignee_member_id(&self) -> Option<ID> {
        self.0
            .row
            .assignee_member_id
            .map(|m| encode(NodeType::Member, m))
    }
    /// The assignee org's global ID, when dispatched to an org.
    async fn assignee_org_id(&self) -> Option<ID> {
        self.0
            .row
            .assignee_org_id
            .map(|o| encode(NodeType::Organization, o))
    }
    /// The assignee's name (member or org).
    async fn assignee_name(&self) -> Option<&str> {
        self.0.assignee_name.as_deref()
    }
    /// Who dispatched it last.
    async fn dispatcher_name(&self) -> Option<&str> {
        self.0.dispatcher_name.as_deref()
    }
    /// Deadline for acceptance (立案), from the category's SLA.
    async fn accept_due_at(&self) -> DateTime<Utc> {
        self.0.row.accept_due_at
    }
    /// Deadline for resolution, set at dispatch.
    async fn due_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.due_at
    }
    /// The deadline that matters now: acceptance while reported, resolution while dispatched
    /// or in progress, none otherwise.
    async fn current_due_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.current_due()
    }
    /// Whether the current deadline has passed (computed when read).
    async fn overdue(&self) -> bool {
        self.0.row.overdue_at(Utc::now())
    }
    /// Whether a dispute was settled (set at closing).
    async fn resolved(&self) -> Option<bool> {
        self.0.row.resolved
    }
    /// The reporter's rating, 1–5.
    async fn rating(&self) -> Option<i32> {
        self.0.row.rating.map(i32::from)
    }
    /// The reporter's comment.
    async fn rating_comment(&self) -> Option<&str> {
        self.0.row.rating_comment.as_deref()
    }
    /// Reported.
    async fn reported_at(&self) -> DateTime<Utc> {
        self.0.row.reported_at
    }
    /// Accepted.
    async fn accepted_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.accepted_at
    }
    /// First dispatched.
    async fn dispatched_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.dispatched_at
    }
    /// Closed (or refused).
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.closed_at
    }
    /// Last change.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.row.updated_at
    }
    /// Every step so far, oldest first.
    async fn timeline(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<GridCaseEvent>> {
        let c = tenant(ctx)?;
        Ok(case::timeline(&c, app(ctx), &self.0)
            .await
            .gql()?
            .into_iter()
            .map(GridCaseEvent)
            .collect())
    }
    /// What the viewer may do now (state × permission).
    async fn actions(&self) -> Vec<GridCaseAction> {
        self.0.actions().into_iter().map(Into::into).collect()
    }
}

super::types::connection!(
    GridCaseConnection,
    GridCaseEdge,
    GridCase,
    "A page of grid cases, newest first."
);

/// A member's assignment to a grid (定人定岗定责).
pub struct GridAssignment(AssignmentView);

/// A member's assignment to a grid (定人定岗定责).
#[Object]
impl GridAssignment {
    /// Opaque id (for `endGridAssignment`).
    async fn id(&self) -> ID {
        ID(self.0.row.id.to_string())
    }
    /// The grid's global ID.
    async fn grid_id(&self) -> ID {
        encode(NodeType::Organization, self.0.row.grid_id)
    }
    /// The grid's name.
    async fn grid_name(&self) -> &str {
        &self.0.grid_name
    }
    /// The member's global ID.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.row.member_id)
    }
    /// The member's name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// Worker or responsible party member.
    async fn role(&self) -> GridAssignmentRole {
        self.0.row.role.into()
    }
    /// First day.
    async fn starts_on(&self) -> NaiveDate {
        self.0.row.starts_on
    }
    /// The day it ends (no longer active from that day), if set.
    async fn ends_on(&self) -> Option<NaiveDate> {
        self.0.row.ends_on
    }
    /// Whether it covers today.
    async fn active(&self) -> bool {
        self.0.active
    }
}

/// The result of a case mutation.
#[derive(SimpleObject)]
pub struct GridCasePayload {
    /// The case as it is now.
    pub case: GridCase,
}

/// The result of an assignment mutation.
#[derive(SimpleObject)]
pub struct GridAssignmentPayload {
    /// The assignment as it is now.
    pub assignment: GridAssignment,
}

/// A report (采集) by any member of the tenant.
#[derive(InputObject)]
pub struct ReportGridCaseInput {
    /// The grid (an Organization on the GRID line, not archived).
    pub grid_id: ID,
    /// A key from `gridCaseCategories`.
    pub category_key: String,
    /// Title, 1–100 characters.
    pub title: String,
    /// Description, up to 2,000 characters.
    pub description: String,
    /// Where.
    pub location: Option<GridLocationInput>,
    /// The reporter's own uploaded images (READY), at most nine.
    pub photo_file_ids: Option<Vec<ID>>,
    /// Hide the reporter's name from handlers (the grid's supervisors still see it).
    pub hide_reporter: Option<bool>,
}

/// Accept a case (立案).
#[derive(InputObject)]
pub struct AcceptGridCaseInput {
    /// The case.
    pub case_id: ID,
    /// A note.
    pub note: Option<String>,
}

/// Refuse a case (不予立案).
#[derive(InputObject)]
pub struct CancelGridCaseInput {
    /// The case.
    pub case_id: ID,
    /// Why (required).
    pub reason: String,
}

/// Dispatch a case (派遣) to exactly one of a member or an org.
#[derive(InputObject)]
pub struct DispatchGridCaseInput {
    /// The case.
    pub case_id: ID,
    /// An active member of the tenant.
    pub assignee_member_id: Option<ID>,
    /// An org unit of the tenant (its officers are notified).
    pub assignee_org_id: Option<ID>,
    /// A deadline other than the category's SLA: earlier always, later only with the right to
    /// extend (recorded as an extension).
    pub due_at: Option<DateTime<Utc>>,
    /// A note for the assignee.
    pub note: Option<String>,
}

/// Start work (开始处置).
#[derive(InputObject)]
pub struct StartGridCaseInput {
    /// The case.
    pub case_id: ID,
    /// A note.
    pub note: Option<String>,
}

/// Report the result (处理反馈).
#[derive(InputObject)]
pub struct SubmitGridCaseFeedbackInput {
    /// The case.
    pub case_id: ID,
    /// What was done (required).
    pub note: String,
    /// The caller's own uploaded images (READY), at most nine.
    pub photo_file_ids: Option<Vec<ID>>,
}

/// Verify and close (核查结案).
#[derive(InputObject)]
pub struct CloseGridCaseInput {
    /// The case.
    pub case_id: ID,
    /// A note.
    pub note: Option<String>,
    /// Whether the problem (a dispute) was settled; true when absent.
    pub resolved: Option<bool>,
}

/// Send back to work (核查不通过).
#[derive(InputObject)]
pub struct ReopenGridCaseInput {
    /// The case.
    pub case_id: ID,
    /// Why (required).
    pub reason: String,
}

/// Rate a closed case (评价), by its reporter.
#[derive(InputObject)]
pub struct RateGridCaseInput {
    /// The case.
    pub case_id: ID,
    /// 1–5.
    pub rating: i32,
    /// A comment, up to 500 characters.
    pub comment: Option<String>,
}

/// Assign a member to a grid.
#[derive(InputObject)]
pub struct AssignGridWorkerInput {
    /// The grid.
    pub grid_id: ID,
    /// An active member of the tenant.
    pub member_id: ID,
    /// Worker (default) or responsible party member.
    #[graphql(default_with = "Some(GridAssignmentRole::Worker)")]
    pub role: Option<GridAssignmentRole>,
    /// First day (today when absent).
    pub starts_on: Option<NaiveDate>,
    /// The day it ends, no longer active from then (open when absent).
    pub ends_on: Option<NaiveDate>,
}

/// End an assignment.
#[derive(InputObject)]
pub struct EndGridAssignmentInput {
    /// The assignment's id.
    pub assignment_id: ID,
    /// The day it ends (today when absent; not later than today).
    pub ends_on: Option<NaiveDate>,
}

fn file_ids(ids: Option<Vec<ID>>) -> async_graphql::Result<Vec<uuid::Uuid>> {
    ids.unwrap_or_default()
        .iter()
        .map(|i| decode(NodeType::File, i))
        .collect::<Result<Vec<_>, _>>()
        .gql()
}

fn assignment_id(id: &ID) -> async_graphql::Result<uuid::Uuid> {
    id.parse()
        .map_err(|_| tongxin_core::AppError::NotFound)
        .gql()
}

/// Queries of grid supervision.
#[derive(Default)]
pub struct GridQuery;

/// Queries of grid supervision.
#[Object(name = "GridQuery")]
impl GridQuery {
    /// The categories cases are reported in, with their SLAs (the tenant's `grid.case` rule).
    async fn grid_case_categories(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<GridCaseCategory>> {
        let c = tenant(ctx)?;
        Ok(case::categories(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// The cases the viewer may see, newest first: those they reported or were dispatched,
    /// every case of grids where they supervise, and those dispatched to orgs they handle.
    #[graphql(complexity = "(first.unwrap_or(20).max(1) as usize) * child_complexity + 1")]
    #[allow(clippy::too_many_arguments)]
    async fn grid_cases(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (20 when absent).")] first: Option<i32>,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Only cases of this grid and the grids under it.")] grid_id: Option<ID>,
        #[graphql(desc = "Only cases in this state.")] state: Option<GridCaseState>,
        #[graphql(desc = "Only cases of this category.")] category_key: Option<String>,
        #[graphql(desc = "Only cases past their current deadline.")] overdue_only: Option<bool>,
        #[graphql(desc = "Number, title or address containing this text (up to 100 characters).")]
        search: Option<String>,
        #[graphql(desc = "Only cases the viewer reported or was dispatched.")] mine: Option<bool>,
    ) -> async_graphql::Result<GridCaseConnection> {
        let c = tenant(ctx)?;
        let page = PageArgs::parse(first.unwrap_or(20), after.as_deref()).gql()?;
        let args = case::ListArgs {
            grid_id: decode_opt(NodeType::Organization, grid_id.as_ref()).gql()?,
            state: state.map(Into::into),
            category_key,
            overdue_only: overdue_only.unwrap_or(false),
            search,
            mine: mine.unwrap_or(false),
        };
        let result = case::list(&c, app(ctx), &args, &page).await.gql()?;
        Ok(GridCaseConnection::from_page(
            result,
            case::cursor_key,
            GridCase,
        ))
    }

    /// One case; NOT_FOUND unless the viewer may see it.
    async fn grid_case(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<GridCase> {
        let (c, id) = target(ctx, NodeType::GridCase, &id)?;
        Ok(GridCase(case::get(&c, app(ctx), id).await.gql()?))
    }

    /// Grid assignments: all of a grid where the viewer supervises, and the viewer's own.
    async fn grid_assignments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only this grid's.")] grid_id: Option<ID>,
        #[graphql(desc = "Only this member's.")] member_id: Option<ID>,
        #[graphql(desc = "Only those covering today.", default = true)] active_only: bool,
    ) -> async_graphql::Result<Vec<GridAssignment>> {
        let c = tenant(ctx)?;
        let grid = decode_opt(NodeType::Organization, grid_id.as_ref()).gql()?;
        let member = decode_opt(NodeType::Member, member_id.as_ref()).gql()?;
        Ok(assignment::list(&c, app(ctx), grid, member, active_only)
            .await
            .gql()?
            .into_iter()
            .map(GridAssignment)
            .collect())
    }

    /// The grids the viewer is assigned to today (for the phone page).
    async fn my_grids(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Organization>> {
        let c = tenant(ctx)?;
        Ok(assignment::my_grids(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(Organization)
            .collect())
    }
}

/// Mutations of grid supervision.
#[derive(Default)]
pub struct GridMutation;

/// Mutations of grid supervision.
#[Object(name = "GridMutation")]
impl GridMutation {
    /// Reports a case on a grid (采集), by any member of the tenant; the acceptance timer
    /// starts. A non-grid org is VALIDATION on `gridId`.
    async fn report_grid_case(
        &self,
        ctx: &Context<'_>,
        input: ReportGridCaseInput,
    ) -> async_graphql::Result<GridCasePayload> {
        let (c, grid_id) = target(ctx, NodeType::Organization, &input.grid_id)?;
        let new = case::NewCase {
            grid_id,
            category_key: input.category_key,
            title: input.title,
            description: input.description,
            location: input.location.map(|l| case::Location {
                latitude: l.latitude,
                longitude: l.longitude,
                address: l.address,
            }),
            photo_file_ids: file_ids(input.photo_file_ids)?,
            hide_reporter: input.hide_reporter.unwrap_or(false),
        };
        let view = case::report(&c, app(ctx), new).await.gql()?;
        Ok(GridCasePayload {
            case: GridCase(view),
        })
    }

    /// Accepts a case (立案): `grid:write` at its grid; from REPORTED.
    async fn accept_grid_case(
        &self,
        ctx: &Context<'_>,
        input: AcceptGridCaseInput,
    ) -> async_graphql::Result<GridCasePayload> {
        let (c, id) = target(ctx, NodeType::GridCase, &input.case_id)?;
        let view = case::accept(&c, app(ctx), id, input.note.as_deref())
            .await
            .gql()?;
        Ok(GridCasePayload {
            case: GridCase(view),
        })
    }

    /// Refuses a case (不予立案) with a reason: `grid:write` at its grid; from REPORTED.
    async fn cancel_grid_case(
        &self,
        ctx: &Context<'_>,
        input: CancelGridCaseInput,
    ) -> async_graphql::Result<GridCasePayload> {
        let (c, id) = target(ctx, NodeType::GridCase, &input.case_id)?;
        let view = case::cancel(&c, app(ctx), id, &input.reason).await.gql()?;
        Ok(GridCasePayload {
            case: GridCase(view),
        })
    }

    /// Dispatches a case (派遣) to one member or one org: `grid:write` at its grid; from
    /// ACCEPTED, or again from DISPATCHED / IN_PROGRESS. The resolve timer starts.
    async fn dispatch_grid_case(
        &self,
        ctx: &Context<'_>,
        input: DispatchGridCaseInput,
    ) -> async_graphql::Result<GridCasePayload> {
        let (c, id) = target(ctx, NodeType::GridCase, &input.case_id)?;
        let d = case::Dispatch {
            assignee_member_id: decode_opt(NodeType::Member, input.assignee_member_id.as_ref())
                .gql()?,
            assignee_org_id: decode_opt(NodeType::Organization, input.assignee_org_id.as_ref())
                .gql()?,
            due_at: input.due_at,
            note: input.note,
        };
        let view = case::dispatch(&c, app(ctx), id, d).await.gql()?;
        Ok(GridCasePayload {
            case: GridCase(view),
        })
    }

    /// Starts work (开始处置): the assignee, a handler of the assignee org, or a supervisor;
    /// from DISPATCHED.
    async fn start_grid_case(
        &self,
        ctx: &Context<'_>,
        input: StartGridCaseInput,
    ) -> async_graphql::Result<GridCasePayload> {
        let (c, id) = target(ctx, NodeType::GridCase, &input.case_id)?;
        let view = case::start(&c, app(ctx), id, input.note.as_deref())
            .await
            .gql()?;
        Ok(GridCasePayload {
            case: GridCase(view),
        })
    }

    /// Reports the result (处理反馈) with a note and photos: like `startGridCase`; from
    /// IN_PROGRESS. The resolve timer stops.
    async fn submit_grid_case_feedback(
        &self,
        ctx: &Context<'_>,
        input: SubmitGridCaseFeedbackInput,
    ) -> async_graphql::Result<GridCasePayload> {
        let (c, id) = target(ctx, NodeType::GridCase, &input.case_id)?;
        let photos = file_ids(input.photo_file_ids)?;
        let view = case::feedback(&c, app(ctx), id, &input.note, &photos)
            .await
            .gql()?;
        Ok(GridCasePayload {
            case: GridCase(view),
        })
    }

    /// Verifies and closes (核查结案): `grid:write` at its grid; from FEEDBACK.
    async fn close_grid_case(
        &self,
        ctx: &Context<'_>,
        input: CloseGridCaseInput,
    ) -> async_graphql::Result<GridCasePayload> {
        let (c, id) = target(ctx, NodeType::GridCase, &input.case_id)?;
        let view = case::close(&c, app(ctx), id, input.note.as_deref(), input.resolved)
            .await
            .gql()?;
        Ok(GridCasePayload {
            case: GridCase(view),
        })
    }

    /// Sends a case back to work (核查不通过) with a reason: `grid:write` at its grid; from
    /// FEEDBACK to IN_PROGRESS.
    async fn reopen_grid_case(
        &self,
        ctx: &Context<'_>,
        input: ReopenGridCaseInput,
    ) -> async_graphql::Result<GridCasePayload> {
        let (c, id) = target(ctx, NodeType::GridCase, &input.case_id)?;
        let view = case::reopen(&c, app(ctx), id, &input.reason).await.gql()?;
        Ok(GridCasePayload {
            case: GridCase(view),
        })
    }

    /// Rates a closed case (评价), 1–5: only its reporter; from CLOSED.
    async fn rate_grid_case(
        &self,
        ctx: &Context<'_>,
        input: RateGridCaseInput,
    ) -> async_graphql::Result<GridCasePayload> {
        let (c, id) = target(ctx, NodeType::GridCase, &input.case_id)?;
        let view = case::rate(&c, app(ctx), id, input.rating, input.comment.as_deref())
            .await
            .gql()?;
        Ok(GridCasePayload {
            case: GridCase(view),
        })
    }

    /// Assigns a member to a grid (`grid:write` there); they get the `grid_worker` role on
    /// it. The same member and role on the same grid for overlapping dates is a CONFLICT.
    async fn assign_grid_worker(
        &self,
        ctx: &Context<'_>,
        input: AssignGridWorkerInput,
    ) -> async_graphql::Result<GridAssignmentPayload> {
        let (c, grid_id) = target(ctx, NodeType::Organization, &input.grid_id)?;
        let member_id = decode(NodeType::Member, &input.member_id).gql()?;
        let view = assignment::assign(
            &c,
            app(ctx),
            grid::NewAssignment {
                grid_id,
                member_id,
                role: input.role.unwrap_or(GridAssignmentRole::Worker).into(),
                starts_on: input.starts_on,
                ends_on: input.ends_on,
            },
        )
        .await
        .gql()?;
        Ok(GridAssignmentPayload {
            assignment: GridAssignment(view),
        })
    }

    /// Ends an assignment (`grid:write` at its grid); its grant goes at once.
    async fn end_grid_assignment(
        &self,
        ctx: &Context<'_>,
        input: EndGridAssignmentInput,
    ) -> async_graphql::Result<GridAssignmentPayload> {
        let c = tenant(ctx)?;
        let id = assignment_id(&input.assignment_id)?;
        let view = assignment::end(&c, app(ctx), id, input.ends_on)
            .await
            .gql()?;
        Ok(GridAssignmentPayload {
            assignment: GridAssignment(view),
        })
    }
}
