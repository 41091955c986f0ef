//! Supervision tasks (督办任务) over GraphQL: an officer sends a task with a deadline to orgs of
//! their sub-tree, each receiving org reports back with text and files, and the issuer accepts
//! or returns each report.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    grid::GridFile,
    ids::{NodeType, decode, decode_opt, encode},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    grid::task::{self as core_task, NewTask, TargetView, TaskFile, TaskFilter, TaskView},
    page::PageArgs,
};

/// Where a supervision task stands for one receiving org.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::grid::TaskTargetState")]
pub enum SupervisionTaskState {
    /// 已派遣: waiting for the org's report.
    Dispatched,
    /// 已报送: reported, waiting for the issuer's review.
    Feedback,
    /// 已办结: the issuer accepted the report.
    Closed,
}

/// The API's view of a task's or report's file.
fn grid_file(f: &TaskFile) -> GridFile {
    GridFile {
        file_id: encode(NodeType::File, f.file.id),
        file_name: f.file.file_name.clone(),
        content_type: f.file.content_type.clone(),
        url: f.url.clone(),
    }
}

/// A supervision task (督办任务) with each receiving org's progress.
pub struct SupervisionTask(pub TaskView);

/// A supervision task (督办任务) with each receiving org's progress.
#[Object]
impl SupervisionTask {
    /// Global ID.
    pub async fn id(&self) -> ID {
        encode(NodeType::SupervisionTask, self.0.task.id)
    }
    /// Readable number (`DB-2026-000012`).
    async fn number(&self) -> &str {
        &self.0.task.number
    }
    /// The issuing org.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.task.org_id)
    }
    /// The issuing org's name.
    async fn org_name(&self) -> &str {
        &self.0.org_name
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.task.title
    }
    /// What to do and what to report.
    async fn description(&self) -> &str {
        &self.0.task.description
    }
    /// Files attached by the issuer.
    async fn files(&self) -> Vec<GridFile> {
        self.0.files.iter().map(grid_file).collect()
    }
    /// Deadline for the reports.
    async fn due_at(&self) -> DateTime<Utc> {
        self.0.task.due_at
    }
    /// Whether a receiving org the viewer sees is past the deadline without a report.
    async fn overdue(&self) -> bool {
        self.0.overdue
    }
    /// Issued.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.task.created_at
    }
    /// Who issued it.
    async fn created_by_name(&self) -> Option<&str> {
        self.0.created_by_name.as_deref()
    }
    /// The receiving orgs: all of them for the issuer's side, a receiving org's handlers see
    /// their own.
    async fn targets(&self) -> Vec<SupervisionTaskTarget> {
        self.0
            .targets
            .iter()
            .cloned()
            .map(SupervisionTaskTarget)
            .collect()
    }
    /// Receiving orgs (of those the viewer sees).
    async fn total(&self) -> i32 {
        i32::try_from(self.0.targets.len()).unwrap_or(i32::MAX)
    }
    /// Receiving orgs that reported (waiting for review or closed).
    async fn reported(&self) -> i32 {
        let n = self
            .0
            .targets
            .iter()
            .filter(|t| t.row.reported_at.is_some())
            .count();
        i32::try_from(n).unwrap_or(i32::MAX)
    }
    /// Receiving orgs whose report the issuer accepted.
    async fn closed(&self) -> i32 {
        let n = self
            .0
            .targets
            .iter()
            .filter(|t| t.row.state == tongxin_core::grid::TaskTargetState::Closed)
            .count();
        i32::try_from(n).unwrap_or(i32::MAX)
    }
}

/// One receiving org's part of a supervision task.
pub struct SupervisionTaskTarget(TargetView);

