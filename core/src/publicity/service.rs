//! The actions on public notices: publish (directly, or for an honour or a pipeline step),
//! object, handle an objection, close; and what the viewer may see of them.

use super::{
    model::{
        Access, BODY_MAX, BodyFormat, NOTE_MAX, NewPublicity, OBJECTION_MAX, ObjectionOutcome,
        ObjectionRow, ObjectionStatus, ObjectionView, PublicityInput, PublicityOrigin,
        PublicityOutcome, PublicityRow, PublicityStatus, PublicityView, TITLE_MAX,
    },
    rules, store,
};
use crate::audience::Audience;
use crate::db::TenantTx;
use crate::survey::model::parse_text;
use crate::tenancy::model::Name;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{RightsByPath, Scope, catalog},
    notify,
    page::{Page, PageArgs},
};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::NotFound)
}

fn beijing(t: DateTime<Utc>) -> String {
    t.with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// `party.publicity.days`: the default window of the party kinds.
pub(crate) async fn party_days(tx: &mut TenantTx) -> AppResult<i64> {
    let rule = crate::statute::get_in(tx, "party.publicity").await?;
    Ok(rule.effective()["days"].as_i64().unwrap_or(5))
}

/// The viewer's access to each of `rows`, in order: two permission checks per distinct org and
/// one statement for the viewer's audience rows.
async fn accesses(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    rows: &[PublicityRow],
) -> AppResult<Vec<Access>> {
    let member = ctx.member_id();
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let invited = match member {
        Some(m) => store::invited_to(tx, m, &ids).await?,
        None => vec![],
    };
    let mut rights = RightsByPath::new(catalog::PUBLICITY);
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let (read, write) = rights.at(&app.authz, ctx, &r.org_path).await?;
        out.push(Access {
            handler: write,
            officer: read || write,
            invited: invited.contains(&r.id),
            subject: member.is_some() && r.subject_member_id == member,
        });
    }
    Ok(out)
}

async fn views(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    rows: Vec<PublicityRow>,
) -> AppResult<Vec<PublicityView>> {
    let access = accesses(ctx, app, tx, &rows).await?;
    Ok(rows
        .into_iter()
        .zip(access)
        .filter(|(_, a)| a.visible())
        .map(|(row, access)| PublicityView { row, access })
        .collect())
}

