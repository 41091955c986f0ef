//! Prometheus metrics shared by the API and the worker processes.
//!
//! Histograms are rendered as histograms (cumulative buckets), not summaries: quantiles of
//! summaries cannot be added up across nodes, buckets can.

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;

/// Bucket bounds, in seconds, of every duration histogram (`…_seconds`): from a cached read
/// to a slow export or job.
const SECONDS: [f64; 14] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Bucket bounds of the subscription set-up batch sizes (up to 200 per batch).
const BATCH: [f64; 8] = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0];

/// The recorder with the histograms' buckets set (constant, non-empty bounds: setting them
/// cannot fail).
fn builder() -> PrometheusBuilder {
    PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &SECONDS)
        .and_then(|b| {
            b.set_buckets_for_metric(
                Matcher::Full("tongxin_subscription_setup_batch".into()),
                &BATCH,
            )
        })
        .unwrap_or_else(|_| PrometheusBuilder::new())
}

/// The process-wide Prometheus recorder (installed on first use).
pub fn prometheus() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = builder().build_recorder();
        let handle = recorder.handle();
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

/// Sets the job-queue gauges (depth, running, dead, age of the oldest runnable job) from
/// the database, then renders every metric in the Prometheus text format.
pub async fn render_with_queue(db: &crate::Db) -> String {
    if let Ok(q) = crate::jobs::stats(db).await {
        metrics::gauge!("tongxin_jobs_runnable").set(q.runnable as f64);
        metrics::gauge!("tongxin_jobs_running").set(q.locked as f64);
        metrics::gauge!("tongxin_jobs_dead").set(q.dead as f64);
        metrics::gauge!("tongxin_jobs_oldest_runnable_seconds").set(q.oldest_runnable_seconds);
    }
    prometheus().render()
}
