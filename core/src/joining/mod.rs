//! Joining the league and the union (application, then approval by the org, with the league's
//! age rules), the league's annual registration campaigns (团籍注册), age-out warnings at 28,
//! and the union e-member card with a signed, short-lived QR identity.

pub mod age;
mod store;

use crate::db::TenantTx;

crate::text_enum! {
    /// Where an application to join the union or the league stands.
    pub enum ApplicationStatus {
        /// 待审批: waiting for the org.
        Pending = "PENDING",
        /// 已批准: the applicant is a member.
        Approved = "APPROVED",
        /// 未批准.
        Refused = "REFUSED",
    }
}
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    links::LinkError,
    notify::{self, NewNotification},
};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

/// The worker task that warns league members approaching 28 and their orgs.
pub const AGE_OUT_TASK: &str = "warn_league_age_out";

/// An application to join.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApplicationRow {
    /// Id.
    pub id: Uuid,
    /// Applicant.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// Birth date (the league checks age).
    pub birth_date: Option<NaiveDate>,
    /// `UNION` or `YOUTH`.
    pub line: String,
    /// The org applied to.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// The applicant's note.
    pub note: Option<String>,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// Applied.
    pub created_at: DateTime<Utc>,
    /// Decided.
    pub decided_at: Option<DateTime<Utc>>,
    /// The decision's note.
    pub decision_note: Option<String>,
    /// The org's path.
    pub org_path: String,
}

/// A league registration campaign.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CampaignRow {
    /// Id.
    pub id: Uuid,
    /// The league org running it (its sub-tree registers).
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// The year registered for.
    pub year: i32,
    /// Last day.
    pub closes_on: NaiveDate,
    /// Last reminder.
    pub last_reminded_at: Option<DateTime<Utc>>,
    /// Started.
    pub created_at: DateTime<Utc>,
}

/// A league member in a campaign.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CampaignMember {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub name: String,
    /// Their league org.
    pub org_name: String,
    /// Registered (none yet).
    pub registered_at: Option<DateTime<Utc>>,
}

fn org_line(line: &str) -> AppResult<&'static str> {
    match line {
        "UNION" => Ok("UNION"),
        "YOUTH" => Ok("YOUTH"),
        _ => Err(AppError::field("line", "只能申请加入工会或共青团")),
    }
}

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
    if o.line.0.code() != line {
        return Err(AppError::field("orgId", "请选择该条线的组织"));
    }
    let (birth, status, youth, union) = store::member_facts(&mut tx, me)
        .await?
        .ok_or(AppError::NotFound)?;
    match line {
        "YOUTH" => {
            if youth.is_some() && status == "LEAGUE_MEMBER" {
                return Err(AppError::Conflict("您已是共青团员".into()));
            }
            let (min, max, _, basis) = league_age(&mut tx).await?;
            age::admissible(birth, today(), min, max)
                .map_err(|m| AppError::field("line", format!("{m}（依据：{basis}）")))?;
        }
        _ => {
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
        if line == "YOUTH" { "入团" } else { "入会" },
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
        if a.line == "YOUTH" {
            let (min, max, _, basis) = league_age(&mut tx).await?;
            age::admissible(a.birth_date, today(), min, max)
                .map_err(|m| AppError::field("applicationId", format!("{m}（依据：{basis}）")))?;
        }
        store::admit(&mut tx, a.member_id, &a.line, a.org_id).await?;
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
    let title = match (a.line.as_str(), approve) {
        ("YOUTH", true) => "入团申请已批准",
        ("YOUTH", false) => "入团申请未获批准",
        (_, true) => "入会申请已批准",
        (_, false) => "入会申请未获批准",
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
    if o.line.0.code() != "YOUTH" {
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

/// A league member nearing (or past) the age of leaving.
#[derive(Debug, Clone)]
pub struct AgeOut {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub name: String,
    /// The day they turn the rule's maximum age.
    pub age_out_on: NaiveDate,
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

/// What a union card's QR carries.
#[derive(Debug, Serialize, Deserialize)]
struct CardClaim {
    t: Uuid,
    m: Uuid,
    /// Expires (Unix seconds).
    e: i64,
}

/// The purpose union card codes are signed for.
const CARD: &str = "union-card";
/// A card's QR is valid this long (the page refreshes it), so a screenshot soon stops working.
const CARD_SECS: i64 = 120;

/// The viewer's union e-member card: their union org and a signed QR identity.
#[derive(Debug, Clone)]
pub struct UnionCard {
    /// Name.
    pub name: String,
    /// Their union org.
    pub org_name: String,
    /// The tenant (the enterprise).
    pub tenant_name: String,
    /// Signed identity for the QR.
    pub code: String,
    /// When the code stops being accepted.
    pub expires_at: DateTime<Utc>,
}

/// The viewer's card; NOT_FOUND when they are not a union member.
pub async fn union_card(ctx: &Ctx, app: &App) -> AppResult<UnionCard> {
    let me = ctx.member_id().ok_or(AppError::NotFound)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, _, _, union) = store::member_facts(&mut tx, me)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = crate::org::store::get(&mut tx, union.ok_or(AppError::NotFound)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let member = crate::member::store::get(&mut tx, me)
        .await?
        .ok_or(AppError::NotFound)?;
    let tenant_name = crate::tenancy::tenant_in(&mut tx).await?.name;
    tx.commit().await?;
    let expires_at = Utc::now() + Duration::seconds(CARD_SECS);
    let code = app
        .links
        .sign(
            &app.db,
            CARD,
            &CardClaim {
                t: ctx.tenant_id,
                m: me,
                e: expires_at.timestamp(),
            },
        )
        .await?;
    Ok(UnionCard {
        name: member.name,
        org_name: org.name,
        tenant_name,
        code,
        expires_at,
    })
}

/// Checks a scanned union card (for those who read members somewhere in the tenant): the
/// member's name and union org when the code is genuine, of this tenant and fresh.
pub async fn verify_union_card(ctx: &Ctx, app: &App, code: &str) -> AppResult<(String, String)> {
    let perms = crate::authz::service::permissions_anywhere(ctx, app).await?;
    if !perms.iter().any(|p| p == "member:read") {
        return Err(AppError::NotFound);
    }
    let claim: CardClaim = match app.links.verify(&app.db, CARD, code.trim()).await? {
        Ok(c) => c,
        Err(LinkError::Malformed | LinkError::BadSignature) => {
            return Err(AppError::field("code", "会员码无效"));
        }
    };
    if claim.t != ctx.tenant_id {
        return Err(AppError::field("code", "不是本单位的会员码"));
    }
    if claim.e <= Utc::now().timestamp() {
        return Err(AppError::field("code", "会员码已过期，请让对方刷新"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, _, _, union) = store::member_facts(&mut tx, claim.m)
        .await?
        .ok_or_else(|| AppError::field("code", "该会员已不在本单位"))?;
    let org = match union {
        Some(o) => crate::org::store::get(&mut tx, o).await?,
        None => None,
    }
    .ok_or_else(|| AppError::field("code", "该成员已不是工会会员"))?;
    let member = crate::member::store::get(&mut tx, claim.m)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok((member.name, org.name))
}
