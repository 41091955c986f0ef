//! 活动相册: photos of an activity, added once it has started by its organisers and by members
//! who attended, seen by whoever sees the activity, taken out by the organisers or by whoever
//! added them. The album holds at most [`PHOTOS_MAX`], counted under the activity's row lock.

use super::{ActivityStatus, ActivityView, service::load, store};
use crate::files::{self, FileRow};
use crate::survey::model::parse_text;
use crate::{App, AppError, AppResult, Ctx, audit};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// Most photos in one activity's album.
pub const PHOTOS_MAX: i64 = 100;
/// Most photos added at once.
pub const PHOTOS_PER_ADD: usize = 20;
/// Longest caption, in characters.
pub const CAPTION_MAX: usize = 200;

/// A photo in an album, with a fresh download link.
#[derive(Debug, Clone)]
pub struct PhotoView {
    /// Id.
    pub id: Uuid,
    /// The image.
    pub file: FileRow,
    /// Download link, valid a few minutes.
    pub url: String,
    /// Caption (may be empty).
    pub caption: String,
    /// Who added it.
    pub added_by_name: String,
    /// When.
    pub added_at: DateTime<Utc>,
    /// Whether the viewer may take it out.
    pub removable: bool,
}

/// Whether the viewer may add photos to the activity at `now`: it has started and was not
/// cancelled, and they run it or attended it.
pub fn may_add(view: &ActivityView, now: DateTime<Utc>) -> bool {
    let a = &view.activity;
    let attended = view
        .mine
        .as_ref()
        .is_some_and(|r| r.checked_in_at.is_some());
    a.status == ActivityStatus::Published && now >= a.starts_at && (view.access.manage || attended)
}

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

/// Adds the viewer's uploaded images to the album with one caption. Before the start: a
/// `VALIDATION` error on `activityId`; files that are not the viewer's ready images, repeated,
/// too many, or beyond the album's room: `VALIDATION` on `fileIds`; people who may not add:
/// `NOT_FOUND`.
pub async fn add_photos(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    file_ids: &[Uuid],
    caption: &str,
) -> AppResult<ActivityView> {
    let member = me(ctx)?;
    let caption = parse_text("caption", Some(caption), CAPTION_MAX)?;
    if caption.contains('\n') {
        return Err(AppError::field("caption", "说明只能写一行"));
    }
    if file_ids.is_empty() || file_ids.len() > PHOTOS_PER_ADD {
        return Err(AppError::field(
            "fileIds",
            format!("一次可上传 1 到 {PHOTOS_PER_ADD} 张照片"),
        ));
    }
    for (i, f) in file_ids.iter().enumerate() {
        if file_ids[..i].contains(f) {
            return Err(AppError::field(&format!("fileIds.{i}"), "照片重复"));
        }
    }
    let now = Utc::now();
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    let before_start = view.activity.status == ActivityStatus::Published
        && now < view.activity.starts_at
        && view.access.manage;
    if before_start {
        return Err(AppError::field("activityId", "活动开始后才能上传照片"));
    }
    if !may_add(&view, now) {
        return Err(AppError::NotFound);
    }
    for (i, f) in file_ids.iter().enumerate() {
        let file = files::attachable(&mut tx, member, *f)
            .await
            .map_err(|e| match e {
                AppError::Validation { message, .. } => {
                    AppError::field(&format!("fileIds.{i}"), message)
                }
                AppError::NotFound => AppError::field(&format!("fileIds.{i}"), "文件不存在"),
                other => other,
            })?;
        if !files::rules::is_image(&file.content_type) {
            return Err(AppError::field(
                &format!("fileIds.{i}"),
                format!("只能上传图片：{}", file.file_name),
            ));
        }
    }
    let room = PHOTOS_MAX - store::photo_count(&mut tx, id).await?;
    if file_ids.len() as i64 > room {
        return Err(AppError::field(
            "fileIds",
            format!(
                "每个活动最多 {PHOTOS_MAX} 张照片，还可上传 {} 张",
                room.max(0)
            ),
        ));
    }
    let added = store::add_photos(&mut tx, id, file_ids, &caption, member).await?;
    audit::object(
        &mut tx,
        ctx,
        "activity.photos.add",
        "activity",
        id,
        json!({ "added": added, "caption": caption }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// Takes a photo out of the album (the organisers, or whoever added it); anyone else, and a
/// photo already out, `NOT_FOUND`.
pub async fn remove_photo(ctx: &Ctx, app: &App, photo: Uuid) -> AppResult<ActivityView> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let p = store::photo(&mut tx, photo)
        .await?
        .ok_or(AppError::NotFound)?;
    let view = load(ctx, app, &mut tx, p.activity_id, true).await?;
    if !(view.access.manage || p.added_by == member) {
        return Err(AppError::NotFound);
    }
    store::remove_photo(&mut tx, photo, member).await?;
    audit::object(
        &mut tx,
        ctx,
        "activity.photos.remove",
        "activity",
        p.activity_id,
        json!({ "photo": photo, "file": p.file_id }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, p.activity_id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// The album of an activity the viewer sees, oldest first, each with a fresh link.
pub async fn photos(ctx: &Ctx, app: &App, view: &ActivityView) -> AppResult<Vec<PhotoView>> {
    let member = ctx.member_id();
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::photos(&mut tx, view.activity.id).await?;
    tx.commit().await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let file = FileRow {
            id: r.file_id,
            uploader_id: r.uploader_id,
            file_name: r.file_name,
            content_type: r.content_type,
            byte_size: r.byte_size,
            storage_key: r.storage_key,
            status: r.file_status,
            created_at: r.file_created_at,
        };
        let url = files::download_url(app, ctx.tenant_id(), &file).await?;
        out.push(PhotoView {
            id: r.id,
            file,
            url,
            caption: r.caption,
            added_by_name: r.added_by_name,
            added_at: r.added_at,
            removable: view.access.manage || member == Some(r.added_by),
        });
    }
    Ok(out)
}
