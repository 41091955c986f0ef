//! A span and Prometheus metrics per GraphQL operation, over HTTP and WebSocket:
//! `tongxin_graphql_operations_total{operation,type}`,
//! `tongxin_graphql_errors_total{operation,code}` and the histogram
//! `tongxin_graphql_duration_seconds{operation}`.
//!
//! This wraps the executor call rather than registering a schema extension: with any
//! extension registered async-graphql routes every field through the extension chain (see
//! [`super::limits`]), a cost paid on every field of every request.
//!
//! Labels stay bounded: names come only from the parsed document (never from the request's
//! `operationName` alone), unnamed operations are `anonymous`, a document that does not parse
//! or names no operation is `invalid`, names are cut to [`NAME_CHARS`] characters, and past
//! [`MAX_NAMES`] distinct names a node reports further ones as `other`.

use async_graphql::{
    Request, Response, ServerError,
    parser::types::{ExecutableDocument, OperationType},
};
use futures::{Stream, StreamExt, stream::BoxStream};
use std::{
    collections::HashSet,
    pin::Pin,
    sync::{Mutex, OnceLock},
    task::{Context, Poll},
    time::Instant,
};
use tracing::{Instrument, Span, field::Empty};

/// Longest operation name kept in labels and span names.
pub const NAME_CHARS: usize = 64;
/// Distinct operation names one node labels before reporting the rest as `other`.
pub const MAX_NAMES: usize = 500;

/// One operation being executed: its labels, span and start.
pub struct Operation {
    name: String,
    kind: &'static str,
    span: Span,
    started: Instant,
}

/// The label of an operation name (see the module's rules).
fn label(name: &str) -> String {
    static SEEN: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    let name: String = name.chars().take(NAME_CHARS).collect();
    let mut seen = SEEN
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if seen.contains(&name) {
        return name;
    }
    if seen.len() >= MAX_NAMES {
        return "other".into();
    }
    seen.insert(name.clone());
    name
}

/// The operation `requested` selects in `doc` (the only one when none is named), as a name
/// label and a type.
fn select(doc: &ExecutableDocument, requested: Option<&str>) -> (String, &'static str) {
    let mut chosen = None;
    let mut count = 0;
    for (name, op) in doc.operations.iter() {
        count += 1;
        let matches = match requested {
            Some(r) => name.is_some_and(|n| n.as_str() == r),
            None => true,
        };
        if matches {
            chosen = Some((name, op.node.ty));
        }
    }
    match chosen {
        Some(_) if requested.is_none() && count != 1 => ("invalid".into(), "invalid"),
        Some((name, ty)) => {
            let kind = match ty {
                OperationType::Query => "query",
                OperationType::Mutation => "mutation",
                OperationType::Subscription => "subscription",
            };
            (
                name.map_or_else(|| "anonymous".into(), |n| label(n.as_str())),
                kind,
            )
        }
        None => ("invalid".into(), "invalid"),
    }
}

/// The code label of an error: its `extensions.code` when it looks like one of ours
/// (`VALIDATION` for none: the executor's own refusals, as the response reports them).
fn code_of(error: &ServerError) -> String {
    let code = error
        .extensions
        .as_ref()
        .and_then(|x| x.get("code"))
        .and_then(|v| match v {
            async_graphql::Value::String(s) => Some(s.as_str()),
            _ => None,
        })
        .unwrap_or("VALIDATION");
    let ours = !code.is_empty()
        && code.len() <= 32
        && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_');
    if ours { code.into() } else { "OTHER".into() }
}

impl Operation {
    /// The operation `request` asks for (parsing its document, which the request keeps, so
    /// the executor does not parse it again), with its span opened.
    pub fn of(request: &mut Request) -> Self {
        let requested = request.operation_name.clone();
        let (name, kind) = match request.parsed_query() {
            Ok(doc) => select(doc, requested.as_deref()),
            Err(_) => ("invalid".into(), "invalid"),
        };
        let span = tracing::info_span!(
            "graphql",
            otel.name = %format_args!("{kind} {name}"),
            otel.status_code = Empty,
            graphql.operation.name = %name,
            graphql.operation.type = kind,
            graphql.errors = Empty,
        );
        metrics::counter!(
            "tongxin_graphql_operations_total",
            "operation" => name.clone(),
            "type" => kind
        )
        .increment(1);
        Self {
            name,
            kind,
            span,
            started: Instant::now(),
        }
    }

