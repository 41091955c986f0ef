//! Sign-up, login, invitation, sessions and login protection, end to end over HTTP.

use serde_json::json;
use tongxin_tests::{PASSWORD, TestApp, code};

const LOGIN: &str = "mutation($i: LogInInput!) { logIn(input: $i) { token viewer { member { name } tenant { slug } } } }";

#[tokio::test]
async fn sign_up_refuses_a_bad_slug_with_a_field_error_and_a_taken_slug_with_a_clear_one() {
    let app = TestApp::spawn().await;
    let q = "mutation($i: SignUpInput!) { signUp(input: $i) { token } }";
    let input = |slug: &str| json!({ "i": { "tenantName": "某企业", "tenantSlug": slug, "adminName": "管理员", "adminEmail": format!("a@{}.cn", tongxin_tests::unique_slug()), "adminPassword": PASSWORD } });
    let bad = app.gql(None, q, input("A_b")).await;
    assert_eq!(code(&bad), Some("VALIDATION"));
    assert!(bad["errors"][0]["extensions"]["fields"]["tenantSlug"].is_string());
    let t = app.sign_up().await;
    let taken = app.gql(None, q, input(&t.slug)).await;
    assert_eq!(code(&taken), Some("VALIDATION"));
    assert_eq!(
        taken["errors"][0]["extensions"]["fields"]["tenantSlug"],
        "该企业标识已被使用"
    );
}

#[tokio::test]
async fn sign_up_invite_accept_and_log_in_work_end_to_end() {
    // Arrange: a tenant with a branch under its party committee.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let committee = app.create_org(&t.token, None, "集团党委", "PARTY").await;
    let branch = app
        .create_org(&t.token, Some(&committee), "第一党支部", "PARTY")
        .await;
    let kind = app
        .gql(
            Some(&t.token),
            "query($id: ID!) { organization(id: $id) { kind depth parent { id } } }",
            json!({ "id": branch }),
        )
        .await;
    assert_eq!(kind["data"]["organization"]["kind"], "PARTY_BRANCH");
    assert_eq!(kind["data"]["organization"]["depth"], 2);

    // Act: invite, accept, log in.
    let email = format!("wang@{}.cn", tongxin_tests::unique_slug());
    let invited = app.gql(Some(&t.token), "mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitation { id } invitationToken invitationUrl } }", json!({ "i": { "email": email, "name": "王芳", "organizationId": branch } })).await;
    let token = invited["data"]["inviteMember"]["invitationToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{invited}"))
        .to_string();
    let accept = "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token viewer { member { name organization { name } } } } }";
    let accepted = app
        .gql(
            None,
            accept,
            json!({ "i": { "token": token, "password": PASSWORD } }),
        )
        .await;
    assert_eq!(
        accepted["data"]["acceptInvitation"]["viewer"]["member"]["organization"]["name"],
        "第一党支部"
    );
    let again = app
        .gql(
            None,
            accept,
            json!({ "i": { "token": token, "password": PASSWORD } }),
        )
        .await;
    assert_eq!(code(&again), Some("VALIDATION"), "an invitation works once");
    let logged = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "email": email, "password": PASSWORD } }),
        )
        .await;

    // Assert
    assert_eq!(logged["data"]["logIn"]["viewer"]["member"]["name"], "王芳");
    let member_token = logged["data"]["logIn"]["token"]
        .as_str()
        .unwrap()
        .to_string();
    let orgs = app
        .gql(
            Some(&member_token),
            "{ organizations(first: 10) { edges { node { name } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        orgs["data"]["organizations"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let perms = app
        .gql(Some(&member_token), "{ viewer { permissions } }", json!({}))
        .await;
    let perms: Vec<&str> = perms["data"]["viewer"]["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(perms, vec!["org:read", "member:read"]);
    // A plain member cannot see others' sensitive data, nor create units.
    let create = app.gql(Some(&member_token), "mutation { createOrganization(input: { name: \"x\", line: PARTY }) { organization { id } } }", json!({})).await;
    assert_eq!(code(&create), Some("FORBIDDEN"));
    let admin_seen = app
        .gql(
            Some(&member_token),
            "{ members(first: 10) { edges { node { name phone email } } } }",
            json!({}),
        )
        .await;
    let rows = admin_seen["data"]["members"]["edges"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let other = rows.iter().find(|r| r["node"]["name"] == "管理员").unwrap();
    assert!(other["node"]["email"].is_null());
    // The admin sees the new member with contact data.
    let roster = app
        .gql(
            Some(&t.token),
            "{ members(first: 10) { edges { node { name email organization { name } } } } }",
            json!({}),
        )
        .await;
    let wang = roster["data"]["members"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["node"]["name"] == "王芳")
        .cloned()
        .unwrap();
    assert_eq!(wang["node"]["email"], email.as_str());
    let audit = app.gql(Some(&t.token), "{ auditLog(first: 5, action: \"member.read_sensitive\") { edges { node { action } } } }", json!({})).await;
    assert!(
        !audit["data"]["auditLog"]["edges"]
            .as_array()
            .unwrap()
            .is_empty(),
        "sensitive reads are audited"
    );
}

#[tokio::test]
async fn an_account_in_two_tenants_must_choose_one_and_then_gets_the_chosen_one() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    // The same admin signs up a second enterprise with the same account.
    let slug = tongxin_tests::unique_slug();
    let second = app.gql(None, "mutation($i: SignUpInput!) { signUp(input: $i) { token } }", json!({ "i": { "tenantName": "第二企业", "tenantSlug": slug, "adminName": "管理员", "adminEmail": a.email, "adminPassword": PASSWORD } })).await;
    assert!(second["data"]["signUp"]["token"].is_string(), "{second}");

    let ambiguous = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "email": a.email, "password": PASSWORD } }),
        )
        .await;
    assert_eq!(code(&ambiguous), Some("VALIDATION"));
    assert_eq!(
        ambiguous["errors"][0]["extensions"]["tenants"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let chosen = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "email": a.email, "password": PASSWORD, "tenantSlug": slug } }),
        )
        .await;
    assert_eq!(
        chosen["data"]["logIn"]["viewer"]["tenant"]["slug"],
        slug.as_str()
    );
}