/// One 公示 the viewer may see (else `NOT_FOUND`); `lock` takes its row lock first.
pub(crate) async fn load(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<PublicityView> {
    let row = store::get(tx, id, lock).await?.ok_or(AppError::NotFound)?;
    views(ctx, app, tx, vec![row])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// Checks the form: title, body (sanitised when rich), subject, window.
pub(crate) fn parse(
    input: PublicityInput,
    origin: PublicityOrigin,
    party_days: i64,
    now: DateTime<Utc>,
) -> AppResult<NewPublicity> {
    let title = Name::parse("title", &input.title, TITLE_MAX)?;
    let body = parse_text("body", Some(&input.body), BODY_MAX)?;
    let body = match input.body_format {
        BodyFormat::Plain => body,
        BodyFormat::Html => crate::notice::rules::sanitize(&body),
    };
    let (window_start, window_end) = rules::window(
        input.kind,
        input.window_start,
        input.window_end,
        input.days,
        party_days,
        now,
    )?;
    let mut audience = input.audience.parse()?;
    if let Some(s) = input.subject_member_id {
        // The subject reads the 公示 as its subject, never as one who may object to it.
        audience.exclude_member_ids.push(s);
        audience.exclude_member_ids.sort();
        audience.exclude_member_ids.dedup();
    }
    Ok(NewPublicity {
        org_id: input.org_id,
        kind: input.kind,
        origin,
        title: title.as_str().to_string(),
        body,
        body_format: input.body_format,
        subject_member_id: input.subject_member_id,
        subject_org_id: input.subject_org_id,
        audience,
        window_start,
        window_end,
    })
}

/// Writes a checked 公示 in the caller's transaction: freezes its audience, tells it and audits;
/// returns its id and the notifications written (announce them after commit). The caller has
/// checked the actor's rights (the pipeline and honours check their own).
pub(crate) async fn publish_in(
    tx: &mut TenantTx,
    ctx: &Ctx,
    p: &NewPublicity,
) -> AppResult<(Uuid, Vec<(Uuid, Uuid)>)> {
    let (_, org_name) = crate::org::store::path_and_name(tx, p.org_id)
        .await?
        .ok_or_else(|| AppError::field("orgId", "组织不存在"))?;
    if let Some(s) = p.subject_member_id
        && !store::member_exists(tx, s).await?
    {
        return Err(AppError::field("subjectMemberId", "成员不存在"));
    }
    if let Some(o) = p.subject_org_id
        && crate::org::store::path_and_name(tx, o).await?.is_none()
    {
        return Err(AppError::field("subjectOrgId", "组织不存在"));
    }
    let id = crate::new_id();
    let audience = serde_json::to_value(&p.audience)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("audience: {e}")))?;
    store::insert(tx, id, p, &audience, ctx.member_id()).await?;
    let members = store::freeze_audience(tx, id, &p.audience).await?;
    if members.is_empty() && p.origin == PublicityOrigin::Direct {
        return Err(AppError::field("audience", "公示范围内没有成员"));
    }
    let body = format!(
        "{org_name}公示（{}）：{}。公示期 {} 至 {}，如有异议请在公示期内提出。",
        p.kind.label(),
        p.title,
        beijing(p.window_start),
        beijing(p.window_end)
    );
    let written = crate::notify::write_many(
        tx,
        &members,
        &crate::notify::Broadcast {
            kind: "PUBLICITY",
            title: &format!("公示：{}", p.title),
            body: &body,
            dedupe_prefix: &format!("publicity:{id}:"),
            detail: &json!({ "publicity": id }),
        },
    )
    .await?;
    audit::object(
        tx,
        ctx,
        "publicity.publish",
        "publicity",
        id,
        json!({
            "kind": p.kind.as_str(),
            "origin": p.origin.as_str(),
            "subjectMemberId": p.subject_member_id,
            "subjectOrgId": p.subject_org_id,
            "windowEnd": p.window_end,
            "audience": members.len(),
        }),
    )
    .await?;
    Ok((id, written))
}

/// Publishes a 公示: the author needs `publicity` write at the org and over the audience.
pub async fn publish(ctx: &Ctx, app: &App, input: PublicityInput) -> AppResult<PublicityView> {
    me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (path, _) = crate::org::store::path_and_name(&mut tx, input.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::PUBLICITY, "write")
        .await?;
    let days = party_days(&mut tx).await?;
    let p = parse(input, PublicityOrigin::Direct, days, Utc::now())?;
    crate::audience::rights::require(
        ctx,
        app,
        &mut tx,
        &p.audience,
        catalog::PUBLICITY,
        "发布公示",
    )
    .await?;
    let (id, written) = publish_in(&mut tx, ctx, &p).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    Ok(view)
}

/// One 公示 the viewer may see.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<PublicityView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// A page of 公示, newest first: those of an org's sub-tree (`publicity` read there), or
/// without an org those the viewer is in the audience or the subject of.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    status: Option<PublicityStatus>,
    page: &PageArgs,
) -> AppResult<Page<PublicityView>> {
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = match org {
        Some(org) => {
            let path =
                crate::org::path_where(ctx, app, &mut tx, org, catalog::PUBLICITY, "read").await?;
            store::for_org(&mut tx, &path, status, after, page.limit()).await?
        }
        None => store::for_member(&mut tx, me(ctx)?, status, after, page.limit()).await?,
    };
    let fetched = rows.len();
    let mut items = views(ctx, app, &mut tx, rows).await?;
    tx.commit().await?;
    // Every row fetched is visible here (the org's officers, or the viewer's own), so the
    // page's shape follows the fetch.
    let has_next = fetched as i64 > page.first;
    items.truncate(usize::try_from(page.first).unwrap_or(usize::MAX));
    Ok(Page { items, has_next })
}

/// What the viewer may see of an objection.
fn view_of(o: ObjectionRow, access: &Access, me: Option<Uuid>) -> ObjectionView {
    let mine = me == Some(o.author_id);
    let author =
        rules::author_visible(access, o.anonymous, mine).then_some((o.author_id, o.author_name));
    ObjectionView {
        id: o.id,
        publicity_id: o.publicity_id,
        author,
        anonymous: o.anonymous,
        mine,
        text: o.text,
        status: o.status,
        handled_note: o.handled_note,
        handled_at: o.handled_at,
        created_at: o.created_at,
    }
}

