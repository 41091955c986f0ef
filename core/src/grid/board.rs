//! The live board (看板): the cases of the grids under an org and the supervision-task targets
//! under it, in one column per state, with counts, overdue counts and a first page of cards
//! per column; and the changes that move its cards, followed live.
//!
//! Reading the board costs a fixed number of statements whatever the number of columns: the
//! org, its sub-tree's ids, the counts of every column (one statement: sums of the per-grid
//! counts kept in `grid_case_count`, or, when the filter names categories, an assignee or
//! overdue only, a `group by` over the cases), the first page of every column (one statement),
//! and the thumbnails' files.

use super::board_store::{self as store, After, Bind, CardRow};
use super::events::{CASE_TOPIC, TASK_TOPIC};
use super::model::{CaseEventKind, CaseState, TaskEventKind};
use super::rules::Action;
use crate::authz::{Scope, catalog};
use crate::db::TenantTx;
use crate::page::{self, PageArgs};
use crate::{App, AppError, AppResult, Ctx, org};
use chrono::{DateTime, Utc};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use tokio::sync::OnceCell;
use uuid::Uuid;

/// Most grids a filter may name.
pub const MAX_FILTER_GRIDS: usize = 200;
/// Most categories a filter may name.
pub const MAX_FILTER_CATEGORIES: usize = 20;

/// What the board shows.
#[derive(Debug, Clone, Default)]
pub struct BoardFilter {
    /// Only these grids (each under the board's org).
    pub grid_ids: Option<Vec<Uuid>>,
    /// Only these categories (task cards have none, so they drop out).
    pub category_keys: Option<Vec<String>>,
    /// Only cases dispatched to this member or org, and the tasks of this org.
    pub assignee_id: Option<Uuid>,
    /// Only cards whose deadline has passed.
    pub overdue_only: bool,
}

/// Whether a card is a case or a supervision task's receiving org.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardKind {
    /// A case (案件).
    Case,
    /// A supervision task at one receiving org (督办任务).
    Task,
}

/// One card of the board.
#[derive(Debug, Clone)]
pub struct Card {
    /// Case or task.
    pub kind: CardKind,
    /// The case, or the task.
    pub id: Uuid,
    /// The task's receiving org (tasks only).
    pub target_org_id: Option<Uuid>,
    /// Readable number.
    pub number: String,
    /// Title.
    pub title: String,
    /// The column it stands in.
    pub state: CaseState,
    /// The case's grid, or the task's receiving org.
    pub grid_id: Uuid,
    /// Its name.
    pub grid_name: Option<String>,
    /// The case's category.
    pub category_name: Option<String>,
    /// Who works on it.
    pub assignee_name: Option<String>,
    /// The deadline that runs now.
    pub due_at: Option<DateTime<Utc>>,
    /// Whether it has passed.
    pub overdue: bool,
    /// Seconds until the deadline (negative once overdue).
    pub seconds_left: Option<i64>,
    /// A signed link to the case's first photo.
    pub thumbnail_url: Option<String>,
    /// What the viewer may do with it now.
    pub actions: Vec<Action>,
    sort_at: Option<DateTime<Utc>>,
}

impl Card {
    /// The opaque cursor that resumes its column after this card.
    pub fn cursor(&self) -> String {
        let sort = self.sort_at.map(|t| t.to_rfc3339()).unwrap_or_default();
        let org = self.target_org_id.unwrap_or(Uuid::nil());
        page::encode_cursor(&format!("{sort}|{}|{org}", self.id))
    }
}

/// One column.
#[derive(Debug, Clone)]
pub struct Column {
    /// Its state.
    pub state: CaseState,
    /// Cards in it (all pages).
    pub count: i64,
    /// Of which overdue.
    pub overdue_count: i64,
    /// This page.
    pub cards: Vec<Card>,
    /// Whether more cards follow.
    pub has_more: bool,
}

