//! Grid cases written straight into the database, for board, statistics and benchmark set-up
//! that needs cases in given states at given times (the case service refuses deadlines in the
//! past and walks one step at a time). Rows are written under the tenant's row-level security
//! with a test context; each case's timeline row says how it got to its state.

use chrono::{DateTime, Duration, Utc};
use tongxin_core::{App, Ctx};
use uuid::Uuid;

/// A case to write.
#[derive(Debug, Clone)]
pub struct SeedCase {
    /// The grid.
    pub grid: Uuid,
    /// The reporter.
    pub reporter: Uuid,
    /// `REPORTED`, `ACCEPTED`, … (a `grid_case.state` code).
    pub state: &'static str,
    /// Category key and name.
    pub category: (&'static str, &'static str),
    /// Title.
    pub title: String,
    /// Reported.
    pub reported_at: DateTime<Utc>,
    /// Acceptance deadline.
    pub accept_due_at: DateTime<Utc>,
    /// Resolve deadline (from dispatch).
    pub due_at: Option<DateTime<Utc>>,
    /// The member it is dispatched to.
    pub assignee: Option<Uuid>,
    /// Accepted.
    pub accepted_at: Option<DateTime<Utc>>,
    /// Last feedback.
    pub feedback_at: Option<DateTime<Utc>>,
    /// Closed.
    pub closed_at: Option<DateTime<Utc>>,
    /// Dispute settled.
    pub resolved: Option<bool>,
    /// Rating.
    pub rating: Option<i16>,
}

impl SeedCase {
    /// A case in `state` reported an hour ago, with deadlines a day ahead.
    pub fn new(grid: Uuid, reporter: Uuid, state: &'static str, title: &str) -> Self {
        let now = Utc::now();
        let dispatched = !matches!(state, "REPORTED" | "ACCEPTED" | "CANCELLED");
        Self {
            grid,
            reporter,
            state,
            category: ("HAZARD", "隐患排查"),
            title: title.to_string(),
            reported_at: now - Duration::hours(1),
            accept_due_at: now + Duration::hours(24),
            due_at: dispatched.then(|| now + Duration::hours(24)),
            assignee: None,
            accepted_at: (state != "REPORTED" && state != "CANCELLED")
                .then(|| now - Duration::minutes(50)),
            feedback_at: None,
            closed_at: None,
            resolved: None,
            rating: None,
        }
    }
}

/// Writes cases in one transaction, each with a timeline row (`REPORTED` for a reported case,
/// else the step into its state); returns `(case id, event id)` in order.
pub async fn insert_cases(app: &App, tenant: Uuid, cases: &[SeedCase]) -> Vec<(Uuid, Uuid)> {
    let ctx = Ctx::for_tests(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await.expect("tenant transaction");
    let mut out = Vec::new();
    for c in cases {
        let id = Uuid::now_v7();
        let number = format!("WG-T-{}", &id.simple().to_string()[20..]);
        sqlx::query(
            "insert into grid_case (tenant_id, id, number, grid_id, category_key, category_name,
                 title, description, reporter_id, state, assignee_member_id, accept_due_at, due_at,
                 resolved, rating, reported_at, accepted_at, dispatched_at, feedback_at, closed_at)
             values ($1, $2, $3, $4, $5, $6, $7, '', $8, $9, $10, $11, $12, $13, $14, $15, $16,
                 case when $12::timestamptz is null then null else $16 end, $17, $18)",
        )
        .bind(tenant)
        .bind(id)
        .bind(&number)
        .bind(c.grid)
        .bind(c.category.0)
        .bind(c.category.1)
        .bind(&c.title)
        .bind(c.reporter)
        .bind(c.state)
        .bind(c.assignee)
        .bind(c.accept_due_at)
        .bind(c.due_at)
        .bind(c.resolved)
        .bind(c.rating)
        .bind(c.reported_at)
        .bind(c.accepted_at)
        .bind(c.feedback_at)
        .bind(c.closed_at)
        .execute(tx.conn())
        .await
        .expect("insert case");
        let (kind, from) = step_into(c.state);
        let event = insert_event_in(&mut tx, tenant, id, kind, from, c.state).await;
        out.push((id, event));
    }
    tx.commit().await.expect("commit");
    out
}

/// The timeline kind and previous state of the usual step into `state`.
fn step_into(state: &str) -> (&'static str, Option<&'static str>) {
    match state {
        "ACCEPTED" => ("ACCEPTED", Some("REPORTED")),
        "CANCELLED" => ("CANCELLED", Some("REPORTED")),
        "DISPATCHED" => ("DISPATCHED", Some("ACCEPTED")),
        "IN_PROGRESS" => ("STARTED", Some("DISPATCHED")),
        "FEEDBACK" => ("FEEDBACK", Some("IN_PROGRESS")),
        "CLOSED" => ("CLOSED", Some("FEEDBACK")),
        "RATED" => ("RATED", Some("CLOSED")),
        _ => ("REPORTED", None),
    }
}

async fn insert_event_in(
    tx: &mut tongxin_core::db::TenantTx,
    tenant: Uuid,
    case: Uuid,
    kind: &str,
    from: Option<&str>,
    to: &str,
) -> Uuid {
    let id = Uuid::now_v7();
    sqlx::query(
        "insert into grid_case_event (tenant_id, id, case_id, kind, from_state, to_state)
         values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(tenant)
    .bind(id)
    .bind(case)
    .bind(kind)
    .bind(from)
    .bind(to)
    .execute(tx.conn())
    .await
    .expect("insert case event");
    id
}

/// Moves a case to `to` with a timeline row of `kind` and tells live boards (as the case
/// service does after its commit); returns the event's id.
pub async fn move_case(app: &App, tenant: Uuid, case: Uuid, kind: &str, to: &str) -> Uuid {
    let ctx = Ctx::for_tests(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await.expect("tenant transaction");
    let from: String = sqlx::query_scalar(
        "update grid_case g set state = $3, updated_at = now(),
                due_at = coalesce(g.due_at, case when $3 = 'DISPATCHED' then now() + interval '1 day' end)
           from grid_case old
          where g.tenant_id = $1 and g.id = $2 and old.tenant_id = g.tenant_id and old.id = g.id
          returning old.state",
    )
    .bind(tenant)
    .bind(case)
    .bind(to)
    .fetch_one(tx.conn())
    .await
    .expect("move case");
    let event = insert_event_in(&mut tx, tenant, case, kind, Some(&from), to).await;
    tx.commit().await.expect("commit");
    tongxin_core::grid::events::case_changed(app, tenant, case, event).await;
    event
}