/// One receiving org's part of a supervision task.
#[Object]
impl SupervisionTaskTarget {
    /// The receiving org.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.row.org_id)
    }
    /// Its name.
    async fn org_name(&self) -> &str {
        &self.0.org_name
    }
    /// Where it stands.
    async fn state(&self) -> SupervisionTaskState {
        self.0.row.state.into()
    }
    /// The report (任务报送).
    async fn report(&self) -> Option<&str> {
        self.0.row.report.as_deref()
    }
    /// Files of the report.
    async fn files(&self) -> Vec<GridFile> {
        self.0.files.iter().map(grid_file).collect()
    }
    /// When it reported last.
    async fn reported_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.reported_at
    }
    /// Who reported.
    async fn reported_by_name(&self) -> Option<&str> {
        self.0.reported_by_name.as_deref()
    }
    /// The issuer's note when it returned or accepted the report.
    async fn review_note(&self) -> Option<&str> {
        self.0.row.review_note.as_deref()
    }
    /// When the issuer accepted the report.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.closed_at
    }
    /// Past the deadline without a report.
    async fn overdue(&self) -> bool {
        self.0.overdue
    }
}

/// A page of supervision tasks.
#[derive(SimpleObject)]
pub struct SupervisionTaskConnection {
    /// Items with cursors.
    pub edges: Vec<SupervisionTaskEdge>,
    /// Paging.
    pub page_info: super::types::PageInfo,
}

/// A supervision task with its cursor.
#[derive(SimpleObject)]
pub struct SupervisionTaskEdge {
    /// The task.
    pub node: SupervisionTask,
    /// Its cursor.
    pub cursor: String,
}

/// Input of `createSupervisionTask`.
#[derive(InputObject)]
pub struct CreateSupervisionTaskInput {
    /// The issuing org (the issuer needs `grid:write` there).
    pub org_id: ID,
    /// Title, 1–100 characters.
    pub title: String,
    /// What to do and what to report, up to 5,000 characters.
    pub description: String,
    /// Deadline for the reports (in the future, within a year).
    pub due_at: DateTime<Utc>,
    /// The receiving orgs: 1–200 orgs under the issuing org (not itself); duplicates count once.
    pub target_org_ids: Vec<ID>,
    /// The issuer's uploaded files (READY), up to 9.
    pub file_ids: Option<Vec<ID>>,
}

/// Input of `reportSupervisionTask`.
#[derive(InputObject)]
pub struct ReportSupervisionTaskInput {
    /// The task.
    pub task_id: ID,
    /// The receiving org reporting (the caller needs `grid:handle` or `grid:write` there).
    pub org_id: ID,
    /// The report, 1–5,000 characters.
    pub report: String,
    /// The reporter's uploaded files (READY), up to 9.
    pub file_ids: Option<Vec<ID>>,
}

/// Input of `reviewSupervisionTask`.
#[derive(InputObject)]
pub struct ReviewSupervisionTaskInput {
    /// The task.
    pub task_id: ID,
    /// The receiving org whose report is reviewed.
    pub org_id: ID,
    /// `true` accepts the report (办结); `false` returns it for another report.
    pub accept: bool,
    /// A note, up to 500 characters; required when returning.
    pub note: Option<String>,
}

/// The result of a supervision-task mutation.
#[derive(SimpleObject)]
pub struct SupervisionTaskPayload {
    /// The task as it is now.
    pub task: SupervisionTask,
}

fn file_ids(ids: Option<Vec<ID>>) -> async_graphql::Result<Vec<uuid::Uuid>> {
    ids.unwrap_or_default()
        .iter()
        .map(|i| decode(NodeType::File, i))
        .collect::<Result<_, _>>()
        .gql()
}

/// Queries of supervision tasks.
#[derive(Default)]
pub struct GridTaskQuery;

