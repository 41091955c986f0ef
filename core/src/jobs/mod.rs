//! The enqueue side of background jobs: one helper, called inside the business transaction,
//! so that a rollback leaves no job behind.

use serde::Serialize;
use sqlx::PgConnection;

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
    conn: &mut PgConnection,
    task: &str,
    payload: &P,
    opts: &JobOptions,
) -> sqlx::Result<()> {
    let payload = serde_json::to_value(payload).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query("select tongxin_enqueue_job($1, $2::json, $3, $4, $5)")
        .bind(task)
        .bind(payload)
        .bind(opts.job_key.as_deref())
        .bind(opts.run_at)
        .bind(opts.max_attempts)
        .execute(conn)
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
    let superseded =
        "drop function if exists public.tongxin_enqueue_mail(text, text, text, text, text)";
    sqlx::query(superseded).execute(owner).await?;
    for stmt in [ENQUEUE_JOB_FN, ENQUEUE_MAIL_FN] {
        sqlx::query(sqlx::AssertSqlSafe(stmt))
            .execute(owner)
            .await?;
    }
    for f in [
        "tongxin_enqueue_job(text, json, text, timestamptz, integer)",
        "tongxin_enqueue_mail(text, text, text, text, text, integer)",
    ] {
        let revoke = format!("revoke all on function {f} from public");
        let grant = format!("grant execute on function {f} to tongxin_app, tongxin_system");
        sqlx::query(sqlx::AssertSqlSafe(revoke))
            .execute(owner)
            .await?;
        sqlx::query(sqlx::AssertSqlSafe(grant))
            .execute(owner)
            .await?;
    }
    Ok(())
}

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
  k text, recipient text, subj text, plain text, html text, prio integer
) returns void
  language plpgsql security definer
  set search_path = pg_catalog
  as $$
  begin
    insert into public.mail_outbox (id, key, to_addr, subject, text_body, html_body)
      values (gen_random_uuid(), k, recipient, subj, plain, html)
      on conflict (key) do nothing;
    perform graphile_worker.add_job('send_mail', json_build_object('key', k),
                                    job_key => 'mail:' || k, max_attempts => 10, priority => prio);
  end
  $$";
