//! Notices with acknowledgement (一点发布，多点响应): an org publishes once, every member in the
//! audience gets it live, by email where they chose it, and answers; the sender and the
//! officers of the audience's orgs see who has not, remind them in one click and export the
//! list; the reminder engine reminds and escalates by itself.
//!
//! The audience is resolved into recipient rows when the notice is published, so later org
//! changes never rewrite who was asked. Members see their own state only.

pub mod model;
mod publish;
mod responses;
pub mod rules;
mod store;

pub use publish::{EmailJob, PublishJob};

/// Lets the reminder engine hand acknowledgement deadlines (items of kind [`DUE_KIND`]) to
/// the notice's own reminder, which knows who has not acknowledged.
pub(crate) fn register_reminders(handlers: &mut crate::reminder::Handlers) {
    handlers.register(DUE_KIND, |app, turn| {
        Box::pin(responses::remind_due(app, turn))
    });
}
pub use publish::{publish, publish_scheduled, review, save_draft, withdraw};
pub use responses::{
    acknowledge, audience_count, email_batch, export_xlsx, follow_stats, remind, responses, stats,
};

use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx,
    authz::{Scope, catalog},
    page::{Page, PageArgs},
};
use chrono::{DateTime, Utc};
pub use model::{NoticeCategory, NoticeImportance, NoticeStatus};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The kind of the due item behind a notice's acknowledgement deadline.
pub const DUE_KIND: &str = "NOTICE_ACK";
/// The rule whose offsets time acknowledgement reminders and escalation.
pub const REMINDER_RULE: &str = "notice.ack_reminders";
/// The worker task that publishes a scheduled notice.
pub const PUBLISH_TASK: &str = "publish_notice";
/// The worker task that emails the members of a notification batch who receive notices by email.
pub const EMAIL_TASK: &str = "notice_email";
/// The bus topic of changed response counts (subject and id: the notice).
pub const STATS_CHANGED: &str = "notice_stats";

/// A notice.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NoticeRow {
    /// Id.
    pub id: Uuid,
    /// The issuing org.
    pub issuer_org_id: Uuid,
    /// Its name.
    pub issuer_name: String,
    /// Its path.
    pub issuer_path: String,
    /// Author.
    pub author_id: Uuid,
    /// Author's name.
    pub author_name: String,
    /// Title.
    pub title: String,
    /// Sanitised HTML.
    pub body_html: String,
    /// Category.
    pub category: model::NoticeCategory,
    /// Importance.
    pub importance: model::NoticeImportance,
    /// Acknowledgement required.
    pub ack_required: bool,
    /// Acknowledge by.
    pub ack_deadline: Option<DateTime<Utc>>,
    /// The audience as chosen.
    pub audience: serde_json::Value,
    /// Where it stands.
    pub status: NoticeStatus,
    /// Requested reviewer.
    pub reviewer_id: Option<Uuid>,
    /// Reviewer's name.
    pub reviewer_name: Option<String>,
    /// Reviewed.
    pub reviewed_at: Option<DateTime<Utc>>,
    /// The reviewer's note (why it was sent back).
    pub review_note: Option<String>,
    /// Publish at.
    pub scheduled_at: Option<DateTime<Utc>>,
    /// Published.
    pub published_at: Option<DateTime<Utc>>,
    /// Withdrawn.
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// Why.
    pub withdraw_reason: Option<String>,
    /// Recipients at publication.
    pub recipient_count: i32,
    /// Last manual reminder.
    pub last_reminded_at: Option<DateTime<Utc>>,
    /// Due item of the acknowledgement deadline.
    pub due_item_id: Option<Uuid>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

impl NoticeRow {
    /// The audience as chosen (an unreadable one reads as empty).
    pub fn audience(&self) -> model::Audience {
        serde_json::from_value(self.audience.clone()).unwrap_or_default()
    }

    /// Out to its recipients (or withdrawn after that).
    pub fn is_out(&self) -> bool {
        matches!(
            self.status,
            NoticeStatus::Published | NoticeStatus::Withdrawn
        )
    }
}

/// One recipient's own state.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReceiptRow {
    /// Delivered.
    pub delivered_at: DateTime<Utc>,
    /// First opened.
    pub read_at: Option<DateTime<Utc>>,
    /// Acknowledged.
    pub acknowledged_at: Option<DateTime<Utc>>,
    /// Short reply.
    pub reply: Option<String>,
}

/// One line of the response board.
#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct ResponseRow {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// Their org at publication.
    pub org_name: String,
    /// Delivered.
    pub delivered_at: DateTime<Utc>,
    /// Read.
    pub read_at: Option<DateTime<Utc>>,
    /// Acknowledged.
    pub acknowledged_at: Option<DateTime<Utc>>,
    /// Reply.
    pub reply: Option<String>,
    /// Reminders sent by hand.
    pub reminded_count: i32,
}

