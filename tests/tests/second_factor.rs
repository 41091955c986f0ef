//! Second factor: TOTP enrolment, login with a code or a recovery code, remembered devices,
//! the tenant's policy and its enrolment guard, platform operators.

use serde_json::{Value, json};
use tongxin_core::identity::second_factor::rules;
use tongxin_tests::{PASSWORD, TestApp, assert_ok, code, owner_pool, unique_slug};

const LOG_IN: &str = "mutation($i: LogInInput!) { logIn(input: $i) { token } }";
const BEGIN: &str = "mutation { beginTotpEnrolment { secret otpauthUri } }";
const CONFIRM: &str =
    "mutation($i: ConfirmTotpEnrolmentInput!) { confirmTotpEnrolment(input: $i) }";
const STATUS: &str = "{ viewer { secondFactor { enabled enabledAt recoveryCodesLeft required } } }";
const SETTINGS: &str = "mutation($i: UpdateTenantSettingsInput!) { updateTenantSettings(input: $i) { secondFactorPolicy } }";

/// The code of `secret` for the step `offset` steps from now.
fn totp(secret: &str, offset: i64) -> String {
    let key = rules::base32_decode(secret).expect("base32 secret");
    let step = rules::step_at(chrono::Utc::now().timestamp()) + offset;
    rules::code_at_step(&key, step)
}

/// Forgets which steps the account's codes were used for, so that a test may use the code of
/// now again (time passing, without waiting 30 seconds).
async fn forget_steps(email: &str) {
    sqlx::query(
        "update account_totp set last_step = 0 where account_id = (select id from account where email = $1)",
    )
    .bind(email)
    .execute(&owner_pool().await)
    .await
    .expect("reset step");
}

