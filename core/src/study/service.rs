//! The actions on study: materials, courses and plans (officers), progress and notes
//! (members), the completion board, reminders and the export.

use super::{
    DUE_TASK, DueJob, NOTIFICATION_KIND,
    model::{
        CompletionBoard, CourseInput, CourseRow, MaterialInput, MaterialKind, MaterialView,
        NoteRow, PersonCompletion, PlanInput, PlanItemInput, PlanStatus, PlanView,
    },
    rules, store,
};
use crate::db::TenantTx;
use crate::points::{self, Event, PointAction, SourceKind};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{RightsByPath, catalog},
    jobs::{self, JobOptions},
    notify,
    page::{Page, PageArgs},
};
use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

/// `(read, write)` on `study` at an org path.
async fn rights(ctx: &Ctx, app: &App, path: &str) -> AppResult<(bool, bool)> {
    RightsByPath::new(catalog::STUDY)
        .at(&app.authz, ctx, path)
        .await
}

/// The org's path; the viewer needs `study` `act` there (else `NOT_FOUND`).
async fn require_org(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    org: Uuid,
    act: &str,
) -> AppResult<String> {
    crate::org::path_where(ctx, app, tx, org, catalog::STUDY, act).await
}

/// Today in Beijing, the day reminders count in.
fn beijing_day() -> String {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y-%m-%d")
        .to_string()
}

// ---- materials ----

