//! Keeps the job runner going through database outages, in the same process.
//!
//! graphile_worker ends its run when a job slot cannot fetch or release a job, and its
//! notification listener falls back to polling for good once its connection drops. So the
//! process runs the queue's runner in a loop: a runner that ended with an error is built again
//! once PostgreSQL answers (the jobs it held are released at once, so they run again without
//! waiting for the dead-worker sweep), and a runner that saw its connection drop is restarted
//! gracefully once PostgreSQL is back, with a fresh listener. Only the stop signal (SIGTERM,
//! Ctrl-C) or a configuration error ends the loop.

use crate::{runner, tasks::Outage};
use graphile_worker::Worker;
use sqlx::{Connection, PgConnection, postgres::PgListener};
use std::{future::Future, time::Duration};
use tokio::sync::watch;
use tongxin_core::{App, Config, mail::Mailer};

/// A stop request shared by the loop and every runner it builds.
#[derive(Clone)]
struct Stop(watch::Receiver<bool>);

impl Stop {
    fn new(signal: impl Future<Output = ()> + Send + 'static) -> Self {
        let (tx, rx) = watch::channel(false);
        tokio::spawn(async move {
            signal.await;
            let _ = tx.send(true);
        });
        Self(rx)
    }

    fn requested(&self) -> bool {
        *self.0.borrow()
    }

    async fn wait(mut self) {
        let _ = self.0.wait_for(|stop| *stop).await;
    }

    /// Sleeps for `d`, or less when a stop is requested meanwhile.
    async fn sleep(&self, d: Duration) {
        tokio::select! {
            () = tokio::time::sleep(d) => {}
            () = self.clone().wait() => {}
        }
    }
}

/// Doubling waits between attempts to reach the database, from half a second to ten.
struct Backoff(Duration);

impl Backoff {
    const FIRST: Duration = Duration::from_millis(500);
    const MAX: Duration = Duration::from_secs(10);

    fn new() -> Self {
        Self(Self::FIRST)
    }

    fn next(&mut self) -> Duration {
        let now = self.0;
        self.0 = (self.0 * 2).min(Self::MAX);
        now
    }
}

/// How a runner's run ended.
enum Ended {
    /// The stop signal.
    Stopped,
    /// Restarted after its database connection dropped and came back.
    Reconnected,
    /// Failed; the jobs it held are still locked by its id.
    Failed(String, anyhow::Error),
}

/// Runs jobs until `stop` resolves. Waits out database outages, at start and later; returns an
/// error only for configuration errors (a bad URL, a refused role, a mail transport that cannot
/// be set up).
pub async fn run(
    config: Config,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let stop = Stop::new(stop);
    tokio::select! {
        r = supervise(config, stop.clone()) => r,
        () = async {
            stop.clone().wait().await;
            tokio::time::sleep(STOP_GRACE).await;
        } => {
            // Only when stopped during an outage: the runner's last calls wait for a database
            // that is not there. Its jobs go to other workers after the dead-worker sweep.
            tracing::warn!("stopping without waiting any longer for the database");
            Ok(())
        }
    }
}

/// How long a stop may take: the queue's grace period for running jobs (5 s) and a little.
const STOP_GRACE: Duration = Duration::from_secs(8);