/// Counts of one org.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StatsRow {
    /// The org (none for members without one).
    pub org_id: Option<Uuid>,
    /// Its name.
    pub org_name: String,
    /// Recipients.
    pub recipients: i64,
    /// Read.
    pub read: i64,
    /// Acknowledged.
    pub acknowledged: i64,
}

/// A notice's counts, over the recipients the viewer may see.
#[derive(Debug, Clone)]
pub struct Stats {
    /// The notice.
    pub notice_id: Uuid,
    /// Per org.
    pub by_org: Vec<StatsRow>,
}

impl Stats {
    /// Totals `(recipients, read, acknowledged)`.
    pub fn totals(&self) -> (i64, i64, i64) {
        self.by_org.iter().fold((0, 0, 0), |(n, r, a), s| {
            (n + s.recipients, r + s.read, a + s.acknowledged)
        })
    }
}

/// What the viewer may do with one notice.
#[derive(Debug, Clone)]
pub struct Access {
    /// May edit, publish, withdraw and see the whole board.
    pub manage: bool,
    /// Is asked to review it now.
    pub review: bool,
    /// Is (or was) its reviewer.
    pub reviewer: bool,
    /// The board: `None` for no board, `Some(None)` for all recipients, `Some(Some(paths))`
    /// for those under the viewer's own orgs (officers of audience orgs).
    pub board: Option<Option<Vec<String>>>,
    /// The viewer's own copy, as a recipient.
    pub receipt: Option<ReceiptRow>,
}

impl Access {
    fn visible(&self) -> bool {
        self.manage || self.reviewer || self.board.is_some() || self.receipt.is_some()
    }
}

/// A notice with what the viewer may do with it.
#[derive(Debug, Clone)]
pub struct NoticeView {
    /// The notice.
    pub notice: NoticeRow,
    /// The viewer's access.
    pub access: Access,
}

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

async fn may_manage(ctx: &Ctx, app: &App, n: &NoticeRow) -> AppResult<bool> {
    if ctx.member_id() == Some(n.author_id) {
        return Ok(true);
    }
    app.authz
        .allowed(
            ctx,
            &Scope::Org(n.issuer_path.clone()),
            catalog::NOTICE,
            "write",
        )
        .await
}

/// Works out the viewer's access to a notice.
async fn access(ctx: &Ctx, app: &App, tx: &mut TenantTx, n: &NoticeRow) -> AppResult<Access> {
    // One notice in, one access out.
    accesses(ctx, app, tx, std::slice::from_ref(n))
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// Works out the viewer's access to each of `notices`, in their order, with the same few
/// statements however many there are (the viewer's positions, which of the notices reach
/// their orgs, the viewer's own copies), so that a page of notices costs no query per row.
async fn accesses(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    notices: &[NoticeRow],
) -> AppResult<Vec<Access>> {
    let viewer = ctx.member_id();
    // What the viewer's roles decide, notice by notice (no SQL).
    let mut decided = Vec::with_capacity(notices.len());
    for n in notices {
        let manage = may_manage(ctx, app, n).await?;
        let reads = n.is_out()
            && (manage
                || app
                    .authz
                    .allowed(
                        ctx,
                        &Scope::Org(n.issuer_path.clone()),
                        catalog::NOTICE,
                        "read",
                    )
                    .await?);
        decided.push((manage, reads));
    }
    // Officers see the board of the notices that reached their orgs.
    let officer_of: Vec<Uuid> = notices
        .iter()
        .zip(&decided)
        .filter(|(n, (_, reads))| n.is_out() && !reads)
        .map(|(n, _)| n.id)
        .collect();
    let out: Vec<Uuid> = notices
        .iter()
        .filter(|n| n.is_out())
        .map(|n| n.id)
        .collect();
    let mut paths = Vec::new();
    let mut reached = Vec::new();
    let mut receipts = Vec::new();
    if let Some(v) = viewer {
        if !officer_of.is_empty() {
            paths = store::position_paths(tx, v).await?;
            if !paths.is_empty() {
                reached = store::with_recipient_in(tx, &officer_of, &paths).await?;
            }
        }
        if !out.is_empty() {
            receipts = store::receipts(tx, &out, v).await?;
        }
    }
    Ok(notices
        .iter()
        .zip(decided)
        .map(|(n, (manage, reads))| {
            let board = if !n.is_out() {
                None
            } else if reads {
                Some(None)
            } else if reached.contains(&n.id) {
                Some(Some(paths.clone()))
            } else {
                None
            };
            let receipt = receipts
                .iter()
                .find(|(id, _)| *id == n.id)
                .map(|(_, r)| r.clone());
            Access {
                manage,
                review: viewer.is_some()
                    && n.reviewer_id == viewer
                    && n.status == NoticeStatus::PendingReview,
                reviewer: viewer.is_some() && n.reviewer_id == viewer,
                board,
                receipt,
            }
        })
        .collect())
}

/// Loads a notice the viewer may see, with their access; anything else is not found.
async fn load_visible(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<NoticeView> {
    let notice = store::get(tx, id, lock).await?.ok_or(AppError::NotFound)?;
    let access = access(ctx, app, tx, &notice).await?;
    if !access.visible() {
        return Err(AppError::NotFound);
    }
    Ok(NoticeView { notice, access })
}

/// One notice the viewer may see. Opening it as a recipient marks it read (the first time),
/// along with the notifications that announced it.
pub async fn open(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<NoticeView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let mut view = load_visible(ctx, app, &mut tx, id, false).await?;
    let mut changed = false;
    if let (Some(r), Some(me)) = (&mut view.access.receipt, ctx.member_id())
        && r.read_at.is_none()
        && store::mark_read(&mut tx, id, me).await?
    {
        r.read_at = Some(Utc::now());
        changed = true;
    }
    tx.commit().await?;
    if changed {
        responses::announce_stats(app, ctx.tenant_id, id).await;
    }
    Ok(view)
}

/// One notice with the viewer's access, without marking it read.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<NoticeView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_visible(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// A notice's attachments (the caller has checked the viewer may see the notice).
pub async fn attachments(
    ctx: &Ctx,
    app: &App,
    notice: Uuid,
) -> AppResult<Vec<(crate::files::FileRow, String)>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let files = store::attachments(&mut tx, notice).await?;
    tx.commit().await?;
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        let url = crate::files::download_url(app, ctx.tenant_id, &f).await?;
        out.push((f, url));
    }
    Ok(out)
}

