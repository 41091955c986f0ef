//! Minutes (纪要), resolutions and attachments; approval locks them (the database refuses any
//! later change too) and later corrections are amendments beside them.

use super::{
    AmendmentRow, MeetingView, MinutesStatus, audit_meeting, changed, load, load_managed, store,
};
use crate::{App, AppError, AppResult, Ctx, files::FileRow};
use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

/// Most resolutions on one meeting.
const RESOLUTIONS_MAX: usize = 50;
/// Most attachments on one meeting.
const ATTACHMENTS_MAX: usize = 20;

fn check_resolutions(raw: &[String]) -> AppResult<Vec<String>> {
    let list: Vec<String> = raw
        .iter()
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty())
        .collect();
    if list.len() > RESOLUTIONS_MAX {
        return Err(AppError::field("resolutions", "决议不能超过 50 条"));
    }
    if list.iter().any(|r| r.chars().count() > 1000) {
        return Err(AppError::field("resolutions", "每条决议不能超过 1000 个字"));
    }
    Ok(list)
}

/// Saves the minutes as a draft (until approved), with resolutions and attachments the
/// viewer uploaded. Only after the meeting has begun.
pub async fn save_minutes(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    minutes: &str,
    resolutions: &[String],
    attachment_ids: &[Uuid],
) -> AppResult<MeetingView> {
    let me = ctx.member_id().ok_or(AppError::Forbidden)?;
    if minutes.chars().count() > 60_000 {
        return Err(AppError::field("minutes", "纪要不能超过 60000 个字"));
    }
    let resolutions = check_resolutions(resolutions)?;
    if attachment_ids.len() > ATTACHMENTS_MAX {
        return Err(AppError::field("attachmentIds", "附件不能超过 20 个"));
    }
    let mut files = attachment_ids.to_vec();
    files.dedup();
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load_managed(ctx, app, &mut tx, id).await?;
    if view.row.minutes_status == MinutesStatus::Approved {
        return Err(AppError::Conflict(
            "纪要已审定，不能修改；如需更正请添加补充说明".into(),
        ));
    }
    if view.row.status != super::MeetingStatus::Scheduled || view.row.starts_at > Utc::now() {
        return Err(AppError::Conflict("会议尚未召开，不能填写纪要".into()));
    }
    let kept: Vec<Uuid> = store::attachments(&mut tx, id)
        .await?
        .into_iter()
        .map(|f| f.id)
        .collect();
    for f in files.iter().filter(|f| !kept.contains(f)) {
        crate::files::attachable(&mut tx, me, *f)
            .await
            .map_err(|e| match e {
                AppError::NotFound => AppError::field("attachmentIds", "附件不存在"),
                other => other,
            })?;
    }
    store::save_minutes(&mut tx, id, minutes.trim(), &resolutions).await?;
    store::replace_attachments(&mut tx, id, &files).await?;
    audit_meeting(
        &mut tx,
        ctx,
        "meeting.minutes_save",
        id,
        json!({ "resolutions": resolutions.len(), "attachments": files.len() }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    changed(app, ctx.tenant_id, id).await;
    Ok(view)
}

/// Approves the draft minutes; from now on the record is locked.
pub async fn approve_minutes(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<MeetingView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load_managed(ctx, app, &mut tx, id).await?;
    match view.row.minutes_status {
        MinutesStatus::Approved => return Err(AppError::Conflict("纪要已审定".into())),
        MinutesStatus::None => return Err(AppError::Conflict("请先填写并保存纪要".into())),
        MinutesStatus::Draft => {}
    }
    if view
        .row
        .minutes
        .as_deref()
        .is_none_or(|m| m.trim().is_empty())
    {
        return Err(AppError::field("minutes", "纪要内容为空，不能审定"));
    }
    if !store::approve(&mut tx, id, ctx.member_id()).await? {
        return Err(AppError::Conflict("纪要已审定".into()));
    }
    audit_meeting(&mut tx, ctx, "meeting.minutes_approve", id, json!({})).await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    changed(app, ctx.tenant_id, id).await;
    Ok(view)
}

/// Adds an amendment (补充说明) to approved minutes.
pub async fn amend(ctx: &Ctx, app: &App, id: Uuid, text: &str) -> AppResult<MeetingView> {
    let me = ctx.member_id().ok_or(AppError::Forbidden)?;
    let text = crate::tenancy::model::Name::parse("text", text, 5000)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load_managed(ctx, app, &mut tx, id).await?;
    if view.row.minutes_status != MinutesStatus::Approved {
        return Err(AppError::Conflict("纪要审定前请直接修改纪要".into()));
    }
    store::amend(&mut tx, id, text.as_str(), me).await?;
    audit_meeting(&mut tx, ctx, "meeting.amend", id, json!({})).await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    changed(app, ctx.tenant_id, id).await;
    Ok(view)
}

/// A meeting's attachments with download links (the caller has loaded the meeting's view).
pub async fn attachments(
    ctx: &Ctx,
    app: &App,
    view: &MeetingView,
) -> AppResult<Vec<(FileRow, String)>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let files = store::attachments(&mut tx, view.row.id).await?;
    tx.commit().await?;
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        let url = crate::files::download_url(app, ctx.tenant_id, &f).await?;
        out.push((f, url));
    }
    Ok(out)
}

/// A meeting's amendments, oldest first.
pub async fn amendments(ctx: &Ctx, app: &App, view: &MeetingView) -> AppResult<Vec<AmendmentRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::amendments(&mut tx, view.row.id).await?;
    tx.commit().await?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_resolutions_are_dropped_and_too_many_or_too_long_are_refused() {
        let kept = check_resolutions(&["  通过预备党员转正 ".into(), " ".into()]).unwrap();
        assert_eq!(kept, vec!["通过预备党员转正".to_string()]);
        assert!(check_resolutions(&vec!["x".to_string(); 51]).is_err());
        assert!(check_resolutions(&["长".repeat(1001)]).is_err());
    }
}
