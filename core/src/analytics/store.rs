//! SQL of the dashboard. Every statement scopes to the active members placed in the sub-tree
//! (`placed`: any of their placements in an org under the path) or to the rows recorded
//! against the sub-tree's orgs.

use crate::db::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// The viewer's primary org: their own placement (org, then party, union, youth line, then
/// department); without one, the tenant's top org.
pub(super) async fn default_org(
    tx: &mut TenantTx,
    member: Option<Uuid>,
) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select coalesce(
             (select coalesce(m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
                from member m where m.tenant_id = $1 and m.id = $2),
             (select o.id from org_unit o where o.tenant_id = $1 and o.archived_at is null
               order by nlevel(o.path), o.created_at, o.id limit 1))"#,
        tenant,
        member,
    )
    .fetch_one(tx.conn())
    .await
}

/// One row of the member figures: a dimension, a code and a count.
#[derive(Debug, Clone)]
pub(super) struct MemberCell {
    pub dim: String,
    pub key: Option<String>,
    pub n: i64,
}

/// The member figures as (dimension, code, count) rows: `total`, `line`, `status`, `gender`,
/// `age` (the band, by the birth dates `cutoffs` of `rules::age_band_cutoffs` on `today`),
/// `education`, `join_year`.
pub(super) async fn member_cells(
    tx: &mut TenantTx,
    path: &str,
    today: NaiveDate,
    cutoffs: [NaiveDate; 5],
) -> sqlx::Result<Vec<MemberCell>> {
    let tenant = tx.tenant();
    // The sub-tree's ids first, bound as an array: with each placement column indexed, the
    // members are then found by a BitmapOr of five index scans instead of a pass over every
    // member of the tenant.
    let sub = sqlx::query_scalar!(
        "select id from org_unit where tenant_id = $1 and path <@ $2::text::ltree",
        tenant,
        path,
    )
    .fetch_all(tx.conn())
    .await?;
    sqlx::query_as!(
        MemberCell,
        r#"with placed as materialized (
             select m.id, m.political_status, m.gender, m.birth_date,
                    coalesce(m.party_org_id = any($2), false) as party,
                    coalesce(m.union_org_id = any($2), false) as unio,
                    coalesce(m.youth_org_id = any($2), false) as youth,
                    coalesce(m.department_id = any($2), false) as admin
               from member m
              where m.tenant_id = $1 and m.status = 'ACTIVE'
                and (m.org_id = any($2) or m.party_org_id = any($2) or m.union_org_id = any($2)
                     or m.youth_org_id = any($2) or m.department_id = any($2)))
           select 'total' as "dim!", null::text as key, count(*) as "n!" from placed
           union all select 'line', 'PARTY', count(*) filter (where party) from placed
           union all select 'line', 'UNION', count(*) filter (where unio) from placed
           union all select 'line', 'YOUTH', count(*) filter (where youth) from placed
           union all select 'line', 'ADMIN', count(*) filter (where admin) from placed
           union all select 'status', political_status, count(*) from placed group by political_status
           union all select 'gender', coalesce(gender, 'UNKNOWN'), count(*) from placed
                      group by coalesce(gender, 'UNKNOWN')
           union all select 'age', b.band, count(*)
                       from placed x
                       cross join lateral (
                         select case when x.birth_date is null or x.birth_date > $3 then 'UNKNOWN'
                                     when x.birth_date > $4 then 'UP_TO_25'
                                     when x.birth_date > $5 then '26_35'
                                     when x.birth_date > $6 then '36_45'
                                     when x.birth_date > $7 then '46_55'
                                     when x.birth_date > $8 then '56_60'
                                     else 'OVER_60' end as band) b
                      group by b.band
           union all select 'education', coalesce(p.education, 'NOT_RECORDED'), count(*)
                       from placed x
                       left join member_profile p on p.tenant_id = $1 and p.member_id = x.id
                      group by coalesce(p.education, 'NOT_RECORDED')
           union all select 'join_year', j.y, count(*)
                       from placed x
                       left join member_profile p on p.tenant_id = $1 and p.member_id = x.id
                       cross join lateral (
                         select extract(year from coalesce(
                                  (select min(s.started_on) from member_stage s
                                    where s.tenant_id = $1 and s.member_id = x.id
                                      and s.stage = 'PROBATIONARY'),
                                  p.party_joined_on))::int::text as y) j
                      where x.political_status in ('PROBATIONARY', 'FULL_MEMBER')
                      group by j.y"#,
        tenant,
        &sub,
        today,
        cutoffs[0],
        cutoffs[1],
        cutoffs[2],
        cutoffs[3],
        cutoffs[4],
    )
    .fetch_all(tx.conn())
    .await
}

