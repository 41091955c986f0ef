//! The pipeline's records: dated stages, contacts and introducers, a member's history and the
//! branch board, with the rules and facts that proposals are checked against.

use super::model::{BoardEntry, PositionHeld, StageRow, TransitionRow};
use super::rules::{self, Facts, Params, Stage, Step};
use super::store;
use crate::db::TenantTx;
use crate::member::model::PoliticalStatus;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    reminder::NewDueItem,
};
use chrono::{DateTime, Months, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

pub(super) async fn params(tx: &mut TenantTx) -> AppResult<(Params, RuleSources)> {
    let activist = crate::statute::get_in(tx, "party.activist.period").await?;
    let probation = crate::statute::get_in(tx, "party.probation").await?;
    let introducers = crate::statute::get_in(tx, "party.introducers").await?;
    let publicity = crate::statute::get_in(tx, "party.publicity").await?;
    let upper = crate::statute::get_in(tx, "party.upper_approval").await?;
    // Cited only: a 转正's general meeting must have met its quorum.
    let quorum = crate::statute::get_in(tx, "meeting.quorum").await?;
    let p = Params::from_rules(
        activist.effective(),
        probation.effective(),
        introducers.effective(),
        publicity.effective(),
        upper.effective(),
    );
    let sources = RuleSources(
        [
            &activist,
            &probation,
            &introducers,
            &publicity,
            &upper,
            &quorum,
        ]
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
pub(super) struct RuleSources(Vec<(String, String, String)>);

impl RuleSources {
    pub(super) fn cite(&self, r: rules::Refusal) -> AppError {
        self.cite_on("toStage", r)
    }

    /// [`RuleSources::cite`] on another input field.
    pub(super) fn cite_on(&self, field: &str, r: rules::Refusal) -> AppError {
        let basis = r
            .rule_key
            .and_then(|k| self.0.iter().find(|(key, _, _)| key == k))
            .map(|(key, title, source)| format!("（依据：{title}，{source}；规则 {key}）"))
            .unwrap_or_default();
        AppError::field(field, format!("{}{basis}", r.message))
    }
}

/// The member's facts as the rules see them, or why there are none.
pub(super) async fn facts(tx: &mut TenantTx, member: Uuid, status: &str) -> AppResult<Facts> {
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
pub(super) async fn require_branch(
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
pub(super) async fn schedule_thought_reports(
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
    if add
        && !matches!(
            c.political_status,
            PoliticalStatus::FullMember | PoliticalStatus::Probationary
        )
    {
        return Err(AppError::field("contactId", "联系人须为党员"));
    }
    if add && introducer && c.political_status != PoliticalStatus::FullMember {
        return Err(AppError::field("contactId", "入党介绍人须为正式党员"));
    }
    if add && !introducer {
        // Under the member's row lock, so parallel additions count one after the other.
        store::lock_member(&mut tx, member).await?;
        let (p, sources) = params(&mut tx).await?;
        let (contacts, _) = store::contact_counts(&mut tx, member).await?;
        let already = store::has_contact(&mut tx, member, contact, role).await?;
        if !already {
            rules::may_add_contact(usize::try_from(contacts).unwrap_or(0), &p)
                .map_err(|r| sources.cite_on("contactId", r))?;
        }
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

/// Objections to a transition's 公示: `(author, text, when)`, as its publicity shows them to the
/// viewer (its officers and its audience; never its subject; an author the viewer may not know
/// is "匿名").
pub async fn objections(
    ctx: &Ctx,
    app: &App,
    transition: &TransitionRow,
) -> AppResult<Vec<(String, String, DateTime<Utc>)>> {
    let Some(publicity) = transition.publicity_id else {
        return Ok(vec![]);
    };
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = match crate::publicity::load(ctx, app, &mut tx, publicity, false).await {
        Ok(v) => v,
        Err(AppError::NotFound) => return Ok(vec![]),
        Err(e) => return Err(e),
    };
    let rows = crate::publicity::objections_in(ctx, &mut tx, &view).await?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|o| {
            (
                o.author.map(|(_, n)| n).unwrap_or_else(|| "匿名".into()),
                o.text,
                o.created_at,
            )
        })
        .collect())
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

pub(super) async fn audit_pipeline(
    tx: &mut TenantTx,
    ctx: &Ctx,
    action: &'static str,
    member: Uuid,
    detail: serde_json::Value,
) -> AppResult<()> {
    audit::object(tx, ctx, action, "member", member, detail).await
}