/// Enrols the viewer of `token`; returns the secret and the recovery codes.
async fn enrol(app: &TestApp, token: &str) -> (String, Vec<String>) {
    let begun = app.gql_ok(Some(token), BEGIN, json!({})).await;
    let secret = begun["beginTotpEnrolment"]["secret"]
        .as_str()
        .unwrap()
        .to_string();
    let done = app
        .gql_ok(
            Some(token),
            CONFIRM,
            json!({ "i": { "code": totp(&secret, 0) } }),
        )
        .await;
    let codes = done["confirmTotpEnrolment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    (secret, codes)
}

async fn log_in(app: &TestApp, email: &str, extra: Value) -> Value {
    let mut input = json!({ "email": email, "password": PASSWORD });
    input
        .as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    app.gql(None, LOG_IN, json!({ "i": input })).await
}

fn token_of(body: &Value) -> String {
    body["data"]["logIn"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("no token: {body}"))
        .to_string()
}

async fn outbox_subjects(to: &str) -> Vec<String> {
    sqlx::query_scalar("select subject from mail_outbox where to_addr = $1 order by created_at")
        .bind(to)
        .fetch_all(&owner_pool().await)
        .await
        .expect("outbox")
}

/// A node's configuration whose KEK is `current`, with `retired` (if any) still opening what it
/// sealed.
fn with_keks(
    current: (&str, &tongxin_core::sealing::Key),
    retired: Option<(&str, &tongxin_core::sealing::Key)>,
) -> tongxin_core::Config {
    let mut c = tongxin_tests::config();
    c.reports.kek = Some(tongxin_core::sealing::format_entry(current.0, current.1));
    c.reports.retired_keks = retired.map(|(id, k)| tongxin_core::sealing::format_entry(id, k));
    c
}

#[tokio::test]
async fn an_enrolled_account_logs_in_only_with_a_fresh_code() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let before = app.gql_ok(Some(&t.token), STATUS, json!({})).await;
    assert_eq!(before["viewer"]["secondFactor"]["enabled"], false);
    assert_eq!(before["viewer"]["secondFactor"]["required"], false);

    // Act: begin, a wrong code, then the right one.
    let begun = app.gql_ok(Some(&t.token), BEGIN, json!({})).await;
    let secret = begun["beginTotpEnrolment"]["secret"].as_str().unwrap();
    let uri = begun["beginTotpEnrolment"]["otpauthUri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert!(uri.contains(&format!("secret={secret}")), "{uri}");
    assert!(uri.contains(&t.email.replace('@', "%40")), "{uri}");
    let wrong_code = if totp(secret, 0) == "000000" {
        "111111"
    } else {
        "000000"
    };
    let wrong = app
        .gql(
            Some(&t.token),
            CONFIRM,
            json!({ "i": { "code": wrong_code } }),
        )
        .await;
    assert_eq!(code(&wrong), Some("VALIDATION"), "{wrong}");
    assert!(
        wrong["errors"][0]["extensions"]["fields"]["code"].is_string(),
        "{wrong}"
    );
    let done = app
        .gql_ok(
            Some(&t.token),
            CONFIRM,
            json!({ "i": { "code": totp(secret, 0) } }),
        )
        .await;

    // Assert
    let codes = done["confirmTotpEnrolment"].as_array().unwrap();
    assert_eq!(codes.len(), 10);
    let after = app.gql_ok(Some(&t.token), STATUS, json!({})).await;
    assert_eq!(after["viewer"]["secondFactor"]["enabled"], true);
    assert_eq!(after["viewer"]["secondFactor"]["recoveryCodesLeft"], 10);
    assert!(after["viewer"]["secondFactor"]["enabledAt"].is_string());
    let again = app.gql(Some(&t.token), BEGIN, json!({})).await;
    assert_eq!(code(&again), Some("CONFLICT"), "{again}");
    assert!(
        outbox_subjects(&t.email)
            .await
            .iter()
            .any(|s| s.contains("已启用两步验证")),
        "the holder is told"
    );

    let without = log_in(&app, &t.email, json!({})).await;
    assert_eq!(code(&without), Some("SECOND_FACTOR_REQUIRED"), "{without}");
    let wrong = log_in(&app, &t.email, json!({ "totpCode": wrong_code })).await;
    assert_eq!(code(&wrong), Some("SECOND_FACTOR_REQUIRED"), "{wrong}");
    assert!(
        wrong["errors"][0]["extensions"]["fields"]["totpCode"].is_string(),
        "{wrong}"
    );
    // The confirmation used the step of now; the next step's code (within the window) works.
    let next = totp(secret, 1);
    let ok = log_in(&app, &t.email, json!({ "totpCode": next })).await;
    let token = token_of(&ok);
    assert_ok!(app.gql(Some(&token), STATUS, json!({})).await);
    let replay = log_in(&app, &t.email, json!({ "totpCode": next })).await;
    assert_eq!(
        code(&replay),
        Some("SECOND_FACTOR_REQUIRED"),
        "a code works once: {replay}"
    );
    let older = log_in(&app, &t.email, json!({ "totpCode": totp(secret, 0) })).await;
    assert_eq!(
        code(&older),
        Some("SECOND_FACTOR_REQUIRED"),
        "an older step neither: {older}"
    );
}

#[tokio::test]
async fn each_recovery_code_works_once_even_when_sent_in_parallel() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let (secret, codes) = enrol(&app, &t.token).await;

    // Act: one code, eight requests at once.
    let attempts = (0..8).map(|_| log_in(&app, &t.email, json!({ "recoveryCode": codes[0] })));
    let answers = futures::future::join_all(attempts).await;

    // Assert
    let won = answers.iter().filter(|a| a["errors"].is_null()).count();
    assert_eq!(won, 1, "{answers:?}");
    for lost in answers.iter().filter(|a| !a["errors"].is_null()) {
        assert_eq!(code(lost), Some("SECOND_FACTOR_REQUIRED"), "{lost}");
    }
    let second = log_in(
        &app,
        &t.email,
        json!({ "recoveryCode": codes[1].to_uppercase() }),
    )
    .await;
    let token = token_of(&second);
    let status = app.gql_ok(Some(&token), STATUS, json!({})).await;
    assert_eq!(status["viewer"]["secondFactor"]["recoveryCodesLeft"], 8);
    assert!(
        outbox_subjects(&t.email)
            .await
            .iter()
            .any(|s| s.contains("恢复码")),
        "the holder is told a recovery code was used"
    );

    // New codes replace the old ones.
    let renewed = app
        .gql_ok(
            Some(&token),
            "mutation($i: RegenerateRecoveryCodesInput!) { regenerateRecoveryCodes(input: $i) }",
            json!({ "i": { "code": totp(&secret, 1) } }),
        )
        .await;
    let fresh = renewed["regenerateRecoveryCodes"].as_array().unwrap();
    assert_eq!(fresh.len(), 10);
    let old = log_in(&app, &t.email, json!({ "recoveryCode": codes[2] })).await;
    assert_eq!(code(&old), Some("SECOND_FACTOR_REQUIRED"), "{old}");
    let new = log_in(&app, &t.email, json!({ "recoveryCode": fresh[0] })).await;
    token_of(&new);
}

