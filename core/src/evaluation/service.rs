//! The evaluation's actions: start a campaign, write a self-assessment, submit peer ratings
//! (once, anonymously), advance the stages, propose and decide grades; and the views of a
//! campaign, masked for the viewer.

use super::model::{CampaignRow, EvaluationStage, Grade, MemberRow, Tally};
use super::rules::{self, CAP_RULE};
use super::store;
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    notify::{self, NewNotification},
};
use chrono::{Datelike, NaiveDate, Utc};
use serde_json::json;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// The notification category of evaluation stages.
pub const NOTIFY_KIND: &str = "EVALUATION";
/// Longest self-assessment.
pub const SELF_ASSESSMENT_MAX: usize = 5000;
/// Longest peer comment.
pub const COMMENT_MAX: usize = 500;
/// Longest reason for a grade.
pub const REASON_MAX: usize = 1000;
/// Longest title.
pub const TITLE_MAX: usize = 100;
/// Most members one campaign freezes, proposes or decides at once.
pub const MEMBERS_MAX: usize = 1000;
/// Most campaigns one list returns.
pub const LIST_MAX: i64 = 20;

/// What starts a campaign.
#[derive(Debug, Clone)]
pub struct NewCampaign {
    /// The branch (a PARTY org).
    pub org_id: Uuid,
    /// The year evaluated, 2000–2100.
    pub year: i32,
    /// Title; `{year}年度民主评议党员` when empty.
    pub title: Option<String>,
}

/// One peer rating of a submission.
#[derive(Debug, Clone)]
pub struct PeerRating {
    /// The member rated.
    pub member_id: Uuid,
    /// The grade.
    pub grade: Grade,
    /// An optional comment.
    pub comment: Option<String>,
}

/// One grade proposed by the committee or decided by the meeting.
#[derive(Debug, Clone)]
pub struct GradeEntry {
    /// The member.
    pub member_id: Uuid,
    /// The grade.
    pub grade: Grade,
    /// The reason (required for 不合格).
    pub reason: Option<String>,
}

/// One member of a campaign as the viewer may see them: fields the viewer may not see are
/// `None`.
#[derive(Debug, Clone)]
pub struct MemberView {
    /// The row, masked.
    pub row: MemberRow,
    /// The peer tally (officers, from the committee stage on).
    pub tally: Option<Tally>,
    /// The peer comments, sorted by text (officers, from the committee stage on).
    pub comments: Option<Vec<String>>,
}

/// A campaign as the viewer may see it.
#[derive(Debug, Clone)]
pub struct CampaignView {
    /// The campaign.
    pub campaign: CampaignRow,
    /// Whether the viewer holds `evaluation:read` over the branch.
    pub officer: bool,
    /// Whether the viewer may act for the branch (`evaluation:write`).
    pub manager: bool,
    /// Whether the viewer is a member of the campaign.
    pub participant: bool,
    /// Whether the viewer has written a self-assessment.
    pub self_assessed: bool,
    /// Whether the viewer has submitted peer ratings.
    pub peer_submitted: bool,
    /// The members (all of them; masked for the viewer).
    pub members: Vec<MemberView>,
    /// Members who wrote a self-assessment.
    pub self_assessed_count: usize,
    /// Members who submitted peer ratings (officers only).
    pub turnout: Option<i64>,
    /// The most members that may be graded 优秀.
    pub excellent_cap: usize,
    /// Proposed 优秀 grades (officers only).
    pub excellent_proposed: Option<usize>,
    /// Decided 优秀 grades (officers only).
    pub excellent_decided: Option<usize>,
    /// The cap rule's title.
    pub cap_rule_title: String,
    /// The cap rule's source in force.
    pub cap_rule_source: String,
    /// A warning when the committee's proposal breaks the cap.
    pub cap_warning: Option<String>,
}

fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

/// Trims and checks a text: at most `max` characters, no control characters other than line
/// breaks and tabs when `multiline`; `None` when empty.
fn text(field: &str, raw: &str, max: usize, multiline: bool) -> AppResult<Option<String>> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    let allowed = |c: char| multiline && matches!(c, '\n' | '\r' | '\t');
    if s.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    Ok(Some(s.to_string()))
}

