//! Activities' SQL. Registrations change only under the activity's row lock ([`get`] with
//! `lock`), which the service takes first in every action on them.

use super::model::{ActivityEdit, NewActivity, RegistrationStatus, When};
use super::{ActivityRow, HoursEntry, MemberHours, Participation, RegistrationRow};
use crate::audience::Audience;
use crate::checkin::CheckInMethod;
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The columns of [`ActivityRow`], with the org's name and path and the line's counts.
macro_rules! select_activities {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            ActivityRow,
            r#"select a.id, a.org_id, o.name as org_name, o.path::text as "org_path!", a.title,
                      a.kind as "kind: super::ActivityKind", a.description, a.place,
                      a.geo_latitude, a.geo_longitude, a.geo_radius_m, a.audience, a.starts_at,
                      a.ends_at, a.registration_deadline, a.capacity, a.approval_required,
                      a.fields, a.volunteer_minutes, a.status as "status: super::ActivityStatus",
                      a.cancelled_at, a.cancel_reason, a.registered_count,
                      (select count(*) from activity_registration r
                        where r.tenant_id = a.tenant_id and r.activity_id = a.id
                          and r.status = 'WAITLISTED') as "waitlisted_count!",
                      (select count(*) from activity_registration r
                        where r.tenant_id = a.tenant_id and r.activity_id = a.id
                          and r.status = 'PENDING_APPROVAL') as "pending_count!",
                      a.created_by, a.created_at
                 from activity a
                 join org_unit o on o.tenant_id = a.tenant_id and o.id = a.org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The columns of [`RegistrationRow`], with the member's name.
macro_rules! select_registrations {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            RegistrationRow,
            r#"select r.id, r.activity_id, r.member_id, m.name as member_name,
                      r.status as "status: RegistrationStatus", r.seq, r.answers,
                      r.registered_at, r.decided_at, r.cancelled_at, r.checked_in_at,
                      r.check_in_method as "check_in_method: CheckInMethod", r.credited_minutes
                 from activity_registration r
                 join member m on m.tenant_id = r.tenant_id and m.id = r.member_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Writes a new activity.
pub(super) async fn insert(
    tx: &mut TenantTx,
    id: Uuid,
    a: &NewActivity,
    author: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let audience = serde_json::to_value(&a.audience).unwrap_or_default();
    let fields = serde_json::to_value(&a.fields).unwrap_or_default();
    sqlx::query!(
        "insert into activity (tenant_id, id, org_id, title, kind, description, place,
                               geo_latitude, geo_longitude, geo_radius_m, audience, starts_at,
                               ends_at, registration_deadline, capacity, approval_required,
                               fields, volunteer_minutes, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
                 $18, $19)",
        tenant,
        id,
        a.org_id,
        a.title.as_str(),
        a.kind.as_str(),
        a.description,
        a.place,
        a.geofence.map(|g| g.latitude),
        a.geofence.map(|g| g.longitude),
        a.geofence.map(|g| g.radius_m),
        audience,
        a.starts_at,
        a.ends_at,
        a.registration_deadline,
        a.capacity,
        a.approval_required,
        fields,
        a.volunteer_minutes,
        author,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One activity; `lock` takes its row lock, which serialises every change to its
/// registrations.
pub(super) async fn get(
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<ActivityRow>> {
    let tenant = tx.tenant();
    if lock {
        sqlx::query!(
            "select id from activity where tenant_id = $1 and id = $2 for update",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await?;
    }
    select_activities!("where a.tenant_id = $1 and a.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// Activities `member` may see (in the frozen audience): those running during `window`
/// (soonest first) when given, else upcoming (not yet ended, soonest first) or past (latest
/// first).
pub(super) async fn for_member(
    tx: &mut TenantTx,
    member: Uuid,
    when: When,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<ActivityRow>> {
    let tenant = tx.tenant();
    let (past, from, to) = when.bounds();
    select_activities!(
        "join activity_audience v on v.tenant_id = a.tenant_id and v.activity_id = a.id
                                 and v.member_id = $2
          where a.tenant_id = $1
            and case when $5::timestamptz is not null then a.starts_at < $6 and a.ends_at >= $5
                     when $3 then a.ends_at < now() else a.ends_at >= now() end
           and ($7::uuid is null or exists (
                 select 1 from activity k where k.tenant_id = $1 and k.id = $7
                    and case when $3 and $5::timestamptz is null
                             then a.starts_at < k.starts_at
                                  or (a.starts_at = k.starts_at and a.id > k.id)
                             else (a.starts_at, a.id) > (k.starts_at, k.id) end))
          order by case when $3 and $5::timestamptz is null then null else a.starts_at end asc,
                   case when $3 and $5::timestamptz is null then a.starts_at end desc, a.id
          limit $4",
        tenant,
        member,
        past,
        limit,
        from,
        to,
        after,
    )
    .fetch_all(tx.conn())
    .await
}

/// The activities of an org's sub-tree, chosen and ordered as [`for_member`].
pub(super) async fn for_org(
    tx: &mut TenantTx,
    org_path: &str,
    when: When,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<ActivityRow>> {
    let tenant = tx.tenant();
    let (past, from, to) = when.bounds();
    select_activities!(
        "where a.tenant_id = $1 and o.path <@ $2::text::ltree
           and case when $5::timestamptz is not null then a.starts_at < $6 and a.ends_at >= $5
                    when $3 then a.ends_at < now() else a.ends_at >= now() end
           and ($7::uuid is null or exists (
                 select 1 from activity k where k.tenant_id = $1 and k.id = $7
                    and case when $3 and $5::timestamptz is null
                             then a.starts_at < k.starts_at
                                  or (a.starts_at = k.starts_at and a.id > k.id)
                             else (a.starts_at, a.id) > (k.starts_at, k.id) end))
          order by case when $3 and $5::timestamptz is null then null else a.starts_at end asc,
                   case when $3 and $5::timestamptz is null then a.starts_at end desc, a.id
          limit $4",
        tenant,
        org_path,
        past,
        limit,
        from,
        to,
        after,
    )
    .fetch_all(tx.conn())
    .await
}

/// Activities by id (those that exist), in no particular order.
pub(super) async fn by_ids(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<ActivityRow>> {
    let tenant = tx.tenant();
    select_activities!(
        "where a.tenant_id = $1 and a.id = any($2::uuid[])",
        tenant,
        ids
    )
    .fetch_all(tx.conn())
    .await
}

/// The activities of an org's sub-tree that started in `year` (Beijing time), in order.
pub(super) async fn in_year(
    tx: &mut TenantTx,
    org_path: &str,
    year: i32,
) -> sqlx::Result<Vec<ActivityRow>> {
    let tenant = tx.tenant();
    select_activities!(
        "where a.tenant_id = $1 and o.path <@ $2::text::ltree
           and extract(year from a.starts_at at time zone 'Asia/Shanghai')::int = $3
          order by a.starts_at, a.id",
        tenant,
        org_path,
        year,
    )
    .fetch_all(tx.conn())
    .await
}

/// Freezes who may see and register: one row per member, in one `insert … select`; returns
/// them.
pub(super) async fn freeze_audience(
    tx: &mut TenantTx,
    activity: Uuid,
    a: &Audience,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    crate::audience::store::audience!(
        query_scalar!()
        "insert into activity_audience (tenant_id, activity_id, member_id, org_id)
         select $1, $11, x.member_id, x.org_id from (",
        ") x on conflict do nothing returning member_id",
        tenant,
        a,
        activity,
    )
    .fetch_all(tx.conn())
    .await
}

/// Which of `activities` have `member` in their audience.
pub(super) async fn invited_to(
    tx: &mut TenantTx,
    member: Uuid,
    activities: &[Uuid],
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select activity_id from activity_audience
          where tenant_id = $1 and member_id = $2 and activity_id = any($3::uuid[])",
        tenant,
        member,
        activities,
    )
    .fetch_all(tx.conn())
    .await
}

/// `member`'s registrations for each of `activities`.
pub(super) async fn registrations_of_member(
    tx: &mut TenantTx,
    member: Uuid,
    activities: &[Uuid],
) -> sqlx::Result<Vec<RegistrationRow>> {
    let tenant = tx.tenant();
    select_registrations!(
        "where r.tenant_id = $1 and r.member_id = $2 and r.activity_id = any($3::uuid[])",
        tenant,
        member,
        activities,
    )
    .fetch_all(tx.conn())
    .await
}

/// `member`'s registrations, latest first.
pub(super) async fn member_registrations(
    tx: &mut TenantTx,
    member: Uuid,
    limit: i64,
) -> sqlx::Result<Vec<RegistrationRow>> {
    let tenant = tx.tenant();
    select_registrations!(
        "where r.tenant_id = $1 and r.member_id = $2 order by r.registered_at desc limit $3",
        tenant,
        member,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// One registration by id.
pub(super) async fn registration(
    tx: &mut TenantTx,
    id: Uuid,
) -> sqlx::Result<Option<RegistrationRow>> {
    let tenant = tx.tenant();
    select_registrations!("where r.tenant_id = $1 and r.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// `member`'s registration for `activity`.
pub(super) async fn registration_for(
    tx: &mut TenantTx,
    activity: Uuid,
    member: Uuid,
) -> sqlx::Result<Option<RegistrationRow>> {
    let tenant = tx.tenant();
    select_registrations!(
        "where r.tenant_id = $1 and r.activity_id = $2 and r.member_id = $3",
        tenant,
        activity,
        member,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Every registration of an activity, in line order.
pub(super) async fn registrations(
    tx: &mut TenantTx,
    activity: Uuid,
) -> sqlx::Result<Vec<RegistrationRow>> {
    let tenant = tx.tenant();
    select_registrations!(
        "where r.tenant_id = $1 and r.activity_id = $2 order by r.seq",
        tenant,
        activity,
    )
    .fetch_all(tx.conn())
    .await
}

/// Draws the next place in line (under the activity's row lock).
pub(super) async fn next_seq(tx: &mut TenantTx, activity: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"update activity set next_seq = next_seq + 1 where tenant_id = $1 and id = $2
           returning next_seq - 1 as "seq!""#,
        tenant,
        activity,
    )
    .fetch_one(tx.conn())
    .await
}

/// Registers `member` (or registers them again after a withdrawal) with `status` and `seq`.
pub(super) async fn upsert_registration(
    tx: &mut TenantTx,
    activity: Uuid,
    member: Uuid,
    status: RegistrationStatus,
    seq: i64,
    answers: &serde_json::Value,
) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    let id = crate::new_id();
    sqlx::query_scalar!(
        "insert into activity_registration (tenant_id, id, activity_id, member_id, status, seq,
                                            answers)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (tenant_id, activity_id, member_id) do update
            set status = excluded.status, seq = excluded.seq, answers = excluded.answers,
                registered_at = now(), decided_at = null, decided_by = null, cancelled_at = null
         returning id",
        tenant,
        id,
        activity,
        member,
        status.as_str(),
        seq,
        answers,
    )
    .fetch_one(tx.conn())
    .await
}

/// Moves a registration to `status`; `by` decided it (approval), or the member withdrew.
pub(super) async fn set_status(
    tx: &mut TenantTx,
    id: Uuid,
    status: RegistrationStatus,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update activity_registration
            set status = $3,
                decided_at = case when $3 in ('REJECTED') or $4::uuid is not null then now()
                                  else decided_at end,
                decided_by = coalesce($4, decided_by),
                cancelled_at = case when $3 = 'CANCELLED' then now() else cancelled_at end
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        status.as_str(),
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Recounts the places taken; returns the count.
pub(super) async fn recount(tx: &mut TenantTx, activity: Uuid) -> sqlx::Result<i32> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"update activity a set registered_count = (
             select count(*) from activity_registration r
              where r.tenant_id = a.tenant_id and r.activity_id = a.id and r.status = 'REGISTERED')
            where a.tenant_id = $1 and a.id = $2
           returning registered_count"#,
        tenant,
        activity,
    )
    .fetch_one(tx.conn())
    .await
}

/// The first `n` on the waitlist, in line order.
pub(super) async fn first_waitlisted(
    tx: &mut TenantTx,
    activity: Uuid,
    n: i64,
) -> sqlx::Result<Vec<RegistrationRow>> {
    let tenant = tx.tenant();
    select_registrations!(
        "where r.tenant_id = $1 and r.activity_id = $2 and r.status = 'WAITLISTED'
          order by r.seq limit $3",
        tenant,
        activity,
        n,
    )
    .fetch_all(tx.conn())
    .await
}

/// The place on the waitlist of the registration with `seq` (1 = next).
pub(super) async fn waitlist_position(
    tx: &mut TenantTx,
    activity: Uuid,
    seq: i64,
) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select count(*) as "n!" from activity_registration
            where tenant_id = $1 and activity_id = $2 and status = 'WAITLISTED' and seq <= $3"#,
        tenant,
        activity,
        seq,
    )
    .fetch_one(tx.conn())
    .await
}

/// Members whose registration still counts (all of them: `REGISTERED` only when
/// `registered_only`).
pub(super) async fn active_members(
    tx: &mut TenantTx,
    activity: Uuid,
    registered_only: bool,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select member_id from activity_registration
          where tenant_id = $1 and activity_id = $2
            and (status = 'REGISTERED'
                 or (not $3 and status in ('WAITLISTED', 'PENDING_APPROVAL')))",
        tenant,
        activity,
        registered_only,
    )
    .fetch_all(tx.conn())
    .await
}

/// Marks the activity cancelled.
pub(super) async fn mark_cancelled(
    tx: &mut TenantTx,
    activity: Uuid,
    reason: &str,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update activity set status = 'CANCELLED', cancelled_at = now(), cancel_reason = $3
          where tenant_id = $1 and id = $2",
        tenant,
        activity,
        reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Checks a registration in; false when it already was.
pub(super) async fn check_in(
    tx: &mut TenantTx,
    registration: Uuid,
    method: CheckInMethod,
    by: Option<Uuid>,
    distance_m: Option<i32>,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let n = sqlx::query!(
        "update activity_registration
            set checked_in_at = now(), check_in_method = $3, checked_in_by = $4,
                check_in_distance_m = $5
          where tenant_id = $1 and id = $2 and checked_in_at is null and status = 'REGISTERED'",
        tenant,
        registration,
        method.as_str(),
        by,
        distance_m,
    )
    .execute(tx.conn())
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Undoes a check-in; false when there was none.
pub(super) async fn undo_check_in(tx: &mut TenantTx, registration: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let n = sqlx::query!(
        "update activity_registration
            set checked_in_at = null, check_in_method = null, checked_in_by = null,
                check_in_distance_m = null
          where tenant_id = $1 and id = $2 and checked_in_at is not null",
        tenant,
        registration,
    )
    .execute(tx.conn())
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Appends a ledger entry of `minutes` (signed) for a registration's member and sets the
/// registration's credited minutes to `credited`.
#[allow(clippy::too_many_arguments)]
pub(super) async fn book_hours(
    tx: &mut TenantTx,
    r: &RegistrationRow,
    kind: &str,
    minutes: i32,
    credited: i32,
    reason: &str,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into volunteer_hours_entry (tenant_id, id, member_id, activity_id, kind, minutes,
                                            reason, recorded_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
        tenant,
        crate::new_id(),
        r.member_id,
        r.activity_id,
        kind,
        minutes,
        reason,
        by,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update activity_registration set credited_minutes = $3 where tenant_id = $1 and id = $2",
        tenant,
        r.id,
        credited,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A member's ledger for the activities that started in `year` (Beijing time), oldest first.
pub(super) async fn ledger(
    tx: &mut TenantTx,
    member: Uuid,
    year: i32,
) -> sqlx::Result<Vec<HoursEntry>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        HoursEntry,
        "select e.id, e.activity_id, a.title as activity_title, o.name as org_name, a.starts_at,
                e.kind, e.minutes, e.reason, e.recorded_at
           from volunteer_hours_entry e
           join activity a on a.tenant_id = e.tenant_id and a.id = e.activity_id
           join org_unit o on o.tenant_id = a.tenant_id and o.id = a.org_id
          where e.tenant_id = $1 and e.member_id = $2
            and extract(year from a.starts_at at time zone 'Asia/Shanghai')::int = $3
          order by a.starts_at, e.recorded_at, e.id",
        tenant,
        member,
        year,
    )
    .fetch_all(tx.conn())
    .await
}

/// Per member, the minutes credited for the activities of an org's sub-tree that started in
/// `year`, most first.
pub(super) async fn hours_by_member(
    tx: &mut TenantTx,
    org_path: &str,
    year: i32,
) -> sqlx::Result<Vec<MemberHours>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        MemberHours,
        r#"select r.member_id, m.name as member_name,
                  count(*) filter (where r.checked_in_at is not null) as "activities!",
                  coalesce(sum(r.credited_minutes), 0)::bigint as "minutes!"
             from activity_registration r
             join activity a on a.tenant_id = r.tenant_id and a.id = r.activity_id
             join org_unit o on o.tenant_id = a.tenant_id and o.id = a.org_id
             join member m on m.tenant_id = r.tenant_id and m.id = r.member_id
            where r.tenant_id = $1 and o.path <@ $2::text::ltree
              and extract(year from a.starts_at at time zone 'Asia/Shanghai')::int = $3
              and (r.checked_in_at is not null or r.credited_minutes > 0)
            group by r.member_id, m.name
            order by 4 desc, m.name"#,
        tenant,
        org_path,
        year,
    )
    .fetch_all(tx.conn())
    .await
}

/// The participation figures of each of `activities`, keyed by activity.
pub(super) async fn participation(
    tx: &mut TenantTx,
    activities: &[Uuid],
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(Uuid, Participation)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select a.id,
                  count(r.id) filter (where r.status = 'REGISTERED') as "registered!",
                  count(r.id) filter (where r.status = 'WAITLISTED') as "waitlisted!",
                  count(r.id) filter (where r.status = 'PENDING_APPROVAL') as "pending!",
                  count(r.id) filter (where r.checked_in_at is not null) as "attended!",
                  count(r.id) filter (where r.status = 'REGISTERED' and r.checked_in_at is null
                                        and a.ends_at < $3) as "no_shows!",
                  coalesce(sum(r.credited_minutes), 0)::bigint as "minutes!"
             from activity a
             left join activity_registration r on r.tenant_id = a.tenant_id and r.activity_id = a.id
            where a.tenant_id = $1 and a.id = any($2::uuid[])
            group by a.id"#,
        tenant,
        activities,
        now,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.id,
                Participation {
                    registered: r.registered,
                    waitlisted: r.waitlisted,
                    pending: r.pending,
                    attended: r.attended,
                    no_shows: r.no_shows,
                    minutes: r.minutes,
                },
            )
        })
        .collect())
}

/// Moves an activity's times back by `by` (the demo seed only).
pub(super) async fn shift(
    tx: &mut TenantTx,
    activity: Uuid,
    by: chrono::Duration,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let secs = by.num_seconds() as f64;
    sqlx::query!(
        "update activity
            set starts_at = starts_at - make_interval(secs => $3),
                ends_at = ends_at - make_interval(secs => $3),
                registration_deadline = registration_deadline - make_interval(secs => $3),
                created_at = created_at - make_interval(secs => $3)
          where tenant_id = $1 and id = $2",
        tenant,
        activity,
        secs,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Writes an organiser's edit (under the row lock the caller holds).
pub(super) async fn update(tx: &mut TenantTx, id: Uuid, e: &ActivityEdit) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update activity
            set title = $3, description = $4, place = $5, starts_at = $6, ends_at = $7,
                registration_deadline = $8, capacity = $9
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        e.title.as_str(),
        e.description,
        e.place,
        e.starts_at,
        e.ends_at,
        e.registration_deadline,
        e.capacity,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A photo of an activity with its file and who added it.
#[derive(Debug, Clone)]
pub(super) struct PhotoRow {
    pub id: Uuid,
    pub activity_id: Uuid,
    pub caption: String,
    pub added_by: Uuid,
    pub added_by_name: String,
    pub added_at: DateTime<Utc>,
    pub file_id: Uuid,
    pub uploader_id: Uuid,
    pub file_name: String,
    pub content_type: String,
    pub byte_size: i64,
    pub storage_key: String,
    pub file_status: crate::files::FileStatus,
    pub file_created_at: DateTime<Utc>,
}

/// The columns of [`PhotoRow`] over `activity_photo p`.
macro_rules! select_photos {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            PhotoRow,
            r#"select p.id, p.activity_id, p.caption, p.added_by, m.name as added_by_name,
                      p.added_at, f.id as file_id, f.uploader_id, f.file_name, f.content_type,
                      f.byte_size, f.storage_key,
                      f.status as "file_status: crate::files::FileStatus",
                      f.created_at as file_created_at
                 from activity_photo p
                 join file_object f on f.tenant_id = p.tenant_id and f.id = p.file_id
                 join member m on m.tenant_id = p.tenant_id and m.id = p.added_by "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The photos of an activity not removed, oldest first.
pub(super) async fn photos(tx: &mut TenantTx, activity: Uuid) -> sqlx::Result<Vec<PhotoRow>> {
    let tenant = tx.tenant();
    select_photos!(
        "where p.tenant_id = $1 and p.activity_id = $2 and p.removed_at is null
          order by p.added_at, p.id",
        tenant,
        activity,
    )
    .fetch_all(tx.conn())
    .await
}

/// One photo not removed.
pub(super) async fn photo(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<PhotoRow>> {
    let tenant = tx.tenant();
    select_photos!(
        "where p.tenant_id = $1 and p.id = $2 and p.removed_at is null",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// How many photos an activity shows.
pub(super) async fn photo_count(tx: &mut TenantTx, activity: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select count(*) as "n!" from activity_photo
            where tenant_id = $1 and activity_id = $2 and removed_at is null"#,
        tenant,
        activity,
    )
    .fetch_one(tx.conn())
    .await
}

/// Adds photos (a file already in the album is skipped); returns how many were added.
pub(super) async fn add_photos(
    tx: &mut TenantTx,
    activity: Uuid,
    files: &[Uuid],
    caption: &str,
    by: Uuid,
) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let ids: Vec<Uuid> = files.iter().map(|_| crate::new_id()).collect();
    let done = sqlx::query!(
        "insert into activity_photo (tenant_id, id, activity_id, file_id, caption, added_by)
         select $1, u.id, $2, u.file_id, $4, $5
           from unnest($3::uuid[], $6::uuid[]) with ordinality as u(file_id, id, n)
          order by u.n
         on conflict (tenant_id, activity_id, file_id) do nothing",
        tenant,
        activity,
        files,
        caption,
        by,
        &ids,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

/// Takes a photo out of the album (the row stays, with who removed it).
pub(super) async fn remove_photo(tx: &mut TenantTx, id: Uuid, by: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update activity_photo set removed_at = now(), removed_by = $3
          where tenant_id = $1 and id = $2 and removed_at is null",
        tenant,
        id,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}
