//! `tongxin-worker`: runs background jobs until SIGTERM or Ctrl-C, then finishes or releases
//! the jobs in hand.

use tongxin_core::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let config = Config::load()?.normalised();
    let concurrency = config.worker.concurrency;
    let scan_app = tongxin_core::App::connect(config.clone()).await?;
    tongxin_worker::spawn_reminder_scan(scan_app, std::time::Duration::from_secs(60));
    let worker = tongxin_worker::build(config).await?;
    tracing::info!(concurrency, "tongxin-worker started");
    worker.run().await?;
    tracing::info!("tongxin-worker stopped");
    Ok(())
}
