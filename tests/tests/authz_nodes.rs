//! Casbin grants over org sub-trees, and revocation reaching a second API node through Redis.

use serde_json::json;
use std::time::Duration;
use tongxin_tests::{TestApp, code, config, wait_until};

const CREATE_UNDER: &str = "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }";

#[tokio::test]
async fn an_org_admin_grant_at_a_unit_covers_its_subtree_and_nothing_beside_it() {
    // Arrange: 1 (committee) → 1/3 (general branch) → 1/3/7 (branch); 1/4 beside it.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let top = app.create_org(&t.token, None, "党委", "PARTY").await;
    let three = app.gql(Some(&t.token), CREATE_UNDER, json!({ "i": { "parentId": top, "name": "总支", "line": "PARTY", "kind": "PARTY_GENERAL_BRANCH" } })).await["data"]["createOrganization"]["organization"]["id"].as_str().unwrap().to_string();
    let seven = app
        .create_org(&t.token, Some(&three), "支部", "PARTY")
        .await;
    let four = app
        .create_org(&t.token, Some(&top), "旁支部", "PARTY")
        .await;
    let (officer, officer_id) = app.join(&t.token, &seven, "赵书记").await;
    let grant = app.gql(Some(&t.token), "mutation($i: GrantRoleInput!) { grantRole(input: $i) { grant { id scope } } }", json!({ "i": { "memberId": officer_id, "role": "org_admin", "organizationId": three } })).await;
    assert!(
        grant["data"]["grantRole"]["grant"]["id"].is_string(),
        "{grant}"
    );

    // Act / Assert
    let rename = "mutation($i: RenameOrganizationInput!) { renameOrganization(input: $i) { organization { name } } }";
    let in_three = app
        .gql(
            Some(&officer),
            rename,
            json!({ "i": { "id": three, "name": "第一总支" } }),
        )
        .await;
    assert_eq!(
        in_three["data"]["renameOrganization"]["organization"]["name"],
        "第一总支"
    );
    let in_seven = app
        .gql(
            Some(&officer),
            CREATE_UNDER,
            json!({ "i": { "parentId": seven, "name": "党小组", "line": "PARTY" } }),
        )
        .await;
    assert!(
        in_seven["data"]["createOrganization"]["organization"]["id"].is_string(),
        "{in_seven}"
    );
    let in_four = app
        .gql(
            Some(&officer),
            rename,
            json!({ "i": { "id": four, "name": "越权" } }),
        )
        .await;
    assert_eq!(code(&in_four), Some("NOT_FOUND"));
    let at_top = app
        .gql(
            Some(&officer),
            rename,
            json!({ "i": { "id": top, "name": "越权" } }),
        )
        .await;
    assert_eq!(code(&at_top), Some("NOT_FOUND"));

    // Another tenant's unit stays out of reach.
    let other = app.sign_up().await;
    let foreign = app.create_org(&other.token, None, "外单位", "PARTY").await;
    assert_eq!(
        code(
            &app.gql(
                Some(&officer),
                rename,
                json!({ "i": { "id": foreign, "name": "越权" } })
            )
            .await
        ),
        Some("NOT_FOUND")
    );
}

#[tokio::test]
async fn an_officer_position_grants_its_role_and_ending_it_takes_it_away() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let top = app.create_org(&t.token, None, "党委", "PARTY").await;
    let branch = app.create_org(&t.token, Some(&top), "支部", "PARTY").await;
    let (officer, officer_id) = app.join(&t.token, &branch, "赵书记").await;
    let create_member = "mutation($i: MemberInput!) { createMember(input: $i) { member { id } } }";
    let before = app
        .gql(
            Some(&officer),
            create_member,
            json!({ "i": { "name": "新成员", "organizationIds": [branch] } }),
        )
        .await;
    assert_eq!(code(&before), Some("NOT_FOUND"));

    let pos = app.gql(Some(&t.token), "mutation($i: AssignPositionInput!) { assignPosition(input: $i) { position { id role } } }", json!({ "i": { "organizationId": branch, "memberId": officer_id, "title": "支部书记", "termStart": "2026-01-01", "termEnd": "2029-01-01" } })).await;
    let pos_id = pos["data"]["assignPosition"]["position"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{pos}"))
        .to_string();
    let during = app
        .gql(
            Some(&officer),
            create_member,
            json!({ "i": { "name": "新成员", "organizationIds": [branch] } }),
        )
        .await;
    assert!(
        during["data"]["createMember"]["member"]["id"].is_string(),
        "{during}"
    );

    app.gql(
        Some(&t.token),
        "mutation($i: IdInput!) { endPosition(input: $i) { position { endedAt } } }",
        json!({ "i": { "id": pos_id } }),
    )
    .await;
    let after = app
        .gql(
            Some(&officer),
            create_member,
            json!({ "i": { "name": "又一个", "organizationIds": [branch] } }),
        )
        .await;
    assert_eq!(code(&after), Some("NOT_FOUND"));
}

#[tokio::test]
async fn a_revoked_grant_stops_working_on_a_second_node_within_two_seconds() {
    // Arrange: two API nodes sharing PostgreSQL and Redis.
    let cfg = config();
    assert!(
        cfg.redis.url.is_some(),
        "make test provides TONGXIN_REDIS__URL"
    );
    let node_a = TestApp::spawn_with(cfg.clone()).await;
    let node_b = TestApp::spawn_with(cfg).await;
    let t = node_a.sign_up().await;
    let top = node_a.create_org(&t.token, None, "党委", "PARTY").await;
    let (officer, officer_id) = node_a.join(&t.token, &top, "赵书记").await;
    let grant_id = node_a
        .grant_role(
            &t.token,
            json!({ "memberId": officer_id, "role": "org_admin", "organizationId": top }),
        )
        .await;
    let rename = "mutation($i: RenameOrganizationInput!) { renameOrganization(input: $i) { organization { name } } }";
    // Node B has the grant cached now.
    let allowed = node_b
        .gql(
            Some(&officer),
            rename,
            json!({ "i": { "id": top, "name": "党委一" } }),
        )
        .await;
    assert_eq!(
        allowed["data"]["renameOrganization"]["organization"]["name"], "党委一",
        "{allowed}"
    );

    // Act: revoke on node A.
    let revoked = node_a
        .gql(
            Some(&t.token),
            "mutation($i: IdInput!) { revokeGrant(input: $i) }",
            json!({ "i": { "id": grant_id } }),
        )
        .await;
    assert_eq!(revoked["data"]["revokeGrant"], true);

    // Assert: node B refuses within two seconds.
    wait_until(
        Duration::from_secs(2),
        "node B to refuse the revoked grant",
        || async {
            let r = node_b
                .gql(
                    Some(&officer),
                    rename,
                    json!({ "i": { "id": top, "name": "党委二" } }),
                )
                .await;
            code(&r) == Some("NOT_FOUND")
        },
    )
    .await;
}