#[tokio::test]
async fn unknown_accounts_and_wrong_passwords_get_the_identical_answer() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let wrong = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "email": t.email, "password": "Wrong-pass1" } }),
        )
        .await;
    let unknown = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "email": "nobody@nowhere.example.cn", "password": "Wrong-pass1" } }),
        )
        .await;
    assert_eq!(wrong["errors"], unknown["errors"]);
    assert_eq!(code(&wrong), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn ten_wrong_passwords_lock_the_account_even_against_the_right_one() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    for _ in 0..10 {
        let r = app
            .gql(
                None,
                LOGIN,
                json!({ "i": { "email": t.email, "password": "Wrong-pass1" } }),
            )
            .await;
        assert_eq!(code(&r), Some("UNAUTHENTICATED"));
    }
    let locked = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "email": t.email, "password": PASSWORD } }),
        )
        .await;
    assert_eq!(code(&locked), Some("RATE_LIMITED"));
    // An unknown identifier locks the same way, so the lock reveals nothing.
    let ghost = format!("ghost@{}.cn", tongxin_tests::unique_slug());
    for _ in 0..10 {
        app.gql(
            None,
            LOGIN,
            json!({ "i": { "email": ghost, "password": "Wrong-pass1" } }),
        )
        .await;
    }
    let ghost_locked = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "email": ghost, "password": "Wrong-pass1" } }),
        )
        .await;
    assert_eq!(code(&ghost_locked), Some("RATE_LIMITED"));
}

