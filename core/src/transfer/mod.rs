//! Organisation relationship transfers (组织关系接转). The sending org issues an electronic
//! introduction letter (介绍信) with a code, a validity from `transfer.letter` and the dues
//! paid-up month; a receiving org accepts it by code — in the same tenant the member moves
//! between orgs; in another tenant a new membership begins there with only the data
//! `transfer.crossing` names, and the old one is closed (not deleted): its roles, group chats
//! and positions end. Both sides are written in one transaction and audited on both sides;
//! the receipt (回执) is recorded on the letter.

mod store;

use crate::db::TenantTx;

crate::text_enum! {
    /// Where an introduction letter stands (an issued letter past its validity is expired,
    /// which is computed, not stored).
    pub enum LetterStatus {
        /// 已开具: waits for the receiving org.
        Issued = "ISSUED",
        /// 已接收: the receipt is in.
        Accepted = "ACCEPTED",
        /// 已撤销 by the sender.
        Cancelled = "CANCELLED",
    }
}
use crate::{
    App, AppError, AppResult, Ctx,
    audit::{self, Entry},
    authz::{Scope, catalog},
    identity::token,
    member::{self, model::NewMember},
    notify::{self, NewNotification},
};
use chrono::{DateTime, Months, NaiveDate, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

/// An introduction letter.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LetterRow {
    /// Id.
    pub id: Uuid,
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// `PARTY`, `UNION`, `YOUTH`.
    pub line: String,
    /// Sending org.
    pub from_org_id: Uuid,
    /// Its name.
    pub from_org_name: String,
    /// Addressed to.
    pub destination: String,
    /// Across provinces (longer validity).
    pub cross_province: bool,
    /// The code printed on it.
    pub code: String,
    /// Valid until.
    pub valid_until: DateTime<Utc>,
    /// Dues paid through this month.
    pub dues_paid_through: Option<NaiveDate>,
    /// What crosses.
    pub snapshot: Value,
    /// Issued, accepted or cancelled.
    pub status: LetterStatus,
    /// Note.
    pub note: Option<String>,
    /// Issued.
    pub issued_at: DateTime<Utc>,
    /// Accepted.
    pub accepted_at: Option<DateTime<Utc>>,
    /// The receipt (回执): receiving tenant and org, when.
    pub receipt: Option<Value>,
}

impl LetterRow {
    /// Issued and past its validity.
    pub fn expired(&self, now: DateTime<Utc>) -> bool {
        self.status == LetterStatus::Issued && self.valid_until <= now
    }
}

/// A letter to issue.
#[derive(Debug, Clone)]
pub struct IssueInput {
    /// Member.
    pub member_id: Uuid,
    /// Line.
    pub line: String,
    /// Where it is addressed (the receiving unit as written).
    pub destination: String,
    /// Across provinces.
    pub cross_province: bool,
    /// Note.
    pub note: Option<String>,
}

fn line_column(line: &str) -> AppResult<&'static str> {
    match line {
        "PARTY" => Ok("party_org_id"),
        "UNION" => Ok("union_org_id"),
        "YOUTH" => Ok("youth_org_id"),
        _ => Err(AppError::field("line", "未知的条线")),
    }
}

