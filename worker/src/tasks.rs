//! Job handlers.

use crate::Deps;
use graphile_worker::{IntoTaskHandlerResult, TaskHandler, WorkerContext};
use serde::{Deserialize, Serialize};

/// Sends one outbox email (`tongxin_core::mail::SEND_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendMailTask {
    /// The outbox key.
    pub key: String,
}

impl TaskHandler for SendMailTask {
    const IDENTIFIER: &'static str = tongxin_core::mail::SEND_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let Some(deps) = ctx.get_ext::<Deps>() else {
            return Err("worker dependencies missing".to_string());
        };
        let started = std::time::Instant::now();
        let result = tongxin_core::mail::deliver(&deps.app.db, &deps.mailer, &self.key).await;
        metrics::histogram!("tongxin_job_duration_seconds", "task" => Self::IDENTIFIER)
            .record(started.elapsed().as_secs_f64());
        let outcome = if result.is_ok() { "ok" } else { "error" };
        metrics::counter!("tongxin_jobs_total", "task" => Self::IDENTIFIER, "outcome" => outcome)
            .increment(1);
        result.map_err(|e| format!("{e:#}"))
    }
}

/// Delivers one due-item reminder (`tongxin_core::due::REMINDER_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendReminderTask(pub tongxin_core::due::ReminderJob);

impl TaskHandler for SendReminderTask {
    const IDENTIFIER: &'static str = tongxin_core::due::REMINDER_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let Some(deps) = ctx.get_ext::<Deps>() else {
            return Err("worker dependencies missing".to_string());
        };
        let result = tongxin_core::due::deliver(&deps.app, &self.0).await;
        let outcome = if result.is_ok() { "ok" } else { "error" };
        metrics::counter!("tongxin_jobs_total", "task" => Self::IDENTIFIER, "outcome" => outcome)
            .increment(1);
        result.map(|_| ()).map_err(|e| format!("{e:?}"))
    }
}
