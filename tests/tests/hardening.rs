//! Transport hardening: each protection with a test.

use serde_json::json;
use tongxin_tests::{TestApp, code};

#[tokio::test]
async fn a_mutation_over_get_is_refused_with_405_while_a_query_over_get_works() {
    let app = TestApp::spawn().await;
    let m = app
        .http
        .get(format!("{}/graphql", app.base))
        .query(&[("query", "mutation { logOut }")])
        .send()
        .await
        .unwrap();
    assert_eq!(m.status(), 405);
    let q = app
        .http
        .get(format!("{}/graphql", app.base))
        .query(&[("query", "{ __typename }")])
        .send()
        .await
        .unwrap();
    assert_eq!(q.status(), 200);
}

#[tokio::test]
async fn a_post_that_is_not_json_is_refused_with_415() {
    let app = TestApp::spawn().await;
    for ct in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ] {
        let res = app
            .http
            .post(format!("{}/graphql", app.base))
            .header("content-type", ct)
            .body(r#"{"query":"{ __typename }"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 415, "{ct}");
    }
}

#[tokio::test]
async fn batched_requests_are_refused() {
    let app = TestApp::spawn().await;
    let res = app
        .http
        .post(format!("{}/graphql", app.base))
        .json(&json!([{ "query": "{ __typename }" }, { "query": "{ __typename }" }]))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
}

#[tokio::test]
async fn queries_deeper_than_twelve_are_refused() {
    let app = TestApp::spawn().await;
    let parents = "parent { ".repeat(12);
    let closing = "} ".repeat(12);
    let q = format!("{{ organization(id: \"x\") {{ {parents} name {closing} }} }}");
    let body = app.gql(None, &q, json!({})).await;
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("nested too deep"),
        "{body}"
    );
    let q = "{ __typename }";
    assert_eq!(
        app.gql(None, q, json!({})).await["data"]["__typename"],
        "Query"
    );
}

#[tokio::test]
async fn documents_with_too_many_aliases_are_refused() {
    let app = TestApp::spawn().await;
    let many: String = (0..31).map(|i| format!("a{i}: __typename ")).collect();
    let body = app.gql(None, &format!("{{ {many} }}"), json!({})).await;
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("too many aliases"),
        "{body}"
    );
    let few: String = (0..5).map(|i| format!("a{i}: __typename ")).collect();
    assert!(app.gql(None, &format!("{{ {few} }}"), json!({})).await["errors"].is_null());
}

/// The frames of operation `1` until it completes or goes quiet, as one text.
async fn frames_of_one(ws: &mut tongxin_tests::ws::Ws) -> String {
    let mut seen = String::new();
    while let Some(frame) = tongxin_tests::ws::next(ws, 5).await {
        seen.push_str(&frame.to_string());
        if frame["id"] == "1" && frame["type"] != "next" {
            break;
        }
    }
    seen
}

