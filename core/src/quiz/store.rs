//! Quizzes' SQL. Starting an attempt runs under the member-and-quiz advisory lock
//! ([`lock_member_quiz`]); the unique keys on attempts back it up.

use super::model::{
    AttemptQuestionRow, AttemptRow, AttemptStatus, BankRow, NewQuestion, QuestionRow, QuizMode,
    QuizRow, QuizStatus, ResultRow,
};
use super::scoring::{Key, QuestionKind};
use crate::audience::Audience;
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use uuid::Uuid;

fn key_of(v: serde_json::Value) -> sqlx::Result<Key> {
    serde_json::from_value(v).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

fn json_of(k: &Key) -> sqlx::Result<serde_json::Value> {
    serde_json::to_value(k).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}

/// The columns of [`BankRow`].
macro_rules! select_banks {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            BankRow,
            r#"select b.id, b.org_id, o.name as org_name, o.path::text as "org_path!", b.name,
                      b.description,
                      (select count(*) from question q where q.tenant_id = b.tenant_id
                          and q.bank_id = b.id and q.archived_at is null) as "question_count!",
                      b.created_at, b.updated_at
                 from question_bank b
                 join org_unit o on o.tenant_id = b.tenant_id and o.id = b.org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Inserts a bank.
pub(super) async fn insert_bank(
    tx: &mut TenantTx,
    id: Uuid,
    org: Uuid,
    name: &str,
    description: &str,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into question_bank (tenant_id, id, org_id, name, description, created_by)
         values ($1, $2, $3, $4, $5, $6)",
        tenant,
        id,
        org,
        name,
        description,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Renames a bank.
pub(super) async fn update_bank(
    tx: &mut TenantTx,
    id: Uuid,
    name: &str,
    description: &str,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update question_bank set name = $3, description = $4, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        name,
        description,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One bank.
pub(super) async fn bank(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<BankRow>> {
    let tenant = tx.tenant();
    select_banks!("where b.tenant_id = $1 and b.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// The banks of an org's sub-tree and of its ancestors (a tenant-wide bank sits at the root).
pub(super) async fn banks_around(tx: &mut TenantTx, path: &str) -> sqlx::Result<Vec<BankRow>> {
    let tenant = tx.tenant();
    select_banks!(
        "where b.tenant_id = $1 and (o.path <@ $2::text::ltree or o.path @> $2::text::ltree)
          order by o.path, b.name, b.id limit 500",
        tenant,
        path,
    )
    .fetch_all(tx.conn())
    .await
}

struct QuestionDb {
    id: Uuid,
    bank_id: Uuid,
    kind: QuestionKind,
    stem: String,
    options: Vec<String>,
    answer: serde_json::Value,
    explanation: String,
    difficulty: i32,
    tags: Vec<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl QuestionDb {
    fn row(self) -> sqlx::Result<QuestionRow> {
        Ok(QuestionRow {
            id: self.id,
            bank_id: self.bank_id,
            kind: self.kind,
            stem: self.stem,
            options: self.options,
            key: key_of(self.answer)?,
            explanation: self.explanation,
            difficulty: self.difficulty,
            tags: self.tags,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

/// The columns of a question.
macro_rules! select_questions {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            QuestionDb,
            r#"select q.id, q.bank_id, q.kind as "kind: QuestionKind", q.stem, q.options,
                      q.answer, q.explanation, q.difficulty, q.tags, q.created_at, q.updated_at
                 from question q "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Inserts a question.
pub(super) async fn insert_question(
    tx: &mut TenantTx,
    id: Uuid,
    bank: Uuid,
    q: &NewQuestion,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into question (tenant_id, id, bank_id, kind, stem, options, answer, explanation,
                               difficulty, tags, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        tenant,
        id,
        bank,
        q.kind.as_str(),
        q.stem,
        &q.options,
        json_of(&q.key)?,
        q.explanation,
        q.difficulty,
        &q.tags,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Rewrites a question.
pub(super) async fn update_question(
    tx: &mut TenantTx,
    id: Uuid,
    q: &NewQuestion,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update question set kind = $3, stem = $4, options = $5, answer = $6, explanation = $7,
                difficulty = $8, tags = $9, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        q.kind.as_str(),
        q.stem,
        &q.options,
        json_of(&q.key)?,
        q.explanation,
        q.difficulty,
        &q.tags,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Archives a question: it leaves the bank's list and random draws.
pub(super) async fn archive_question(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update question set archived_at = now() where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One question not archived.
pub(super) async fn question(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<QuestionRow>> {
    let tenant = tx.tenant();
    select_questions!(
        "where q.tenant_id = $1 and q.id = $2 and q.archived_at is null",
        tenant,
        id
    )
    .fetch_optional(tx.conn())
    .await?
    .map(QuestionDb::row)
    .transpose()
}

/// A page of a bank's questions, oldest first, after a question.
pub(super) async fn questions(
    tx: &mut TenantTx,
    bank: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<QuestionRow>> {
    let tenant = tx.tenant();
    select_questions!(
        "where q.tenant_id = $1 and q.bank_id = $2 and q.archived_at is null
           and ($3::uuid is null or (q.created_at, q.id) > (
                 select a.created_at, a.id from question a where a.tenant_id = $1 and a.id = $3))
         order by q.created_at, q.id limit $4",
        tenant,
        bank,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await?
    .into_iter()
    .map(QuestionDb::row)
    .collect()
}

/// How many questions of each kind a bank holds (not archived).
pub(super) async fn kind_counts(
    tx: &mut TenantTx,
    bank: Uuid,
) -> sqlx::Result<BTreeMap<QuestionKind, i64>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select kind as "kind: QuestionKind", count(*) as "n!" from question
            where tenant_id = $1 and bank_id = $2 and archived_at is null group by kind"#,
        tenant,
        bank,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.kind, r.n)).collect())
}

/// Which of `ids` are questions of the bank, not archived.
pub(super) async fn in_bank(tx: &mut TenantTx, bank: Uuid, ids: &[Uuid]) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select count(*) as "n!" from question
            where tenant_id = $1 and bank_id = $2 and id = any($3::uuid[]) and archived_at is null"#,
        tenant,
        bank,
        ids,
    )
    .fetch_one(tx.conn())
    .await
}

struct QuizDb {
    id: Uuid,
    org_id: Uuid,
    org_name: String,
    org_path: String,
    bank_id: Uuid,
    bank_name: String,
    title: String,
    description: String,
    mode: QuizMode,
    random_counts: serde_json::Value,
    points_per_question: i32,
    question_count: i32,
    pass_mark: i32,
    time_limit_minutes: i32,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    max_attempts: i32,
    audience: serde_json::Value,
    audience_count: i32,
    status: QuizStatus,
    closed_at: Option<DateTime<Utc>>,
    created_by: Option<Uuid>,
    created_at: DateTime<Utc>,
}

impl QuizDb {
    fn row(self) -> sqlx::Result<QuizRow> {
        Ok(QuizRow {
            id: self.id,
            org_id: self.org_id,
            org_name: self.org_name,
            org_path: self.org_path,
            bank_id: self.bank_id,
            bank_name: self.bank_name,
            title: self.title,
            description: self.description,
            mode: self.mode,
            random_counts: serde_json::from_value(self.random_counts)
                .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
            points_per_question: self.points_per_question,
            question_count: self.question_count,
            pass_mark: self.pass_mark,
            time_limit_minutes: self.time_limit_minutes,
            opens_at: self.opens_at,
            closes_at: self.closes_at,
            max_attempts: self.max_attempts,
            audience: self.audience,
            audience_count: self.audience_count,
            status: self.status,
            closed_at: self.closed_at,
            created_by: self.created_by,
            created_at: self.created_at,
        })
    }
}

/// The columns of a quiz.
macro_rules! select_quizzes {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            QuizDb,
            r#"select z.id, z.org_id, o.name as org_name, o.path::text as "org_path!", z.bank_id,
                      b.name as bank_name, z.title, z.description, z.mode as "mode: QuizMode",
                      z.random_counts, z.points_per_question, z.question_count, z.pass_mark,
                      z.time_limit_minutes, z.opens_at, z.closes_at, z.max_attempts, z.audience,
                      z.audience_count, z.status as "status: QuizStatus", z.closed_at,
                      z.created_by, z.created_at
                 from quiz z
                 join org_unit o on o.tenant_id = z.tenant_id and o.id = z.org_id
                 join question_bank b on b.tenant_id = z.tenant_id and b.id = z.bank_id "#
                + $tail
            $(, $arg)*
        )
    };
}

fn quiz_rows(rows: Vec<QuizDb>) -> sqlx::Result<Vec<QuizRow>> {
    rows.into_iter().map(QuizDb::row).collect()
}

/// Inserts a quiz (its fixed questions separately).
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_quiz(
    tx: &mut TenantTx,
    id: Uuid,
    q: &super::model::QuizInput,
    question_count: i32,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let counts =
        serde_json::to_value(&q.random_counts).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let audience =
        serde_json::to_value(&q.audience).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query!(
        "insert into quiz (tenant_id, id, org_id, bank_id, title, description, mode,
                           random_counts, points_per_question, question_count, pass_mark,
                           time_limit_minutes, opens_at, closes_at, max_attempts, audience,
                           created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
        tenant,
        id,
        q.org_id,
        q.bank_id,
        q.title,
        q.description,
        q.mode.as_str(),
        counts,
        q.points_per_question,
        question_count,
        q.pass_mark,
        q.time_limit_minutes,
        q.opens_at,
        q.closes_at,
        q.max_attempts,
        audience,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Writes a FIXED quiz's questions in order.
pub(super) async fn insert_fixed(tx: &mut TenantTx, quiz: Uuid, ids: &[Uuid]) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into quiz_question (tenant_id, quiz_id, position, question_id)
         select $1, $2, (o - 1)::int, q from unnest($3::uuid[]) with ordinality as t (q, o)",
        tenant,
        quiz,
        ids,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A FIXED quiz's question ids, in order.
pub(super) async fn fixed_ids(tx: &mut TenantTx, quiz: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select question_id from quiz_question where tenant_id = $1 and quiz_id = $2
          order by position",
        tenant,
        quiz,
    )
    .fetch_all(tx.conn())
    .await
}

/// Freezes who may take the quiz and stores the count; returns the members.
pub(super) async fn freeze_audience(
    tx: &mut TenantTx,
    quiz: Uuid,
    a: &Audience,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    let members = crate::audience::store::audience!(
        query_scalar!()
        "insert into quiz_audience (tenant_id, quiz_id, member_id, org_id)
         select $1, $11, x.member_id, x.org_id from (",
        ") x on conflict do nothing returning member_id",
        tenant,
        a,
        quiz,
    )
    .fetch_all(tx.conn())
    .await?;
    sqlx::query!(
        "update quiz set audience_count = $3 where tenant_id = $1 and id = $2",
        tenant,
        quiz,
        i32::try_from(members.len()).unwrap_or(i32::MAX),
    )
    .execute(tx.conn())
    .await?;
    Ok(members)
}

/// One quiz; `lock` takes its row lock.
pub(super) async fn quiz(tx: &mut TenantTx, id: Uuid, lock: bool) -> sqlx::Result<Option<QuizRow>> {
    let tenant = tx.tenant();
    let row = if lock {
        select_quizzes!(
            "where z.tenant_id = $1 and z.id = $2 for update of z",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await?
    } else {
        select_quizzes!("where z.tenant_id = $1 and z.id = $2", tenant, id)
            .fetch_optional(tx.conn())
            .await?
    };
    row.map(QuizDb::row).transpose()
}

/// The quizzes of an org's sub-tree, newest first, after a quiz.
pub(super) async fn quizzes_of(
    tx: &mut TenantTx,
    path: &str,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<QuizRow>> {
    let tenant = tx.tenant();
    quiz_rows(
        select_quizzes!(
            "where z.tenant_id = $1 and o.path <@ $2::text::ltree
               and ($3::uuid is null or (z.created_at, z.id) < (
                     select a.created_at, a.id from quiz a where a.tenant_id = $1 and a.id = $3))
             order by z.created_at desc, z.id desc limit $4",
            tenant,
            path,
            after,
            limit,
        )
        .fetch_all(tx.conn())
        .await?,
    )
}

/// The quizzes a member may take, newest first, after a quiz.
pub(super) async fn quizzes_for(
    tx: &mut TenantTx,
    member: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<QuizRow>> {
    let tenant = tx.tenant();
    quiz_rows(
        select_quizzes!(
            "join quiz_audience qa on qa.tenant_id = z.tenant_id and qa.quiz_id = z.id
                                  and qa.member_id = $2
             where z.tenant_id = $1
               and ($3::uuid is null or (z.created_at, z.id) < (
                     select a.created_at, a.id from quiz a where a.tenant_id = $1 and a.id = $3))
             order by z.created_at desc, z.id desc limit $4",
            tenant,
            member,
            after,
            limit,
        )
        .fetch_all(tx.conn())
        .await?,
    )
}

/// Which of `quizzes` have `member` in their audience.
pub(super) async fn invited_to(
    tx: &mut TenantTx,
    member: Uuid,
    quizzes: &[Uuid],
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select quiz_id from quiz_audience
          where tenant_id = $1 and member_id = $2 and quiz_id = any($3::uuid[])",
        tenant,
        member,
        quizzes,
    )
    .fetch_all(tx.conn())
    .await
}

/// Rewrites a quiz's title, description, window and attempts.
#[allow(clippy::too_many_arguments)]
pub(super) async fn update_quiz(
    tx: &mut TenantTx,
    id: Uuid,
    title: &str,
    description: &str,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    max_attempts: i32,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update quiz set title = $3, description = $4, opens_at = $5, closes_at = $6,
                max_attempts = $7
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        title,
        description,
        opens_at,
        closes_at,
        max_attempts,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Closes a quiz.
pub(super) async fn close_quiz(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update quiz set status = 'CLOSED', closed_at = now() where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Serialises a member's starts of a quiz.
pub(super) async fn lock_member_quiz(
    tx: &mut TenantTx,
    quiz: Uuid,
    member: Uuid,
) -> sqlx::Result<()> {
    let key = format!("quiz:{}:{quiz}:{member}", tx.tenant());
    sqlx::query!("select pg_advisory_xact_lock(hashtextextended($1, 0))", key)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// The columns of [`AttemptRow`].
macro_rules! select_attempts {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            AttemptRow,
            r#"select t.id, t.quiz_id, t.member_id, t.number, t.started_at, t.deadline,
                      t.status as "status: AttemptStatus", t.finished_at, t.score, t.max_score,
                      t.passed
                 from quiz_attempt t "#
                + $tail
            $(, $arg)*
        )
    };
}

/// One attempt; `lock` takes its row lock.
pub(super) async fn attempt(
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<AttemptRow>> {
    let tenant = tx.tenant();
    if lock {
        select_attempts!(
            "where t.tenant_id = $1 and t.id = $2 for update",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await
    } else {
        select_attempts!("where t.tenant_id = $1 and t.id = $2", tenant, id)
            .fetch_optional(tx.conn())
            .await
    }
}

/// A member's attempts at a quiz, in order.
pub(super) async fn attempts_of(
    tx: &mut TenantTx,
    quiz: Uuid,
    member: Uuid,
) -> sqlx::Result<Vec<AttemptRow>> {
    let tenant = tx.tenant();
    select_attempts!(
        "where t.tenant_id = $1 and t.quiz_id = $2 and t.member_id = $3 order by t.number",
        tenant,
        quiz,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member's attempts at any of `quizzes`.
pub(super) async fn attempts_at(
    tx: &mut TenantTx,
    member: Uuid,
    quizzes: &[Uuid],
) -> sqlx::Result<Vec<AttemptRow>> {
    let tenant = tx.tenant();
    select_attempts!(
        "where t.tenant_id = $1 and t.member_id = $2 and t.quiz_id = any($3::uuid[])
         order by t.quiz_id, t.number",
        tenant,
        member,
        quizzes,
    )
    .fetch_all(tx.conn())
    .await
}

/// Open attempts whose deadline (plus the grace) has passed, of a quiz or of any quiz.
pub(super) async fn overdue(
    tx: &mut TenantTx,
    quiz: Option<Uuid>,
    before: DateTime<Utc>,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select id from quiz_attempt
          where tenant_id = $1 and status = 'OPEN' and deadline < $2
            and ($3::uuid is null or quiz_id = $3)
          order by deadline limit 1000",
        tenant,
        before,
        quiz,
    )
    .fetch_all(tx.conn())
    .await
}

/// Open attempts of a quiz.
pub(super) async fn open_attempts(tx: &mut TenantTx, quiz: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select id from quiz_attempt where tenant_id = $1 and quiz_id = $2 and status = 'OPEN'",
        tenant,
        quiz,
    )
    .fetch_all(tx.conn())
    .await
}

/// Inserts an attempt; `false` when the number or the open slot is already taken.
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_attempt(
    tx: &mut TenantTx,
    id: Uuid,
    quiz: Uuid,
    member: Uuid,
    number: i32,
    started_at: DateTime<Utc>,
    deadline: DateTime<Utc>,
    max_score: i32,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into quiz_attempt (tenant_id, id, quiz_id, member_id, number, started_at,
                                   deadline, max_score)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing",
        tenant,
        id,
        quiz,
        member,
        number,
        started_at,
        deadline,
        max_score,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Copies the drawn questions into the attempt, in the order given.
pub(super) async fn insert_attempt_questions(
    tx: &mut TenantTx,
    attempt: Uuid,
    ids: &[Uuid],
    points: i32,
) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "insert into quiz_attempt_question (tenant_id, attempt_id, position, question_id, kind,
                                            stem, options, answer, explanation, points)
         select $1, $2, (t.o - 1)::int, q.id, q.kind, q.stem, q.options, q.answer,
                q.explanation, $4
           from unnest($3::uuid[]) with ordinality as t (qid, o)
           join question q on q.tenant_id = $1 and q.id = t.qid",
        tenant,
        attempt,
        ids,
        points,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

/// Draws `n` random questions of a kind from a bank (not archived).
pub(super) async fn draw(
    tx: &mut TenantTx,
    bank: Uuid,
    kind: QuestionKind,
    n: i64,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select id from question
          where tenant_id = $1 and bank_id = $2 and kind = $3 and archived_at is null
          order by random() limit $4",
        tenant,
        bank,
        kind.as_str(),
        n,
    )
    .fetch_all(tx.conn())
    .await
}

struct AttemptQuestionDb {
    position: i32,
    question_id: Uuid,
    kind: QuestionKind,
    stem: String,
    options: Vec<String>,
    answer: serde_json::Value,
    explanation: String,
    points: i32,
    response: Option<Vec<String>>,
    earned: Option<i32>,
    correct: Option<bool>,
}

/// An attempt's questions, in order.
pub(super) async fn attempt_questions(
    tx: &mut TenantTx,
    attempt: Uuid,
) -> sqlx::Result<Vec<AttemptQuestionRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        AttemptQuestionDb,
        r#"select position, question_id, kind as "kind: QuestionKind", stem, options, answer,
                  explanation, points, response, earned, correct
             from quiz_attempt_question where tenant_id = $1 and attempt_id = $2
            order by position"#,
        tenant,
        attempt,
    )
    .fetch_all(tx.conn())
    .await?
    .into_iter()
    .map(|r| {
        Ok(AttemptQuestionRow {
            position: r.position,
            question_id: r.question_id,
            kind: r.kind,
            stem: r.stem,
            options: r.options,
            key: key_of(r.answer)?,
            explanation: r.explanation,
            points: r.points,
            response: r.response,
            earned: r.earned,
            correct: r.correct,
        })
    })
    .collect()
}

/// Saves the member's answer to one question of an attempt; `false` when there is no such
/// question.
pub(super) async fn save_response(
    tx: &mut TenantTx,
    attempt: Uuid,
    position: i32,
    response: &[String],
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update quiz_attempt_question set response = $4, saved_at = now()
          where tenant_id = $1 and attempt_id = $2 and position = $3",
        tenant,
        attempt,
        position,
        response,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Writes the marks of one question.
pub(super) async fn mark(
    tx: &mut TenantTx,
    attempt: Uuid,
    position: i32,
    earned: i32,
    correct: bool,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update quiz_attempt_question set earned = $4, correct = $5
          where tenant_id = $1 and attempt_id = $2 and position = $3",
        tenant,
        attempt,
        position,
        earned,
        correct,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Finishes an attempt with its score.
pub(super) async fn finish(
    tx: &mut TenantTx,
    attempt: Uuid,
    status: AttemptStatus,
    at: DateTime<Utc>,
    score: i32,
    passed: bool,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update quiz_attempt set status = $3, finished_at = $4, score = $5, passed = $6
          where tenant_id = $1 and id = $2 and status = 'OPEN'",
        tenant,
        attempt,
        status.as_str(),
        at,
        score,
        passed,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Counts of a quiz's audience within an org's sub-tree (or all): members, participants,
/// passed, and the average best score.
pub(super) async fn summary(
    tx: &mut TenantTx,
    quiz: Uuid,
    path: Option<&str>,
) -> sqlx::Result<(i64, i64, i64, Option<f64>)> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        r#"with scoped as (
             select qa.member_id from quiz_audience qa
               left join org_unit o on o.tenant_id = qa.tenant_id and o.id = qa.org_id
              where qa.tenant_id = $1 and qa.quiz_id = $2
                and ($3::text is null or o.path <@ $3::text::ltree)
           ), best as (
             select t.member_id, max(t.score) as score, bool_or(t.passed) as passed
               from quiz_attempt t join scoped s on s.member_id = t.member_id
              where t.tenant_id = $1 and t.quiz_id = $2 and t.status <> 'OPEN'
              group by t.member_id
           )
           select (select count(*) from scoped) as "audience!",
                  (select count(*) from best) as "participants!",
                  (select count(*) from best where passed) as "passed!",
                  (select avg(score)::float8 from best) as "average""#,
        tenant,
        quiz,
        path,
    )
    .fetch_one(tx.conn())
    .await?;
    Ok((r.audience, r.participants, r.passed, r.average))
}

/// A page of per-member results: participants by best score descending, then the others by
/// name; `after` is the offset already seen.
pub(super) async fn results(
    tx: &mut TenantTx,
    quiz: Uuid,
    path: Option<&str>,
    offset: i64,
    limit: i64,
) -> sqlx::Result<Vec<ResultRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ResultRow,
        r#"select qa.member_id, m.name as member_name, o.name as "org_name?",
                  count(t.id) as "attempts!", max(t.score) as best_score,
                  coalesce(bool_or(t.passed), false) as "passed!",
                  max(t.finished_at) as last_finished_at
             from quiz_audience qa
             join member m on m.tenant_id = qa.tenant_id and m.id = qa.member_id
             left join org_unit o on o.tenant_id = qa.tenant_id and o.id = qa.org_id
             left join quiz_attempt t on t.tenant_id = qa.tenant_id and t.quiz_id = qa.quiz_id
                                     and t.member_id = qa.member_id and t.status <> 'OPEN'
            where qa.tenant_id = $1 and qa.quiz_id = $2
              and ($3::text is null or o.path <@ $3::text::ltree)
            group by qa.member_id, m.name, o.name
            order by max(t.score) desc nulls last, m.name, qa.member_id
            offset $4 limit $5"#,
        tenant,
        quiz,
        path,
        offset,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The paths of the orgs a member is placed in.
pub(super) async fn member_paths(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<String>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select o.path::text as "path!" from member m
             join org_unit o on o.tenant_id = m.tenant_id
              and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
            where m.tenant_id = $1 and m.id = $2
            order by o.path"#,
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await
}