    /// Runs the execution inside the operation's span.
    pub fn instrument<F: Future>(&self, execution: F) -> tracing::instrument::Instrumented<F> {
        execution.instrument(self.span.clone())
    }

    /// Records how the operation ended: its duration and its errors by code.
    pub fn finish(&self, response: &Response) {
        metrics::histogram!("tongxin_graphql_duration_seconds", "operation" => self.name.clone())
            .record(self.started.elapsed().as_secs_f64());
        self.count_errors(&response.errors);
    }

    fn count_errors(&self, errors: &[ServerError]) {
        if errors.is_empty() {
            return;
        }
        self.span.record("graphql.errors", errors.len());
        self.span.record("otel.status_code", "error");
        for e in errors {
            metrics::counter!(
                "tongxin_graphql_errors_total",
                "operation" => self.name.clone(),
                "code" => code_of(e)
            )
            .increment(1);
        }
    }

    /// A stream of responses (WebSocket) inside the operation's span, counting the errors of
    /// every response; the duration of a query or mutation is the time to its response (a
    /// subscription has none: it lives as long as the client wants).
    pub fn stream(self, inner: BoxStream<'static, Response>) -> BoxStream<'static, Response> {
        Observed {
            inner,
            op: self,
            answered: false,
        }
        .boxed()
    }
}

struct Observed {
    inner: BoxStream<'static, Response>,
    op: Operation,
    answered: bool,
}

impl Stream for Observed {
    type Item = Response;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Response>> {
        let this = &mut *self;
        let polled = {
            let _entered = this.op.span.enter();
            this.inner.poll_next_unpin(cx)
        };
        if let Poll::Ready(Some(response)) = &polled {
            if !this.answered && this.op.kind != "subscription" {
                this.answered = true;
                this.op.finish(response);
            } else {
                this.op.count_errors(&response.errors);
            }
        }
        polled
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(query: &str, name: Option<&str>) -> (String, &'static str) {
        let mut request = Request::new(query);
        request.operation_name = name.map(str::to_owned);
        let op = Operation::of(&mut request);
        (op.name, op.kind)
    }

    #[test]
    fn a_named_operation_is_labelled_with_its_name_and_type() {
        assert_eq!(of("mutation Save { a }", None), ("Save".into(), "mutation"));
        assert_eq!(
            of("query A { a } subscription B { b }", Some("B")),
            ("B".into(), "subscription")
        );
    }

    #[test]
    fn unnamed_unparsed_and_unselected_operations_get_fixed_labels() {
        assert_eq!(of("{ a }", None), ("anonymous".into(), "query"));
        assert_eq!(of("{ a", None), ("invalid".into(), "invalid"));
        assert_eq!(
            of("query A { a } query B { b }", None),
            ("invalid".into(), "invalid")
        );
        // A name the document does not hold never becomes a label.
        assert_eq!(
            of("query A { a }", Some("Evil")),
            ("invalid".into(), "invalid")
        );
    }

    #[test]
    fn long_names_are_cut() {
        let long = format!("query {} {{ a }}", "N".repeat(200));
        assert_eq!(of(&long, None).0.len(), NAME_CHARS);
    }

    #[test]
    fn codes_that_are_not_ours_are_reported_as_other() {
        let mut e = ServerError::new("x", None);
        assert_eq!(code_of(&e), "VALIDATION");
        e.extensions = Some(Default::default());
        if let Some(x) = e.extensions.as_mut() {
            x.set("code", "NOT_FOUND");
        }
        assert_eq!(code_of(&e), "NOT_FOUND");
        if let Some(x) = e.extensions.as_mut() {
            x.set("code", "lower-case and long and wrong");
        }
        assert_eq!(code_of(&e), "OTHER");
    }
}