async fn supervise(config: Config, stop: Stop) -> anyhow::Result<()> {
    let mailer = Mailer::from_config(config.mail.smtp_url.as_deref(), &config.data_dir)?;
    let mut backoff = Backoff::new();
    let app = loop {
        match App::connect(config.clone()).await {
            Ok(app) => break app,
            Err(e) if e.is_outage() && !stop.requested() => {
                tracing::warn!(error = %e, "database unreachable at start; waiting for it");
                stop.sleep(backoff.next()).await;
            }
            Err(_) if stop.requested() => return Ok(()),
            Err(e) => return Err(e),
        }
    };
    if let Some(addr) = config
        .worker
        .metrics_addr
        .as_deref()
        .filter(|a| !a.is_empty())
    {
        crate::serve_metrics(app.clone(), addr).await?;
    }
    let mut held: Vec<String> = Vec::new();
    loop {
        if stop.requested() {
            return Ok(());
        }
        let worker = match runner(&config, app.clone(), mailer.clone(), stop.clone().wait()).await {
            Ok(w) => w,
            Err(e) if e.is_outage() || !app.db.reachable().await => {
                tracing::warn!(error = %e, "database unreachable; the job runner waits for it");
                pause(&app, &stop, &mut backoff).await;
                continue;
            }
            Err(e) => return Err(e),
        };
        backoff = Backoff::new();
        release(&worker, &mut held).await;
        tracing::info!(worker_id = %worker.worker_id(), "job runner started");
        match run_once(&worker, &config.database.url, &stop).await {
            Ended::Stopped => return Ok(()),
            Ended::Reconnected => {
                tracing::warn!("the database connection dropped and is back; job runner restarted");
            }
            Ended::Failed(id, e) => {
                tracing::error!(error = %e, worker_id = %id, "job runner failed; restarting it");
                held.push(id);
                pause(&app, &stop, &mut backoff).await;
            }
        }
    }
}

/// Waits before the next attempt: until PostgreSQL answers again when it does not (so work
/// resumes within a quarter second of its return), else for the next back-off (a runner that
/// fails with the database up must not spin).
async fn pause(app: &App, stop: &Stop, backoff: &mut Backoff) {
    if app.db.reachable().await {
        stop.sleep(backoff.next()).await;
        return;
    }
    tokio::select! {
        () = app.db.wait_until_reachable(Duration::from_secs(3600)) => {}
        () = stop.clone().wait() => {}
    }
}

/// Unlocks the jobs of runners that failed in this process, so they run again now.
async fn release(worker: &Worker, held: &mut Vec<String>) {
    if held.is_empty() {
        return;
    }
    let ids: Vec<&str> = held.iter().map(String::as_str).collect();
    match worker.create_utils().force_unlock_workers(&ids).await {
        Ok(()) => {
            tracing::info!(workers = ?ids, "released the jobs of failed job runners");
            held.clear();
        }
        Err(e) => tracing::warn!(error = %e, "could not release jobs yet; trying again later"),
    }
}

/// Runs one runner until it stops, fails, or its database connection drops and comes back.
async fn run_once(worker: &Worker, url: &str, stop: &Stop) -> Ended {
    let id = worker.worker_id().clone();
    let run = worker.run();
    tokio::pin!(run);
    let outcome = tokio::select! {
        r = &mut run => r,
        () = reconnected(url) => {
            worker.request_shutdown();
            match run.await {
                Ok(()) if stop.requested() => return Ended::Stopped,
                Ok(()) => return Ended::Reconnected,
                Err(e) => Err(e),
            }
        }
    };
    match outcome {
        Ok(()) => Ended::Stopped,
        Err(e) => Ended::Failed(id, e.into()),
    }
}

/// Resolves once a watched connection has dropped and PostgreSQL answers again.
async fn reconnected(url: &str) {
    if let Ok(mut listener) = PgListener::connect(url).await
        && listener.listen("tongxin_worker_watch").await.is_ok()
    {
        // `try_recv` answers `None` when the connection is lost.
        while let Ok(Some(_)) = listener.try_recv().await {}
    }
    loop {
        tokio::time::sleep(Duration::from_millis(250)).await;
        if let Ok(Ok(conn)) =
            tokio::time::timeout(Duration::from_secs(2), PgConnection::connect(url)).await
        {
            let _ = conn.close().await;
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_between_attempts_double_from_half_a_second_up_to_ten() {
        // Arrange
        let mut backoff = Backoff::new();

        // Act
        let waits: Vec<u64> = (0..7).map(|_| backoff.next().as_millis() as u64).collect();

        // Assert
        assert_eq!(waits, [500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
    }

    #[test]
    fn a_lost_connection_in_an_error_chain_is_an_outage_and_a_bad_statement_is_not() {
        // Arrange
        let lost = anyhow::Error::new(sqlx::Error::PoolTimedOut).context("cannot connect");
        let wrong = anyhow::Error::new(sqlx::Error::RowNotFound).context("no row");

        // Act / Assert
        assert!(lost.is_outage());
        assert!(!wrong.is_outage());
    }
}
