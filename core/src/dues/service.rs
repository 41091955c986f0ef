//! Dues actions: bases, bills, payments, corrections, arrears and roll-ups, each checking
//! dues rights over the member's or the org's placement.

use super::model::{
    Arrear, BaseRow, BaseSource, EntryKind, EntryRow, NewBase, NewPayment, PaymentMethod,
    RollupRow, StandingRow,
};
use super::rules::{
    self, Category, DuesLine, DuesRules, Fen, current_month, lapse_warning, line_label, parse_line,
    parse_month,
};
use super::start::DuesStart;
use super::store;
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx,
    audit::{self, Entry},
    authz::{Scope, catalog},
};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

/// Requires dues rights over a member's placement on a line; an unknown member (or one out of
/// reach) reads as not found.
async fn require_member(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    member: Uuid,
    line: DuesLine,
    act: &str,
) -> AppResult<()> {
    let path = store::member_line_path(tx, member, line)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = path.map(Scope::Org).unwrap_or(Scope::Tenant);
    app.authz
        .require_visible(ctx, &scope, catalog::DUES, act)
        .await
}

/// The scope of an org (its path), after checking dues rights there; the tenant when `None`.
async fn require_org(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    org: Option<Uuid>,
    act: &str,
) -> AppResult<Option<String>> {
    let path = match org {
        Some(o) => Some(
            crate::org::store::get(tx, o)
                .await?
                .ok_or(AppError::NotFound)?
                .path,
        ),
        None => None,
    };
    let scope = path.clone().map(Scope::Org).unwrap_or(Scope::Tenant);
    app.authz
        .require_visible(ctx, &scope, catalog::DUES, act)
        .await?;
    Ok(path)
}

/// Sets a member's base on a line from the month new pay was first paid (the base applies
/// from the month `party.dues.start` derives from it; the history keeps earlier ones).
pub async fn set_base(ctx: &Ctx, app: &App, input: NewBase) -> AppResult<BaseRow> {
    let line = parse_line(&input.line)?;
    let category: Category = input
        .category
        .parse()
        .map_err(|_| AppError::field("category", "未知的类别"))?;
    if !(0..=100_000_000).contains(&input.base_fen) {
        return Err(AppError::field("base", "基数应在 0 到 100 万元之间"));
    }
    let new_pay = parse_month("fromMonth", &input.from_month)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_member(ctx, app, &mut tx, input.member_id, line, "write").await?;
    let row = apply_base(
        &mut tx,
        ctx,
        &BaseChange {
            member: input.member_id,
            line,
            category,
            base_fen: input.base_fen,
            new_pay_month: new_pay,
            source: input.source,
        },
    )
    .await?;
    let from = row.from_month;
    audit::object(&mut tx, ctx, "dues.set_base", "member", input.member_id, json!({ "line": line, "category": row.category, "baseFen": row.base_fen, "fromMonth": from, "newPayMonth": new_pay }))
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// A member's base history (the member themself, or whoever keeps their dues).
pub async fn bases(ctx: &Ctx, app: &App, member: Uuid) -> AppResult<Vec<BaseRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    if ctx.member_id() != Some(member) {
        // Whoever keeps the member's dues on any line may read the history.
        let mut allowed = false;
        for &line in DuesLine::ALL {
            let path = store::member_line_path(&mut tx, member, line)
                .await?
                .ok_or(AppError::NotFound)?;
            let scope = path.map(Scope::Org).unwrap_or(Scope::Tenant);
            if app
                .authz
                .allowed(ctx, &scope, catalog::DUES, "read")
                .await?
            {
                allowed = true;
                break;
            }
        }
        if !allowed {
            return Err(AppError::NotFound);
        }
    }
    let rows = store::bases(&mut tx, member).await?;
    audit_read(&mut tx, ctx, member, json!({ "what": "bases" })).await?;
    tx.commit().await?;
    Ok(rows)
}

/// A base to record: what was paid and from which month the new pay was paid.
pub(super) struct BaseChange {
    pub member: Uuid,
    pub line: DuesLine,
    pub category: Category,
    pub base_fen: i64,
    pub new_pay_month: NaiveDate,
    pub source: BaseSource,
}

