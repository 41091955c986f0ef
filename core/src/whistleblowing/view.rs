//! Reports opened for the people allowed to read them: the handlers' case view and the
//! reporter's view, decrypted here and nowhere else.

use super::crypto::{self, Key};
use super::keys::{TenantKeys, field_aad};
use super::model::{MessageAuthor, ReportAction, ReportRow, ReportStatus};
use super::{rules, store};
use crate::db::TenantTx;
use crate::{App, AppError, AppResult, Ctx};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

/// A message of a report's conversation, opened.
#[derive(Debug, Clone)]
pub struct MessageView {
    /// Id.
    pub id: Uuid,
    /// Reporter or handler.
    pub author: MessageAuthor,
    /// The handler's name (only in the handlers' view).
    pub handler_name: Option<String>,
    /// Text.
    pub body: String,
    /// Written.
    pub created_at: DateTime<Utc>,
}

/// A step of the handling trail, opened.
#[derive(Debug, Clone)]
pub struct StepView {
    /// Id.
    pub id: Uuid,
    /// `SUBMIT`, a [`ReportAction`] code, `RESULT_NOTICE` or `ESCALATE`.
    pub action: String,
    /// Status before.
    pub from: ReportStatus,
    /// Status after.
    pub to: ReportStatus,
    /// The handler's note.
    pub note: Option<String>,
    /// The handler's name.
    pub actor_name: Option<String>,
    /// When.
    pub created_at: DateTime<Utc>,
}

impl StepView {
    /// The action's Chinese name.
    pub fn action_label(&self) -> &'static str {
        match self.action.as_str() {
            "SUBMIT" => "提交",
            "RESULT_NOTICE" => "反馈办理结果",
            "ESCALATE" => "逾期升级督办",
            other => other
                .parse::<ReportAction>()
                .map(ReportAction::label)
                .unwrap_or("办理"),
        }
    }
}

/// An evidence file's facts, opened.
#[derive(Debug, Clone)]
pub struct FileView {
    /// Id.
    pub id: Uuid,
    /// File name.
    pub name: String,
    /// Declared media type.
    pub content_type: String,
    /// Bytes.
    pub size: i64,
}

/// A report as its handlers see it.
#[derive(Debug, Clone)]
pub struct CaseView {
    /// The stored row (sealed fields still sealed).
    pub row: ReportRow,
    /// Title.
    pub title: String,
    /// Body (only in the detail read).
    pub body: Option<String>,
    /// The real-name reporter's name.
    pub reporter_name: Option<String>,
    /// The accused member's name.
    pub accused_name: Option<String>,
    /// The subject org's name.
    pub subject_org_name: String,
    /// The handling org's name.
    pub handling_org_name: String,
    /// The conversation (detail only).
    pub messages: Vec<MessageView>,
    /// The trail (detail only).
    pub steps: Vec<StepView>,
    /// Evidence (detail only).
    pub files: Vec<FileView>,
    /// The database's time of the read (for `overdue`).
    pub now: DateTime<Utc>,
}

impl CaseView {
    /// Whether the acceptance or result deadline passed without its step.
    pub fn overdue(&self) -> bool {
        let r = &self.row;
        (r.status == ReportStatus::Received && r.acceptance_due_at < self.now)
            || (r.result_notified_at.is_none() && r.result_due_at.is_some_and(|due| due < self.now))
    }

    /// The steps open from its status.
    pub fn actions(&self) -> Vec<ReportAction> {
        rules::actions_from(self.row.status)
    }
}

/// A report as its reporter sees it (by receipt code or their own).
#[derive(Debug, Clone)]
pub struct ReporterView {
    /// Id (kept from the receipt view).
    pub id: Option<Uuid>,
    /// Title.
    pub title: String,
    /// Status.
    pub status: ReportStatus,
    /// Received.
    pub created_at: DateTime<Utc>,
    /// Acceptance due.
    pub acceptance_due_at: DateTime<Utc>,
    /// The conversation, handlers unnamed.
    pub messages: Vec<MessageView>,
}

/// The report's own key.
pub(super) async fn report_key(
    app: &App,
    tx: &mut TenantTx,
    keys: &mut TenantKeys,
    row: &ReportRow,
) -> AppResult<Key> {
    keys.item(app, tx, "report", row.id, row.key_version, &row.data_key)
        .await
}

/// Opens a sealed text field of a report.
pub(super) fn open_field(key: &Key, owner: Uuid, field: &str, sealed: &[u8]) -> AppResult<String> {
    crypto::open_text(key, &field_aad(owner, field), sealed)
}

async fn names(tx: &mut TenantTx, ids: &[Uuid]) -> AppResult<HashMap<Uuid, String>> {
    Ok(crate::member::store::names(tx, ids)
        .await?
        .into_iter()
        .collect())
}