/// The cap rule's share, title and source in force.
async fn cap_rule(tx: &mut TenantTx) -> AppResult<(f64, String, String)> {
    let rule = crate::statute::get_in(tx, CAP_RULE).await?;
    Ok((
        rules::max_share(rule.effective()),
        rule.title.clone(),
        rule.effective_source().to_string(),
    ))
}

/// The campaign and the viewer's rights, or NOT_FOUND when the viewer is neither an officer of
/// the branch nor a member of the campaign.
struct Access {
    row: CampaignRow,
    path: String,
    officer: bool,
    manager: bool,
    participant: bool,
}

async fn access(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<Access> {
    let (row, path) = store::get(tx, id).await?.ok_or(AppError::NotFound)?;
    let scope = Scope::Org(path.clone());
    let officer = app
        .authz
        .allowed(ctx, &scope, catalog::EVALUATION, "read")
        .await?;
    let manager = app
        .authz
        .allowed(ctx, &scope, catalog::EVALUATION, "write")
        .await?;
    let members = store::members(tx, id).await?;
    let participant = ctx
        .member_id()
        .is_some_and(|me| members.iter().any(|m| m.member_id == me));
    if !officer && !manager && !participant {
        return Err(AppError::NotFound);
    }
    Ok(Access {
        row,
        path,
        officer,
        manager,
        participant,
    })
}

/// Requires `evaluation:write` over the campaign's branch (NOT_FOUND otherwise, like a
/// campaign the viewer cannot see).
async fn require_manager(ctx: &Ctx, app: &App, a: &Access) -> AppResult<()> {
    if a.manager {
        return Ok(());
    }
    app.authz
        .require_visible(
            ctx,
            &Scope::Org(a.path.clone()),
            catalog::EVALUATION,
            "write",
        )
        .await
}

fn past(stage: EvaluationStage, from: EvaluationStage) -> bool {
    let i = |s: EvaluationStage| EvaluationStage::ALL.iter().position(|x| *x == s);
    i(stage) >= i(from)
}

async fn view(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<CampaignView> {
    let a = access(ctx, app, tx, id).await?;
    let officer = a.officer || a.manager;
    let stage = a.row.stage;
    let me = ctx.member_id();
    let rows = store::members(tx, id).await?;
    let (share, title, source) = cap_rule(tx).await?;
    let cap = rules::excellent_cap(rows.len(), share);
    let show_tally = officer && past(stage, EvaluationStage::Committee);
    let mut tallies: HashMap<Uuid, Tally> = HashMap::new();
    let mut comments: HashMap<Uuid, Vec<String>> = HashMap::new();
    if show_tally {
        for (ratee, grade, n) in store::tally(tx, id).await? {
            tallies.entry(ratee).or_default().add(grade, n);
        }
        for (ratee, c) in store::comments(tx, id).await? {
            comments.entry(ratee).or_default().push(c);
        }
    }
    let turnout = if officer {
        Some(store::turnout(tx, id).await?)
    } else {
        None
    };
    let peer_submitted = match me {
        Some(m) if a.participant => store::participated(tx, id, m).await?,
        _ => false,
    };
    let self_assessed_count = rows.iter().filter(|r| r.self_assessment.is_some()).count();
    let count = |f: fn(&MemberRow) -> Option<Grade>| {
        rows.iter()
            .filter(|r| f(r) == Some(Grade::Excellent))
            .count()
    };
    let excellent_proposed = count(|r| r.proposed_grade);
    let excellent_decided = count(|r| r.final_grade);
    let cap_warning = (officer && excellent_proposed > cap).then(|| {
        rules::CapExceeded {
            excellent: excellent_proposed,
            cap,
            members: rows.len(),
        }
        .message(&title, &source)
    });
    let self_assessed = me.is_some_and(|m| {
        rows.iter()
            .any(|r| r.member_id == m && r.self_assessment.is_some())
    });
    let members = rows
        .into_iter()
        .map(|mut r| {
            let mine = Some(r.member_id) == me;
            if !officer {
                if !mine {
                    r.self_assessment = None;
                    r.self_assessed_at = None;
                }
                r.proposed_grade = None;
                r.proposed_reason = None;
                if !(mine && stage == EvaluationStage::Closed) {
                    r.final_grade = None;
                    r.final_reason = None;
                }
            }
            MemberView {
                tally: show_tally.then(|| tallies.get(&r.member_id).copied().unwrap_or_default()),
                comments: show_tally
                    .then(|| comments.get(&r.member_id).cloned().unwrap_or_default()),
                row: r,
            }
        })
        .collect();
    Ok(CampaignView {
        campaign: a.row,
        officer,
        manager: a.manager,
        participant: a.participant,
        self_assessed,
        peer_submitted,
        members,
        self_assessed_count,
        turnout,
        excellent_cap: cap,
        excellent_proposed: officer.then_some(excellent_proposed),
        excellent_decided: officer.then_some(excellent_decided),
        cap_rule_title: title,
        cap_rule_source: source,
        cap_warning,
    })
}

/// Tells `members` about a stage of the campaign (never any content).
async fn tell(
    tx: &mut TenantTx,
    app: &App,
    campaign: &CampaignRow,
    members: &[Uuid],
    step: &str,
    title: &str,
    body: &str,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let mut written = Vec::new();
    for &m in members {
        let key = format!("evaluation:{}:{step}:{m}", campaign.id);
        if let Some(id) = notify::write(
            tx,
            app,
            &NewNotification {
                member_id: m,
                kind: NOTIFY_KIND,
                title,
                body,
                dedupe_key: Some(&key),
                detail: json!({ "evaluationCampaign": campaign.id }),
            },
        )
        .await?
        {
            written.push((m, id));
        }
    }
    Ok(written)
}

/// Starts the campaign of a branch for a year: its full and probationary members are frozen
/// and asked for their self-assessment. CONFLICT when the branch already has one that year.
pub async fn start(ctx: &Ctx, app: &App, input: NewCampaign) -> AppResult<CampaignView> {
    if !(2000..=2100).contains(&input.year) {
        return Err(AppError::field("year", "年度应在 2000 到 2100 之间"));
    }
    let title = match input.title.as_deref() {
        Some(t) => text("title", t, TITLE_MAX, false)?,
        None => None,
    }
    .unwrap_or_else(|| format!("{}年度民主评议党员", input.year));
    let mut tx = app.db.begin_tenant(ctx).await?;
    let branch = store::branch(&mut tx, input.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(
            ctx,
            &Scope::Org(branch.path.clone()),
            catalog::EVALUATION,
            "write",
        )
        .await?;
    if branch.line != "PARTY" {
        return Err(AppError::field("orgId", "民主评议党员只能在党组织中开展"));
    }
    if branch.archived {
        return Err(AppError::field("orgId", "该组织已撤销"));
    }
    if store::exists(&mut tx, branch.id, input.year).await? {
        return Err(AppError::Conflict(format!(
            "{}{} 年度的民主评议已经开始",
            branch.name, input.year
        )));
    }
    let id = crate::new_id();
    store::insert_campaign(&mut tx, id, branch.id, input.year, &title, ctx.member_id()).await?;
    let members = store::freeze_members(&mut tx, id, branch.id).await?;
    if members.len() < 2 {
        return Err(AppError::field(
            "orgId",
            "该支部的正式党员和预备党员不足 2 名，无法开展互评",
        ));
    }
    if members.len() > MEMBERS_MAX {
        return Err(AppError::field(
            "orgId",
            format!("一次评议最多 {MEMBERS_MAX} 名党员"),
        ));
    }
    let (row, _) = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let written = tell(
        &mut tx,
        app,
        &row,
        &members,
        "start",
        &format!("民主评议：{title}"),
        &format!("{}已开展{title}，请提交个人自评。", branch.name),
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "evaluation.start",
        "evaluation_campaign",
        id,
        json!({ "org": branch.id, "year": input.year, "members": members.len() }),
    )
    .await?;
    let v = view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(v)
}

/// One campaign as the viewer may see it (NOT_FOUND unless an officer of its branch or one of
/// its members).
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<CampaignView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let v = view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(v)
}

/// The campaigns of a branch, latest year first: all of them for its officers, those the
/// viewer takes part in otherwise (NOT_FOUND for an org the viewer cannot see).
pub async fn list(ctx: &Ctx, app: &App, org: Uuid) -> AppResult<Vec<CampaignView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let branch = store::branch(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    let officer = app
        .authz
        .allowed(
            ctx,
            &Scope::Org(branch.path.clone()),
            catalog::EVALUATION,
            "read",
        )
        .await?;
    let only = if officer {
        None
    } else {
        Some(ctx.member_id().ok_or(AppError::NotFound)?)
    };
    let rows = store::list(&mut tx, Some(branch.id), only, LIST_MAX).await?;
    if !officer && rows.is_empty() {
        app.authz
            .require_visible(ctx, &Scope::Org(branch.path.clone()), catalog::ORG, "read")
            .await?;
    }
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push(view(ctx, app, &mut tx, r.id).await?);
    }
    tx.commit().await?;
    Ok(out)
}

/// The campaigns the viewer takes part in, latest first (their tasks and, once closed, their
/// own grade).
pub async fn mine(ctx: &Ctx, app: &App) -> AppResult<Vec<CampaignView>> {
    let Some(me) = ctx.member_id() else {
        return Ok(Vec::new());
    };
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::list(&mut tx, None, Some(me), 20).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push(view(ctx, app, &mut tx, r.id).await?);
    }
    tx.commit().await?;
    Ok(out)
}

