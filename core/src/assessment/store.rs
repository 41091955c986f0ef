//! Assessment's SQL: schemes, indicators, scores, reports, and the raw figures the automatic
//! indicators are computed from.

use super::model::{
    IndicatorRow, Method, Metric, NewIndicator, PeriodKind, ReportRow, SchemeRow, SchemeStatus,
    ScoreRow,
};
use crate::db::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;
use uuid::Uuid;

/// Inserts a scheme.
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_scheme(
    tx: &mut TenantTx,
    id: Uuid,
    org: Uuid,
    name: &str,
    period_kind: PeriodKind,
    year: i32,
    quarter: Option<i16>,
    target_kind: &str,
    thresholds: &[i32],
    by: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into assessment_scheme (tenant_id, id, org_id, name, period_kind, year, quarter,
                                        target_kind, star_thresholds, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        tenant,
        id,
        org,
        name,
        period_kind.as_str(),
        year,
        quarter,
        target_kind,
        thresholds,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Inserts an indicator at a position.
pub(super) async fn insert_indicator(
    tx: &mut TenantTx,
    scheme: Uuid,
    position: i32,
    i: &NewIndicator,
) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    let id = crate::new_id();
    sqlx::query!(
        "insert into assessment_indicator (tenant_id, scheme_id, id, position, name, description,
                                           weight, method, metric, target)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        tenant,
        scheme,
        id,
        position,
        i.name,
        i.description,
        i.weight,
        i.method.as_str(),
        i.metric.map(|m| m.as_str()),
        i.target,
    )
    .execute(tx.conn())
    .await?;
    Ok(id)
}

/// A scheme, locked for update when `lock`.
pub(super) async fn scheme(
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<SchemeRow>> {
    let tenant = tx.tenant();
    if lock {
        sqlx::query!(
            "select 1 as one from assessment_scheme where tenant_id = $1 and id = $2 for update",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await?;
    }
    sqlx::query_as!(
        SchemeRow,
        r#"select s.id, s.org_id, o.name as org_name, o.path::text as "org_path!", s.name,
                  s.period_kind as "period_kind: PeriodKind", s.year, s.quarter, s.target_kind,
                  s.star_thresholds, s.status as "status: SchemeStatus", s.computed_at,
                  s.created_at
             from assessment_scheme s
             join org_unit o on o.tenant_id = s.tenant_id and o.id = s.org_id
            where s.tenant_id = $1 and s.id = $2"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Schemes issued by orgs under any of `paths` (every org when `None`), newest period first,
/// after a scheme id (keyset on year, quarter, id).
pub(super) async fn schemes(
    tx: &mut TenantTx,
    paths: Option<&[String]>,
    year: Option<i32>,
    limit: i64,
) -> sqlx::Result<Vec<SchemeRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        SchemeRow,
        r#"select s.id, s.org_id, o.name as org_name, o.path::text as "org_path!", s.name,
                  s.period_kind as "period_kind: PeriodKind", s.year, s.quarter, s.target_kind,
                  s.star_thresholds, s.status as "status: SchemeStatus", s.computed_at,
                  s.created_at
             from assessment_scheme s
             join org_unit o on o.tenant_id = s.tenant_id and o.id = s.org_id
            where s.tenant_id = $1
              and ($2::text[] is null or o.path <@ any($2::text[]::ltree[]))
              and ($3::int is null or s.year = $3)
            order by s.year desc, s.quarter desc nulls first, s.created_at desc, s.id
            limit $4"#,
        tenant,
        paths,
        year,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Every open scheme of the tenant (for the worker).
pub(super) async fn open_schemes(tx: &mut TenantTx) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select id from assessment_scheme where tenant_id = $1 and status = 'OPEN' order by id",
        tenant
    )
    .fetch_all(tx.conn())
    .await
}

/// A scheme's indicators in order.
pub(super) async fn indicators(tx: &mut TenantTx, scheme: Uuid) -> sqlx::Result<Vec<IndicatorRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        IndicatorRow,
        r#"select id, position, name, description, weight, method as "method: Method",
                  metric as "metric: Metric", target
             from assessment_indicator where tenant_id = $1 and scheme_id = $2
            order by position"#,
        tenant,
        scheme,
    )
    .fetch_all(tx.conn())
    .await
}

/// An assessed org.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub id: Uuid,
    pub name: String,
    pub path: String,
    pub created_at: DateTime<Utc>,
}

