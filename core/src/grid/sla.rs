//! SLA timers (督办): the reminder engine hands each due reminder of a case's or a task's timer
//! here. Before the deadline the assignee is warned (WARNED), when it passes the assignee and
//! the dispatcher get a 督办 notice (OVERDUE), after a further period the officers one org level
//! up are told (ESCALATED). Each step writes one timeline row and notifications (category
//! `GRID`, through `notify::write`, so each member's channel and email routing apply) naming
//! the rule and its source, and tells live boards after the commit.
//!
//! Each step happens once: the engine enqueues each offset once, and a retried job finds the
//! row it wrote (the row's detail names the due item and the reminder's position) and writes
//! nothing; notifications carry dedupe keys too. Nothing happens once the case or the task left
//! the timer's state: the services close the due item, and the handler checks the state again.

use super::events;
use super::model::{CaseEventKind, CaseState, TaskEventKind, TaskTargetState};
use super::rules as grid_rules;
use super::task_store::{self, NewEvent};
use crate::db::TenantTx;
use crate::notify::{self, NewNotification};
use crate::reminder::{Handlers, Turn};
use crate::{App, AppResult, Ctx};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

pub use super::case::{ACCEPT_KIND, RESOLVE_KIND};
/// The notification category of 督办 steps.
pub const CATEGORY: &str = "GRID";

/// Lets the reminder engine hand the grid's timers to this module.
pub(crate) fn register_reminders(handlers: &mut Handlers) {
    handlers.register(ACCEPT_KIND, |app, turn| {
        Box::pin(remind_case(app, turn, Timer::Accept))
    });
    handlers.register(RESOLVE_KIND, |app, turn| {
        Box::pin(remind_case(app, turn, Timer::Resolve))
    });
    handlers.register(super::task::DUE_KIND, |app, turn| {
        Box::pin(remind_task(app, turn))
    });
}

/// Which of a case's two timers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timer {
    /// From report to acceptance (立案).
    Accept,
    /// From dispatch to feedback (处置反馈).
    Resolve,
}

impl Timer {
    /// Whether the timer still runs for a case in `state`.
    pub fn runs_in(self, state: CaseState) -> bool {
        match self {
            Timer::Accept => state == CaseState::Reported,
            Timer::Resolve => matches!(state, CaseState::Dispatched | CaseState::InProgress),
        }
    }

    fn label(self) -> &'static str {
        match self {
            Timer::Accept => "立案",
            Timer::Resolve => "处置反馈",
        }
    }
}

/// A step of supervision, by the reminder's offset from the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Before the deadline: a warning to the assignee.
    Warn,
    /// At the deadline: 督办 to the assignee and the dispatcher.
    Overdue,
    /// After the deadline: escalation to the officers one level up.
    Escalate,
}

impl Step {
    /// The step of a reminder `offset_minutes` after the deadline (negative before it).
    pub fn of(offset_minutes: i32) -> Self {
        match offset_minutes {
            o if o < 0 => Step::Warn,
            0 => Step::Overdue,
            _ => Step::Escalate,
        }
    }

    /// The case timeline's kind of the step.
    pub fn case_kind(self) -> CaseEventKind {
        match self {
            Step::Warn => CaseEventKind::Warned,
            Step::Overdue => CaseEventKind::Overdue,
            Step::Escalate => CaseEventKind::Escalated,
        }
    }

    /// The task history's kind of the step.
    pub fn task_kind(self) -> TaskEventKind {
        match self {
            Step::Warn => TaskEventKind::Warned,
            Step::Overdue => TaskEventKind::Overdue,
            Step::Escalate => TaskEventKind::Escalated,
        }
    }

    /// The notification's title prefix.
    pub fn heading(self) -> &'static str {
        match self {
            Step::Warn => "临期预警",
            Step::Overdue => "逾期督办",
            Step::Escalate => "升级督办",
        }
    }
}

/// How long before or after the deadline, in words (`4 小时`, `1 天 2 小时`, `30 分钟`).
pub fn span(minutes: i32) -> String {
    let m = minutes.unsigned_abs();
    let (d, h, mm) = (m / 1440, (m % 1440) / 60, m % 60);
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d} 天"));
    }
    if h > 0 {
        parts.push(format!("{h} 小时"));
    }
    if mm > 0 || parts.is_empty() {
        parts.push(format!("{mm} 分钟"));
    }
    parts.join(" ")
}