/// One material the viewer may see (its org's `study` readers and writers, and the members
/// assigned a plan holding it), with their progress; else `NOT_FOUND`.
async fn load_material(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<MaterialView> {
    let material = store::material(tx, id).await?.ok_or(AppError::NotFound)?;
    let (read, write) = rights(ctx, app, &material.org_path).await?;
    let member = ctx.member_id();
    let assigned = match member {
        Some(m) => store::assigned_material(tx, m, id).await?,
        None => false,
    };
    if !(read || write || assigned) {
        return Err(AppError::NotFound);
    }
    let progress = match member {
        Some(m) => store::progress_of(tx, m, &[id]).await?.pop(),
        None => None,
    };
    Ok(MaterialView {
        material,
        progress,
        manage: write,
    })
}

/// The checked texts of a material: title, summary, the cleaned body, link and duration, and
/// the reading time.
struct CheckedMaterial {
    title: String,
    summary: String,
    body: String,
    video_url: Option<String>,
    duration: Option<i32>,
    required: Option<i32>,
}

fn check_material(kind: MaterialKind, input: &MaterialInput) -> AppResult<CheckedMaterial> {
    let title = rules::text("title", &input.title, 1, rules::TITLE_MAX, false)?;
    let summary = rules::text("summary", &input.summary, 0, rules::SUMMARY_MAX, true)?;
    let required = input
        .required_seconds
        .map(|s| rules::seconds("requiredSeconds", s))
        .transpose()?;
    let (body, video_url, duration) = match kind {
        MaterialKind::Article => {
            rules::text("body", &input.body, 1, rules::BODY_MAX * 2, true)?;
            let body = crate::richtext::sanitize(&input.body);
            if body.trim().is_empty() {
                return Err(AppError::field("body", "正文不能为空"));
            }
            if body.chars().count() > rules::BODY_MAX {
                return Err(AppError::field(
                    "body",
                    format!("正文最多 {} 个字符", rules::BODY_MAX),
                ));
            }
            (body, None, None)
        }
        MaterialKind::Video => {
            let url = rules::video_url(input.video_url.as_deref().unwrap_or_default())?;
            let duration = rules::seconds(
                "durationSeconds",
                input
                    .duration_seconds
                    .ok_or_else(|| AppError::field("durationSeconds", "请填写视频时长"))?,
            )?;
            (String::new(), Some(url), Some(duration))
        }
        MaterialKind::File => (String::new(), None, None),
    };
    Ok(CheckedMaterial {
        title,
        summary,
        body,
        video_url,
        duration,
        required,
    })
}

/// Publishes a material at an org (`study` write there). A file must be the author's own
/// finished upload.
pub async fn create_material(
    ctx: &Ctx,
    app: &App,
    input: MaterialInput,
) -> AppResult<MaterialView> {
    let author = me(ctx)?;
    let c = check_material(input.kind, &input)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, input.org_id, "write").await?;
    let file = match input.kind {
        MaterialKind::File => {
            let id = input
                .file_id
                .ok_or_else(|| AppError::field("fileId", "请上传文件"))?;
            Some(crate::files::attachable(&mut tx, author, id).await?.id)
        }
        _ => None,
    };
    let id = crate::new_id();
    store::insert_material(
        &mut tx,
        id,
        input.org_id,
        input.kind,
        &c.title,
        &c.summary,
        &c.body,
        c.video_url.as_deref(),
        c.duration,
        file,
        c.required,
        author,
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "study.material.create",
        "study_material",
        id,
        json!({ "title": c.title, "kind": input.kind.as_str() }),
    )
    .await?;
    let view = load_material(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Changes a material's texts, link, duration and reading time (`study` write at its org; its
/// kind, org and file stay). Progress already credited stays.
pub async fn update_material(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    input: MaterialInput,
) -> AppResult<MaterialView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_material(ctx, app, &mut tx, id).await?;
    if !view.manage {
        return Err(AppError::NotFound);
    }
    let c = check_material(view.material.kind, &input)?;
    store::update_material(
        &mut tx,
        id,
        &c.title,
        &c.summary,
        &c.body,
        c.video_url.as_deref(),
        c.duration,
        c.required,
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "study.material.update",
        "study_material",
        id,
        json!({ "title": c.title }),
    )
    .await?;
    let view = load_material(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Archives a material (`study` write at its org): it leaves the org's list and can no longer
/// be added to courses and plans; plans holding it keep it.
pub async fn archive_material(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<MaterialView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_material(ctx, app, &mut tx, id).await?;
    if !view.manage {
        return Err(AppError::NotFound);
    }
    store::archive_material(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "study.material.archive",
        "study_material",
        id,
        json!({}),
    )
    .await?;
    let view = load_material(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// One material as the viewer may see it, with a download link for a file.
pub async fn material(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<(MaterialView, Option<String>)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_material(ctx, app, &mut tx, id).await?;
    let file = match view.material.file_id {
        Some(f) => store::file(&mut tx, f).await?,
        None => None,
    };
    tx.commit().await?;
    let url = match file {
        Some(f) => Some(crate::files::download_url(app, ctx.tenant_id(), &f).await?),
        None => None,
    };
    Ok((view, url))
}

/// An org's materials, newest first (`study` read at the org).
pub async fn material_list(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    archived: bool,
    args: &PageArgs,
) -> AppResult<Page<MaterialView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = require_org(ctx, app, &mut tx, org, "read").await?;
    let (_, write) = rights(ctx, app, &path).await?;
    let rows =
        store::materials_of_org(&mut tx, org, archived, args.after_uuid()?, args.limit()).await?;
    let page = Page::from_fetch(rows, args);
    let ids: Vec<Uuid> = page.items.iter().map(|m| m.id).collect();
    let progress = match ctx.member_id() {
        Some(m) => store::progress_of(&mut tx, m, &ids).await?,
        None => vec![],
    };
    tx.commit().await?;
    Ok(Page {
        items: page
            .items
            .into_iter()
            .map(|material| MaterialView {
                progress: progress
                    .iter()
                    .find(|p| p.material_id == material.id)
                    .cloned(),
                material,
                manage: write,
            })
            .collect(),
        has_next: page.has_next,
    })
}

/// Checks a list of materials to group: 1–100, distinct, existing in this tenant (else
/// `NOT_FOUND`) and not archived.
async fn check_materials(tx: &mut TenantTx, ids: &[Uuid], field: &str) -> AppResult<()> {
    if ids.is_empty() || ids.len() > rules::ITEMS_MAX {
        return Err(AppError::field(
            field,
            format!("请选择 1–{} 项学习内容", rules::ITEMS_MAX),
        ));
    }
    let mut sorted = ids.to_vec();
    sorted.sort();
    sorted.dedup();
    if sorted.len() != ids.len() {
        return Err(AppError::field(field, "学习内容不能重复"));
    }
    let found = store::material_paths(tx, ids).await?;
    if found.len() != ids.len() {
        return Err(AppError::NotFound);
    }
    if found.iter().any(|(_, _, archived)| *archived) {
        return Err(AppError::field(field, "已归档的资料不能再加入"));
    }
    Ok(())
}

// ---- courses ----

/// Creates a course at an org (`study` write there) grouping materials in order.
pub async fn create_course(ctx: &Ctx, app: &App, input: CourseInput) -> AppResult<CourseRow> {
    let author = me(ctx)?;
    let title = rules::text("title", &input.title, 1, rules::TITLE_MAX, false)?;
    let summary = rules::text("summary", &input.summary, 0, rules::SUMMARY_MAX, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, input.org_id, "write").await?;
    check_materials(&mut tx, &input.material_ids, "materialIds").await?;
    let id = crate::new_id();
    store::insert_course(&mut tx, id, input.org_id, &title, &summary, author).await?;
    store::set_course_items(&mut tx, id, &input.material_ids).await?;
    audit::object(
        &mut tx,
        ctx,
        "study.course.create",
        "study_course",
        id,
        json!({ "title": title, "materials": input.material_ids.len() }),
    )
    .await?;
    let row = store::course(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// Changes a course's texts and materials (`study` write at its org).
pub async fn update_course(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    input: CourseInput,
) -> AppResult<CourseRow> {
    let title = rules::text("title", &input.title, 1, rules::TITLE_MAX, false)?;
    let summary = rules::text("summary", &input.summary, 0, rules::SUMMARY_MAX, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let course = store::course(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, write) = rights(ctx, app, &course.org_path).await?;
    if !write {
        return Err(AppError::NotFound);
    }
    check_materials(&mut tx, &input.material_ids, "materialIds").await?;
    store::update_course(&mut tx, id, &title, &summary).await?;
    store::set_course_items(&mut tx, id, &input.material_ids).await?;
    audit::object(
        &mut tx,
        ctx,
        "study.course.update",
        "study_course",
        id,
        json!({ "title": title, "materials": input.material_ids.len() }),
    )
    .await?;
    let row = store::course(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// An org's courses, newest first (`study` read at the org).
pub async fn course_list(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    args: &PageArgs,
) -> AppResult<Page<CourseRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, org, "read").await?;
    let rows = store::courses_of_org(&mut tx, org, args.after_uuid()?, args.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// Whether the viewer may edit the course (`study` write at its org).
pub async fn may_manage_course(ctx: &Ctx, app: &App, course: &CourseRow) -> AppResult<bool> {
    Ok(rights(ctx, app, &course.org_path).await?.1)
}

/// The materials of a course (for its page), in order, that the viewer may see through the
/// course's org or a plan.
pub async fn course_materials(
    ctx: &Ctx,
    app: &App,
    course: &CourseRow,
) -> AppResult<Vec<MaterialView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let mut out = vec![];
    for id in &course.material_ids {
        match load_material(ctx, app, &mut tx, *id).await {
            Ok(v) => out.push(v),
            Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    tx.commit().await?;
    Ok(out)
}

// ---- plans ----

/// The views of `plans` the viewer may see (officers of the plan's org, assigned members).
async fn plan_views(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    plans: Vec<super::model::PlanRow>,
) -> AppResult<Vec<PlanView>> {
    let member = ctx.member_id();
    let mut rights = RightsByPath::new(catalog::STUDY);
    let mut out = vec![];
    for plan in plans {
        let (read, write) = rights.at(&app.authz, ctx, &plan.org_path).await?;
        let assigned = match member {
            Some(m) => store::is_assigned(tx, plan.id, m).await?,
            None => false,
        };
        if !(read || write || assigned) {
            continue;
        }
        let items = store::plan_items(tx, plan.id).await?;
        let materials = store::plan_materials(tx, plan.id).await?;
        let ids: Vec<Uuid> = materials.iter().map(|(m, _, _)| *m).collect();
        let progress = match member {
            Some(m) => store::progress_of(tx, m, &ids).await?,
            None => vec![],
        };
        out.push(PlanView {
            plan,
            items,
            materials,
            progress,
            assigned,
            officer: read || write,
            manage: write,
        });
    }
    Ok(out)
}

async fn load_plan(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<PlanView> {
    let plan = store::plan(tx, id, lock).await?.ok_or(AppError::NotFound)?;
    plan_views(ctx, app, tx, vec![plan])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// The checked texts and items of a plan.
async fn check_plan(
    tx: &mut TenantTx,
    input: &PlanInput,
) -> AppResult<(String, String, Vec<Option<Uuid>>, Vec<Option<Uuid>>)> {
    let title = rules::text("title", &input.title, 1, rules::TITLE_MAX, false)?;
    let description = rules::text(
        "description",
        &input.description,
        0,
        rules::DESCRIPTION_MAX,
        true,
    )?;
    rules::deadline(input.deadline, Utc::now())?;
    if input.items.is_empty() || input.items.len() > rules::ITEMS_MAX {
        return Err(AppError::field(
            "items",
            format!("请选择 1–{} 项学习内容", rules::ITEMS_MAX),
        ));
    }
    let mut seen = vec![];
    for i in &input.items {
        if seen.contains(i) {
            return Err(AppError::field("items", "学习内容不能重复"));
        }
        seen.push(i.clone());
    }
    let (materials, courses): (Vec<Option<Uuid>>, Vec<Option<Uuid>>) = input
        .items
        .iter()
        .map(|i| match i {
            PlanItemInput::Material(m) => (Some(*m), None),
            PlanItemInput::Course(c) => (None, Some(*c)),
        })
        .unzip();
    let material_ids: Vec<Uuid> = materials.iter().flatten().copied().collect();
    let course_ids: Vec<Uuid> = courses.iter().flatten().copied().collect();
    if !material_ids.is_empty() {
        check_materials(tx, &material_ids, "items").await?;
    }
    if store::course_paths(tx, &course_ids).await?.len() != course_ids.len() {
        return Err(AppError::NotFound);
    }
    Ok((title, description, materials, courses))
}

/// Schedules the worker's reminders before the deadline (three days and one day before).
async fn schedule(
    tx: &mut TenantTx,
    ctx: &Ctx,
    id: Uuid,
    deadline: chrono::DateTime<Utc>,
) -> AppResult<()> {
    let job = DueJob {
        tenant_id: ctx.tenant_id(),
        plan_id: id,
    };
    for (days, at) in rules::reminder_times(deadline, Utc::now()) {
        jobs::enqueue(
            tx,
            DUE_TASK,
            &job,
            &JobOptions {
                job_key: Some(format!("study-remind-{days}:{id}")),
                run_at: Some(at),
                ..JobOptions::default()
            },
        )
        .await?;
    }
    Ok(())
}

/// Tells newly assigned members of a plan.
async fn tell_assigned(
    tx: &mut TenantTx,
    plan: &super::model::PlanRow,
    members: &[Uuid],
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let due = plan
        .deadline
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%m月%d日 %H:%M");
    Ok(notify::write_many(
        tx,
        members,
        &notify::Broadcast {
            kind: NOTIFICATION_KIND,
            title: &format!("新的学习计划：{}", plan.title),
            body: &format!("{} 布置，请在 {due} 前完成", plan.org_name),
            dedupe_prefix: &format!("study-plan:{}:", plan.id),
            detail: &json!({ "studyPlan": plan.id }),
        },
    )
    .await?)
}

/// Assigns a study plan: the author needs `study` write at the org and wherever the audience
/// reaches; who it is assigned to is frozen now and told; the worker's reminders are
/// scheduled.
pub async fn create_plan(ctx: &Ctx, app: &App, input: PlanInput) -> AppResult<PlanView> {
    let author = me(ctx)?;
    let audience = input.audience.clone().parse()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, input.org_id, "write").await?;
    let (title, description, materials, courses) = check_plan(&mut tx, &input).await?;
    crate::audience::rights::require(ctx, app, &mut tx, &audience, catalog::STUDY, "布置学习计划")
        .await?;
    let id = crate::new_id();
    store::insert_plan(
        &mut tx,
        id,
        input.org_id,
        &title,
        &description,
        &audience,
        input.deadline,
        author,
    )
    .await?;
    store::set_plan_items(&mut tx, id, &materials, &courses).await?;
    let members = store::freeze_audience(&mut tx, id, &audience).await?;
    if members.is_empty() {
        return Err(AppError::field("audience", "所选范围内没有成员"));
    }
    let plan = store::plan(&mut tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let written = tell_assigned(&mut tx, &plan, &members).await?;
    schedule(&mut tx, ctx, id, input.deadline).await?;
    audit::object(
        &mut tx,
        ctx,
        "study.plan.create",
        "study_plan",
        id,
        json!({ "title": title, "assigned": members.len(), "audience": audience }),
    )
    .await?;
    let view = load_plan(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// Changes an open plan (its managers): texts, deadline, items and audience; members the new
/// audience adds are told, those it leaves out are unassigned (their progress stays).
pub async fn update_plan(ctx: &Ctx, app: &App, id: Uuid, input: PlanInput) -> AppResult<PlanView> {
    let audience = input.audience.clone().parse()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_plan(ctx, app, &mut tx, id, true).await?;
    if !view.manage {
        return Err(AppError::NotFound);
    }
    if view.plan.status == PlanStatus::Closed {
        return Err(AppError::Conflict("学习计划已结束，不能修改".into()));
    }
    let (title, description, materials, courses) = check_plan(&mut tx, &input).await?;
    crate::audience::rights::require(ctx, app, &mut tx, &audience, catalog::STUDY, "布置学习计划")
        .await?;
    store::update_plan(&mut tx, id, &title, &description, &audience, input.deadline).await?;
    store::set_plan_items(&mut tx, id, &materials, &courses).await?;
    let added = store::freeze_audience(&mut tx, id, &audience).await?;
    let plan = store::plan(&mut tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    if plan.assigned == 0 {
        return Err(AppError::field("audience", "所选范围内没有成员"));
    }
    let written = tell_assigned(&mut tx, &plan, &added).await?;
    schedule(&mut tx, ctx, id, input.deadline).await?;
    audit::object(
        &mut tx,
        ctx,
        "study.plan.update",
        "study_plan",
        id,
        json!({ "title": title, "added": added.len(), "audience": audience }),
    )
    .await?;
    let view = load_plan(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// Closes a plan (its managers): no more reminders; progress can still be made.
pub async fn close_plan(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<PlanView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_plan(ctx, app, &mut tx, id, true).await?;
    if !view.manage {
        return Err(AppError::NotFound);
    }
    if view.plan.status == PlanStatus::Closed {
        return Err(AppError::Conflict("学习计划已结束".into()));
    }
    store::close_plan(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "study.plan.close",
        "study_plan",
        id,
        json!({}),
    )
    .await?;
    let view = load_plan(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// One plan, as the viewer may see it.
pub async fn plan(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<PlanView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_plan(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// An org's plans, newest first (`study` read at the org).
pub async fn plan_list(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    args: &PageArgs,
) -> AppResult<Page<PlanView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, org, "read").await?;
    let rows = store::plans_of_org(&mut tx, org, args.after_uuid()?, args.limit()).await?;
    let page = Page::from_fetch(rows, args);
    let items = plan_views(ctx, app, &mut tx, page.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

/// The plans assigned to the viewer, newest first, with their progress.
pub async fn my_plans(ctx: &Ctx, app: &App, args: &PageArgs) -> AppResult<Page<PlanView>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::plans_of_member(&mut tx, member, args.after_uuid()?, args.limit()).await?;
    let page = Page::from_fetch(rows, args);
    let items = plan_views(ctx, app, &mut tx, page.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

// ---- progress ----

/// Completes the viewer's progress on a material inside the transaction and earns its points
/// (once: a repeated completion finds the row complete, and the ledger's event key holds).
async fn complete_in(
    tx: &mut TenantTx,
    ctx: &Ctx,
    member: Uuid,
    view: &MaterialView,
) -> AppResult<()> {
    let m = &view.material;
    points::earn(
        tx,
        ctx,
        &Event {
            member_id: member,
            action: PointAction::StudyCompleted,
            source_kind: SourceKind::Study,
            source_id: m.id.to_string(),
            source_title: m.title.chars().take(200).collect(),
            occurred_at: Utc::now(),
        },
    )
    .await?;
    audit::object(
        tx,
        ctx,
        "study.complete",
        "study_material",
        m.id,
        json!({ "member": member }),
    )
    .await?;
    Ok(())
}

/// Credits `claimed` seconds (0 for an open) under the progress row's lock, completing the
/// material when it is due; returns the view after.
async fn progress_in(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    claimed: i32,
    finish: bool,
) -> AppResult<MaterialView> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_material(ctx, app, &mut tx, id).await?;
    let p = store::open(&mut tx, member, id).await?;
    let now = Utc::now();
    let credited = if claimed > 0 {
        rules::credit(claimed, p.last_reported_at, now)
    } else {
        0
    };
    let seconds = p.seconds.saturating_add(credited);
    let required = view.material.required_seconds;
    let due = p.completed_at.is_none() && rules::complete(seconds, required);
    if finish && p.completed_at.is_none() && !due {
        let left = required.unwrap_or_default() - seconds;
        return Err(AppError::Conflict(format!(
            "还需学习 {} 分 {} 秒才能完成",
            left / 60,
            left % 60
        )));
    }
    if claimed > 0 || due {
        store::credit(
            &mut tx,
            member,
            id,
            credited,
            if claimed > 0 { now } else { p.last_reported_at },
            due,
        )
        .await?;
    }
    if due {
        complete_in(&mut tx, ctx, member, &view).await?;
    }
    let view = load_material(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Opens a material (the first time starts the clock); a material asking no reading time is
/// complete once opened.
pub async fn open(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<MaterialView> {
    progress_in(ctx, app, id, 0, false).await
}

/// A heartbeat: the client claims `seconds` (1–300) of study since its last report; the
/// server credits at most the wall-clock time elapsed since the previous credited report (or
/// the open), and completes the material when the required seconds are reached.
pub async fn record_time(ctx: &Ctx, app: &App, id: Uuid, seconds: i32) -> AppResult<MaterialView> {
    rules::check_claim(seconds)?;
    progress_in(ctx, app, id, seconds, false).await
}

/// Finishes a material explicitly: complete when no reading time is asked or it was reached
/// (else a `CONFLICT` saying how long is left); a repeat is a no-op.
pub async fn finish(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<MaterialView> {
    progress_in(ctx, app, id, 0, true).await
}

// ---- the completion board, reminders, the export ----

/// The org's path when the board is narrowed to an org's sub-tree.
async fn narrow(tx: &mut TenantTx, org: Option<Uuid>) -> AppResult<Option<String>> {
    match org {
        Some(o) => Ok(Some(
            crate::org::store::path_and_name(tx, o)
                .await?
                .ok_or(AppError::NotFound)?
                .0,
        )),
        None => Ok(None),
    }
}

/// A plan's completion board by org (`study` read at the plan's org), within `org`'s
/// sub-tree when given.
pub async fn completion(
    ctx: &Ctx,
    app: &App,
    plan: Uuid,
    org: Option<Uuid>,
) -> AppResult<CompletionBoard> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_plan(ctx, app, &mut tx, plan, false).await?;
    if !view.officer {
        return Err(AppError::NotFound);
    }
    let root = narrow(&mut tx, org).await?;
    let orgs = store::completion_by_org(&mut tx, plan, root.as_deref()).await?;
    tx.commit().await?;
    Ok(CompletionBoard {
        assigned: orgs.iter().map(|o| o.assigned).sum(),
        completed: orgs.iter().map(|o| o.completed).sum(),
        orgs,
    })
}

/// A plan's completion per person, by member (officers), within `org`'s sub-tree when given,
/// only the incomplete when asked.
pub async fn completion_people(
    ctx: &Ctx,
    app: &App,
    plan: Uuid,
    org: Option<Uuid>,
    incomplete: bool,
    args: &PageArgs,
) -> AppResult<Page<PersonCompletion>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_plan(ctx, app, &mut tx, plan, false).await?;
    if !view.officer {
        return Err(AppError::NotFound);
    }
    let root = narrow(&mut tx, org).await?;
    let rows = store::completion_by_person(
        &mut tx,
        plan,
        root.as_deref(),
        incomplete,
        args.after_uuid()?,
        args.limit(),
    )
    .await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// Writes a reminder to each incomplete member, at most once per member, plan and Beijing day.
async fn remind_in(
    tx: &mut TenantTx,
    plan: &super::model::PlanRow,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let members = store::incomplete(tx, plan.id).await?;
    let due = plan
        .deadline
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%m月%d日 %H:%M");
    Ok(notify::write_many(
        tx,
        &members,
        &notify::Broadcast {
            kind: NOTIFICATION_KIND,
            title: &format!("请完成学习：{}（提醒）", plan.title),
            body: &format!("学习计划将于 {due} 截止，您还有内容未完成"),
            dedupe_prefix: &format!("study-remind:{}:{}:", plan.id, beijing_day()),
            detail: &json!({ "studyPlan": plan.id, "reminder": true }),
        },
    )
    .await?)
}

/// Reminds the incomplete members of an open plan in one click (its managers); returns how many
/// were reminded now (a member already reminded today is not reminded again).
pub async fn remind(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<usize> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_plan(ctx, app, &mut tx, id, true).await?;
    if !view.manage {
        return Err(AppError::NotFound);
    }
    if view.plan.status != PlanStatus::Open {
        return Err(AppError::Conflict("只有进行中的学习计划可以提醒".into()));
    }
    let written = remind_in(&mut tx, &view.plan).await?;
    audit::object(
        &mut tx,
        ctx,
        "study.plan.remind",
        "study_plan",
        id,
        json!({ "reminded": written.len() }),
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(written.len())
}

/// The worker's turn for a plan ([`DUE_TASK`]): reminds the incomplete members of an open plan
/// before its deadline (once per member and day). Returns what it did.
pub async fn run_due(app: &App, job: &DueJob) -> AppResult<&'static str> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(plan) = store::plan(&mut tx, job.plan_id, true).await? else {
        return Ok("gone");
    };
    let mut written = vec![];
    let done = if plan.status != PlanStatus::Open {
        "closed"
    } else if plan.deadline <= Utc::now() {
        "past the deadline"
    } else {
        written = remind_in(&mut tx, &plan).await?;
        "reminded"
    };
    tx.commit().await?;
    notify::announce(app, job.tenant_id, &written).await;
    Ok(done)
}

/// A plan's completion per person as .xlsx (`study` read at the plan's org).
pub async fn export_xlsx(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<(String, Vec<u8>)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_plan(ctx, app, &mut tx, id, false).await?;
    if !view.officer {
        return Err(AppError::NotFound);
    }
    let rows = store::completion_by_person(&mut tx, id, None, false, None, 100_000).await?;
    audit::object(
        &mut tx,
        ctx,
        "study.plan.export",
        "study_plan",
        id,
        json!({ "rows": rows.len() }),
    )
    .await?;
    tx.commit().await?;
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    sheet.set_name("学习完成情况").map_err(xl)?;
    let headers = [
        "姓名",
        "组织",
        "已完成",
        "总数",
        "学习时长（分钟）",
        "最近学习",
        "状态",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(c).unwrap_or(u16::MAX), *h)
            .map_err(xl)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let cells = [
            r.member_name.clone(),
            r.org_name.clone(),
            r.done.to_string(),
            r.total.to_string(),
            (r.seconds / 60).to_string(),
            r.last_studied_at
                .map(|t| {
                    t.with_timezone(&chrono_tz::Asia::Shanghai)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .unwrap_or_default(),
            if r.completed() {
                "已完成"
            } else {
                "未完成"
            }
            .to_string(),
        ];
        for (c, v) in cells.iter().enumerate() {
            sheet
                .write_string(row, u16::try_from(c).unwrap_or(u16::MAX), v)
                .map_err(xl)?;
        }
    }
    let bytes = book.save_to_buffer().map_err(xl)?;
    Ok((format!("学习完成情况-{}.xlsx", view.plan.title), bytes))
}

// ---- notes ----

/// Writes or edits the viewer's 心得 on a material they may see (1–2,000 characters), private
/// or shared with those who may see the material.
pub async fn save_note(
    ctx: &Ctx,
    app: &App,
    material: Uuid,
    body: &str,
    shared: bool,
) -> AppResult<NoteRow> {
    let member = me(ctx)?;
    let body = rules::text("body", body, 1, rules::NOTE_MAX, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    load_material(ctx, app, &mut tx, material).await?;
    let id = store::upsert_note(&mut tx, crate::new_id(), material, member, &body, shared).await?;
    audit::object(
        &mut tx,
        ctx,
        "study.note.save",
        "study_note",
        id,
        json!({ "material": material, "shared": shared }),
    )
    .await?;
    let row = store::note(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// The notes on a material the viewer may see: the shared ones and their own, newest first.
pub async fn notes(
    ctx: &Ctx,
    app: &App,
    material: Uuid,
    args: &PageArgs,
) -> AppResult<Page<NoteRow>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    load_material(ctx, app, &mut tx, material).await?;
    let rows = store::notes(&mut tx, material, member, args.after_uuid()?, args.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}