/// Writes (or rewrites) the viewer's self-assessment while the campaign is at
/// SELF_ASSESSMENT.
pub async fn submit_self_assessment(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    raw: &str,
) -> AppResult<CampaignView> {
    let body = text("text", raw, SELF_ASSESSMENT_MAX, true)?
        .ok_or_else(|| AppError::field("text", "请填写个人自评"))?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let a = access(ctx, app, &mut tx, id).await?;
    let me = ctx
        .member_id()
        .filter(|_| a.participant)
        .ok_or_else(|| AppError::Denied("您不是本次民主评议的参评党员".into()))?;
    let stage = store::hold(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    if stage != EvaluationStage::SelfAssessment {
        return Err(AppError::Conflict(format!(
            "当前阶段为“{}”，个人自评已结束",
            stage.label()
        )));
    }
    store::set_self_assessment(&mut tx, id, me, &body).await?;
    audit::object(
        &mut tx,
        ctx,
        "evaluation.self_assess",
        "evaluation_campaign",
        id,
        json!({}),
    )
    .await?;
    let v = view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(v)
}

/// Submits the viewer's anonymous peer ratings: exactly one for each other member, once.
/// CONFLICT when they already submitted (also under parallel submissions: the participation
/// row decides).
pub async fn submit_peer_ratings(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    ratings: &[PeerRating],
) -> AppResult<CampaignView> {
    if ratings.is_empty() || ratings.len() > MEMBERS_MAX {
        return Err(AppError::field("ratings", "请对每一名其他参评党员给出评价"));
    }
    let mut comments = Vec::with_capacity(ratings.len());
    for r in ratings {
        let c = match r.comment.as_deref() {
            Some(c) => text("comment", c, COMMENT_MAX, true)?,
            None => None,
        };
        comments.push(c);
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let a = access(ctx, app, &mut tx, id).await?;
    let me = ctx
        .member_id()
        .filter(|_| a.participant)
        .ok_or_else(|| AppError::Denied("您不是本次民主评议的参评党员".into()))?;
    // The campaign's row lock serialises the submissions of a campaign: each stirs the others'
    // rows, which parallel writers would otherwise lock in different orders.
    lock_at(&mut tx, id, EvaluationStage::PeerReview, "不在党员互评阶段").await?;
    let others: HashSet<Uuid> = store::members(&mut tx, id)
        .await?
        .into_iter()
        .map(|m| m.member_id)
        .filter(|m| *m != me)
        .collect();
    let mut seen = HashSet::new();
    for r in ratings {
        if r.member_id == me {
            return Err(AppError::field("ratings", "不能评价自己"));
        }
        if !others.contains(&r.member_id) {
            return Err(AppError::field("ratings", "被评价人不是本次评议的参评党员"));
        }
        if !seen.insert(r.member_id) {
            return Err(AppError::field("ratings", "同一名党员只能评价一次"));
        }
    }
    if seen.len() != others.len() {
        return Err(AppError::field(
            "ratings",
            format!(
                "请对全部 {} 名其他参评党员给出评价（已评 {} 名）",
                others.len(),
                seen.len()
            ),
        ));
    }
    if !store::participate(&mut tx, id, me, today()).await? {
        return Err(AppError::Conflict("您已提交互评，不能重复提交".into()));
    }
    let ratees: Vec<Uuid> = ratings.iter().map(|r| r.member_id).collect();
    let grades: Vec<String> = ratings
        .iter()
        .map(|r| r.grade.as_str().to_string())
        .collect();
    store::insert_ratings(&mut tx, id, &ratees, &grades, &comments, today()).await?;
    audit::object(
        &mut tx,
        ctx,
        "evaluation.rate",
        "evaluation_campaign",
        id,
        json!({}),
    )
    .await?;
    let v = view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(v)
}

/// Moves the campaign to its next stage (officers only; under the campaign's row lock, so of
/// parallel calls from one stage one wins and the others get CONFLICT). Leaving PEER_REVIEW
/// rewrites the ratings in random order; leaving COMMITTEE needs a proposal for every member;
/// DECISION ends through `decide`.
pub async fn advance(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    expected: Option<EvaluationStage>,
) -> AppResult<CampaignView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let a = access(ctx, app, &mut tx, id).await?;
    require_manager(ctx, app, &a).await?;
    let stage = store::lock(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    if let Some(e) = expected
        && e != stage
    {
        return Err(AppError::Conflict(format!(
            "评议已进入“{}”阶段，请刷新后再试",
            stage.label()
        )));
    }
    let Some(next) = rules::next(stage) else {
        return Err(AppError::Conflict("评议已结束".into()));
    };
    let members = store::members(&mut tx, id).await?;
    match stage {
        EvaluationStage::PeerReview => store::reshuffle(&mut tx, id).await?,
        EvaluationStage::Committee => {
            let missing = members
                .iter()
                .filter(|m| m.proposed_grade.is_none())
                .count();
            if missing > 0 {
                return Err(AppError::field(
                    "grades",
                    format!("支委会尚未对 {missing} 名党员提出等次意见"),
                ));
            }
        }
        EvaluationStage::Decision => {
            return Err(AppError::Conflict(
                "请录入党员大会决定的等次，录入后评议即结束".into(),
            ));
        }
        _ => {}
    }
    store::set_stage(&mut tx, id, next).await?;
    let ids: Vec<Uuid> = members.iter().map(|m| m.member_id).collect();
    let written = if next == EvaluationStage::PeerReview {
        tell(
            &mut tx,
            app,
            &a.row,
            &ids,
            "peer",
            &format!("民主评议：{}", a.row.title),
            "党员互评已开始，请对本支部其他党员作出评价（匿名）。",
        )
        .await?
    } else {
        Vec::new()
    };
    audit::object(
        &mut tx,
        ctx,
        "evaluation.advance",
        "evaluation_campaign",
        id,
        json!({ "from": stage.as_str(), "to": next.as_str() }),
    )
    .await?;
    let v = view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(v)
}

/// Grade entries checked, as the columns the store binds.
struct Columns {
    ids: Vec<Uuid>,
    grades: Vec<String>,
    reasons: Vec<Option<String>>,
}

/// Checks grade entries: members of the campaign, each once, a reason for 不合格.
fn entries(entries: &[GradeEntry], members: &[MemberRow]) -> AppResult<Columns> {
    if entries.is_empty() || entries.len() > MEMBERS_MAX {
        return Err(AppError::field("grades", "请至少为一名党员给出等次"));
    }
    let known: HashSet<Uuid> = members.iter().map(|m| m.member_id).collect();
    let mut seen = HashSet::new();
    let (mut ids, mut grades, mut reasons) = (Vec::new(), Vec::new(), Vec::new());
    for e in entries {
        if !known.contains(&e.member_id) {
            return Err(AppError::field("grades", "该党员不是本次评议的参评党员"));
        }
        if !seen.insert(e.member_id) {
            return Err(AppError::field("grades", "同一名党员只能给出一个等次"));
        }
        let reason = match e.reason.as_deref() {
            Some(r) => text("reason", r, REASON_MAX, true)?,
            None => None,
        };
        if rules::needs_reason(e.grade) && reason.is_none() {
            let name = members
                .iter()
                .find(|m| m.member_id == e.member_id)
                .map_or("", |m| m.name.as_str());
            return Err(AppError::field(
                "reason",
                format!("评定{name}为“不合格”须写明理由"),
            ));
        }
        ids.push(e.member_id);
        grades.push(e.grade.as_str().to_string());
        reasons.push(reason);
    }
    Ok(Columns {
        ids,
        grades,
        reasons,
    })
}

/// Records the committee's proposed grades (some or all members, replacing earlier ones) at
/// COMMITTEE; a proposal over the 优秀 cap is kept with a warning (`cap_warning`).
pub async fn propose(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    grades: &[GradeEntry],
) -> AppResult<CampaignView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let a = access(ctx, app, &mut tx, id).await?;
    require_manager(ctx, app, &a).await?;
    lock_at(&mut tx, id, EvaluationStage::Committee, "不能提出等次意见").await?;
    let members = store::members(&mut tx, id).await?;
    let Columns {
        ids,
        grades: codes,
        reasons,
    } = entries(grades, &members)?;
    store::propose(&mut tx, id, &ids, &codes, &reasons).await?;
    audit::object(
        &mut tx,
        ctx,
        "evaluation.propose",
        "evaluation_campaign",
        id,
        json!({ "members": ids.len() }),
    )
    .await?;
    let v = view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(v)
}

/// Records the branch meeting's decision at DECISION: a grade for every member, at most the
/// cap of 优秀 (refused citing `evaluation.excellent_cap` otherwise), optionally the meeting;
/// then the campaign closes and each member is told their result is out.
pub async fn decide(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    meeting: Option<Uuid>,
    grades: &[GradeEntry],
) -> AppResult<CampaignView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let a = access(ctx, app, &mut tx, id).await?;
    require_manager(ctx, app, &a).await?;
    lock_at(
        &mut tx,
        id,
        EvaluationStage::Decision,
        "不能录入党员大会的决定",
    )
    .await?;
    let members = store::members(&mut tx, id).await?;
    let Columns {
        ids,
        grades: codes,
        reasons,
    } = entries(grades, &members)?;
    if ids.len() != members.len() {
        return Err(AppError::field(
            "grades",
            format!(
                "党员大会的决定须包括全部 {} 名参评党员（现为 {} 名）",
                members.len(),
                ids.len()
            ),
        ));
    }
    let excellent = grades
        .iter()
        .filter(|g| g.grade == Grade::Excellent)
        .count();
    let (share, title, source) = cap_rule(&mut tx).await?;
    if let Err(e) = rules::check_cap(excellent, members.len(), share) {
        return Err(AppError::field("grades", e.message(&title, &source)));
    }
    if let Some(m) = meeting
        && !store::meeting_of(&mut tx, m, a.row.org_id).await?
    {
        return Err(AppError::field("meetingId", "该会议不是本支部的会议"));
    }
    store::decide(&mut tx, id, &ids, &codes, &reasons).await?;
    store::set_meeting(&mut tx, id, meeting).await?;
    store::set_stage(&mut tx, id, EvaluationStage::Closed).await?;
    let written = tell(
        &mut tx,
        app,
        &a.row,
        &ids,
        "closed",
        &format!("民主评议：{}", a.row.title),
        "民主评议已结束，您可以查看本人的评议结果。",
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "evaluation.decide",
        "evaluation_campaign",
        id,
        json!({ "members": ids.len(), "meeting": meeting }),
    )
    .await?;
    let v = view(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(v)
}

/// The year a new campaign defaults to: the current year in China.
pub fn current_year() -> i32 {
    today().year()
}

/// Takes the campaign's row lock and refuses with `CONFLICT` (naming the current stage, then
/// `refusal`) unless the campaign is at `wanted`.
async fn lock_at(
    tx: &mut TenantTx,
    id: Uuid,
    wanted: EvaluationStage,
    refusal: &str,
) -> AppResult<()> {
    let stage = store::lock(tx, id).await?.ok_or(AppError::NotFound)?;
    if stage != wanted {
        return Err(AppError::Conflict(format!(
            "当前阶段为“{}”，{refusal}",
            stage.label()
        )));
    }
    Ok(())
}
