//! SQL of contests, their questions, participants and answers.

use super::model::{
    BranchRow, ContestQuestionRow, ContestRow, ContestStatus, NewContest, StandingRow,
};
use crate::db::TenantTx;
use crate::quiz::{Key, QuestionKind};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The columns of a contest, with its org and bank.
macro_rules! select_contests {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            ContestRow,
            r#"select c.id, c.org_id, o.path::text as "org_path!", o.name as org_name, c.bank_id,
                      b.name as bank_name, c.title, c.question_count, c.seconds_per_question,
                      c.points_per_question, c.status as "status: ContestStatus",
                      c.current_position, c.current_started_at, c.current_deadline, c.revealed,
                      c.participant_count, c.started_at, c.finished_at, c.created_by,
                      c.created_at
                 from contest c
                 join org_unit o on o.tenant_id = c.tenant_id and o.id = c.org_id
                 join question_bank b on b.tenant_id = c.tenant_id and b.id = c.bank_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Inserts a contest (a draft).
pub(super) async fn insert(
    tx: &mut TenantTx,
    id: Uuid,
    c: &NewContest,
    author: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into contest (tenant_id, id, org_id, bank_id, title, question_count,
                              seconds_per_question, points_per_question, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        tenant,
        id,
        c.org_id,
        c.bank_id,
        c.title,
        c.question_count,
        c.seconds_per_question,
        c.points_per_question,
        author,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Copies `n` questions drawn at random from the bank into the contest, numbered from 1;
/// returns how many there were.
pub(super) async fn draw(
    tx: &mut TenantTx,
    contest: Uuid,
    bank: Uuid,
    n: i64,
) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into contest_question (tenant_id, contest_id, position, question_id, kind, stem,
                                       options, answer, explanation)
         select $1, $2, (row_number() over (order by d.r))::integer, d.id, d.kind, d.stem,
                d.options, d.answer, d.explanation
           from (select q.id, q.kind, q.stem, q.options, q.answer, q.explanation, random() as r
                   from question q
                  where q.tenant_id = $1 and q.bank_id = $3 and q.archived_at is null
                  order by r limit $4) d",
        tenant,
        contest,
        bank,
        n,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

/// One contest (locked for the status changes and the answers' checks when `lock`).
pub(super) async fn contest(
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<ContestRow>> {
    let tenant = tx.tenant();
    if lock {
        select_contests!(
            "where c.tenant_id = $1 and c.id = $2 for update of c",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await
    } else {
        select_contests!("where c.tenant_id = $1 and c.id = $2", tenant, id)
            .fetch_optional(tx.conn())
            .await
    }
}

/// One contest, its row shared-locked so that no push or reveal passes an answer being taken.
pub(super) async fn contest_for_answer(
    tx: &mut TenantTx,
    id: Uuid,
) -> sqlx::Result<Option<ContestRow>> {
    let tenant = tx.tenant();
    select_contests!(
        "where c.tenant_id = $1 and c.id = $2 for share of c",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await
}

/// The contests a member may join (hosted at or above one of their placements) or created,
/// newest first, after a contest.
pub(super) async fn contests_for(
    tx: &mut TenantTx,
    member: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<ContestRow>> {
    let tenant = tx.tenant();
    select_contests!(
        "where c.tenant_id = $1
           and (c.created_by = $2 or exists (
                 select 1 from member m
                   join org_unit p on p.tenant_id = m.tenant_id
                    and p.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id)
                  where m.tenant_id = $1 and m.id = $2 and m.status = 'ACTIVE'
                    and p.path <@ o.path))
           and ($3::uuid is null or (c.created_at, c.id) < (
                 select a.created_at, a.id from contest a where a.tenant_id = $1 and a.id = $3))
         order by c.created_at desc, c.id desc limit $4",
        tenant,
        member,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The member's deepest placement inside the sub-tree at `path` (their branch), if any.
pub(super) async fn branch_of(
    tx: &mut TenantTx,
    member: Uuid,
    path: &str,
) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select p.id from member m
           join org_unit p on p.tenant_id = m.tenant_id
            and p.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id)
          where m.tenant_id = $1 and m.id = $2 and m.status = 'ACTIVE'
            and p.archived_at is null and p.path <@ $3::text::ltree
          order by nlevel(p.path) desc, p.id limit 1",
        tenant,
        member,
        path,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Which of `contests` the member has joined.
pub(super) async fn joined(
    tx: &mut TenantTx,
    member: Uuid,
    contests: &[Uuid],
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select contest_id from contest_participant
          where tenant_id = $1 and member_id = $2 and contest_id = any($3)",
        tenant,
        member,
        contests,
    )
    .fetch_all(tx.conn())
    .await
}

/// Adds a participant (once): the contest's participant count after it, `None` when they had
/// joined already.
pub(super) async fn join(
    tx: &mut TenantTx,
    contest: Uuid,
    member: Uuid,
    org: Uuid,
) -> sqlx::Result<Option<i32>> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into contest_participant (tenant_id, contest_id, member_id, org_id)
         values ($1, $2, $3, $4) on conflict do nothing",
        tenant,
        contest,
        member,
        org,
    )
    .execute(tx.conn())
    .await?;
    if done.rows_affected() == 0 {
        return Ok(None);
    }
    sqlx::query_scalar!(
        "update contest set participant_count = participant_count + 1
          where tenant_id = $1 and id = $2 returning participant_count",
        tenant,
        contest,
    )
    .fetch_one(tx.conn())
    .await
    .map(Some)
}

/// Starts a draft.
pub(super) async fn start(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update contest set status = 'LIVE', started_at = now()
          where tenant_id = $1 and id = $2 and status = 'DRAFT'",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Puts a question on screen from `at` until `deadline`.
pub(super) async fn push(
    tx: &mut TenantTx,
    id: Uuid,
    position: i32,
    at: DateTime<Utc>,
    deadline: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update contest set current_position = $3, current_started_at = $4,
                            current_deadline = $5, revealed = false
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        position,
        at,
        deadline,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Shows the answer of the question on screen.
pub(super) async fn reveal(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update contest set revealed = true where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Ends a contest.
pub(super) async fn finish(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update contest set status = 'FINISHED', finished_at = now(),
                            started_at = coalesce(started_at, now())
          where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The question at a position.
pub(super) async fn question(
    tx: &mut TenantTx,
    contest: Uuid,
    position: i32,
) -> sqlx::Result<Option<ContestQuestionRow>> {
    let tenant = tx.tenant();
    let Some(r) = sqlx::query!(
        r#"select position, kind as "kind: QuestionKind", stem, options, answer, explanation
             from contest_question where tenant_id = $1 and contest_id = $2 and position = $3"#,
        tenant,
        contest,
        position,
    )
    .fetch_optional(tx.conn())
    .await?
    else {
        return Ok(None);
    };
    let key: Key =
        serde_json::from_value(r.answer).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(Some(ContestQuestionRow {
        position: r.position,
        kind: r.kind,
        stem: r.stem,
        options: r.options,
        key,
        explanation: r.explanation,
    }))
}

/// Records an answer once; `false` when the member had answered that question already.
#[allow(clippy::too_many_arguments)]
pub(super) async fn answer(
    tx: &mut TenantTx,
    contest: Uuid,
    position: i32,
    member: Uuid,
    response: &[String],
    correct: bool,
    earned: i32,
    elapsed_ms: i32,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into contest_answer (tenant_id, contest_id, position, member_id, response,
                                     correct, earned, elapsed_ms)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing",
        tenant,
        contest,
        position,
        member,
        response,
        correct,
        earned,
        elapsed_ms,
    )
    .execute(tx.conn())
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query!(
        "update contest_participant
            set score = score + $4, answered_count = answered_count + 1,
                correct_count = correct_count + $5::boolean::integer,
                answer_ms = answer_ms + case when $5 then $6::bigint else 0 end
          where tenant_id = $1 and contest_id = $2 and member_id = $3",
        tenant,
        contest,
        member,
        earned,
        correct,
        i64::from(elapsed_ms),
    )
    .execute(tx.conn())
    .await?;
    Ok(true)
}

/// Whether the member takes part.
pub(super) async fn is_participant(
    tx: &mut TenantTx,
    contest: Uuid,
    member: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let found = sqlx::query_scalar!(
        "select 1 from contest_participant
          where tenant_id = $1 and contest_id = $2 and member_id = $3",
        tenant,
        contest,
        member,
    )
    .fetch_optional(tx.conn())
    .await?;
    Ok(found.is_some())
}

/// The best participants, best first (score, then less time on correct answers).
pub(super) async fn top(
    tx: &mut TenantTx,
    contest: Uuid,
    limit: i64,
) -> sqlx::Result<Vec<StandingRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        StandingRow,
        r#"select p.member_id, m.name as member_name, o.name as "org_name?", p.score,
                  p.correct_count, p.answered_count, p.answer_ms
             from contest_participant p
             join member m on m.tenant_id = p.tenant_id and m.id = p.member_id
             left join org_unit o on o.tenant_id = p.tenant_id and o.id = p.org_id
            where p.tenant_id = $1 and p.contest_id = $2
            order by p.score desc, p.answer_ms, p.member_id
            limit $3"#,
        tenant,
        contest,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// One participant's totals and competition rank.
pub(super) async fn standing_of(
    tx: &mut TenantTx,
    contest: Uuid,
    member: Uuid,
) -> sqlx::Result<Option<(i64, StandingRow)>> {
    let tenant = tx.tenant();
    let Some(r) = sqlx::query!(
        r#"select p.member_id, m.name as member_name, o.name as "org_name?", p.score,
                  p.correct_count, p.answered_count, p.answer_ms,
                  (select count(*) from contest_participant b
                    where b.tenant_id = p.tenant_id and b.contest_id = p.contest_id
                      and (b.score > p.score or (b.score = p.score and b.answer_ms < p.answer_ms)))
                    as "better!"
             from contest_participant p
             join member m on m.tenant_id = p.tenant_id and m.id = p.member_id
             left join org_unit o on o.tenant_id = p.tenant_id and o.id = p.org_id
            where p.tenant_id = $1 and p.contest_id = $2 and p.member_id = $3"#,
        tenant,
        contest,
        member,
    )
    .fetch_optional(tx.conn())
    .await?
    else {
        return Ok(None);
    };
    Ok(Some((
        r.better + 1,
        StandingRow {
            member_id: r.member_id,
            member_name: r.member_name,
            org_name: r.org_name,
            score: r.score,
            correct_count: r.correct_count,
            answered_count: r.answered_count,
            answer_ms: r.answer_ms,
        },
    )))
}

/// Every branch with a participant, with its participants and their total score.
pub(super) async fn branches(tx: &mut TenantTx, contest: Uuid) -> sqlx::Result<Vec<BranchRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        BranchRow,
        r#"select p.org_id, o.name as org_name, count(*) as "participants!",
                  coalesce(sum(p.score), 0)::bigint as "total_score!"
             from contest_participant p
             join org_unit o on o.tenant_id = p.tenant_id and o.id = p.org_id
            where p.tenant_id = $1 and p.contest_id = $2
            group by p.org_id, o.name"#,
        tenant,
        contest,
    )
    .fetch_all(tx.conn())
    .await
}

/// Answers received to one question.
pub(super) async fn answered(tx: &mut TenantTx, contest: Uuid, position: i32) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select count(*) as "n!" from contest_answer
            where tenant_id = $1 and contest_id = $2 and position = $3"#,
        tenant,
        contest,
        position,
    )
    .fetch_one(tx.conn())
    .await
}