/// Records a base from the month `party.dues.start` derives from the new pay's month (party
/// dues; the other lines apply it from that month), and brings the bills already written for
/// the months it reaches back to in line with it by corrections (补差 or a credit), so that the
/// base change takes effect in the month the rule says whenever it is recorded.
pub(super) async fn apply_base(tx: &mut TenantTx, ctx: &Ctx, b: &BaseChange) -> AppResult<BaseRow> {
    let from = match b.line {
        DuesLine::Party => dues_start(tx).await?.base_effective_month(b.new_pay_month),
        DuesLine::Union | DuesLine::Youth => b.new_pay_month,
    };
    let row = store::insert_base(
        tx,
        &store::NewBase {
            member: b.member,
            line: b.line,
            category: b.category,
            base_fen: b.base_fen,
            from_month: from,
            new_pay_month: b.new_pay_month,
            source: b.source,
            by: ctx.actor_id(),
        },
    )
    .await?;
    let rules = effective_rules(tx).await?;
    for bill in store::bills_from(tx, b.member, b.line, from).await? {
        let (due, _) = rules::monthly_amount(b.line, bill.category, bill.base_fen, &rules)
            .map_err(|e| AppError::Conflict(format!("党费规则无法计算：{e}")))?;
        let difference = due - bill.charged_fen;
        if difference == 0 {
            continue;
        }
        let note = format!(
            "基数自 {} 起调整为 {}.{:02} 元（新工资 {} 发放，party.dues.start），{}",
            month_text(from),
            row.base_fen / 100,
            row.base_fen % 100,
            month_text(b.new_pay_month),
            if difference > 0 {
                "补交差额"
            } else {
                "多交部分冲减"
            }
        );
        store::insert_entry(
            tx,
            &store::NewEntry {
                member: b.member,
                line: b.line,
                month: bill.month,
                kind: EntryKind::Correction,
                amount_fen: difference,
                method: None,
                receipt_no: None,
                note: Some(&note),
                corrects: Some(bill.bill_id),
                by: ctx.actor_id(),
            },
        )
        .await?;
    }
    Ok(row)
}

fn month_text(m: NaiveDate) -> String {
    m.format("%Y-%m").to_string()
}

/// The tenant's effective `party.dues.start`.
async fn dues_start(tx: &mut TenantTx) -> AppResult<DuesStart> {
    DuesStart::from_params(&rule(tx, "party.dues.start").await?)
        .map_err(|e| AppError::Conflict(format!("党费规则无法计算：{e}")))
}

async fn rule(tx: &mut TenantTx, key: &str) -> AppResult<serde_json::Value> {
    Ok(crate::statute::get_in(tx, key).await?.effective().clone())
}

async fn effective_rules(tx: &mut TenantTx) -> AppResult<DuesRules> {
    Ok(DuesRules {
        party_employed: rule(tx, "party.dues.employed").await?,
        party_retired: rule(tx, "party.dues.retired").await?,
        party_flat: rule(tx, "party.dues.flat").await?,
        union: rule(tx, "union.dues").await?,
        league: rule(tx, "league.age").await?,
    })
}

