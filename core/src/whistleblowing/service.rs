//! Submitting a report, and what its handlers do with it.

use super::crypto;
use super::keys::{self, TenantKeys, field_aad};
use super::model::{MessageAuthor, ReportAction, ReportRow, ReportStatus};
use super::view::{self, CaseView, ReporterView};
use super::{ACCEPTANCE_KIND, CATEGORY, RESULT_KIND, RETENTION_KIND, TRANSFER_KIND, rules, store};
use crate::db::TenantTx;
use crate::notify::{self, NewNotification};
use crate::page::{Page, PageArgs};
use crate::reminder::{self, NewDueItem};
use crate::{App, AppError, AppResult, Ctx, audit, system};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use uuid::Uuid;

/// What a report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A member.
    Member(Uuid),
    /// An org.
    Org(Uuid),
}

impl Subject {
    /// The member reported about, if any.
    fn accused(self) -> Option<Uuid> {
        match self {
            Subject::Member(m) => Some(m),
            Subject::Org(_) => None,
        }
    }
}

/// A new report.
#[derive(Debug, Clone)]
pub struct NewReport {
    /// Whom or what it is about.
    pub subject: Subject,
    /// Whether the reporter stays unknown.
    pub anonymous: bool,
    /// Title.
    pub title: String,
    /// Body.
    pub body: String,
    /// Tokens of uploaded evidence.
    pub file_tokens: Vec<String>,
}

/// What the reporter gets back once.
#[derive(Debug, Clone)]
pub struct Submitted {
    /// The receipt code, in groups of four; not stored anywhere.
    pub receipt: String,
    /// The report, for a real-name reporter.
    pub report: Option<ReporterView>,
}

pub(super) fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

/// Where a report goes: `(handling org, subject org, routed up)`. A report about a member goes
/// to their party org (else their org), one level up when they head it; a report about an org
/// goes to the org above it (the top org keeps its own).
async fn route(
    tx: &mut TenantTx,
    subject: Subject,
    reporter: Uuid,
) -> AppResult<(Uuid, Uuid, bool)> {
    let (subject_org, up) = match subject {
        Subject::Member(m) => {
            if m == reporter {
                return Err(AppError::field("accusedMemberId", "不能检举控告自己"));
            }
            let org = store::member_org(tx, m)
                .await?
                .ok_or_else(|| AppError::field("accusedMemberId", "找不到该成员"))?;
            let org =
                org.ok_or_else(|| AppError::field("accusedMemberId", "该成员尚未编入组织"))?;
            let heads = store::titles_at(tx, m, org)
                .await?
                .iter()
                .any(|t| rules::is_head_title(t));
            (org, heads)
        }
        Subject::Org(o) => (o, true),
    };
    let parent = store::live_parent(tx, subject_org).await?.ok_or_else(|| {
        AppError::field(
            match subject {
                Subject::Member(_) => "accusedMemberId",
                Subject::Org(_) => "organizationId",
            },
            "找不到该组织",
        )
    })?;
    match (up, parent) {
        (true, Some(p)) => Ok((p, subject_org, true)),
        _ => Ok((subject_org, subject_org, false)),
    }
}