/// The objections of a 公示 as the viewer may see them (none for its subject, who sees a count).
pub(crate) async fn objections_in(
    ctx: &Ctx,
    tx: &mut TenantTx,
    view: &PublicityView,
) -> AppResult<Vec<ObjectionView>> {
    if !rules::objections_visible(&view.access) {
        return Ok(vec![]);
    }
    let rows = store::objections(tx, view.row.id).await?;
    Ok(rows
        .into_iter()
        .map(|o| view_of(o, &view.access, ctx.member_id()))
        .collect())
}

/// The objections of a 公示 the viewer may see.
pub async fn objections(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Vec<ObjectionView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    let out = objections_in(ctx, &mut tx, &view).await?;
    tx.commit().await?;
    Ok(out)
}

/// Records an objection in the caller's transaction, under the 公示's row lock: the viewer must
/// be in its audience (else `NOT_FOUND`) and the window open (else `VALIDATION`). The handlers
/// (the publishing org's officers, never the subject) are told, without the author's name.
pub(crate) async fn object_in(
    tx: &mut TenantTx,
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    text: &str,
    anonymous: bool,
) -> AppResult<(ObjectionView, Vec<(Uuid, Uuid)>)> {
    let author = me(ctx)?;
    let text = parse_text("text", Some(text), OBJECTION_MAX)?;
    if text.is_empty() {
        return Err(AppError::field("text", "请填写异议内容"));
    }
    let view = load(ctx, app, tx, id, true).await?;
    if !view.access.invited {
        return Err(AppError::NotFound);
    }
    let p = &view.row;
    rules::check_objection(p.status, p.window_start, p.window_end, Utc::now())?;
    let oid = crate::new_id();
    store::insert_objection(tx, oid, id, author, anonymous, &text).await?;
    let handlers: Vec<Uuid> = crate::org::store::officers(tx, p.org_id)
        .await?
        .into_iter()
        .filter(|m| Some(*m) != p.subject_member_id && *m != author)
        .collect();
    let written = crate::notify::write_many(
        tx,
        &handlers,
        &crate::notify::Broadcast {
            kind: "PUBLICITY",
            title: &format!("公示收到异议：{}", p.title),
            body: "请在公示管理中查看并处理。",
            dedupe_prefix: &format!("publicity-objection:{oid}:"),
            detail: &json!({ "publicity": id, "objection": oid }),
        },
    )
    .await?;
    audit::object(
        tx,
        ctx,
        "publicity.object",
        "publicity",
        id,
        json!({ "objection": oid, "anonymous": anonymous }),
    )
    .await?;
    let row = store::objection(tx, oid, false)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((view_of(row, &view.access, Some(author)), written))
}

/// A member of the audience objects during the window, named or anonymously.
pub async fn object(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    text: &str,
    anonymous: bool,
) -> AppResult<ObjectionView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (view, written) = object_in(&mut tx, ctx, app, id, text, anonymous).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    Ok(view)
}

/// A handler (`publicity` write at the publishing org, not its subject) records the outcome of
/// an objection, once.
pub async fn handle(
    ctx: &Ctx,
    app: &App,
    objection: Uuid,
    outcome: ObjectionOutcome,
    note: Option<&str>,
) -> AppResult<ObjectionView> {
    let note = parse_text("note", note, NOTE_MAX)?;
    let note = (!note.is_empty()).then_some(note);
    let mut tx = app.db.begin_tenant(ctx).await?;
    let o = store::objection(&mut tx, objection, true)
        .await?
        .ok_or(AppError::NotFound)?;
    let view = load(ctx, app, &mut tx, o.publicity_id, true).await?;
    if !view.access.handler || view.access.subject {
        return Err(AppError::NotFound);
    }
    if view.row.status != PublicityStatus::Open {
        return Err(AppError::Conflict("该公示已结束".into()));
    }
    if o.status != ObjectionStatus::Pending {
        return Err(AppError::Conflict("该异议已处理".into()));
    }
    store::handle_objection(
        &mut tx,
        objection,
        outcome.status(),
        note.as_deref(),
        ctx.member_id(),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "publicity.handle",
        "publicity",
        o.publicity_id,
        json!({ "objection": objection, "outcome": outcome.as_str(), "note": note }),
    )
    .await?;
    let row = store::objection(&mut tx, objection, false)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(view_of(row, &view.access, ctx.member_id()))
}