/// Members of the sub-tree at a stage of the pipeline, with their open due items of `kinds`.
#[derive(Debug, Clone)]
pub(super) struct StageRow {
    pub stage: String,
    pub members: i64,
    pub overdue: i64,
    pub due_soon: i64,
}

/// Members per pipeline stage (their political status) and their open due items.
pub(super) async fn pipeline(
    tx: &mut TenantTx,
    path: &str,
    kinds: &[String],
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<StageRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        StageRow,
        r#"with sub as (select id from org_unit where tenant_id = $1 and path <@ $2::text::ltree),
           placed as (
             select m.id, m.political_status from member m
              where m.tenant_id = $1 and m.status = 'ACTIVE'
                and m.political_status in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY')
                and (m.org_id in (select id from sub) or m.party_org_id in (select id from sub)
                     or m.union_org_id in (select id from sub) or m.youth_org_id in (select id from sub)
                     or m.department_id in (select id from sub))),
           due as (
             select d.subject_member_id as member_id,
                    count(*) filter (where d.due_at < $4) as overdue,
                    count(*) filter (where d.due_at >= $4 and d.due_at < $4 + interval '30 days') as soon
               from due_item d
              where d.tenant_id = $1 and d.status = 'OPEN' and d.kind = any($3::text[])
                and d.subject_member_id in (select id from placed)
              group by d.subject_member_id)
           select x.political_status as "stage!", count(*) as "members!",
                  coalesce(sum(d.overdue), 0)::bigint as "overdue!",
                  coalesce(sum(d.soon), 0)::bigint as "due_soon!"
             from placed x left join due d on d.member_id = x.id
            group by x.political_status"#,
        tenant,
        path,
        kinds,
        now,
    )
    .fetch_all(tx.conn())
    .await
}

/// Acknowledgement-required receipts of notices published since `since` to recipients in the
/// sub-tree: (notices, receipts, acknowledged).
pub(super) async fn notices(
    tx: &mut TenantTx,
    path: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<(i64, i64, i64)> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        r#"with sub as (select id from org_unit where tenant_id = $1 and path <@ $2::text::ltree)
           select count(distinct r.notice_id) as "notices!", count(*) as "required!",
                  count(r.acknowledged_at) as "acknowledged!"
             from notice_recipient r
             join notice n on n.tenant_id = r.tenant_id and n.id = r.notice_id
            where r.tenant_id = $1 and r.org_id in (select id from sub) and n.ack_required
              and n.status = 'PUBLISHED' and n.published_at >= $3"#,
        tenant,
        path,
        since,
    )
    .fetch_one(tx.conn())
    .await?;
    Ok((r.notices, r.required, r.acknowledged))
}

/// Votes, surveys and activities since `since` (activities that started by `now`).
pub(super) async fn participation(
    tx: &mut TenantTx,
    path: &str,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<super::ParticipationFigures> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        super::ParticipationFigures,
        r#"with sub as (select id from org_unit where tenant_id = $1 and path <@ $2::text::ltree),
           placed as materialized (
             select m.id from member m
              where m.tenant_id = $1 and m.status = 'ACTIVE'
                and (m.org_id in (select id from sub) or m.party_org_id in (select id from sub)
                     or m.union_org_id in (select id from sub) or m.youth_org_id in (select id from sub)
                     or m.department_id in (select id from sub))),
           v as materialized (
             select vv.vote_id, vv.member_id, vv.voted from vote_voter vv
               join vote x on x.tenant_id = vv.tenant_id and x.id = vv.vote_id
              where vv.tenant_id = $1 and vv.org_id in (select id from sub) and x.opened_at >= $3),
           s as materialized (
             select sr.survey_id, sr.member_id, sr.responded from survey_respondent sr
               join survey x on x.tenant_id = sr.tenant_id and x.id = sr.survey_id
              where sr.tenant_id = $1 and sr.org_id in (select id from sub) and x.opened_at >= $3),
           act as materialized (
             select a.id from activity a
              where a.tenant_id = $1 and a.org_id in (select id from sub) and a.status = 'PUBLISHED'
                and a.starts_at >= $3 and a.starts_at < $4),
           reg as materialized (
             select r.member_id, r.checked_in_at from activity_registration r
              where r.tenant_id = $1 and r.activity_id in (select id from act) and r.status = 'REGISTERED')
           select (select count(distinct vote_id) from v) as "votes!",
                  (select count(*) from v) as "vote_eligible!",
                  (select count(*) from v where voted) as "vote_voted!",
                  (select count(distinct survey_id) from s) as "surveys!",
                  (select count(*) from s) as "survey_asked!",
                  (select count(*) from s where responded) as "survey_responded!",
                  (select count(*) from act) as "activities!",
                  (select count(*) from reg) as "activity_registered!",
                  (select count(checked_in_at) from reg) as "activity_checked_in!",
                  (select count(*) from placed p
                    where p.id in (select member_id from v where voted
                                   union select member_id from s where responded
                                   union select member_id from reg)) as "participants!",
                  (select count(*) from placed) as "members!""#,
        tenant,
        path,
        since,
        now,
    )
    .fetch_one(tx.conn())
    .await
}

