//! Keeps the job slots fetching while jobs are found.
//!
//! graphile_worker 0.14 (direct fetch) gives each slot one fetch per signal — an insert's
//! NOTIFY or the poll tick. A backlog enqueued together (a notice's 10,000 emails, a monthly
//! run) therefore drains at about `concurrency ÷ poll interval` jobs per second once the
//! inserts' signals are spent. Each fetch that finds a job here sends one more signal on the
//! queue's own channel, so the slots keep fetching until a fetch comes back empty, as the
//! Node graphile-worker's loop does. An idle queue sends nothing.

use graphile_worker::{JobFetch, WorkerOptions};
use sqlx::PgPool;

/// The channel graphile_worker listens on for new jobs.
const JOBS_CHANNEL: &str = "jobs:insert";

/// `options` with a job-fetch hook that signals the other slots.
pub fn keep_fetching(options: WorkerOptions, pool: PgPool) -> WorkerOptions {
    options.on(JobFetch, move |_| {
        let pool = pool.clone();
        async move {
            // Off the job's path: the job runs while the signal is sent.
            tokio::spawn(async move {
                if let Err(e) = sqlx::query!("select pg_notify($1, '')", JOBS_CHANNEL)
                    .fetch_one(&pool)
                    .await
                {
                    tracing::warn!(error = %e, "could not signal the job slots");
                }
            });
        }
    })
}
