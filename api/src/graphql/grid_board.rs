//! The live task board (看板) of grid supervision, its live changes and the statistics of a
//! period: `taskBoard`, `taskBoardColumn`, `taskBoardChanged`, `gridStatistics`. All need
//! `grid:read` at the org; anything else reads as `NOT_FOUND`.

use super::context::{app, tenant};
use super::errors::Gql;
use super::grid::{GridCaseAction, GridCaseState};
use super::ids::{NodeType, decode};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, Subscription};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, NaiveDate, Utc};
use futures::{Stream, StreamExt};
use tongxin_core::grid::board::{self, BoardFilter, Card, CardKind, Column};
use tongxin_core::grid::stats;
use uuid::Uuid;

/// Whether a board card is a case or a supervision task at one receiving org.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum TaskBoardCardKind {
    /// A case (案件).
    Case,
    /// A supervision task at one receiving org (督办任务).
    Task,
}

/// How a card moved on the board.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::grid::board::ChangeKind")]
pub enum TaskBoardChangeKind {
    /// A new card: a case reported, a task issued to an org.
    Created,
    /// The card moved from `fromState` to `toState` (or was dispatched again).
    Moved,
    /// The card stayed in its column: deadline extended, warned, escalated.
    Updated,
    /// The card's deadline passed (督办).
    Overdue,
}

/// What the board shows; every part is optional and they combine.
#[derive(InputObject, Default)]
pub struct TaskBoardFilter {
    /// Only these grids (each must lie under the board's org, else `NOT_FOUND`; at most 200).
    pub grid_ids: Option<Vec<ID>>,
    /// Only cases of these categories (task cards have none and drop out; at most 20).
    pub category_keys: Option<Vec<String>>,
    /// Only cases dispatched to this member or org (a `Member` or `Organization` ID), and the
    /// tasks of this org.
    pub assignee_id: Option<ID>,
    /// Only cards whose deadline has passed.
    pub overdue_only: Option<bool>,
}

fn core_filter(filter: Option<TaskBoardFilter>) -> async_graphql::Result<BoardFilter> {
    let Some(f) = filter else {
        return Ok(BoardFilter::default());
    };
    let grid_ids = f
        .grid_ids
        .map(|ids| {
            ids.iter()
                .map(|id| decode(NodeType::Organization, id))
                .collect::<Result<Vec<Uuid>, _>>()
        })
        .transpose()
        .gql()?;
    let assignee_id = f
        .assignee_id
        .map(|id| decode(NodeType::Member, &id).or_else(|_| decode(NodeType::Organization, &id)))
        .transpose()
        .gql()?;
    Ok(BoardFilter {
        grid_ids,
        category_keys: f.category_keys,
        assignee_id,
        overdue_only: f.overdue_only.unwrap_or(false),
    })
}

/// The global ID of a supervision task in the form `ids::encode` gives (`<Type>:<uuid>`), until
/// `NodeType` names tasks.
fn global(type_name: &str, id: Uuid) -> ID {
    ID(URL_SAFE_NO_PAD.encode(format!("{type_name}:{id}")))
}

/// A card of the board: a case, or a supervision task at one receiving org.
pub struct TaskBoardCard(pub Card);

#[Object]
impl TaskBoardCard {
    /// A case card's ID is the case's ID; a task card's is `"<task ID>:<org ID>"`.
    async fn id(&self) -> ID {
        match (self.0.kind, self.0.target_org_id) {
            (CardKind::Task, Some(org)) => ID(format!(
                "{}:{}",
                global("SupervisionTask", self.0.id).0,
                super::ids::encode(NodeType::Organization, org).0
            )),
            _ => super::ids::encode(NodeType::GridCase, self.0.id),
        }
    }

    /// Case or task.
    async fn kind(&self) -> TaskBoardCardKind {
        match self.0.kind {
            CardKind::Case => TaskBoardCardKind::Case,
            CardKind::Task => TaskBoardCardKind::Task,
        }
    }

    /// The case's ID (case cards).
    async fn case_id(&self) -> Option<ID> {
        (self.0.kind == CardKind::Case).then(|| super::ids::encode(NodeType::GridCase, self.0.id))
    }

