//! SQL of meetings, their invitees, minutes, attachments and amendments.

use super::{
    AmendmentRow, AttendeeRow, CheckInMethod, LeaveStatus, MeetingRow, MeetingStatus, MinutesStatus,
};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A checked `query_as!` of [`MeetingRow`]s `mt` (with org `o`), followed by the caller's
/// literal tail (`where …`).
macro_rules! select_meetings {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            MeetingRow,
            r#"select mt.id, mt.org_id, o.name as org_name, o.path::text as "org_path!", mt.line,
                      mt.type as kind, mt.title, mt.starts_at, mt.ends_at, mt.location, mt.agenda,
                      mt.is_election, mt.geo_latitude, mt.geo_longitude, mt.geo_radius_m,
                      mt.status as "status: MeetingStatus", mt.cancel_reason, mt.minutes,
                      mt.resolutions, mt.minutes_status as "minutes_status: MinutesStatus", ap.name as "approved_by_name?",
                      mt.approved_at, mt.due_item_id, mt.created_at
                 from meeting mt
                 join org_unit o on o.tenant_id = mt.tenant_id and o.id = mt.org_id
                 left join member ap on ap.tenant_id = mt.tenant_id and ap.id = mt.approved_by "#
                + $tail
            $(, $arg)*
        )
    };
}

/// A checked `query_as!` of [`AttendeeRow`]s `a` (with member `m`), followed by the caller's
/// literal tail (`where …`).
macro_rules! select_attendees {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            AttendeeRow,
            r#"select a.member_id, m.name, a.voting, a.leave_status as "leave_status: LeaveStatus",
                      a.leave_reason, a.checked_in_at,
                      a.check_in_method as "check_in_method: CheckInMethod"
               from meeting_attendee a
               join member m on m.tenant_id = a.tenant_id and m.id = a.member_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// A meeting to insert.
pub(super) struct NewMeeting<'a> {
    pub id: Uuid,
    pub org_id: Uuid,
    pub line: &'a str,
    pub kind: &'a str,
    pub title: &'a str,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: Option<&'a str>,
    pub agenda: Option<&'a str>,
    pub is_election: bool,
    pub geofence: Option<(f64, f64, i32)>,
    pub created_by: Option<Uuid>,
}

