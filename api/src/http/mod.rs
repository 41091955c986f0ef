//! The HTTP surface: GraphQL, GraphiQL (dev), health, metrics, exports, calendar feeds and the
//! web app.
//!
//! Every route but GraphQL's answers a service error through [`HttpError`] and learns who is
//! calling through the extractors of [`session`]. This module uses the schema only to serve
//! it (`graphql`, `ws`, `ws_shared`).

mod calendar;
pub mod client;
mod error;
mod exports;
mod files;
pub mod graphql;
pub mod graphql_media;
mod graphql_vars;
mod public;
mod query;
mod reports;
pub mod request_id;
pub mod session;
mod unsubscribe;
mod web;
mod ws;
mod ws_guard;
mod ws_shared;

pub use error::{ErrorBody, HttpError, Reply};
use query::Query;
use session::Session;

use crate::{edge::ratelimit::AddrLimiter, graphql::TongxinSchema};
use axum::{
    Router,
    body::Body,
    extract::{DefaultBodyLimit, State},
    http::{StatusCode, header},
    response::Response,
    routing::{get, post, put},
};
use std::net::IpAddr;
use tongxin_core::App;
use tower_http::catch_panic::CatchPanicLayer;

/// Shared state of the routes.
#[derive(Clone)]
pub struct AppState {
    /// Services.
    pub app: App,
    /// Schema.
    pub schema: TongxinSchema,
    /// The same schema answering introspection only, under introspection's own bounds.
    pub introspection: TongxinSchema,
    /// Per-address credential limiter.
    pub limiter: AddrLimiter,
    /// Proxies whose forwarded headers are trusted.
    pub trusted_proxies: Vec<IpAddr>,
    /// Whether the node is shutting down, and its open WebSockets.
    pub drain: crate::drain::Drain,
}

/// Builds the router.
pub fn router(state: AppState) -> Router {
    let mut router = Router::new()
        .route("/graphql", get(graphql::get).post(graphql::post))
        .route("/graphql/ws", get(ws::upgrade))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/export/members.xlsx", get(exports::members))
        .route(
            "/export/annual-statistics.xlsx",
            get(exports::annual_statistics),
        )
        .route(
            "/export/notice-responses.xlsx",
            get(exports::notice_responses),
        )
        .route("/export/dues-arrears.xlsx", get(exports::dues_arrears))
        .route("/export/grid-cases.xlsx", get(exports::grid_cases))
        .route("/export/vote-tally.csv", get(exports::vote_tally))
        .route(
            "/export/survey-responses.xlsx",
            get(exports::survey_responses),
        )
        .route(
            "/export/activity-registrations.xlsx",
            get(exports::activity_registrations),
        )
        .route(
            "/export/study-completion.xlsx",
            get(exports::study_completion),
        )
        .route(
            "/export/contributor-statistics.xlsx",
            get(exports::contributor_statistics),
        )
        .route("/export/quiz-results.xlsx", get(exports::quiz_results))
        .route(
            "/export/welfare-statistics.xlsx",
            get(exports::welfare_statistics),
        )
        .route("/export/welfare-orders.xlsx", get(exports::welfare_orders))
        .route(
            "/export/question-template.xlsx",
            get(exports::question_template),
        )
        .route("/public/{slug}/articles", get(public::articles))
        .route("/public/{slug}/articles/{id}", get(public::article))
        .route(
            "/mail/unsubscribe",
            get(unsubscribe::confirm).post(unsubscribe::apply),
        )
        .route(
            "/files/{id}/content",
            put(files::upload).layer(DefaultBodyLimit::max(files::UPLOAD_BODY_LIMIT)),
        )
        .route("/files/download/{token}", get(files::download))
        .route(
            "/reports/files",
            post(reports::upload).layer(DefaultBodyLimit::max(reports::UPLOAD_BODY_LIMIT)),
        )
        .route("/reports/files/{id}", get(reports::download))
        .route("/exports/personal-data/{file}", get(exports::personal_data))
        .route("/calendar/{file}", get(calendar::feed));
    if !state.app.config.is_prod() {
        router = router.route("/graphiql", get(web::graphiql));
    }
    router
        .fallback(web::serve)
        .layer(DefaultBodyLimit::max(8 * 1024 * 1024))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(axum::middleware::from_fn(request_id::track))
        .with_state(state)
}

fn panic_response(_err: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    let body = serde_json::json!({ "errors": [{ "message": "internal error", "extensions": { "code": "INTERNAL" } }] });
    Response::builder()
        .status(StatusCode::INTERNAL_SERVER_ERROR)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap_or_default()
}

/// Ready when the runtime pool can run a statement; 503 `UNAVAILABLE` during an outage and
/// from the moment the node is asked to stop, so that it leaves the load balancer's rotation.
async fn readyz(State(state): State<AppState>) -> Result<&'static str, HttpError> {
    if state.drain.is_draining() {
        return Err(tongxin_core::AppError::Unavailable.into());
    }
    state.app.db.ping().await?;
    Ok("ready")
}

/// The process-wide Prometheus recorder.
pub fn prometheus() -> &'static metrics_exporter_prometheus::PrometheusHandle {
    tongxin_core::telemetry::prometheus()
}

async fn metrics(State(state): State<AppState>) -> String {
    let pool = state.app.db.app_pool();
    metrics::gauge!("tongxin_db_pool_connections").set(f64::from(pool.size()));
    metrics::gauge!("tongxin_db_pool_idle").set(pool.num_idle() as f64);
    tongxin_core::telemetry::render_with_queue(&state.app.db).await
}
