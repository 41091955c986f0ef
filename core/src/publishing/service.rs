//! The actions of publishing: columns; writing, submitting, reviewing, publishing (now or
//! scheduled) and withdrawing articles; reading (views counted once), likes, comments with the
//! author's reply and moderation; contributor statistics and their export; the public page.

use super::{
    ArticleAccess, ArticleRow, ArticleView, AttachmentView, ColumnAccess, ColumnRow, ColumnView,
    CommentRow, ContributorStatistics, EventRow, OrgLine, PUBLISH_TASK, PublicArticle, PublishJob,
    model::{
        ArticleAction, ArticleInput, ArticleStatus, COMMENT_MAX, ColumnInput, NOTE_MAX, NewArticle,
        NewColumn, Period, ReviewDecision, required, text,
    },
    rules, store,
};
use crate::db::TenantTx;
use crate::page::{Page, PageArgs};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    jobs::{self, JobOptions},
    notify,
};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// Most articles in the review queue or the author's list.
pub const LIST_MAX: i64 = 100;
/// Most articles on the public page.
pub const PUBLIC_MAX: i64 = 50;

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

fn scope_of(c: &ColumnRow) -> Scope {
    match &c.org_path {
        Some(p) => Scope::Org(p.clone()),
        None => Scope::Tenant,
    }
}

/// The viewer's rights over columns, asked once per column.
#[derive(Default)]
struct Rights {
    seen: Vec<(Uuid, ColumnAccess)>,
    anywhere: Option<(bool, bool)>,
}

impl Rights {
    async fn of(&mut self, ctx: &Ctx, app: &App, c: &ColumnRow) -> AppResult<ColumnAccess> {
        if let Some((_, a)) = self.seen.iter().find(|(id, _)| *id == c.id) {
            return Ok(*a);
        }
        let scope = scope_of(c);
        let obj = catalog::PUBLISHING;
        let read = app.authz.allowed(ctx, &scope, obj, "read").await?;
        let write = app.authz.allowed(ctx, &scope, obj, "write").await?;
        let review = app.authz.allowed(ctx, &scope, obj, "review").await?;
        // The unit's columns take contributions from 信息员 and officers of any org.
        let (write_any, review_any) = if c.org_id.is_none() {
            match self.anywhere {
                Some(w) => w,
                None => {
                    let w = (
                        write
                            || !crate::authz::service::granted_org_paths(ctx, app, obj, "write")
                                .await?
                                .is_empty(),
                        review
                            || !crate::authz::service::granted_org_paths(ctx, app, obj, "review")
                                .await?
                                .is_empty(),
                    );
                    self.anywhere = Some(w);
                    w
                }
            }
        } else {
            (write, review)
        };
        let access = ColumnAccess {
            submit: ctx.member_id().is_some()
                && rules::may_submit(c.submit_policy, write_any, review_any),
            review,
            read: read || review,
        };
        self.seen.push((c.id, access));
        Ok(access)
    }
}

/// The views of articles the viewer may see: the author and contributor always; reviewers and
/// `publishing` readers of the column once submitted; readers when published and in its
/// audience.
async fn views(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    rows: Vec<ArticleRow>,
) -> AppResult<Vec<ArticleView>> {
    let member = ctx.member_id();
    let mut rights = Rights::default();
    let mut columns: Vec<ColumnRow> = vec![];
    let mut out = vec![];
    for article in rows {
        let column = match columns.iter().find(|c| c.id == article.column_id) {
            Some(c) => c.clone(),
            None => {
                let Some(c) = store::column(tx, article.column_id).await? else {
                    continue;
                };
                columns.push(c.clone());
                c
            }
        };
        let c = rights.of(ctx, app, &column).await?;
        let author = member.is_some()
            && (Some(article.author_id) == member || Some(article.contributor_id) == member);
        let reader = article.status == ArticleStatus::Published && article.in_audience;
        let officer = (c.review || c.read) && article.status != ArticleStatus::Draft;
        if !(author || reader || officer) {
            continue;
        }
        out.push(ArticleView {
            article,
            column,
            access: ArticleAccess {
                review: c.review,
                author,
                reader,
            },
        });
    }
    Ok(out)
}

