//! Log lines as JSON objects, one per line on stderr: `timestamp`, `level`, `target`,
//! `message` and the event's own fields, plus what ties the line to its request: the
//! `request_id` and `tenant_id` of the nearest spans that carry them, and the `trace_id` and
//! `span_id` of the span the line was written in.

use opentelemetry::trace::TraceContextExt;
use serde_json::{Map, Value};
use std::{fmt, io::Write, sync::OnceLock};
use tracing::{
    Event, Subscriber,
    dispatcher::WeakDispatch,
    field::{Field, Visit},
    span::{Attributes, Id, Record},
};
use tracing_subscriber::{layer::Context, registry::LookupSpan};

/// The span fields copied onto every line written inside the span.
const CORRELATION: [&str; 2] = ["request_id", "tenant_id"];

/// The layer.
#[derive(Default)]
pub(super) struct JsonLines {
    dispatch: OnceLock<WeakDispatch>,
}

/// The correlation fields a span carries.
#[derive(Default)]
struct Correlation {
    request_id: Option<String>,
    tenant_id: Option<String>,
}

impl Visit for Correlation {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        // `%value` fields arrive here too, printed with `Display`.
        let slot = match field.name() {
            "request_id" => &mut self.request_id,
            "tenant_id" => &mut self.tenant_id,
            _ => return,
        };
        *slot = Some(format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        let slot = match field.name() {
            "request_id" => &mut self.request_id,
            "tenant_id" => &mut self.tenant_id,
            _ => return,
        };
        *slot = Some(value.to_owned());
    }
}

/// An event's fields as JSON values.
struct Fields<'a>(&'a mut Map<String, Value>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0
            .insert(field.name().to_owned(), Value::String(format!("{value:?}")));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0
            .insert(field.name().to_owned(), Value::String(value.to_owned()));
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.0.insert(field.name().to_owned(), value.into());
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.insert(field.name().to_owned(), value.into());
    }

    fn record_f64(&mut self, field: &Field, value: f64) {
        self.0.insert(field.name().to_owned(), value.into());
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.0.insert(field.name().to_owned(), value.into());
    }

    fn record_error(&mut self, field: &Field, value: &(dyn std::error::Error + 'static)) {
        self.0
            .insert(field.name().to_owned(), Value::String(value.to_string()));
    }
}

impl<S> tracing_subscriber::Layer<S> for JsonLines
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_register_dispatch(&self, subscriber: &tracing::Dispatch) {
        let _ = self.dispatch.set(subscriber.downgrade());
    }

    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if !attrs
            .fields()
            .iter()
            .any(|f| CORRELATION.contains(&f.name()))
        {
            return;
        }
        let mut found = Correlation::default();
        attrs.record(&mut found);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(found);
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut extensions = span.extensions_mut();
        if let Some(found) = extensions.get_mut::<Correlation>() {
            values.record(found);
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let meta = event.metadata();
        let mut line = Map::new();
        line.insert(
            "timestamp".into(),
            chrono::Utc::now()
                .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
                .into(),
        );
        line.insert("level".into(), meta.level().as_str().into());
        line.insert("target".into(), meta.target().into());
        event.record(&mut Fields(&mut line));
        if let Some(scope) = ctx.event_scope(event) {
            let mut request_id = None;
            let mut tenant_id = None;
            let mut innermost = None;
            for span in scope {
                if innermost.is_none() {
                    line.entry("span").or_insert(span.name().into());
                    innermost = Some(span.id());
                }
                if let Some(found) = span.extensions().get::<Correlation>() {
                    request_id = request_id.or_else(|| found.request_id.clone());
                    tenant_id = tenant_id.or_else(|| found.tenant_id.clone());
                }
            }
            for (key, value) in [("request_id", request_id), ("tenant_id", tenant_id)] {
                if let Some(v) = value {
                    line.entry(key).or_insert(v.into());
                }
            }
            let dispatch = self.dispatch.get().and_then(WeakDispatch::upgrade);
            if let (Some(id), Some(dispatch)) = (innermost, dispatch)
                && let Some(cx) = tracing_opentelemetry::get_otel_context(&id, &dispatch)
            {
                let otel = cx.span();
                let sc = otel.span_context();
                if sc.is_valid() {
                    line.insert("trace_id".into(), sc.trace_id().to_string().into());
                    line.insert("span_id".into(), sc.span_id().to_string().into());
                }
            }
        }
        let mut text = Value::Object(line).to_string();
        text.push('\n');
        // One write per line, so that lines of concurrent requests never interleave.
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}