/// Submits a report. An anonymous one is written in a context of its own that names no one:
/// no member, session or address reaches the report, its trail, its audit row or a
/// notification. The receipt code is returned once.
pub async fn submit(ctx: &Ctx, app: &App, input: NewReport) -> AppResult<Submitted> {
    let reporter = me(ctx)?;
    let title = crate::text::checked("title", &input.title, rules::MAX_TITLE, true, false)?;
    let body = crate::text::checked("body", &input.body, rules::MAX_BODY, true, true)?;
    if input.file_tokens.len() > rules::MAX_FILES {
        return Err(AppError::field(
            "fileTokens",
            format!("最多 {} 个附件", rules::MAX_FILES),
        ));
    }
    let mut hashes: Vec<Vec<u8>> = input
        .file_tokens
        .iter()
        .map(|t| crate::identity::token::digest(t))
        .collect();
    hashes.sort();
    hashes.dedup();
    let acting = if input.anonymous {
        Ctx::system(ctx.tenant_id())
    } else {
        ctx.clone()
    };
    let mut tx = app.db.begin_tenant(&acting).await?;
    let (handling, subject_org, routed_up) = route(&mut tx, input.subject, reporter).await?;
    let now = store::now(&mut tx).await?;
    let rule = crate::statute::get_in(&mut tx, rules::DEADLINES_RULE).await?;
    let d = rules::deadlines(rule.effective());
    let transfer_due_at = crate::workday::deadline_in(&mut tx, now, d.transfer).await?;
    let acceptance_due_at = crate::workday::deadline_in(&mut tx, now, d.acceptance).await?;
    let id = crate::new_id();
    let item = reminder::register(
        &mut tx,
        &acting,
        &NewDueItem {
            kind: ACCEPTANCE_KIND.into(),
            title: "检举控告受理期限".into(),
            due_at: acceptance_due_at,
            rule_key: Some(rules::DEADLINES_RULE.into()),
            member_id: None,
            org_id: Some(handling),
        },
    )
    .await?;
    let transfer_item = reminder::register(
        &mut tx,
        &acting,
        &NewDueItem {
            kind: TRANSFER_KIND.into(),
            title: "检举控告转办期限".into(),
            due_at: transfer_due_at,
            rule_key: Some(rules::DEADLINES_RULE.into()),
            member_id: None,
            org_id: Some(handling),
        },
    )
    .await?;
    let (key_version, key, data_key) = keys::new_item_key(app, &mut tx, "report", id).await?;
    store::insert(
        &mut tx,
        &store::Insert {
            id,
            handling_org: handling,
            subject_org,
            accused: input.subject.accused(),
            routed_up,
            reporter: (!input.anonymous).then_some(reporter),
            key_version,
            data_key: &data_key,
            title_ct: &crypto::seal(&key, &field_aad(id, "title"), title.as_bytes()),
            body_ct: &crypto::seal(&key, &field_aad(id, "body"), body.as_bytes()),
            at: now,
            transfer_due_at,
            acceptance_due_at,
            due_item: item,
            transfer_item,
        },
    )
    .await?;
    store::insert_step(
        &mut tx,
        &store::NewStep {
            id: crate::new_id(),
            report: id,
            action: "SUBMIT",
            from: ReportStatus::Received,
            to: ReportStatus::Received,
            note_ct: None,
            actor: None,
            at: now,
        },
    )
    .await?;
    if !hashes.is_empty() {
        let claimed = store::claim_files(&mut tx, id, &hashes).await?;
        if claimed != hashes.len() as u64 {
            return Err(AppError::field("fileTokens", "附件已失效，请重新上传"));
        }
    }
    let written = tell_handlers(
        &mut tx,
        app,
        handling,
        input.subject.accused(),
        id,
        "收到新的检举控告",
        &format!(
            "请于 {} 前作出是否受理的决定；不属本级管辖的，请于 {} 前转办。",
            shanghai(acceptance_due_at),
            shanghai(transfer_due_at)
        ),
        "submitted",
    )
    .await?;
    audit::object(
        &mut tx,
        &acting,
        "report.submit",
        "report",
        id,
        json!({ "anonymous": input.anonymous, "handlingOrg": handling, "routedUp": routed_up }),
    )
    .await?;
    let receipt = rules::new_receipt();
    system::insert_report_receipt(&app.db, &rules::receipt_hash(&receipt), ctx.tenant_id(), id)
        .await?;
    let report = if input.anonymous {
        None
    } else {
        let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        Some(view::reporter(app, &mut tx, &mut TenantKeys::default(), &row, true).await?)
    };
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(Submitted {
        receipt: rules::format_receipt(&receipt),
        report,
    })
}

/// The nearest inspectors over an org: those whose grant is deepest (on the org itself if it
/// has any), never `except`.
pub(super) async fn nearest_inspectors(
    tx: &mut TenantTx,
    org: Uuid,
    except: Option<Uuid>,
) -> AppResult<Vec<Uuid>> {
    let all = store::inspectors_over(tx, org, except).await?;
    let nearest = all.iter().map(|(_, d)| *d).max();
    Ok(all
        .into_iter()
        .filter(|(_, d)| Some(*d) == nearest)
        .map(|(m, _)| m)
        .collect())
}

