//! Every request carries an id from the first byte to the last log line: the client's
//! `X-Request-Id` when it is a sane token, else a fresh one. It is echoed in the response,
//! passed on to the handlers (they read the header, so sessions and audit rows carry it too)
//! and recorded on the request's span, so that every log line and trace span of the request
//! names it. A caller's W3C `traceparent` makes the request part of the caller's trace.
//! The tenant is recorded on the same span once the caller is known
//! ([`record_caller`]).
//!
//! Only the matched route goes into the span, never the path or the query: download and
//! calendar links, unsubscribe links and invitation codes carry secrets in them.

use axum::{
    extract::{MatchedPath, Request},
    http::{HeaderName, HeaderValue},
    middleware::Next,
    response::Response,
};
use tongxin_core::identity::Principal;
use tracing::{Instrument, field::Empty};

/// The header that carries the request id both ways.
pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// The W3C trace-context header of a caller that is traced itself.
const TRACEPARENT: HeaderName = HeaderName::from_static("traceparent");

/// The longest client-chosen id kept; longer ones are replaced.
const MAX_LEN: usize = 64;

/// The client's id, if it is 1 to [`MAX_LEN`] characters of `[A-Za-z0-9-_.]`: anything else
/// (spaces, quotes, control characters, a pasted token) could forge or break log lines.
fn sane(value: &HeaderValue) -> Option<&str> {
    let s = value.to_str().ok()?;
    let ok = !s.is_empty()
        && s.len() <= MAX_LEN
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    ok.then_some(s)
}

/// The request's id: the client's sane one, else a new UUID (v7, so ids sort by time).
fn id_of(request: &Request) -> (String, HeaderValue) {
    if let Some(value) = request.headers().get(&HEADER)
        && let Some(id) = sane(value)
    {
        return (id.to_owned(), value.clone());
    }
    let id = tongxin_core::new_id().to_string();
    // A UUID's text is hex digits and dashes: always a valid header value.
    let value = HeaderValue::from_str(&id).unwrap_or(HeaderValue::from_static("invalid"));
    (id, value)
}

/// The middleware: gives the request its id and runs it inside its span.
pub async fn track(mut request: Request, next: Next) -> Response {
    let (id, value) = id_of(&request);
    request.headers_mut().insert(HEADER, value.clone());
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("/*", MatchedPath::as_str)
        .to_owned();
    let method = request.method().clone();
    let span = tracing::info_span!(
        "http.request",
        otel.name = %format_args!("{method} {route}"),
        otel.kind = "server",
        otel.status_code = Empty,
        http.request.method = %method,
        http.route = %route,
        http.response.status_code = Empty,
        request_id = %id,
        tenant_id = Empty,
    );
    // A caller that is itself traced (a gateway, an integrator's service) sends its W3C
    // `traceparent`; the request's spans then join that trace instead of starting one. One that
    // does not parse is ignored.
    if let Some(parent) = request
        .headers()
        .get(TRACEPARENT)
        .and_then(|v| v.to_str().ok())
    {
        tongxin_core::telemetry::continue_trace(&span, parent);
    }
    let started = std::time::Instant::now();
    let mut response = next.run(request).instrument(span.clone()).await;
    let status = response.status();
    span.record("http.response.status_code", status.as_u16());
    if status.is_server_error() {
        span.record("otel.status_code", "error");
    }
    span.in_scope(|| {
        tracing::debug!(
            status = status.as_u16(),
            ms = started.elapsed().as_millis() as u64,
            "request"
        );
    });
    response.headers_mut().insert(HEADER, value);
    response
}

/// Records the caller's tenant on the current request's span (the tenant id only: never the
/// member, account or anything personal).
pub fn record_caller(principal: Option<&Principal>) {
    let tenant = match principal {
        Some(Principal::Member(s)) => s.tenant_id,
        Some(Principal::ApiKey { tenant_id, .. }) => *tenant_id,
        Some(Principal::Operator { .. }) | None => return,
    };
    tracing::Span::current().record("tenant_id", tracing::field::display(tenant));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_of_letters_digits_and_dashes_is_kept() {
        let v = HeaderValue::from_static("abc-123_X.y");
        assert_eq!(sane(&v), Some("abc-123_X.y"));
    }

    #[test]
    fn spaces_quotes_empty_and_overlong_ids_are_replaced() {
        for bad in ["a b", "a\"b", "", "x{}", "é"] {
            let v = HeaderValue::from_bytes(bad.as_bytes()).unwrap();
            assert_eq!(sane(&v), None, "{bad:?}");
        }
        let long = HeaderValue::from_str(&"a".repeat(MAX_LEN + 1)).unwrap();
        assert_eq!(sane(&long), None);
        let longest = HeaderValue::from_str(&"a".repeat(MAX_LEN)).unwrap();
        assert!(sane(&longest).is_some());
    }
}
