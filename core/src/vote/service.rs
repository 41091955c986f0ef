//! The actions on votes: create, open, cast, verify, remind, close; and what the viewer may
//! see of them.

use super::{
    Access, DUE_TASK, DueJob, NonVoterRow, TURNOUT_CHANGED, Turnout, Verification, VoteRow,
    VoteView,
    model::{NewVote, VoteInput, VoteKind, VoteStatus},
    rules, store,
};
use crate::audience::Audience;
use crate::bus::Event;
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{RightsByPath, Scope, catalog},
    jobs::{self, JobOptions},
    notify,
    page::{Page, PageArgs},
};
use chrono::{Duration, Utc};
use futures::Stream;
use serde_json::json;
use uuid::Uuid;

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

async fn may(ctx: &Ctx, app: &App, path: &str, act: &str) -> AppResult<bool> {
    app.authz
        .allowed(ctx, &Scope::Org(path.to_string()), catalog::VOTE, act)
        .await
}

/// The viewer's access to each of `votes`, in order: two permission checks per distinct org
/// and one statement for the viewer's own electorate rows.
async fn accesses(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    votes: &[VoteRow],
) -> AppResult<Vec<Access>> {
    let member = ctx.member_id();
    let ids: Vec<Uuid> = votes.iter().map(|v| v.id).collect();
    let states = match member {
        Some(m) => store::voter_states(tx, m, &ids).await?,
        None => vec![],
    };
    let mut rights = RightsByPath::new(catalog::VOTE);
    let mut out = Vec::with_capacity(votes.len());
    for v in votes {
        let (read, write) = rights.at(&app.authz, ctx, &v.org_path).await?;
        let author = member.is_some() && v.created_by == member;
        out.push(Access {
            manage: write || author,
            officer: read || write || author,
            voter: states.iter().find(|(id, _)| *id == v.id).map(|(_, s)| *s),
        });
    }
    Ok(out)
}

/// The views of `votes` the viewer may see, with options and visible tallies.
async fn views(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    votes: Vec<VoteRow>,
) -> AppResult<Vec<VoteView>> {
    let access = accesses(ctx, app, tx, &votes).await?;
    let ids: Vec<Uuid> = votes.iter().map(|v| v.id).collect();
    let mut options = store::options_of(tx, &ids).await?;
    let mut out = vec![];
    for (vote, access) in votes.into_iter().zip(access) {
        if !access.visible() {
            continue;
        }
        let tally = if rules::results_visible(vote.results_visibility, vote.status) {
            Some(store::tally(tx, vote.id).await?)
        } else {
            None
        };
        let (mine, rest): (Vec<_>, Vec<_>) =
            options.into_iter().partition(|o| o.vote_id == vote.id);
        options = rest;
        out.push(VoteView {
            vote,
            options: mine,
            access,
            tally,
        });
    }
    Ok(out)
}

