//! A span per SQL statement, made from the event sqlx writes when a statement finishes
//! (target `sqlx::query`: the statement's text without its bound values, the rows, the time
//! it took). sqlx has no spans of its own, so the span is built after the fact, from the
//! statement's start to its end.
//!
//! Its parent is the tenant transaction open in the span the statement ran in (or in one of
//! that span's ancestors): `Db::begin_tenant` opens a `db.transaction` span, and store
//! functions run their statements while it is open, but in their caller's span. Outside a
//! transaction (the system pool, readiness checks) the parent is the span the statement ran
//! in; a statement outside any span (the pool's own housekeeping) is not traced.

use opentelemetry::{
    KeyValue,
    trace::{Span as _, SpanKind, Tracer as _},
};
use opentelemetry_sdk::trace::SdkTracer;
use std::{
    fmt,
    sync::OnceLock,
    time::{Duration, SystemTime},
};
use tracing::{
    Event, Subscriber,
    dispatcher::WeakDispatch,
    field::{Field, Visit},
    span::{Attributes, Id},
};
use tracing_subscriber::{layer::Context, registry::LookupSpan};

/// The name of the span `Db::begin_tenant` opens.
const TRANSACTION: &str = "db.transaction";

/// The layer.
pub(super) struct SqlSpans {
    tracer: SdkTracer,
    dispatch: OnceLock<WeakDispatch>,
}

impl SqlSpans {
    pub(super) fn new(tracer: SdkTracer) -> Self {
        Self {
            tracer,
            dispatch: OnceLock::new(),
        }
    }
}

/// The transactions open under a span, latest last (kept in the span's extensions).
#[derive(Default)]
struct OpenTransactions(Vec<Id>);

/// What sqlx says about a finished statement.
#[derive(Default)]
struct Statement {
    summary: String,
    text: String,
    elapsed: Option<f64>,
    rows_returned: Option<u64>,
    rows_affected: Option<u64>,
}

impl Visit for Statement {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        match field.name() {
            "summary" => self.summary = format!("{value:?}"),
            "db.statement" => self.text = format!("{value:?}"),
            _ => {}
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            "summary" => value.clone_into(&mut self.summary),
            "db.statement" => value.clone_into(&mut self.text),
            _ => {}
        }
    }

    fn record_f64(&mut self, field: &Field, value: f64) {
        if field.name() == "elapsed_secs" {
            self.elapsed = Some(value);
        }
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        match field.name() {
            "rows_returned" => self.rows_returned = Some(value),
            "rows_affected" => self.rows_affected = Some(value),
            _ => {}
        }
    }
}

impl Statement {
    /// The span name: the statement's first keyword (`SELECT`, `INSERT`, `BEGIN` …), a name
    /// of few values whatever the SQL.
    fn name(&self) -> String {
        let first = self
            .summary
            .split_whitespace()
            .next()
            .unwrap_or("SQL")
            .trim_end_matches(';');
        first.chars().take(16).collect::<String>().to_uppercase()
    }

    /// The whole text: sqlx gives the summary alone for a short statement, and the text
    /// separately (between blank lines) for a longer one.
    fn text(&self) -> &str {
        match self.text.trim() {
            "" => &self.summary,
            text => text,
        }
    }
}

impl<S> tracing_subscriber::Layer<S> for SqlSpans
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_register_dispatch(&self, subscriber: &tracing::Dispatch) {
        let _ = self.dispatch.set(subscriber.downgrade());
    }

    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if attrs.metadata().name() != TRANSACTION {
            return;
        }
        if let Some(parent) = ctx.span(id).and_then(|s| s.parent()) {
            let mut extensions = parent.extensions_mut();
            match extensions.get_mut::<OpenTransactions>() {
                Some(open) => open.0.push(id.clone()),
                None => extensions.insert(OpenTransactions(vec![id.clone()])),
            }
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        if span.name() != TRANSACTION {
            return;
        }
        if let Some(parent) = span.parent()
            && let Some(open) = parent.extensions_mut().get_mut::<OpenTransactions>()
        {
            open.0.retain(|t| *t != id);
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        if event.metadata().target() != "sqlx::query" {
            return;
        }
        let Some(scope) = ctx.event_scope(event) else {
            return;
        };
        let mut parent = None;
        let mut innermost = None;
        for span in scope {
            if span.name() == TRANSACTION {
                parent = Some(span.id());
                break;
            }
            innermost.get_or_insert_with(|| span.id());
            if let Some(open) = span.extensions().get::<OpenTransactions>()
                && let Some(latest) = open.0.last()
            {
                parent = Some(latest.clone());
                break;
            }
        }
        let Some(parent) = parent.or(innermost) else {
            return;
        };
        let Some(dispatch) = self.dispatch.get().and_then(WeakDispatch::upgrade) else {
            return;
        };
        let Some(cx) = tracing_opentelemetry::get_otel_context(&parent, &dispatch) else {
            return;
        };
        let mut statement = Statement::default();
        event.record(&mut statement);
        let end = SystemTime::now();
        let took = Duration::from_secs_f64(statement.elapsed.unwrap_or(0.0).max(0.0));
        let mut attributes = vec![
            KeyValue::new("db.system.name", "postgresql"),
            KeyValue::new("db.query.text", statement.text().to_owned()),
        ];
        if let Some(n) = statement.rows_returned {
            attributes.push(KeyValue::new(
                "db.response.returned_rows",
                i64::try_from(n).unwrap_or(i64::MAX),
            ));
        }
        if let Some(n) = statement.rows_affected {
            attributes.push(KeyValue::new(
                "db.response.affected_rows",
                i64::try_from(n).unwrap_or(i64::MAX),
            ));
        }
        let mut span = self
            .tracer
            .span_builder(statement.name())
            .with_kind(SpanKind::Client)
            .with_start_time(end.checked_sub(took).unwrap_or(end))
            .with_attributes(attributes)
            .start_with_context(&self.tracer, &cx);
        span.end_with_timestamp(end);
    }
}
