//! The demo tenant: seeded once, realistic, and usable with the printed login.

use serde_json::json;
use tongxin_tests::TestApp;

#[tokio::test]
async fn the_demo_tenant_is_seeded_once_with_two_hundred_members_and_the_printed_login_works() {
    let app = TestApp::spawn().await;
    // Either this run seeds it or an earlier one did; a second call must add nothing.
    tongxin_core::demo::seed(&app.app).await.expect("seed");
    assert!(
        !tongxin_core::demo::seed(&app.app)
            .await
            .expect("seed again")
    );

    let login = app
        .gql(None, "mutation($i: LogInInput!) { logIn(input: $i) { token } }", json!({ "i": { "email": tongxin_core::demo::ADMIN_EMAIL, "password": tongxin_core::demo::ADMIN_PASSWORD, "tenantSlug": "demo" } }))
        .await;
    let token = login["data"]["logIn"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{login}"))
        .to_string();
    let dash = app.gql(Some(&token), "{ dashboard { memberTotal membersByPoliticalStatus { key count } organizationsByLine { key count } } }", json!({})).await;
    let total = dash["data"]["dashboard"]["memberTotal"].as_i64().unwrap();
    assert!((200..=205).contains(&total), "{dash}");
    let kinds = dash["data"]["dashboard"]["membersByPoliticalStatus"]
        .as_array()
        .unwrap()
        .len();
    assert!(kinds >= 5, "varied political status: {dash}");
    let page = app.gql(Some(&token), "{ members(first: 50) { edges { node { name organization { name } } } pageInfo { hasNextPage } } }", json!({})).await;
    assert_eq!(
        page["data"]["members"]["edges"].as_array().unwrap().len(),
        50
    );
    assert_eq!(page["data"]["members"]["pageInfo"]["hasNextPage"], true);
    let meetings = app
        .gql(
            Some(&token),
            "{ meetings(first: 10) { edges { node { typeLabel attendance { expected } } } } }",
            json!({}),
        )
        .await;
    let edges = meetings["data"]["meetings"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{meetings}"));
    assert_eq!(edges.len(), 3, "{meetings}");
    assert!(
        edges
            .iter()
            .all(|e| e["node"]["attendance"]["expected"].as_i64() > Some(0))
    );
}