#[tokio::test]
async fn one_address_is_limited_across_accounts() {
    let mut cfg = tongxin_tests::config();
    cfg.auth.per_address_per_minute = 5;
    let app = TestApp::spawn_with(cfg).await;
    let mut codes = Vec::new();
    for i in 0..7 {
        let r = app.gql(None, LOGIN, json!({ "i": { "email": format!("u{i}@x.example.cn"), "password": "Wrong-pass1" } })).await;
        codes.push(code(&r).unwrap_or("").to_string());
    }
    assert_eq!(codes[..5], ["UNAUTHENTICATED"; 5]);
    assert_eq!(codes[5..], ["RATE_LIMITED"; 2]);
}

#[tokio::test]
async fn logging_out_and_revoking_sessions_end_them_and_a_password_change_ends_the_others() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let second = app.log_in(&t.email, None).await;
    let sessions = app
        .gql(Some(&t.token), "{ mySessions { id current } }", json!({}))
        .await;
    assert_eq!(sessions["data"]["mySessions"].as_array().unwrap().len(), 2);

    let changed = app
        .gql(
            Some(&t.token),
            "mutation($i: ChangePasswordInput!) { changePassword(input: $i) }",
            json!({ "i": { "currentPassword": PASSWORD, "newPassword": "N3w-password" } }),
        )
        .await;
    assert_eq!(changed["data"]["changePassword"], true, "{changed}");
    assert_eq!(
        code(
            &app.gql(Some(&second), "{ viewer { tenant { id } } }", json!({}))
                .await
        ),
        Some("UNAUTHENTICATED")
    );
    assert!(
        app.gql(Some(&t.token), "{ viewer { tenant { id } } }", json!({}))
            .await["errors"]
            .is_null()
    );

    app.gql(Some(&t.token), "mutation { logOut }", json!({}))
        .await;
    assert_eq!(
        code(
            &app.gql(Some(&t.token), "{ viewer { tenant { id } } }", json!({}))
                .await
        ),
        Some("UNAUTHENTICATED")
    );
}

#[tokio::test]
async fn a_password_reset_token_works_once_and_revokes_every_session() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let token = tongxin_core::identity::request_password_reset(&app.app, &t.email)
        .await
        .unwrap()
        .unwrap();
    let reset = "mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }";
    let ok = app
        .gql(
            None,
            reset,
            json!({ "i": { "token": token, "newPassword": "Reset-pass9" } }),
        )
        .await;
    assert_eq!(ok["data"]["resetPassword"], true);
    assert_eq!(
        code(
            &app.gql(
                None,
                reset,
                json!({ "i": { "token": token, "newPassword": "Reset-pass9" } })
            )
            .await
        ),
        Some("VALIDATION")
    );
    assert_eq!(
        code(
            &app.gql(Some(&t.token), "{ viewer { tenant { id } } }", json!({}))
                .await
        ),
        Some("UNAUTHENTICATED")
    );
    let login = app
        .gql(
            None,
            LOGIN,
            json!({ "i": { "email": t.email, "password": "Reset-pass9" } }),
        )
        .await;
    assert!(login["data"]["logIn"]["token"].is_string());
    // Unknown emails get the same answer as known ones.
    let unknown = app
        .gql(
            None,
            "mutation { requestPasswordReset(input: { email: \"nobody@x.example.cn\" }) }",
            json!({}),
        )
        .await;
    assert_eq!(unknown["data"]["requestPasswordReset"], true);
}

#[tokio::test]
async fn disabling_a_member_ends_their_sessions_at_once() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let org = app.create_org(&t.token, None, "集团工会", "UNION").await;
    let (member_token, member_id) = app.join(&t.token, &org, "张伟").await;
    let off = app.gql(Some(&t.token), "mutation($i: SetMemberDisabledInput!) { setMemberDisabled(input: $i) { member { status } } }", json!({ "i": { "id": member_id, "disabled": true } })).await;
    assert_eq!(
        off["data"]["setMemberDisabled"]["member"]["status"],
        "DISABLED"
    );
    assert_eq!(
        code(
            &app.gql(
                Some(&member_token),
                "{ viewer { tenant { id } } }",
                json!({})
            )
            .await
        ),
        Some("UNAUTHENTICATED")
    );
}
