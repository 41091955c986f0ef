//! Issuing, cancelling, finding and accepting introduction letters.

use super::model::{Found, IssueInput, LetterRow, LetterStatus};
use super::rules::{
    holds_relationship, line_column, new_code, normalise_code, paid_through, snapshot, valid_until,
};
use super::store;
use crate::db::TenantTx;
use crate::member::model::MemberStatus;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    identity::token,
    member::{self, model::NewMember},
    notify::{self, NewNotification},
};
use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

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
    if person.status != MemberStatus::Active {
        return Err(AppError::Conflict("该成员已停用或已转出".into()));
    }
    holds_relationship(column, person.political_status)?;
    let rule = crate::statute::get_in(&mut tx, "transfer.letter").await?;
    let valid_until = valid_until(Utc::now(), input.cross_province, rule.effective());
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
    audit::object(
        &mut tx,
        ctx,
        "transfer.issue",
        "transfer_letter",
        id,
        json!({ "member": input.member_id, "line": input.line, "validUntil": valid_until,
                "destination": destination.as_str() }),
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
    audit::object(
        &mut tx,
        ctx,
        "transfer.cancel",
        "transfer_letter",
        id,
        json!({}),
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
        audit::object(
            &mut tx,
            ctx,
            "transfer.accept",
            "transfer_letter",
            l.id,
            json!({ "member": l.member_id, "from": l.from_org_id, "to": org }),
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
        audit::object(
            &mut tx,
            &sender_ctx,
            "transfer.out",
            "transfer_letter",
            l.id,
            json!({ "member": l.member_id, "toTenant": ctx.tenant_id, "toTenantName": receiver_name,
                    "toOrg": target.name, "crossed": l.snapshot }),
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
        if let Some(month) = paid_through(s) {
            crate::dues::carry_standing(
                &mut tx,
                id,
                l.line.parse().map_err(anyhow::Error::from)?,
                month,
                &found.tenant_name,
                l.id,
            )
            .await?;
        }
        audit::object(
            &mut tx,
            ctx,
            "transfer.in",
            "member",
            id,
            json!({ "fromTenant": sender, "fromTenantName": found.tenant_name,
                    "letter": l.id, "org": org, "crossed": s }),
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
