//! The actions on points: the event interface other modules call inside their transaction
//! ([`earn`]), the member's ledger and balances, rankings, manual awards, appeals and their
//! decisions, and the tenant's rules.

use super::model::{
    Account, AppealRow, AppealStatus, AppealView, BranchRankRow, EntryRow, Event, PointAction,
    RankRow, RuleRow, RuleUpdate, SourceKind, YearBalance,
};
use super::{rules, store};
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    notify,
    page::{Page, PageArgs},
};
use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

/// The notification kind (and category) of points.
pub const NOTIFICATION_KIND: &str = "POINTS";

/// The years a balance or ranking may be asked for.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2200;

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::NotFound)
}

fn check_year(year: i32) -> AppResult<i32> {
    if YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(AppError::field("year", "年份必须在 2000 到 2200 之间"))
    }
}

/// Takes the member-and-action lock, then reads where the event's entry stands (none when it
/// has earned nothing yet).
async fn locked_standing(tx: &mut TenantTx, event: &Event) -> AppResult<Option<store::Standing>> {
    store::lock_member_action(tx, event.member_id, event.action).await?;
    Ok(store::event_standing(
        tx,
        event.member_id,
        event.action,
        event.source_kind,
        &event.source_id,
    )
    .await?)
}

/// What the rule pays for `requested` points of the event under its caps as they stand (under
/// the member-and-action lock), and why less when it does.
async fn price(
    tx: &mut TenantTx,
    rule: &RuleRow,
    event: &Event,
    requested: i32,
) -> AppResult<(i32, Option<String>)> {
    let periods = rules::periods(event.occurred_at);
    let counts = store::paid_counts(tx, event.member_id, event.action, &periods).await?;
    let caps = rules::Caps {
        day: rule.cap_day,
        month: rule.cap_month,
        year: rule.cap_year,
    };
    Ok(rules::price(requested, caps, counts))
}

/// Writes an entry for a priced event under the member-and-action lock; `None` when the event
/// already has its entry (unless that entry was taken back: then it is restored).
async fn book(
    tx: &mut TenantTx,
    ctx: &Ctx,
    rule: &RuleRow,
    event: &Event,
    requested: i32,
    note: Option<&str>,
) -> AppResult<Option<EntryRow>> {
    if let Some(standing) = locked_standing(tx, event).await? {
        return reinstate(tx, ctx, rule, event, &standing).await;
    }
    let periods = rules::periods(event.occurred_at);
    let (paid, reason) = price(tx, rule, event, requested).await?;
    let id = crate::new_id();
    let title: String = event.source_title.chars().take(200).collect();
    let written = store::insert_entry(
        tx,
        &store::NewEntry {
            id,
            member_id: event.member_id,
            year: periods.year,
            action: event.action,
            rule_id: Some(rule.id),
            requested,
            points: paid,
            capped_reason: reason.as_deref(),
            source_kind: event.source_kind,
            source_id: &event.source_id,
            source_title: &title,
            corrects_entry_id: None,
            note,
            occurred_at: event.occurred_at,
            created_by: ctx.member_id(),
        },
    )
    .await?;
    if !written {
        return Ok(None);
    }
    Ok(store::entry(tx, id).await?)
}

/// Restores an event's entry that [`revoke`] took back (the member signed in again), priced
/// again against the caps as they stand now; `None` when the entry was not taken back.
async fn reinstate(
    tx: &mut TenantTx,
    ctx: &Ctx,
    rule: &RuleRow,
    event: &Event,
    standing: &store::Standing,
) -> AppResult<Option<EntryRow>> {
    let revoked = standing.net == 0
        && standing.points > 0
        && standing
            .last_correction
            .as_deref()
            .is_some_and(rules::is_revocation);
    if !revoked {
        return Ok(None);
    }
    let (paid, reason) = price(tx, rule, event, standing.points).await?;
    let source = rules::reinstatement_source(&event.source_id);
    correct(
        tx,
        ctx,
        event,
        standing,
        (standing.points, paid, reason.as_deref()),
        &source,
        "恢复签到",
    )
    .await
    .map(Some)
}