pub(super) async fn insert(tx: &mut TenantTx, m: &NewMeeting<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into meeting (tenant_id, id, org_id, line, type, title, starts_at, ends_at,
             location, agenda, is_election, geo_latitude, geo_longitude, geo_radius_m, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
        tenant,
        m.id,
        m.org_id,
        m.line,
        m.kind,
        m.title,
        m.starts_at,
        m.ends_at,
        m.location,
        m.agenda,
        m.is_election,
        m.geofence.map(|g| g.0),
        m.geofence.map(|g| g.1),
        m.geofence.map(|g| g.2),
        m.created_by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<MeetingRow>> {
    let tenant = tx.tenant();
    select_meetings!("where mt.tenant_id = $1 and mt.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// Locks a meeting's row for a change (concurrent check-ins and approvals serialise here).
pub(super) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "select id from meeting where tenant_id = $1 and id = $2 for update",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await?;
    Ok(())
}

/// New time, place and agenda.
pub(super) struct Reschedule<'a> {
    pub title: &'a str,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: Option<&'a str>,
    pub agenda: Option<&'a str>,
    pub geofence: Option<(f64, f64, i32)>,
}

pub(super) async fn reschedule(
    tx: &mut TenantTx,
    id: Uuid,
    r: &Reschedule<'_>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update meeting set title = $3, starts_at = $4, ends_at = $5, location = $6, agenda = $7,
                geo_latitude = $8, geo_longitude = $9, geo_radius_m = $10, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        r.title,
        r.starts_at,
        r.ends_at,
        r.location,
        r.agenda,
        r.geofence.map(|g| g.0),
        r.geofence.map(|g| g.1),
        r.geofence.map(|g| g.2),
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn set_due_item(
    tx: &mut TenantTx,
    id: Uuid,
    item: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update meeting set due_item_id = $3 where tenant_id = $1 and id = $2",
        tenant,
        id,
        item,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn cancel(tx: &mut TenantTx, id: Uuid, reason: &str) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "update meeting set status = 'CANCELLED', cancel_reason = $3, updated_at = now()
          where tenant_id = $1 and id = $2 and status = 'SCHEDULED'",
        tenant,
        id,
        reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Who a meeting invites.
pub(super) struct Invite<'a> {
    pub meeting: Uuid,
    pub org_id: Uuid,
    /// The org's path; with `include_sub`, members anywhere under it.
    pub org_path: &'a str,
    pub include_sub: bool,
    /// Only the org's officers.
    pub committee_only: bool,
    /// The org's line: `PARTY`, `UNION` or `YOUTH` (members are placed in it by the line's
    /// column of `member`).
    pub line: &'a str,
    /// Party meetings invite party members only, and only full members vote.
    pub party: bool,
    pub extra: &'a [Uuid],
}

/// Invites the org's members (or officers) and the extra members; returns who was invited.
pub(super) async fn invite(tx: &mut TenantTx, i: &Invite<'_>) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    // One statement for every kind of invitation: committee meetings invite the org's
    // officers, others the members placed in the org (or under it) on the meeting's line;
    // party meetings only party members, and only full members vote.
    sqlx::query_scalar!(
        "insert into meeting_attendee (tenant_id, meeting_id, member_id, voting)
         select m.tenant_id, $2, m.id, (not $8 or m.political_status = 'FULL_MEMBER') from member m
          where m.tenant_id = $1 and m.status = 'ACTIVE'
            and ((case
                    when $6 then exists (select 1 from position p
                        where p.tenant_id = m.tenant_id and p.member_id = m.id
                          and p.org_id = $3 and p.ended_at is null)
                    when $7 then exists (select 1 from org_unit u
                        where u.tenant_id = m.tenant_id and u.path <@ $4::text::ltree
                          and u.id = case $9::text when 'PARTY' then m.party_org_id
                                     when 'UNION' then m.union_org_id
                                     when 'YOUTH' then m.youth_org_id end)
                    else $3 = case $9::text when 'PARTY' then m.party_org_id
                                    when 'UNION' then m.union_org_id
                                    when 'YOUTH' then m.youth_org_id end
                  end
                  and (not $8 or $6 or m.political_status in ('PROBATIONARY', 'FULL_MEMBER')))
                 or m.id = any($5))
         on conflict do nothing
         returning member_id",
        tenant,
        i.meeting,
        i.org_id,
        i.org_path,
        i.extra,
        i.committee_only,
        i.include_sub,
        i.party,
        i.line,
    )
    .fetch_all(tx.conn())
    .await
}

/// Which of `ids` are active members of the tenant.
pub(super) async fn active_members(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select id from member where tenant_id = $1 and id = any($2) and status = 'ACTIVE'",
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn attendees(tx: &mut TenantTx, meeting: Uuid) -> sqlx::Result<Vec<AttendeeRow>> {
    let tenant = tx.tenant();
    select_attendees!(
        "where a.tenant_id = $1 and a.meeting_id = $2
          order by a.checked_in_at nulls last, m.name",
        tenant,
        meeting,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn attendee(
    tx: &mut TenantTx,
    meeting: Uuid,
    member: Uuid,
) -> sqlx::Result<Option<AttendeeRow>> {
    let tenant = tx.tenant();
    select_attendees!(
        "where a.tenant_id = $1 and a.meeting_id = $2 and a.member_id = $3",
        tenant,
        meeting,
        member,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Invitees who have not been granted leave (reminders go to them).
pub(super) async fn expected(tx: &mut TenantTx, meeting: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select member_id from meeting_attendee
          where tenant_id = $1 and meeting_id = $2 and leave_status is distinct from 'APPROVED'",
        tenant,
        meeting,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn request_leave(
    tx: &mut TenantTx,
    meeting: Uuid,
    member: Uuid,
    reason: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "update meeting_attendee set leave_status = 'PENDING', leave_reason = $4,
                leave_decided_by = null, leave_decided_at = null
          where tenant_id = $1 and meeting_id = $2 and member_id = $3 and checked_in_at is null
            and leave_status is distinct from 'APPROVED'",
        tenant,
        meeting,
        member,
        reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

pub(super) async fn decide_leave(
    tx: &mut TenantTx,
    meeting: Uuid,
    member: Uuid,
    approve: bool,
    by: Option<Uuid>,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
"update meeting_attendee set leave_status = $4, leave_decided_by = $5, leave_decided_at = now()
          where tenant_id = $1 and meeting_id = $2 and member_id = $3 and leave_status = 'PENDING'",
tenant,
meeting,
member,
if approve {
            LeaveStatus::Approved
        } else {
            LeaveStatus::Refused
        }
        .as_str(),
by,
)
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Marks an invitee present once; `false` when they were already (or are not invited).
pub(super) async fn check_in(
    tx: &mut TenantTx,
    meeting: Uuid,
    member: Uuid,
    method: CheckInMethod,
    by: Option<Uuid>,
    distance_m: Option<i32>,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "update meeting_attendee set checked_in_at = now(), check_in_method = $4,
                checked_in_by = $5, check_in_distance_m = $6
          where tenant_id = $1 and meeting_id = $2 and member_id = $3 and checked_in_at is null",
        tenant,
        meeting,
        member,
        method.as_str(),
        by,
        distance_m,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Undoes a check-in (an officer's correction).
pub(super) async fn undo_check_in(
    tx: &mut TenantTx,
    meeting: Uuid,
    member: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
"update meeting_attendee set checked_in_at = null, check_in_method = null,
                checked_in_by = null, check_in_distance_m = null
          where tenant_id = $1 and meeting_id = $2 and member_id = $3 and checked_in_at is not null",
tenant,
meeting,
member,
)
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

pub(super) async fn save_minutes(
    tx: &mut TenantTx,
    meeting: Uuid,
    minutes: &str,
    resolutions: &[String],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
"update meeting set minutes = $3, resolutions = $4, minutes_status = 'DRAFT', updated_at = now()
          where tenant_id = $1 and id = $2",
tenant,
meeting,
minutes,
resolutions,
)
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn replace_attachments(
    tx: &mut TenantTx,
    meeting: Uuid,
    files: &[Uuid],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "delete from meeting_attachment where tenant_id = $1 and meeting_id = $2",
        tenant,
        meeting,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "insert into meeting_attachment (tenant_id, meeting_id, file_id, position)
         select $1, $2, f, p::int from unnest($3::uuid[]) with ordinality as x(f, p)",
        tenant,
        meeting,
        files,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn attachments(
    tx: &mut TenantTx,
    meeting: Uuid,
) -> sqlx::Result<Vec<crate::files::FileRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        crate::files::FileRow,
        r#"select f.id, f.uploader_id, f.file_name, f.content_type, f.byte_size, f.storage_key,
                  f.status as "status: crate::files::FileStatus", f.created_at
             from meeting_attachment a join file_object f
               on f.tenant_id = a.tenant_id and f.id = a.file_id
            where a.tenant_id = $1 and a.meeting_id = $2 order by a.position"#,
        tenant,
        meeting,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn approve(
    tx: &mut TenantTx,
    meeting: Uuid,
    by: Option<Uuid>,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "update meeting set minutes_status = 'APPROVED', approved_by = $3, approved_at = now(),
                updated_at = now()
          where tenant_id = $1 and id = $2 and minutes_status = 'DRAFT'",
        tenant,
        meeting,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

pub(super) async fn amend(
    tx: &mut TenantTx,
    meeting: Uuid,
    text: &str,
    author: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into meeting_amendment (tenant_id, id, meeting_id, text, author_id)
         values ($1, $2, $3, $4, $5)",
        tenant,
        crate::new_id(),
        meeting,
        text,
        author,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn amendments(
    tx: &mut TenantTx,
    meeting: Uuid,
) -> sqlx::Result<Vec<AmendmentRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        AmendmentRow,
        "select a.id, a.text, m.name as author_name, a.created_at from meeting_amendment a
           join member m on m.tenant_id = a.tenant_id and m.id = a.author_id
          where a.tenant_id = $1 and a.meeting_id = $2 order by a.created_at",
        tenant,
        meeting,
    )
    .fetch_all(tx.conn())
    .await
}

/// What a list of meetings is filtered by.
pub(super) struct ListFilter<'a> {
    /// Only meetings this member is invited to.
    pub invited: Option<Uuid>,
    /// Only meetings of orgs under this path.
    pub under: Option<&'a str>,
    /// Only meetings of orgs under one of these paths (the viewer's reach), or invited.
    pub reach: Option<(&'a [String], Uuid)>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    /// Keyset: (starts_at, id) of the last row seen.
    pub after: Option<(DateTime<Utc>, Uuid)>,
    pub limit: i64,
}

pub(super) async fn list(tx: &mut TenantTx, f: &ListFilter<'_>) -> sqlx::Result<Vec<MeetingRow>> {
    let tenant = tx.tenant();
    let (reach_paths, reach_member) = match f.reach {
        Some((paths, member)) => (Some(paths), Some(member)),
        None => (None, None),
    };
    select_meetings!(
        "where mt.tenant_id = $1
            and ($2::uuid is null or exists (select 1 from meeting_attendee a
                  where a.tenant_id = mt.tenant_id and a.meeting_id = mt.id and a.member_id = $2))
            and ($3::text is null or o.path <@ $3::text::ltree)
            and ($4::text[] is null or o.path <@ any($4::ltree[])
                 or exists (select 1 from meeting_attendee a
                  where a.tenant_id = mt.tenant_id and a.meeting_id = mt.id and a.member_id = $5))
            and ($6::timestamptz is null or mt.starts_at >= $6)
            and ($7::timestamptz is null or mt.starts_at < $7)
            and ($8::timestamptz is null or (mt.starts_at, mt.id) < ($8, $9))
          order by mt.starts_at desc, mt.id desc
          limit $10",
        tenant,
        f.invited,
        f.under,
        reach_paths,
        reach_member,
        f.from,
        f.to,
        f.after.map(|a| a.0),
        f.after.map(|a| a.1),
        f.limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Bumps a meeting's `updated_at` (attendance changed) so lists can show it as fresh.
pub(super) async fn touch(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update meeting set updated_at = now() where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn by_due_item(tx: &mut TenantTx, item: Uuid) -> sqlx::Result<Option<MeetingRow>> {
    let tenant = tx.tenant();
    select_meetings!(
        "where mt.tenant_id = $1 and mt.due_item_id = $2",
        tenant,
        item
    )
    .fetch_optional(tx.conn())
    .await
}