/// The conversation, opened; handlers named when `name_handlers`.
pub(super) async fn messages(
    tx: &mut TenantTx,
    key: &Key,
    report: Uuid,
    name_handlers: bool,
) -> AppResult<Vec<MessageView>> {
    let rows = store::messages(tx, report).await?;
    let handler_ids: Vec<Uuid> = rows.iter().filter_map(|m| m.handler_id).collect();
    let names = if name_handlers {
        names(tx, &handler_ids).await?
    } else {
        HashMap::new()
    };
    rows.into_iter()
        .map(|m| {
            Ok(MessageView {
                id: m.id,
                author: m.author,
                handler_name: m.handler_id.and_then(|h| names.get(&h).cloned()),
                body: open_field(key, m.id, "message", &m.body_ct)?,
                created_at: m.created_at,
            })
        })
        .collect()
}

/// The handlers' view of a page of reports: titles, names and deadlines, read with one
/// statement each for the people and the orgs of the whole page.
pub(super) async fn cases(
    app: &App,
    tx: &mut TenantTx,
    keys: &mut TenantKeys,
    rows: Vec<ReportRow>,
) -> AppResult<Vec<CaseView>> {
    let now = store::now(tx).await?;
    let people: Vec<Uuid> = rows
        .iter()
        .flat_map(|r| r.reporter_member_id.into_iter().chain(r.accused_member_id))
        .collect();
    let names_of = names(tx, &people).await?;
    let orgs: Vec<Uuid> = rows
        .iter()
        .flat_map(|r| [r.subject_org_id, r.handling_org_id])
        .collect();
    let org_names = store::org_names(tx, &orgs).await?;
    let org_name = |o: Uuid| org_names.get(&o).cloned().ok_or(AppError::NotFound);
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let key = report_key(app, tx, keys, &row).await?;
        out.push(CaseView {
            title: open_field(&key, row.id, "title", &row.title_ct)?,
            body: None,
            reporter_name: row
                .reporter_member_id
                .and_then(|m| names_of.get(&m).cloned()),
            accused_name: row
                .accused_member_id
                .and_then(|m| names_of.get(&m).cloned()),
            subject_org_name: org_name(row.subject_org_id)?,
            handling_org_name: org_name(row.handling_org_id)?,
            messages: vec![],
            steps: vec![],
            files: vec![],
            now,
            row,
        });
    }
    Ok(out)
}

/// The handlers' view of one report in full: body, conversation, trail and evidence.
pub(super) async fn case(app: &App, tx: &mut TenantTx, row: ReportRow) -> AppResult<CaseView> {
    let mut keys = TenantKeys::default();
    let key = report_key(app, tx, &mut keys, &row).await?;
    let mut view = cases(app, tx, &mut keys, vec![row])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let id = view.row.id;
    view.body = Some(open_field(&key, id, "body", &view.row.body_ct)?);
    view.messages = messages(tx, &key, id, true).await?;
    let steps = store::steps(tx, id).await?;
    let actors: Vec<Uuid> = steps.iter().filter_map(|s| s.actor_id).collect();
    let actor_names = names(tx, &actors).await?;
    view.steps = steps
        .into_iter()
        .map(|s| {
            Ok(StepView {
                note: s
                    .note_ct
                    .as_deref()
                    .map(|ct| open_field(&key, s.id, "note", ct))
                    .transpose()?,
                actor_name: s.actor_id.and_then(|a| actor_names.get(&a).cloned()),
                from: s.from_status,
                to: s.to_status,
                id: s.id,
                action: s.action,
                created_at: s.created_at,
            })
        })
        .collect::<AppResult<_>>()?;
    let mut files = Vec::new();
    for f in store::files(tx, id).await? {
        let fkey = keys
            .item(app, tx, "report-file", f.id, f.key_version, &f.data_key)
            .await?;
        files.push(FileView {
            name: open_field(&fkey, f.id, "name", &f.name_ct)?,
            id: f.id,
            content_type: f.content_type,
            size: f.size,
        });
    }
    view.files = files;
    Ok(view)
}

/// The reporter's view.
pub(super) async fn reporter(
    app: &App,
    tx: &mut TenantTx,
    keys: &mut TenantKeys,
    row: &ReportRow,
    keep_id: bool,
) -> AppResult<ReporterView> {
    let key = report_key(app, tx, keys, row).await?;
    Ok(ReporterView {
        id: keep_id.then_some(row.id),
        title: open_field(&key, row.id, "title", &row.title_ct)?,
        status: row.status,
        created_at: row.created_at,
        acceptance_due_at: row.acceptance_due_at,
        messages: messages(tx, &key, row.id, false).await?,
    })
}

/// Whether the viewer handles reports at the handling org: holds the discipline inspector's
/// role there or above, and is not the accused. Tenant administrators are not handlers by
/// their administrator role.
pub(super) async fn is_handler(ctx: &Ctx, tx: &mut TenantTx, row: &ReportRow) -> AppResult<bool> {
    let Some(me) = ctx.member_id() else {
        return Ok(false);
    };
    if row.accused_member_id == Some(me) {
        return Ok(false);
    }
    Ok(store::inspectors_over(tx, row.handling_org_id, None)
        .await?
        .iter()
        .any(|(m, _)| *m == me))
}
