//! Applications to join, the league's registration campaigns and age-out warnings.

use super::model::{
    AgeOut, ApplicationRow, ApplicationStatus, CampaignMember, CampaignRow, JoinLine,
};
use super::rules::org_line;
use super::{age, store};
use crate::db::TenantTx;
use crate::member::model::PoliticalStatus;
use crate::org::model::Line;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    notify::{self, NewNotification},
};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

async fn league_age(tx: &mut TenantTx) -> AppResult<(i32, i32, bool, String)> {
    let rule = crate::statute::get_in(tx, "league.age").await?;
    let p = rule.effective();
    Ok((
        p["minAge"].as_i64().unwrap_or(14) as i32,
        p["maxAge"].as_i64().unwrap_or(28) as i32,
        p["keepIfLeaguePost"].as_bool().unwrap_or(true),
        format!("{}（{}）", rule.title, rule.effective_source()),
    ))
}

fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

/// The viewer applies to join the union or the league through an org of that line. The
/// league checks age at once (`league.age`), citing the rule.
pub async fn apply(
    ctx: &Ctx,
    app: &App,
    line: &str,
    org: Uuid,
    note: Option<&str>,
) -> AppResult<ApplicationRow> {
    let me = ctx.member_id().ok_or(AppError::Forbidden)?;
    let line = org_line(line)?;
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > 500) {
        return Err(AppError::field("note", "不能超过 500 个字"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let o = crate::org::store::get(&mut tx, org)
        .await?
        .filter(|o| o.archived_at.is_none())
        .ok_or_else(|| AppError::field("orgId", "组织不存在"))?;
    if o.line.0 != line.org_line() {
        return Err(AppError::field("orgId", "请选择该条线的组织"));
    }
    let (birth, status, youth, union) = store::member_facts(&mut tx, me)
        .await?
        .ok_or(AppError::NotFound)?;
    match line {
        JoinLine::Youth => {
            if youth.is_some() && status == PoliticalStatus::LeagueMember {
                return Err(AppError::Conflict("您已是共青团员".into()));
            }
            let (min, max, _, basis) = league_age(&mut tx).await?;
            age::admissible(birth, today(), min, max)
                .map_err(|m| AppError::field("line", format!("{m}（依据：{basis}）")))?;
        }
        JoinLine::Union => {
            if union.is_some() {
                return Err(AppError::Conflict("您已是工会会员".into()));
            }
        }
    }
    let id = crate::new_id();
    store::insert_application(&mut tx, id, me, line, org, note)
        .await
        .map_err(|e| match e.as_database_error() {
            Some(d) if d.is_unique_violation() => AppError::Conflict("您已有待审批的申请".into()),
            _ => e.into(),
        })?;
    let officers = crate::org::officers(&mut tx, org).await?;
    let title = format!(
        "{}申请：{}",
        if line == JoinLine::Youth {
            "入团"
        } else {
            "入会"
        },
        o.name
    );
    let mut written = Vec::new();
    for officer in officers {
        let n = NewNotification {
            member_id: officer,
            kind: "TASK",
            title: &title,
            body: note.unwrap_or(""),
            dedupe_key: None,
            detail: json!({ "application": id }),
        };
        if let Some(nid) = notify::write(&mut tx, app, &n).await? {
            written.push((officer, nid));
        }
    }
    record(
        &mut tx,
        ctx,
        "joining.apply",
        id,
        json!({ "line": line, "org": org }),
    )
    .await?;
    let row = store::application(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    Ok(row)
}

/// The org (with `member:write` there) approves or refuses an application; approval places
/// the member in the org (and makes them a league member), checking the league's age again.
pub async fn decide(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    approve: bool,
    note: Option<&str>,
) -> AppResult<ApplicationRow> {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    let mut tx = app.db.begin_tenant(ctx).await?;
    let a = store::application(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(
            ctx,
            &Scope::Org(a.org_path.clone()),
            catalog::MEMBER,
            "write",
        )
        .await?;
    if a.status != ApplicationStatus::Pending {
        return Err(AppError::Conflict("该申请已处理".into()));
    }
    if approve {
        if a.line == JoinLine::Youth {
            let (min, max, _, basis) = league_age(&mut tx).await?;
            age::admissible(a.birth_date, today(), min, max)
                .map_err(|m| AppError::field("applicationId", format!("{m}（依据：{basis}）")))?;
        }
        store::admit(&mut tx, a.member_id, a.line, a.org_id).await?;
    }
    store::decide_application(
        &mut tx,
        id,
        if approve {
            ApplicationStatus::Approved
        } else {
            ApplicationStatus::Refused
        },
        ctx.member_id(),
        note,
    )
    .await?;
    let title = match (a.line, approve) {
        (JoinLine::Youth, true) => "入团申请已批准",
        (JoinLine::Youth, false) => "入团申请未获批准",
        (JoinLine::Union, true) => "入会申请已批准",
        (JoinLine::Union, false) => "入会申请未获批准",
    };
    let n = NewNotification {
        member_id: a.member_id,
        kind: "SYSTEM",
        title,
        body: note.unwrap_or(""),
        dedupe_key: None,
        detail: json!({ "application": id }),
    };
    let written = notify::write(&mut tx, app, &n).await?;
    record(
        &mut tx,
        ctx,
        "joining.decide",
        id,
        json!({ "approve": approve }),
    )
    .await?;
    let row = store::application(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    if let Some(nid) = written {
        notify::announce(app, ctx.tenant_id, &[(a.member_id, nid)]).await;
    }
    Ok(row)
}

/// Applications the viewer decides (orgs where they hold `member:write`) and their own.
pub async fn applications(ctx: &Ctx, app: &App) -> AppResult<Vec<ApplicationRow>> {
    let under = crate::authz::service::reach(ctx, app, catalog::MEMBER, "write").await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::applications(&mut tx, under.as_deref(), ctx.member_id()).await?;
    tx.commit().await?;
    Ok(rows)
}

async fn record(
    tx: &mut TenantTx,
    ctx: &Ctx,
    action: &'static str,
    id: Uuid,
    detail: serde_json::Value,
) -> AppResult<()> {
    audit::object(tx, ctx, action, "joining", id, detail).await
}

/// Starts the year's registration (团籍注册) for a league org's sub-tree and tells its league
/// members.
pub async fn start_campaign(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    year: i32,
    closes_on: NaiveDate,
) -> AppResult<CampaignRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let o = crate::org::store::get(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(o.path.clone()), catalog::MEMBER, "write")
        .await?;
    if o.line.0 != Line::Youth {
        return Err(AppError::field("orgId", "团籍注册须由团组织发起"));
    }
    if !(2000..=2100).contains(&year) {
        return Err(AppError::field("year", "年份不正确"));
    }
    if closes_on < today() {
        return Err(AppError::field("closesOn", "截止日期不能早于今天"));
    }
    let id = crate::new_id();
    store::insert_campaign(&mut tx, id, org, year, closes_on, ctx.member_id())
        .await
        .map_err(|e| match e.as_database_error() {
            Some(d) if d.is_unique_violation() => {
                AppError::Conflict(format!("{year} 年的团籍注册已经发起"))
            }
            _ => e.into(),
        })?;
    let members = store::campaign_members(&mut tx, id, &o.path).await?;
    let title = format!("{year} 年度团籍注册");
    let body = format!("请于 {closes_on} 前完成团籍注册。");
    let mut written = Vec::new();
    for m in &members {
        let n = NewNotification {
            member_id: m.member_id,
            kind: "NOTICE",
            title: &title,
            body: &body,
            dedupe_key: None,
            detail: json!({ "leagueCampaign": id }),
        };
        if let Some(nid) = notify::write(&mut tx, app, &n).await? {
            written.push((m.member_id, nid));
        }
    }
    record(
        &mut tx,
        ctx,
        "league.campaign_start",
        id,
        json!({ "org": org, "year": year }),
    )
    .await?;
    let row = store::campaign(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    Ok(row)
}

/// Campaigns the viewer runs or takes part in.
pub async fn campaigns(ctx: &Ctx, app: &App) -> AppResult<Vec<CampaignRow>> {
    let under = crate::authz::service::reach(ctx, app, catalog::MEMBER, "read").await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::campaigns(&mut tx, under.as_deref(), ctx.member_id()).await?;
    tx.commit().await?;
    Ok(rows)
}

async fn campaign_for(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    act: &str,
) -> AppResult<CampaignRow> {
    let c = store::campaign(tx, id).await?.ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(c.org_path.clone()), catalog::MEMBER, act)
        .await?;
    Ok(c)
}

/// Who has registered and who has not (for those who read the campaign's org).
pub async fn campaign_members(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Vec<CampaignMember>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let c = campaign_for(ctx, app, &mut tx, id, "read").await?;
    let rows = store::campaign_members(&mut tx, id, &c.org_path).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Registers a league member: the member themself, or an officer for them. Once.
pub async fn register(ctx: &Ctx, app: &App, id: Uuid, member: Option<Uuid>) -> AppResult<()> {
    let me = ctx.member_id();
    let who = member.or(me).ok_or(AppError::Forbidden)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let c = store::campaign(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if Some(who) != me {
        campaign_for(ctx, app, &mut tx, id, "write").await?;
    }
    let members = store::campaign_members(&mut tx, id, &c.org_path).await?;
    if !members.iter().any(|m| m.member_id == who) {
        return Err(AppError::NotFound);
    }
    if c.closes_on < today() {
        return Err(AppError::Conflict("团籍注册已截止".into()));
    }
    if !store::register(&mut tx, id, who, me).await? {
        return Err(AppError::Conflict("已完成注册".into()));
    }
    record(
        &mut tx,
        ctx,
        "league.register",
        id,
        json!({ "member": who }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Reminds those not yet registered, at most once a day; returns how many.
pub async fn remind_campaign(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<usize> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let c = campaign_for(ctx, app, &mut tx, id, "write").await?;
    if !store::mark_reminded(&mut tx, id).await? {
        return Err(AppError::RateLimited("今天已经提醒过，请明天再试".into()));
    }
    let title = format!("提醒：请完成 {} 年度团籍注册", c.year);
    let body = format!("截止日期 {}。", c.closes_on);
    let mut written = Vec::new();
    for m in store::campaign_members(&mut tx, id, &c.org_path)
        .await?
        .into_iter()
        .filter(|m| m.registered_at.is_none())
    {
        let n = NewNotification {
            member_id: m.member_id,
            kind: "REMINDER",
            title: &title,
            body: &body,
            dedupe_key: None,
            detail: json!({ "leagueCampaign": id }),
        };
        if let Some(nid) = notify::write(&mut tx, app, &n).await? {
            written.push((m.member_id, nid));
        }
    }
    record(
        &mut tx,
        ctx,
        "league.campaign_remind",
        id,
        json!({ "reminded": written.len() }),
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    Ok(written.len())
}

async fn age_outs(
    tx: &mut TenantTx,
    under: Option<&str>,
    on: NaiveDate,
) -> AppResult<Vec<(AgeOut, Option<Uuid>)>> {
    let (_, max, keep, _) = league_age(tx).await?;
    let before = crate::statute::get_in(tx, "league.age_out_warning")
        .await?
        .effective()["monthsBefore"]
        .as_u64()
        .unwrap_or(3) as u32;
    Ok(store::league_members(tx, under)
        .await?
        .into_iter()
        .filter_map(|m| {
            let out = age::age_out_warning(m.birth_date, on, max, before, m.holds_post, keep)?;
            Some((
                AgeOut {
                    member_id: m.member_id,
                    name: m.name,
                    age_out_on: out,
                },
                m.youth_org_id,
            ))
        })
        .collect())
}

/// League members of an org's sub-tree nearing or past the age of leaving (without a league
/// post that keeps them), for those who read its members.
pub async fn age_out_list(ctx: &Ctx, app: &App, org: Uuid) -> AppResult<Vec<AgeOut>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let o = crate::org::store::get(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(o.path.clone()), catalog::MEMBER, "read")
        .await?;
    let rows = age_outs(&mut tx, Some(&o.path), today()).await?;
    tx.commit().await?;
    Ok(rows.into_iter().map(|(a, _)| a).collect())
}

/// Tells each league member nearing 28 (and their org's officers) once a year. Returns the
/// notifications written.
pub async fn warn_age_out(app: &App, tenant: Uuid, on: NaiveDate) -> AppResult<usize> {
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let rows = age_outs(&mut tx, None, on).await?;
    let mut written = Vec::new();
    for (a, org) in rows {
        let title = format!("超龄离团提醒：{}", a.name);
        let body = format!(
            "{} 将于 {} 年满28周岁，按团章规定应办理离团手续（担任团内职务的除外）。",
            a.name, a.age_out_on
        );
        let mut to = vec![a.member_id];
        if let Some(o) = org {
            to.extend(crate::org::officers(&mut tx, o).await?);
        }
        for m in to {
            let key = format!("league-age-out:{}:{}:{m}", a.member_id, on.year());
            let n = NewNotification {
                member_id: m,
                kind: "REMINDER",
                title: &title,
                body: &body,
                dedupe_key: Some(&key),
                detail: json!({ "member": a.member_id, "ageOutOn": a.age_out_on }),
            };
            if let Some(nid) = notify::write(&mut tx, app, &n).await? {
                written.push((m, nid));
            }
        }
    }
    tx.commit().await?;
    notify::announce(app, tenant, &written).await;
    Ok(written.len())
}

/// The daily age-out scan over every tenant with league members.
pub async fn warn_age_out_all(app: &App, now: DateTime<Utc>) -> AppResult<usize> {
    let on = now.with_timezone(&chrono_tz::Asia::Shanghai).date_naive();
    let mut total = 0;
    for tenant in crate::system::tenants_with_league_members(&app.db).await? {
        total += warn_age_out(app, tenant, on).await?;
    }
    Ok(total)
}
