//! GraphQL over HTTP (the spec's draft): the two response media types and their status codes,
//! malformed request bodies, syntax errors in one line, and the explorer's page.

use reqwest::{Response, StatusCode, header};
use serde_json::{Value, json};
use tongxin_tests::{TestApp, code};

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

/// Posts `body` as JSON to `/graphql`, accepting `accept` (none when `None`).
async fn post(app: &TestApp, accept: Option<&str>, body: &Value) -> Response {
    let mut req = app.http.post(format!("{}/graphql", app.base)).json(body);
    if let Some(a) = accept {
        req = req.header(header::ACCEPT, a);
    }
    req.send().await.expect("request")
}

fn content_type(res: &Response) -> String {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

async fn status_type_body(res: Response) -> (StatusCode, String, Value) {
    let status = res.status();
    let ct = content_type(&res);
    (status, ct, res.json().await.expect("a JSON body"))
}

#[tokio::test]
async fn a_client_asking_for_the_graphql_response_type_gets_it_and_one_asking_for_nothing_gets_json()
 {
    // Arrange
    let app = TestApp::spawn().await;
    let query = json!({ "query": "{ __typename }" });

    // Act
    let (spec_status, spec_type, spec_body) =
        status_type_body(post(&app, Some(GRAPHQL_RESPONSE), &query).await).await;
    let (plain_status, plain_type, _) = status_type_body(post(&app, None, &query).await).await;
    let (any_status, any_type, _) = status_type_body(post(&app, Some("*/*"), &query).await).await;

    // Assert
    assert_eq!(spec_status, StatusCode::OK);
    assert!(spec_type.starts_with(GRAPHQL_RESPONSE), "{spec_type}");
    assert_eq!(spec_body["data"]["__typename"], "Query");
    assert_eq!(
        (plain_status, plain_type.as_str()),
        (StatusCode::OK, "application/json")
    );
    assert_eq!(
        (any_status, any_type.as_str()),
        (StatusCode::OK, "application/json")
    );
}

#[tokio::test]
async fn request_errors_are_400_without_data_under_the_graphql_response_type_and_200_under_json() {
    // Arrange: a syntax error, an unknown field, a required variable left out, a variable of
    // the wrong type.
    let app = TestApp::spawn().await;
    let cases = [
        json!({ "query": "{" }),
        json!({ "query": "{ noSuchField }" }),
        json!({ "query": "query($id: ID!) { node(id: $id) { id } }", "variables": {} }),
        json!({ "query": "query($id: ID!) { node(id: $id) { id } }", "variables": { "id": { "a": 1 } } }),
    ];

    for case in cases {
        // Act
        let (spec_status, spec_type, spec_body) =
            status_type_body(post(&app, Some(GRAPHQL_RESPONSE), &case).await).await;
        let (json_status, _, json_body) =
            status_type_body(post(&app, Some("application/json"), &case).await).await;

        // Assert
        assert_eq!(spec_status, StatusCode::BAD_REQUEST, "{case} {spec_body}");
        assert!(spec_type.starts_with(GRAPHQL_RESPONSE), "{spec_type}");
        assert!(spec_body.get("data").is_none(), "{case} {spec_body}");
        assert_eq!(code(&spec_body), Some("VALIDATION"), "{spec_body}");
        assert_eq!(json_status, StatusCode::OK, "{case} {json_body}");
        assert!(json_body["data"].is_null(), "{json_body}");
        assert_eq!(code(&json_body), Some("VALIDATION"), "{json_body}");
    }
}

#[tokio::test]
async fn a_field_error_after_execution_began_stays_200_with_data_under_the_graphql_response_type() {
    // Arrange: an unknown node is an error of the field, not of the request.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let body = json!({ "query": "{ node(id: \"nope\") { id } }" });

    // Act
    let res = app
        .http
        .post(format!("{}/graphql", app.base))
        .header(header::ACCEPT, GRAPHQL_RESPONSE)
        .bearer_auth(&t.token)
        .json(&body)
        .send()
        .await
        .expect("request");
    let (status, _, body) = status_type_body(res).await;

    // Assert
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.get("data").is_some(), "{body}");
    assert!(!body["errors"][0]["path"].is_null(), "{body}");
}

