//! Telemetry as an operator meets it: traces posted over OTLP/HTTP to a collector (here a
//! small receiver on loopback that decodes the protobuf requests), JSON log lines that carry
//! the request id, tenant id and trace id but nothing personal, and Prometheus series per
//! GraphQL operation.

use axum::{Router, body::Bytes, extract::State, http::StatusCode, routing::post};
use opentelemetry_proto::tonic::{
    collector::trace::v1::ExportTraceServiceRequest,
    common::v1::{AnyValue, any_value},
    trace::v1::Span,
};
use prost::Message;
use serde_json::{Value, json};
use std::{
    collections::HashMap,
    path::PathBuf,
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::Duration,
};
use tongxin_tests::{TestApp, bench::free_port, uuid_of, wait_for, wait_until};

/// Spans received by the loopback collector.
type Received = Arc<Mutex<Vec<Span>>>;

/// Accepts `POST /v1/traces` as an OpenTelemetry collector does; answers 200 with an empty
/// `ExportTraceServiceResponse`.
async fn collect(State(spans): State<Received>, body: Bytes) -> StatusCode {
    match ExportTraceServiceRequest::decode(body) {
        Ok(request) => {
            let mut all = spans.lock().expect("spans");
            for rs in request.resource_spans {
                for ss in rs.scope_spans {
                    all.extend(ss.spans);
                }
            }
            StatusCode::OK
        }
        Err(_) => StatusCode::BAD_REQUEST,
    }
}

/// Starts the collector; returns its base URL and what it receives.
async fn collector() -> (String, Received) {
    let spans = Received::default();
    let router = Router::new()
        .route("/v1/traces", post(collect))
        .with_state(spans.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("collector port");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, router).await });
    (url, spans)
}

/// A `tongxin-api serve` process with its stderr in a file; killed when dropped.
struct ApiProcess {
    child: Child,
    base: String,
    log: PathBuf,
}

impl Drop for ApiProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl ApiProcess {
    /// Starts the built binary with traces sent to `collector` and JSON logs.
    async fn start(collector: &str) -> Self {
        tongxin_tests::owner_pool().await.close().await;
        let port = free_port();
        let log = std::env::temp_dir().join(format!("tongxin-telemetry-{port}.log"));
        let binary = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/debug/tongxin-api");
        let child = Command::new(binary)
            .arg("serve")
            .env("TONGXIN_HTTP__PORT", port.to_string())
            .env("TONGXIN_TELEMETRY__OTLP_ENDPOINT", collector)
            .env("TONGXIN_TELEMETRY__LOG_FORMAT", "json")
            .env("RUST_LOG", "info,tongxin_api=debug")
            // Export every tenth of a second instead of every five, so the test waits less.
            .env("OTEL_BSP_SCHEDULE_DELAY", "100")
            .env_remove("TONGXIN_REDIS__URL")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log file"))
            .spawn()
            .expect("the API binary (cargo build builds it)");
        let node = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            log,
        };
        let http = client();
        wait_until(Duration::from_secs(30), "the API process to answer", || {
            let (http, url) = (http.clone(), format!("{}/healthz", node.base));
            async move { http.get(url).send().await.is_ok() }
        })
        .await;
        node
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client")
}

fn attr<'a>(span: &'a Span, key: &str) -> Option<&'a any_value::Value> {
    span.attributes
        .iter()
        .find(|kv| kv.key == key)
        .and_then(|kv| kv.value.as_ref())
        .and_then(|v: &AnyValue| v.value.as_ref())
}

fn attr_str<'a>(span: &'a Span, key: &str) -> Option<&'a str> {
    match attr(span, key) {
        Some(any_value::Value::StringValue(s)) => Some(s),
        _ => None,
    }
}