/// Closes a 公示 in the caller's transaction (under its row lock, already checked): records the
/// outcome, audits, and tells the subject when `tell_subject`.
pub(crate) async fn close_in(
    tx: &mut TenantTx,
    ctx: &Ctx,
    row: &PublicityRow,
    outcome: PublicityOutcome,
    note: Option<&str>,
    tell_subject: bool,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    store::close(tx, row.id, outcome.status(), note, ctx.member_id()).await?;
    audit::object(
        tx,
        ctx,
        "publicity.close",
        "publicity",
        row.id,
        json!({ "outcome": outcome.as_str(), "note": note }),
    )
    .await?;
    let mut written = vec![];
    if tell_subject && let Some(subject) = row.subject_member_id {
        let label = match outcome {
            PublicityOutcome::Confirmed => "公示期满，无异议或异议不影响，已确认",
            PublicityOutcome::Withdrawn => "公示已撤回",
            PublicityOutcome::Rejected => "公示未通过",
        };
        let body = match note {
            Some(n) => format!("{label}。{n}"),
            None => format!("{label}。"),
        };
        written = crate::notify::write_many(
            tx,
            &[subject],
            &crate::notify::Broadcast {
                kind: "PUBLICITY",
                title: &format!("公示结果：{}", row.title),
                body: &body,
                dedupe_prefix: &format!("publicity-outcome:{}:", row.id),
                detail: &json!({ "publicity": row.id, "outcome": outcome.as_str() }),
            },
        )
        .await?;
    }
    Ok(written)
}

/// A handler closes a 公示: withdrawn at any time while open, confirmed or rejected after the
/// window once every objection is handled (confirmed only when none was upheld). The pipeline's
/// 公示 are closed by the upper org's decision on the step instead.
pub async fn close(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    outcome: PublicityOutcome,
    note: Option<&str>,
) -> AppResult<PublicityView> {
    let note = parse_text("note", note, NOTE_MAX)?;
    let note = (!note.is_empty()).then_some(note);
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    if !view.access.handler || view.access.subject {
        return Err(AppError::NotFound);
    }
    let p = &view.row;
    if p.origin == PublicityOrigin::Pipeline {
        return Err(AppError::field(
            "publicityId",
            "发展党员的公示由上级党组织审批时一并结束",
        ));
    }
    rules::check_close(
        p.status,
        outcome,
        p.window_end,
        p.pending_count,
        p.upheld_count,
        Utc::now(),
    )?;
    let written = close_in(&mut tx, ctx, p, outcome, note.as_deref(), true).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    Ok(view)
}

/// Closes a linked 公示 (the pipeline's) by the decision taken on what it publicised, if it is
/// still open; the subject is told by the caller.
pub(crate) async fn close_linked(
    tx: &mut TenantTx,
    ctx: &Ctx,
    id: Uuid,
    outcome: PublicityOutcome,
    note: Option<&str>,
) -> AppResult<()> {
    let row = store::get(tx, id, true).await?.ok_or(AppError::NotFound)?;
    if row.status == PublicityStatus::Open {
        close_in(tx, ctx, &row, outcome, note, false).await?;
    }
    Ok(())
}

/// Moves a 公示's window (demo data shows 公示 already past their window).
pub(crate) async fn set_window(
    tx: &mut TenantTx,
    id: Uuid,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> AppResult<()> {
    store::set_window(tx, id, start, end).await?;
    Ok(())
}

/// The audience of the pipeline's 公示: the branch's party members, the subject left out.
pub(crate) fn branch_party_members(branch: Uuid, subject: Uuid) -> Audience {
    Audience {
        orgs: vec![crate::audience::AudienceOrg {
            org_id: branch,
            include_subtree: false,
        }],
        lines: vec!["PARTY".into()],
        roles: vec![],
        political_statuses: vec!["FULL_MEMBER".into(), "PROBATIONARY".into()],
        member_ids: vec![],
        exclude_member_ids: vec![subject],
    }
}