/// A received notice with the viewer's copy.
#[derive(Debug, Clone)]
pub struct Received {
    /// The notice.
    pub notice: NoticeRow,
    /// The viewer's copy.
    pub receipt: ReceiptRow,
    /// Nothing more is owed (read, or acknowledged when asked, or withdrawn).
    pub done: bool,
}

impl Received {
    /// The cursor key: `(done, id)`.
    pub fn cursor(&self) -> String {
        format!("{}:{}", u8::from(self.done), self.notice.id)
    }
}

fn parse_received_cursor(raw: Option<&str>) -> AppResult<Option<(bool, Uuid)>> {
    let Some(raw) = raw else { return Ok(None) };
    let bad = || AppError::field("after", "无效的游标");
    let (done, id) = raw.split_once(':').ok_or_else(bad)?;
    let done = match done {
        "0" => false,
        "1" => true,
        _ => return Err(bad()),
    };
    Ok(Some((done, id.parse().map_err(|_| bad())?)))
}

/// The viewer's received notices: those still owing a read or acknowledgement first, then the
/// newest.
pub async fn received(
    ctx: &Ctx,
    app: &App,
    unread_only: bool,
    args: &PageArgs,
) -> AppResult<Page<Received>> {
    let member = me(ctx)?;
    let after = parse_received_cursor(args.after.as_deref())?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::received(&mut tx, member, unread_only, after, args.limit()).await?;
    tx.commit().await?;
    let items = rows
        .into_iter()
        .map(|(notice, receipt, done)| Received {
            notice,
            receipt,
            done,
        })
        .collect();
    Ok(Page::from_fetch(items, args))
}

/// Notices the viewer wrote or is asked to review; tenant-wide notice managers see all. Each
/// comes with the viewer's access, worked out for the whole page in the same transaction.
pub async fn sent(
    ctx: &Ctx,
    app: &App,
    status: Option<NoticeStatus>,
    args: &PageArgs,
) -> AppResult<Page<NoticeView>> {
    let all = app
        .authz
        .allowed(ctx, &Scope::Tenant, catalog::NOTICE, "write")
        .await?;
    let member = ctx.member_id();
    if member.is_none() && !all {
        return Err(AppError::Forbidden);
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::sent(
        &mut tx,
        member,
        all,
        status,
        args.after_uuid()?,
        args.limit(),
    )
    .await?;
    let page = Page::from_fetch(rows, args);
    let access = accesses(ctx, app, &mut tx, &page.items).await?;
    tx.commit().await?;
    let mut items = Vec::with_capacity(page.items.len());
    for (notice, access) in page.items.into_iter().zip(access) {
        // As when each is opened on its own: one the viewer may not see fails the page.
        if !access.visible() {
            return Err(AppError::NotFound);
        }
        items.push(NoticeView { notice, access });
    }
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}