/// A fresh letter code, e.g. `ZX7K-42MP-9QTR` (no 0/O/1/I to misread).
fn new_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 12];
    rand::fill(&mut bytes);
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The code as typed, normalised (case, spaces and dashes do not matter).
pub fn normalise_code(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The snapshot of the fields `transfer.crossing` names, and nothing else.
fn snapshot(fields: &[String], p: &store::Person, stages: Value, dues: Option<NaiveDate>) -> Value {
    let mut out = serde_json::Map::new();
    for f in fields {
        let v = match f.as_str() {
            "name" => json!(p.name),
            "gender" => json!(p.gender),
            "birthDate" => json!(p.birth_date),
            "politicalStatus" => json!(p.political_status),
            "stages" => stages.clone(),
            "duesPaidThrough" => json!(dues.map(|d| d.format("%Y-%m").to_string())),
            _ => continue,
        };
        out.insert(f.clone(), v);
    }
    Value::Object(out)
}

/// The sending org (with `member:write` over the member's org on the line) issues a letter.
/// A member has one letter out at a time.
pub async fn issue(ctx: &Ctx, app: &App, input: IssueInput) -> AppResult<LetterRow> {
    let column = line_column(&input.line)?;
    let destination = crate::tenancy::model::Name::parse("destination", &input.destination, 200)?;
    let note = input
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > 500) {
        return Err(AppError::field("note", "不能超过 500 个字"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let person = store::person(&mut tx, input.member_id, column)
        .await?
        .ok_or(AppError::NotFound)?;
    let (Some(org), Some(path)) = (person.line_org, person.line_path.clone()) else {
        app.authz
            .require_visible(ctx, &Scope::Tenant, catalog::MEMBER, "write")
            .await?;
        return Err(AppError::field("line", "该成员在此条线上没有所属组织"));
    };
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::MEMBER, "write")
        .await?;
    if person.status != "ACTIVE" {
        return Err(AppError::Conflict("该成员已停用或已转出".into()));
    }
    let rule = crate::statute::get_in(&mut tx, "transfer.letter").await?;
    let months = if input.cross_province {
        rule.effective()["crossProvinceMonths"]
            .as_u64()
            .unwrap_or(6)
    } else {
        rule.effective()["validMonths"].as_u64().unwrap_or(3)
    } as u32;
    let now = Utc::now();
    let valid_until = now.checked_add_months(Months::new(months)).unwrap_or(now);
    let crossing = crate::statute::get_in(&mut tx, "transfer.crossing").await?;
    let fields: Vec<String> = crossing.effective()["fields"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| f.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let dues = store::dues_paid_through(&mut tx, input.member_id, &input.line).await?;
    let stages = store::stages_json(&mut tx, input.member_id).await?;
    let snap = snapshot(&fields, &person, stages, dues);
    let code = new_code();
    let id = crate::new_id();
    crate::system::insert_transfer_code(
        &app.db,
        &token::digest(&normalise_code(&code)),
        ctx.tenant_id,
        id,
    )
    .await?;
    let inserted = store::insert(
        &mut tx,
        &store::NewLetter {
            id,
            member: input.member_id,
            line: &input.line,
            from_org: org,
            destination: destination.as_str(),
            cross_province: input.cross_province,
            code: &code,
            valid_until,
            dues_paid_through: dues,
            snapshot: &snap,
            note,
            by: ctx.member_id(),
        },
    )
    .await;
    if let Err(e) = inserted {
        if e.as_database_error()
            .is_some_and(|d| d.is_unique_violation())
        {
            return Err(AppError::Conflict(
                "该成员已有未办结的介绍信，请先撤销或等待对方接收".into(),
            ));
        }
        return Err(e.into());
    }
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "transfer.issue",
            object_type: "transfer_letter",
            object_id: Some(id.to_string()),
            detail: json!({ "member": input.member_id, "line": input.line, "validUntil": valid_until,
                "destination": destination.as_str() }),
        },
    )
    .await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// Cancels a letter not yet accepted.
pub async fn cancel(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<LetterRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let letter = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    require_org(ctx, app, &mut tx, letter.from_org_id, "write").await?;
    if letter.status != LetterStatus::Issued {
        return Err(AppError::Conflict("介绍信已办结，不能撤销".into()));
    }
    store::set_status(&mut tx, id, LetterStatus::Cancelled, None).await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "transfer.cancel",
            object_type: "transfer_letter",
            object_id: Some(id.to_string()),
            detail: json!({}),
        },
    )
    .await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

async fn require_org(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    org: Uuid,
    act: &str,
) -> AppResult<crate::org::model::OrgRow> {
    let o = crate::org::store::get(tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(o.path.clone()), catalog::MEMBER, act)
        .await?;
    Ok(o)
}

/// Letters issued by orgs the viewer reads members of, open ones first.
pub async fn letters(ctx: &Ctx, app: &App) -> AppResult<Vec<LetterRow>> {
    let under = crate::authz::service::reach(ctx, app, catalog::MEMBER, "read").await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::list(&mut tx, under.as_deref()).await?;
    tx.commit().await?;
    Ok(rows)
}

/// A letter found by its code, as the receiving side sees it before accepting.
#[derive(Debug, Clone)]
pub struct Found {
    /// The sending tenant.
    pub tenant_id: Uuid,
    /// Its name.
    pub tenant_name: String,
    /// The letter.
    pub letter: LetterRow,
}

/// Finds a letter by code (for those who may receive members somewhere: `member:write`).
async fn find(app: &App, tx: &mut TenantTx, code: &str) -> AppResult<Found> {
    let invalid = || AppError::field("code", "介绍信编号无效");
    let (tenant, letter) =
        crate::system::transfer_code(&app.db, &token::digest(&normalise_code(code)))
            .await?
            .ok_or_else(invalid)?;
    tx.switch_tenant(tenant).await?;
    let row = store::get(tx, letter).await?.ok_or_else(invalid)?;
    let tenant_name = crate::tenancy::tenant_in(tx).await?.name;
    Ok(Found {
        tenant_id: tenant,
        tenant_name,
        letter: row,
    })
}

/// The letter with this code, for a receiving org to check before accepting.
pub async fn preview(ctx: &Ctx, app: &App, code: &str) -> AppResult<Found> {
    let perms = crate::authz::service::permissions_anywhere(ctx, app).await?;
    if !perms.iter().any(|p| p == "member:write") {
        return Err(AppError::NotFound);
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let found = find(app, &mut tx, code).await?;
    tx.rollback().await?;
    Ok(found)
}

/// A receiving org (with `member:write` there) accepts a letter by code. Refused when the
/// letter is expired, used or cancelled, addressed on another line, or when the person is
/// already a member here.
pub async fn accept(ctx: &Ctx, app: &App, code: &str, org: Uuid) -> AppResult<Uuid> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let target = require_org(ctx, app, &mut tx, org, "write").await?;
    let found = find(app, &mut tx, code).await?;
    let l = &found.letter;
    if l.status != LetterStatus::Issued {
        return Err(AppError::field("code", "介绍信已被接收或已撤销"));
    }
    if l.expired(Utc::now()) {
        return Err(AppError::field(
            "code",
            "介绍信已过有效期，请原单位重新开具",
        ));
    }
    if target.line.0.code() != l.line {
        return Err(AppError::field("orgId", "接收组织与介绍信的条线不一致"));
    }
    if target.archived_at.is_some() {
        return Err(AppError::field("orgId", "该组织已撤销"));
    }
    let column = line_column(&l.line)?;
    let sender = found.tenant_id;
    let person = store::person(&mut tx, l.member_id, column)
        .await?
        .ok_or(AppError::NotFound)?;
    let receipt_of = |receiver: &str| json!({ "tenant": receiver, "org": target.name, "acceptedAt": Utc::now() });
    let member = if sender == ctx.tenant_id {
        // Inside the tenant: the member moves; nothing crosses.
        if l.from_org_id == org {
            return Err(AppError::field("orgId", "接收组织与原组织相同"));
        }
        store::move_member(&mut tx, l.member_id, column, org).await?;
        store::set_status(
            &mut tx,
            l.id,
            LetterStatus::Accepted,
            Some(&receipt_of(&found.tenant_name)),
        )
        .await?;
        audit::record(
            &mut tx,
            ctx,
            Entry {
                action: "transfer.accept",
                object_type: "transfer_letter",
                object_id: Some(l.id.to_string()),
                detail: json!({ "member": l.member_id, "from": l.from_org_id, "to": org }),
            },
        )
        .await?;
        l.member_id
    } else {
        // Between tenants: the sender's side first (under its own tenant), then ours.
        if let Some(account) = person.account_id {
            tx.switch_tenant(ctx.tenant_id).await?;
            if store::active_member_of_account(&mut tx, account).await? {
                return Err(AppError::Conflict(
                    "此人已是本单位成员，不能重复接收".into(),
                ));
            }
        }
        let receiver_name = crate::tenancy::tenant_in(&mut tx).await?.name;
        tx.switch_tenant(sender).await?;
        store::set_status(
            &mut tx,
            l.id,
            LetterStatus::Accepted,
            Some(&receipt_of(&receiver_name)),
        )
        .await?;
        store::close_member(&mut tx, l.member_id).await?;
        let sender_ctx = Ctx::system(sender);
        audit::record(
            &mut tx,
            &sender_ctx,
            Entry {
                action: "transfer.out",
                object_type: "transfer_letter",
                object_id: Some(l.id.to_string()),
                detail: json!({ "member": l.member_id, "toTenant": ctx.tenant_id, "toTenantName": receiver_name,
                    "toOrg": target.name, "crossed": l.snapshot }),
            },
        )
        .await?;
        let officers = crate::org::officers(&mut tx, l.from_org_id).await?;
        let title = format!("组织关系转接回执：{}", l.member_name);
        let body = format!(
            "{} 已由 {}（{}）接收，本单位的记录已关闭。",
            l.member_name, receiver_name, target.name
        );
        let mut written = Vec::new();
        for o in officers {
            let n = NewNotification {
                member_id: o,
                kind: "SYSTEM",
                title: &title,
                body: &body,
                dedupe_key: None,
                detail: json!({ "transferLetter": l.id }),
            };
            if let Some(id) = notify::write(&mut tx, app, &n).await? {
                written.push((o, id));
            }
        }
        tx.switch_tenant(ctx.tenant_id).await?;
        let id = crate::new_id();
        let s = &l.snapshot;
        let mut new = NewMember {
            id,
            account_id: person.account_id,
            name: s["name"].as_str().unwrap_or(&l.member_name).to_string(),
            gender: s["gender"].as_str().map(str::to_string),
            birth_date: s["birthDate"].as_str().and_then(|d| d.parse().ok()),
            // The snapshot was written from a member row, so its code is a known one.
            political_status: s["politicalStatus"]
                .as_str()
                .unwrap_or("MASSES")
                .parse()
                .map_err(anyhow::Error::from)?,
            ..NewMember::default()
        };
        new.place_in(target.line.0, org);
        member::store::insert(&mut tx, &new)
            .await
            .map_err(|e| match e.as_database_error() {
                Some(d) if d.is_unique_violation() => {
                    AppError::Conflict("此人在本单位有已关闭的记录，请联系管理员处理".into())
                }
                _ => e.into(),
            })?;
        crate::authz::store::insert_rule(
            &mut tx,
            "g",
            &[
                &format!("m:{id}"),
                catalog::BASE_ROLE,
                &Scope::Tenant.grant_domain(ctx.tenant_id),
            ],
            "transfer",
        )
        .await?;
        if let Some(stages) = s.get("stages") {
            store::insert_stages(&mut tx, id, stages).await?;
        }
        store::insert_in(
            &mut tx,
            id,
            org,
            sender,
            &found.tenant_name,
            l.id,
            s,
            ctx.member_id(),
        )
        .await?;
        audit::record(
            &mut tx,
            ctx,
            Entry {
                action: "transfer.in",
                object_type: "member",
                object_id: Some(id.to_string()),
                detail: json!({ "fromTenant": sender, "fromTenantName": found.tenant_name,
                    "letter": l.id, "org": org, "crossed": s }),
            },
        )
        .await?;
        tx.commit().await?;
        notify::announce(app, sender, &written).await;
        app.authz.invalidate(sender).await;
        app.authz.invalidate(ctx.tenant_id).await;
        return Ok(id);
    };
    tx.commit().await?;
    Ok(member)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_three_groups_of_four_unambiguous_characters_and_typing_is_forgiving() {
        let code = new_code();
        assert_eq!(code.len(), 14);
        assert!(
            code.chars()
                .all(|c| c == '-' || "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".contains(c))
        );
        assert_eq!(
            normalise_code(&format!(" {} ", code.to_lowercase())),
            code.replace('-', "")
        );
    }

    #[test]
    fn the_snapshot_holds_exactly_the_fields_the_rule_names() {
        let p = store::Person {
            account_id: None,
            name: "张三".into(),
            gender: Some("MALE".into()),
            birth_date: NaiveDate::from_ymd_opt(1990, 5, 1),
            political_status: "FULL_MEMBER".into(),
            status: "ACTIVE".into(),
            line_org: None,
            line_path: None,
        };
        let s = snapshot(
            &["name".into(), "duesPaidThrough".into(), "phone".into()],
            &p,
            json!([]),
            NaiveDate::from_ymd_opt(2026, 11, 1),
        );
        assert_eq!(s, json!({ "name": "张三", "duesPaidThrough": "2026-11" }));
    }
}