#[tokio::test]
async fn malformed_request_members_are_400_and_null_optional_members_are_accepted() {
    // Arrange
    let app = TestApp::spawn().await;
    let refused = [
        json!({ "notquery": "{ __typename }" }),
        json!({ "query": 0 }),
        json!({ "query": ["{ __typename }"] }),
        json!({ "query": "{ __typename }", "operationName": false }),
        json!({ "query": "{ __typename }", "variables": "{}" }),
        json!({ "query": "{ __typename }", "variables": ["a"] }),
        json!({ "query": "{ __typename }", "extensions": 0 }),
        json!("{ __typename }"),
    ];
    let accepted = json!({
        "query": "{ __typename }", "operationName": null, "variables": null, "extensions": null
    });

    // Act / Assert
    for body in refused {
        for accept in [None, Some(GRAPHQL_RESPONSE)] {
            let (status, _, answer) = status_type_body(post(&app, accept, &body).await).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{body} {accept:?}");
            assert_eq!(code(&answer), Some("BAD_REQUEST"), "{answer}");
        }
    }
    let (status, _, answer) = status_type_body(post(&app, None, &accepted).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["data"]["__typename"], "Query", "{answer}");
}

#[tokio::test]
async fn a_get_with_variables_that_are_not_an_object_is_400_and_a_mutation_stays_405() {
    // Arrange
    let app = TestApp::spawn().await;
    let url = format!("{}/graphql", app.base);

    // Act
    let bad_vars = app
        .http
        .get(&url)
        .header(header::ACCEPT, GRAPHQL_RESPONSE)
        .query(&[("query", "{ __typename }"), ("variables", "[1]")])
        .send()
        .await
        .unwrap();
    let mutation = app
        .http
        .get(&url)
        .header(header::ACCEPT, GRAPHQL_RESPONSE)
        .query(&[("query", "mutation { logOut }")])
        .send()
        .await
        .unwrap();
    let query = app
        .http
        .get(&url)
        .header(header::ACCEPT, GRAPHQL_RESPONSE)
        .query(&[
            (
                "query",
                "query T($n: String!) { __type(name: $n) { name } }",
            ),
            ("variables", r#"{"n":"Query"}"#),
        ])
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(bad_vars.status(), StatusCode::BAD_REQUEST);
    assert_eq!(mutation.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(content_type(&mutation).starts_with(GRAPHQL_RESPONSE));
    let (status, _, body) = status_type_body(query).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["data"]["__type"]["name"], "Query", "{body}");
}

#[tokio::test]
async fn a_client_that_accepts_neither_json_type_is_answered_406() {
    // Arrange
    let app = TestApp::spawn().await;

    // Act
    let res = post(
        &app,
        Some("text/html"),
        &json!({ "query": "{ __typename }" }),
    )
    .await;

    // Assert
    assert_eq!(res.status(), StatusCode::NOT_ACCEPTABLE);
}

#[tokio::test]
async fn a_syntax_error_is_one_line_with_its_position_and_keeps_its_code() {
    // Arrange
    let app = TestApp::spawn().await;

    for (query, at) in [("{ me { ", "1:8"), ("query {", "1:8")] {
        // Act
        let body = app.gql(None, query, json!({})).await;

        // Assert
        let message = body["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(
            message.starts_with(&format!("Syntax error at {at}: expected ")),
            "{query:?}: {message:?}"
        );
        assert!(!message.contains('\n'), "{message:?}");
        assert_eq!(code(&body), Some("VALIDATION"), "{body}");
        assert_eq!(body["errors"][0]["locations"][0]["line"], 1, "{body}");
    }
}

#[tokio::test]
async fn the_explorer_page_is_never_cached_and_is_not_served_under_its_file_name() {
    // Arrange
    let app = TestApp::spawn().await;

    // Act
    let page = app
        .http
        .get(format!("{}/graphiql", app.base))
        .send()
        .await
        .unwrap();
    let by_file = app
        .http
        .get(format!("{}/graphiql.html", app.base))
        .send()
        .await
        .unwrap();

    // Assert: the page when the web app is built, else a note saying how to build it; never
    // a reference to another origin.
    let status = page.status();
    let cache = page.headers().get(header::CACHE_CONTROL).cloned();
    let text = page.text().await.unwrap();
    match status {
        StatusCode::OK => {
            assert_eq!(
                cache.as_ref().and_then(|v| v.to_str().ok()),
                Some("no-cache")
            );
            assert!(text.contains("id=\"graphiql\""), "{text}");
        }
        StatusCode::NOT_FOUND => assert!(text.contains("npm run build"), "{text}"),
        other => panic!("unexpected status {other}: {text}"),
    }
    for scheme in ["http://", "https://", "src=\"//", "href=\"//"] {
        assert!(!text.contains(scheme), "{scheme} in {text}");
    }
    assert!(!by_file.text().await.unwrap().contains("id=\"graphiql\""));
}