async fn log_in_with_device(
    app: &TestApp,
    email: &str,
    device: Option<&str>,
    extra: Value,
) -> Value {
    let mut input = json!({ "email": email, "password": PASSWORD });
    input
        .as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    let mut req = app
        .http
        .post(format!("{}/graphql", app.base))
        .json(&json!({ "query": LOG_IN, "variables": { "i": input } }));
    if let Some(d) = device {
        req = req.header("cookie", format!("tx_device={d}"));
    }
    req.send().await.unwrap().json().await.unwrap()
}

#[tokio::test]
async fn a_remembered_device_skips_the_code_and_no_other_does() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let (secret, _) = enrol(&app, &t.token).await;
    let device = uuid::Uuid::new_v4().simple().to_string();
    let other = uuid::Uuid::new_v4().simple().to_string();

    // Act
    let first = log_in_with_device(
        &app,
        &t.email,
        Some(&device),
        json!({ "totpCode": totp(&secret, 1), "rememberDevice": true }),
    )
    .await;
    token_of(&first);

    // Assert
    let again = log_in_with_device(&app, &t.email, Some(&device), json!({})).await;
    token_of(&again);
    let elsewhere = log_in_with_device(&app, &t.email, Some(&other), json!({})).await;
    assert_eq!(
        code(&elsewhere),
        Some("SECOND_FACTOR_REQUIRED"),
        "{elsewhere}"
    );
    let bare = log_in_with_device(&app, &t.email, None, json!({})).await;
    assert_eq!(code(&bare), Some("SECOND_FACTOR_REQUIRED"), "{bare}");
}

#[tokio::test]
async fn wrong_codes_lock_the_second_factor_even_with_the_right_password() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let (secret, _) = enrol(&app, &t.token).await;
    let max = app.app.config.auth.max_failed_logins;
    let wrong = if totp(&secret, 1) == "123456" {
        "654321"
    } else {
        "123456"
    };

    // Act
    for _ in 0..max {
        let body = log_in(&app, &t.email, json!({ "totpCode": wrong })).await;
        assert_eq!(code(&body), Some("SECOND_FACTOR_REQUIRED"), "{body}");
    }
    let locked = log_in(&app, &t.email, json!({ "totpCode": totp(&secret, 1) })).await;

    // Assert
    assert_eq!(code(&locked), Some("RATE_LIMITED"), "{locked}");
}

