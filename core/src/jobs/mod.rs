//! The enqueue side of background jobs: one helper, called inside the business transaction,
//! so that a rollback leaves no job behind.

use crate::db::TenantTx;
use serde::Serialize;

/// The schema graphile_worker lives in.
pub const SCHEMA: &str = "graphile_worker";

/// Options of one job.
#[derive(Debug, Clone, Default)]
pub struct JobOptions {
    /// Collapses duplicates: a second job with the same key replaces the pending one.
    pub job_key: Option<String>,
    /// Not before this time.
    pub run_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Attempts before the job is given up (dead).
    pub max_attempts: Option<i32>,
}

/// Enqueues `task` with `payload` in the caller's transaction.
pub async fn enqueue<P: Serialize>(
    tx: &mut TenantTx,
    task: &str,
    payload: &P,
    opts: &JobOptions,
) -> sqlx::Result<()> {
    let payload = serde_json::to_value(payload).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    // Unchecked: `tongxin_enqueue_job` is created at run time by [`migrate`], after the job
    // queue's own schema, so the migrated database the macros check against does not have it.
    sqlx::query("select tongxin_enqueue_job($1, $2::json, $3, $4, $5)")
        .bind(task)
        .bind(payload)
        .bind(opts.job_key.as_deref())
        .bind(opts.run_at)
        .bind(opts.max_attempts)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// Creates or upgrades the job queue's schema (as the owner) and the two functions through
/// which the runtime roles enqueue: the queue's tables stay private to their owner (they
/// carry row-level security of their own).
pub async fn migrate(owner: &sqlx::PgPool) -> anyhow::Result<()> {
    graphile_worker_migrations::migrate(owner, SCHEMA)
        .await
        .map_err(|e| anyhow::anyhow!("job queue migrations: {e}"))?;
    for superseded in [
        "drop function if exists public.tongxin_enqueue_mail(text, text, text, text, text)",
        "drop function if exists public.tongxin_enqueue_mail(text, text, text, text, text, integer)",
    ] {
        sqlx::query(superseded).execute(owner).await?;
    }
    // Constant DDL; the functions reach into the queue's schema, which exists only once the
    // library's migrations above have run, so none of this can be a migration of ours.
    for stmt in [
        ENQUEUE_JOB_FN,
        ENQUEUE_MAIL_FN,
        QUEUE_STATS_FN,
        DEAD_JOBS_FN,
    ]
    .into_iter()
    .chain(FUNCTION_GRANTS)
    {
        sqlx::query(stmt).execute(owner).await?;
    }
    Ok(())
}

/// Who may call the functions: enqueueing for both runtime roles, the queue's figures for
/// the system role only.
const FUNCTION_GRANTS: [&str; 8] = [
    "revoke all on function tongxin_enqueue_job(text, json, text, timestamptz, integer) from public",
    "grant execute on function tongxin_enqueue_job(text, json, text, timestamptz, integer) to tongxin_app, tongxin_system",
    "revoke all on function tongxin_enqueue_mail(text, text, text, text, text, integer, text) from public",
    "grant execute on function tongxin_enqueue_mail(text, text, text, text, text, integer, text) to tongxin_app, tongxin_system",
    "revoke all on function tongxin_queue_stats() from public",
    "grant execute on function tongxin_queue_stats() to tongxin_system",
    "revoke all on function tongxin_dead_jobs(integer) from public",
    "grant execute on function tongxin_dead_jobs(integer) to tongxin_system",
];

/// The queue's health as operators see it.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct QueueStats {
    /// Jobs waiting to run now.
    pub runnable: i64,
    /// Jobs being run.
    pub locked: i64,
    /// Jobs that used up their attempts (dead letters).
    pub dead: i64,
    /// Age in seconds of the oldest job waiting to run (0 when none).
    pub oldest_runnable_seconds: f64,
}

/// A job that used up its attempts.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeadJob {
    /// Queue id.
    pub id: i64,
    /// Task identifier.
    pub task: String,
    /// Attempts made.
    pub attempts: i16,
    /// The last error.
    pub last_error: Option<String>,
    /// Job key, if any.
    pub key: Option<String>,
    /// Enqueued.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Last attempt.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// Queue figures (platform operators, metrics).
pub async fn stats(db: &crate::Db) -> sqlx::Result<QueueStats> {
    // Unchecked, as every query on the queue: the function is made at run time by [`migrate`].
    sqlx::query_as(
        "select runnable, locked, dead, oldest_runnable_seconds from tongxin_queue_stats()",
    )
    .fetch_one(&mut *db.sys().await?)
    .await
}

/// The most recent dead jobs with their last error. A job on its last attempt counts as dead
/// only once that attempt has ended (the queue counts an attempt when it picks the job up).
pub async fn dead_jobs(db: &crate::Db, limit: i32) -> sqlx::Result<Vec<DeadJob>> {
    // Unchecked, as every query on the queue: the function is made at run time by [`migrate`].
    sqlx::query_as("select id, task, attempts, last_error, key, created_at, updated_at from tongxin_dead_jobs($1)")
        .bind(limit)
        .fetch_all(&mut *db.sys().await?)
        .await
}

const QUEUE_STATS_FN: &str = "
create or replace function public.tongxin_queue_stats()
  returns table (runnable bigint, locked bigint, dead bigint, oldest_runnable_seconds double precision)
  language sql stable security definer
  set search_path = pg_catalog
  as $$
    select count(*) filter (where j.attempts < j.max_attempts and j.locked_at is null and j.run_at <= now()),
           count(*) filter (where j.locked_at is not null),
           count(*) filter (where j.attempts >= j.max_attempts and j.locked_at is null),
           coalesce(extract(epoch from now() - min(j.run_at) filter (
             where j.attempts < j.max_attempts and j.locked_at is null and j.run_at <= now())), 0)::double precision
      from graphile_worker.jobs j
  $$";

const DEAD_JOBS_FN: &str = "
create or replace function public.tongxin_dead_jobs(lim integer)
  returns table (id bigint, task text, attempts smallint, last_error text, key text,
                 created_at timestamptz, updated_at timestamptz)
  language sql stable security definer
  set search_path = pg_catalog
  as $$
    select j.id, j.task_identifier, j.attempts, j.last_error, j.key, j.created_at, j.updated_at
      from graphile_worker.jobs j
     where j.attempts >= j.max_attempts and j.locked_at is null
     order by j.updated_at desc
     limit lim
  $$";

const ENQUEUE_JOB_FN: &str = "
create or replace function public.tongxin_enqueue_job(
  task text, payload json, key text, not_before timestamptz, attempts integer
) returns void
  language plpgsql security definer
  set search_path = pg_catalog
  as $$
  begin
    perform graphile_worker.add_job(task, payload, job_key => key, run_at => not_before,
                                    max_attempts => attempts);
  end
  $$";

const ENQUEUE_MAIL_FN: &str = "
create or replace function public.tongxin_enqueue_mail(
  k text, recipient text, subj text, plain text, html text, prio integer, unsubscribe text
) returns void
  language plpgsql security definer
  set search_path = pg_catalog
  as $$
  begin
    insert into public.mail_outbox (id, key, to_addr, subject, text_body, html_body, unsubscribe_url)
      values (gen_random_uuid(), k, recipient, subj, plain, html, unsubscribe)
      on conflict (key) do nothing;
    perform graphile_worker.add_job('send_mail', json_build_object('key', k),
                                    job_key => 'mail:' || k, max_attempts => 10, priority => prio);
  end
  $$";
