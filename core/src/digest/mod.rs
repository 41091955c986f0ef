//! Digest emails: once a day or once a week (each member's choice), the unread notifications
//! of the categories they put on "digest" and their due items of the coming week, with a
//! signed one-click unsubscribe. A period runs once per member: re-running it sends nothing.

mod period;
mod store;

pub use period::{Frequency, Period, SEND_HOUR, current};

use crate::{
    App, AppError, AppResult, Ctx, audit,
    jobs::{self, JobOptions},
    mail::{self, templates},
    notify::{catalog::Channel, preferences},
};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

/// The job that sends one tenant's digests for one period.
pub const SEND_TASK: &str = "send_digests";
/// What unsubscribe links are signed for.
pub const UNSUBSCRIBE: &str = "unsubscribe-digest";
/// Members handled per transaction.
const BATCH: i64 = 200;

/// Payload of [`SEND_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DigestJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// Daily or weekly (written as before, `Daily` or `Weekly`, so that jobs already queued
    /// still read).
    #[serde(with = "job_frequency")]
    pub frequency: Frequency,
    /// Period key.
    pub period: String,
    /// Notifications from …
    pub since: DateTime<Utc>,
    /// … until.
    pub until: DateTime<Utc>,
    /// The clock of the scan that made the job (due items of the following week are listed).
    pub now: DateTime<Utc>,
}

/// A [`DigestJob`]'s frequency as its payload has always carried it: the variant's name.
mod job_frequency {
    use super::Frequency;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub(super) fn serialize<S: Serializer>(f: &Frequency, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(match f {
            Frequency::Off => "Off",
            Frequency::Daily => "Daily",
            Frequency::Weekly => "Weekly",
        })
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Frequency, D::Error> {
        match <std::borrow::Cow<'de, str>>::deserialize(d)?.as_ref() {
            "Off" => Ok(Frequency::Off),
            "Daily" => Ok(Frequency::Daily),
            "Weekly" => Ok(Frequency::Weekly),
            other => Err(D::Error::custom(format!(
                "unknown digest frequency {other:?}"
            ))),
        }
    }
}

/// What the signed unsubscribe link carries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Unsubscribe {
    /// Tenant.
    pub t: Uuid,
    /// Member.
    pub m: Uuid,
}

/// Enqueues, for every active tenant, the digest periods that have begun in its time zone
/// and are not finished (one job per tenant and period, collapsed by `job_key`).
pub async fn scan(app: &App, now: DateTime<Utc>) -> AppResult<usize> {
    let mut enqueued = 0;
    for t in crate::system::digest_tenants(&app.db).await? {
        let tz = t.time_zone.parse().unwrap_or(chrono_tz::Asia::Shanghai);
        for p in current(now, tz) {
            if t.done.contains(&p.key) {
                continue;
            }
            let ctx = Ctx::system(t.id);
            let mut tx = app.db.begin_tenant(&ctx).await?;
            jobs::enqueue(
                &mut tx,
                SEND_TASK,
                &DigestJob {
                    tenant_id: t.id,
                    frequency: p.frequency,
                    period: p.key.clone(),
                    since: p.since,
                    until: p.until,
                    now,
                },
                &JobOptions {
                    job_key: Some(format!("digest:{}:{}", t.id, p.key)),
                    ..JobOptions::default()
                },
            )
            .await?;
            tx.commit().await?;
            enqueued += 1;
        }
    }
    Ok(enqueued)
}

/// What a digest run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunOutcome {
    /// Members whose period was recorded by this run.
    pub members: usize,
    /// Emails enqueued by this run.
    pub sent: usize,
}