/// One vote the viewer may see (else `NOT_FOUND`).
async fn load(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<VoteView> {
    let vote = store::get(tx, id, lock).await?.ok_or(AppError::NotFound)?;
    views(ctx, app, tx, vec![vote])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// The author must hold `vote` `write` wherever the electorate reaches: each chosen org, the
/// org of each named member, and the whole tenant for tenant-wide filters.
async fn require_electorate(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    a: &Audience,
) -> AppResult<()> {
    let org_ids: Vec<Uuid> = a.orgs.iter().map(|o| o.org_id).collect();
    let found = store::org_paths(tx, &org_ids).await?;
    if found.len() != org_ids.len() {
        return Err(AppError::field("electorate", "所选组织不存在"));
    }
    for (path, name) in found {
        if !may(ctx, app, &path, "write").await? {
            return Err(AppError::field(
                "electorate",
                format!("您无权在“{name}”组织投票"),
            ));
        }
    }
    if a.orgs.is_empty()
        && a.has_filters()
        && !app
            .authz
            .allowed(ctx, &Scope::Tenant, catalog::VOTE, "write")
            .await?
    {
        return Err(AppError::field(
            "electorate",
            "按条线、角色或政治面貌面向全单位投票需要单位管理员权限，请先选择组织",
        ));
    }
    let mut named = a.member_ids.clone();
    named.extend(&a.exclude_member_ids);
    if !crate::audience::store::unknown_members(tx, &named)
        .await?
        .is_empty()
    {
        return Err(AppError::field("electorate", "所选成员不存在"));
    }
    for path in store::member_org_paths(tx, &a.member_ids).await? {
        let allowed = match path {
            Some(p) => may(ctx, app, &p, "write").await?,
            None => {
                app.authz
                    .allowed(ctx, &Scope::Tenant, catalog::VOTE, "write")
                    .await?
            }
        };
        if !allowed {
            return Err(AppError::field(
                "electorate",
                "指定的成员中有您无权组织投票的组织的成员",
            ));
        }
    }
    Ok(())
}

/// The issuing org's path; the author needs `vote` `write` there (else `NOT_FOUND`).
async fn require_org(ctx: &Ctx, app: &App, tx: &mut TenantTx, org: Uuid) -> AppResult<String> {
    let path = crate::org::path_where(ctx, app, tx, org, catalog::VOTE, "write").await?;
    Ok(path)
}

/// Announces a changed turnout after the commit.
async fn announce_turnout(app: &App, tenant: Uuid, vote: Uuid) {
    app.bus
        .publish(Event {
            tenant,
            topic: TURNOUT_CHANGED.to_string(),
            subject: vote,
            id: vote,
        })
        .await;
}

fn due_job(ctx: &Ctx, vote: Uuid) -> DueJob {
    DueJob {
        tenant_id: ctx.tenant_id(),
        vote_id: vote,
    }
}

/// Schedules the worker's turns for a vote: its opening (when ahead), the reminder before the
/// close, and the close.
async fn schedule(tx: &mut TenantTx, ctx: &Ctx, v: &NewVote, id: Uuid) -> AppResult<()> {
    let now = Utc::now();
    let job = due_job(ctx, id);
    let mut turns = vec![(format!("vote-close:{id}"), v.closes_at)];
    if v.opens_at > now {
        turns.push((format!("vote-open:{id}"), v.opens_at));
    }
    let remind_at = v.closes_at - Duration::hours(rules::REMIND_BEFORE_HOURS);
    if remind_at > now && remind_at > v.opens_at {
        turns.push((format!("vote-remind:{id}"), remind_at));
    }
    for (key, at) in turns {
        jobs::enqueue(
            tx,
            DUE_TASK,
            &job,
            &JobOptions {
                job_key: Some(key),
                run_at: Some(at),
                ..JobOptions::default()
            },
        )
        .await?;
    }
    Ok(())
}

/// Opens a vote inside the caller's transaction: freezes the electorate and tells each member.
/// Returns the notifications written.
async fn open_in(tx: &mut TenantTx, v: &VoteRow) -> AppResult<(usize, Vec<(Uuid, Uuid)>)> {
    let electorate: Audience = serde_json::from_value(v.electorate.clone()).unwrap_or_default();
    let members = store::freeze_electorate(tx, v.id, &electorate).await?;
    let eligible = i32::try_from(members.len()).unwrap_or(i32::MAX);
    store::mark_open(tx, v.id, eligible).await?;
    let written = notify::write_many(
        tx,
        &members,
        &notify::Broadcast {
            kind: "VOTE",
            title: &format!("请参与投票：{}", v.title),
            body: &format!("{} 发起，投票截止前请完成投票", v.org_name),
            dedupe_prefix: &format!("vote-open:{}:", v.id),
            detail: &json!({ "vote": v.id }),
        },
    )
    .await?;
    Ok((members.len(), written))
}

/// Creates a vote: checks the form, the author's rights over the org and the electorate, the
/// 差额 rule and the meeting; opens it now (freezing the electorate) unless it opens later;
/// schedules the worker's turns.
pub async fn create(ctx: &Ctx, app: &App, input: VoteInput) -> AppResult<VoteView> {
    let author = me(ctx)?;
    let v = NewVote::parse(input, Utc::now())?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, v.org_id).await?;
    require_electorate(ctx, app, &mut tx, &v.electorate).await?;
    if v.kind != VoteKind::Poll {
        let rule = crate::statute::get_in(&mut tx, rules::COMPETITIVE_RULE).await?;
        let share = rule.effective()["minExcessShare"].as_f64().unwrap_or(0.2);
        rules::check_competitive(
            v.kind,
            v.options.len(),
            v.seats,
            share,
            rule.effective_source(),
        )?;
    }
    if let Some(m) = v.meeting_id
        && !store::meeting_exists(&mut tx, m).await?
    {
        return Err(AppError::field("meetingId", "会议不存在"));
    }
    let id = crate::new_id();
    let option_ids: Vec<Uuid> = v.options.iter().map(|_| Uuid::new_v4()).collect();
    store::insert(&mut tx, id, &v, Some(author), &option_ids).await?;
    let mut written = vec![];
    if v.opens_at <= Utc::now() {
        let row = store::get(&mut tx, id, true)
            .await?
            .ok_or(AppError::NotFound)?;
        let (eligible, w) = open_in(&mut tx, &row).await?;
        if eligible == 0 {
            return Err(AppError::field("electorate", "投票范围内没有可投票的成员"));
        }
        written = w;
    }
    schedule(&mut tx, ctx, &v, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "vote.create",
        "vote",
        id,
        json!({ "title": v.title.as_str(), "kind": v.kind.as_str(), "anonymous": v.anonymous,
                "electorate": v.electorate }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// How many members an electorate holds now (the creation form's live count); the viewer needs
/// `vote` `write` at the issuing org.
pub async fn electorate_count(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    electorate: Audience,
) -> AppResult<i64> {
    let electorate = electorate.parse().map_err(|e| match e {
        AppError::Validation { message, .. } => AppError::field("electorate", message),
        other => other,
    })?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, org).await?;
    let n = crate::audience::store::audience_count(&mut tx, &electorate).await?;
    tx.commit().await?;
    Ok(n)
}

/// One vote, as the viewer may see it.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<VoteView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// An org's votes, newest first; the viewer needs `vote` `read` at the org.
pub async fn list_for_org(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    args: &PageArgs,
) -> AppResult<Page<VoteView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (path, _) = crate::org::store::path_and_name(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::VOTE, "read")
        .await?;
    let rows = store::by_org(&mut tx, org, args.after_uuid()?, args.limit()).await?;
    let page = Page::from_fetch(rows, args);
    let items = views(ctx, app, &mut tx, page.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

/// The votes the viewer is (or was) asked to vote in, newest first; only those open and not
/// yet voted when `pending`.
pub async fn list_mine(
    ctx: &Ctx,
    app: &App,
    pending: bool,
    args: &PageArgs,
) -> AppResult<Page<VoteView>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::for_voter(&mut tx, member, pending, args.after_uuid()?, args.limit()).await?;
    let page = Page::from_fetch(rows, args);
    let items = views(ctx, app, &mut tx, page.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

/// Casts the viewer's ballot, once: under the vote's row lock, flips their `voted` flag (the
/// day only) and drops the ballot into the urn, stirring it. Returns the receipt, shown once.
pub async fn cast(ctx: &Ctx, app: &App, id: Uuid, option_ids: &[Uuid]) -> AppResult<String> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    let Some(voted) = view.access.voter else {
        return Err(AppError::Denied("您不在本次投票的投票人范围内".into()));
    };
    let v = &view.vote;
    if !rules::accepts_ballots(v.status, v.closes_at, Utc::now()) {
        return Err(AppError::Conflict(match v.status {
            VoteStatus::Scheduled => "投票尚未开始".into(),
            _ => "投票已结束".into(),
        }));
    }
    if voted {
        return Err(AppError::Conflict("您已投票，每人只能投一次".into()));
    }
    let options: Vec<Uuid> = view.options.iter().map(|o| o.id).collect();
    let choice = rules::check_choice(&options, option_ids, v.min_choices, v.max_choices)?;
    let day = crate::tenancy::tenant_in(&mut tx)
        .await?
        .time_zone
        .parse::<chrono_tz::Tz>()
        .map(|z| Utc::now().with_timezone(&z).date_naive())
        .unwrap_or_else(|_| Utc::now().date_naive());
    if !store::mark_voted(&mut tx, id, member, day).await? {
        return Err(AppError::Conflict("您已投票，每人只能投一次".into()));
    }
    let mut bytes = [0_u8; rules::RECEIPT_BYTES];
    rand::fill(&mut bytes);
    let receipt = rules::format_receipt(&bytes);
    let canonical = rules::normalize_receipt(&receipt)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("a fresh receipt did not read back")))?;
    store::cast_into_urn(&mut tx, id, &choice, &rules::receipt_hash(&canonical)).await?;
    // Participation only: neither the options nor the receipt.
    audit::object(&mut tx, ctx, "vote.cast", "vote", id, json!({})).await?;
    tx.commit().await?;
    announce_turnout(app, ctx.tenant_id(), id).await;
    Ok(receipt)
}

/// Whether the ballot with `receipt` is counted, and after the close what it holds. Anyone
/// who sees the vote may ask; a receipt that is no receipt is simply not counted.
pub async fn verify(ctx: &Ctx, app: &App, id: Uuid, receipt: &str) -> AppResult<Verification> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    let Some(canonical) = rules::normalize_receipt(receipt) else {
        tx.commit().await?;
        return Ok(Verification {
            counted: false,
            option_ids: None,
            fingerprint: None,
        });
    };
    let hash = rules::receipt_hash(&canonical);
    let ballot = store::ballot_by_receipt(&mut tx, id, &hash).await?;
    tx.commit().await?;
    let closed = view.vote.status == VoteStatus::Closed;
    Ok(Verification {
        counted: ballot.is_some(),
        fingerprint: ballot.is_some().then(|| hex::encode(&hash)),
        option_ids: ballot.filter(|_| closed),
    })
}

/// The receipt hashes counted, in hex order, once the vote is closed (anyone who sees it).
pub async fn receipts(ctx: &Ctx, app: &App, id: Uuid, args: &PageArgs) -> AppResult<Page<String>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    if view.vote.status != VoteStatus::Closed {
        tx.commit().await?;
        return Ok(Page {
            items: vec![],
            has_next: false,
        });
    }
    let after = args.after.as_deref();
    let rows = store::receipt_hashes(&mut tx, id, after, args.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// The turnout, for officers (`NOT_FOUND` for others before the close).
pub async fn turnout(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Turnout> {
    get(ctx, app, id).await?.turnout().ok_or(AppError::NotFound)
}

/// The turnout now, then after every change (changes within a quarter second are read once).
pub fn follow_turnout(app: App, ctx: Ctx, id: Uuid) -> impl Stream<Item = AppResult<Turnout>> {
    let bus = app.bus.clone();
    let tenant = ctx.tenant_id();
    bus.follow_subject(TURNOUT_CHANGED, tenant, id, move || {
        let (app, ctx) = (app.clone(), ctx.clone());
        async move { turnout(&ctx, &app, id).await }
    })
}

/// Who has not voted, by name: officers of named (non-anonymous) votes only; for anonymous
/// votes the count alone is shown (`None`).
pub async fn non_voters(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    args: &PageArgs,
) -> AppResult<Option<Page<NonVoterRow>>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    if !view.access.officer || view.vote.anonymous {
        tx.commit().await?;
        return Ok(None);
    }
    let rows = store::non_voters(&mut tx, id, args.after_uuid()?, args.limit()).await?;
    tx.commit().await?;
    Ok(Some(Page::from_fetch(rows, args)))
}

/// Reminds everyone who has not voted (by hand, at most every ten minutes); returns how many.
pub async fn remind(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<usize> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    if !view.access.manage {
        return Err(AppError::NotFound);
    }
    if view.vote.status != VoteStatus::Open {
        return Err(AppError::Conflict("只有进行中的投票可以提醒".into()));
    }
    if let Some(until) = rules::remind_blocked_until(view.vote.last_reminded_at, Utc::now()) {
        let at = until
            .with_timezone(&chrono_tz::Asia::Shanghai)
            .format("%H:%M");
        return Err(AppError::RateLimited(format!(
            "提醒过于频繁：每次投票 10 分钟内只能提醒一次，请于 {at} 后再试"
        )));
    }
    let members = store::mark_reminded(&mut tx, id).await?;
    let written = remind_in(
        &mut tx,
        &view.vote,
        &members,
        &format!("vote-remind:{id}:{}:", crate::new_id()),
    )
    .await?;
    store::set_last_reminded(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "vote.remind",
        "vote",
        id,
        json!({ "reminded": members.len() }),
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(members.len())
}

async fn remind_in(
    tx: &mut TenantTx,
    v: &VoteRow,
    members: &[Uuid],
    dedupe: &str,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let due = v
        .closes_at
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%m月%d日 %H:%M");
    Ok(notify::write_many(
        tx,
        members,
        &notify::Broadcast {
            kind: "VOTE",
            title: &format!("请投票：{}", v.title),
            body: &format!("投票将于 {due} 截止，您尚未投票"),
            dedupe_prefix: dedupe,
            detail: &json!({ "vote": v.id, "reminder": true }),
        },
    )
    .await?)
}

/// Closes a vote inside the caller's transaction: rewrites the urn once more, decides validity
/// (an election at a meeting needs its quorum) and freezes it.
async fn close_in(tx: &mut TenantTx, v: &VoteRow) -> AppResult<()> {
    store::shuffle_urn(tx, v.id).await?;
    let (valid, reason) = if rules::quorum_applies(v.kind, v.meeting_id.is_some()) {
        let rule = crate::statute::get_in(tx, rules::QUORUM_RULE).await?;
        let at_least = rule.effective()["electionAtLeast"].as_f64().unwrap_or(0.8);
        let eligible = i64::from(v.eligible_count);
        let voted = i64::from(v.voted_count);
        if rules::quorum_met(eligible, voted, at_least) {
            (true, None)
        } else {
            (
                false,
                Some(format!(
                    "无效：未达到法定人数（应到 {eligible} 人，实到 {voted} 人，须不少于 {:.0}%）。依据：{}",
                    at_least * 100.0,
                    rule.effective_source()
                )),
            )
        }
    } else {
        (true, None)
    };
    store::mark_closed(tx, v.id, valid, reason.as_deref()).await?;
    Ok(())
}

/// Closes a vote by hand (its managers), freezing the urn and publishing the tally.
pub async fn close(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<VoteView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    if !view.access.manage {
        return Err(AppError::NotFound);
    }
    if view.vote.status == VoteStatus::Closed {
        return Err(AppError::Conflict("投票已结束".into()));
    }
    close_in(&mut tx, &view.vote).await?;
    audit::object(
        &mut tx,
        ctx,
        "vote.close",
        "vote",
        id,
        json!({ "eligible": view.vote.eligible_count, "voted": view.vote.voted_count }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    announce_turnout(app, ctx.tenant_id(), id).await;
    Ok(view)
}

/// The worker's turn for a vote ([`DUE_TASK`]): opens it when due, reminds those who have not
/// voted in the last day, closes it when due. Idempotent: a turn that finds nothing due does
/// nothing, and a reminder is written once per member. Returns what it did.
pub async fn run_due(app: &App, job: &DueJob) -> AppResult<&'static str> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(v) = store::get(&mut tx, job.vote_id, true).await? else {
        return Ok("gone");
    };
    let now = Utc::now();
    let mut written = vec![];
    let done = match v.status {
        VoteStatus::Scheduled if v.opens_at <= now => {
            let (eligible, w) = open_in(&mut tx, &v).await?;
            written = w;
            audit::object(
                &mut tx,
                &ctx,
                "vote.open",
                "vote",
                v.id,
                json!({ "eligible": eligible }),
            )
            .await?;
            "opened"
        }
        VoteStatus::Open if v.closes_at <= now => {
            close_in(&mut tx, &v).await?;
            audit::object(
                &mut tx,
                &ctx,
                "vote.close",
                "vote",
                v.id,
                json!({ "eligible": v.eligible_count, "voted": v.voted_count, "automatic": true }),
            )
            .await?;
            "closed"
        }
        VoteStatus::Open if v.closes_at - Duration::hours(rules::REMIND_BEFORE_HOURS) <= now => {
            let members = store::mark_reminded(&mut tx, v.id).await?;
            written = remind_in(
                &mut tx,
                &v,
                &members,
                &format!("vote-remind-auto:{}:", v.id),
            )
            .await?;
            "reminded"
        }
        _ => "nothing due",
    };
    tx.commit().await?;
    notify::announce(app, job.tenant_id, &written).await;
    if done != "nothing due" {
        announce_turnout(app, job.tenant_id, v.id).await;
    }
    Ok(done)
}

/// The tally as CSV: options and their counts, the turnout and validity — never a ballot, a
/// receipt or a voter. Only once the results may be seen.
pub async fn export_csv(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<(String, Vec<u8>)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    let Some(tally) = &view.tally else {
        return Err(AppError::Conflict("投票结束后才能导出结果".into()));
    };
    // A byte-order mark, so that spreadsheet programs read the Chinese text as UTF-8.
    let mut w = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    let v = &view.vote;
    let write = |w: &mut csv::Writer<Vec<u8>>, row: &[&str]| {
        w.write_record(row)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))
    };
    write(&mut w, &["投票", &v.title])?;
    write(&mut w, &["应投人数", &v.eligible_count.to_string()])?;
    write(&mut w, &["已投人数", &v.voted_count.to_string()])?;
    let validity = match v.valid {
        Some(true) => "有效".to_string(),
        Some(false) => v.invalid_reason.clone().unwrap_or_else(|| "无效".into()),
        None => "进行中".to_string(),
    };
    write(&mut w, &["结果", &validity])?;
    write(&mut w, &["选项", "票数"])?;
    for o in &view.options {
        let n = tally
            .iter()
            .find(|(id, _)| *id == o.id)
            .map_or(0, |(_, n)| *n);
        write(&mut w, &[&o.label, &n.to_string()])?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))?;
    audit::object(&mut tx, ctx, "vote.export", "vote", id, json!({})).await?;
    tx.commit().await?;
    Ok((format!("vote-{}.csv", v.id), bytes))
}
