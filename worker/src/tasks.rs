//! Job handlers. Each records its duration and outcome for `/metrics`.

use crate::Deps;
use graphile_worker::{IntoTaskHandlerResult, TaskHandler, WorkerContext};
use serde::{Deserialize, Serialize};
use std::{
    fmt::Debug,
    future::Future,
    time::{Duration, Instant},
};
use tracing::Instrument;

/// How long a job waits, in all, for the database to come back before it fails and leaves the
/// retry to the queue's back-off.
const OUTAGE_PATIENCE: Duration = Duration::from_secs(120);

/// An error that may mean only that the database was unreachable: the job did nothing that
/// must not be repeated (every handler is idempotent in effect) and can simply run again.
pub(crate) trait Outage {
    /// Whether this error came from a database outage.
    fn is_outage(&self) -> bool;
}

impl Outage for tongxin_core::AppError {
    fn is_outage(&self) -> bool {
        matches!(self, tongxin_core::AppError::Unavailable)
    }
}

impl Outage for anyhow::Error {
    fn is_outage(&self) -> bool {
        self.chain().any(|cause| {
            cause
                .downcast_ref::<sqlx::Error>()
                .is_some_and(tongxin_core::db::is_outage)
                || cause
                    .downcast_ref::<tongxin_core::AppError>()
                    .is_some_and(Outage::is_outage)
        })
    }
}

/// The span of one run of a job: its task, id, attempt (1 on the first run) and, when its
/// payload names one, its tenant. The payload itself stays out: it may name people.
fn job_span(task: &'static str, ctx: &WorkerContext) -> tracing::Span {
    let job = ctx.job();
    let span = tracing::info_span!(
        "job",
        otel.name = task,
        otel.kind = "consumer",
        otel.status_code = tracing::field::Empty,
        job.task = task,
        job.id = *job.id(),
        job.attempt = *job.attempts(),
        tenant_id = tracing::field::Empty,
    );
    if let Some(tenant) = job
        .payload()
        .get("tenant_id")
        .and_then(|t| t.as_str())
        .and_then(|t| t.parse::<uuid::Uuid>().ok())
    {
        span.record("tenant_id", tracing::field::display(tenant));
    }
    span
}

/// Runs a handler body with the worker's dependencies, recording duration and outcome. A body
/// that fails because the database is unreachable runs again once PostgreSQL answers (within
/// [`OUTAGE_PATIENCE`]), so an outage costs the job neither an attempt nor a back-off delay.
async fn measured<T, E, F, Fut>(
    task: &'static str,
    ctx: &WorkerContext,
    body: F,
) -> Result<(), String>
where
    E: Debug + Outage,
    F: Fn(Deps) -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let Some(deps) = ctx.get_ext::<Deps>() else {
        return Err("worker dependencies missing".to_string());
    };
    let span = job_span(task, ctx);
    let started = Instant::now();
    let result = async {
        loop {
            let result = body(deps.clone()).await;
            match &result {
                Err(e) if e.is_outage() && started.elapsed() < OUTAGE_PATIENCE => {
                    tracing::warn!(
                        task,
                        "database unavailable; the job runs again once it is back"
                    );
                    deps.app.db.wait_until_reachable(OUTAGE_PATIENCE).await;
                }
                _ => break result,
            }
        }
    }
    .instrument(span.clone())
    .await;
    if result.is_err() {
        span.record("otel.status_code", "error");
    }
    metrics::histogram!("tongxin_job_duration_seconds", "task" => task)
        .record(started.elapsed().as_secs_f64());
    let outcome = if result.is_ok() { "ok" } else { "error" };
    metrics::counter!("tongxin_jobs_total", "task" => task, "outcome" => outcome).increment(1);
    result.map(|_| ()).map_err(|e| format!("{e:?}"))
}

/// Sends one outbox email (`tongxin_core::mail::SEND_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendMailTask {
    /// The outbox key.
    pub key: String,
}

impl TaskHandler for SendMailTask {
    const IDENTIFIER: &'static str = tongxin_core::mail::SEND_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            tongxin_core::mail::deliver(&d.app.db, &d.mailer, &this.key).await
        })
        .await
    }
}

/// Delivers one due-item reminder (`tongxin_core::reminder::REMINDER_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendReminderTask(pub tongxin_core::reminder::ReminderJob);

impl TaskHandler for SendReminderTask {
    const IDENTIFIER: &'static str = tongxin_core::reminder::REMINDER_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            tongxin_core::reminder::deliver(&d.app, &this.0).await
        })
        .await
    }
}

/// Sends one tenant's digests for one period (`tongxin_core::digest::SEND_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendDigestsTask(pub tongxin_core::digest::DigestJob);

