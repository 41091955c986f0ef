//! A backlog enqueued at once drains without waiting for poll ticks: each slot that finds a
//! job signals the others (`tongxin_worker::keep_fetching`).

use graphile_worker::{IntoTaskHandlerResult, TaskHandler, WorkerContext, WorkerOptions};
use serde::{Deserialize, Serialize};
use std::{
    sync::atomic::{AtomicUsize, Ordering},
    time::{Duration, Instant},
};
use tongxin_tests::{config, wait_until};

static RAN: AtomicUsize = AtomicUsize::new(0);

/// A job only this test's worker knows, so no other test's worker takes it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct BacklogProbe {}

impl TaskHandler for BacklogProbe {
    const IDENTIFIER: &'static str = "test_backlog_probe";

    async fn run(self, _ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        RAN.fetch_add(1, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn a_backlog_of_two_hundred_jobs_drains_long_before_the_next_poll() {
    // Arrange: 200 jobs waiting before the worker starts; the worker polls every 60 s, so
    // without the signalling it would run 4 jobs at start and the next 4 a minute later.
    let cfg = config();
    tongxin_core::db::migrate(&cfg.database.url).await.unwrap();
    let pool = sqlx::PgPool::connect(&cfg.database.url).await.unwrap();
    sqlx::query(
        "select graphile_worker.add_job('test_backlog_probe', '{}'::json) from generate_series(1, 200)",
    )
    .execute(&pool)
    .await
    .unwrap();
    let worker = tongxin_worker::keep_fetching(WorkerOptions::default(), pool.clone())
        .pg_pool(pool.clone())
        .schema(tongxin_core::jobs::SCHEMA)
        .concurrency(4)
        .poll_interval(Duration::from_secs(60))
        .define_job::<BacklogProbe>()
        .init()
        .await
        .unwrap();
    let worker = std::sync::Arc::new(worker);

    // Act
    let runner = worker.clone();
    let handle = tokio::spawn(async move { runner.run().await });
    let started = Instant::now();
    wait_until(
        Duration::from_secs(30).saturating_sub(started.elapsed()),
        "200 jobs to run within 30 s",
        || async { RAN.load(Ordering::SeqCst) >= 200 },
    )
    .await;

    // Assert
    let ran = RAN.load(Ordering::SeqCst);
    worker.request_shutdown();
    let _ = handle.await;
    assert_eq!(ran, 200, "only {ran} of 200 jobs ran within 30 s");
}