#[tokio::test]
async fn the_officers_policy_makes_an_unenrolled_admin_enrol_before_anything_else() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let org = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    let email = format!("m@{}.cn", unique_slug());
    let (_member_token, _) = app.join_as(&t.token, &org, &email, "普通党员").await;
    let set = app
        .gql_ok(
            Some(&t.token),
            SETTINGS,
            json!({ "i": { "secondFactorPolicy": "OFFICERS" } }),
        )
        .await;
    assert_eq!(
        set["updateTenantSettings"]["secondFactorPolicy"],
        "OFFICERS"
    );

    // Act
    let admin = token_of(&log_in(&app, &t.email, json!({})).await);
    let member = token_of(&log_in(&app, &email, json!({})).await);

    // Assert: the admin may read the viewer and enrol, nothing else.
    let status = app.gql_ok(Some(&admin), STATUS, json!({})).await;
    assert_eq!(status["viewer"]["secondFactor"]["required"], true);
    assert_eq!(status["viewer"]["secondFactor"]["enabled"], false);
    for query in [
        "{ apiKeys { id } }",
        "{ viewer: apiKeys { id } }",
        "{ ...F } fragment F on Query { apiKeys { id } }",
        "mutation { disableTotp(input: { password: \"x\", code: \"123456\" }) }",
    ] {
        let refused = app.gql(Some(&admin), query, json!({})).await;
        assert_eq!(
            code(&refused),
            Some("SECOND_FACTOR_ENROLMENT_REQUIRED"),
            "{query}: {refused}"
        );
    }
    // A plain member is not covered by OFFICERS.
    let plain = app.gql_ok(Some(&member), STATUS, json!({})).await;
    assert_eq!(plain["viewer"]["secondFactor"]["required"], false);
    assert_ok!(
        app.gql(Some(&member), "{ viewer { member { id } } }", json!({}))
            .await
    );

    let (secret, _) = enrol(&app, &admin).await;
    assert_ok!(app.gql(Some(&admin), "{ apiKeys { id } }", json!({})).await);
    // Required: it may not be turned off.
    let off = app
        .gql(
            Some(&admin),
            "mutation($i: DisableTotpInput!) { disableTotp(input: $i) }",
            json!({ "i": { "password": PASSWORD, "code": totp(&secret, 1) } }),
        )
        .await;
    assert_eq!(code(&off), Some("FORBIDDEN"), "{off}");

    // EVERYONE covers the plain member at their next login.
    app.gql_ok(
        Some(&admin),
        SETTINGS,
        json!({ "i": { "secondFactorPolicy": "EVERYONE" } }),
    )
    .await;
    let member = token_of(&log_in(&app, &email, json!({})).await);
    let refused = app
        .gql(
            Some(&member),
            "{ viewer { tenant { id } } notifications(first: 1) { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        code(&refused),
        Some("SECOND_FACTOR_ENROLMENT_REQUIRED"),
        "{refused}"
    );
    let logged_out = app
        .gql(Some(&member), "mutation { logOut }", json!({}))
        .await;
    assert_ok!(logged_out);
}

#[tokio::test]
async fn only_tenant_admins_set_the_policy_and_api_keys_are_unaffected() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let org = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    let (member, _) = app.join(&t.token, &org, "普通党员").await;
    let key = app
        .create_api_key(&t.token, "集成", Some("integrator"))
        .await;

    // Act
    let refused = app
        .gql(
            Some(&member),
            SETTINGS,
            json!({ "i": { "secondFactorPolicy": "NONE" } }),
        )
        .await;
    app.gql_ok(
        Some(&t.token),
        SETTINGS,
        json!({ "i": { "secondFactorPolicy": "EVERYONE" } }),
    )
    .await;

    // Assert
    assert!(
        matches!(code(&refused), Some("FORBIDDEN" | "NOT_FOUND")),
        "{refused}"
    );
    let read = app
        .gql_ok(
            Some(&t.token),
            "{ viewer { tenant { secondFactorPolicy } } }",
            json!({}),
        )
        .await;
    assert_eq!(read["viewer"]["tenant"]["secondFactorPolicy"], "EVERYONE");
    assert_ok!(
        app.gql(Some(&key), "{ viewer { tenant { id } } }", json!({}))
            .await
    );
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    let audited = tongxin_tests::owner_fetch(
        tenant,
        "select 1 from audit_log where tenant_id = $1 and action = 'tenant.update_settings' and detail->>'secondFactorPolicy' = 'EVERYONE'",
        tenant,
    )
    .await;
    assert_eq!(audited.len(), 1, "the policy change is audited");
}

#[tokio::test]
async fn a_platform_operator_logs_in_only_with_a_code() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let enrolment = tongxin_core::identity::make_operator(&app.app, &t.email)
        .await
        .unwrap()
        .expect("an operator without a second factor gets one");
    let op = "mutation($i: OperatorLogInInput!) { operatorLogIn(input: $i) }";

    // Act
    let without = app
        .gql(
            None,
            op,
            json!({ "i": { "email": t.email, "password": PASSWORD } }),
        )
        .await;
    let with = app
        .gql(
            None,
            op,
            json!({ "i": { "email": t.email, "password": PASSWORD, "totpCode": totp(&enrolment.secret, 0) } }),
        )
        .await;

    // Assert
    assert_eq!(code(&without), Some("SECOND_FACTOR_REQUIRED"), "{without}");
    assert!(with["data"]["operatorLogIn"].is_string(), "{with}");
    // Making them an operator again keeps their authenticator.
    let again = tongxin_core::identity::make_operator(&app.app, &t.email)
        .await
        .unwrap();
    assert!(again.is_none());
}