/// Tells the nearest handlers over an org something (never the accused); returns what to
/// announce. Inspectors higher up see the report too, and are told when a deadline passes.
#[allow(clippy::too_many_arguments)]
pub(super) async fn tell_handlers(
    tx: &mut TenantTx,
    app: &App,
    org: Uuid,
    accused: Option<Uuid>,
    report: Uuid,
    title: &str,
    body: &str,
    event: &str,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let mut written = Vec::new();
    for m in nearest_inspectors(tx, org, accused).await? {
        let key = format!("report:{report}:{event}:{m}");
        if let Some(n) = notify::write(
            tx,
            app,
            &NewNotification {
                member_id: m,
                kind: CATEGORY,
                title,
                body,
                dedupe_key: Some(&key),
                detail: json!({ "reportId": report }),
            },
        )
        .await?
        {
            written.push((m, n));
        }
    }
    Ok(written)
}

/// Tells a real-name reporter that their report has news.
async fn tell_reporter(
    tx: &mut TenantTx,
    app: &App,
    row: &ReportRow,
    title: &str,
    event: &str,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let Some(reporter) = row.reporter_member_id else {
        return Ok(vec![]);
    };
    let key = format!("report:{}:{event}", row.id);
    let n = notify::write(
        tx,
        app,
        &NewNotification {
            member_id: reporter,
            kind: CATEGORY,
            title,
            body: "请在“我的检举控告”中查看。",
            dedupe_key: Some(&key),
            detail: json!({ "reportId": row.id, "mine": true }),
        },
    )
    .await?;
    Ok(n.map(|n| vec![(reporter, n)]).unwrap_or_default())
}

/// The report for a handler; `NOT_FOUND` for everyone else, the accused included.
async fn handled(ctx: &Ctx, tx: &mut TenantTx, row: Option<ReportRow>) -> AppResult<ReportRow> {
    let row = row.ok_or(AppError::NotFound)?;
    if !view::is_handler(ctx, tx, &row).await? {
        return Err(AppError::NotFound);
    }
    Ok(row)
}

/// The sub-trees the viewer handles reports in (`None`: tenant-wide; empty: nowhere).
async fn handled_paths(ctx: &Ctx, tx: &mut TenantTx) -> AppResult<Option<Vec<String>>> {
    let me = me(ctx)?;
    let tenant = ctx.tenant_id();
    let prefix = format!("{tenant}/o/");
    let mut paths = Vec::new();
    for d in store::inspector_domains(tx, me).await? {
        if d == format!("{tenant}/*") {
            return Ok(None);
        }
        if let Some(p) = d.strip_prefix(&prefix).and_then(|p| p.strip_suffix("/*")) {
            paths.push(p.replace('/', "."));
        }
    }
    Ok(Some(paths))
}

/// The reports the viewer handles, newest first (titles only; reading one is [`case`]).
pub async fn cases(
    ctx: &Ctx,
    app: &App,
    status: Option<ReportStatus>,
    page: &PageArgs,
) -> AppResult<Page<CaseView>> {
    let me = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let paths = handled_paths(ctx, &mut tx).await?;
    if paths.as_ref().is_some_and(Vec::is_empty) {
        tx.commit().await?;
        return Ok(Page::from_fetch(vec![], page));
    }
    let rows = store::page_handled(
        &mut tx,
        paths.as_deref(),
        me,
        status,
        page.after_uuid()?,
        page.limit(),
    )
    .await?;
    let views = view::cases(app, &mut tx, &mut TenantKeys::default(), rows).await?;
    if !views.is_empty() {
        // Titles are content too: who saw which reports listed is on record.
        let ids: Vec<Uuid> = views.iter().map(|v| v.row.id).collect();
        audit::record(
            &mut tx,
            ctx,
            audit::Entry {
                action: "report.list",
                object_type: "report",
                object_id: None,
                detail: json!({ "reports": ids }),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Page::from_fetch(views, page))
}

/// One report in full, for its handlers; the read is audited.
pub async fn case(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<CaseView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id).await?;
    let row = handled(ctx, &mut tx, row).await?;
    let view = view::case(app, &mut tx, row).await?;
    audit::object(&mut tx, ctx, "report.read", "report", id, json!({})).await?;
    tx.commit().await?;
    Ok(view)
}

/// The standard words a reporter reads when their report is decided.
fn decision_message(action: ReportAction) -> Option<&'static str> {
    match action {
        ReportAction::Accept => Some("您反映的问题已受理，我们将依规依纪依法办理。"),
        ReportAction::NotAccept => Some("经审查，您反映的问题不予受理。"),
        ReportAction::Transfer => Some("您反映的问题不属本级管辖，已转送有权处理的机关办理。"),
        _ => None,
    }
}

