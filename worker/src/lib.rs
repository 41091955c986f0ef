//! Tongxin worker: runs graphile_worker jobs against the same PostgreSQL as the API.
//!
//! The queue itself is reached through the owner connection (it owns the `graphile_worker`
//! schema); job handlers do their work through the services in `tongxin-core`.

mod fetch;
pub mod supervise;
mod tasks;

pub use fetch::keep_fetching;

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

/// Builds a worker with every task registered, with dead-worker recovery on. It stops on
/// SIGTERM or Ctrl-C like any graphile_worker runner; [`supervise::run`] is the long-running
/// form that also waits out database outages.
pub async fn build(config: Config) -> anyhow::Result<(Worker, App)> {
    let mailer = Mailer::from_config(config.mail.smtp_url.as_deref(), &config.data_dir)?;
    let app = App::connect(config.clone()).await?;
    let worker = configured(&config, app.clone(), mailer)?.init().await?;
    Ok((worker, app))
}

/// A runner sharing `app`, stopped by `stop` instead of the process's signals.
pub(crate) async fn runner(
    config: &Config,
    app: App,
    mailer: Mailer,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<Worker> {
    let worker = configured(config, app, mailer)?
        .listen_os_shutdown_signals(false)
        .shutdown_signal(stop)
        .init()
        .await?;
    Ok(worker)
}

/// The runner's options: its own owner pool (the queue's tables belong to the owner) and
/// every task and schedule.
fn configured(config: &Config, app: App, mailer: Mailer) -> anyhow::Result<WorkerOptions> {
    let w = &config.worker;
    let concurrency = w.concurrency.max(1);
    // Lazily connected, with a long acquire time-out: fetching, releasing and scheduling wait
    // out a short database outage instead of failing the runner.
    let owner = sqlx::postgres::PgPoolOptions::new()
        .max_connections(u32::try_from(concurrency).unwrap_or(4) + 2)
        .acquire_timeout(Duration::from_secs(w.db_wait_secs.max(1)))
        .connect_lazy(&config.database.url)?;
    let options = keep_fetching(WorkerOptions::default(), owner.clone());
    Ok(options
        .pg_pool(owner)
        .schema(tongxin_core::jobs::SCHEMA)
        .concurrency(concurrency)
        .poll_interval(Duration::from_millis(w.poll_ms.max(10)))
        .heartbeat_interval(Duration::from_secs(w.heartbeat_secs.max(1)))
        .sweep_interval(Duration::from_secs(w.sweep_interval_secs.max(1)))
        .sweep_threshold(Duration::from_secs(w.sweep_threshold_secs.max(2)))
        .recovery_delay(Duration::ZERO)
        .shutdown_interrupted_job_retry_delay(Duration::from_secs(2))
        .add_extension(Deps { app, mailer })
        .define_job::<tasks::SendMailTask>()
        .define_job::<tasks::SendReminderTask>()
        .define_job::<tasks::SendDigestsTask>()
        .define_job::<tasks::MentionAllTask>()
        .define_job::<tasks::PublishNoticeTask>()
        .define_job::<tasks::NoticeEmailTask>()
        .define_job::<tasks::VoteDueTask>()
        .define_job::<tasks::SurveyDueTask>()
        .define_job::<tasks::StudyDueTask>()
        .define_job::<tasks::ActivityDueTask>()
        .define_job::<tasks::QuizAttemptDueTask>()
        .define_job::<tasks::ArticlePublishTask>()
        .define_job::<tasks::GenerateDuesBillsTask>()
        .define_job::<tasks::WarnMeetingComplianceTask>()
        .define_job::<tasks::WarnLeagueAgeOutTask>()
        .define_job::<tasks::WarnMembershipLapseTask>()
        .define_job::<tasks::WelfareSettleTask>()
        .define_job::<tasks::PersonalDataExportTask>()
        .define_job::<tasks::SweepPersonalDataExportsTask>()
        .define_job::<tasks::RecomputeAssessmentsTask>()
        .define_job::<tasks::SweepReportUploadsTask>()
        .define_job::<tasks::RemindOrgTermsTask>()
        .define_job::<tasks::PurgeExpiredDataTask>()
        .define_job::<tasks::ScanRemindersTask>()
        .define_job::<tasks::ScanDigestsTask>()
        .with_cron(CRONTAB)?)
}

/// Periodic scans. graphile_worker runs each tick once across all workers; a missed tick
/// is not back-filled because every scan catches up by itself.
const CRONTAB: &str = "\
* * * * * scan_reminders ?id=scan_reminders&max=3
*/15 * * * * scan_digests ?id=scan_digests&max=3
0 1 1 * * generate_dues_bills ?id=generate_dues_bills&max=3
0 1 * * * warn_meeting_compliance ?id=warn_meeting_compliance&max=3
10 1 * * * warn_league_age_out ?id=warn_league_age_out&max=3
20 1 * * * warn_membership_lapse ?id=warn_membership_lapse&max=3
30 1 * * * recompute_assessments ?id=recompute_assessments&max=3
40 1 * * * sweep_report_uploads ?id=sweep_report_uploads&max=3
50 1 * * * remind_org_terms ?id=remind_org_terms&max=3
10 2 * * * purge_expired_data ?id=purge_expired_data&max=3
15 * * * * sweep_personal_data_exports ?id=sweep_personal_data_exports&max=3
";

/// Serves `/metrics` (job counts by outcome, durations, queue depth and age) at `addr`.
pub async fn serve_metrics(app: App, addr: &str) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    use axum::{Router, routing::get};
    tongxin_core::telemetry::prometheus();
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(addr = %listener.local_addr()?, "worker metrics");
    let router = Router::new().route(
        "/metrics",
        get(move || {
            let app = app.clone();
            async move { tongxin_core::telemetry::render_with_queue(&app.db).await }
        }),
    );
    Ok(tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).await {
            tracing::warn!(error = %e, "worker metrics server stopped");
        }
    }))
}
