//! The party-entry pipeline (入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员): dated
//! stages, transitions proposed by the branch, checked against the tenant's rules (a refusal
//! names the rule and its source), publicised to the branch with recorded objections where
//! the rules ask for it, and decided by the upper org within `party.upper_approval`.

pub mod rules;
mod store;

use crate::db::TenantTx;

crate::text_enum! {
    /// Where a proposed stage transition stands.
    pub enum TransitionStatus {
        /// 公示中: branch members may object.
        Publicizing = "PUBLICIZING",
        /// 待上级审批.
        PendingApproval = "PENDING_APPROVAL",
        /// 已批准: the member moved on.
        Approved = "APPROVED",
        /// 未批准 by the upper org.
        Refused = "REFUSED",
        /// 已撤回 by the branch.
        Withdrawn = "WITHDRAWN",
    }
}
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    notify::{self, NewNotification},
    reminder::NewDueItem,
};
use chrono::{DateTime, Duration, Months, NaiveDate, Utc};
use rules::{Facts, Params, Stage, Step};
use serde_json::json;
use uuid::Uuid;

/// The due item kind of an upper org's pending decision.
pub const DUE_KIND: &str = "STAGE_APPROVAL";

/// A row of a member's stage history.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StageRow {
    /// Stage code.
    pub stage: String,
    /// From.
    pub started_on: NaiveDate,
    /// Set on the rows of probation extensions.
    pub extension_months: Option<i32>,
    /// Recorded.
    pub created_at: DateTime<Utc>,
}

/// A proposed transition.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TransitionRow {
    /// Id.
    pub id: Uuid,
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// The proposing branch.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Stage before.
    pub from_stage: String,
    /// Target (`EXTENDED` for an extension).
    pub to_stage: String,
    /// Months of an extension.
    pub extension_months: Option<i32>,
    /// Takes effect on.
    pub effective_on: NaiveDate,
    /// The branch's note (e.g. the branch meeting's resolution).
    pub note: Option<String>,
    /// Where it stands.
    pub status: TransitionStatus,
    /// End of the 公示.
    pub publicity_until: Option<DateTime<Utc>>,
    /// The upper org decides by then.
    pub approval_due_at: DateTime<Utc>,
    /// Its reminder.
    pub due_item_id: Option<Uuid>,
    /// Proposed.
    pub proposed_at: DateTime<Utc>,
    /// Decided.
    pub decided_at: Option<DateTime<Utc>>,
    /// The decision's note.
    pub decision_note: Option<String>,
    /// Objections recorded.
    pub objections: i64,
}

impl TransitionRow {
    /// Open, and past its 公示 (if any): the upper org may decide.
    pub fn awaiting_decision(&self, now: DateTime<Utc>) -> bool {
        self.status == TransitionStatus::PendingApproval
            || (self.status == TransitionStatus::Publicizing
                && self.publicity_until.is_none_or(|u| u <= now))
    }
}

/// A member on a branch's pipeline board.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BoardRow {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub name: String,
    /// Their party org.
    pub org_name: String,
    /// Stage (political status).
    pub political_status: String,
    /// Since (none when never recorded).
    pub started_on: Option<NaiveDate>,
    /// Probation extended by.
    pub extended_months: i64,
    /// 培养联系人.
    pub contacts: i64,
    /// 入党介绍人.
    pub introducers: i64,
}

/// A board row with what the rules say of its next step.
#[derive(Debug, Clone)]
pub struct BoardEntry {
    /// The row.
    pub row: BoardRow,
    /// The next regular stage.
    pub next: Option<Stage>,
    /// The first day the durations allow it.
    pub earliest: Option<NaiveDate>,
    /// What blocks it today (none when it could be proposed).
    pub blocked_by: Option<String>,
}

async fn params(tx: &mut TenantTx) -> AppResult<(Params, RuleSources)> {
    let activist = crate::statute::get_in(tx, "party.activist.period").await?;
    let probation = crate::statute::get_in(tx, "party.probation").await?;
    let introducers = crate::statute::get_in(tx, "party.introducers").await?;
    let publicity = crate::statute::get_in(tx, "party.publicity").await?;
    let p = Params::from_rules(
        activist.effective(),
        probation.effective(),
        introducers.effective(),
        publicity.effective(),
    );
    let sources = RuleSources(
        [&activist, &probation, &introducers, &publicity]
            .iter()
            .map(|r| {
                (
                    r.key.clone(),
                    r.title.clone(),
                    r.effective_source().to_string(),
                )
            })
            .collect(),
    );
    Ok((p, sources))
}