impl TaskHandler for SendDigestsTask {
    const IDENTIFIER: &'static str = tongxin_core::digest::SEND_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let out = tongxin_core::digest::run(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, period = %this.0.period, members = out.members, sent = out.sent, "digests");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Notifies every participant of an @all message (`tongxin_core::chat::MENTION_ALL_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MentionAllTask(pub tongxin_core::chat::MentionAllJob);

impl TaskHandler for MentionAllTask {
    const IDENTIFIER: &'static str = tongxin_core::chat::MENTION_ALL_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::chat::notify_mention_all(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, conversation = %this.0.conversation_id, notified = n, "mention all");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Publishes a scheduled notice when its time comes (`tongxin_core::notice::PUBLISH_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PublishNoticeTask(pub tongxin_core::notice::PublishJob);

impl TaskHandler for PublishNoticeTask {
    const IDENTIFIER: &'static str = tongxin_core::notice::PUBLISH_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::notice::publish_scheduled(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, notice = %this.0.notice_id, recipients = n, "scheduled notice");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Emails a notice's notification batch to those who receive it by email
/// (`tongxin_core::notice::EMAIL_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NoticeEmailTask(pub tongxin_core::notice::EmailJob);

impl TaskHandler for NoticeEmailTask {
    const IDENTIFIER: &'static str = tongxin_core::notice::EMAIL_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            tongxin_core::notice::email_batch(&d.app, &this.0).await
        })
        .await
    }
}

/// A cron job's payload. graphile_worker sends `null` for a crontab line without a payload
/// (and may add `_cron` facts in other versions); either is accepted and ignored.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CronPayload(pub Option<serde_json::Value>);

/// Every minute (cron): enqueues the reminders that have come due.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ScanRemindersTask(pub CronPayload);

/// The cron identifier of [`ScanRemindersTask`].
pub const SCAN_REMINDERS: &str = "scan_reminders";

impl TaskHandler for ScanRemindersTask {
    const IDENTIFIER: &'static str = SCAN_REMINDERS;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::reminder::scan(&d.app, chrono::Utc::now()).await?;
            if n > 0 {
                tracing::info!(reminders = n, "reminders enqueued");
            }
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Every 15 minutes (cron): enqueues the digest periods that have begun.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ScanDigestsTask(pub CronPayload);

/// The cron identifier of [`ScanDigestsTask`].
pub const SCAN_DIGESTS: &str = "scan_digests";

impl TaskHandler for ScanDigestsTask {
    const IDENTIFIER: &'static str = SCAN_DIGESTS;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            tongxin_core::digest::scan(&d.app, chrono::Utc::now()).await
        })
        .await
    }
}

/// On the 1st of every month (cron): bills the month for every tenant that keeps dues.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GenerateDuesBillsTask(pub CronPayload);