/// Whether `ancestor` is above `span` in the trace.
fn descends_from(span: &Span, ancestor: &Span, by_id: &HashMap<Vec<u8>, &Span>) -> bool {
    let mut parent = span.parent_span_id.clone();
    while !parent.is_empty() {
        if parent == ancestor.span_id {
            return true;
        }
        parent = by_id
            .get(&parent)
            .map(|p| p.parent_span_id.clone())
            .unwrap_or_default();
    }
    false
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn a_graphql_request_is_traced_over_otlp_and_logged_as_json_without_personal_data() {
    // Arrange: a collector, an API process exporting to it, a tenant signed up through it.
    let (collector, received) = collector().await;
    let api = ApiProcess::start(&collector).await;
    let http = client();
    let run = uuid::Uuid::new_v4().simple().to_string();
    let email = format!("telemetry-{}@example.cn", &run[..12]);
    let name = format!("遥测{}", &run[..6]);
    let signed_up: Value = http
        .post(format!("{}/graphql", api.base))
        .json(&json!({
            "query": "mutation($i: SignUpInput!) { signUp(input: $i) { token viewer { tenant { id } } } }",
            "variables": { "i": { "tenantName": "遥测测试企业", "tenantSlug": format!("tel{}", &run[..10]),
                                  "adminName": name, "adminEmail": email, "adminPassword": tongxin_tests::PASSWORD } }
        }))
        .send()
        .await
        .expect("sign-up")
        .json()
        .await
        .expect("sign-up body");
    let token = signed_up["data"]["signUp"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("sign-up failed: {signed_up}"))
        .to_owned();
    let tenant = uuid_of(
        signed_up["data"]["signUp"]["viewer"]["tenant"]["id"]
            .as_str()
            .expect("tenant id"),
    )
    .to_string();
    let request_id = format!("telemetry-{}", &run[..16]);

    // Act: one named query with the client's request id, one with an id that is not sane.
    let response = http
        .post(format!("{}/graphql", api.base))
        .bearer_auth(&token)
        .header("x-request-id", &request_id)
        .json(&json!({ "query": "query TelemetryProbe { viewer { member { id name } permissions } }" }))
        .send()
        .await
        .expect("query");
    let echoed = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body: Value = response.json().await.expect("query body");
    let replaced = http
        .get(format!("{}/healthz", api.base))
        .header("x-request-id", "not a sane id\"}")
        .send()
        .await
        .expect("healthz");
    let replacement = replaced
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();

    // Assert: the request id comes back; a bad one is replaced by a fresh one.
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(echoed.as_deref(), Some(request_id.as_str()));
    assert!(
        uuid::Uuid::parse_str(&replacement).is_ok(),
        "replacement id {replacement:?}"
    );

    // Assert: the HTTP span, the GraphQL span below it and SQL spans below that, in one trace.
    let spans = wait_for(Duration::from_secs(20), "the query's spans", || {
        let all = received.lock().expect("spans").clone();
        let wanted = request_id.clone();
        async move {
            let http_span = all
                .iter()
                .find(|s| attr_str(s, "request_id") == Some(wanted.as_str()))?;
            let ours = |s: &&Span| s.trace_id == http_span.trace_id;
            let has_gql = all
                .iter()
                .filter(ours)
                .any(|s| s.name == "query TelemetryProbe");
            let has_sql = all.iter().filter(ours).any(|s| {
                attr_str(s, "db.system.name") == Some("postgresql") && s.name != "db.transaction"
            });
            (has_gql && has_sql).then_some(all)
        }
    })
    .await;
    let by_id: HashMap<Vec<u8>, &Span> = spans.iter().map(|s| (s.span_id.clone(), s)).collect();
    let http_span = spans
        .iter()
        .find(|s| attr_str(s, "request_id") == Some(request_id.as_str()))
        .expect("HTTP span");
    assert_eq!(http_span.name, "POST /graphql");
    assert_eq!(attr_str(http_span, "tenant_id"), Some(tenant.as_str()));
    let gql = spans
        .iter()
        .find(|s| s.trace_id == http_span.trace_id && s.name == "query TelemetryProbe")
        .expect("GraphQL span");
    assert_eq!(
        attr_str(gql, "graphql.operation.name"),
        Some("TelemetryProbe")
    );
    assert_eq!(attr_str(gql, "graphql.operation.type"), Some("query"));
    assert!(
        descends_from(gql, http_span, &by_id),
        "GraphQL span under the HTTP span"
    );
    let transaction = spans
        .iter()
        .find(|s| s.name == "db.transaction" && descends_from(s, gql, &by_id))
        .expect("a tenant transaction under the GraphQL span");
    assert_eq!(attr_str(transaction, "tenant_id"), Some(tenant.as_str()));
    let statements: Vec<&Span> = spans
        .iter()
        .filter(|s| {
            attr_str(s, "db.system.name") == Some("postgresql")
                && s.name != "db.transaction"
                && descends_from(s, transaction, &by_id)
        })
        .collect();
    assert!(!statements.is_empty(), "statements under the transaction");
    assert!(
        statements
            .iter()
            .all(|s| attr_str(s, "db.query.text").is_some()),
        "each statement span carries its SQL"
    );

    // Assert: JSON log lines of the request carry its request id, tenant and trace id, and no
    // line names the member, their email or their token.
    let trace_id = hex(&http_span.trace_id);
    let stderr = wait_for(Duration::from_secs(10), "a log line of the request", || {
        let text = api.stderr();
        let wanted = request_id.clone();
        async move { text.lines().any(|l| l.contains(&wanted)).then_some(text) }
    })
    .await;
    let lines: Vec<Value> = stderr
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|_| panic!("not a JSON line: {l}")))
        .collect();
    let line = lines
        .iter()
        .find(|l| l["request_id"] == request_id.as_str())
        .expect("a line with the request id");
    assert_eq!(line["trace_id"], trace_id.as_str(), "{line}");
    assert_eq!(line["tenant_id"], tenant.as_str(), "{line}");
    for secret in [&email, &name, &token, &tongxin_tests::PASSWORD.to_string()] {
        assert!(!stderr.contains(secret.as_str()), "{secret} in the logs");
    }
}