/// `(key, title, source)` of the pipeline's rules, for refusals that cite them.
struct RuleSources(Vec<(String, String, String)>);

impl RuleSources {
    fn cite(&self, r: rules::Refusal) -> AppError {
        let basis = r
            .rule_key
            .and_then(|k| self.0.iter().find(|(key, _, _)| key == k))
            .map(|(key, title, source)| format!("（依据：{title}，{source}；规则 {key}）"))
            .unwrap_or_default();
        AppError::field("toStage", format!("{}{basis}", r.message))
    }
}

/// The member's facts as the rules see them, or why there are none.
async fn facts(tx: &mut TenantTx, member: Uuid, status: &str) -> AppResult<Facts> {
    let stage = Stage::parse(status).ok_or_else(|| {
        AppError::field("memberId", "该成员不在发展党员流程中（请先登记入党申请）")
    })?;
    let rows = store::stages(tx, member).await?;
    // The latest recording of the current stage wins (a correction by 补录 replaces it).
    let since_row = rows
        .iter()
        .filter(|r| r.stage == stage.code() && r.extension_months.is_none())
        .max_by_key(|r| r.created_at)
        .ok_or_else(|| {
            AppError::field(
                "memberId",
                format!("尚未登记成为{}的日期，请先补录", stage.label()),
            )
        })?;
    let extended: i32 = rows
        .iter()
        .filter(|r| r.extension_months.is_some() && r.started_on >= since_row.started_on)
        .filter_map(|r| r.extension_months)
        .sum();
    let (contacts, introducers) = store::contact_counts(tx, member).await?;
    Ok(Facts {
        stage,
        since: since_row.started_on,
        extended_months: u32::try_from(extended).unwrap_or(0),
        contacts: usize::try_from(contacts).unwrap_or(0),
        introducers: usize::try_from(introducers).unwrap_or(0),
    })
}

/// Requires `member:write` over the member's branch; returns the branch id and its path.
async fn require_branch(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    member: Uuid,
) -> AppResult<(store::Placement, Uuid, String)> {
    let p = store::placement(tx, member)
        .await?
        .ok_or(AppError::NotFound)?;
    let (Some(org), Some(path)) = (p.party_org_id, p.party_path.clone()) else {
        app.authz
            .require_visible(ctx, &Scope::Tenant, catalog::MEMBER, "write")
            .await?;
        return Err(AppError::field("memberId", "该成员尚未编入党组织"));
    };
    app.authz
        .require_visible(ctx, &Scope::Org(path.clone()), catalog::MEMBER, "write")
        .await?;
    Ok((p, org, path))
}

fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

/// Registers the quarterly thought reports (思想汇报) of the training year still ahead as due
/// items, every `thoughtReportEveryMonths` of `party.activist.period` from `since`.
async fn schedule_thought_reports(
    tx: &mut TenantTx,
    ctx: &Ctx,
    member: Uuid,
    since: NaiveDate,
) -> AppResult<()> {
    let rule = crate::statute::get_in(tx, "party.activist.period").await?;
    let every = rule.effective()["thoughtReportEveryMonths"]
        .as_u64()
        .unwrap_or(3) as u32;
    let year = rule.effective()["minMonths"].as_u64().unwrap_or(12) as u32;
    let now = Utc::now();
    for (n, months) in (every..=year).step_by(every.max(1) as usize).enumerate() {
        let Some(due) = since
            .checked_add_months(Months::new(months))
            .and_then(|d| d.and_hms_opt(1, 0, 0))
            .map(|d| d.and_utc())
        else {
            continue;
        };
        if due <= now {
            continue;
        }
        crate::reminder::register(
            tx,
            ctx,
            &NewDueItem {
                kind: "THOUGHT_REPORT".into(),
                title: format!("提交思想汇报（培养期第 {} 次）", n + 1),
                due_at: due,
                rule_key: Some("party.activist.period".into()),
                member_id: Some(member),
                org_id: None,
            },
        )
        .await?;
    }
    Ok(())
}

