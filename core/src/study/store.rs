//! Study's SQL.

use super::model::{
    CourseRow, MaterialKind, MaterialRow, NoteRow, OrgCompletion, PersonCompletion, PlanItemRow,
    PlanRow, PlanStatus, ProgressRow,
};
use crate::audience::Audience;
use crate::db::TenantTx;
use crate::files::{FileRow, FileStatus};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The columns of [`MaterialRow`], with the org's name and path and the file's name.
macro_rules! select_materials {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            MaterialRow,
            r#"select s.id, s.org_id, o.name as org_name, o.path::text as "org_path!",
                      s.kind as "kind: MaterialKind", s.title, s.summary, s.body, s.video_url,
                      s.duration_seconds, s.file_id, f.file_name as "file_name?",
                      s.required_seconds, s.archived_at, s.created_at, s.updated_at
                 from study_material s
                 join org_unit o on o.tenant_id = s.tenant_id and o.id = s.org_id
                 left join file_object f on f.tenant_id = s.tenant_id and f.id = s.file_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The columns of [`CourseRow`].
macro_rules! select_courses {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            CourseRow,
            r#"select c.id, c.org_id, o.name as org_name, o.path::text as "org_path!", c.title,
                      c.summary,
                      array(select i.material_id from study_course_item i
                             where i.tenant_id = c.tenant_id and i.course_id = c.id
                             order by i.position) as "material_ids!",
                      c.created_at
                 from study_course c
                 join org_unit o on o.tenant_id = c.tenant_id and o.id = c.org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The columns of [`PlanRow`], with the counts of assigned and completed members.
macro_rules! select_plans {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            PlanRow,
            r#"select s.id, s.org_id, o.name as org_name, o.path::text as "org_path!", s.title,
                      s.description, s.audience, s.deadline, s.status as "status: PlanStatus",
                      s.closed_at, s.created_by, s.created_at,
                      (select count(*) from study_assignee a
                        where a.tenant_id = s.tenant_id and a.plan_id = s.id) as "assigned!",
                      (select count(*) from study_assignee a
                        where a.tenant_id = s.tenant_id and a.plan_id = s.id
                          and not exists (
                            select 1 from study_plan_item i
                              left join study_course_item c
                                on c.tenant_id = i.tenant_id and c.course_id = i.course_id
                             where i.tenant_id = s.tenant_id and i.plan_id = s.id
                               and not exists (
                                 select 1 from study_progress p
                                  where p.tenant_id = s.tenant_id and p.member_id = a.member_id
                                    and p.material_id = coalesce(i.material_id, c.material_id)
                                    and p.completed_at is not null))) as "completed!"
                 from study_plan s
                 join org_unit o on o.tenant_id = s.tenant_id and o.id = s.org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

// ---- materials ----

/// Writes a new material.
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_material(
    tx: &mut TenantTx,
    id: Uuid,
    org: Uuid,
    kind: MaterialKind,
    title: &str,
    summary: &str,
    body: &str,
    video_url: Option<&str>,
    duration: Option<i32>,
    file: Option<Uuid>,
    required: Option<i32>,
    author: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into study_material (tenant_id, id, org_id, kind, title, summary, body, video_url,
                                     duration_seconds, file_id, required_seconds, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        tenant,
        id,
        org,
        kind.as_str(),
        title,
        summary,
        body,
        video_url,
        duration,
        file,
        required,
        author,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Changes a material's texts, link, duration and reading time.
#[allow(clippy::too_many_arguments)]
pub(super) async fn update_material(
    tx: &mut TenantTx,
    id: Uuid,
    title: &str,
    summary: &str,
    body: &str,
    video_url: Option<&str>,
    duration: Option<i32>,
    required: Option<i32>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update study_material
            set title = $3, summary = $4, body = $5, video_url = $6, duration_seconds = $7,
                required_seconds = $8, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        title,
        summary,
        body,
        video_url,
        duration,
        required,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Archives a material.
pub(super) async fn archive_material(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update study_material set archived_at = now(), updated_at = now()
          where tenant_id = $1 and id = $2 and archived_at is null",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One material.
pub(super) async fn material(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<MaterialRow>> {
    let tenant = tx.tenant();
    select_materials!("where s.tenant_id = $1 and s.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// An org's materials, newest first (archived ones too when asked).
pub(super) async fn materials_of_org(
    tx: &mut TenantTx,
    org: Uuid,
    archived: bool,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<MaterialRow>> {
    let tenant = tx.tenant();
    select_materials!(
        "where s.tenant_id = $1 and s.org_id = $2 and ($3 or s.archived_at is null)
           and ($4::uuid is null or s.id < $4)
         order by s.id desc limit $5",
        tenant,
        org,
        archived,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Whether `member` is assigned a plan holding the material (directly or through a course).
pub(super) async fn assigned_material(
    tx: &mut TenantTx,
    member: Uuid,
    material: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (
             select 1 from study_assignee a
               join study_plan_item i on i.tenant_id = a.tenant_id and i.plan_id = a.plan_id
               left join study_course_item c
                 on c.tenant_id = i.tenant_id and c.course_id = i.course_id
              where a.tenant_id = $1 and a.member_id = $2
                and coalesce(i.material_id, c.material_id) = $3) as "ok!""#,
        tenant,
        member,
        material,
    )
    .fetch_one(tx.conn())
    .await
}

/// A file row (for a material's download link).
pub(super) async fn file(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<FileRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        FileRow,
        r#"select id, uploader_id, file_name, content_type, byte_size, storage_key,
                  status as "status: FileStatus", created_at
             from file_object where tenant_id = $1 and id = $2"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

// ---- courses ----

/// Writes a new course.
pub(super) async fn insert_course(
    tx: &mut TenantTx,
    id: Uuid,
    org: Uuid,
    title: &str,
    summary: &str,
    author: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into study_course (tenant_id, id, org_id, title, summary, created_by)
         values ($1, $2, $3, $4, $5, $6)",
        tenant,
        id,
        org,
        title,
        summary,
        author,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Changes a course's texts.
pub(super) async fn update_course(
    tx: &mut TenantTx,
    id: Uuid,
    title: &str,
    summary: &str,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update study_course set title = $3, summary = $4, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        title,
        summary,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Replaces a course's materials with `materials`, in order.
pub(super) async fn set_course_items(
    tx: &mut TenantTx,
    course: Uuid,
    materials: &[Uuid],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "delete from study_course_item where tenant_id = $1 and course_id = $2",
        tenant,
        course,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "insert into study_course_item (tenant_id, course_id, material_id, position)
         select $1, $2, u.id, (u.n - 1)::int from unnest($3::uuid[]) with ordinality as u(id, n)",
        tenant,
        course,
        materials,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One course.
pub(super) async fn course(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<CourseRow>> {
    let tenant = tx.tenant();
    select_courses!("where c.tenant_id = $1 and c.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// An org's courses, newest first.
pub(super) async fn courses_of_org(
    tx: &mut TenantTx,
    org: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<CourseRow>> {
    let tenant = tx.tenant();
    select_courses!(
        "where c.tenant_id = $1 and c.org_id = $2 and ($3::uuid is null or c.id < $3)
         order by c.id desc limit $4",
        tenant,
        org,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The paths of the orgs owning these materials (existing in this tenant), one per material.
pub(super) async fn material_paths(
    tx: &mut TenantTx,
    ids: &[Uuid],
) -> sqlx::Result<Vec<(Uuid, String, bool)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select s.id, o.path::text as "path!", s.archived_at is not null as "archived!"
             from study_material s
             join org_unit o on o.tenant_id = s.tenant_id and o.id = s.org_id
            where s.tenant_id = $1 and s.id = any($2)"#,
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.id, r.path, r.archived))
        .collect())
}

/// The paths of the orgs owning these courses.
pub(super) async fn course_paths(
    tx: &mut TenantTx,
    ids: &[Uuid],
) -> sqlx::Result<Vec<(Uuid, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select c.id, o.path::text as "path!"
             from study_course c
             join org_unit o on o.tenant_id = c.tenant_id and o.id = c.org_id
            where c.tenant_id = $1 and c.id = any($2)"#,
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.path)).collect())
}

// ---- plans ----

/// Writes a new plan.
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_plan(
    tx: &mut TenantTx,
    id: Uuid,
    org: Uuid,
    title: &str,
    description: &str,
    audience: &Audience,
    deadline: DateTime<Utc>,
    author: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let audience = serde_json::to_value(audience).unwrap_or_default();
    sqlx::query!(
        "insert into study_plan (tenant_id, id, org_id, title, description, audience, deadline,
                                 created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
        tenant,
        id,
        org,
        title,
        description,
        audience,
        deadline,
        author,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Changes a plan's texts, audience and deadline.
pub(super) async fn update_plan(
    tx: &mut TenantTx,
    id: Uuid,
    title: &str,
    description: &str,
    audience: &Audience,
    deadline: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let audience = serde_json::to_value(audience).unwrap_or_default();
    sqlx::query!(
        "update study_plan set title = $3, description = $4, audience = $5, deadline = $6,
                               updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        title,
        description,
        audience,
        deadline,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Closes a plan.
pub(super) async fn close_plan(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update study_plan set status = 'CLOSED', closed_at = now(), updated_at = now()
          where tenant_id = $1 and id = $2 and status = 'OPEN'",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Replaces a plan's items: materials and courses in order (exactly one of each pair set).
pub(super) async fn set_plan_items(
    tx: &mut TenantTx,
    plan: Uuid,
    materials: &[Option<Uuid>],
    courses: &[Option<Uuid>],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "delete from study_plan_item where tenant_id = $1 and plan_id = $2",
        tenant,
        plan,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "insert into study_plan_item (tenant_id, plan_id, position, material_id, course_id)
         select $1, $2, (u.n - 1)::int, u.material_id, u.course_id
           from unnest($3::uuid[], $4::uuid[]) with ordinality as u(material_id, course_id, n)",
        tenant,
        plan,
        materials as &[Option<Uuid>],
        courses as &[Option<Uuid>],
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Assigns the plan to the members its audience resolves to now, and unassigns those it no
/// longer holds; returns the members newly assigned.
pub(super) async fn freeze_audience(
    tx: &mut TenantTx,
    plan: Uuid,
    a: &Audience,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    let now: Vec<Uuid> = crate::audience::store::audience!(
        query_scalar!()
        r#"select x.member_id as "member_id!" from ("#,
        ") x",
        tenant,
        a,
    )
    .fetch_all(tx.conn())
    .await?;
    sqlx::query!(
        "delete from study_assignee
          where tenant_id = $1 and plan_id = $2 and member_id <> all($3::uuid[])",
        tenant,
        plan,
        &now,
    )
    .execute(tx.conn())
    .await?;
    crate::audience::store::audience!(
        query_scalar!()
        "insert into study_assignee (tenant_id, plan_id, member_id, org_id)
         select $1, $11, x.member_id, x.org_id from (",
        ") x on conflict do nothing returning member_id",
        tenant,
        a,
        plan,
    )
    .fetch_all(tx.conn())
    .await
}

/// One plan; `lock` takes its row lock.
pub(super) async fn plan(tx: &mut TenantTx, id: Uuid, lock: bool) -> sqlx::Result<Option<PlanRow>> {
    let tenant = tx.tenant();
    if lock {
        select_plans!(
            "where s.tenant_id = $1 and s.id = $2 for update of s",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await
    } else {
        select_plans!("where s.tenant_id = $1 and s.id = $2", tenant, id)
            .fetch_optional(tx.conn())
            .await
    }
}

/// An org's plans, newest first.
pub(super) async fn plans_of_org(
    tx: &mut TenantTx,
    org: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<PlanRow>> {
    let tenant = tx.tenant();
    select_plans!(
        "where s.tenant_id = $1 and s.org_id = $2 and ($3::uuid is null or s.id < $3)
         order by s.id desc limit $4",
        tenant,
        org,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The plans assigned to `member`, open ones first, newest first within.
pub(super) async fn plans_of_member(
    tx: &mut TenantTx,
    member: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<PlanRow>> {
    let tenant = tx.tenant();
    select_plans!(
        "join study_assignee me on me.tenant_id = s.tenant_id and me.plan_id = s.id
                               and me.member_id = $2
          where s.tenant_id = $1 and ($3::uuid is null or s.id < $3)
          order by s.id desc limit $4",
        tenant,
        member,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Whether `member` is assigned the plan.
pub(super) async fn is_assigned(tx: &mut TenantTx, plan: Uuid, member: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from study_assignee
                            where tenant_id = $1 and plan_id = $2 and member_id = $3) as "ok!""#,
        tenant,
        plan,
        member,
    )
    .fetch_one(tx.conn())
    .await
}

/// A plan's items, in order, with their titles.
pub(super) async fn plan_items(tx: &mut TenantTx, plan: Uuid) -> sqlx::Result<Vec<PlanItemRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        PlanItemRow,
        r#"select i.position, i.material_id, i.course_id,
                  coalesce(m.title, c.title) as "title!"
             from study_plan_item i
             left join study_material m on m.tenant_id = i.tenant_id and m.id = i.material_id
             left join study_course c on c.tenant_id = i.tenant_id and c.id = i.course_id
            where i.tenant_id = $1 and i.plan_id = $2
            order by i.position"#,
        tenant,
        plan,
    )
    .fetch_all(tx.conn())
    .await
}

/// A plan's materials with courses opened up, in order, each once: `(id, title, required)`.
pub(super) async fn plan_materials(
    tx: &mut TenantTx,
    plan: Uuid,
) -> sqlx::Result<Vec<(Uuid, String, Option<i32>)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select m.id, m.title, m.required_seconds, min(x.ord) as "ord!"
             from (select coalesce(i.material_id, c.material_id) as material_id,
                          i.position * 1000 + coalesce(c.position + 1, 0) as ord
                     from study_plan_item i
                     left join study_course_item c
                       on c.tenant_id = i.tenant_id and c.course_id = i.course_id
                    where i.tenant_id = $1 and i.plan_id = $2) x
             join study_material m on m.tenant_id = $1 and m.id = x.material_id
            group by m.id, m.title, m.required_seconds
            order by 4"#,
        tenant,
        plan,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.id, r.title, r.required_seconds))
        .collect())
}

/// A plan's completion per org (within `root`'s sub-tree when given).
pub(super) async fn completion_by_org(
    tx: &mut TenantTx,
    plan: Uuid,
    root: Option<&str>,
) -> sqlx::Result<Vec<OrgCompletion>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        OrgCompletion,
        r#"with items as (
             select distinct coalesce(i.material_id, c.material_id) as material_id
               from study_plan_item i
               left join study_course_item c
                 on c.tenant_id = i.tenant_id and c.course_id = i.course_id
              where i.tenant_id = $1 and i.plan_id = $2
           ),
           people as (
             select a.member_id, a.org_id,
                    (select count(*) from study_progress p
                      where p.tenant_id = $1 and p.member_id = a.member_id
                        and p.material_id in (select material_id from items)
                        and p.completed_at is not null) >= (select count(*) from items) as done
               from study_assignee a
               left join org_unit o on o.tenant_id = a.tenant_id and o.id = a.org_id
              where a.tenant_id = $1 and a.plan_id = $2
                and ($3::text is null or o.path <@ ($3::text)::ltree)
           )
           select p.org_id, coalesce(o.name, '未分配组织') as "org_name!",
                  count(*) as "assigned!", count(*) filter (where p.done) as "completed!"
             from people p
             left join org_unit o on o.tenant_id = $1 and o.id = p.org_id
            group by p.org_id, o.name
            order by o.name nulls last"#,
        tenant,
        plan,
        root,
    )
    .fetch_all(tx.conn())
    .await
}

/// A plan's completion per person (within `root`'s sub-tree when given), by member id;
/// only the incomplete when `incomplete`.
pub(super) async fn completion_by_person(
    tx: &mut TenantTx,
    plan: Uuid,
    root: Option<&str>,
    incomplete: bool,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<PersonCompletion>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        PersonCompletion,
        r#"with items as (
             select distinct coalesce(i.material_id, c.material_id) as material_id
               from study_plan_item i
               left join study_course_item c
                 on c.tenant_id = i.tenant_id and c.course_id = i.course_id
              where i.tenant_id = $1 and i.plan_id = $2
           ),
           people as (
             select a.member_id, m.name as member_name, coalesce(o.name, '') as org_name,
                    (select count(*) from study_progress p
                      where p.tenant_id = $1 and p.member_id = a.member_id
                        and p.material_id in (select material_id from items)
                        and p.completed_at is not null) as done,
                    (select count(*) from items) as total,
                    (select coalesce(sum(p.seconds), 0) from study_progress p
                      where p.tenant_id = $1 and p.member_id = a.member_id
                        and p.material_id in (select material_id from items)) as seconds,
                    (select max(p.last_reported_at) from study_progress p
                      where p.tenant_id = $1 and p.member_id = a.member_id
                        and p.material_id in (select material_id from items)) as last_studied_at
               from study_assignee a
               join member m on m.tenant_id = a.tenant_id and m.id = a.member_id
               left join org_unit o on o.tenant_id = a.tenant_id and o.id = a.org_id
              where a.tenant_id = $1 and a.plan_id = $2
                and ($3::text is null or o.path <@ ($3::text)::ltree)
                and ($5::uuid is null or a.member_id > $5)
           )
           select member_id as "member_id!", member_name as "member_name!",
                  org_name as "org_name!", done as "done!", total as "total!",
                  seconds::bigint as "seconds!", last_studied_at
             from people
            where not $4 or done < total
            order by member_id limit $6"#,
        tenant,
        plan,
        root,
        incomplete,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

// ---- progress ----

/// The member's progress on a material, locked (created on first open).
pub(super) async fn progress_for_update(
    tx: &mut TenantTx,
    member: Uuid,
    material: Uuid,
) -> sqlx::Result<Option<ProgressRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ProgressRow,
        "select material_id, opened_at, last_reported_at, seconds, completed_at
           from study_progress
          where tenant_id = $1 and member_id = $2 and material_id = $3
          for update",
        tenant,
        member,
        material,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Opens a material for the member (once; a second open changes nothing) and returns the
/// progress row, locked.
pub(super) async fn open(
    tx: &mut TenantTx,
    member: Uuid,
    material: Uuid,
) -> sqlx::Result<ProgressRow> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into study_progress (tenant_id, member_id, material_id)
         values ($1, $2, $3) on conflict do nothing",
        tenant,
        member,
        material,
    )
    .execute(tx.conn())
    .await?;
    progress_for_update(tx, member, material)
        .await?
        .ok_or(sqlx::Error::RowNotFound)
}

/// Writes the credited seconds, the report time and, when it completes, the completion.
pub(super) async fn credit(
    tx: &mut TenantTx,
    member: Uuid,
    material: Uuid,
    add: i32,
    reported_at: DateTime<Utc>,
    complete: bool,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update study_progress
            set seconds = least(seconds + $4, 10000000), last_reported_at = $5,
                completed_at = case when $6 and completed_at is null then now()
                                    else completed_at end
          where tenant_id = $1 and member_id = $2 and material_id = $3",
        tenant,
        member,
        material,
        add,
        reported_at,
        complete,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The member's progress on several materials.
pub(super) async fn progress_of(
    tx: &mut TenantTx,
    member: Uuid,
    materials: &[Uuid],
) -> sqlx::Result<Vec<ProgressRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ProgressRow,
        "select material_id, opened_at, last_reported_at, seconds, completed_at
           from study_progress
          where tenant_id = $1 and member_id = $2 and material_id = any($3)",
        tenant,
        member,
        materials,
    )
    .fetch_all(tx.conn())
    .await
}

/// The plan's assigned members who have not completed every material.
pub(super) async fn incomplete(tx: &mut TenantTx, plan: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"with items as (
             select distinct coalesce(i.material_id, c.material_id) as material_id
               from study_plan_item i
               left join study_course_item c
                 on c.tenant_id = i.tenant_id and c.course_id = i.course_id
              where i.tenant_id = $1 and i.plan_id = $2
           )
           select a.member_id as "member_id!" from study_assignee a
             join member m on m.tenant_id = a.tenant_id and m.id = a.member_id
                          and m.status = 'ACTIVE'
            where a.tenant_id = $1 and a.plan_id = $2
              and (select count(*) from study_progress p
                    where p.tenant_id = $1 and p.member_id = a.member_id
                      and p.material_id in (select material_id from items)
                      and p.completed_at is not null) < (select count(*) from items)
            order by a.member_id"#,
        tenant,
        plan,
    )
    .fetch_all(tx.conn())
    .await
}

// ---- notes ----

/// Writes or replaces the member's 心得 on a material.
pub(super) async fn upsert_note(
    tx: &mut TenantTx,
    id: Uuid,
    material: Uuid,
    member: Uuid,
    body: &str,
    shared: bool,
) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "insert into study_note (tenant_id, id, material_id, member_id, body, shared)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, material_id, member_id)
         do update set body = excluded.body, shared = excluded.shared, updated_at = now()
         returning id",
        tenant,
        id,
        material,
        member,
        body,
        shared,
    )
    .fetch_one(tx.conn())
    .await
}

/// The notes on a material the viewer may read (shared ones, and their own), newest first.
pub(super) async fn notes(
    tx: &mut TenantTx,
    material: Uuid,
    viewer: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<NoteRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        NoteRow,
        "select n.id, n.material_id, n.member_id, m.name as member_name, n.body, n.shared,
                n.created_at, n.updated_at
           from study_note n
           join member m on m.tenant_id = n.tenant_id and m.id = n.member_id
          where n.tenant_id = $1 and n.material_id = $2 and (n.shared or n.member_id = $3)
            and ($4::uuid is null or n.id < $4)
          order by n.id desc limit $5",
        tenant,
        material,
        viewer,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// One note.
pub(super) async fn note(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<NoteRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        NoteRow,
        "select n.id, n.material_id, n.member_id, m.name as member_name, n.body, n.shared,
                n.created_at, n.updated_at
           from study_note n
           join member m on m.tenant_id = n.tenant_id and m.id = n.member_id
          where n.tenant_id = $1 and n.id = $2",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}