/// Takes a handling step (受理 / 不予受理 / 转办 / 谈话函询 / 初步核实 / 暂存待查 / 予以了结).
/// Deciding a received report tells the reporter (a message, and a notification when named);
/// 不予受理 and 转办 need a note, and so end it with its result told. Closing starts the
/// retention period; 予以了结 of a named report starts the result deadline.
pub async fn handle(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    action: ReportAction,
    note: Option<&str>,
) -> AppResult<CaseView> {
    let by = me(ctx)?;
    let note = crate::text::checked("note", note.unwrap_or(""), rules::MAX_NOTE, false, true)?;
    if note.is_empty() && matches!(action, ReportAction::NotAccept | ReportAction::Transfer) {
        return Err(AppError::field(
            "note",
            match action {
                ReportAction::Transfer => "请注明转送的机关及理由",
                _ => "请注明不予受理的理由",
            },
        ));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?;
    let row = handled(ctx, &mut tx, row).await?;
    let to = rules::next_status(row.status, action).ok_or_else(|| {
        AppError::Conflict(format!(
            "该检举控告当前为“{}”，不能{}",
            row.status.label(),
            action.label()
        ))
    })?;
    let now = store::now(&mut tx).await?;
    let key = view::report_key(app, &mut tx, &mut TenantKeys::default(), &row).await?;
    let step = crate::new_id();
    store::insert_step(
        &mut tx,
        &store::NewStep {
            id: step,
            report: id,
            action: action.as_str(),
            from: row.status,
            to,
            note_ct: (!note.is_empty())
                .then(|| crypto::seal(&key, &field_aad(step, "note"), note.as_bytes()))
                .as_deref(),
            actor: Some(by),
            at: now,
        },
    )
    .await?;
    let decided = row.status == ReportStatus::Received;
    if decided {
        if let Some(item) = row.due_item_id {
            reminder::done_in(&mut tx, item).await?;
        }
        if let Some(item) = row.transfer_item_id {
            if action == ReportAction::Transfer {
                reminder::done_in(&mut tx, item).await?;
            } else {
                reminder::cancel_in(&mut tx, item).await?;
            }
        }
    }
    let mut due_item = if decided { None } else { row.due_item_id };
    let (mut closed_at, mut result_due_at, mut expires_at) = (None, None, None);
    let told_with_decision = matches!(action, ReportAction::NotAccept | ReportAction::Transfer);
    if to.is_closed() {
        closed_at = Some(now);
        let retention = crate::statute::get_in(&mut tx, rules::RETENTION_RULE).await?;
        let expires = now + Duration::days(i64::from(rules::retention_days(retention.effective())));
        expires_at = Some(expires);
        let item = reminder::register(
            &mut tx,
            ctx,
            &NewDueItem {
                kind: RETENTION_KIND.into(),
                title: "检举控告保存期满删除".into(),
                due_at: expires,
                rule_key: Some(rules::RETENTION_RULE.into()),
                member_id: None,
                org_id: Some(row.handling_org_id),
            },
        )
        .await?;
        store::set_retention_item(&mut tx, id, item).await?;
        if row.reporter_member_id.is_some() && !told_with_decision {
            let rule = crate::statute::get_in(&mut tx, rules::DEADLINES_RULE).await?;
            let d = rules::deadlines(rule.effective());
            let due = crate::workday::deadline_in(&mut tx, now, d.result).await?;
            result_due_at = Some(due);
            due_item = Some(
                reminder::register(
                    &mut tx,
                    ctx,
                    &NewDueItem {
                        kind: RESULT_KIND.into(),
                        title: "检举控告结果反馈期限".into(),
                        due_at: due,
                        rule_key: Some(rules::DEADLINES_RULE.into()),
                        member_id: None,
                        org_id: Some(row.handling_org_id),
                    },
                )
                .await?,
            );
        }
    }
    store::transition(
        &mut tx,
        id,
        &store::Transition {
            status: to,
            decided_at: decided.then_some(now),
            closed_at,
            result_due_at,
            expires_at,
            due_item,
            at: now,
        },
    )
    .await?;
    let mut written = Vec::new();
    if let Some(text) = decision_message(action) {
        write_message(
            &mut tx,
            &key,
            id,
            MessageAuthor::Handler,
            Some(by),
            text,
            now,
        )
        .await?;
        if told_with_decision {
            store::result_notified(&mut tx, id, now).await?;
        }
        written = tell_reporter(
            &mut tx,
            app,
            &row,
            &format!("您的检举控告：{}", action.label()),
            "decided",
        )
        .await?;
    }
    audit::object(
        &mut tx,
        ctx,
        "report.handle",
        "report",
        id,
        json!({ "action": action.as_str(), "from": row.status.as_str(), "to": to.as_str() }),
    )
    .await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view::case(app, &mut tx, row).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// Seals and stores one message of the conversation.
pub(super) async fn write_message(
    tx: &mut TenantTx,
    key: &crypto::Key,
    report: Uuid,
    author: MessageAuthor,
    handler: Option<Uuid>,
    text: &str,
    at: DateTime<Utc>,
) -> AppResult<()> {
    let id = crate::new_id();
    let sealed = crypto::seal(key, &field_aad(id, "message"), text.as_bytes());
    store::insert_message(tx, id, report, author, handler, &sealed, at).await?;
    Ok(())
}

/// A handler writes to the reporter. `is_result` marks the result feedback of a concluded
/// report: its deadline's reminders stop.
pub async fn send_message(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    body: &str,
    is_result: bool,
) -> AppResult<CaseView> {
    let by = me(ctx)?;
    let body = crate::text::checked("body", body, rules::MAX_MESSAGE, true, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::lock(&mut tx, id).await?;
    let row = handled(ctx, &mut tx, row).await?;
    if is_result && row.status != ReportStatus::Concluded {
        return Err(AppError::Conflict(format!(
            "该检举控告当前为“{}”，予以了结后才能反馈办理结果",
            row.status.label()
        )));
    }
    let now = store::now(&mut tx).await?;
    let key = view::report_key(app, &mut tx, &mut TenantKeys::default(), &row).await?;
    write_message(
        &mut tx,
        &key,
        id,
        MessageAuthor::Handler,
        Some(by),
        &body,
        now,
    )
    .await?;
    if is_result && row.result_notified_at.is_none() {
        if let Some(item) = row.due_item_id {
            reminder::done_in(&mut tx, item).await?;
        }
        store::result_notified(&mut tx, id, now).await?;
        store::insert_step(
            &mut tx,
            &store::NewStep {
                id: crate::new_id(),
                report: id,
                action: "RESULT_NOTICE",
                from: row.status,
                to: row.status,
                note_ct: None,
                actor: Some(by),
                at: now,
            },
        )
        .await?;
    }
    let written = tell_reporter(
        &mut tx,
        app,
        &row,
        "您的检举控告有新的答复",
        &format!("message:{now}"),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "report.message",
        "report",
        id,
        json!({ "result": is_result }),
    )
    .await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let view = view::case(app, &mut tx, row).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

pub(super) fn shanghai(t: DateTime<Utc>) -> String {
    t.with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}
