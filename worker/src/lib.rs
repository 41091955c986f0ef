//! Tongxin worker: runs graphile_worker jobs against the same PostgreSQL as the API.
//!
//! The queue itself is reached through the owner connection (it owns the `graphile_worker`
//! schema); job handlers do their work through the services in `tongxin-core`.

mod tasks;

use graphile_worker::{Worker, WorkerOptions};
use std::time::Duration;
use tongxin_core::{App, Config, mail::Mailer};

/// What every job handler can reach.
#[derive(Clone)]
pub struct Deps {
    /// Services and pools.
    pub app: App,
    /// Where mail goes.
    pub mailer: Mailer,
}

impl std::fmt::Debug for Deps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Deps")
    }
}

/// Builds a worker with every task registered, with dead-worker recovery on.
pub async fn build(config: Config) -> anyhow::Result<Worker> {
    let w = config.worker.clone();
    let concurrency = w.concurrency.max(1);
    let mailer = Mailer::from_config(config.mail.smtp_url.as_deref(), &config.data_dir)?;
    let owner = sqlx::postgres::PgPoolOptions::new()
        .max_connections(u32::try_from(concurrency).unwrap_or(4) + 2)
        .connect(&config.database.url)
        .await?;
    let app = App::connect(config).await?;
    let worker = WorkerOptions::default()
        .pg_pool(owner)
        .schema(tongxin_core::jobs::SCHEMA)
        .concurrency(concurrency)
        .poll_interval(Duration::from_secs(2))
        .heartbeat_interval(Duration::from_secs(w.heartbeat_secs.max(1)))
        .sweep_interval(Duration::from_secs(w.sweep_interval_secs.max(1)))
        .sweep_threshold(Duration::from_secs(w.sweep_threshold_secs.max(2)))
        .recovery_delay(Duration::ZERO)
        .add_extension(Deps {
            app: app.clone(),
            mailer,
        })
        .define_job::<tasks::SendMailTask>()
        .define_job::<tasks::SendReminderTask>()
        .init()
        .await?;
    Ok(worker)
}

/// Scans for due reminders every `every` until the process ends. Several workers may scan
/// at once: each reminder is claimed by exactly one of them.
pub fn spawn_reminder_scan(app: App, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            match tongxin_core::due::scan(&app, chrono::Utc::now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(reminders = n, "reminders enqueued"),
                Err(e) => tracing::warn!(error = ?e, "reminder scan failed"),
            }
        }
    })
}