/// Assignments in the sub-tree (the member's org when assigned) of plans with a deadline in
/// `[from, to)`: (plans, assignments, completed assignments).
pub(super) async fn study(
    tx: &mut TenantTx,
    path: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<(i64, i64, i64)> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        r#"with sub as (select id from org_unit where tenant_id = $1 and path <@ $2::text::ltree),
           asg as materialized (
             select a.plan_id, a.member_id from study_assignee a
               join study_plan p on p.tenant_id = a.tenant_id and p.id = a.plan_id
              where a.tenant_id = $1 and a.org_id in (select id from sub)
                and p.deadline >= $3 and p.deadline < $4),
           items as materialized (
             select distinct i.plan_id, coalesce(i.material_id, c.material_id) as material_id
               from study_plan_item i
               left join study_course_item c on c.tenant_id = i.tenant_id and c.course_id = i.course_id
              where i.tenant_id = $1 and i.plan_id in (select plan_id from asg))
           select count(distinct a.plan_id) as "plans!", count(*) as "assigned!",
                  count(*) filter (where not exists (
                    select 1 from items x
                     where x.plan_id = a.plan_id and not exists (
                       select 1 from study_progress g
                        where g.tenant_id = $1 and g.member_id = a.member_id
                          and g.material_id = x.material_id and g.completed_at is not null))) as "completed!"
             from asg a"#,
        tenant,
        path,
        from,
        to,
    )
    .fetch_one(tx.conn())
    .await?;
    Ok((r.plans, r.assigned, r.completed))
}

/// Points of the sub-tree's members: (since `since`, ever, members with points since).
pub(super) async fn points(
    tx: &mut TenantTx,
    path: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<(i64, i64, i64)> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        r#"with sub as (select id from org_unit where tenant_id = $1 and path <@ $2::text::ltree),
           placed as materialized (
             select m.id from member m
              where m.tenant_id = $1 and m.status = 'ACTIVE'
                and (m.org_id in (select id from sub) or m.party_org_id in (select id from sub)
                     or m.union_org_id in (select id from sub) or m.youth_org_id in (select id from sub)
                     or m.department_id in (select id from sub)))
           select coalesce(sum(e.points) filter (where e.occurred_at >= $3), 0)::bigint as "year!",
                  coalesce(sum(e.points), 0)::bigint as "total!",
                  count(distinct e.member_id) filter (where e.occurred_at >= $3) as "earners!"
             from point_entry e
            where e.tenant_id = $1 and e.member_id in (select id from placed)"#,
        tenant,
        path,
        since,
    )
    .fetch_one(tx.conn())
    .await?;
    Ok((r.year, r.total, r.earners))
}

/// One ISO week's active members.
#[derive(Debug, Clone)]
pub(super) struct WeekRow {
    pub week: NaiveDate,
    pub active: i64,
}

/// Distinct members of the sub-tree active per ISO week (Beijing) since `since`: a session
/// opened or used, a meeting or activity check-in, study time reported.
pub(super) async fn engagement(
    tx: &mut TenantTx,
    path: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<Vec<WeekRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        WeekRow,
        r#"with sub as (select id from org_unit where tenant_id = $1 and path <@ $2::text::ltree),
           placed as materialized (
             select m.id from member m
              where m.tenant_id = $1 and m.status = 'ACTIVE'
                and (m.org_id in (select id from sub) or m.party_org_id in (select id from sub)
                     or m.union_org_id in (select id from sub) or m.youth_org_id in (select id from sub)
                     or m.department_id in (select id from sub))),
           acts as (
             select member_id, created_at as at from session where tenant_id = $1 and created_at >= $3
             union all
             select member_id, last_seen_at from session where tenant_id = $1 and last_seen_at >= $3
             union all
             select member_id, checked_in_at from meeting_attendee
              where tenant_id = $1 and checked_in_at >= $3
             union all
             select member_id, checked_in_at from activity_registration
              where tenant_id = $1 and checked_in_at >= $3
             union all
             select member_id, last_reported_at from study_progress
              where tenant_id = $1 and last_reported_at >= $3)
           select date_trunc('week', a.at at time zone 'Asia/Shanghai')::date as "week!",
                  count(distinct a.member_id) as "active!"
             from acts a
            where a.member_id in (select id from placed)
            group by 1
            order by 1"#,
        tenant,
        path,
        since,
    )
    .fetch_all(tx.conn())
    .await
}