impl Column {
    /// The cursor of the page's last card.
    pub fn end_cursor(&self) -> Option<String> {
        self.cards.last().map(Card::cursor)
    }
}

/// The board of an org.
#[derive(Debug, Clone)]
pub struct Board {
    /// The org.
    pub org_id: Uuid,
    /// One column per state, in [`CaseState::ALL`] order.
    pub columns: Vec<Column>,
}

/// How a card moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// A new card (a case reported, a task issued).
    Created,
    /// It moved to another column (or was dispatched again).
    Moved,
    /// It stayed in its column (deadline extended, warned, escalated).
    Updated,
    /// Its deadline passed.
    Overdue,
}

/// A change of one card, as a subscribed board receives it.
#[derive(Debug, Clone)]
pub struct Change {
    /// How it moved.
    pub kind: ChangeKind,
    /// The card now.
    pub card: Card,
    /// The column it left.
    pub from_state: Option<CaseState>,
    /// The column it is in.
    pub to_state: CaseState,
}

/// The board's org, once the viewer may read the grids under it (`grid:read` there);
/// `NOT_FOUND` otherwise, as for an org of another tenant.
async fn authorize(ctx: &Ctx, app: &App, org_id: Uuid) -> AppResult<org::model::OrgRow> {
    let org = {
        let mut tx = app.db.begin_tenant(ctx).await?;
        let row = org::store::get(&mut tx, org_id).await?;
        tx.commit().await?;
        row.ok_or(AppError::NotFound)?
    };
    app.authz
        .require_visible(ctx, &Scope::Org(org.path.clone()), catalog::GRID, "read")
        .await?;
    Ok(org)
}

/// A board followed live: its org and the org's path (cards under it are this board's).
#[derive(Debug, Clone)]
pub struct Watch {
    /// The board's org.
    pub org_id: Uuid,
    path: String,
}

/// Checks that the viewer may watch the board of `org_id` (for a subscription's start).
pub async fn check_access(ctx: &Ctx, app: &App, org_id: Uuid) -> AppResult<Watch> {
    let org = authorize(ctx, app, org_id).await?;
    Ok(Watch {
        org_id,
        path: org.path,
    })
}

/// Validates the filter's strings and sizes.
fn validate(filter: &BoardFilter) -> AppResult<()> {
    if filter
        .grid_ids
        .as_ref()
        .is_some_and(|g| g.len() > MAX_FILTER_GRIDS)
    {
        return Err(AppError::field(
            "gridIds",
            format!("最多筛选 {MAX_FILTER_GRIDS} 个网格"),
        ));
    }
    if let Some(keys) = &filter.category_keys {
        if keys.len() > MAX_FILTER_CATEGORIES {
            return Err(AppError::field(
                "categoryKeys",
                format!("最多筛选 {MAX_FILTER_CATEGORIES} 个类别"),
            ));
        }
        if keys
            .iter()
            .any(|k| k.is_empty() || k.chars().count() > 40 || k.chars().any(char::is_control))
        {
            return Err(AppError::field("categoryKeys", "无效的类别"));
        }
    }
    Ok(())
}

/// What the viewer may do on the cards of this board: from the state, and the viewer's
/// `grid:write` / `grid:handle` at the board's org (rating is the reporter's, never a board's).
#[derive(Debug, Clone, Copy)]
struct Powers {
    write: bool,
    handle: bool,
}

impl Powers {
    async fn of(ctx: &Ctx, app: &App, scope: &Scope) -> AppResult<Self> {
        Ok(Self {
            write: app
                .authz
                .allowed(ctx, scope, catalog::GRID, "write")
                .await?,
            handle: app
                .authz
                .allowed(ctx, scope, catalog::GRID, "handle")
                .await?,
        })
    }