/// Takes back what an event earned when it is undone (an attendance struck off), inside the
/// caller's transaction: a correction entry of minus what the event's entry stands at, so the
/// ledger keeps both and the caps no longer count it. Nothing when the event has no entry or it
/// stands at 0 or less. Earning the event again restores it.
pub async fn revoke(
    tx: &mut TenantTx,
    ctx: &Ctx,
    event: &Event,
    note: &str,
) -> AppResult<Option<EntryRow>> {
    let Some(standing) = locked_standing(tx, event).await? else {
        return Ok(None);
    };
    if standing.net <= 0 {
        return Ok(None);
    }
    let back = i32::try_from(-standing.net)
        .map_err(|_| AppError::Internal(anyhow::anyhow!("points: a net beyond i32")))?;
    let source = rules::revocation_source(&event.source_id);
    correct(tx, ctx, event, &standing, (back, back, None), &source, note)
        .await
        .map(Some)
}

/// Appends a correction of an event's entry: `(requested, paid, why less)`.
async fn correct(
    tx: &mut TenantTx,
    ctx: &Ctx,
    event: &Event,
    standing: &store::Standing,
    (requested, paid, reason): (i32, i32, Option<&str>),
    source: &str,
    note: &str,
) -> AppResult<EntryRow> {
    let id = crate::new_id();
    store::insert_entry(
        tx,
        &store::NewEntry {
            id,
            member_id: event.member_id,
            year: standing.year,
            action: event.action,
            rule_id: None,
            requested,
            points: paid,
            capped_reason: reason,
            source_kind: SourceKind::Correction,
            source_id: source,
            source_title: &standing.source_title,
            corrects_entry_id: Some(standing.id),
            note: Some(note),
            occurred_at: Utc::now(),
            created_by: ctx.member_id(),
        },
    )
    .await?;
    store::entry(tx, id)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("points: the correction just written")))
}

/// Records the points an event earns, inside the caller's transaction. The tenant's active
/// rule for the action prices it (nothing when there is none, the member is disabled or the
/// rule's lines and statuses leave them out); the caps count the member's paid entries of the
/// action in the Beijing day, month and year of `occurred_at`, under a lock per member and
/// action, so parallel events never pay beyond a cap; an event beyond a cap is recorded with
/// 0 points and the reason. A repeated event (same member, action, source kind and id) writes
/// nothing and returns `None`.
pub async fn earn(tx: &mut TenantTx, ctx: &Ctx, event: &Event) -> AppResult<Option<EntryRow>> {
    if event.source_id.is_empty() || event.source_id.chars().count() > 100 {
        return Err(AppError::Internal(anyhow::anyhow!(
            "points: a source id of 1-100 characters"
        )));
    }
    let Some(rule) = store::active_rule(tx, event.action).await? else {
        return Ok(None);
    };
    let Some(facts) = store::member_facts(tx, event.member_id).await? else {
        return Ok(None);
    };
    if !facts.active
        || !rules::applies(
            &rule.lines,
            &rule.statuses,
            &facts.lines(),
            &facts.political_status,
        )
    {
        return Ok(None);
    }
    book(tx, ctx, &rule, event, rule.points, None).await
}