    /// The task's ID (task cards).
    async fn task_id(&self) -> Option<ID> {
        (self.0.kind == CardKind::Task).then(|| global("SupervisionTask", self.0.id))
    }

    /// Readable number (`WG-2026-000123`, `DB-2026-000012`).
    async fn number(&self) -> &str {
        &self.0.number
    }

    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// The column it stands in (a task's DISPATCHED, FEEDBACK or CLOSED).
    async fn state(&self) -> GridCaseState {
        self.0.state.into()
    }

    /// The case's grid, or the task's receiving org.
    async fn grid_id(&self) -> Option<ID> {
        Some(super::ids::encode(NodeType::Organization, self.0.grid_id))
    }

    /// Its name.
    async fn grid_name(&self) -> Option<&str> {
        self.0.grid_name.as_deref()
    }

    /// The case's category name.
    async fn category_name(&self) -> Option<&str> {
        self.0.category_name.as_deref()
    }

    /// Who works on it: the member or org a case is dispatched to, a task's receiving org.
    async fn assignee_name(&self) -> Option<&str> {
        self.0.assignee_name.as_deref()
    }

    /// The deadline that runs now: acceptance while reported, resolution once dispatched, the
    /// task's deadline until it reports; none otherwise.
    async fn due_at(&self) -> Option<DateTime<Utc>> {
        self.0.due_at
    }

    /// Whether that deadline has passed (at read time).
    async fn overdue(&self) -> bool {
        self.0.overdue
    }

    /// Seconds until the deadline at read time; negative once overdue (by that much).
    async fn seconds_left(&self) -> Option<i64> {
        self.0.seconds_left
    }

    /// A signed link to the case's first photo, valid for a limited time.
    async fn thumbnail_url(&self) -> Option<&str> {
        self.0.thumbnail_url.as_deref()
    }

    /// What the viewer may do now (from the state and the viewer's grid rights at the board's
    /// org); empty for task cards.
    async fn actions(&self) -> Vec<GridCaseAction> {
        self.0.actions.iter().map(|&a| a.into()).collect()
    }
}

/// A column of the board: one state, its counts and a page of its cards.
pub struct TaskBoardColumn(pub Column);

#[Object]
impl TaskBoardColumn {
    /// The state.
    async fn state(&self) -> GridCaseState {
        self.0.state.into()
    }

    /// Its Chinese label (待立案, 处置中, …).
    async fn label(&self) -> &'static str {
        self.0.state.label()
    }

    /// Cards in the column under the filter (all pages).
    async fn count(&self) -> i64 {
        self.0.count
    }

    /// Of which overdue.
    async fn overdue_count(&self) -> i64 {
        self.0.overdue_count
    }

    /// This page of cards, earliest deadline first (cards without one last).
    async fn cards(&self) -> Vec<TaskBoardCard> {
        self.0.cards.iter().cloned().map(TaskBoardCard).collect()
    }

    /// Pass as `after` to `taskBoardColumn` for the next page.
    async fn end_cursor(&self) -> Option<String> {
        self.0.end_cursor()
    }

    /// Whether more cards follow.
    async fn has_more(&self) -> bool {
        self.0.has_more
    }
}

/// The board of an org: one column per case state, in board order.
pub struct TaskBoard(pub board::Board);

#[Object]
impl TaskBoard {
    /// The org.
    async fn org_id(&self) -> ID {
        super::ids::encode(NodeType::Organization, self.0.org_id)
    }

    /// The columns: REPORTED, ACCEPTED, DISPATCHED, IN_PROGRESS, FEEDBACK, CLOSED, RATED,
    /// CANCELLED.
    async fn columns(&self) -> Vec<TaskBoardColumn> {
        self.0
            .columns
            .iter()
            .cloned()
            .map(TaskBoardColumn)
            .collect()
    }
}

/// A change of one card on a subscribed board.
pub struct TaskBoardChange(pub board::Change);

#[Object]
impl TaskBoardChange {
    /// How it moved.
    async fn kind(&self) -> TaskBoardChangeKind {
        self.0.kind.into()
    }

    /// The card now.
    async fn card(&self) -> TaskBoardCard {
        TaskBoardCard(self.0.card.clone())
    }