#[tokio::test]
async fn malformed_codes_are_refused_as_input_never_as_internal_errors() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    app.gql_ok(Some(&t.token), BEGIN, json!({})).await;
    let long = "1".repeat(10_000);

    // Act + Assert
    for bad in [
        "12\u{0}456",
        "abcdef",
        "12345",
        long.as_str(),
        "１２３４５６",
    ] {
        let body = app
            .gql(Some(&t.token), CONFIRM, json!({ "i": { "code": bad } }))
            .await;
        assert_eq!(code(&body), Some("VALIDATION"), "{bad:?}: {body}");
    }
    // Finish enrolment so that logins look at codes.
    enrol(&app, &t.token).await;
    for bad in ["12\u{0}456", "abcdef", long.as_str()] {
        for field in ["totpCode", "recoveryCode"] {
            let body = log_in(&app, &t.email, json!({ field: bad })).await;
            assert!(
                matches!(code(&body), Some("VALIDATION" | "SECOND_FACTOR_REQUIRED")),
                "{field} {bad:?}: {body}"
            );
        }
    }
    forget_steps(&t.email).await;
}

#[tokio::test]
async fn an_account_s_second_factor_is_its_own_in_every_tenant() {
    // Arrange: one person in two tenants; another tenant's admin.
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let org_b = app.create_org(&b.token, None, "支部", "PARTY").await;
    let email = format!("both@{}.cn", unique_slug());
    let org_a = app.create_org(&a.token, None, "支部", "PARTY").await;
    let (in_a, _) = app.join_as(&a.token, &org_a, &email, "两边").await;
    let (secret, _) = enrol(&app, &in_a).await;

    // Act
    let b_admin = app.gql_ok(Some(&b.token), STATUS, json!({})).await;
    let b_disable = app
        .gql(
            Some(&b.token),
            "mutation($i: DisableTotpInput!) { disableTotp(input: $i) }",
            json!({ "i": { "password": PASSWORD, "code": totp(&secret, 1) } }),
        )
        .await;
    let invited = app.invite(&b.token, &org_b, &email, "两边").await;
    let accept = "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }";
    let without = app
        .gql(
            None,
            accept,
            json!({ "i": { "token": invited, "password": PASSWORD } }),
        )
        .await;

    // Assert: B's admin sees their own (none) and cannot touch the person's.
    assert_eq!(b_admin["viewer"]["secondFactor"]["enabled"], false);
    assert_eq!(code(&b_disable), Some("VALIDATION"), "{b_disable}");
    let still = app.gql_ok(Some(&in_a), STATUS, json!({})).await;
    assert_eq!(still["viewer"]["secondFactor"]["enabled"], true);
    // Joining B with an existing account needs the second factor too.
    assert_eq!(code(&without), Some("SECOND_FACTOR_REQUIRED"), "{without}");
    let with = app
        .gql(
            None,
            accept,
            json!({ "i": { "token": invited, "password": PASSWORD, "totpCode": totp(&secret, 1) } }),
        )
        .await;
    assert!(
        with["data"]["acceptInvitation"]["token"].is_string(),
        "{with}"
    );
    let both = log_in(&app, &email, json!({ "tenantSlug": b.slug })).await;
    assert_eq!(code(&both), Some("SECOND_FACTOR_REQUIRED"), "{both}");
}

