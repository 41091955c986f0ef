//! Every resource: the same action succeeds in its own tenant and is NOT_FOUND from another.

mod grid;
mod http_routes;
mod list_filters;

use serde_json::json;
use tongxin_tests::{TestApp, assert_ok, code};

const ORG_NODE: &str = "query($id: ID!) { node(id: $id) { id ... on Organization { name } } }";

#[tokio::test]
async fn an_org_is_readable_in_its_tenant_and_not_found_from_another() {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let org = app.create_org(&a.token, None, "集团党委", "PARTY").await;

    // Act
    let own = app
        .gql(Some(&a.token), ORG_NODE, json!({ "id": org }))
        .await;
    let other = app
        .gql(Some(&b.token), ORG_NODE, json!({ "id": org }))
        .await;
    let other_direct = app
        .gql(
            Some(&b.token),
            "query($id: ID!) { organization(id: $id) { id } }",
            json!({ "id": org }),
        )
        .await;

    // Assert
    assert_eq!(own["data"]["node"]["name"], "集团党委");
    assert_eq!(code(&other), Some("NOT_FOUND"));
    assert_eq!(code(&other_direct), Some("NOT_FOUND"));
}

#[tokio::test]
async fn org_lists_show_only_the_callers_tenant() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    app.create_org(&a.token, None, "甲党委", "PARTY").await;
    app.create_org(&b.token, None, "乙党委", "PARTY").await;
    let list = app
        .gql(
            Some(&b.token),
            "{ organizations(first: 100) { edges { node { name } } } }",
            json!({}),
        )
        .await;
    let names: Vec<&str> = list["data"]["organizations"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["乙党委"]);
}

#[tokio::test]
async fn renaming_moving_or_archiving_another_tenants_org_is_not_found_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let a_org = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let a_branch = app
        .create_org(&a.token, Some(&a_org), "甲支部", "PARTY")
        .await;
    let b_org = app.create_org(&b.token, None, "乙党委", "PARTY").await;

    let rename = app.gql(Some(&b.token), "mutation($i: RenameOrganizationInput!) { renameOrganization(input: $i) { organization { id } } }", json!({ "i": { "id": a_org, "name": "被改名" } })).await;
    let mv = app.gql(Some(&b.token), "mutation($i: MoveOrganizationInput!) { moveOrganization(input: $i) { organization { id } } }", json!({ "i": { "id": a_branch, "newParentId": b_org } })).await;
    let under = app.gql(Some(&b.token), "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }", json!({ "i": { "parentId": a_org, "name": "渗透", "line": "PARTY" } })).await;
    let archive = app
        .gql(
            Some(&b.token),
            "mutation($i: IdInput!) { archiveOrganization(input: $i) { organization { id } } }",
            json!({ "i": { "id": a_branch } }),
        )
        .await;
    assert_eq!(code(&rename), Some("NOT_FOUND"));
    assert_eq!(code(&mv), Some("NOT_FOUND"));
    assert_eq!(code(&under), Some("NOT_FOUND"));
    assert_eq!(code(&archive), Some("NOT_FOUND"));

    // Positive control: the owner can rename it, and the name was untouched before.
    let still = app
        .gql(Some(&a.token), ORG_NODE, json!({ "id": a_org }))
        .await;
    assert_eq!(still["data"]["node"]["name"], "甲党委");
    let own = app.gql(Some(&a.token), "mutation($i: RenameOrganizationInput!) { renameOrganization(input: $i) { organization { name } } }", json!({ "i": { "id": a_org, "name": "甲公司党委" } })).await;
    assert_eq!(
        own["data"]["renameOrganization"]["organization"]["name"],
        "甲公司党委"
    );
}

