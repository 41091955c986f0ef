//! An activity's album as an article draft (活动相册 → 稿件): an organiser picks photos from the
//! album — their own or those attendees added — and a column they may submit to; the draft
//! carries the activity's title, time, place, description and the captions, the photos as its
//! attachments and the first as its cover. The organiser then edits and submits it through the
//! column's ordinary review: nothing is published by this step.
//!
//! Photos others added may go into the draft because the album is already shown to the
//! activity's whole audience and the organiser answers for the activity; the draft stays the
//! organiser's, reviewed like any other article.

use super::{ActivityView, service::load, store};
use crate::publishing::{self, ArticleInput, ArticleView};
use crate::richtext::escape;
use crate::{App, AppError, AppResult, Ctx};
use uuid::Uuid;

/// Most photos a draft takes (an article's attachment limit).
pub const DRAFT_PHOTOS_MAX: usize = publishing::model::ATTACHMENTS_MAX;

/// Longest article title, in characters.
const TITLE_MAX: usize = 100;

/// A photo chosen for the draft.
struct Chosen {
    file_id: Uuid,
    caption: String,
}

/// Writes a draft article in `column` from the activity's album: `photos` (1 to
/// [`DRAFT_PHOTOS_MAX`], in the order given), or the album's first photos when none are named.
/// The activity's organisers only (`NOT_FOUND` for others); a photo not in this album:
/// `VALIDATION` on `photoIds`; an empty album: `VALIDATION` on `activityId`; a column the
/// organiser may not submit to: `FORBIDDEN`, as for any draft.
pub async fn draft_article(
    ctx: &Ctx,
    app: &App,
    activity: Uuid,
    column: Uuid,
    photos: &[Uuid],
) -> AppResult<ArticleView> {
    if photos.len() > DRAFT_PHOTOS_MAX {
        return Err(AppError::field(
            "photoIds",
            format!("一篇稿件最多带 {DRAFT_PHOTOS_MAX} 张照片"),
        ));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, activity, false).await?;
    if !view.access.manage {
        return Err(AppError::NotFound);
    }
    let album = store::photos(&mut tx, activity).await?;
    tx.commit().await?;
    let chosen: Vec<Chosen> = if photos.is_empty() {
        album
            .into_iter()
            .take(DRAFT_PHOTOS_MAX)
            .map(|p| Chosen {
                file_id: p.file_id,
                caption: p.caption,
            })
            .collect()
    } else {
        let mut out = Vec::with_capacity(photos.len());
        for (i, id) in photos.iter().enumerate() {
            if photos[..i].contains(id) {
                return Err(AppError::field(&format!("photoIds.{i}"), "照片重复"));
            }
            let p = album
                .iter()
                .find(|p| p.id == *id)
                .ok_or_else(|| AppError::field(&format!("photoIds.{i}"), "照片不在本活动相册中"))?;
            out.push(Chosen {
                file_id: p.file_id,
                caption: p.caption.clone(),
            });
        }
        out
    };
    if chosen.is_empty() {
        return Err(AppError::field("activityId", "活动相册中还没有照片"));
    }
    let files: Vec<Uuid> = chosen.iter().map(|c| c.file_id).collect();
    let input = ArticleInput {
        title: view.activity.title.chars().take(TITLE_MAX).collect(),
        body: body(&view, &chosen),
        cover_file_id: files.first().copied(),
        attachment_ids: files.clone(),
        ..ArticleInput::default()
    };
    publishing::create_article_with(ctx, app, column, input, &files).await
}

/// The draft's body: when and where, the description, and the photos' captions.
fn body(view: &ActivityView, chosen: &[Chosen]) -> String {
    let a = &view.activity;
    let when = a
        .starts_at
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y年%m月%d日 %H:%M");
    let mut html = format!(
        "<p>时间：{when}　地点：{}　组织：{}</p>",
        escape(&a.place),
        escape(&a.org_name)
    );
    for para in a.description.lines().filter(|l| !l.trim().is_empty()) {
        html.push_str(&format!("<p>{}</p>", escape(para.trim())));
    }
    let captions: Vec<&str> = chosen
        .iter()
        .map(|c| c.caption.as_str())
        .filter(|c| !c.is_empty())
        .collect();
    if !captions.is_empty() {
        html.push_str("<p>活动照片：</p><ul>");
        for c in captions {
            html.push_str(&format!("<li>{}</li>", escape(c)));
        }
        html.push_str("</ul>");
    }
    html
}