#[tokio::test]
async fn over_websocket_documents_with_too_many_aliases_are_refused_on_both_subscription_paths() {
    // Arrange: a member's socket; the chat path shares renderings, every other goes to the executor.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let ids: String = (0..31).map(|i| format!("a{i}: id ")).collect();
    let shared = format!(
        "subscription {{ messageAdded(conversationId: \"{}\") {{ {ids} }} }}",
        uuid::Uuid::now_v7()
    );
    let names: String = (0..31).map(|i| format!("a{i}: __typename ")).collect();
    let executed = format!("{{ {names} }}");
    let few = "{ a0: __typename a1: __typename }";

    for (query, refused) in [
        (shared.as_str(), true),
        (executed.as_str(), true),
        (few, false),
    ] {
        // Act
        let mut ws = tongxin_tests::ws::subscribe(&app.base, &t.token, query, json!({})).await;
        let seen = frames_of_one(&mut ws).await;

        // Assert
        assert_eq!(
            seen.contains("too many aliases: 31 > 30"),
            refused,
            "{query}: {seen}"
        );
        if !refused {
            assert!(seen.contains(r#""a1":"Query""#), "{seen}");
        }
    }
}

#[tokio::test]
async fn documents_with_too_many_directives_are_refused() {
    let app = TestApp::spawn().await;
    let dirs: String = (0..25).map(|_| "@include(if: true) ").collect();
    let body = app
        .gql(None, &format!("{{ __typename {dirs} }}"), json!({}))
        .await;
    assert!(body["errors"].is_array(), "{body}");
}

#[tokio::test]
async fn an_expensive_query_over_the_complexity_budget_is_refused() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let fields: String = (0..25).map(|i| format!("m{i}: members(first: 100) {{ edges {{ node {{ id name organization {{ name }} }} }} }} ")).collect();
    let body = app
        .gql(Some(&t.token), &format!("{{ {fields} }}"), json!({}))
        .await;
    assert!(body["errors"].is_array(), "{body}");
}

#[tokio::test]
async fn production_configuration_has_no_suggestions_and_no_graphiql() {
    let mut cfg = tongxin_tests::config();
    cfg.env = "prod".into();
    // A production node refuses to start without the report KEK.
    cfg.reports.kek = Some(tongxin_core::whistleblowing::crypto::format_entry(
        "prod",
        &tongxin_core::whistleblowing::crypto::new_key(),
    ));
    let app = TestApp::spawn_with(cfg).await;
    let body = app
        .gql(None, "{ viewr { tenant { id } } }", json!({}))
        .await;
    let msg = body["errors"][0]["message"].as_str().unwrap();
    assert!(!msg.contains("Did you mean"), "{msg}");
    // In production /graphiql is just a client-side route of the web app.
    let page = app
        .http
        .get(format!("{}/graphiql", app.base))
        .send()
        .await
        .unwrap();
    assert!(page.text().await.unwrap().contains("同心"));

    let dev = TestApp::spawn().await;
    let explorer = dev
        .http
        .get(format!("{}/graphiql", dev.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The explorer's own page, or, before the web app is built (`make test` builds it after
    // the Rust tests), the route's note saying how to build it: either way not the app.
    assert!(
        (explorer.contains("graphiql") || explorer.contains("GraphQL explorer is not built"))
            && !explorer.contains("同心"),
        "{explorer}"
    );
    let dev_body = dev
        .gql(None, "{ viewr { tenant { id } } }", json!({}))
        .await;
    assert!(
        dev_body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Did you mean")
    );
}

#[tokio::test]
async fn unauthenticated_calls_get_a_coded_error_and_no_sql_or_paths() {
    let app = TestApp::spawn().await;
    let body = app
        .gql(None, "{ viewer { tenant { id } } }", json!({}))
        .await;
    assert_eq!(code(&body), Some("UNAUTHENTICATED"));
    let forged = app
        .gql(
            Some("txs_forged"),
            "{ viewer { tenant { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&forged), Some("UNAUTHENTICATED"));
    let text = forged.to_string();
    for leak in ["select ", "sqlx", ".rs", "panicked"] {
        assert!(!text.contains(leak), "{text}");
    }
}

#[tokio::test]
async fn health_readiness_and_metrics_answer() {
    let app = TestApp::spawn().await;
    for path in ["/healthz", "/readyz", "/metrics"] {
        let res = app
            .http
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{path}");
    }
    let index = app
        .http
        .get(format!("{}/some/client/route", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(index.headers()["cache-control"], "no-cache");
    assert!(index.text().await.unwrap().contains("同心"));
}

#[tokio::test]
async fn a_resolver_panic_returns_a_generic_500_json_error_and_the_server_keeps_serving() {
    let mut cfg = tongxin_tests::config();
    cfg.env = "test".into();
    let app = TestApp::spawn_with(cfg).await;
    let res = app
        .http
        .post(format!("{}/graphql", app.base))
        .json(&json!({ "query": "{ debugPanic }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 500);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["errors"][0]["message"], "internal error");
    assert!(!body.to_string().contains("deliberate"));
    assert_eq!(
        app.gql(None, "{ __typename }", json!({})).await["data"]["__typename"],
        "Query"
    );
    // Outside the test configuration the field does not exist for clients.
    let dev = TestApp::spawn().await;
    assert_eq!(
        code(&dev.gql(None, "{ debugPanic }", json!({})).await),
        Some("NOT_FOUND")
    );
}
