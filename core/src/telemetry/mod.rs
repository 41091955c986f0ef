//! Logs, traces and metrics of the API and worker processes.
//!
//! [`init`] installs a process's one `tracing` subscriber: log lines on stderr (JSON or text,
//! filtered by `RUST_LOG`) and OpenTelemetry spans, exported over OTLP/HTTP when
//! `telemetry.otlp_endpoint` is set. The spans that make a trace are the request's
//! (`http.request`, with its request id and tenant), the GraphQL operation's, each tenant
//! transaction's (`db.transaction`) with a span per SQL statement below it ([`sql`]), each
//! job's, and the bus's publish and fan-out. Log lines name the request id, the tenant and the
//! trace id of the span they were written in; nothing personal is written to either: spans
//! and log lines carry ids, never a name, an email, a phone number or a token, and SQL is
//! recorded without its bound values.
//!
//! Metrics are Prometheus ([`prometheus`]), served at `/metrics`.

mod json;
mod prom;
mod sql;

pub use prom::{prometheus, render_with_queue};

use crate::config::{Config, LogFormat};
use opentelemetry::{
    propagation::TextMapPropagator,
    trace::{TraceContextExt, TracerProvider as _},
};
use opentelemetry_sdk::{propagation::TraceContextPropagator, trace::SdkTracerProvider};
use std::collections::HashMap;
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::{
    EnvFilter, Layer,
    filter::{FilterExt, LevelFilter, Targets},
    layer::SubscriberExt,
    util::SubscriberInitExt,
};

/// Log filter when `RUST_LOG` is unset.
const DEFAULT_LOG_FILTER: &str = "info,sqlx=warn";

/// Flushes the spans not yet exported and stops the exporter when dropped, at the end of
/// `main`.
#[must_use = "spans are flushed when the guard is dropped"]
pub struct Guard {
    provider: Option<SdkTracerProvider>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        let Some(provider) = self.provider.take() else {
            return;
        };
        // The exporter runs on the Tokio runtime; shutting down waits for its last export,
        // which a worker thread of a multi-threaded runtime may do without starving it.
        let result = match tokio::runtime::Handle::try_current() {
            Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
                tokio::task::block_in_place(|| provider.shutdown())
            }
            _ => provider.shutdown(),
        };
        if let Err(e) = result {
            eprintln!("spans not flushed at shutdown: {e}");
        }
    }
}

/// Installs the process's subscriber: logs as `config` says and, with an OTLP endpoint,
/// traces exported under `service` (unless `telemetry.service_name` names another). Call once,
/// first thing after the configuration is loaded, and keep the guard until the end.
pub fn init(config: &Config, service: &str) -> anyhow::Result<Guard> {
    let log_filter =
        || EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_LOG_FILTER));
    // A layer sees only the spans its filter lets through: the JSON lines must see the spans
    // that carry the request id and tenant even when `RUST_LOG` keeps only warnings.
    let logs = match config.log_format() {
        LogFormat::Json => json::JsonLines::default()
            .with_filter(log_filter().or(spans()))
            .boxed(),
        LogFormat::Text => tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .with_filter(log_filter())
            .boxed(),
    };
    let endpoint = config.telemetry.otlp_endpoint.trim().trim_end_matches('/');
    let service = match config.telemetry.service_name.trim() {
        "" => service,
        named => named,
    };
    let exporting = !endpoint.is_empty();
    let provider = provider(endpoint, service)?;
    let tracer = provider.tracer("tongxin");
    // Spans of the dependencies' own HTTP clients and servers would only repeat ours, and the
    // exporter's requests must not trace themselves.
    let span_filter = Targets::new()
        .with_default(LevelFilter::INFO)
        .with_target("h2", LevelFilter::OFF)
        .with_target("hyper", LevelFilter::OFF)
        .with_target("hyper_util", LevelFilter::OFF)
        .with_target("reqwest", LevelFilter::OFF)
        .with_target("tower", LevelFilter::OFF)
        .with_target("opentelemetry", LevelFilter::OFF)
        .with_target("opentelemetry_sdk", LevelFilter::OFF)
        .with_target("opentelemetry_otlp", LevelFilter::OFF)
        .with_target("sqlx", LevelFilter::OFF);
    let traces = tracing_opentelemetry::layer()
        .with_tracer(tracer.clone())
        .with_location(false)
        .with_threads(false)
        .with_tracked_inactivity(false)
        .with_target(false)
        .with_filter(span_filter);
    // Statements become spans only when they are exported: otherwise sqlx need not describe
    // every statement it runs.
    // (and it needs the spans, to find the transaction a statement ran in).
    let statements = Targets::new().with_target("sqlx::query", LevelFilter::DEBUG);
    let sql = sql::SqlSpans::new(tracer);
    let sql = if exporting {
        sql.with_filter(statements.or(spans())).boxed()
    } else {
        sql.with_filter(Targets::new()).boxed()
    };
    tracing_subscriber::registry()
        .with(traces)
        .with(sql)
        .with(logs)
        .try_init()?;
    Ok(Guard {
        provider: exporting.then_some(provider),
    })
}

/// Every span at `INFO` or above (ours are; the dependencies' chatty ones are `DEBUG`).
fn spans<S>() -> impl tracing_subscriber::layer::Filter<S> + Clone {
    tracing_subscriber::filter::filter_fn(|meta| {
        meta.is_span() && *meta.level() <= tracing::Level::INFO
    })
}

/// The tracer provider: exporting to `{endpoint}/v1/traces` in batches, or, without an
/// endpoint, recording nothing (spans still get trace ids, which log lines name and incoming
/// bus events continue).
fn provider(endpoint: &str, service: &str) -> anyhow::Result<SdkTracerProvider> {
    use opentelemetry_otlp::{Protocol, WithExportConfig};
    let resource = opentelemetry_sdk::Resource::builder()
        .with_service_name(service.to_owned())
        .build();
    if endpoint.is_empty() {
        return Ok(SdkTracerProvider::builder()
            .with_sampler(opentelemetry_sdk::trace::Sampler::AlwaysOff)
            .with_resource(resource)
            .build());
    }
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_protocol(Protocol::HttpBinary)
        .with_endpoint(format!("{endpoint}/v1/traces"))
        .build()?;
    let batches =
        opentelemetry_sdk::trace::span_processor_with_async_runtime::BatchSpanProcessor::builder(
            exporter,
            opentelemetry_sdk::runtime::Tokio,
        )
        .build();
    Ok(SdkTracerProvider::builder()
        .with_span_processor(batches)
        .with_resource(resource)
        .build())
}

/// The W3C `traceparent` of `span`, to carry its trace to another process (a bus event).
pub fn traceparent(span: &tracing::Span) -> Option<String> {
    let cx = span.context();
    if !cx.span().span_context().is_valid() {
        return None;
    }
    let mut carrier = HashMap::new();
    TraceContextPropagator::new().inject_context(&cx, &mut carrier);
    carrier.remove("traceparent")
}

/// Makes `span` part of the trace a [`traceparent`] names (one that does not parse is
/// ignored: the span starts a trace of its own).
pub fn continue_trace(span: &tracing::Span, traceparent: &str) {
    let carrier = HashMap::from([("traceparent".to_owned(), traceparent.to_owned())]);
    let cx = TraceContextPropagator::new().extract(&carrier);
    if cx.span().span_context().is_valid() {
        let _ = span.set_parent(cx);
    }
}