fn shanghai(t: DateTime<Utc>) -> String {
    t.with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The rule behind a timer as it is named in reminders: key, title and source.
struct Basis {
    key: String,
    title: String,
    source: String,
}

async fn basis(tx: &mut TenantTx, key: &str) -> AppResult<Basis> {
    let rule = crate::statute::get_in(tx, key).await?;
    Ok(Basis {
        key: rule.key.clone(),
        title: rule.title.clone(),
        source: rule.effective_source().to_string(),
    })
}

/// The officers of `org` or, when it has none, of its nearest ancestor that has some.
async fn nearest_officers(tx: &mut TenantTx, org: Uuid) -> AppResult<Vec<Uuid>> {
    for o in store::self_and_ancestors(tx, org).await? {
        let officers = crate::org::officers(tx, o).await?;
        if !officers.is_empty() {
            return Ok(officers);
        }
    }
    Ok(vec![])
}

/// The officers one level up from `org` (its parent's, or the nearest ancestor's above that
/// has officers); `org`'s own when it is at the top.
async fn officers_above(tx: &mut TenantTx, org: Uuid) -> AppResult<Vec<Uuid>> {
    match store::parent(tx, org).await? {
        Some(p) => nearest_officers(tx, p).await,
        None => nearest_officers(tx, org).await,
    }
}

/// Writes one notification per member (each once, by a key of the item, position and member).
#[allow(clippy::too_many_arguments)]
async fn tell(
    tx: &mut TenantTx,
    app: &App,
    members: &[Uuid],
    item: Uuid,
    position: i32,
    title: &str,
    body: &str,
    detail: &serde_json::Value,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let mut written = Vec::new();
    let mut seen = Vec::new();
    for &m in members {
        if seen.contains(&m) {
            continue;
        }
        seen.push(m);
        let key = format!("grid-sla:{item}:{position}:{m}");
        if let Some(id) = notify::write(
            tx,
            app,
            &NewNotification {
                member_id: m,
                kind: CATEGORY,
                title,
                body,
                dedupe_key: Some(&key),
                detail: detail.clone(),
            },
        )
        .await?
        {
            written.push((m, id));
        }
    }
    Ok(written)
}

/// Delivers one reminder of a case's timer.
async fn remind_case(app: &App, turn: Turn, timer: Timer) -> AppResult<usize> {
    let ctx = Ctx::system(turn.tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(case) = store::case_by_due_item(&mut tx, timer, turn.item).await? else {
        return Ok(0);
    };
    if !timer.runs_in(case.state) {
        return Ok(0);
    }
    if store::case_step_written(&mut tx, case.id, turn.item, turn.position).await? {
        return Ok(0);
    }
    let step = Step::of(turn.offset_minutes);
    let due = match timer {
        Timer::Accept => case.accept_due_at,
        Timer::Resolve => case.due_at.unwrap_or(case.accept_due_at),
    };
    let rule = basis(&mut tx, grid_rules::RULE).await?;
    // Who answers for the step now: the assignee once dispatched, the grid's supervisors
    // while the case waits to be accepted.
    let assignee = match (timer, case.assignee_member_id, case.assignee_org_id) {
        (Timer::Resolve, Some(m), _) => vec![m],
        (Timer::Resolve, None, Some(o)) => crate::org::officers(&mut tx, o).await?,
        _ => nearest_officers(&mut tx, case.grid_id).await?,
    };
    let recipients = match step {
        Step::Warn => assignee,
        Step::Overdue => {
            let mut r = assignee;
            r.extend(case.dispatcher_id);
            r
        }
        Step::Escalate => officers_above(&mut tx, case.grid_id).await?,
    };
    let when = match step {
        Step::Warn => format!("距{}时限还有 {}", timer.label(), span(turn.offset_minutes)),
        Step::Overdue => format!("已到{}时限", timer.label()),
        Step::Escalate => format!("已超过{}时限 {}", timer.label(), span(turn.offset_minutes)),
    };
    let note = format!(
        "{when}（截止 {}）。依据：{}（{}）",
        shanghai(due),
        rule.title,
        rule.source
    );
    let title = format!(
        "{}：网格事件 {} {}",
        step.heading(),
        case.number,
        case.title
    );
    let detail = json!({
        "dueItem": turn.item, "position": turn.position, "offsetMinutes": turn.offset_minutes,
        "timer": match timer { Timer::Accept => "ACCEPT", Timer::Resolve => "RESOLVE" },
        "dueAt": due, "notified": recipients.len(),
        "rule": { "key": rule.key, "title": rule.title, "source": rule.source },
    });
    let ev = store::insert_case_event(
        &mut tx,
        case.id,
        step.case_kind(),
        case.state,
        &note,
        &detail,
    )
    .await?;
    let ndetail = json!({
        "gridCase": case.id, "dueItem": turn.item, "dueAt": due, "step": step.case_kind(),
        "escalation": step == Step::Escalate,
        "rule": { "key": rule.key, "title": rule.title, "source": rule.source },
    });
    let written = tell(
        &mut tx,
        app,
        &recipients,
        turn.item,
        turn.position,
        &title,
        &note,
        &ndetail,
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, turn.tenant, &written).await;
    events::case_changed(app, turn.tenant, case.id, ev).await;
    Ok(written.len())
}

/// Delivers one reminder of a receiving org's report deadline.
async fn remind_task(app: &App, turn: Turn) -> AppResult<usize> {
    let ctx = Ctx::system(turn.tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(target) = task_store::target_by_due_item(&mut tx, turn.item).await? else {
        return Ok(0);
    };
    if target.state != TaskTargetState::Dispatched {
        return Ok(0);
    }
    if task_store::step_written(
        &mut tx,
        target.task_id,
        target.org_id,
        turn.item,
        turn.position,
    )
    .await?
    {
        return Ok(0);
    }
    let Some(task) = task_store::get_task(&mut tx, target.task_id).await? else {
        return Ok(0);
    };
    let step = Step::of(turn.offset_minutes);
    let rule = basis(&mut tx, grid_rules::TASK_RULE).await?;
    let org_officers = crate::org::officers(&mut tx, target.org_id).await?;
    let recipients = match step {
        Step::Warn => org_officers,
        Step::Overdue => {
            let mut r = org_officers;
            r.extend(task.created_by);
            r
        }
        Step::Escalate => officers_above(&mut tx, task.org_id).await?,
    };
    let org_name = task_store::orgs(&mut tx, &[target.org_id])
        .await?
        .pop()
        .map(|o| o.name)
        .unwrap_or_default();
    let when = match step {
        Step::Warn => format!("距报送截止还有 {}", span(turn.offset_minutes)),
        Step::Overdue => "已到报送截止时间".to_string(),
        Step::Escalate => format!("已逾期 {} 未报送", span(turn.offset_minutes)),
    };
    let note = format!(
        "{org_name}{when}（截止 {}）。依据：{}（{}）",
        shanghai(task.due_at),
        rule.title,
        rule.source
    );
    let title = format!(
        "{}：督办任务 {} {}",
        step.heading(),
        task.number,
        task.title
    );
    let detail = json!({
        "dueItem": turn.item, "position": turn.position, "offsetMinutes": turn.offset_minutes,
        "notified": recipients.len(),
        "rule": { "key": rule.key, "title": rule.title, "source": rule.source },
    });
    let ev = task_store::insert_event(
        &mut tx,
        &NewEvent {
            task: task.id,
            org: target.org_id,
            kind: step.task_kind(),
            from: Some(target.state),
            to: target.state,
            actor: None,
            note: Some(&note),
            detail,
        },
    )
    .await?;
    let ndetail = json!({
        "supervisionTask": task.id, "org": target.org_id, "dueItem": turn.item,
        "dueAt": task.due_at, "step": step.task_kind(), "escalation": step == Step::Escalate,
        "rule": { "key": rule.key, "title": rule.title, "source": rule.source },
    });
    let written = tell(
        &mut tx,
        app,
        &recipients,
        turn.item,
        turn.position,
        &title,
        &note,
        &ndetail,
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, turn.tenant, &written).await;
    events::task_changed(app, turn.tenant, task.id, ev).await;
    Ok(written.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offset_decides_the_step() {
        assert_eq!(Step::of(-240), Step::Warn);
        assert_eq!(Step::of(0), Step::Overdue);
        assert_eq!(Step::of(1440), Step::Escalate);
    }

    #[test]
    fn each_timer_runs_only_in_its_states() {
        assert!(Timer::Accept.runs_in(CaseState::Reported));
        assert!(!Timer::Accept.runs_in(CaseState::Accepted));
        assert!(!Timer::Accept.runs_in(CaseState::Cancelled));
        assert!(Timer::Resolve.runs_in(CaseState::Dispatched));
        assert!(Timer::Resolve.runs_in(CaseState::InProgress));
        assert!(!Timer::Resolve.runs_in(CaseState::Feedback));
        assert!(!Timer::Resolve.runs_in(CaseState::Closed));
    }

    #[test]
    fn spans_read_in_days_hours_and_minutes() {
        assert_eq!(span(-240), "4 小时");
        assert_eq!(span(1440 + 120), "1 天 2 小时");
        assert_eq!(span(30), "30 分钟");
        assert_eq!(span(0), "0 分钟");
    }
}

mod store {
    //! SQL of the timers: the case behind a due item, its timeline rows, the org chain.

    use super::Timer;
    use crate::db::TenantTx;
    use crate::grid::model::{CaseEventKind, CaseState};
    use chrono::{DateTime, Utc};
    use uuid::Uuid;

    /// What a 督办 step needs of a case.
    pub(super) struct SlaCase {
        pub id: Uuid,
        pub number: String,
        pub title: String,
        pub grid_id: Uuid,
        pub state: CaseState,
        pub assignee_member_id: Option<Uuid>,
        pub assignee_org_id: Option<Uuid>,
        pub dispatcher_id: Option<Uuid>,
        pub accept_due_at: DateTime<Utc>,
        pub due_at: Option<DateTime<Utc>>,
    }

    /// The case whose `timer` is `item`, locked (a duplicate job waits, then finds the row).
    pub(super) async fn case_by_due_item(
        tx: &mut TenantTx,
        timer: Timer,
        item: Uuid,
    ) -> sqlx::Result<Option<SlaCase>> {
        let tenant = tx.tenant();
        let accept = timer == Timer::Accept;
        sqlx::query_as!(
            SlaCase,
            r#"select id, number, title, grid_id, state as "state: CaseState", assignee_member_id,
                      assignee_org_id, dispatcher_id, accept_due_at, due_at
                 from grid_case
                where tenant_id = $1
                  and (($3 and accept_due_item_id = $2) or (not $3 and resolve_due_item_id = $2))
                for update"#,
            tenant,
            item,
            accept,
        )
        .fetch_optional(tx.conn())
        .await
    }

    /// Whether the step of `item` at `position` already wrote its timeline row.
    pub(super) async fn case_step_written(
        tx: &mut TenantTx,
        case: Uuid,
        item: Uuid,
        position: i32,
    ) -> sqlx::Result<bool> {
        let tenant = tx.tenant();
        sqlx::query_scalar!(
            r#"select exists (select 1 from grid_case_event
                               where tenant_id = $1 and case_id = $2
                                 and detail @> jsonb_build_object('dueItem', $3::uuid, 'position', $4::int))
                 as "found!""#,
            tenant,
            case,
            item,
            position,
        )
        .fetch_one(tx.conn())
        .await
    }

    /// Appends a 督办 step to a case's timeline (the state does not change); returns its id.
    pub(super) async fn insert_case_event(
        tx: &mut TenantTx,
        case: Uuid,
        kind: CaseEventKind,
        state: CaseState,
        note: &str,
        detail: &serde_json::Value,
    ) -> sqlx::Result<Uuid> {
        let tenant = tx.tenant();
        let id = crate::new_id();
        sqlx::query!(
            "insert into grid_case_event (tenant_id, id, case_id, kind, from_state, to_state, note,
                                          detail)
             values ($1, $2, $3, $4, $5, $5, $6, $7)",
            tenant,
            id,
            case,
            kind.as_str(),
            state.as_str(),
            note,
            detail,
        )
        .execute(tx.conn())
        .await?;
        Ok(id)
    }

    /// `org` and its ancestors, nearest first.
    pub(super) async fn self_and_ancestors(
        tx: &mut TenantTx,
        org: Uuid,
    ) -> sqlx::Result<Vec<Uuid>> {
        let tenant = tx.tenant();
        sqlx::query_scalar!(
            "select a.id from org_unit o join org_unit a
                 on a.tenant_id = o.tenant_id and a.path @> o.path
              where o.tenant_id = $1 and o.id = $2
              order by nlevel(a.path) desc",
            tenant,
            org,
        )
        .fetch_all(tx.conn())
        .await
    }

    /// The parent of `org`.
    pub(super) async fn parent(tx: &mut TenantTx, org: Uuid) -> sqlx::Result<Option<Uuid>> {
        let tenant = tx.tenant();
        sqlx::query_scalar!(
            "select parent_id from org_unit where tenant_id = $1 and id = $2",
            tenant,
            org,
        )
        .fetch_optional(tx.conn())
        .await
        .map(Option::flatten)
    }
}