    fn actions(self, state: CaseState) -> Vec<Action> {
        let candidates: &[Action] = match state {
            CaseState::Reported => &[Action::Accept, Action::Cancel],
            CaseState::Accepted => &[Action::Dispatch],
            CaseState::Dispatched => &[Action::Start, Action::Dispatch],
            CaseState::InProgress => &[Action::Feedback, Action::Dispatch],
            CaseState::Feedback => &[Action::Close, Action::Reopen],
            CaseState::Closed | CaseState::Rated | CaseState::Cancelled => &[],
        };
        candidates
            .iter()
            .copied()
            .filter(|a| match a {
                Action::Start | Action::Feedback => self.write || self.handle,
                Action::Rate => false,
                _ => self.write,
            })
            .collect()
    }
}

struct Prepared {
    scope: Vec<Uuid>,
    filter: BoardFilter,
    powers: Powers,
    now: DateTime<Utc>,
}

impl Prepared {
    fn bind(&self) -> Bind<'_> {
        Bind {
            scope: &self.scope,
            grid_ids: self.filter.grid_ids.as_deref(),
            category_keys: self.filter.category_keys.as_deref(),
            assignee_id: self.filter.assignee_id,
            overdue_only: self.filter.overdue_only,
            now: self.now,
        }
    }
}

