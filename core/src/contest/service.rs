//! The actions on contests, their live state and leaderboards.

use super::model::{
    ContestInput, ContestRow, ContestStatus, ContestView, Leaderboard, Live, LiveQuestion, Phase,
    Receipt, Standing, TOP, check_response, elapsed_ms, rank_branches, rank_members, refusal,
};
use super::{BOARD_TOPIC, STATE_TOPIC, store};
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{RightsByPath, catalog},
    bus::Event,
    page::{Page, PageArgs},
    quiz::scoring,
};
use chrono::{Duration, Utc};
use futures::Stream;
use serde_json::json;
use std::sync::Arc;
use uuid::Uuid;

pub use super::live::Feeds;

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::NotFound)
}

/// What the viewer may do with a contest.
struct Access {
    host: bool,
    read: bool,
    /// The viewer's branch inside the hosting sub-tree (they may join).
    branch: Option<Uuid>,
}

impl Access {
    fn visible(&self) -> bool {
        self.host || self.read || self.branch.is_some()
    }
}

async fn access(ctx: &Ctx, app: &App, tx: &mut TenantTx, row: &ContestRow) -> AppResult<Access> {
    let (read, write) = RightsByPath::new(catalog::QUIZ)
        .at(&app.authz, ctx, &row.org_path)
        .await?;
    let member = ctx.member_id();
    let author = member.is_some() && row.created_by == member;
    let branch = match member {
        Some(m) => store::branch_of(tx, m, &row.org_path).await?,
        None => None,
    };
    Ok(Access {
        host: write || author,
        read,
        branch,
    })
}