/// Records a stage reached earlier (补录), e.g. when the history predates the system; the
/// member's political status follows.
pub async fn record_stage(
    ctx: &Ctx,
    app: &App,
    member: Uuid,
    stage: Stage,
    started_on: NaiveDate,
) -> AppResult<Vec<StageRow>> {
    if started_on > today() {
        return Err(AppError::field("startedOn", "日期不能晚于今天"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_branch(ctx, app, &mut tx, member).await?;
    store::insert_stage(
        &mut tx,
        member,
        stage.code(),
        started_on,
        None,
        None,
        ctx.member_id(),
    )
    .await?;
    store::set_status(&mut tx, member, stage.political_status()).await?;
    if stage == Stage::Activist {
        schedule_thought_reports(&mut tx, ctx, member, started_on).await?;
    }
    audit_pipeline(
        &mut tx,
        ctx,
        "pipeline.record_stage",
        member,
        json!({ "stage": stage.code(), "startedOn": started_on }),
    )
    .await?;
    let rows = store::stages(&mut tx, member).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Adds (or removes) a 培养联系人 or 入党介绍人; introducers must be full members.
pub async fn set_contact(
    ctx: &Ctx,
    app: &App,
    member: Uuid,
    contact: Uuid,
    introducer: bool,
    add: bool,
) -> AppResult<()> {
    let role = if introducer { "INTRODUCER" } else { "CONTACT" };
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_branch(ctx, app, &mut tx, member).await?;
    if contact == member {
        return Err(AppError::field("contactId", "不能是本人"));
    }
    let c = store::placement(&mut tx, contact)
        .await?
        .ok_or_else(|| AppError::field("contactId", "成员不存在"))?;
    if add && !matches!(c.political_status.as_str(), "FULL_MEMBER" | "PROBATIONARY") {
        return Err(AppError::field("contactId", "联系人须为党员"));
    }
    if add && introducer && c.political_status != "FULL_MEMBER" {
        return Err(AppError::field("contactId", "入党介绍人须为正式党员"));
    }
    let changed = if add {
        store::add_contact(&mut tx, member, contact, role).await?
    } else {
        store::remove_contact(&mut tx, member, contact, role).await?
    };
    if changed {
        audit_pipeline(
            &mut tx,
            ctx,
            if add {
                "pipeline.contact_add"
            } else {
                "pipeline.contact_remove"
            },
            member,
            json!({ "contact": contact, "role": role }),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A member's contacts: `(id, name, role)`.
pub async fn contacts(
    ctx: &Ctx,
    app: &App,
    member: Uuid,
) -> AppResult<Vec<(Uuid, String, String)>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_read(ctx, app, &mut tx, member).await?;
    let rows = store::contacts(&mut tx, member).await?;
    tx.commit().await?;
    Ok(rows)
}

/// The branch proposes a step for a member, effective on `effective_on` (e.g. the date of the
/// branch meeting's resolution). Refused with the rule and its source when the rules forbid
/// it; a step that needs a 公示 starts with one, told to the branch's party members.
pub async fn propose(
    ctx: &Ctx,
    app: &App,
    member: Uuid,
    step: Step,
    effective_on: NaiveDate,
    note: Option<&str>,
) -> AppResult<TransitionRow> {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > 1000) {
        return Err(AppError::field("note", "不能超过 1000 个字"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (placement, branch, path) = require_branch(ctx, app, &mut tx, member).await?;
    let (p, sources) = params(&mut tx).await?;
    let f = facts(&mut tx, member, &placement.political_status).await?;
    rules::check(step, effective_on, &f, &p).map_err(|r| sources.cite(r))?;
    let now = Utc::now();
    let publicity = rules::needs_publicity(step, &p);
    let upper = crate::statute::get_in(&mut tx, "party.upper_approval").await?;
    let months = upper.effective()["months"].as_u64().unwrap_or(3) as u32;
    let approval_due_at = now.checked_add_months(Months::new(months)).unwrap_or(now);
    let publicity_until = publicity.then(|| now + Duration::days(p.publicity_days));
    let id = crate::new_id();
    let inserted = store::insert_transition(
        &mut tx,
        &store::NewTransition {
            id,
            member,
            org: branch,
            from: f.stage.code(),
            to: step.code(),
            extension_months: match step {
                Step::Extend(m) => Some(m as i32),
                Step::To(_) => None,
            },
            effective_on,
            note,
            status: if publicity {
                TransitionStatus::Publicizing
            } else {
                TransitionStatus::PendingApproval
            },
            publicity_until,
            approval_due_at,
            by: ctx.member_id(),
        },
    )
    .await;
    if let Err(e) = inserted {
        if e.as_database_error()
            .is_some_and(|d| d.is_unique_violation())
        {
            return Err(AppError::Conflict("该成员已有待审批的发展环节".into()));
        }
        return Err(e.into());
    }
    // The upper org (the branch's parent) is reminded of the decision's deadline.
    let upper_org = crate::org::store::get(&mut tx, branch)
        .await?
        .and_then(|o| o.parent_id)
        .unwrap_or(branch);
    let target = match step {
        Step::To(s) => s.label().to_string(),
        Step::Extend(m) => format!("延长预备期{m}个月"),
    };
    let item = crate::reminder::register(
        &mut tx,
        ctx,
        &NewDueItem {
            kind: DUE_KIND.into(),
            title: format!("审批：{}（{}）", placement.name, target),
            due_at: approval_due_at,
            // Reminded 30 and 7 days before the deadline of party.upper_approval, at it and after.
            rule_key: Some("party.upper_approval.reminders".into()),
            member_id: None,
            org_id: Some(upper_org),
        },
    )
    .await?;
    store::set_due_item(&mut tx, id, item).await?;
    let mut written = Vec::new();
    if let Some(until) = publicity_until {
        let title = format!("公示：拟将{}列为{}", placement.name, target);
        let body = format!(
            "{}拟将{}由{}转为{}。公示期至 {}，如有意见请在公示期内提出。",
            org_name(&mut tx, branch).await?,
            placement.name,
            f.stage.label(),
            target,
            until
                .with_timezone(&chrono_tz::Asia::Shanghai)
                .format("%Y-%m-%d %H:%M")
        );
        for m in store::org_party_members(&mut tx, branch).await? {
            let n = NewNotification {
                member_id: m,
                kind: "NOTICE",
                title: &title,
                body: &body,
                dedupe_key: None,
                detail: json!({ "transition": id }),
            };
            if let Some(nid) = notify::write(&mut tx, app, &n).await? {
                written.push((m, nid));
            }
        }
    }
    audit_pipeline(
        &mut tx,
        ctx,
        "pipeline.propose",
        member,
        json!({ "transition": id, "to": step.code(), "effectiveOn": effective_on, "path": path }),
    )
    .await?;
    let row = store::transition(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    Ok(row)
}

async fn org_name(tx: &mut TenantTx, org: Uuid) -> AppResult<String> {
    Ok(crate::org::store::get(tx, org)
        .await?
        .map(|o| o.name)
        .unwrap_or_default())
}

/// A member of the branch records an objection during the 公示.
pub async fn object(
    ctx: &Ctx,
    app: &App,
    transition: Uuid,
    text: &str,
) -> AppResult<TransitionRow> {
    let me = ctx.member_id().ok_or(AppError::NotFound)?;
    let text = crate::tenancy::model::Name::parse("text", text, 2000)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let t = store::transition(&mut tx, transition)
        .await?
        .ok_or(AppError::NotFound)?;
    if !store::placed_in(&mut tx, me, t.org_id).await? {
        return Err(AppError::NotFound);
    }
    if t.status != TransitionStatus::Publicizing
        || t.publicity_until.is_none_or(|u| u <= Utc::now())
    {
        return Err(AppError::Conflict("不在公示期内".into()));
    }
    store::object(&mut tx, transition, me, text.as_str()).await?;
    audit_pipeline(
        &mut tx,
        ctx,
        "pipeline.object",
        t.member_id,
        json!({ "transition": transition }),
    )
    .await?;
    let row = store::transition(&mut tx, transition)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// The upper org (with `member:write` over the branch's parent) approves or refuses a
/// transition after its 公示. Approval checks the rules again and moves the member on.
pub async fn decide(
    ctx: &Ctx,
    app: &App,
    transition: Uuid,
    approve: bool,
    note: Option<&str>,
) -> AppResult<TransitionRow> {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    let mut tx = app.db.begin_tenant(ctx).await?;
    let t = store::transition(&mut tx, transition)
        .await?
        .ok_or(AppError::NotFound)?;
    let branch = crate::org::store::get(&mut tx, t.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let upper = match branch.parent_id {
        Some(parent) => crate::org::store::get(&mut tx, parent)
            .await?
            .map(|o| Scope::Org(o.path))
            .unwrap_or(Scope::Tenant),
        None => Scope::Tenant,
    };
    if !app
        .authz
        .allowed(ctx, &upper, catalog::MEMBER, "write")
        .await?
    {
        // The branch itself sees the transition but may not decide it.
        app.authz
            .require_visible(
                ctx,
                &Scope::Org(branch.path.clone()),
                catalog::MEMBER,
                "read",
            )
            .await?;
        return Err(AppError::Denied("须由上级党组织审批".into()));
    }
    if !matches!(
        t.status,
        TransitionStatus::Publicizing | TransitionStatus::PendingApproval
    ) {
        return Err(AppError::Conflict("该环节已处理".into()));
    }
    if !t.awaiting_decision(Utc::now()) {
        return Err(AppError::Conflict("公示期尚未结束".into()));
    }
    let member = t.member_id;
    if approve {
        let placement = store::placement(&mut tx, member)
            .await?
            .ok_or(AppError::NotFound)?;
        if placement.political_status != t.from_stage {
            return Err(AppError::Conflict("该成员的阶段已变化，请重新提出".into()));
        }
        let (p, sources) = params(&mut tx).await?;
        let f = facts(&mut tx, member, &placement.political_status).await?;
        let step = match Stage::parse(&t.to_stage) {
            Some(s) => Step::To(s),
            None => Step::Extend(t.extension_months.unwrap_or(0) as u32),
        };
        rules::check(step, t.effective_on, &f, &p).map_err(|r| sources.cite(r))?;
        let (stage, extension) = match step {
            Step::To(s) => (s, None),
            Step::Extend(m) => (Stage::Probationary, Some(m as i32)),
        };
        store::insert_stage(
            &mut tx,
            member,
            stage.code(),
            t.effective_on,
            extension,
            Some(t.id),
            ctx.member_id(),
        )
        .await?;
        store::set_status(&mut tx, member, stage.political_status()).await?;
        if stage == Stage::Activist {
            schedule_thought_reports(&mut tx, ctx, member, t.effective_on).await?;
        }
    }
    store::decide(
        &mut tx,
        transition,
        if approve {
            TransitionStatus::Approved
        } else {
            TransitionStatus::Refused
        },
        ctx.member_id(),
        note,
    )
    .await?;
    if let Some(item) = t.due_item_id {
        crate::reminder::cancel_in(&mut tx, item).await?;
    }
    let title = format!(
        "{}：{}",
        if approve {
            "上级党组织已批准"
        } else {
            "上级党组织未批准"
        },
        t.member_name
    );
    let n = NewNotification {
        member_id: member,
        kind: "SYSTEM",
        title: &title,
        body: note.unwrap_or(""),
        dedupe_key: None,
        detail: json!({ "transition": transition }),
    };
    let written = notify::write(&mut tx, app, &n).await?;
    audit_pipeline(
        &mut tx,
        ctx,
        "pipeline.decide",
        member,
        json!({ "transition": transition, "approve": approve }),
    )
    .await?;
    let row = store::transition(&mut tx, transition)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    if let Some(nid) = written {
        notify::announce(app, ctx.tenant_id, &[(member, nid)]).await;
    }
    Ok(row)
}

/// The branch withdraws an open proposal.
pub async fn withdraw(ctx: &Ctx, app: &App, transition: Uuid) -> AppResult<TransitionRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let t = store::transition(&mut tx, transition)
        .await?
        .ok_or(AppError::NotFound)?;
    require_branch(ctx, app, &mut tx, t.member_id).await?;
    if !matches!(
        t.status,
        TransitionStatus::Publicizing | TransitionStatus::PendingApproval
    ) {
        return Err(AppError::Conflict("该环节已处理".into()));
    }
    store::decide(
        &mut tx,
        transition,
        TransitionStatus::Withdrawn,
        ctx.member_id(),
        None,
    )
    .await?;
    if let Some(item) = t.due_item_id {
        crate::reminder::cancel_in(&mut tx, item).await?;
    }
    audit_pipeline(
        &mut tx,
        ctx,
        "pipeline.withdraw",
        t.member_id,
        json!({ "transition": transition }),
    )
    .await?;
    let row = store::transition(&mut tx, transition)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// Requires `member:read` over the member's party org (or that it is the viewer).
async fn require_read(ctx: &Ctx, app: &App, tx: &mut TenantTx, member: Uuid) -> AppResult<()> {
    if ctx.member_id() == Some(member) {
        return Ok(());
    }
    let p = store::placement(tx, member)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = p.party_path.map(Scope::Org).unwrap_or(Scope::Tenant);
    app.authz
        .require_visible(ctx, &scope, catalog::MEMBER, "read")
        .await
}

/// A position held, for the member's timeline: `(org, title, term start, ended)`.
pub type PositionHeld = (String, String, NaiveDate, Option<DateTime<Utc>>);

/// A member's stages, transitions and positions (the member, or whoever reads their branch).
pub async fn history(
    ctx: &Ctx,
    app: &App,
    member: Uuid,
) -> AppResult<(Vec<StageRow>, Vec<TransitionRow>, Vec<PositionHeld>)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_read(ctx, app, &mut tx, member).await?;
    let stages = store::stages(&mut tx, member).await?;
    let transitions = store::transitions(&mut tx, Some(member), None, false).await?;
    let positions = store::positions(&mut tx, member).await?;
    tx.commit().await?;
    Ok((stages, transitions, positions))
}

/// Objections to a transition: `(author, text, when)`; for those who read its branch.
pub async fn objections(
    ctx: &Ctx,
    app: &App,
    transition: &TransitionRow,
) -> AppResult<Vec<(String, String, DateTime<Utc>)>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = crate::org::store::get(&mut tx, transition.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !app
        .authz
        .allowed(ctx, &Scope::Org(org.path), catalog::MEMBER, "read")
        .await?
    {
        return Ok(vec![]);
    }
    let rows = store::objections(&mut tx, transition.id).await?;
    tx.commit().await?;
    Ok(rows)
}

/// The pipeline board of an org's sub-tree: members by stage, since when, what comes next and
/// what blocks it today; and the open transitions.
pub async fn board(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
) -> AppResult<(Vec<BoardEntry>, Vec<TransitionRow>)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let o = crate::org::store::get(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(o.path.clone()), catalog::MEMBER, "read")
        .await?;
    let (p, _) = params(&mut tx).await?;
    let rows = store::board(&mut tx, &o.path).await?;
    let open = store::transitions(&mut tx, None, Some(&o.path), true).await?;
    tx.commit().await?;
    let today = today();
    let entries = rows
        .into_iter()
        .map(|row| {
            let stage = Stage::parse(&row.political_status).unwrap_or(Stage::Applicant);
            let next = rules::next(stage);
            let (earliest, blocked_by) = match (row.started_on, next) {
                (None, _) => (None, Some(format!("尚未登记成为{}的日期", stage.label()))),
                (Some(since), Some(n)) => {
                    let f = Facts {
                        stage,
                        since,
                        extended_months: u32::try_from(row.extended_months).unwrap_or(0),
                        contacts: usize::try_from(row.contacts).unwrap_or(0),
                        introducers: usize::try_from(row.introducers).unwrap_or(0),
                    };
                    let step = Step::To(n);
                    (
                        rules::earliest(step, &f, &p),
                        rules::check(step, today, &f, &p).err().map(|r| r.message),
                    )
                }
                (Some(_), None) => (None, None),
            };
            BoardEntry {
                row,
                next,
                earliest,
                blocked_by,
            }
        })
        .collect();
    Ok((entries, open))
}

async fn audit_pipeline(
    tx: &mut TenantTx,
    ctx: &Ctx,
    action: &'static str,
    member: Uuid,
    detail: serde_json::Value,
) -> AppResult<()> {
    audit::object(tx, ctx, action, "member", member, detail).await
}