/// Bills a month on a line for the members under an org (or the whole tenant), by the
/// tenant's rules in force; members billed before are left alone. Returns how many bills were
/// written.
pub async fn generate_bills(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    line: &str,
    month: &str,
) -> AppResult<u64> {
    let line = parse_line(line)?;
    let month = parse_month("month", month)?;
    if month > current_month(Utc::now()) {
        return Err(AppError::field("month", "不能为将来的月份生成账单"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scope = require_org(ctx, app, &mut tx, org, "write").await?;
    let written = bill_in(&mut tx, ctx, line, month, scope.as_deref()).await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "dues.generate_bills",
            object_type: "dues",
            object_id: None,
            detail: json!({ "line": line, "month": month, "org": org, "written": written }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(written)
}

async fn bill_in(
    tx: &mut TenantTx,
    ctx: &Ctx,
    line: DuesLine,
    month: NaiveDate,
    scope: Option<&str>,
) -> AppResult<u64> {
    let rules = effective_rules(tx).await?;
    let start = dues_start(tx).await?;
    let mut bills = Vec::new();
    let offset = i32::try_from(start.probationary_offset).unwrap_or(0);
    for b in store::billable(tx, line, month, scope, offset).await? {
        let (amount, rule_key) = rules::monthly_amount(line, b.category, b.base_fen, &rules)
            .map_err(|e| AppError::Conflict(format!("党费规则无法计算：{e}")))?;
        bills.push(store::NewBill {
            member: b.member_id,
            org: b.org_id,
            amount_fen: amount,
            base_fen: b.base_fen,
            rule_key,
        });
    }
    Ok(store::insert_bills(tx, line, month, &bills, ctx.actor_id()).await?)
}

/// Bills every line of one tenant for a month (the worker's monthly run). Idempotent.
pub async fn bill_tenant(app: &App, tenant: Uuid, month: NaiveDate) -> AppResult<u64> {
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let mut written = 0;
    for &line in DuesLine::ALL {
        written += bill_in(&mut tx, &ctx, line, month, None).await?;
    }
    tx.commit().await?;
    Ok(written)
}

/// Bills every tenant that keeps dues for the month of `now` (the worker's monthly run on the
/// 1st; safe to repeat). Returns the bills written.
pub async fn bill_all(app: &App, now: DateTime<Utc>) -> AppResult<u64> {
    let month = current_month(now);
    let mut written = 0;
    for tenant in crate::system::tenants_with_dues(&app.db).await? {
        written += bill_tenant(app, tenant, month).await?;
    }
    Ok(written)
}

/// Records a payment (by whoever keeps the member's dues).
pub async fn record_payment(ctx: &Ctx, app: &App, p: NewPayment) -> AppResult<EntryRow> {
    let line = parse_line(&p.line)?;
    let month = parse_month("month", &p.month)?;
    if p.amount_fen <= 0 || p.amount_fen > 100_000_000 {
        return Err(AppError::field("amount", "金额应大于 0 且不超过 100 万元"));
    }
    let method: PaymentMethod = p
        .method
        .parse()
        .map_err(|_| AppError::field("method", "未知的交纳方式"))?;
    let receipt = p
        .receipt_no
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if receipt.is_some_and(|r| r.chars().count() > 60) {
        return Err(AppError::field("receiptNo", "收据编号不能超过 60 个字符"));
    }
    let note = crate::notice::model::parse_note("note", p.note.as_deref(), false)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_member(ctx, app, &mut tx, p.member_id, line, "write").await?;
    let id = store::insert_entry(
        &mut tx,
        &store::NewEntry {
            member: p.member_id,
            line,
            month,
            kind: EntryKind::Payment,
            amount_fen: p.amount_fen,
            method: Some(method),
            receipt_no: receipt,
            note: note.as_deref(),
            corrects: None,
            by: ctx.actor_id(),
        },
    )
    .await?;
    audit::object(&mut tx, ctx, "dues.record_payment", "dues_entry", id, json!({ "member": p.member_id, "line": line, "month": month, "amountFen": p.amount_fen, "method": method }))
    .await?;
    let row = store::entry(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// Corrects an entry by a new one for the same member, line and month: `amount_fen` is added
/// to what is owed (negative to reduce it). The corrected entry stays as it was.
pub async fn correct(
    ctx: &Ctx,
    app: &App,
    entry: Uuid,
    amount_fen: Fen,
    note: &str,
) -> AppResult<EntryRow> {
    if amount_fen == 0 || amount_fen.abs() > 100_000_000 {
        return Err(AppError::field(
            "amount",
            "更正金额不能为 0，且不超过 100 万元",
        ));
    }
    let note = crate::notice::model::parse_note("note", Some(note), true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let original = store::entry(&mut tx, entry)
        .await?
        .ok_or(AppError::NotFound)?;
    require_member(
        ctx,
        app,
        &mut tx,
        original.member_id,
        original.line,
        "write",
    )
    .await?;
    let id = store::insert_entry(
        &mut tx,
        &store::NewEntry {
            member: original.member_id,
            line: original.line,
            month: original.month,
            kind: EntryKind::Correction,
            amount_fen,
            method: None,
            receipt_no: None,
            note: note.as_deref(),
            corrects: Some(entry),
            by: ctx.actor_id(),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "dues.correct",
        "dues_entry",
        id,
        json!({ "corrects": entry, "amountFen": amount_fen, "note": note }),
    )
    .await?;
    let row = store::entry(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// A member's ledger on a line (the member themself, or whoever keeps their dues).
pub async fn statement(ctx: &Ctx, app: &App, member: Uuid, line: &str) -> AppResult<Vec<EntryRow>> {
    let line = parse_line(line)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if ctx.member_id() != Some(member) {
        require_member(ctx, app, &mut tx, member, line, "read").await?;
    }
    let rows = store::statement(&mut tx, member, line).await?;
    audit_read(
        &mut tx,
        ctx,
        member,
        json!({ "what": "statement", "line": line.as_str() }),
    )
    .await?;
    tx.commit().await?;
    Ok(rows)
}

/// Audits a read of another member's dues (bases come from their pay, the ledger shows what
/// they paid); a member reading their own is not recorded.
async fn audit_read(
    tx: &mut TenantTx,
    ctx: &Ctx,
    member: Uuid,
    detail: serde_json::Value,
) -> AppResult<()> {
    if ctx.member_id() == Some(member) {
        return Ok(());
    }
    audit::object(tx, ctx, "dues.read", "member", member, detail).await
}

/// The standing a member brought on a line from the tenant they came from, if any; readable
/// by whoever may read their ledger.
pub async fn standing(
    ctx: &Ctx,
    app: &App,
    member: Uuid,
    line: &str,
) -> AppResult<Option<StandingRow>> {
    let line = parse_line(line)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    if ctx.member_id() != Some(member) {
        require_member(ctx, app, &mut tx, member, line, "read").await?;
    }
    let row = store::standing(&mut tx, member, line).await?;
    tx.commit().await?;
    Ok(row)
}

/// Records, in the receiving tenant's transaction, the standing a member received by letter
/// brought on a line: months up to `paid_through` are not billed here.
pub(crate) async fn carry_standing(
    tx: &mut TenantTx,
    member: Uuid,
    line: DuesLine,
    paid_through: NaiveDate,
    from_tenant_name: &str,
    letter: Uuid,
) -> sqlx::Result<()> {
    store::insert_standing(tx, member, line, paid_through, from_tenant_name, letter).await
}

/// Members under an org (or the tenant) who owe on a line, with how long and whether the
/// lapse rule's warning applies.
pub async fn arrears(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    line: &str,
) -> AppResult<Vec<Arrear>> {
    let line = parse_line(line)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scope = require_org(ctx, app, &mut tx, org, "read").await?;
    let out = arrears_in(&mut tx, line, scope.as_deref()).await?;
    // The list names who owes how much: one audit row per read, with whom it named.
    let members: Vec<Uuid> = out.iter().map(|a| a.row.member_id).collect();
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "dues.read_arrears",
            object_type: "org_unit",
            object_id: org.map(|o| o.to_string()),
            detail: json!({ "line": line.as_str(), "members": members }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(out)
}

async fn arrears_in(
    tx: &mut TenantTx,
    line: DuesLine,
    scope: Option<&str>,
) -> AppResult<Vec<Arrear>> {
    let lapse = rule(tx, "membership.lapse").await?;
    let lapse_months = lapse["months"].as_i64().unwrap_or(6);
    Ok(store::arrears(tx, line, scope)
        .await?
        .into_iter()
        .map(|row| Arrear {
            lapse_warning: lapse_warning(&lapse, row.months_owed),
            lapse_months,
            row,
        })
        .collect())
}

/// Reminds every member under an org (or the tenant) who owes on a line, once a day at most
/// each (a second click the same day reminds nobody again). Returns how many were reminded.
pub async fn remind_arrears(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    line: &str,
) -> AppResult<usize> {
    let line = parse_line(line)?;
    let label = line_label(line);
    let today = Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive();
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scope = require_org(ctx, app, &mut tx, org, "write").await?;
    let mut written = Vec::new();
    for a in arrears_in(&mut tx, line, scope.as_deref()).await? {
        let yuan = format!("{}.{:02}", a.row.owed_fen / 100, a.row.owed_fen % 100);
        let warn = if a.lapse_warning {
            format!(
                "按规定，连续 {} 个月不交纳{label}将被视为自动脱离组织，请尽快交纳。",
                a.lapse_months
            )
        } else {
            String::new()
        };
        let body = format!(
            "您有 {} 个月的{label}尚未交纳，合计 {yuan} 元。{warn}",
            a.row.months_owed
        );
        if let Some(id) = crate::notify::write(
            &mut tx,
            app,
            &crate::notify::NewNotification {
                member_id: a.row.member_id,
                kind: "REMINDER",
                title: &format!("{label}交纳提醒"),
                body: &body,
                dedupe_key: Some(&format!("dues-remind:{line}:{}:{today}", a.row.member_id)),
                detail: json!({ "dues": line, "owedFen": a.row.owed_fen, "monthsOwed": a.row.months_owed, "rule": { "key": "membership.lapse" } }),
            },
        )
        .await?
        {
            written.push((a.row.member_id, id));
        }
    }
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "dues.remind_arrears",
            object_type: "dues",
            object_id: None,
            detail: json!({ "line": line, "org": org, "reminded": written.len() }),
        },
    )
    .await?;
    tx.commit().await?;
    crate::notify::announce(app, ctx.tenant_id, &written).await;
    Ok(written.len())
}

/// The arrears list as an .xlsx file (audited). Read on the read path
/// ([`crate::Db::begin_tenant_read`]); the audit row is written on the primary.
pub async fn export_arrears_xlsx(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    line: &str,
) -> AppResult<(String, Vec<u8>)> {
    let line = parse_line(line)?;
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let scope = require_org(ctx, app, &mut tx, org, "read").await?;
    let rows = arrears_in(&mut tx, line, scope.as_deref()).await?;
    tx.commit().await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "dues.export_arrears",
            object_type: "dues",
            object_id: None,
            detail: json!({ "line": line, "org": org, "count": rows.len() }),
        },
    )
    .await?;
    tx.commit().await?;
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("欠缴名单").map_err(xl)?;
    for (c, h) in [
        "姓名",
        "组织",
        "欠缴金额（元）",
        "欠缴月数",
        "最早欠缴月份",
        "脱党（团、会）风险",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(0, c as u16, *h).map_err(xl)?;
    }
    for (i, a) in rows.iter().enumerate() {
        let r = u32::try_from(i + 1).unwrap_or(u32::MAX);
        sheet.write_string(r, 0, &a.row.member_name).map_err(xl)?;
        sheet.write_string(r, 1, &a.row.org_name).map_err(xl)?;
        sheet
            .write_number(r, 2, a.row.owed_fen as f64 / 100.0)
            .map_err(xl)?;
        sheet
            .write_number(r, 3, a.row.months_owed as f64)
            .map_err(xl)?;
        let oldest = a
            .row
            .oldest_month
            .map(|m| m.format("%Y-%m").to_string())
            .unwrap_or_default();
        sheet.write_string(r, 4, &oldest).map_err(xl)?;
        sheet
            .write_string(r, 5, if a.lapse_warning { "是" } else { "" })
            .map_err(xl)?;
    }
    sheet.set_column_width(0, 12).map_err(xl)?;
    sheet.set_column_width(1, 24).map_err(xl)?;
    let bytes = book.save_to_buffer().map_err(xl)?;
    Ok((format!("{}欠缴名单.xlsx", line_label(line)), bytes))
}

/// Sums per org and month under an org (or the tenant) on a line, between two months.
pub async fn rollup(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    line: &str,
    from: &str,
    to: &str,
) -> AppResult<Vec<RollupRow>> {
    let line = parse_line(line)?;
    let (from, to) = (parse_month("fromMonth", from)?, parse_month("toMonth", to)?);
    if to < from {
        return Err(AppError::field("toMonth", "结束月份不能早于开始月份"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scope = require_org(ctx, app, &mut tx, org, "read").await?;
    let rows = store::rollup(&mut tx, line, scope.as_deref(), from, to).await?;
    tx.commit().await?;
    Ok(rows)
}
