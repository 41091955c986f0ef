//! Platform operators: list tenants, suspend (revoking sessions) and resume.

use serde_json::json;
use tongxin_tests::{PASSWORD, TestApp, assert_ok, code};

#[tokio::test]
async fn an_operator_suspends_a_tenant_which_ends_its_sessions_and_logins_until_resumed() {
    // Arrange: an operator account (made from the command line in production).
    let app = TestApp::spawn().await;
    let op_tenant = app.sign_up().await;
    let enrolment = tongxin_core::identity::make_operator(&app.app, &op_tenant.email)
        .await
        .unwrap()
        .expect("a new operator gets a TOTP second factor");
    let totp_code = {
        use tongxin_core::identity::second_factor::rules;
        let key = rules::base32_decode(&enrolment.secret).unwrap();
        rules::code_at_step(&key, rules::step_at(chrono::Utc::now().timestamp()))
    };
    let op = app
        .gql(
            None,
            "mutation($i: OperatorLogInInput!) { operatorLogIn(input: $i) }",
            json!({ "i": { "email": op_tenant.email, "password": PASSWORD, "totpCode": totp_code } }),
        )
        .await;
    let op_token = op["data"]["operatorLogIn"]
        .as_str()
        .unwrap_or_else(|| panic!("{op}"))
        .to_string();
    let victim = app.sign_up().await;
    assert_ok!(
        app.gql(
            Some(&victim.token),
            "{ viewer { tenant { id } } }",
            json!({}),
        )
        .await
    );
    let listed = app.gql(Some(&op_token), "{ tenants(first: 100) { edges { node { id slug } } pageInfo { hasNextPage endCursor } } }", json!({})).await;
    assert!(
        listed["data"]["tenants"]["edges"]
            .as_array()
            .map_or(0, Vec::len)
            >= 2,
        "{listed}"
    );
    let mut raw_id = None;
    let mut after: Option<String> = None;
    while raw_id.is_none() {
        let page = app.gql(Some(&op_token), "query($a: String) { tenants(first: 100, after: $a) { edges { node { id slug } } pageInfo { hasNextPage endCursor } } }", json!({ "a": after })).await;
        raw_id = page["data"]["tenants"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["node"]["slug"] == victim.slug.as_str())
            .map(|e| e["node"]["id"].as_str().unwrap().to_string());
        if page["data"]["tenants"]["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["data"]["tenants"]["pageInfo"]["endCursor"]
            .as_str()
            .map(str::to_owned);
    }
    let raw_id = raw_id.expect("victim listed");
    let suspend = "mutation($i: SetTenantSuspendedInput!) { setTenantSuspended(input: $i) }";

    // A tenant member is no operator.
    assert_eq!(
        code(
            &app.gql(
                Some(&victim.token),
                suspend,
                json!({ "i": { "tenantId": raw_id, "suspended": true } })
            )
            .await
        ),
        Some("UNAUTHENTICATED")
    );

    // Act
    let done = app
        .gql(
            Some(&op_token),
            suspend,
            json!({ "i": { "tenantId": raw_id, "suspended": true } }),
        )
        .await;
    assert_eq!(done["data"]["setTenantSuspended"], true);

    // Assert
    assert_eq!(
        code(
            &app.gql(
                Some(&victim.token),
                "{ viewer { tenant { id } } }",
                json!({})
            )
            .await
        ),
        Some("UNAUTHENTICATED")
    );
    let login = "mutation($i: LogInInput!) { logIn(input: $i) { token } }";
    assert_eq!(
        code(
            &app.gql(
                None,
                login,
                json!({ "i": { "email": victim.email, "password": PASSWORD } })
            )
            .await
        ),
        Some("UNAUTHENTICATED")
    );
    app.gql(
        Some(&op_token),
        suspend,
        json!({ "i": { "tenantId": raw_id, "suspended": false } }),
    )
    .await;
    assert!(
        app.gql(
            None,
            login,
            json!({ "i": { "email": victim.email, "password": PASSWORD } })
        )
        .await["data"]["logIn"]["token"]
            .is_string()
    );
}
