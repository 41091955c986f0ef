//! Integrators' tools introspect the schema with the query graphql-js's
//! `getIntrospectionQuery()` builds (GraphiQL, Apollo, graphql-codegen, Postman and Insomnia
//! send the same shape). It must not be refused by the depth limit meant for data queries,
//! and who may send it follows the `graphql.introspection` setting.

use serde_json::{Value, json};
use tongxin_core::config::IntrospectionAccess;
use tongxin_tests::{TestApp, config};

/// `getIntrospectionQuery({ descriptions: true, specifiedByUrl: true,
/// directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true })`
/// of graphql-js 16.
const STANDARD: &str = r#"
query IntrospectionQuery {
  __schema {
    description
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives {
      name
      description
      isRepeatable
      locations
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}
fragment FullType on __Type {
  kind
  name
  description
  specifiedByURL
  fields(includeDeprecated: true) {
    name
    description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated
    deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue {
  name
  description
  type { ...TypeRef }
  defaultValue
  isDeprecated
  deprecationReason
}
fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType { kind name ofType { kind name } }
              }
            }
          }
        }
      }
    }
  }
}
"#;

async fn introspect(app: &TestApp, token: Option<&str>) -> Value {
    app.gql(token, STANDARD, json!({})).await
}

fn types_named(body: &Value) -> Vec<String> {
    body["data"]["__schema"]["types"]
        .as_array()
        .map(|ts| {
            ts.iter()
                .filter_map(|t| t["name"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn the_standard_clients_introspection_query_is_answered_in_development() {
    // Arrange
    let mut c = config();
    c.graphql.introspection = Some(IntrospectionAccess::Everyone);
    let app = TestApp::spawn_with(c).await;

    // Act
    let body = introspect(&app, None).await;

    // Assert
    assert!(body["errors"].is_null(), "{body}");
    let names = types_named(&body);
    assert!(names.iter().any(|n| n == "Query"), "{names:?}");
    assert!(names.iter().any(|n| n == "Member"), "{names:?}");
    assert_eq!(body["data"]["__schema"]["queryType"]["name"], "Query");
}

#[tokio::test]
async fn with_api_keys_only_an_integrators_key_may_introspect_and_an_anonymous_caller_or_a_member_may_not()
 {
    // Arrange
    let mut c = config();
    c.graphql.introspection = Some(IntrospectionAccess::ApiKeys);
    let app = TestApp::spawn_with(c).await;
    let admin = app.sign_up().await;
    let key = app
        .create_api_key(&admin.token, "集成", Some("integrator"))
        .await;

    // Act
    let anonymous = introspect(&app, None).await;
    let member = introspect(&app, Some(&admin.token)).await;
    let integrator = introspect(&app, Some(&key)).await;

    // Assert
    for refused in [&anonymous, &member] {
        assert!(refused["data"].is_null(), "{refused}");
        assert!(
            refused["errors"][0]["message"]
                .as_str()
                .unwrap_or_default()
                .contains("introspection"),
            "{refused}"
        );
    }
    assert!(integrator["errors"].is_null(), "{integrator}");
    assert!(types_named(&integrator).iter().any(|n| n == "Query"));
}

#[tokio::test]
async fn with_introspection_off_nobody_may_introspect_but_typename_still_answers() {
    let mut c = config();
    c.graphql.introspection = Some(IntrospectionAccess::Nobody);
    let app = TestApp::spawn_with(c).await;
    let admin = app.sign_up().await;
    let key = app
        .create_api_key(&admin.token, "集成", Some("integrator"))
        .await;

    let body = introspect(&app, Some(&key)).await;

    assert!(body["data"].is_null(), "{body}");
    let typename = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(typename["data"]["__typename"], "Query", "{typename}");
}

#[tokio::test]
async fn introspection_inside_a_data_query_reveals_nothing_so_the_depth_limit_cannot_be_sidestepped()
 {
    let mut c = config();
    c.graphql.introspection = Some(IntrospectionAccess::Everyone);
    let app = TestApp::spawn_with(c).await;
    let admin = app.sign_up().await;

    let body = app
        .gql(
            Some(&admin.token),
            "{ viewer { member { id } } __schema { types { name } } }",
            json!({}),
        )
        .await;

    assert!(body["data"]["__schema"].is_null(), "{body}");
    assert!(body["data"]["viewer"]["member"]["id"].is_string(), "{body}");
}

#[tokio::test]
async fn an_introspection_document_that_nests_lists_four_deep_is_refused_with_a_typed_error() {
    let mut c = config();
    c.graphql.introspection = Some(IntrospectionAccess::Everyone);
    let app = TestApp::spawn_with(c).await;

    let body = app
        .gql(
            None,
            "{ __schema { types { fields { type { fields { args { name } } } } } } }",
            json!({}),
        )
        .await;

    assert!(body["data"].is_null(), "{body}");
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "VALIDATION",
        "{body}"
    );
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("nests lists too deeply"),
        "{body}"
    );
}