#[tokio::test]
async fn a_secret_sealed_under_a_retired_kek_still_opens_and_is_unreadable_at_rest() {
    // Arrange: enrolled on a node whose KEK is k1.
    let (k1, k2) = (
        tongxin_core::sealing::new_key(),
        tongxin_core::sealing::new_key(),
    );
    let node1 = TestApp::spawn_with(with_keks(("k1", &k1), None)).await;
    let t = node1.sign_up().await;
    let (secret, _) = enrol(&node1, &t.token).await;
    let stored: (String, Vec<u8>) = sqlx::query_as(
        "select kek_id, secret_sealed from account_totp where account_id = (select id from account where email = $1)",
    )
    .bind(&t.email)
    .fetch_one(&owner_pool().await)
    .await
    .unwrap();
    assert_eq!(stored.0, "k1");
    let raw = rules::base32_decode(&secret).unwrap();
    assert!(
        !stored.1.windows(raw.len()).any(|w| w == raw.as_slice()),
        "sealed, not plain"
    );

    // Act: k2 is current, k1 retired.
    let node2 = TestApp::spawn_with(with_keks(("k2", &k2), Some(("k1", &k1)))).await;
    let body = log_in(&node2, &t.email, json!({ "totpCode": totp(&secret, 1) })).await;

    // Assert
    token_of(&body);
}

#[tokio::test]
async fn a_kek_rotation_seals_the_secrets_again_so_the_new_kek_alone_accepts_codes() {
    // Arrange: enrolled under k1.
    let (k1, k2) = (
        tongxin_core::sealing::new_key(),
        tongxin_core::sealing::new_key(),
    );
    let node1 = TestApp::spawn_with(with_keks(("k1", &k1), None)).await;
    let t = node1.sign_up().await;
    let (secret, _) = enrol(&node1, &t.token).await;

    // Act: k2 current with k1 retired, the rotation run (twice), then a node with k2 alone.
    let node2 = TestApp::spawn_with(with_keks(("k2", &k2), Some(("k1", &k1)))).await;
    let first = tongxin_core::identity::second_factor::reseal_secrets(&node2.app)
        .await
        .unwrap();
    let again = tongxin_core::identity::second_factor::reseal_secrets(&node2.app)
        .await
        .unwrap();
    let node3 = TestApp::spawn_with(with_keks(("k2", &k2), None)).await;
    let body = log_in(&node3, &t.email, json!({ "totpCode": totp(&secret, 1) })).await;

    // Assert
    assert!(first.resealed >= 1, "{first:?}");
    assert_eq!(again.resealed, 0, "nothing left under k1");
    let kek: String = sqlx::query_scalar(
        "select kek_id from account_totp where account_id = (select id from account where email = $1)",
    )
    .bind(&t.email)
    .fetch_one(&owner_pool().await)
    .await
    .unwrap();
    assert_eq!(kek, "k2");
    token_of(&body);
}

#[tokio::test]
async fn a_stricter_policy_holds_for_sessions_already_open_and_a_looser_one_lets_them_go() {
    // Arrange: an unenrolled plain member and an enrolled admin, both signed in under NONE.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let org = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    let email = format!("m@{}.cn", unique_slug());
    let (member, _) = app.join_as(&t.token, &org, &email, "普通党员").await;
    enrol(&app, &t.token).await;
    let read = "{ viewer { tenant { id } } notifications(first: 1) { edges { cursor } } }";
    assert_ok!(app.gql(Some(&member), read, json!({})).await);

    // Act: EVERYONE, then NONE again, without anyone logging in.
    app.gql_ok(
        Some(&t.token),
        SETTINGS,
        json!({ "i": { "secondFactorPolicy": "EVERYONE" } }),
    )
    .await;
    let under_everyone = app.gql(Some(&member), read, json!({})).await;
    let admin_under_everyone = app
        .gql(Some(&t.token), "{ apiKeys { id } }", json!({}))
        .await;
    app.gql_ok(
        Some(&t.token),
        SETTINGS,
        json!({ "i": { "secondFactorPolicy": "NONE" } }),
    )
    .await;
    let under_none = app.gql(Some(&member), read, json!({})).await;

    // Assert: the open session must enrol at once; the enrolled admin is untouched; then free.
    assert_eq!(
        code(&under_everyone),
        Some("SECOND_FACTOR_ENROLMENT_REQUIRED"),
        "{under_everyone}"
    );
    assert_ok!(admin_under_everyone);
    assert_ok!(under_none);
}