#[tokio::test]
async fn a_request_that_carries_a_traceparent_joins_the_callers_trace() {
    // Arrange: a collector and an API process exporting to it; a caller's trace and span id.
    let (collector, received) = collector().await;
    let api = ApiProcess::start(&collector).await;
    let trace_id = uuid::Uuid::new_v4().simple().to_string();
    let caller_span = &uuid::Uuid::new_v4().simple().to_string()[..16];

    // Act: a request with the caller's `traceparent` (sampled), and one with a malformed one.
    let joined = client()
        .get(format!("{}/healthz", api.base))
        .header("traceparent", format!("00-{trace_id}-{caller_span}-01"))
        .header("x-request-id", "traceparent-joined")
        .send()
        .await
        .expect("healthz");
    let own = client()
        .get(format!("{}/healthz", api.base))
        .header("traceparent", "00-not-a-trace-01")
        .header("x-request-id", "traceparent-malformed")
        .send()
        .await
        .expect("healthz");

    // Assert: the first request's span is a child of the caller's span in the caller's trace;
    // the second starts a trace of its own.
    assert!(joined.status().is_success() && own.status().is_success());
    let (joined, own) = wait_for(Duration::from_secs(20), "both requests' spans", || {
        let all = received.lock().expect("spans").clone();
        async move {
            let find = |id: &str| {
                all.iter()
                    .find(|s| s.name.starts_with("GET") && attr_str(s, "request_id") == Some(id))
                    .cloned()
            };
            Some((find("traceparent-joined")?, find("traceparent-malformed")?))
        }
    })
    .await;
    assert_eq!(hex(&joined.trace_id), trace_id);
    assert_eq!(hex(&joined.parent_span_id), caller_span);
    assert_ne!(hex(&own.trace_id), trace_id);
    assert!(
        own.parent_span_id.is_empty(),
        "a malformed parent is ignored"
    );
}

/// The value of the series of `metric` whose labels include every one of `labels`.
fn series(text: &str, metric: &str, labels: &[&str]) -> Option<f64> {
    text.lines()
        .filter(|l| l.starts_with(&format!("{metric}{{")))
        .find(|l| labels.iter().all(|want| l.contains(want)))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[tokio::test]
async fn graphql_operations_and_websockets_are_counted_in_prometheus_series() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;

    // Act: a query that succeeds twice, one that fails, an anonymous one, an open WebSocket.
    for _ in 0..2 {
        app.gql(
            Some(&t.token),
            "query MetricsProbe { viewer { permissions } }",
            json!({}),
        )
        .await;
    }
    let failed = app
        .gql(
            None,
            "query MetricsProbeRefused { viewer { permissions } }",
            json!({}),
        )
        .await;
    app.gql(Some(&t.token), "{ viewer { permissions } }", json!({}))
        .await;
    let ws = tongxin_tests::ws::connect(&app.base, &t.token).await;
    let text = app
        .http
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("metrics body");
    drop(ws);

    // Assert
    let code = tongxin_tests::code(&failed)
        .expect("an error code")
        .to_owned();
    assert_eq!(
        series(
            &text,
            "tongxin_graphql_operations_total",
            &[r#"operation="MetricsProbe""#, r#"type="query""#]
        ),
        Some(2.0),
        "{text}"
    );
    assert_eq!(
        series(
            &text,
            "tongxin_graphql_errors_total",
            &[
                r#"operation="MetricsProbeRefused""#,
                &format!(r#"code="{code}""#)
            ]
        ),
        Some(1.0)
    );
    assert!(
        series(
            &text,
            "tongxin_graphql_operations_total",
            &[r#"operation="anonymous""#]
        )
        .is_some()
    );
    // A histogram (buckets that add up across nodes), not a summary.
    assert_eq!(
        series(
            &text,
            "tongxin_graphql_duration_seconds_bucket",
            &[r#"operation="MetricsProbe""#, r#"le="+Inf""#]
        ),
        Some(2.0)
    );
    assert!(text.contains("# TYPE tongxin_graphql_duration_seconds histogram"));
    let open = text
        .lines()
        .find(|l| l.starts_with("tongxin_ws_connections "))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse::<f64>().ok());
    assert!(open.is_some_and(|n| n >= 1.0), "{open:?}");
}