async fn prepare(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    org_id: Uuid,
    filter: BoardFilter,
) -> AppResult<Prepared> {
    validate(&filter)?;
    let org = org::store::get(tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = Scope::Org(org.path.clone());
    app.authz
        .require_visible(ctx, &scope, catalog::GRID, "read")
        .await?;
    let mut filter = filter;
    let mut subtree = store::subtree(tx, &org.path).await?;
    subtree.sort_unstable();
    if let Some(grids) = &mut filter.grid_ids {
        grids.sort_unstable();
        grids.dedup();
        // A grid outside the board's sub-tree, or of another tenant, is not found.
        if grids.iter().any(|g| subtree.binary_search(g).is_err()) {
            return Err(AppError::NotFound);
        }
    }
    let powers = Powers::of(ctx, app, &scope).await?;
    Ok(Prepared {
        scope: subtree,
        filter,
        powers,
        now: Utc::now(),
    })
}

/// Every column's counts: from the kept per-grid counts when the filter names at most grids;
/// counted from the cases when it names categories, an assignee or overdue only (the kept
/// counts do not know those).
async fn counts(tx: &mut TenantTx, p: &Prepared) -> AppResult<Vec<store::CountRow>> {
    let f = &p.filter;
    if f.category_keys.is_none() && f.assignee_id.is_none() && !f.overdue_only {
        let ids = f.grid_ids.as_deref().unwrap_or(&p.scope);
        Ok(store::kept_counts(tx, ids, p.now).await?)
    } else {
        Ok(store::counts(tx, &p.bind()).await?)
    }
}

/// The board of `org_id`: every column with its counts and its first `first` cards.
pub async fn board(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    filter: BoardFilter,
    first: i32,
) -> AppResult<Board> {
    let args = PageArgs::parse(first, None)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let p = prepare(ctx, app, &mut tx, org_id, filter).await?;
    let b = p.bind();
    let counts: HashMap<CaseState, (i64, i64)> = counts(&mut tx, &p)
        .await?
        .into_iter()
        .map(|r| (r.state, (r.count, r.overdue)))
        .collect();
    // Only columns with cards are read.
    let states: Vec<String> = CaseState::ALL
        .iter()
        .filter(|s| counts.contains_key(s))
        .map(|s| s.as_str().to_string())
        .collect();
    let rows = if states.is_empty() {
        vec![]
    } else {
        store::first_pages(&mut tx, &b, &states, args.limit()).await?
    };
    let mut cards = cards_of(app, &mut tx, ctx, rows, p.powers, p.now).await?;
    tx.commit().await?;
    let columns = CaseState::ALL
        .iter()
        .map(|&state| {
            let (count, overdue_count) = counts.get(&state).copied().unwrap_or((0, 0));
            let mine: Vec<Card> = cards.extract_if(.., |c| c.state == state).collect();
            let page = page::Page::from_fetch(mine, &args);
            Column {
                state,
                count,
                overdue_count,
                cards: page.items,
                has_more: page.has_next,
            }
        })
        .collect();
    Ok(Board { org_id, columns })
}

/// One column of the board of `org_id`: its counts and `first` cards after `after`.
pub async fn column(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    state: CaseState,
    filter: BoardFilter,
    first: i32,
    after: Option<&str>,
) -> AppResult<Column> {
    let args = PageArgs::parse(first, after)?;
    let after = args.after.as_deref().map(parse_cursor).transpose()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let p = prepare(ctx, app, &mut tx, org_id, filter).await?;
    let b = p.bind();
    let (count, overdue_count) = counts(&mut tx, &p)
        .await?
        .into_iter()
        .find(|r| r.state == state)
        .map(|r| (r.count, r.overdue))
        .unwrap_or((0, 0));
    let rows = store::column_page(&mut tx, &b, state, after.as_ref(), args.limit()).await?;
    let cards = cards_of(app, &mut tx, ctx, rows, p.powers, p.now).await?;
    tx.commit().await?;
    let page = page::Page::from_fetch(cards, &args);
    Ok(Column {
        state,
        count,
        overdue_count,
        cards: page.items,
        has_more: page.has_next,
    })
}

fn parse_cursor(raw: &str) -> AppResult<After> {
    let bad = || AppError::field("after", "无效的游标");
    let mut parts = raw.split('|');
    let (Some(sort), Some(id), Some(org), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let sort_at = if sort.is_empty() {
        None
    } else {
        Some(
            DateTime::parse_from_rfc3339(sort)
                .map_err(|_| bad())?
                .with_timezone(&Utc),
        )
    };
    Ok(After {
        sort_at,
        key_id: id.parse().map_err(|_| bad())?,
        key_org: org.parse().map_err(|_| bad())?,
    })
}

/// Turns rows into cards: deadlines at `now`, the viewer's actions, signed thumbnails (one
/// read for every card's photo).
async fn cards_of(
    app: &App,
    tx: &mut TenantTx,
    ctx: &Ctx,
    rows: Vec<CardRow>,
    powers: Powers,
    now: DateTime<Utc>,
) -> AppResult<Vec<Card>> {
    let photo_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.photo_id).collect();
    let mut thumbs = HashMap::new();
    if !photo_ids.is_empty() {
        for f in super::case_store::files(tx, &photo_ids).await? {
            let url = crate::files::download_url(app, ctx.tenant_id(), &f).await?;
            thumbs.insert(f.id, url);
        }
    }
    Ok(rows
        .into_iter()
        .map(|r| card_of(r, &thumbs, powers, now))
        .collect())
}

fn card_of(r: CardRow, thumbs: &HashMap<Uuid, String>, powers: Powers, now: DateTime<Utc>) -> Card {
    let kind = if r.kind == "TASK" {
        CardKind::Task
    } else {
        CardKind::Case
    };
    let overdue = r.due_at.is_some_and(|d| d <= now);
    Card {
        kind,
        id: r.key_id,
        target_org_id: (kind == CardKind::Task).then_some(r.key_org),
        number: r.number,
        title: r.title,
        state: r.state,
        grid_id: r.org_id,
        grid_name: r.org_name,
        category_name: r.category_name,
        assignee_name: r.assignee_name,
        due_at: r.due_at,
        overdue,
        seconds_left: r.due_at.map(|d| (d - now).num_seconds()),
        thumbnail_url: r.photo_id.and_then(|id| thumbs.get(&id).cloned()),
        actions: if kind == CardKind::Case {
            powers.actions(r.state)
        } else {
            vec![]
        },
        sort_at: r.sort_at,
    }
}

/// How a case's timeline row moves its card.
pub fn case_change_kind(kind: CaseEventKind) -> ChangeKind {
    match kind {
        CaseEventKind::Reported => ChangeKind::Created,
        CaseEventKind::Overdue => ChangeKind::Overdue,
        CaseEventKind::Extended | CaseEventKind::Warned | CaseEventKind::Escalated => {
            ChangeKind::Updated
        }
        _ => ChangeKind::Moved,
    }
}

/// How a task target's history row moves its card.
pub fn task_change_kind(kind: TaskEventKind) -> ChangeKind {
    match kind {
        TaskEventKind::Dispatched => ChangeKind::Created,
        TaskEventKind::Overdue => ChangeKind::Overdue,
        TaskEventKind::Warned | TaskEventKind::Escalated => ChangeKind::Updated,
        TaskEventKind::Reported | TaskEventKind::Accepted | TaskEventKind::Returned => {
            ChangeKind::Moved
        }
    }
}

/// A bus event's change as read once per node, under its tenant's row-level security, for
/// every board of the node that follows the tenant; each board then decides in memory whether
/// its viewer sees it.
#[derive(Debug)]
struct Shared {
    kind: ChangeKind,
    from_state: Option<CaseState>,
    to_state: CaseState,
    row: store::EventCardRow,
    thumbnail: Option<String>,
}

/// Events kept per node after they were read (a board that reads late still finds them).
const KEEP: usize = 64;

type Slot = ((Uuid, Uuid), Arc<OnceCell<Option<Arc<Shared>>>>);

/// The node's recently read board events, by tenant and event: the first board to ask reads
/// the timeline row and the card, the others wait for that read and share it.
#[derive(Clone, Default)]
pub struct SharedChanges(Arc<Mutex<VecDeque<Slot>>>);

impl std::fmt::Debug for SharedChanges {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SharedChanges")
    }
}