/// A contest the viewer may see (else `NOT_FOUND`), with the viewer's access.
async fn load(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<(ContestRow, Access)> {
    let row = store::contest(tx, id, lock)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = access(ctx, app, tx, &row).await?;
    if !access.visible() {
        return Err(AppError::NotFound);
    }
    Ok((row, access))
}

/// A contest the viewer hosts, locked (else `NOT_FOUND`).
async fn load_hosted(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<ContestRow> {
    let (row, access) = load(ctx, app, tx, id, true).await?;
    if !access.host {
        return Err(AppError::NotFound);
    }
    Ok(row)
}

async fn view(
    ctx: &Ctx,
    tx: &mut TenantTx,
    contest: ContestRow,
    access: &Access,
) -> AppResult<ContestView> {
    let joined = match ctx.member_id() {
        Some(m) => store::is_participant(tx, contest.id, m).await?,
        None => false,
    };
    Ok(ContestView {
        contest,
        can_host: access.host,
        joined,
    })
}

async fn publish(app: &App, ctx: &Ctx, topic: &str, id: Uuid) {
    app.bus
        .publish(Event {
            tenant: ctx.tenant_id(),
            topic: topic.to_string(),
            subject: id,
            id,
        })
        .await;
}

/// Creates a draft contest: `quiz` write at the hosting org, a bank the author may read, and
/// as many questions in it as asked (drawn at random now and copied).
pub async fn create(ctx: &Ctx, app: &App, input: ContestInput) -> AppResult<ContestView> {
    let author = me(ctx)?;
    let c = input.parse()?;
    crate::quiz::bank(ctx, app, c.bank_id).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (path, _) = crate::org::store::path_and_name(&mut tx, c.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &crate::authz::Scope::Org(path), catalog::QUIZ, "write")
        .await?;
    let id = crate::new_id();
    store::insert(&mut tx, id, &c, author).await?;
    let drawn = store::draw(&mut tx, id, c.bank_id, i64::from(c.question_count)).await?;
    if drawn < u64::try_from(c.question_count).unwrap_or(0) {
        return Err(AppError::field(
            "questionCount",
            format!("题库中只有 {drawn} 道题"),
        ));
    }
    audit::object(
        &mut tx,
        ctx,
        "contest.create",
        "contest",
        id,
        json!({ "title": c.title, "questions": c.question_count,
                "seconds": c.seconds_per_question }),
    )
    .await?;
    let (row, access) = load(ctx, app, &mut tx, id, false).await?;
    let out = view(ctx, &mut tx, row, &access).await?;
    tx.commit().await?;
    Ok(out)
}

/// The contests the viewer may join or created, newest first.
pub async fn contests(ctx: &Ctx, app: &App, page: &PageArgs) -> AppResult<Page<ContestView>> {
    let member = me(ctx)?;
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::contests_for(&mut tx, member, after, page.limit()).await?;
    let page = Page::from_fetch(rows, page);
    let ids: Vec<Uuid> = page.items.iter().map(|c| c.id).collect();
    let joined = store::joined(&mut tx, member, &ids).await?;
    let mut rights = RightsByPath::new(catalog::QUIZ);
    let mut items = Vec::with_capacity(page.items.len());
    for contest in page.items {
        let (_, write) = rights.at(&app.authz, ctx, &contest.org_path).await?;
        items.push(ContestView {
            can_host: write || contest.created_by == Some(member),
            joined: joined.contains(&contest.id),
            contest,
        });
    }
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

/// One contest.
pub async fn contest(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ContestView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (row, access) = load(ctx, app, &mut tx, id, false).await?;
    let out = view(ctx, &mut tx, row, &access).await?;
    tx.commit().await?;
    Ok(out)
}

/// Joins the viewer (a member placed in the hosting sub-tree) as a participant, with their
/// branch; joining twice changes nothing. `CONFLICT` once finished or for a viewer outside it.
pub async fn join(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ContestView> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (row, access) = load(ctx, app, &mut tx, id, false).await?;
    let Some(branch) = access.branch else {
        return Err(AppError::Conflict("您不在本次竞赛的参赛范围内".into()));
    };
    if row.status == ContestStatus::Finished {
        return Err(AppError::Conflict("竞赛已结束".into()));
    }
    let count = store::join(&mut tx, id, member, branch).await?;
    tx.commit().await?;
    let mut contest = row;
    if let Some(n) = count {
        contest.participant_count = n;
    }
    let out = ContestView {
        contest,
        can_host: access.host,
        joined: true,
    };
    if count.is_some() {
        publish(app, ctx, BOARD_TOPIC, id).await;
    }
    Ok(out)
}

/// Starts a draft (the host). `CONFLICT` unless it is a draft.
pub async fn start(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ContestView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = load_hosted(ctx, app, &mut tx, id).await?;
    if row.status != ContestStatus::Draft {
        return Err(AppError::Conflict("竞赛已开始或已结束".into()));
    }
    store::start(&mut tx, id).await?;
    audit::object(&mut tx, ctx, "contest.start", "contest", id, json!({})).await?;
    let (row, access) = load(ctx, app, &mut tx, id, false).await?;
    let out = view(ctx, &mut tx, row, &access).await?;
    tx.commit().await?;
    publish(app, ctx, STATE_TOPIC, id).await;
    Ok(out)
}

/// Pushes the next question to everyone, taking answers for the contest's seconds per
/// question from now (server clock). `CONFLICT` unless live, or after the last question.
pub async fn next_question(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Live> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = load_hosted(ctx, app, &mut tx, id).await?;
    if row.status != ContestStatus::Live {
        return Err(AppError::Conflict(
            if row.status == ContestStatus::Draft {
                "请先开始竞赛"
            } else {
                "竞赛已结束"
            }
            .into(),
        ));
    }
    let position = row.current_position.unwrap_or(0) + 1;
    if position > row.question_count {
        return Err(AppError::Conflict("已是最后一题".into()));
    }
    let at = Utc::now();
    let deadline = at + Duration::seconds(i64::from(row.seconds_per_question));
    store::push(&mut tx, id, position, at, deadline).await?;
    let out = read_live(&mut tx, id).await?;
    tx.commit().await?;
    publish(app, ctx, STATE_TOPIC, id).await;
    publish(app, ctx, BOARD_TOPIC, id).await;
    Ok(out)
}

/// Shows the answer of the question on screen (the host); no answer is taken after it.
/// `CONFLICT` unless a question is on screen and not yet revealed.
pub async fn reveal(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Live> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = load_hosted(ctx, app, &mut tx, id).await?;
    if row.phase() != Phase::Question {
        return Err(AppError::Conflict("当前没有待公布答案的题目".into()));
    }
    store::reveal(&mut tx, id).await?;
    let out = read_live(&mut tx, id).await?;
    tx.commit().await?;
    publish(app, ctx, STATE_TOPIC, id).await;
    Ok(out)
}

/// Ends the contest (the host); the leaderboard is final. `CONFLICT` once finished.
pub async fn finish(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ContestView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = load_hosted(ctx, app, &mut tx, id).await?;
    if row.status == ContestStatus::Finished {
        return Err(AppError::Conflict("竞赛已结束".into()));
    }
    store::finish(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "contest.finish",
        "contest",
        id,
        json!({ "participants": row.participant_count }),
    )
    .await?;
    let (row, access) = load(ctx, app, &mut tx, id, false).await?;
    let out = view(ctx, &mut tx, row, &access).await?;
    tx.commit().await?;
    publish(app, ctx, STATE_TOPIC, id).await;
    publish(app, ctx, BOARD_TOPIC, id).await;
    Ok(out)
}

/// Answers the question on screen once, scored at once for the leaderboard (the participant
/// learns whether it was right at the reveal). `CONFLICT` after the deadline (server clock),
/// after the reveal, for another position, a second time, or before joining.
pub async fn answer(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    position: i32,
    response: &[String],
) -> AppResult<Receipt> {
    let member = me(ctx)?;
    let response = check_response(response)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    // Shared lock: a push or a reveal waits for the answers being taken.
    let row = store::contest_for_answer(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !store::is_participant(&mut tx, id, member).await? {
        let access = access(ctx, app, &mut tx, &row).await?;
        if !access.visible() {
            return Err(AppError::NotFound);
        }
        return Err(AppError::Conflict("请先加入竞赛".into()));
    }
    let now = Utc::now();
    if let Some(why) = refusal(&row, position, now) {
        return Err(AppError::Conflict(why.into()));
    }
    let question = store::question(&mut tx, id, position)
        .await?
        .ok_or(AppError::NotFound)?;
    let started = row.current_started_at.unwrap_or(now);
    let elapsed = elapsed_ms(started, now);
    let marked = scoring::score(
        question.kind,
        &question.key,
        Some(response.as_slice()),
        row.points_per_question,
    );
    let correct = marked.correct;
    let earned = if correct { marked.earned } else { 0 };
    if !store::answer(
        &mut tx, id, position, member, &response, correct, earned, elapsed,
    )
    .await?
    {
        return Err(AppError::Conflict("本题已作答".into()));
    }
    tx.commit().await?;
    publish(app, ctx, BOARD_TOPIC, id).await;
    Ok(Receipt {
        position,
        elapsed_ms: elapsed,
    })
}

/// The live state, read for anyone already allowed to see it.
async fn read_live(tx: &mut TenantTx, id: Uuid) -> AppResult<Live> {
    let row = store::contest(tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let phase = row.phase();
    let question = match (
        row.current_position,
        row.current_started_at,
        row.current_deadline,
    ) {
        (Some(p), Some(started_at), Some(deadline)) if phase != Phase::Finished => {
            let q = store::question(tx, id, p)
                .await?
                .ok_or(AppError::NotFound)?;
            let revealed = phase == Phase::Revealed;
            Some(LiveQuestion {
                position: p,
                kind: q.kind,
                blank_count: i32::try_from(q.key.blanks().len()).unwrap_or(0),
                stem: q.stem,
                options: q.options,
                started_at,
                deadline,
                correct_answer: revealed.then(|| q.key.as_response()),
                explanation: revealed.then_some(q.explanation),
            })
        }
        _ => None,
    };
    Ok(Live {
        contest_id: id,
        status: row.status,
        phase,
        question_count: row.question_count,
        question,
    })
}

/// The leaderboard, read for anyone already allowed to see it.
async fn read_board(tx: &mut TenantTx, id: Uuid) -> AppResult<Leaderboard> {
    let row = store::contest(tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let answered_current = match row.current_position {
        Some(p) if row.status == ContestStatus::Live => store::answered(tx, id, p).await?,
        _ => 0,
    };
    Ok(Leaderboard {
        contest_id: id,
        participants: i64::from(row.participant_count),
        answered_current,
        members: rank_members(store::top(tx, id, TOP).await?),
        branches: rank_branches(store::branches(tx, id).await?),
    })
}

/// The live state now (anyone who may see the contest).
pub async fn live_state(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Live> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    load(ctx, app, &mut tx, id, false).await?;
    let out = read_live(&mut tx, id).await?;
    tx.commit().await?;
    Ok(out)
}

/// The leaderboard now (anyone who may see the contest).
pub async fn leaderboard(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Leaderboard> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    load(ctx, app, &mut tx, id, false).await?;
    let out = read_board(&mut tx, id).await?;
    tx.commit().await?;
    Ok(out)
}

/// The viewer's own standing (`None` before joining).
pub async fn my_standing(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Option<Standing>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    load(ctx, app, &mut tx, id, false).await?;
    let got = store::standing_of(&mut tx, id, member).await?;
    tx.commit().await?;
    Ok(got.map(|(rank, row)| Standing {
        rank: i32::try_from(rank).unwrap_or(i32::MAX),
        row,
    }))
}

/// The live state now, then at every push, reveal and status change: read once per change on
/// this node and shared by its followers. Access is checked here, once.
pub async fn follow_live(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
) -> AppResult<impl Stream<Item = Arc<Live>> + use<>> {
    live_state(ctx, app, id).await?;
    let db = app.db.clone();
    Ok(app
        .contest_states
        .follow(&app.bus, ctx.tenant_id(), id, move |sys: Ctx| {
            let db = db.clone();
            async move {
                let mut tx = db.begin_tenant(&sys).await?;
                let out = read_live(&mut tx, id).await?;
                tx.commit().await?;
                Ok(out)
            }
        }))
}

/// The leaderboard now, then as answers arrive (gathered for a tenth of a second), shared by
/// the node's followers. Access is checked here, once.
pub async fn follow_leaderboard(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
) -> AppResult<impl Stream<Item = Arc<Leaderboard>> + use<>> {
    leaderboard(ctx, app, id).await?;
    let db = app.db.clone();
    Ok(app
        .contest_boards
        .follow(&app.bus, ctx.tenant_id(), id, move |sys: Ctx| {
            let db = db.clone();
            async move {
                let mut tx = db.begin_tenant(&sys).await?;
                let out = read_board(&mut tx, id).await?;
                tx.commit().await?;
                Ok(out)
            }
        }))
}