/// The orgs a scheme assesses: those of its kind in the issuing org's sub-tree (the issuing
/// org itself included when it is of that kind), not archived, by path.
pub(super) async fn targets(
    tx: &mut TenantTx,
    path: &str,
    kind: &str,
) -> sqlx::Result<Vec<Target>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Target,
        r#"select id, name, path::text as "path!", created_at from org_unit
            where tenant_id = $1 and path <@ $2::text::ltree and kind = $3 and archived_at is null
            order by path"#,
        tenant,
        path,
        kind,
    )
    .fetch_all(tx.conn())
    .await
}

/// A scheme's scores.
pub(super) async fn scores(tx: &mut TenantTx, scheme: Uuid) -> sqlx::Result<Vec<ScoreRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ScoreRow,
        "select indicator_id, org_id, score, numerator, denominator, records_total, note,
                scored_by, updated_at
           from assessment_score where tenant_id = $1 and scheme_id = $2",
        tenant,
        scheme,
    )
    .fetch_all(tx.conn())
    .await
}

/// Writes an automatic figure.
#[allow(clippy::too_many_arguments)]
pub(super) async fn upsert_auto(
    tx: &mut TenantTx,
    scheme: Uuid,
    indicator: Uuid,
    org: Uuid,
    score: i32,
    numerator: i64,
    denominator: i64,
    records: &Value,
    records_total: i32,
    note: &str,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into assessment_score (tenant_id, scheme_id, indicator_id, org_id, score, numerator,
                                       denominator, records, records_total, note)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict (tenant_id, scheme_id, indicator_id, org_id) do update
            set score = excluded.score, numerator = excluded.numerator,
                denominator = excluded.denominator, records = excluded.records,
                records_total = excluded.records_total, note = excluded.note, updated_at = now()",
        tenant,
        scheme,
        indicator,
        org,
        score,
        numerator,
        denominator,
        records,
        records_total,
        note,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Writes a manual score.
pub(super) async fn upsert_manual(
    tx: &mut TenantTx,
    scheme: Uuid,
    indicator: Uuid,
    org: Uuid,
    score: i32,
    note: Option<&str>,
    by: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into assessment_score (tenant_id, scheme_id, indicator_id, org_id, score, note,
                                       scored_by)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (tenant_id, scheme_id, indicator_id, org_id) do update
            set score = excluded.score, note = excluded.note, scored_by = excluded.scored_by,
                updated_at = now()",
        tenant,
        scheme,
        indicator,
        org,
        score,
        note,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The records kept behind one figure (`[]` when none).
pub(super) async fn records(
    tx: &mut TenantTx,
    scheme: Uuid,
    indicator: Uuid,
    org: Uuid,
) -> sqlx::Result<Option<Value>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select records from assessment_score
          where tenant_id = $1 and scheme_id = $2 and indicator_id = $3 and org_id = $4",
        tenant,
        scheme,
        indicator,
        org,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Marks a scheme computed now.
pub(super) async fn set_computed(tx: &mut TenantTx, scheme: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update assessment_scheme set computed_at = now() where tenant_id = $1 and id = $2",
        tenant,
        scheme
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Sets the stars' thresholds.
pub(super) async fn set_thresholds(
    tx: &mut TenantTx,
    scheme: Uuid,
    thresholds: &[i32],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update assessment_scheme set star_thresholds = $3 where tenant_id = $1 and id = $2",
        tenant,
        scheme,
        thresholds,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Closes an open scheme; whether it was open.
pub(super) async fn close(tx: &mut TenantTx, scheme: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "update assessment_scheme set status = 'CLOSED', closed_at = now()
          where tenant_id = $1 and id = $2 and status = 'OPEN'",
        tenant,
        scheme,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Records a progress report.
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_report(
    tx: &mut TenantTx,
    id: Uuid,
    scheme: Uuid,
    indicator: Uuid,
    org: Uuid,
    text: &str,
    files: &[Uuid],
    author: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into assessment_report (tenant_id, id, scheme_id, indicator_id, org_id, text,
                                        file_ids, author_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
        tenant,
        id,
        scheme,
        indicator,
        org,
        text,
        files,
        author,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// An assessed org's reports under a scheme, newest first.
pub(super) async fn reports(
    tx: &mut TenantTx,
    scheme: Uuid,
    org: Uuid,
) -> sqlx::Result<Vec<ReportRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ReportRow,
        "select r.id, r.indicator_id, r.org_id, r.text, r.file_ids, r.author_id,
                m.name as author_name, r.created_at
           from assessment_report r
           join member m on m.tenant_id = r.tenant_id and m.id = r.author_id
          where r.tenant_id = $1 and r.scheme_id = $2 and r.org_id = $3
          order by r.created_at desc, r.id",
        tenant,
        scheme,
        org,
    )
    .fetch_all(tx.conn())
    .await
}

/// A meeting held (not cancelled) by an org.
#[derive(Debug, Clone)]
pub(super) struct MeetingFact {
    pub id: Uuid,
    pub kind: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
}

/// An org's own meetings (not cancelled) starting between two instants.
pub(super) async fn meetings(
    tx: &mut TenantTx,
    org: Uuid,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Vec<MeetingFact>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        MeetingFact,
        "select id, type as kind, title, starts_at from meeting
          where tenant_id = $1 and org_id = $2 and status = 'SCHEDULED'
            and starts_at >= $3 and starts_at < $4
          order by starts_at, id",
        tenant,
        org,
        from,
        to,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member's dues of a period: billed after corrections and paid, in fen.
#[derive(Debug, Clone)]
pub(super) struct DuesFact {
    pub member_id: Uuid,
    pub member_name: String,
    pub due_fen: i64,
    pub paid_fen: i64,
}

/// Dues entries written for orgs under `path` on `line` (every line when `None`) for the
/// months between two first days, per member.
pub(super) async fn dues(
    tx: &mut TenantTx,
    path: &str,
    line: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
) -> sqlx::Result<Vec<DuesFact>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        DuesFact,
        r#"select e.member_id, m.name as member_name,
                  coalesce(sum(e.amount_fen) filter (where e.kind in ('BILL', 'CORRECTION')), 0)::bigint as "due_fen!",
                  coalesce(sum(e.amount_fen) filter (where e.kind = 'PAYMENT'), 0)::bigint as "paid_fen!"
             from dues_entry e
             join org_unit o on o.tenant_id = e.tenant_id and o.id = e.org_id
             join member m on m.tenant_id = e.tenant_id and m.id = e.member_id
            where e.tenant_id = $1 and o.path <@ $2::text::ltree
              and ($3::text is null or e.line = $3) and e.month between $4 and $5
            group by e.member_id, m.name
            order by m.name, e.member_id"#,
        tenant,
        path,
        line,
        from,
        to,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member placed under an org, with the points their entries of a period add up to.
#[derive(Debug, Clone)]
pub(super) struct PointsFact {
    pub member_id: Uuid,
    pub member_name: String,
    pub points: i64,
}

/// The active members placed anywhere under `path` and their points between two instants.
pub(super) async fn points(
    tx: &mut TenantTx,
    path: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Vec<PointsFact>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        PointsFact,
        r#"with placed as (
             select distinct m.id, m.name from member m
               join org_unit o on o.tenant_id = m.tenant_id
                and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
              where m.tenant_id = $1 and m.status = 'ACTIVE' and o.path <@ $2::text::ltree)
           select p.id as "member_id!", p.name as "member_name!",
                  coalesce((select sum(e.points) from point_entry e
                             where e.tenant_id = $1 and e.member_id = p.id
                               and e.occurred_at >= $3 and e.occurred_at < $4), 0)::bigint as "points!"
             from placed p
            order by p.name, p.id"#,
        tenant,
        path,
        from,
        to,
    )
    .fetch_all(tx.conn())
    .await
}

/// A receipt of a notice that asked for acknowledgement.
#[derive(Debug, Clone)]
pub(super) struct ReceiptFact {
    pub notice_id: Uuid,
    pub title: String,
    pub member_name: String,
    pub published_at: DateTime<Utc>,
    pub on_time: bool,
}

/// Receipts, for members placed under `path` when sent, of notices asking for acknowledgement
/// published between two instants whose deadline (or, without one, seven days) has passed by
/// `now` or that were acknowledged; `on_time` when acknowledged by the deadline.
pub(super) async fn receipts(
    tx: &mut TenantTx,
    path: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<ReceiptFact>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ReceiptFact,
        r#"select n.id as notice_id, n.title, m.name as member_name,
                  n.published_at as "published_at!",
                  (r.acknowledged_at is not null
                   and r.acknowledged_at <= coalesce(n.ack_deadline, r.acknowledged_at)) as "on_time!"
             from notice_recipient r
             join notice n on n.tenant_id = r.tenant_id and n.id = r.notice_id
             join org_unit o on o.tenant_id = r.tenant_id and o.id = r.org_id
             join member m on m.tenant_id = r.tenant_id and m.id = r.member_id
            where r.tenant_id = $1 and o.path <@ $2::text::ltree and n.ack_required
              and n.published_at >= $3 and n.published_at < $4
              and (r.acknowledged_at is not null
                   or coalesce(n.ack_deadline, n.published_at + interval '7 days') < $5)
            order by n.published_at, n.id, m.name, r.member_id"#,
        tenant,
        path,
        from,
        to,
        now,
    )
    .fetch_all(tx.conn())
    .await
}

/// A grid case with a resolution deadline.
#[derive(Debug, Clone)]
pub(super) struct CaseFact {
    pub id: Uuid,
    pub number: String,
    pub title: String,
    pub due_at: DateTime<Utc>,
    pub on_time: bool,
}

/// Cases of grids under `path` (not cancelled) whose deadline falls between two instants and
/// that were fed back or are past it by `now`; `on_time` when fed back by the deadline.
pub(super) async fn cases(
    tx: &mut TenantTx,
    path: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<CaseFact>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        CaseFact,
        r#"select c.id, c.number, c.title, c.due_at as "due_at!",
                  coalesce(c.feedback_at <= c.due_at, false) as "on_time!"
             from grid_case c
             join org_unit o on o.tenant_id = c.tenant_id and o.id = c.grid_id
            where c.tenant_id = $1 and o.path <@ $2::text::ltree and c.state <> 'CANCELLED'
              and c.due_at is not null and c.due_at >= $3 and c.due_at < $4
              and (c.feedback_at is not null or c.due_at < $5)
            order by c.due_at, c.id"#,
        tenant,
        path,
        from,
        to,
        now,
    )
    .fetch_all(tx.conn())
    .await
}

/// The files of a report's evidence, in the order given.
pub(super) async fn files(
    tx: &mut TenantTx,
    ids: &[Uuid],
) -> sqlx::Result<Vec<crate::files::FileRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        crate::files::FileRow,
        r#"select f.id, f.uploader_id, f.file_name, f.content_type, f.byte_size, f.storage_key,
                  f.status as "status: crate::files::FileStatus", f.created_at
             from unnest($2::uuid[]) with ordinality as x (id, n)
             join file_object f on f.tenant_id = $1 and f.id = x.id
            order by x.n"#,
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await
}

/// One member's assignment to a study plan with a deadline in a period.
pub(super) struct StudyFact {
    pub plan_id: Uuid,
    pub title: String,
    pub deadline: DateTime<Utc>,
    pub member_name: String,
    /// The plan's materials (courses opened up).
    pub total: i64,
    /// Of them, those the member completed by the deadline.
    pub done: i64,
}

/// The assignments of members placed (when assigned) under the org at `path` to study plans
/// whose deadline falls in `[from, to)`, with the materials completed by the deadline.
pub(super) async fn study(
    tx: &mut TenantTx,
    path: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Vec<StudyFact>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        StudyFact,
        r#"with plans as (
             select id, title, deadline from study_plan
              where tenant_id = $1 and deadline >= $3 and deadline < $4
           ),
           items as (
             select distinct i.plan_id, coalesce(i.material_id, c.material_id) as material_id
               from study_plan_item i
               left join study_course_item c
                 on c.tenant_id = i.tenant_id and c.course_id = i.course_id
              where i.tenant_id = $1 and i.plan_id in (select id from plans)
           )
           select p.id as plan_id, p.title, p.deadline, m.name as member_name,
                  (select count(*) from items x where x.plan_id = p.id) as "total!",
                  (select count(*) from items x
                     join study_progress g on g.tenant_id = $1 and g.member_id = a.member_id
                      and g.material_id = x.material_id
                    where x.plan_id = p.id and g.completed_at <= p.deadline) as "done!"
             from plans p
             join study_assignee a on a.tenant_id = $1 and a.plan_id = p.id
             join org_unit o on o.tenant_id = $1 and o.id = a.org_id
             join member m on m.tenant_id = $1 and m.id = a.member_id
            where o.path <@ $2::text::ltree
            order by p.deadline, p.id, m.name, m.id"#,
        tenant,
        path,
        from,
        to,
    )
    .fetch_all(tx.conn())
    .await
}
