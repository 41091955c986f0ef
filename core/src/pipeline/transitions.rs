//! Transitions: the branch proposes, branch members object during the 公示 (a publicity of
//! [`crate::publicity`], linked from the transition), the upper org decides (which closes the
//! 公示), and the branch may withdraw.

use super::model::{DUE_KIND, TransitionRow, TransitionStatus};
use super::rules::{self, MeetingFacts, Stage, Step};
use super::service::{audit_pipeline, facts, params, require_branch, schedule_thought_reports};
use super::store;
use crate::db::TenantTx;
use crate::publicity::{BodyFormat, PublicityKind, PublicityOrigin, PublicityOutcome};
use crate::{
    App, AppError, AppResult, Ctx,
    authz::{Scope, catalog},
    notify::{self, NewNotification},
    reminder::NewDueItem,
};
use chrono::{Duration, Months, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

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
    meeting: Option<Uuid>,
) -> AppResult<TransitionRow> {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > 1000) {
        return Err(AppError::field("note", "不能超过 1000 个字"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (placement, branch, path) = require_branch(ctx, app, &mut tx, member).await?;
    let (p, sources) = params(&mut tx).await?;
    let f = facts(&mut tx, member, placement.political_status.as_str()).await?;
    rules::check(step, effective_on, &f, &p).map_err(|r| sources.cite(r))?;
    let now = Utc::now();
    if meeting.is_some() || rules::needs_general_meeting(step) {
        let found = match meeting {
            Some(id) => match crate::meeting::find(&mut tx, id).await? {
                Some(m) => Some(MeetingFacts {
                    quorum_met: crate::meeting::attendance_in(&mut tx, &m).await?.quorum_met,
                    org_id: m.org_id,
                    cancelled: m.status == crate::meeting::MeetingStatus::Cancelled,
                    starts_at: m.starts_at,
                    kind: m.kind,
                }),
                None => None,
            },
            None => None,
        };
        rules::general_meeting_held(meeting.is_some(), found.as_ref(), branch, now)
            .map_err(|r| sources.cite_on("meetingId", r))?;
    }
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
            meeting,
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
        // The 公示 is a publicity of the branch: its party members (the candidate left out) may
        // object until `until`; the upper org's decision closes it.
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
        let p = crate::publicity::NewPublicity {
            org_id: branch,
            kind: match step {
                Step::To(Stage::Probationary) => PublicityKind::Development,
                Step::To(Stage::FullMember) => PublicityKind::Conversion,
                _ => PublicityKind::Other,
            },
            origin: PublicityOrigin::Pipeline,
            title: format!("拟将{}列为{}", placement.name, target),
            body,
            body_format: BodyFormat::Plain,
            subject_member_id: Some(member),
            subject_org_id: None,
            audience: crate::publicity::branch_party_members(branch, member),
            window_start: now,
            window_end: until,
        };
        let (publicity, told) = crate::publicity::publish_in(&mut tx, ctx, &p).await?;
        store::set_publicity(&mut tx, id, publicity, until).await?;
        written = told;
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

/// A member of the branch records an objection during the 公示 (through the publicity: the
/// branch's party members may object, named).
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
    let publicity = match t.publicity_id {
        Some(p)
            if t.status == TransitionStatus::Publicizing
                && t.publicity_until.is_some_and(|u| u > Utc::now()) =>
        {
            p
        }
        _ => return Err(AppError::Conflict("不在公示期内".into())),
    };
    let (_, written) =
        crate::publicity::object_in(&mut tx, ctx, app, publicity, text.as_str(), false).await?;
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
    notify::announce(app, ctx.tenant_id, &written).await;
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
        if placement.political_status.as_str() != t.from_stage {
            return Err(AppError::Conflict("该成员的阶段已变化，请重新提出".into()));
        }
        let (p, sources) = params(&mut tx).await?;
        rules::approval_in_time(t.proposed_at, Utc::now(), &p)
            .map_err(|r| sources.cite_on("approve", r))?;
        let f = facts(&mut tx, member, placement.political_status.as_str()).await?;
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
    if let Some(p) = t.publicity_id {
        let outcome = if approve {
            PublicityOutcome::Confirmed
        } else {
            PublicityOutcome::Rejected
        };
        crate::publicity::close_linked(&mut tx, ctx, p, outcome, note).await?;
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
    if let Some(p) = t.publicity_id {
        crate::publicity::close_linked(&mut tx, ctx, p, PublicityOutcome::Withdrawn, None).await?;
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