#[Object(name = "GridTaskQuery")]
impl GridTaskQuery {
    /// Supervision tasks the viewer may see, newest first: issued by orgs where they hold
    /// `grid:read`, or sent to orgs where they hold `grid:read` or `grid:handle`.
    #[graphql(complexity = "(first.unwrap_or(20).max(1) as usize) * child_complexity + 1")]
    async fn supervision_tasks(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100 (20 when omitted).")] first: Option<i32>,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Only tasks issued by or sent to this org.")] org_id: Option<ID>,
        #[graphql(desc = "Only tasks with a receiving org in this state.")] state: Option<
            SupervisionTaskState,
        >,
        #[graphql(desc = "Only tasks with a receiving org past the deadline without a report.")]
        overdue_only: Option<bool>,
    ) -> async_graphql::Result<SupervisionTaskConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first.unwrap_or(20), after.as_deref()).gql()?;
        let filter = TaskFilter {
            org_id: decode_opt(NodeType::Organization, org_id.as_ref()).gql()?,
            state: state.map(Into::into),
            overdue_only: overdue_only.unwrap_or(false),
        };
        let page = core_task::list(&c, app(ctx), &filter, &args).await.gql()?;
        let edges: Vec<SupervisionTaskEdge> = page
            .items
            .into_iter()
            .map(|v| SupervisionTaskEdge {
                cursor: tongxin_core::page::encode_cursor(&v.task.id.to_string()),
                node: SupervisionTask(v),
            })
            .collect();
        let end_cursor = edges.last().map(|e| e.cursor.clone());
        Ok(SupervisionTaskConnection {
            edges,
            page_info: super::types::PageInfo {
                has_next_page: page.has_next,
                end_cursor,
            },
        })
    }

    /// One supervision task the viewer may see (else NOT_FOUND).
    async fn supervision_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task's global ID.")] id: ID,
    ) -> async_graphql::Result<SupervisionTask> {
        let (c, id) = target(ctx, NodeType::SupervisionTask, &id)?;
        Ok(SupervisionTask(
            core_task::get(&c, app(ctx), id).await.gql()?,
        ))
    }
}

/// Mutations of supervision tasks.
#[derive(Default)]
pub struct GridTaskMutation;

#[Object(name = "GridTaskMutation")]
impl GridTaskMutation {
    /// Issues a task (任务派遣) to orgs under the issuing org, with a deadline; each receiving
    /// org's officers are told and reminded by the `grid.task.reminders` rule.
    async fn create_supervision_task(
        &self,
        ctx: &Context<'_>,
        input: CreateSupervisionTaskInput,
    ) -> async_graphql::Result<SupervisionTaskPayload> {
        let (c, org) = target(ctx, NodeType::Organization, &input.org_id)?;
        let targets = input
            .target_org_ids
            .iter()
            .map(|i| decode(NodeType::Organization, i))
            .collect::<Result<Vec<_>, _>>()
            .gql()?;
        let view = core_task::create(
            &c,
            app(ctx),
            NewTask {
                org_id: org,
                title: input.title,
                description: input.description,
                due_at: input.due_at,
                target_org_ids: targets,
                file_ids: file_ids(input.file_ids)?,
            },
        )
        .await
        .gql()?;
        Ok(SupervisionTaskPayload {
            task: SupervisionTask(view),
        })
    }

    /// A receiving org reports back (任务报送): DISPATCHED → FEEDBACK; CONFLICT from any other
    /// state.
    async fn report_supervision_task(
        &self,
        ctx: &Context<'_>,
        input: ReportSupervisionTaskInput,
    ) -> async_graphql::Result<SupervisionTaskPayload> {
        let (c, task) = target(ctx, NodeType::SupervisionTask, &input.task_id)?;
        let org = decode(NodeType::Organization, &input.org_id).gql()?;
        let files = file_ids(input.file_ids)?;
        let view = core_task::report(&c, app(ctx), task, org, &input.report, &files)
            .await
            .gql()?;
        Ok(SupervisionTaskPayload {
            task: SupervisionTask(view),
        })
    }

    /// The issuer reviews a receiving org's report: accepted (FEEDBACK → CLOSED) or returned
    /// with a note (FEEDBACK → DISPATCHED); CONFLICT from any other state.
    async fn review_supervision_task(
        &self,
        ctx: &Context<'_>,
        input: ReviewSupervisionTaskInput,
    ) -> async_graphql::Result<SupervisionTaskPayload> {
        let (c, task) = target(ctx, NodeType::SupervisionTask, &input.task_id)?;
        let org = decode(NodeType::Organization, &input.org_id).gql()?;
        let view = core_task::review(&c, app(ctx), task, org, input.accept, input.note.as_deref())
            .await
            .gql()?;
        Ok(SupervisionTaskPayload {
            task: SupervisionTask(view),
        })
    }
}