impl SharedChanges {
    async fn get(
        &self,
        app: &App,
        tenant: Uuid,
        topic: &str,
        event_id: Uuid,
    ) -> AppResult<Option<Arc<Shared>>> {
        let cell = {
            let mut slots = self.0.lock().unwrap_or_else(|p| p.into_inner());
            match slots.iter().find(|(k, _)| *k == (tenant, event_id)) {
                Some((_, c)) => c.clone(),
                None => {
                    let c = Arc::new(OnceCell::new());
                    slots.push_back(((tenant, event_id), c.clone()));
                    if slots.len() > KEEP {
                        slots.pop_front();
                    }
                    c
                }
            }
        };
        let got = cell
            .get_or_try_init(|| read_shared(app, tenant, topic, event_id))
            .await?;
        Ok(got.clone())
    }
}

/// Reads the change a bus event names, for the whole tenant: the timeline row, then the card
/// wherever it lies, and its thumbnail's link.
async fn read_shared(
    app: &App,
    tenant: Uuid,
    topic: &str,
    event_id: Uuid,
) -> AppResult<Option<Arc<Shared>>> {
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let (key_id, key_org, kind, from_state, to_state) = if topic == CASE_TOPIC {
        let Some(ev) = store::case_event(&mut tx, event_id).await? else {
            return Ok(None);
        };
        (
            ev.case_id,
            Uuid::nil(),
            case_change_kind(ev.kind),
            ev.from_state,
            ev.to_state,
        )
    } else if topic == TASK_TOPIC {
        let Some(ev) = store::task_event(&mut tx, event_id).await? else {
            return Ok(None);
        };
        (
            ev.task_id,
            ev.org_id,
            task_change_kind(ev.kind),
            ev.from_state,
            ev.to_state,
        )
    } else {
        return Ok(None);
    };
    let Some(row) = store::event_card(&mut tx, key_id, key_org).await? else {
        return Ok(None);
    };
    let mut thumbnail = None;
    if let Some(photo) = row.photo_id
        && let Some(f) = super::case_store::files(&mut tx, &[photo]).await?.pop()
    {
        thumbnail = Some(crate::files::download_url(app, tenant, &f).await?);
    }
    tx.commit().await?;
    Ok(Some(Arc::new(Shared {
        kind,
        from_state,
        to_state,
        row,
        thumbnail,
    })))
}