    /// The column it left (none for a new card).
    async fn from_state(&self) -> Option<GridCaseState> {
        self.0.from_state.map(Into::into)
    }

    /// The column it is in now.
    async fn to_state(&self) -> GridCaseState {
        self.0.to_state.into()
    }
}

/// Cases of one category in a period.
#[derive(SimpleObject)]
pub struct GridCategoryCount {
    /// Category key.
    pub key: String,
    /// Category name.
    pub name: String,
    /// Cases reported.
    pub count: i64,
}

/// Cases in one state.
#[derive(SimpleObject)]
pub struct GridStateCount {
    /// The state.
    pub state: GridCaseState,
    /// Its label.
    pub label: String,
    /// Cases of the period now in it.
    pub count: i64,
}

/// The figures of one grid in a period.
#[derive(SimpleObject)]
pub struct GridStatisticsRow {
    /// The grid.
    pub grid_id: ID,
    /// Its name.
    pub grid_name: String,
    /// Cases reported.
    pub total: i64,
    /// Closed or rated.
    pub closed: i64,
    /// Open and past their deadline now.
    pub overdue: i64,
    /// Closed or rated ÷ accepted or later (none without accepted cases).
    pub resolution_rate: Option<f64>,
    /// Average rating (1–5).
    pub rating_average: Option<f64>,
}

/// The statistics of the cases reported in a period (rates are fractions 0–1; none when
/// nothing counts towards them).
#[derive(SimpleObject)]
pub struct GridStatistics {
    /// Cases reported in the period.
    pub total: i64,
    /// Per category, most first.
    pub by_category: Vec<GridCategoryCount>,
    /// Per state, in board order.
    pub by_state: Vec<GridStateCount>,
    /// Closed or rated ÷ accepted or later.
    pub resolution_rate: Option<f64>,
    /// Feedback at or before the deadline ÷ cases with a feedback.
    pub on_time_rate: Option<f64>,
    /// Median hours from report to acceptance (立案).
    pub median_hours_to_accept: Option<f64>,
    /// Median hours from report to closing (结案).
    pub median_hours_to_close: Option<f64>,
    /// 矛盾纠纷 closed as settled ÷ 矛盾纠纷 closed (调解成功率).
    pub mediation_success_rate: Option<f64>,
    /// Average rating (1–5).
    pub rating_average: Option<f64>,
    /// Per grid with cases, by name.
    pub per_grid: Vec<GridStatisticsRow>,
}

impl From<stats::Statistics> for GridStatistics {
    fn from(s: stats::Statistics) -> Self {
        Self {
            total: s.total,
            by_category: s
                .by_category
                .into_iter()
                .map(|c| GridCategoryCount {
                    key: c.key,
                    name: c.name,
                    count: c.count,
                })
                .collect(),
            by_state: s
                .by_state
                .into_iter()
                .map(|(state, count)| GridStateCount {
                    state: state.into(),
                    label: state.label().to_string(),
                    count,
                })
                .collect(),
            resolution_rate: s.resolution_rate,
            on_time_rate: s.on_time_rate,
            median_hours_to_accept: s.median_hours_to_accept,
            median_hours_to_close: s.median_hours_to_close,
            mediation_success_rate: s.mediation_success_rate,
            rating_average: s.rating_average,
            per_grid: s
                .per_grid
                .into_iter()
                .map(|g| GridStatisticsRow {
                    grid_id: super::ids::encode(NodeType::Organization, g.grid_id),
                    grid_name: g.grid_name,
                    total: g.total,
                    closed: g.closed,
                    overdue: g.overdue,
                    resolution_rate: g.resolution_rate,
                    rating_average: g.rating_average,
                })
                .collect(),
        }
    }
}

/// Board and statistics queries.
#[derive(Default)]
pub struct GridBoardQuery;

