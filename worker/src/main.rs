//! `tongxin-worker`: runs background jobs until SIGTERM or Ctrl-C, then finishes or releases
//! the jobs in hand. A database outage is waited out in the same process.

use tongxin_core::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = Config::load()?.normalised();
    let _telemetry = tongxin_core::telemetry::init(&config, "tongxin-worker")?;
    let concurrency = config.worker.concurrency;
    tracing::info!(
        concurrency,
        pid = std::process::id(),
        "tongxin-worker started"
    );
    tongxin_worker::supervise::run(config, stop_signal()).await?;
    tracing::info!("tongxin-worker stopped");
    Ok(())
}

/// Resolves on SIGTERM or Ctrl-C.
async fn stop_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => return std::future::pending().await,
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