async fn load(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<ArticleView> {
    let row = store::get(tx, ctx.member_id(), id, lock)
        .await?
        .ok_or(AppError::NotFound)?;
    views(ctx, app, tx, vec![row])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

async fn load_reviewed(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<ArticleView> {
    let v = load(ctx, app, tx, id, true).await?;
    if !v.access.review {
        return Err(AppError::NotFound);
    }
    Ok(v)
}

/// Who reviews a column: the officers of its org, or the unit's administrators.
async fn reviewers(tx: &mut TenantTx, c: &ColumnRow) -> AppResult<Vec<Uuid>> {
    Ok(match c.org_id {
        Some(org) => crate::org::officers(tx, org).await?,
        None => store::tenant_admins(tx).await?,
    })
}

/// The author and the contributor, once.
fn writers(a: &ArticleRow) -> Vec<Uuid> {
    let mut v = vec![a.author_id];
    if a.contributor_id != a.author_id {
        v.push(a.contributor_id);
    }
    v
}

async fn event(
    tx: &mut TenantTx,
    ctx: &Ctx,
    a: &ArticleRow,
    action: ArticleAction,
    from: Option<ArticleStatus>,
    note: &str,
) -> AppResult<()> {
    store::insert_event(tx, a.id, action, from, a.status, ctx.member_id(), note).await?;
    audit::object(
        tx,
        ctx,
        &format!("article.{}", action.as_str().to_ascii_lowercase()),
        "article",
        a.id,
        json!({ "from": from.map(|s| s.as_str()), "to": a.status.as_str(), "note": note }),
    )
    .await?;
    Ok(())
}

// ---- columns ----

async fn column_view(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<ColumnView> {
    let column = store::column(tx, id).await?.ok_or(AppError::NotFound)?;
    let access = Rights::default().of(ctx, app, &column).await?;
    Ok(ColumnView { column, access })
}

/// Creates a column owned by an org (or the whole unit without one); the creator needs
/// `publishing` `review` there.
pub async fn create_column(ctx: &Ctx, app: &App, input: ColumnInput) -> AppResult<ColumnView> {
    let c = NewColumn::parse(input)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scope = match c.org_id {
        Some(org) => {
            let (path, _) = crate::org::store::path_and_name(&mut tx, org)
                .await?
                .ok_or(AppError::NotFound)?;
            Scope::Org(path)
        }
        None => Scope::Tenant,
    };
    app.authz
        .require_visible(ctx, &scope, catalog::PUBLISHING, "review")
        .await?;
    let id = crate::new_id();
    store::insert_column(&mut tx, id, &c).await?;
    audit::object(
        &mut tx,
        ctx,
        "publishing.column.create",
        "publishing_column",
        id,
        json!({ "name": c.name, "org": c.org_id, "public": c.is_public }),
    )
    .await?;
    let view = column_view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Changes a column's name, description, submit policy, second review and public flag (its
/// reviewers).
pub async fn update_column(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    input: ColumnInput,
) -> AppResult<ColumnView> {
    let c = NewColumn::parse(input)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = column_view(ctx, app, &mut tx, id).await?;
    if !view.access.review {
        return Err(AppError::NotFound);
    }
    store::update_column(&mut tx, id, &c).await?;
    audit::object(
        &mut tx,
        ctx,
        "publishing.column.update",
        "publishing_column",
        id,
        json!({ "name": c.name, "policy": c.submit_policy.as_str(),
                "secondReview": c.second_review, "public": c.is_public }),
    )
    .await?;
    let view = column_view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Archives a column (its reviewers): it leaves the list, takes no more submissions and its
/// articles are no longer shown, until it is restored. Refused while any of its articles waits
/// for review or publication: those must be decided or withdrawn first.
pub async fn archive_column(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ColumnView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let column = store::lock_column(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = Rights::default().of(ctx, app, &column).await?;
    if !access.review || column.archived_at.is_some() {
        return Err(AppError::NotFound);
    }
    let waiting = store::in_flight(&mut tx, id).await?;
    if waiting > 0 {
        return Err(AppError::Conflict(format!(
            "栏目中还有 {waiting} 篇稿件在审核或待发布，请先处理后再归档"
        )));
    }
    store::set_archived(&mut tx, id, true).await?;
    audit::object(
        &mut tx,
        ctx,
        "publishing.column.archive",
        "publishing_column",
        id,
        json!({ "name": column.name }),
    )
    .await?;
    let column = store::lock_column(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(ColumnView { column, access })
}

/// Brings an archived column (and its articles) back (its reviewers).
pub async fn restore_column(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ColumnView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let column = store::lock_column(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = Rights::default().of(ctx, app, &column).await?;
    if !access.review || column.archived_at.is_none() {
        return Err(AppError::NotFound);
    }
    store::set_archived(&mut tx, id, false).await?;
    audit::object(
        &mut tx,
        ctx,
        "publishing.column.restore",
        "publishing_column",
        id,
        json!({ "name": column.name }),
    )
    .await?;
    let view = column_view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// The archived columns the viewer reviews, latest archived first.
pub async fn archived_columns(ctx: &Ctx, app: &App) -> AppResult<Vec<ColumnView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::archived_columns(&mut tx).await?;
    let mut rights = Rights::default();
    let mut out = vec![];
    for column in rows {
        let access = rights.of(ctx, app, &column).await?;
        if access.review {
            out.push(ColumnView { column, access });
        }
    }
    tx.commit().await?;
    Ok(out)
}

/// The tenant's columns with the viewer's rights.
pub async fn columns(ctx: &Ctx, app: &App) -> AppResult<Vec<ColumnView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::columns(&mut tx).await?;
    let mut rights = Rights::default();
    let mut out = vec![];
    for column in rows {
        let access = rights.of(ctx, app, &column).await?;
        out.push(ColumnView { column, access });
    }
    tx.commit().await?;
    Ok(out)
}

/// One column.
pub async fn column(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ColumnView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let v = column_view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(v)
}

// ---- writing ----

/// Checks an article form against the tenant: the files are the author's own finished
/// uploads (the cover an image), the contributor and the visibility org exist, and only a
/// public column's article may be shown on the public page.
async fn check_article(
    tx: &mut TenantTx,
    author: Uuid,
    column: &ColumnRow,
    a: &NewArticle,
    keep_files: &[Uuid],
) -> AppResult<Uuid> {
    if let Some(cover) = a.cover_file_id
        && !keep_files.contains(&cover)
    {
        let f = crate::files::attachable(tx, author, cover)
            .await
            .map_err(|e| match e {
                AppError::NotFound => AppError::field("coverFileId", "封面图片不存在"),
                other => other,
            })?;
        if !f.content_type.starts_with("image/") {
            return Err(AppError::field("coverFileId", "封面必须是图片"));
        }
    }
    for f in &a.attachment_ids {
        if keep_files.contains(f) {
            continue;
        }
        crate::files::attachable(tx, author, *f)
            .await
            .map_err(|e| match e {
                AppError::NotFound => AppError::field("attachmentIds", "附件不存在"),
                other => other,
            })?;
    }
    let contributor = a.contributor_id.unwrap_or(author);
    if !store::active_member(tx, contributor).await? {
        return Err(AppError::field("contributorId", "信息员不存在"));
    }
    if let Some(org) = a.visibility_org_id
        && crate::org::store::path_and_name(tx, org).await?.is_none()
    {
        return Err(AppError::field("visibilityOrgId", "所选组织不存在"));
    }
    if a.is_public && !column.is_public {
        return Err(AppError::field(
            "isPublic",
            "只有公开栏目的稿件可以在公开页展示",
        ));
    }
    Ok(contributor)
}

/// Writes a draft in a column the viewer may submit to.
pub async fn create_article(
    ctx: &Ctx,
    app: &App,
    column: Uuid,
    input: ArticleInput,
) -> AppResult<ArticleView> {
    create_article_with(ctx, app, column, input, &[]).await
}

/// [`create_article`] where `vetted` files may be others' uploads: the caller has checked
/// that the author may publish them (an activity's organiser, its album's photos).
pub(crate) async fn create_article_with(
    ctx: &Ctx,
    app: &App,
    column: Uuid,
    input: ArticleInput,
    vetted: &[Uuid],
) -> AppResult<ArticleView> {
    let author = me(ctx)?;
    let a = NewArticle::parse(input)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let col = column_view(ctx, app, &mut tx, column).await?;
    if !col.access.submit {
        return Err(AppError::Denied("您无权向本栏目投稿".into()));
    }
    let contributor = check_article(&mut tx, author, &col.column, &a, vetted).await?;
    let id = crate::new_id();
    store::insert_article(&mut tx, id, column, &a, author, contributor).await?;
    store::set_attachments(&mut tx, id, &a.attachment_ids).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    event(&mut tx, ctx, &view.article, ArticleAction::Create, None, "").await?;
    tx.commit().await?;
    Ok(view)
}

/// The author rewrites a draft or a returned article.
pub async fn update_article(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    input: ArticleInput,
) -> AppResult<ArticleView> {
    let author = me(ctx)?;
    let a = NewArticle::parse(input)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    if view.article.author_id != author {
        return Err(AppError::NotFound);
    }
    if !view.article.status.editable() {
        return Err(AppError::Conflict("只有草稿或退回的稿件可以修改".into()));
    }
    let kept: Vec<Uuid> = store::files(&mut tx, id, view.article.cover_file_id)
        .await?
        .into_iter()
        .map(|f| f.id)
        .collect();
    let contributor = check_article(&mut tx, author, &view.column, &a, &kept).await?;
    store::update_article(&mut tx, id, &a, contributor).await?;
    store::set_attachments(&mut tx, id, &a.attachment_ids).await?;
    audit::object(
        &mut tx,
        ctx,
        "article.update",
        "article",
        id,
        json!({ "title": a.title }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// The author submits for review, stating that nothing in it is confidential (`true` is
/// refused: 涉密内容不得上网发布) and passing the tenant's sensitive-word list; the reviewers are
/// told.
pub async fn submit(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    confidential: Option<bool>,
) -> AppResult<ArticleView> {
    let author = me(ctx)?;
    rules::check_confidential(confidential)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    if view.article.author_id != author {
        return Err(AppError::NotFound);
    }
    if !view.article.status.editable() {
        return Err(AppError::Conflict("稿件已提交".into()));
    }
    // Archiving waits for this submission, or this waits and finds the column gone.
    if !store::share_column(&mut tx, view.column.id).await? {
        return Err(AppError::NotFound);
    }
    let col = Rights::default().of(ctx, app, &view.column).await?;
    if !col.submit {
        return Err(AppError::Denied("您无权向本栏目投稿".into()));
    }
    let words = store::words(&mut tx).await?;
    rules::check_words(
        &view.article.title,
        &crate::richtext::plain_text(&view.article.body_html),
        &words,
    )?;
    let from = view.article.status;
    let mut a = view.article.clone();
    a.status = ArticleStatus::Submitted;
    a.submitted_at = Some(Utc::now());
    a.first_reviewer_id = None;
    a.return_note = None;
    store::save_state(&mut tx, &a).await?;
    event(&mut tx, ctx, &a, ArticleAction::Submit, Some(from), "").await?;
    let to: Vec<Uuid> = reviewers(&mut tx, &view.column)
        .await?
        .into_iter()
        .filter(|m| *m != author)
        .collect();
    let written = crate::notify::write_many(
        &mut tx,
        &to,
        &crate::notify::Broadcast {
            kind: "ARTICLE",
            title: &format!("待审核稿件：{}", a.title),
            body: &format!("{} 向「{}」投稿，请审核", a.author_name, view.column.name),
            dedupe_prefix: &format!("article-submitted:{id}:{}:", crate::new_id()),
            detail: &json!({ "article": id, "status": a.status.as_str() }),
        },
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// A reviewer approves (to the second review when the column asks for one) or returns with
/// a note; the author is told.
pub async fn review(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    decision: ReviewDecision,
    note: Option<&str>,
) -> AppResult<ArticleView> {
    let reviewer = me(ctx)?;
    let note = text("note", note, NOTE_MAX)?;
    if decision == ReviewDecision::Return && note.is_empty() {
        return Err(AppError::field("note", "退回时请填写修改意见"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_reviewed(ctx, app, &mut tx, id).await?;
    let from = view.article.status;
    let (to, action) = rules::review(
        from,
        view.column.second_review,
        decision,
        reviewer,
        view.article.first_reviewer_id,
    )?;
    let mut a = view.article.clone();
    a.status = to;
    match to {
        ArticleStatus::SecondReview => a.first_reviewer_id = Some(reviewer),
        ArticleStatus::Returned => a.return_note = Some(note.clone()),
        _ => {}
    }
    store::save_state(&mut tx, &a).await?;
    event(&mut tx, ctx, &a, action, Some(from), &note).await?;
    let (title, body) = match to {
        ArticleStatus::Returned => (format!("稿件被退回：{}", a.title), note.clone()),
        ArticleStatus::SecondReview => (
            format!("稿件初审通过：{}", a.title),
            "已进入复审".to_string(),
        ),
        _ => (
            format!("稿件审核通过：{}", a.title),
            "稿件已通过审核，等待发布".to_string(),
        ),
    };
    let mut written = crate::notify::write_many(
        &mut tx,
        &writers(&a),
        &crate::notify::Broadcast {
            kind: "ARTICLE",
            title: &title,
            body: &body,
            dedupe_prefix: &format!("article-reviewed:{id}:{}:", crate::new_id()),
            detail: &json!({ "article": id, "status": to.as_str() }),
        },
    )
    .await?;
    if to == ArticleStatus::SecondReview {
        let others: Vec<Uuid> = reviewers(&mut tx, &view.column)
            .await?
            .into_iter()
            .filter(|m| *m != reviewer)
            .collect();
        written.extend(
            crate::notify::write_many(
                &mut tx,
                &others,
                &crate::notify::Broadcast {
                    kind: "ARTICLE",
                    title: &format!("待复审稿件：{}", a.title),
                    body: "稿件已初审通过，请复审",
                    dedupe_prefix: &format!("article-second:{id}:{}:", crate::new_id()),
                    detail: &json!({ "article": id, "status": to.as_str() }),
                },
            )
            .await?,
        );
    }
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// Publishes now (the caller holds the row lock): records the adoption once, and tells the
/// author and the contributor.
async fn publish_now(
    tx: &mut TenantTx,
    ctx: &Ctx,
    mut a: ArticleRow,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let from = a.status;
    a.status = ArticleStatus::Published;
    a.published_at = Some(Utc::now());
    a.publish_at = None;
    a.withdraw_reason = None;
    store::save_state(tx, &a).await?;
    store::insert_adoption(tx, a.id, a.contributor_id, a.column_id).await?;
    crate::points::earn(
        tx,
        ctx,
        &crate::points::Event {
            member_id: a.contributor_id,
            action: crate::points::PointAction::ArticleAdopted,
            source_kind: crate::points::SourceKind::Article,
            source_id: a.id.to_string(),
            source_title: a.title.clone(),
            occurred_at: Utc::now(),
        },
    )
    .await?;
    event(tx, ctx, &a, ArticleAction::Publish, Some(from), "").await?;
    Ok(crate::notify::write_many(
        tx,
        &writers(&a),
        &crate::notify::Broadcast {
            kind: "ARTICLE",
            title: &format!("稿件已发布：{}", a.title),
            body: &format!("您的稿件已在「{}」发布", a.column_name),
            dedupe_prefix: &format!("article-published:{}:", a.id),
            detail: &json!({ "article": a.id, "status": "PUBLISHED" }),
        },
    )
    .await?)
}

/// A reviewer publishes an approved article now, or at `publish_at` (the worker's
/// [`PUBLISH_TASK`]); `is_public` shows it on the public page (public columns only).
pub async fn publish(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    publish_at: Option<DateTime<Utc>>,
    is_public: Option<bool>,
) -> AppResult<ArticleView> {
    let now = Utc::now();
    let at = rules::schedule(publish_at, now)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_reviewed(ctx, app, &mut tx, id).await?;
    if !rules::publishable(view.article.status) {
        return Err(AppError::Conflict("稿件尚未通过审核".into()));
    }
    let mut a = view.article.clone();
    if let Some(p) = is_public {
        if p && !view.column.is_public {
            return Err(AppError::field(
                "isPublic",
                "只有公开栏目的稿件可以在公开页展示",
            ));
        }
        a.is_public = p;
    }
    let written = match at {
        Some(t) => {
            let from = a.status;
            a.status = ArticleStatus::Scheduled;
            a.publish_at = Some(t);
            store::save_state(&mut tx, &a).await?;
            jobs::enqueue(
                &mut tx,
                PUBLISH_TASK,
                &PublishJob {
                    tenant_id: ctx.tenant_id(),
                    article_id: id,
                },
                &JobOptions {
                    job_key: Some(format!("article-publish:{id}")),
                    run_at: Some(t),
                    ..JobOptions::default()
                },
            )
            .await?;
            event(&mut tx, ctx, &a, ArticleAction::Schedule, Some(from), "").await?;
            vec![]
        }
        None => publish_now(&mut tx, ctx, a).await?,
    };
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// The worker's turn ([`PUBLISH_TASK`]): publishes a scheduled article whose time has come.
pub async fn run_scheduled(app: &App, job: &PublishJob) -> AppResult<&'static str> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(a) = store::get(&mut tx, None, job.article_id, true).await? else {
        return Ok("gone");
    };
    if a.status != ArticleStatus::Scheduled {
        tx.commit().await?;
        return Ok("not scheduled");
    }
    if a.publish_at.is_some_and(|t| t > Utc::now()) {
        tx.commit().await?;
        return Ok("not yet");
    }
    let written = publish_now(&mut tx, &ctx, a).await?;
    tx.commit().await?;
    notify::announce(app, job.tenant_id, &written).await;
    Ok("published")
}

/// A reviewer withdraws a published (or scheduled) article with a reason; the author is told.
pub async fn withdraw(ctx: &Ctx, app: &App, id: Uuid, reason: &str) -> AppResult<ArticleView> {
    let reason = required("reason", reason, NOTE_MAX, "请填写撤回原因")?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_reviewed(ctx, app, &mut tx, id).await?;
    if !rules::withdrawable(view.article.status) {
        return Err(AppError::Conflict(
            "只有已发布或定时发布的稿件可以撤回".into(),
        ));
    }
    let from = view.article.status;
    let mut a = view.article.clone();
    a.status = ArticleStatus::Withdrawn;
    a.withdraw_reason = Some(reason.clone());
    a.publish_at = None;
    store::save_state(&mut tx, &a).await?;
    event(
        &mut tx,
        ctx,
        &a,
        ArticleAction::Withdraw,
        Some(from),
        &reason,
    )
    .await?;
    let written = crate::notify::write_many(
        &mut tx,
        &writers(&a),
        &crate::notify::Broadcast {
            kind: "ARTICLE",
            title: &format!("稿件已撤回：{}", a.title),
            body: &reason,
            dedupe_prefix: &format!("article-withdrawn:{id}:{}:", crate::new_id()),
            detail: &json!({ "article": id, "status": "WITHDRAWN" }),
        },
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

// ---- reading ----

/// One article the viewer may see; a reader's first visit counts one view (once per member,
/// whatever the concurrency).
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ArticleView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let mut view = load(ctx, app, &mut tx, id, false).await?;
    if view.access.reader
        && let Some(m) = ctx.member_id()
        && store::record_view(&mut tx, id, m).await?
    {
        view.article.view_count += 1;
    }
    tx.commit().await?;
    Ok(view)
}

/// Parses a search: trimmed, at most 50 characters, as a literal LIKE pattern; empty: none.
fn search_pattern(raw: Option<&str>) -> AppResult<Option<String>> {
    let t = text("search", raw, 50)?;
    if t.is_empty() {
        return Ok(None);
    }
    let escaped: String = t
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    Ok(Some(format!("%{escaped}%")))
}

/// The cursor key of an article in a column's list.
pub fn article_cursor(a: &ArticleRow) -> String {
    format!(
        "{}|{}",
        a.published_at.map(|t| t.timestamp_micros()).unwrap_or(0),
        a.id
    )
}

fn parse_key(after: Option<&str>) -> AppResult<Option<(DateTime<Utc>, Uuid)>> {
    let Some(k) = after else { return Ok(None) };
    let bad = || AppError::field("after", "无效的游标");
    let (t, id) = k.split_once('|').ok_or_else(bad)?;
    let t = DateTime::from_timestamp_micros(t.parse().map_err(|_| bad())?).ok_or_else(bad)?;
    Ok(Some((t, id.parse().map_err(|_| bad())?)))
}

/// The published articles of a column that reach the viewer, newest first, optionally
/// searched in their title and text.
pub async fn articles(
    ctx: &Ctx,
    app: &App,
    column: Uuid,
    search: Option<&str>,
    page: &PageArgs,
) -> AppResult<Page<ArticleView>> {
    let member = me(ctx)?;
    let pattern = search_pattern(search)?;
    let after = parse_key(page.after.as_deref())?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::column(&mut tx, column)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = store::published(
        &mut tx,
        member,
        column,
        pattern.as_deref(),
        after,
        page.limit(),
    )
    .await?;
    let fetched = Page::from_fetch(rows, page);
    let items = views(ctx, app, &mut tx, fetched.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: fetched.has_next,
    })
}

/// Articles waiting for the viewer's review or publishing, oldest submission first.
pub async fn review_queue(ctx: &Ctx, app: &App) -> AppResult<Vec<ArticleView>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::in_review(&mut tx, member).await?;
    let items: Vec<ArticleView> = views(ctx, app, &mut tx, rows)
        .await?
        .into_iter()
        .filter(|v| v.access.review)
        .take(usize::try_from(LIST_MAX).unwrap_or(100))
        .collect();
    tx.commit().await?;
    Ok(items)
}

/// The viewer's own articles (written or credited), latest change first.
pub async fn my_articles(ctx: &Ctx, app: &App) -> AppResult<Vec<ArticleView>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::of_member(&mut tx, member, LIST_MAX).await?;
    let items = views(ctx, app, &mut tx, rows).await?;
    tx.commit().await?;
    Ok(items)
}

/// An article's history (its writers, reviewers and `publishing` readers).
pub async fn history(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Vec<EventRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let v = load(ctx, app, &mut tx, id, false).await?;
    if !(v.access.author || v.access.review) {
        return Err(AppError::NotFound);
    }
    let rows = store::events(&mut tx, id).await?;
    tx.commit().await?;
    Ok(rows)
}

/// An article's cover and attachments with fresh download links (whoever may see it).
pub async fn article_attachments(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Vec<AttachmentView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let v = load(ctx, app, &mut tx, id, false).await?;
    let files = store::files(&mut tx, id, v.article.cover_file_id).await?;
    tx.commit().await?;
    let mut out = vec![];
    for f in files {
        let url = crate::files::download_url(app, ctx.tenant_id(), &f).await?;
        out.push(AttachmentView {
            file_id: f.id,
            cover: Some(f.id) == v.article.cover_file_id,
            file_name: f.file_name,
            content_type: f.content_type,
            byte_size: f.byte_size,
            url,
        });
    }
    Ok(out)
}

async fn load_read(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<ArticleView> {
    let v = load(ctx, app, tx, id, false).await?;
    if !v.access.reader {
        return Err(match v.article.status {
            ArticleStatus::Published => AppError::NotFound,
            _ => AppError::Conflict("稿件尚未发布".into()),
        });
    }
    Ok(v)
}

/// Likes (`on`) or takes the like back; once per member.
pub async fn like(ctx: &Ctx, app: &App, id: Uuid, on: bool) -> AppResult<ArticleView> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    load_read(ctx, app, &mut tx, id).await?;
    if on {
        store::like(&mut tx, id, member).await?;
    } else {
        store::unlike(&mut tx, id, member).await?;
    }
    let v = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(v)
}

/// A reader comments (跟帖/心得) while comments are open; the tenant's sensitive words are
/// refused.
pub async fn comment(ctx: &Ctx, app: &App, id: Uuid, body: &str) -> AppResult<CommentRow> {
    let member = me(ctx)?;
    let body = required("body", body, COMMENT_MAX, "请填写评论内容")?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let v = load_read(ctx, app, &mut tx, id).await?;
    if !v.article.comments_open {
        return Err(AppError::Conflict("本文已关闭评论".into()));
    }
    let words = store::words(&mut tx).await?;
    rules::check_words("", &body, &words)?;
    let cid = crate::new_id();
    store::insert_comment(&mut tx, cid, id, member, &body).await?;
    audit::object(
        &mut tx,
        ctx,
        "article.comment",
        "article",
        id,
        json!({ "comment": cid }),
    )
    .await?;
    let row = store::comment(&mut tx, cid)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// A comment and its article as the viewer sees them (hidden comments for reviewers only).
async fn load_comment(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<(CommentRow, ArticleView)> {
    let c = store::comment(tx, id).await?.ok_or(AppError::NotFound)?;
    let v = load(ctx, app, tx, c.article_id, false).await?;
    if !(v.access.reader || v.access.review || v.access.author) || (c.hidden && !v.access.review) {
        return Err(AppError::NotFound);
    }
    Ok((c, v))
}

/// The article's author (or contributor) replies to a comment; the commenter is told.
pub async fn reply(ctx: &Ctx, app: &App, id: Uuid, body: &str) -> AppResult<CommentRow> {
    let member = me(ctx)?;
    let body = required("body", body, COMMENT_MAX, "请填写回复内容")?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (c, v) = load_comment(ctx, app, &mut tx, id).await?;
    if !v.access.author {
        return Err(AppError::NotFound);
    }
    store::set_reply(&mut tx, id, &body, member).await?;
    audit::object(
        &mut tx,
        ctx,
        "article.reply",
        "article",
        v.article.id,
        json!({ "comment": id }),
    )
    .await?;
    let written = if c.author_id == member {
        vec![]
    } else {
        crate::notify::write_many(
            &mut tx,
            &[c.author_id],
            &crate::notify::Broadcast {
                kind: "ARTICLE",
                title: &format!("作者回复了您的评论：{}", v.article.title),
                body: &body.chars().take(100).collect::<String>(),
                dedupe_prefix: &format!("article-reply:{id}:{}:", crate::new_id()),
                detail: &json!({ "article": v.article.id, "comment": id }),
            },
        )
        .await?
    };
    let row = store::comment(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(row)
}

/// A reviewer of the column hides (or shows again) a comment.
pub async fn hide_comment(ctx: &Ctx, app: &App, id: Uuid, hidden: bool) -> AppResult<CommentRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, v) = load_comment(ctx, app, &mut tx, id).await?;
    if !v.access.review {
        return Err(AppError::NotFound);
    }
    store::set_comment_hidden(&mut tx, id, hidden, ctx.member_id()).await?;
    audit::object(
        &mut tx,
        ctx,
        "article.comment.hide",
        "article",
        v.article.id,
        json!({ "comment": id, "hidden": hidden }),
    )
    .await?;
    let row = store::comment(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// A reader reports a comment to the moderation queue (the column's org, or the unit's root
/// org).
pub async fn report_comment(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    reason: &str,
) -> AppResult<crate::moderation::ReportOutcome> {
    crate::moderation::service::report(
        ctx,
        app,
        crate::moderation::ContentKind::ArticleComment,
        id,
        reason,
    )
    .await
}

/// What moderation needs of a reported comment: the queue's org, the comment's author and text.
pub(crate) async fn reportable_comment(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<(Uuid, Uuid, String)> {
    let (c, v) = load_comment(ctx, app, tx, id).await?;
    let org = match v.column.org_id {
        Some(o) => o,
        None => store::root_org(tx).await?.ok_or(AppError::NotFound)?,
    };
    Ok((org, c.author_id, c.body))
}

/// Hides or shows a comment for moderation.
pub(crate) async fn set_comment_hidden(
    tx: &mut TenantTx,
    id: Uuid,
    hidden: bool,
    by: Option<Uuid>,
) -> AppResult<()> {
    store::set_comment_hidden(tx, id, hidden, by).await?;
    Ok(())
}

/// An article's comments, oldest first (hidden ones for its reviewers, marked).
pub async fn comments(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    page: &PageArgs,
) -> AppResult<Page<CommentRow>> {
    let after = parse_key(page.after.as_deref())?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let v = load(ctx, app, &mut tx, id, false).await?;
    let rows = store::comments(&mut tx, id, v.access.review, after, page.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, page))
}

/// The cursor key of a comment.
pub fn comment_cursor(c: &CommentRow) -> String {
    format!("{}|{}", c.created_at.timestamp_micros(), c.id)
}

/// The author or a reviewer opens or closes comments.
pub async fn set_comments_open(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    open: bool,
) -> AppResult<ArticleView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let v = load(ctx, app, &mut tx, id, true).await?;
    if !(v.access.author || v.access.review) {
        return Err(AppError::NotFound);
    }
    let mut a = v.article.clone();
    a.comments_open = open;
    store::save_state(&mut tx, &a).await?;
    audit::object(
        &mut tx,
        ctx,
        "article.comments",
        "article",
        id,
        json!({ "open": open }),
    )
    .await?;
    let v = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(v)
}

// ---- statistics ----

/// 信息员采用情况: per contributor placed in the org's sub-tree (the whole unit without one) and
/// per org, submissions, adoptions and returns in the period, with views and likes of the
/// articles adopted in it (`publishing` `read` at the org, or tenant-wide).
pub async fn contributor_statistics(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    period: Period,
) -> AppResult<ContributorStatistics> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = match org {
        Some(o) => {
            let path =
                crate::org::path_where(ctx, app, &mut tx, o, catalog::PUBLISHING, "read").await?;
            Some(path)
        }
        None => {
            app.authz
                .require_visible(ctx, &Scope::Tenant, catalog::PUBLISHING, "read")
                .await?;
            None
        }
    };
    let contributors =
        store::contributors(&mut tx, period.from, period.to, path.as_deref()).await?;
    tx.commit().await?;
    let mut orgs: Vec<OrgLine> = vec![];
    for c in &contributors {
        let line = match orgs.iter_mut().find(|o| o.org_id == c.org_id) {
            Some(l) => l,
            None => {
                orgs.push(OrgLine {
                    org_id: c.org_id,
                    org_name: c.org_name.clone().unwrap_or_else(|| "未分配组织".into()),
                    submitted: 0,
                    adopted: 0,
                    returned: 0,
                    views: 0,
                    likes: 0,
                });
                orgs.last_mut().ok_or(AppError::NotFound)?
            }
        };
        line.submitted += c.submitted;
        line.adopted += c.adopted;
        line.returned += c.returned;
        line.views += c.views;
        line.likes += c.likes;
    }
    orgs.sort_by(|a, b| b.adopted.cmp(&a.adopted).then(a.org_name.cmp(&b.org_name)));
    Ok(ContributorStatistics {
        period,
        contributors,
        orgs,
    })
}

/// The contributor statistics as .xlsx: one sheet per contributor, one per org.
pub async fn export_statistics_xlsx(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    period: Period,
) -> AppResult<(String, Vec<u8>)> {
    let stats = contributor_statistics(ctx, app, org, period).await?;
    {
        let mut tx = app.db.begin_tenant(ctx).await?;
        audit::record(
            &mut tx,
            ctx,
            audit::Entry {
                action: "publishing.statistics.export",
                object_type: "publishing",
                object_id: org.map(|o| o.to_string()),
                detail: json!({ "rows": stats.contributors.len() }),
            },
        )
        .await?;
        tx.commit().await?;
    }
    let mut book = rust_xlsxwriter::Workbook::new();
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    let headers = ["投稿", "采用", "退回", "阅读", "点赞"];
    {
        let sheet = book.add_worksheet();
        sheet.set_name("信息员采用情况").map_err(xl)?;
        for (c, h) in ["信息员", "所在组织"]
            .iter()
            .chain(headers.iter())
            .enumerate()
        {
            sheet
                .write_string(0, u16::try_from(c).unwrap_or(u16::MAX), *h)
                .map_err(xl)?;
        }
        for (i, c) in stats.contributors.iter().enumerate() {
            let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
            sheet.write_string(row, 0, &c.member_name).map_err(xl)?;
            sheet
                .write_string(row, 1, c.org_name.as_deref().unwrap_or(""))
                .map_err(xl)?;
            for (k, n) in [c.submitted, c.adopted, c.returned, c.views, c.likes]
                .iter()
                .enumerate()
            {
                sheet
                    .write_number(row, u16::try_from(k + 2).unwrap_or(u16::MAX), *n as f64)
                    .map_err(xl)?;
            }
        }
    }
    {
        let sheet = book.add_worksheet();
        sheet.set_name("按组织").map_err(xl)?;
        for (c, h) in ["组织"].iter().chain(headers.iter()).enumerate() {
            sheet
                .write_string(0, u16::try_from(c).unwrap_or(u16::MAX), *h)
                .map_err(xl)?;
        }
        for (i, o) in stats.orgs.iter().enumerate() {
            let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
            sheet.write_string(row, 0, &o.org_name).map_err(xl)?;
            for (k, n) in [o.submitted, o.adopted, o.returned, o.views, o.likes]
                .iter()
                .enumerate()
            {
                sheet
                    .write_number(row, u16::try_from(k + 1).unwrap_or(u16::MAX), *n as f64)
                    .map_err(xl)?;
            }
        }
    }
    let bytes = book.save_to_buffer().map_err(xl)?;
    let day = |t: DateTime<Utc>| {
        t.with_timezone(&chrono_tz::Asia::Shanghai)
            .format("%Y%m%d")
            .to_string()
    };
    Ok((
        format!(
            "信息员采用情况-{}-{}.xlsx",
            day(period.from),
            day(period.to)
        ),
        bytes,
    ))
}

// ---- the public page ----

async fn public_tenant(app: &App, slug: &str) -> AppResult<(Uuid, String)> {
    let slug = slug.trim();
    if slug.is_empty() || slug.len() > 63 || slug.chars().any(|c| c.is_control()) {
        return Err(AppError::NotFound);
    }
    let t = crate::system::tenant_by_slug(&app.db, slug)
        .await?
        .filter(|t| t.status == "active")
        .ok_or(AppError::NotFound)?;
    Ok((t.id, t.name))
}

/// The tenant's public page: its name and the published articles it chose in public columns
/// (no member data), newest first.
pub async fn public_articles(app: &App, slug: &str) -> AppResult<(String, Vec<PublicArticle>)> {
    let (tenant, name) = public_tenant(app, slug).await?;
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let rows = store::public_articles(&mut tx, PUBLIC_MAX).await?;
    tx.commit().await?;
    Ok((name, rows))
}

/// One article of the public page.
pub async fn public_article(app: &App, slug: &str, id: Uuid) -> AppResult<PublicArticle> {
    let (tenant, _) = public_tenant(app, slug).await?;
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let row = store::public_article(&mut tx, id).await?;
    tx.commit().await?;
    row.ok_or(AppError::NotFound)
}

/// Moves an article's times back by `by` (the demo seed's older articles; never reached by
/// the API).
pub(crate) async fn demo_backdate(
    app: &App,
    tenant: Uuid,
    id: Uuid,
    by: chrono::Duration,
) -> AppResult<()> {
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    store::shift(&mut tx, id, by).await?;
    tx.commit().await?;
    Ok(())
}
