//! `tongxin-worker`: the background job runner. It connects with the same configuration as
//! the API, checks the database, and waits for jobs until it is told to stop (SIGTERM or
//! Ctrl-C). Job handlers arrive with the worker capability.

use std::time::Duration;
use tongxin_core::{App, Config};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let app = App::connect(Config::load()?).await?;
    tracing::info!("tongxin-worker started; waiting for jobs");
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    let mut tick = tokio::time::interval(Duration::from_secs(30));
    loop {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => break,
            _ = term.recv() => break,
            _ = tick.tick() => {
                if let Err(e) = sqlx_ping(&app).await {
                    tracing::warn!(error = %e, "database not reachable");
                }
            }
        }
    }
    tracing::info!("tongxin-worker stopping");
    Ok(())
}

async fn sqlx_ping(app: &App) -> anyhow::Result<()> {
    app.db.check_runtime_role().await
}