/// Whether the viewer holds `points:act` over the member (at one of the orgs they are placed
/// in, or tenant-wide).
async fn over_member(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    member: Uuid,
    act: &str,
) -> AppResult<bool> {
    if app
        .authz
        .allowed(ctx, &Scope::Tenant, catalog::POINTS, act)
        .await?
    {
        return Ok(true);
    }
    for path in store::member_paths(tx, member).await? {
        if app
            .authz
            .allowed(ctx, &Scope::Org(path), catalog::POINTS, act)
            .await?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The member whose points the viewer asks for: themselves, or one they hold `points` read
/// over (else `NOT_FOUND`).
async fn readable_member(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    member: Option<Uuid>,
) -> AppResult<(Uuid, String)> {
    let viewer = ctx.member_id();
    let member = match member {
        Some(m) => m,
        None => me(ctx)?,
    };
    let facts = store::member_facts(tx, member)
        .await?
        .ok_or(AppError::NotFound)?;
    if Some(member) != viewer && !over_member(ctx, app, tx, member, "read").await? {
        return Err(AppError::NotFound);
    }
    Ok((member, facts.name))
}

/// A member's points of a year (the viewer's own without `member`): the year's balance and the
/// balance of every year with entries. Balances reset each year: a year counts only its own
/// entries (by the Beijing year of the event).
pub async fn account(ctx: &Ctx, app: &App, member: Option<Uuid>, year: i32) -> AppResult<Account> {
    let year = check_year(year)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (member_id, member_name) = readable_member(ctx, app, &mut tx, member).await?;
    let years = store::years(&mut tx, member_id).await?;
    tx.commit().await?;
    let balance = years
        .iter()
        .find(|(y, _)| *y == year)
        .map_or(0, |(_, b)| *b);
    Ok(Account {
        member_id,
        member_name,
        year,
        balance,
        years: years
            .into_iter()
            .map(|(year, balance)| YearBalance { year, balance })
            .collect(),
    })
}

/// A page of a member's entries of a year, newest first (the viewer's own, or a member they
/// hold `points` read over).
pub async fn ledger(
    ctx: &Ctx,
    app: &App,
    member: Option<Uuid>,
    year: i32,
    page: &PageArgs,
) -> AppResult<Page<EntryRow>> {
    let year = check_year(year)?;
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (member, _) = readable_member(ctx, app, &mut tx, member).await?;
    let rows = store::ledger(&mut tx, member, year, after, page.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, page))
}

/// The org's path when the viewer holds `points` read there (else `NOT_FOUND`).
async fn readable_org(ctx: &Ctx, app: &App, tx: &mut TenantTx, org: Uuid) -> AppResult<String> {
    let path = crate::org::path_where(ctx, app, tx, org, catalog::POINTS, "read").await?;
    Ok(path)
}

/// The ranking of an org's sub-tree for a year (`points` read there): competition ranking —
/// equal points share a rank and the next rank skips (1, 1, 3) — by name within a tie; the
/// first `first` (1–100).
pub async fn rankings(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    year: i32,
    first: i32,
) -> AppResult<Vec<RankRow>> {
    let year = check_year(year)?;
    let page = PageArgs::parse(first, None)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = readable_org(ctx, app, &mut tx, org).await?;
    let rows = store::rankings(&mut tx, &path, year, page.first).await?;
    tx.commit().await?;
    Ok(rows)
}

/// 支部对标 (`points` read at the org): the branches of its sub-tree ranked by their members'
/// average points of the year (competition ranking), with totals.
pub async fn branch_rankings(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    year: i32,
) -> AppResult<Vec<BranchRankRow>> {
    let year = check_year(year)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = readable_org(ctx, app, &mut tx, org).await?;
    let rows = store::branch_rankings(&mut tx, &path, year).await?;
    tx.commit().await?;
    Ok(rows)
}

/// An officer (`points` write over the member) awards points by hand with a reason, priced by
/// the `MANUAL` rule's caps (it must be active). The member is told.
pub async fn award(
    ctx: &Ctx,
    app: &App,
    member: Uuid,
    points: i32,
    reason: &str,
) -> AppResult<EntryRow> {
    rules::check_points("points", points, false)?;
    let reason = rules::reason("reason", Some(reason), true)?.unwrap_or_default();
    let officer = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let facts = store::member_facts(&mut tx, member)
        .await?
        .ok_or(AppError::NotFound)?;
    if !over_member(ctx, app, &mut tx, member, "write").await? {
        return Err(AppError::NotFound);
    }
    if member == officer {
        return Err(AppError::field("memberId", "不能给自己奖励积分"));
    }
    if !facts.active {
        return Err(AppError::field("memberId", "该成员已停用"));
    }
    let rule = store::active_rule(&mut tx, PointAction::Manual)
        .await?
        .ok_or_else(|| AppError::field("memberId", "本单位未启用手动奖励规则"))?;
    let id = crate::new_id();
    let event = Event {
        member_id: member,
        action: PointAction::Manual,
        source_kind: SourceKind::Manual,
        source_id: id.to_string(),
        source_title: String::new(),
        occurred_at: Utc::now(),
    };
    let entry = book(&mut tx, ctx, &rule, &event, points, Some(&reason))
        .await?
        .ok_or(AppError::NotFound)?;
    let body = match &entry.capped_reason {
        Some(r) => format!("手动奖励未计分（{r}）。理由：{reason}"),
        None => format!("获得 {} 分。理由：{reason}", entry.points),
    };
    let written = notify::write_many(
        &mut tx,
        &[member],
        &notify::Broadcast {
            kind: NOTIFICATION_KIND,
            title: "您获得了积分奖励",
            body: &body,
            dedupe_prefix: &format!("points-award:{}:", entry.id),
            detail: &json!({ "entry": entry.id, "year": entry.year }),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "points.award",
        "point_entry",
        entry.id,
        json!({ "member": member, "points": points, "paid": entry.points, "reason": reason }),
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(entry)
}

async fn appeal_view(tx: &mut TenantTx, appeal: AppealRow) -> AppResult<AppealView> {
    let entry = store::entry(tx, appeal.entry_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(AppealView { appeal, entry })
}

/// A member appeals one of their own entries with a reason (one pending appeal per entry:
/// `CONFLICT` while one is open). The officers of the orgs they are placed in are told.
pub async fn appeal(ctx: &Ctx, app: &App, entry: Uuid, reason: &str) -> AppResult<AppealView> {
    let member = me(ctx)?;
    let reason = rules::reason("reason", Some(reason), true)?.unwrap_or_default();
    let mut tx = app.db.begin_tenant(ctx).await?;
    let e = store::entry(&mut tx, entry)
        .await?
        .filter(|e| e.member_id == member)
        .ok_or(AppError::NotFound)?;
    if e.source_kind == SourceKind::Correction {
        return Err(AppError::field(
            "entryId",
            "更正记录不能申诉，请对原记录申诉",
        ));
    }
    let id = crate::new_id();
    if !store::insert_appeal(&mut tx, id, entry, member, &reason).await? {
        return Err(AppError::Conflict("该记录已有待处理的申诉".into()));
    }
    let mut officers = Vec::new();
    for org in store::member_orgs(&mut tx, member).await? {
        officers.extend(crate::org::store::officers(&mut tx, org).await?);
    }
    officers.sort_unstable();
    officers.dedup();
    officers.retain(|o| *o != member);
    let written = notify::write_many(
        &mut tx,
        &officers,
        &notify::Broadcast {
            kind: NOTIFICATION_KIND,
            title: &format!("{}对积分记录提出申诉", e.member_name),
            body: &format!("{}。申诉理由：{reason}", rules::explain(&e)),
            dedupe_prefix: &format!("points-appeal:{id}:"),
            detail: &json!({ "appeal": id, "entry": entry }),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "points.appeal",
        "point_appeal",
        id,
        json!({ "entry": entry }),
    )
    .await?;
    let row = store::appeal(&mut tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let view = appeal_view(&mut tx, row).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// The appeals the viewer decides (`points` write over the appellant), of a status (all
/// without one), oldest first.
pub async fn appeals(
    ctx: &Ctx,
    app: &App,
    status: Option<AppealStatus>,
    page: &PageArgs,
) -> AppResult<Page<AppealView>> {
    let after = page.after_uuid()?;
    let reach = crate::authz::service::reach(ctx, app, catalog::POINTS, "write").await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = match &reach {
        Some(paths) if paths.is_empty() => vec![],
        Some(paths) => store::appeals(&mut tx, status, Some(paths), after, page.limit()).await?,
        None => store::appeals(&mut tx, status, None, after, page.limit()).await?,
    };
    let page_rows = Page::from_fetch(rows, page);
    let items = with_entries(&mut tx, page_rows.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page_rows.has_next,
    })
}

/// Each appeal with the entry it appeals (one read for all).
async fn with_entries(tx: &mut TenantTx, appeals: Vec<AppealRow>) -> AppResult<Vec<AppealView>> {
    let ids: Vec<Uuid> = appeals.iter().map(|a| a.entry_id).collect();
    let entries = store::entries(tx, &ids).await?;
    appeals
        .into_iter()
        .map(|appeal| {
            let entry = entries
                .iter()
                .find(|e| e.id == appeal.entry_id)
                .cloned()
                .ok_or(AppError::NotFound)?;
            Ok(AppealView { appeal, entry })
        })
        .collect()
}

/// The viewer's own appeals, newest first (at most 100), each with its entry.
pub async fn my_appeals(ctx: &Ctx, app: &App) -> AppResult<Vec<AppealView>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::member_appeals(&mut tx, member).await?;
    let views = with_entries(&mut tx, rows).await?;
    tx.commit().await?;
    Ok(views)
}

/// An officer (`points` write over the appellant, not the appellant) decides a pending appeal,
/// under its row lock: `UPHELD` with the points the entry should stand at writes a correction
/// entry linking it (the difference); `REJECTED` with a note. The member is told.
pub async fn decide(
    ctx: &Ctx,
    app: &App,
    appeal: Uuid,
    decision: AppealStatus,
    points: Option<i32>,
    note: Option<&str>,
) -> AppResult<AppealView> {
    let officer = me(ctx)?;
    let note = rules::reason("note", note, decision == AppealStatus::Rejected)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let a = store::appeal(&mut tx, appeal, true)
        .await?
        .ok_or(AppError::NotFound)?;
    if a.member_id == officer || !over_member(ctx, app, &mut tx, a.member_id, "write").await? {
        return Err(AppError::NotFound);
    }
    if a.status != AppealStatus::Pending {
        return Err(AppError::Conflict("该申诉已处理".into()));
    }
    let e = store::entry(&mut tx, a.entry_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let correction = match decision {
        AppealStatus::Pending => {
            return Err(AppError::field("decision", "请选择成立或驳回"));
        }
        AppealStatus::Rejected => None,
        AppealStatus::Upheld => {
            let points = points.ok_or_else(|| AppError::field("points", "请填写更正后的积分"))?;
            let delta = rules::correction(e.net(), points)?;
            let id = crate::new_id();
            let source = appeal.to_string();
            store::insert_entry(
                &mut tx,
                &store::NewEntry {
                    id,
                    member_id: e.member_id,
                    year: e.year,
                    action: e.action,
                    rule_id: None,
                    requested: delta,
                    points: delta,
                    capped_reason: None,
                    source_kind: SourceKind::Correction,
                    source_id: &source,
                    source_title: &e.source_title,
                    corrects_entry_id: Some(e.id),
                    note: note.as_deref(),
                    occurred_at: Utc::now(),
                    created_by: Some(officer),
                },
            )
            .await?;
            Some(id)
        }
    };
    store::decide_appeal(
        &mut tx,
        appeal,
        decision,
        Some(officer),
        note.as_deref(),
        correction,
    )
    .await?;
    let body = match (decision, points) {
        (AppealStatus::Upheld, Some(p)) => format!(
            "您对“{}”的申诉成立，已更正为 {p} 分。{}",
            rules::explain(&e),
            note.as_deref().unwrap_or("")
        ),
        _ => format!(
            "您对“{}”的申诉被驳回。{}",
            rules::explain(&e),
            note.as_deref().unwrap_or("")
        ),
    };
    let written = notify::write_many(
        &mut tx,
        &[a.member_id],
        &notify::Broadcast {
            kind: NOTIFICATION_KIND,
            title: if decision == AppealStatus::Upheld {
                "积分申诉成立"
            } else {
                "积分申诉被驳回"
            },
            body: body.trim_end(),
            dedupe_prefix: &format!("points-decision:{appeal}:"),
            detail: &json!({ "appeal": appeal, "entry": e.id, "status": decision.as_str() }),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "points.decide",
        "point_appeal",
        appeal,
        json!({ "decision": decision.as_str(), "points": points, "correction": correction,
                "note": note }),
    )
    .await?;
    let row = store::appeal(&mut tx, appeal, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let view = appeal_view(&mut tx, row).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// The tenant's rules (every member may read them: they say how points are earned).
pub async fn rule_list(ctx: &Ctx, app: &App) -> AppResult<Vec<RuleRow>> {
    me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::rules(&mut tx).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Whether the viewer may change the rules (`points` review at the unit level).
pub async fn may_edit_rules(ctx: &Ctx, app: &App) -> AppResult<bool> {
    app.authz
        .allowed(ctx, &Scope::Tenant, catalog::POINTS, "review")
        .await
}

/// Changes a rule (`points` review at the unit level). Entries already written keep what they
/// were paid; the change prices events from now on.
pub async fn update_rule(ctx: &Ctx, app: &App, id: Uuid, u: RuleUpdate) -> AppResult<RuleRow> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::POINTS, "review")
        .await?;
    let u = rules::check_rule(u)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let before = store::rule(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    store::update_rule(&mut tx, id, &u, ctx.member_id()).await?;
    audit::object(
        &mut tx,
        ctx,
        "points.rule",
        "point_rule",
        id,
        json!({
            "action": before.action.as_str(),
            "from": { "points": before.points, "capDay": before.cap_day,
                      "capMonth": before.cap_month, "capYear": before.cap_year,
                      "active": before.active },
            "to": { "points": u.points, "capDay": u.cap_day, "capMonth": u.cap_month,
                    "capYear": u.cap_year, "active": u.active },
        }),
    )
    .await?;
    let row = store::rule(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}
