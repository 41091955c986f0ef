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
    let metrics_addr = config.worker.metrics_addr.clone();
    let (worker, app) = tongxin_worker::build(config).await?;
    if let Some(addr) = metrics_addr.filter(|a| !a.is_empty()) {
        tongxin_worker::serve_metrics(app, &addr).await?;
    }
    tracing::info!(concurrency, "tongxin-worker started");
    worker.run().await?;
    tracing::info!("tongxin-worker stopped");
    Ok(())
}