impl TaskHandler for GenerateDuesBillsTask {
    const IDENTIFIER: &'static str = tongxin_core::dues::BILL_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::dues::bill_all(&d.app, chrono::Utc::now()).await?;
            tracing::info!(bills = n, "monthly dues bills");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Every morning (cron): warns the officers of orgs falling behind with required meetings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WarnMeetingComplianceTask(pub CronPayload);

impl TaskHandler for WarnMeetingComplianceTask {
    const IDENTIFIER: &'static str = tongxin_core::meeting::compliance::WARN_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n =
                tongxin_core::meeting::compliance::warn_behind(&d.app, chrono::Utc::now()).await?;
            tracing::info!(warnings = n, "meeting compliance");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Every morning (cron): recomputes the automatic indicators of every open assessment.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RecomputeAssessmentsTask(pub CronPayload);

impl TaskHandler for RecomputeAssessmentsTask {
    const IDENTIFIER: &'static str = tongxin_core::assessment::RECOMPUTE_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::assessment::recompute_all(&d.app, chrono::Utc::now()).await?;
            tracing::info!(schemes = n, "assessments recomputed");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Every morning (cron): deletes evidence uploads no report claimed within a day.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SweepReportUploadsTask(pub CronPayload);

impl TaskHandler for SweepReportUploadsTask {
    const IDENTIFIER: &'static str = tongxin_core::whistleblowing::SWEEP_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::whistleblowing::sweep_all_uploads(&d.app).await?;
            tracing::info!(deleted = n, "report uploads swept");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Every morning (cron): reminds the officers of orgs whose term ends within six or one
/// months, or has ended, and those of the org above (换届提醒).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RemindOrgTermsTask(pub CronPayload);

impl TaskHandler for RemindOrgTermsTask {
    const IDENTIFIER: &'static str = tongxin_core::org_term::REMIND_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::org_term::remind_all(&d.app, chrono::Utc::now()).await?;
            tracing::info!(notifications = n, "term reminders");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Every night (cron): purges each tenant's audit rows and read notifications older than its
/// retention (`privacy.retention`) and records what was purged.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PurgeExpiredDataTask(pub CronPayload);

impl TaskHandler for PurgeExpiredDataTask {
    const IDENTIFIER: &'static str = tongxin_core::retention::PURGE_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::retention::purge_all(&d.app, chrono::Utc::now()).await?;
            tracing::info!(rows = n, "expired data purged");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Every morning (cron): warns league members nearing the age of leaving, and their orgs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WarnLeagueAgeOutTask(pub CronPayload);

impl TaskHandler for WarnLeagueAgeOutTask {
    const IDENTIFIER: &'static str = tongxin_core::joining::AGE_OUT_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::joining::warn_age_out_all(&d.app, chrono::Utc::now()).await?;
            tracing::info!(warnings = n, "league age-out");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Every morning (cron): warns members nearing or reaching `membership.lapse`, and their orgs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WarnMembershipLapseTask(pub CronPayload);

impl TaskHandler for WarnMembershipLapseTask {
    const IDENTIFIER: &'static str = tongxin_core::lapse::WARN_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::lapse::warn_all(&d.app, chrono::Utc::now()).await?;
            tracing::info!(warnings = n, "membership lapse");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cron_tasks_accept_the_null_payload_and_the_cron_facts() {
        assert!(serde_json::from_value::<ScanRemindersTask>(json!(null)).is_ok());
        assert!(serde_json::from_value::<ScanDigestsTask>(json!(null)).is_ok());
        assert!(serde_json::from_value::<GenerateDuesBillsTask>(json!(null)).is_ok());
        let facts = json!({ "_cron": { "ts": "2026-11-21T07:00:00Z", "backfilled": false } });
        assert!(serde_json::from_value::<ScanRemindersTask>(facts).is_ok());
    }
}

/// Opens, reminds and closes a vote when their times come (`tongxin_core::vote::DUE_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VoteDueTask(pub tongxin_core::vote::DueJob);

impl TaskHandler for VoteDueTask {
    const IDENTIFIER: &'static str = tongxin_core::vote::DUE_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let done = tongxin_core::vote::run_due(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, vote = %this.0.vote_id, done, "vote turn");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Opens, reminds and closes a survey when their times come (`tongxin_core::survey::DUE_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SurveyDueTask(pub tongxin_core::survey::DueJob);

impl TaskHandler for SurveyDueTask {
    const IDENTIFIER: &'static str = tongxin_core::survey::DUE_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let done = tongxin_core::survey::run_due(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, survey = %this.0.survey_id, done, "survey turn");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Reminds a study plan's incomplete members before its deadline
/// (`tongxin_core::study::DUE_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StudyDueTask(pub tongxin_core::study::DueJob);

impl TaskHandler for StudyDueTask {
    const IDENTIFIER: &'static str = tongxin_core::study::DUE_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let done = tongxin_core::study::run_due(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, plan = %this.0.plan_id, done, "study turn");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Closes and scores a quiz attempt left open at its deadline (`tongxin_core::quiz::DUE_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuizAttemptDueTask(pub tongxin_core::quiz::DueJob);

impl TaskHandler for QuizAttemptDueTask {
    const IDENTIFIER: &'static str = tongxin_core::quiz::DUE_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let done = tongxin_core::quiz::run_due(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, attempt = %this.0.attempt_id, done, "quiz attempt turn");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Reminds an activity's registrants a day before it starts
/// (`tongxin_core::activity::DUE_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ActivityDueTask(pub tongxin_core::activity::DueJob);

impl TaskHandler for ActivityDueTask {
    const IDENTIFIER: &'static str = tongxin_core::activity::DUE_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let done = tongxin_core::activity::run_due(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, activity = %this.0.activity_id, done, "activity turn");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Publishes a scheduled article when its time comes
/// (`tongxin_core::publishing::PUBLISH_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticlePublishTask(pub tongxin_core::publishing::PublishJob);

impl TaskHandler for ArticlePublishTask {
    const IDENTIFIER: &'static str = tongxin_core::publishing::PUBLISH_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let done = tongxin_core::publishing::run_scheduled(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, article = %this.0.article_id, done, "article turn");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Settles a welfare campaign at its deadline (`tongxin_core::welfare::SETTLE_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WelfareSettleTask(pub tongxin_core::welfare::SettleJob);

impl TaskHandler for WelfareSettleTask {
    const IDENTIFIER: &'static str = tongxin_core::welfare::SETTLE_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let done = tongxin_core::welfare::run_settle(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, campaign = %this.0.campaign_id, done, "welfare settlement");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Produces one personal data export (`tongxin_core::personal_data::EXPORT_TASK`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PersonalDataExportTask(pub tongxin_core::personal_data::ExportJob);

impl TaskHandler for PersonalDataExportTask {
    const IDENTIFIER: &'static str = tongxin_core::personal_data::EXPORT_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        let this = &self;
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let done = tongxin_core::personal_data::run_export(&d.app, &this.0).await?;
            tracing::info!(tenant = %this.0.tenant_id, export = %this.0.export_id, done, "personal data export");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}

/// Every hour (cron): deletes the ZIPs of personal data exports past their seven days.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SweepPersonalDataExportsTask(pub CronPayload);

impl TaskHandler for SweepPersonalDataExportsTask {
    const IDENTIFIER: &'static str = tongxin_core::personal_data::SWEEP_TASK;

    async fn run(self, ctx: WorkerContext) -> impl IntoTaskHandlerResult {
        measured(Self::IDENTIFIER, &ctx, |d| async move {
            let n = tongxin_core::personal_data::sweep_all(&d.app).await?;
            tracing::info!(expired = n, "personal data exports swept");
            Ok::<_, tongxin_core::AppError>(())
        })
        .await
    }
}