/// Sends one tenant's digests for one period; members already done for it are skipped, so a
/// re-run (a retried job, a second worker) sends nothing new.
pub async fn run(app: &App, job: &DigestJob) -> AppResult<RunOutcome> {
    let ctx = Ctx::system(job.tenant_id);
    let mut outcome = RunOutcome::default();
    let (tenant_name, tz) = {
        let mut tx = app.db.begin_tenant(&ctx).await?;
        let (name, tz) = store::tenant(&mut tx).await?;
        tx.commit().await?;
        (name, tz.parse().unwrap_or(chrono_tz::Asia::Shanghai))
    };
    loop {
        let mut tx = app.db.begin_tenant(&ctx).await?;
        let batch = store::pending(&mut tx, job.frequency.as_str(), &job.period, BATCH).await?;
        if batch.is_empty() {
            store::finish(
                &mut tx,
                &job.period,
                i32::try_from(outcome.members).unwrap_or(i32::MAX),
            )
            .await?;
            tx.commit().await?;
            return Ok(outcome);
        }
        for m in batch {
            let prefs = preferences::read(&mut tx, m.id).await?;
            let kinds: Vec<&str> = prefs
                .categories
                .iter()
                .filter(|c| c.channel == Channel::Digest)
                .map(|c| c.category.code)
                .collect();
            let unread = if kinds.is_empty() {
                vec![]
            } else {
                store::unread(&mut tx, m.id, &kinds, job.since, job.until).await?
            };
            let upcoming =
                store::upcoming(&mut tx, m.id, job.now, job.now + Duration::days(7)).await?;
            let items = unread.len() + upcoming.len();
            let to = m.email.as_deref().filter(|e| !e.is_empty());
            let send = items > 0 && to.is_some();
            let first = store::record_run(
                &mut tx,
                m.id,
                &job.period,
                i32::try_from(items).unwrap_or(i32::MAX),
                send,
            )
            .await?;
            if !first {
                continue;
            }
            outcome.members += 1;
            if let (true, Some(to)) = (send, to) {
                let token = app
                    .links
                    .sign(
                        &app.db,
                        UNSUBSCRIBE,
                        &Unsubscribe {
                            t: job.tenant_id,
                            m: m.id,
                        },
                    )
                    .await?;
                let base = app.config.public_url();
                let fmt =
                    |at: DateTime<Utc>| at.with_timezone(&tz).format("%m-%d %H:%M").to_string();
                let mail = templates::digest(
                    templates::Lang::from_tag(&m.language),
                    &templates::DigestContent {
                        key: format!("digest:{}:{}:{}", job.tenant_id, m.id, job.period),
                        to,
                        tenant: &tenant_name,
                        member: &m.name,
                        weekly: job.frequency == Frequency::Weekly,
                        unread: unread
                            .iter()
                            .map(|l| (l.title.clone(), fmt(l.at)))
                            .collect(),
                        upcoming: upcoming
                            .iter()
                            .map(|l| (l.title.clone(), fmt(l.at)))
                            .collect(),
                        link: &format!("{base}/notifications"),
                        unsubscribe: &format!("{base}/mail/unsubscribe?token={token}"),
                    },
                );
                mail::enqueue(&mut tx, &mail).await?;
                outcome.sent += 1;
            }
        }
        tx.commit().await?;
    }
}

/// Follows a signed unsubscribe link: the member's digest is turned off. Returns the
/// member's tenant and id; a link that was changed or made up is `NOT_FOUND`.
pub async fn unsubscribe(app: &App, token: &str) -> AppResult<Unsubscribe> {
    let who: Unsubscribe = app
        .links
        .verify(&app.db, UNSUBSCRIBE, token)
        .await?
        .map_err(|_| AppError::NotFound)?;
    let ctx = Ctx::system(who.t);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    if !store::member_active(&mut tx, who.m).await? {
        return Err(AppError::NotFound);
    }
    preferences::set_digest_in(&mut tx, who.m, Frequency::Off).await?;
    audit::object(
        &mut tx,
        &ctx,
        "notify.unsubscribe_digest",
        "member",
        who.m,
        json!({ "via": "email link" }),
    )
    .await?;
    tx.commit().await?;
    Ok(who)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_job_payload_keeps_the_frequency_as_it_was_written() {
        let job = DigestJob {
            tenant_id: Uuid::nil(),
            frequency: Frequency::Weekly,
            period: "W2026-47".into(),
            since: Utc::now(),
            until: Utc::now(),
            now: Utc::now(),
        };
        let v = serde_json::to_value(&job).unwrap();
        assert_eq!(v["frequency"], "Weekly");
        let back: DigestJob = serde_json::from_value(v).unwrap();
        assert_eq!(back.frequency, Frequency::Weekly);
    }
}
