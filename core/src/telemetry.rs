//! Prometheus metrics shared by the API and the worker processes.

use std::sync::OnceLock;

/// The process-wide Prometheus recorder (installed on first use).
pub fn prometheus() -> &'static metrics_exporter_prometheus::PrometheusHandle {
    static HANDLE: OnceLock<metrics_exporter_prometheus::PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = metrics_exporter_prometheus::PrometheusBuilder::new().build_recorder();
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