#[Object]
impl GridBoardQuery {
    /// The live board of an org: the cases of the grids under it and the supervision-task
    /// targets under it, one column per state with counts, overdue counts and the first
    /// `first` (1–100) cards of each. Needs `grid:read` at the org.
    async fn task_board(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org whose sub-tree the board shows.")] org_id: ID,
        #[graphql(desc = "What to show.")] filter: Option<TaskBoardFilter>,
        #[graphql(desc = "Cards per column (1–100).", default = 20)] first: i32,
    ) -> async_graphql::Result<TaskBoard> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &org_id).gql()?;
        let filter = core_filter(filter)?;
        board::board(&c, app(ctx), org, filter, first)
            .await
            .map(TaskBoard)
            .gql()
    }

    /// One column of the board, paged: `after` is a previous page's `endCursor`.
    async fn task_board_column(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org whose sub-tree the board shows.")] org_id: ID,
        #[graphql(desc = "The column.")] state: GridCaseState,
        #[graphql(desc = "What to show.")] filter: Option<TaskBoardFilter>,
        #[graphql(desc = "Cards (1–100).", default = 20)] first: i32,
        #[graphql(desc = "The `endCursor` of the previous page.")] after: Option<String>,
    ) -> async_graphql::Result<TaskBoardColumn> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &org_id).gql()?;
        let filter = core_filter(filter)?;
        board::column(
            &c,
            app(ctx),
            org,
            state.into(),
            filter,
            first,
            after.as_deref(),
        )
        .await
        .map(TaskBoardColumn)
        .gql()
    }

    /// The statistics of the cases reported from `from` to `to` (days in the tenant's time
    /// zone, both included) under an org, or under one of its grids. Needs `grid:read` at the
    /// org.
    async fn grid_statistics(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org whose sub-tree the figures cover.")] org_id: ID,
        #[graphql(desc = "First day of the period.")] from: NaiveDate,
        #[graphql(desc = "Last day of the period (included).")] to: NaiveDate,
        #[graphql(desc = "Only this grid (under the org).")] grid_id: Option<ID>,
    ) -> async_graphql::Result<GridStatistics> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &org_id).gql()?;
        let grid = grid_id
            .map(|g| decode(NodeType::Organization, &g))
            .transpose()
            .gql()?;
        stats::statistics(&c, app(ctx), org, from, to, grid)
            .await
            .map(Into::into)
            .gql()
    }
}

/// Live board changes.
#[derive(Default)]
pub struct GridBoardSubscription;

#[Subscription(name = "GridBoardSubscription")]
impl GridBoardSubscription {
    /// Every change of a card under the org from now on: a new case or task (CREATED), a
    /// transition (MOVED, with its from and to column), a deadline extended, a warning or an
    /// escalation (UPDATED), a deadline passed (OVERDUE). Each is read under the subscriber's
    /// session. Needs `grid:read` at the org (else `NOT_FOUND` at once). Nothing is replayed:
    /// a client reads `taskBoard` when it (re)connects.
    async fn task_board_changed(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org whose sub-tree to watch.")] org_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = TaskBoardChange>> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &org_id).gql()?;
        let app = app(ctx).clone();
        let watch = board::check_access(&c, &app, org).await.gql()?;
        Ok(board::follow(app, c, watch).map(TaskBoardChange))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tongxin_core::grid::board::ChangeKind;

    #[test]
    fn a_card_id_reads_as_the_global_id_of_its_case() {
        let id = Uuid::now_v7();
        let (t, u) = super::super::ids::decode_any(&global("Organization", id)).unwrap();
        assert_eq!((t, u), (NodeType::Organization, id));
    }

    #[test]
    fn change_kinds_follow_the_timeline() {
        use tongxin_core::grid::{CaseEventKind, TaskEventKind};
        assert_eq!(
            board::case_change_kind(CaseEventKind::Reported),
            ChangeKind::Created
        );
        assert_eq!(
            board::case_change_kind(CaseEventKind::Dispatched),
            ChangeKind::Moved
        );
        assert_eq!(
            board::case_change_kind(CaseEventKind::Escalated),
            ChangeKind::Updated
        );
        assert_eq!(
            board::case_change_kind(CaseEventKind::Overdue),
            ChangeKind::Overdue
        );
        assert_eq!(
            board::task_change_kind(TaskEventKind::Dispatched),
            ChangeKind::Created
        );
        assert_eq!(
            board::task_change_kind(TaskEventKind::Returned),
            ChangeKind::Moved
        );
    }
}