/// Whether the org path `path` lies under `root` (or is it).
fn within(path: &str, root: &str) -> bool {
    path.strip_prefix(root)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// The change of a shared event as the board `watch` of the viewer `ctx` shows it: only when
/// the card lies under the board's org and the viewer still holds `grid:read` there (else
/// `None`: not this board's, or access lost since subscribing); the actions are the viewer's.
async fn change_for(
    ctx: &Ctx,
    app: &App,
    watch: &Watch,
    shared: &Shared,
) -> AppResult<Option<Change>> {
    if !within(&shared.row.org_path, &watch.path) {
        return Ok(None);
    }
    let scope = Scope::Org(watch.path.clone());
    if !app
        .authz
        .allowed(ctx, &scope, catalog::GRID, "read")
        .await?
    {
        return Ok(None);
    }
    let powers = Powers::of(ctx, app, &scope).await?;
    let thumbs: HashMap<Uuid, String> = shared
        .row
        .photo_id
        .zip(shared.thumbnail.clone())
        .into_iter()
        .collect();
    let card = card_of(shared.row.card(), &thumbs, powers, Utc::now());
    Ok(Some(Change {
        kind: shared.kind,
        card,
        from_state: shared.from_state,
        to_state: shared.to_state,
    }))
}

/// The changes of the board `watch` from now on (from [`check_access`]): each case or task
/// event of the tenant is read once per node (see [`SharedChanges`]) and delivered when its
/// card lies under the board's org and the viewer may still read the grids there.
///
/// A bus resync (Redis came back) and a lag (the subscriber fell behind) deliver nothing: the
/// stream carries changes, not the board, and a client refetches `taskBoard` whenever its
/// socket reconnects, which is when a resync can have hidden changes from it.
pub fn follow(app: App, ctx: Ctx, watch: Watch) -> impl futures::Stream<Item = Change> {
    use tokio::sync::broadcast::error::RecvError;
    let cases = app.bus.subscribe_topic(CASE_TOPIC);
    let tasks = app.bus.subscribe_topic(TASK_TOPIC);
    futures::stream::unfold(
        (app, ctx, watch, cases, tasks),
        move |(app, ctx, watch, mut cases, mut tasks)| async move {
            loop {
                let got = tokio::select! {
                    r = cases.recv() => r,
                    r = tasks.recv() => r,
                };
                let ev = match got {
                    Ok(ev) => ev,
                    Err(RecvError::Lagged(_)) => continue,
                    Err(RecvError::Closed) => return None,
                };
                if ev.tenant != ctx.tenant_id() || ev.topic == crate::bus::RESYNC {
                    continue;
                }
                let shared = match app
                    .board_changes
                    .get(&app, ev.tenant, &ev.topic, ev.id)
                    .await
                {
                    Ok(Some(shared)) => shared,
                    Ok(None) => continue,
                    Err(e) => {
                        tracing::warn!(error = %e, "task board change not read");
                        continue;
                    }
                };
                match change_for(&ctx, &app, &watch, &shared).await {
                    Ok(Some(change)) => return Some((change, (app, ctx, watch, cases, tasks))),
                    Ok(None) => {}
                    Err(e) => {
                        tracing::warn!(error = %e, "task board change not checked");
                    }
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn a_path_lies_within_itself_and_its_ancestors_only() {
        assert!(within("a.b", "a.b"));
        assert!(within("a.b.c", "a.b"));
        assert!(!within("a.bc", "a.b"));
        assert!(!within("a", "a.b"));
    }
}