#[tokio::test]
async fn a_member_is_readable_and_editable_in_its_tenant_and_not_found_from_another() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let created = app
        .gql(
            Some(&a.token),
            "mutation($i: MemberInput!) { createMember(input: $i) { member { id name } } }",
            json!({ "i": { "name": "李雷", "politicalStatus": "FULL_MEMBER" } }),
        )
        .await;
    let id = created["data"]["createMember"]["member"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{created}"))
        .to_string();

    let q = "query($id: ID!) { node(id: $id) { ... on Member { name politicalStatus } } }";
    let own = app.gql(Some(&a.token), q, json!({ "id": id })).await;
    assert_eq!(own["data"]["node"]["name"], "李雷");
    assert_eq!(own["data"]["node"]["politicalStatus"], "FULL_MEMBER");
    assert_eq!(
        code(&app.gql(Some(&b.token), q, json!({ "id": id })).await),
        Some("NOT_FOUND")
    );

    let update = "mutation($i: UpdateMemberInput!) { updateMember(input: $i) { member { name } } }";
    let foreign = app
        .gql(
            Some(&b.token),
            update,
            json!({ "i": { "id": id, "patch": { "name": "韩梅梅" } } }),
        )
        .await;
    assert_eq!(code(&foreign), Some("NOT_FOUND"));
    let disable = app.gql(Some(&b.token), "mutation($i: SetMemberDisabledInput!) { setMemberDisabled(input: $i) { member { id } } }", json!({ "i": { "id": id, "disabled": true } })).await;
    assert_eq!(code(&disable), Some("NOT_FOUND"));

    let members_b = app
        .gql(
            Some(&b.token),
            "query($s: String) { members(first: 50, search: $s) { edges { node { name } } } }",
            json!({ "s": "李雷" }),
        )
        .await;
    assert_eq!(
        members_b["data"]["members"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let members_a = app
        .gql(
            Some(&a.token),
            "query($s: String) { members(first: 50, search: $s) { edges { node { name } } } }",
            json!({ "s": "李雷" }),
        )
        .await;
    assert_eq!(
        members_a["data"]["members"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn invitations_into_another_tenants_org_are_not_found() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let a_org = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let q = "mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationToken } }";
    let foreign = app
        .gql(
            Some(&b.token),
            q,
            json!({ "i": { "email": "x@y.cn", "name": "某人", "organizationId": a_org } }),
        )
        .await;
    assert_eq!(code(&foreign), Some("NOT_FOUND"));
    let own = app
        .gql(
            Some(&a.token),
            q,
            json!({ "i": { "email": "x@y.cn", "name": "某人", "organizationId": a_org } }),
        )
        .await;
    assert!(
        own["data"]["inviteMember"]["invitationToken"]
            .as_str()
            .unwrap()
            .starts_with("txi_")
    );
}

#[tokio::test]
async fn api_keys_of_one_tenant_cannot_be_revoked_or_used_in_another() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let created = app
        .gql(
            Some(&a.token),
            "mutation { createApiKey(input: { name: \"HR 系统\" }) { apiKey { id } secret } }",
            json!({}),
        )
        .await;
    let key_id = created["data"]["createApiKey"]["apiKey"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let secret = created["data"]["createApiKey"]["secret"]
        .as_str()
        .unwrap()
        .to_string();

    // The key works as a bearer in its own tenant only.
    let viewer = app
        .gql(Some(&secret), "{ viewer { tenant { slug } } }", json!({}))
        .await;
    assert_eq!(viewer["data"]["viewer"]["tenant"]["slug"], a.slug.as_str());

    let revoke = "mutation($i: IdInput!) { revokeApiKey(input: $i) }";
    assert_eq!(
        code(
            &app.gql(Some(&b.token), revoke, json!({ "i": { "id": key_id } }))
                .await
        ),
        Some("NOT_FOUND")
    );
    assert_eq!(
        app.gql(Some(&a.token), revoke, json!({ "i": { "id": key_id } }))
            .await["data"]["revokeApiKey"],
        true
    );
    let after = app
        .gql(Some(&secret), "{ viewer { tenant { slug } } }", json!({}))
        .await;
    assert_eq!(code(&after), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn the_audit_log_shows_only_the_callers_tenant_and_its_chain_is_intact() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let q = "{ auditLog(first: 50) { edges { node { action result } } } auditChainBreak }";
    let log_b = app.gql(Some(&b.token), q, json!({})).await;
    let actions: Vec<&str> = log_b["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["action"].as_str().unwrap())
        .collect();
    assert!(!actions.contains(&"org.create"), "{actions:?}");
    let log_a = app.gql(Some(&a.token), q, json!({})).await;
    let actions_a: Vec<&str> = log_a["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["action"].as_str().unwrap())
        .collect();
    assert!(
        actions_a.contains(&"org.create") && actions_a.contains(&"tenant.sign_up"),
        "{actions_a:?}"
    );
    assert!(log_a["data"]["auditChainBreak"].is_null());
}

#[tokio::test]
async fn positions_and_grants_of_one_tenant_cannot_be_ended_or_revoked_from_another() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let org = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let pos_id = app
        .assign_position(&a.token, &org, &a.member_id, "党委书记", "2026-01-01")
        .await;
    let grant_id = app
        .grant_role(
            &a.token,
            json!({ "memberId": a.member_id, "role": "supervisor" }),
        )
        .await;

    let end = "mutation($i: IdInput!) { endPosition(input: $i) { position { endedAt } } }";
    let revoke = "mutation($i: IdInput!) { revokeGrant(input: $i) }";
    assert_eq!(
        code(
            &app.gql(Some(&b.token), end, json!({ "i": { "id": pos_id } }))
                .await
        ),
        Some("NOT_FOUND")
    );
    assert_eq!(
        code(
            &app.gql(Some(&b.token), revoke, json!({ "i": { "id": grant_id } }))
                .await
        ),
        Some("NOT_FOUND")
    );
    // B cannot place A's member into B's positions either.
    let b_org = app.create_org(&b.token, None, "乙党委", "PARTY").await;
    let cross = app.gql(Some(&b.token), "mutation($i: AssignPositionInput!) { assignPosition(input: $i) { position { id } } }", json!({ "i": { "organizationId": b_org, "memberId": a.member_id, "title": "书记", "termStart": "2026-01-01" } })).await;
    assert_eq!(code(&cross), Some("NOT_FOUND"));

    // Positive controls in A.
    assert!(
        app.gql(Some(&a.token), end, json!({ "i": { "id": pos_id } }))
            .await["data"]["endPosition"]["position"]["endedAt"]
            .is_string()
    );
    assert_eq!(
        app.gql(Some(&a.token), revoke, json!({ "i": { "id": grant_id } }))
            .await["data"]["revokeGrant"],
        true
    );
}

#[tokio::test]
async fn a_session_of_another_tenant_cannot_be_revoked() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let sessions = app
        .gql(Some(&a.token), "{ mySessions { id current } }", json!({}))
        .await;
    let id = sessions["data"]["mySessions"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let revoke = "mutation($i: IdInput!) { revokeSession(input: $i) }";
    assert_eq!(
        code(
            &app.gql(Some(&b.token), revoke, json!({ "i": { "id": id } }))
                .await
        ),
        Some("NOT_FOUND")
    );
    assert!(
        app.gql(Some(&a.token), "{ viewer { tenant { id } } }", json!({}))
            .await["errors"]
            .is_null()
    );
    assert_eq!(
        app.gql(Some(&a.token), revoke, json!({ "i": { "id": id } }))
            .await["data"]["revokeSession"],
        true
    );
    assert_eq!(
        code(
            &app.gql(Some(&a.token), "{ viewer { tenant { id } } }", json!({}))
                .await
        ),
        Some("UNAUTHENTICATED")
    );
}

#[tokio::test]
async fn editing_an_audit_row_behind_the_apps_back_breaks_the_chain_at_that_row() {
    // Arrange: a tenant with a few audited actions.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    app.create_org(&t.token, None, "甲党委", "PARTY").await;
    app.create_org(&t.token, None, "甲工会", "UNION").await;
    let log = app
        .gql(
            Some(&t.token),
            "{ auditLog(first: 10, action: \"org.\") { edges { node { seq } } } auditChainBreak }",
            json!({}),
        )
        .await;
    assert!(log["data"]["auditChainBreak"].is_null());
    let seq = log["data"]["auditLog"]["edges"][1]["node"]["seq"]
        .as_i64()
        .unwrap();

    // Act: a superuser rewrites history.
    let admin =
        std::env::var("TONGXIN_DATABASE__ADMIN_URL").expect("make test provides the admin URL");
    let db = tongxin_tests::config()
        .database
        .url
        .rsplit_once('/')
        .map(|(_, d)| d.to_string())
        .unwrap();
    let admin = format!("{}/{db}", admin.rsplit_once('/').unwrap().0);
    let pool = sqlx::PgPool::connect(&admin).await.unwrap();
    sqlx::query("update audit_log set detail = '{\"name\":\"forged\"}' where id = $1")
        .bind(seq)
        .execute(&pool)
        .await
        .unwrap();

    // Assert
    let after = app
        .gql(Some(&t.token), "{ auditChainBreak }", json!({}))
        .await;
    assert_eq!(after["data"]["auditChainBreak"].as_i64(), Some(seq));
}

#[tokio::test]
async fn a_tenant_admin_sets_the_time_zone_of_their_own_tenant_only_and_members_cannot() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let q = "mutation($i: UpdateTenantSettingsInput!) { updateTenantSettings(input: $i) { timeZone name } }";
    let bad = app
        .gql(
            Some(&a.token),
            q,
            json!({ "i": { "timeZone": "Mars/Olympus" } }),
        )
        .await;
    assert_eq!(code(&bad), Some("VALIDATION"));
    let ok = app
        .gql(
            Some(&a.token),
            q,
            json!({ "i": { "timeZone": "Asia/Urumqi" } }),
        )
        .await;
    assert_eq!(
        ok["data"]["updateTenantSettings"]["timeZone"],
        "Asia/Urumqi"
    );
    let b = app.sign_up().await;
    let b_view = app
        .gql(
            Some(&b.token),
            "{ viewer { tenant { timeZone } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        b_view["data"]["viewer"]["tenant"]["timeZone"],
        "Asia/Shanghai"
    );
    let secret = app.create_api_key(&a.token, "只读", Some("member")).await;
    assert_eq!(
        code(
            &app.gql(Some(&secret), q, json!({ "i": { "timeZone": "UTC" } }))
                .await
        ),
        Some("FORBIDDEN")
    );
}

#[tokio::test]
async fn a_member_page_shows_each_members_units_on_every_line_and_another_tenants_page_none_of_them()
 {
    // Arrange: two members of A in one party branch, one also in a union group.
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let branch = app.create_org(&a.token, None, "一支部", "PARTY").await;
    let group = app.create_org(&a.token, None, "工会一组", "UNION").await;
    let create = "mutation($i: MemberInput!) { createMember(input: $i) { member { id } } }";
    for (name, orgs) in [("甲", vec![&branch, &group]), ("乙", vec![&branch])] {
        assert_ok!(
            app.gql(
                Some(&a.token),
                create,
                json!({ "i": { "name": name, "organizationIds": orgs } }),
            )
            .await
        );
    }
    let page = "{ members(first: 50) { edges { node { name organization { name }
        partyOrganization { name } unionOrganization { name } youthOrganization { name } } } } }";

    // Act
    let own = app.gql(Some(&a.token), page, json!({})).await;
    let other = app.gql(Some(&b.token), page, json!({})).await;

    // Assert
    let edges = own["data"]["members"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{own}"));
    let node = |name: &str| {
        edges
            .iter()
            .map(|e| &e["node"])
            .find(|n| n["name"] == name)
            .unwrap_or_else(|| panic!("{name} in {own}"))
            .clone()
    };
    let jia = node("甲");
    assert_eq!(jia["organization"]["name"], "一支部");
    assert_eq!(jia["partyOrganization"]["name"], "一支部");
    assert_eq!(jia["unionOrganization"]["name"], "工会一组");
    assert!(jia["youthOrganization"].is_null());
    let yi = node("乙");
    assert_eq!(yi["partyOrganization"]["name"], "一支部");
    assert!(yi["unionOrganization"].is_null());
    let text = other.to_string();
    assert!(other["errors"].is_null(), "{other}");
    assert!(
        !text.contains("一支部") && !text.contains("工会一组") && !text.contains("甲"),
        "{other}"
    );
}

/// Places a member in `org` and publishes a notice from the org to it, asking for an
/// acknowledgement when `ack`; returns the notice's id.
async fn published_notice(app: &TestApp, token: &str, org: &str, ack: bool) -> String {
    app.join(token, org, "收件人").await;
    app.publish_notice(
        token,
        json!({
            "issuerOrgId": org,
            "title": "关于开展主题党日活动的通知",
            "body": "<p>请按时参加</p>",
            "category": "NOTICE",
            "ackRequired": ack,
            "ackDeadline": ack.then(|| (chrono::Utc::now() + chrono::Duration::days(3)).to_rfc3339()),
            "audience": { "orgs": [{ "orgId": org }] },
        }),
    )
    .await
}
