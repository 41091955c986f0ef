//! Notification preferences decide where a notification goes; digests collect the "digest"
//! categories and the coming week's due items once per period, with a signed unsubscribe;
//! a login from a new device emails an alert.

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use sqlx::PgPool;
use tongxin_core::{
    Ctx, digest,
    notify::{self, NewNotification},
};
use tongxin_tests::{PASSWORD, TestApp, code, config, mail, owner_pool, uuid_of, wait_for};

const PREFS: &str = "{ notificationPreferences { digestFrequency categories { category label channel defaultChannel chosen mandatoryReason } } }";

fn channel_of(prefs: &Value, category: &str) -> String {
    prefs["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == category)
        .unwrap()["channel"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn set_channel(app: &TestApp, token: &str, category: &str, channel: &str) -> Value {
    app.gql(
        Some(token),
        "mutation($i: SetNotificationChannelInput!) { setNotificationChannel(input: $i) { categories { category channel chosen } } }",
        json!({ "i": { "category": category, "channel": channel } }),
    )
    .await
}

async fn write_notice(
    app: &TestApp,
    tenant: uuid::Uuid,
    member: uuid::Uuid,
    title: &str,
) -> Option<uuid::Uuid> {
    let ctx = Ctx::for_tests(tenant);
    let mut tx = app.app.db.begin_tenant(&ctx).await.unwrap();
    let id = notify::write(
        &mut tx,
        &app.app,
        &NewNotification {
            member_id: member,
            kind: "NOTICE",
            title,
            body: "请各支部于本周五前报送学习情况。",
            dedupe_key: None,
            detail: json!({}),
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    id
}

#[tokio::test]
async fn a_member_chooses_channels_but_cannot_turn_off_statutory_reminders() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let before = app.gql(Some(&t.token), PREFS, json!({})).await;
    let prefs = &before["data"]["notificationPreferences"];
    assert_eq!(prefs["digestFrequency"], "OFF");
    assert_eq!(channel_of(prefs, "REMINDER"), "EMAIL");
    assert_eq!(channel_of(prefs, "MENTION"), "IN_APP");

    // Act
    let mention_off = set_channel(&app, &t.token, "MENTION", "OFF").await;
    let reminder_off = set_channel(&app, &t.token, "REMINDER", "OFF").await;
    let reminder_digest = set_channel(&app, &t.token, "REMINDER", "DIGEST").await;
    let unknown = set_channel(&app, &t.token, "GOSSIP", "EMAIL").await;

    // Assert
    assert!(mention_off["errors"].is_null(), "{mention_off}");
    assert_eq!(code(&reminder_off), Some("VALIDATION"));
    assert!(
        reminder_off["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("不能关闭"),
        "{reminder_off}"
    );
    assert!(reminder_digest["errors"].is_null(), "{reminder_digest}");
    assert_eq!(code(&unknown), Some("VALIDATION"));
    let after = app.gql(Some(&t.token), PREFS, json!({})).await;
    let prefs = &after["data"]["notificationPreferences"];
    assert_eq!(channel_of(prefs, "MENTION"), "OFF");
    assert_eq!(channel_of(prefs, "REMINDER"), "DIGEST");
    assert!(prefs["categories"][0]["mandatoryReason"].is_string());
}

#[tokio::test]
async fn an_api_key_has_no_notification_settings_of_its_own() {
    // Arrange: an integrator's key acts for the tenant, not for a member.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let key = &app.create_api_key(&t.token, "integration", None).await;

    // Act
    let body = app.gql(Some(key), PREFS, json!({})).await;
    let set = set_channel(&app, key, "NOTICE", "EMAIL").await;

    // Assert
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
    assert_eq!(code(&set), Some("FORBIDDEN"), "{set}");
    let own = app.gql(Some(&t.token), PREFS, json!({})).await;
    assert!(own["errors"].is_null(), "{own}");
}

#[tokio::test]
async fn email_preference_writes_an_email_beside_the_notification_and_off_writes_nothing() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let tenant = app.tenant_id(&t.token).await;
    let member = uuid_of(&t.member_id);
    let pool = owner_pool().await;

    // Act: notices by email, then turned off.
    set_channel(&app, &t.token, "NOTICE", "EMAIL").await;
    let emailed = write_notice(&app, tenant, member, "关于开展主题党日活动的通知").await;
    set_channel(&app, &t.token, "NOTICE", "OFF").await;
    let silenced = write_notice(&app, tenant, member, "不应送达的通知").await;

    // Assert
    let id = emailed.expect("written");
    let mail: (String, String) =
        sqlx::query_as("select to_addr, subject from mail_outbox where key = $1")
            .bind(format!("notification:{tenant}:{id}"))
            .fetch_one(&pool)
            .await
            .expect("an email beside the notification");
    assert_eq!(mail.0, t.email);
    assert!(mail.1.contains("主题党日"), "{}", mail.1);
    assert!(silenced.is_none());
    let inbox = app
        .gql(
            Some(&t.token),
            "{ notifications(first: 10) { edges { node { title } } } }",
            json!({}),
        )
        .await;
    let titles = inbox.to_string();
    assert!(
        titles.contains("主题党日") && !titles.contains("不应送达"),
        "{titles}"
    );
}

#[tokio::test]
async fn a_digest_collects_digest_notifications_and_due_items_once_per_period() {
    // Arrange: notices go to the digest; a due item in three days; daily digests on.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let tenant = app.tenant_id(&t.token).await;
    let member = uuid_of(&t.member_id);
    let pool = owner_pool().await;
    set_channel(&app, &t.token, "NOTICE", "DIGEST").await;
    let freq = app
        .gql(
            Some(&t.token),
            "mutation { setDigestFrequency(input: { frequency: DAILY }) { digestFrequency } }",
            json!({}),
        )
        .await;
    assert_eq!(
        freq["data"]["setDigestFrequency"]["digestFrequency"],
        "DAILY"
    );
    write_notice(&app, tenant, member, "学习贯彻全会精神的通知").await;
    app.create_due_item(
        &t.token,
        json!({ "title": "预备党员转正考察", "dueAt": (Utc::now() + Duration::days(3)).to_rfc3339(), "memberId": t.member_id }),
    )
    .await;
    let [daily, _] = digest::current(Utc::now() + Duration::days(1), chrono_tz::Asia::Shanghai);
    let job = digest::DigestJob {
        tenant_id: tenant,
        frequency: daily.frequency,
        period: daily.key.clone(),
        since: daily.since,
        until: daily.until,
        now: Utc::now(),
    };

    // Act
    let first = digest::run(&app.app, &job).await.unwrap();
    let again = digest::run(&app.app, &job).await.unwrap();

    // Assert
    assert_eq!(first.sent, 1);
    assert_eq!(
        again,
        digest::RunOutcome::default(),
        "a re-run sends nothing"
    );
    let (subject, text, unsubscribe): (String, String, Option<String>) = sqlx::query_as(
        "select subject, text_body, unsubscribe_url from mail_outbox where key = $1",
    )
    .bind(format!("digest:{tenant}:{member}:{}", daily.key))
    .fetch_one(&pool)
    .await
    .expect("the digest email");
    assert!(subject.contains("每日摘要"), "{subject}");
    assert!(
        text.contains("学习贯彻全会精神") && text.contains("预备党员转正考察"),
        "{text}"
    );
    assert!(unsubscribe.unwrap().contains("/mail/unsubscribe?token="));
    let rows: i64 = sqlx::query_scalar("select count(*) from mail_outbox where key like $1")
        .bind(format!("digest:{tenant}:%"))
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(rows, 1);
}

#[tokio::test]
async fn the_signed_unsubscribe_link_turns_the_digest_off_and_a_tampered_one_changes_nothing() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let tenant = app.tenant_id(&t.token).await;
    let member = uuid_of(&t.member_id);
    app.gql(
        Some(&t.token),
        "mutation { setDigestFrequency(input: { frequency: WEEKLY }) { digestFrequency } }",
        json!({}),
    )
    .await;
    let token = app
        .app
        .links
        .sign(
            &app.app.db,
            digest::UNSUBSCRIBE,
            &digest::Unsubscribe {
                t: tenant,
                m: member,
            },
        )
        .await
        .unwrap();
    let (body, sig) = token.split_once('.').unwrap();
    let forged_body = base64_swap(body);
    let url = |tok: &str| format!("{}/mail/unsubscribe?token={tok}", app.base);

    // Act
    let page = app.http.get(url(&token)).send().await.unwrap();
    let page_status = page.status();
    let page_html = page.text().await.unwrap();
    let forged = app
        .http
        .post(url(&format!("{forged_body}.{sig}")))
        .send()
        .await
        .unwrap();
    let garbage = app.http.post(url("nonsense")).send().await.unwrap();
    let frequency_after_forgery = app.gql(Some(&t.token), PREFS, json!({})).await;
    let done = app
        .http
        .post(url(&token))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(page_status, 200);
    assert!(page_html.contains("确认退订"), "GET only asks: {page_html}");
    assert_eq!(forged.status(), 404);
    assert_eq!(garbage.status(), 404);
    assert_eq!(
        frequency_after_forgery["data"]["notificationPreferences"]["digestFrequency"],
        "WEEKLY"
    );
    assert_eq!(done.status(), 200);
    let after = app.gql(Some(&t.token), PREFS, json!({})).await;
    assert_eq!(
        after["data"]["notificationPreferences"]["digestFrequency"],
        "OFF"
    );
}

/// The same payload shape naming another member: a forgery that keeps the old signature.
fn base64_swap(body: &str) -> String {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    let mut v: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(body).unwrap()).unwrap();
    v["m"] = json!(uuid::Uuid::now_v7());
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(&v).unwrap())
}

async fn log_in(app: &TestApp, email: &str, device: Option<&str>) -> (Value, Option<String>) {
    let mut req = app.http.post(format!("{}/graphql", app.base)).json(&json!({
        "query": "mutation($i: LogInInput!) { logIn(input: $i) { token } }",
        "variables": { "i": { "email": email, "password": PASSWORD } },
    }));
    if let Some(d) = device {
        req = req.header("cookie", format!("tx_device={d}"));
    }
    let res = req.send().await.unwrap();
    let issued = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("tx_device="))
        .map(|c| c.split(';').next().unwrap_or_default().to_string());
    (res.json().await.unwrap(), issued)
}

async fn alerts(pool: &PgPool, tenant: uuid::Uuid) -> i64 {
    sqlx::query_scalar("select count(*) from mail_outbox where key like $1")
        .bind(format!("new-device:{tenant}:%"))
        .fetch_one(pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_login_from_a_new_device_emails_an_alert_unless_the_tenant_turned_alerts_off() {
    // Arrange: the first login's device becomes known.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let tenant = app.tenant_id(&t.token).await;
    let pool = owner_pool().await;
    let (first, device) = log_in(&app, &t.email, None).await;
    assert!(first["errors"].is_null(), "{first}");
    let device = device.expect("a device cookie is issued");
    let after_first = alerts(&pool, tenant).await;

    // Act
    log_in(&app, &t.email, Some(&device)).await;
    let after_known = alerts(&pool, tenant).await;
    let (_, other_device) = log_in(&app, &t.email, None).await;
    let after_new = alerts(&pool, tenant).await;
    let off = app
        .gql(
            Some(&t.token),
            "mutation { updateTenantSettings(input: { loginAlerts: false }) { loginAlerts } }",
            json!({}),
        )
        .await;
    log_in(&app, &t.email, None).await;
    let after_off = alerts(&pool, tenant).await;

    // Assert
    assert_eq!(after_known, after_first, "a known device raises no alert");
    assert_eq!(after_new, after_first + 1, "a new device raises one alert");
    assert!(other_device.is_some());
    assert_eq!(
        off["data"]["updateTenantSettings"]["loginAlerts"], false,
        "{off}"
    );
    assert_eq!(after_off, after_new, "alerts off: no email");
    let subject: String =
        sqlx::query_scalar("select subject from mail_outbox where key like $1 limit 1")
            .bind(format!("new-device:{tenant}:%"))
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(subject.contains("新设备登录"), "{subject}");
}

#[tokio::test]
async fn a_digest_sent_by_the_worker_reaches_the_smtp_sink_with_one_click_unsubscribe_headers() {
    // Arrange: a worker with a real SMTP sink; a due item for a daily digest.
    let mut cfg = config();
    cfg.mail.smtp_url =
        Some(std::env::var("TONGXIN_TEST_SMTP_URL").expect("make test provides an SMTP sink"));
    let app = TestApp::spawn_with(cfg.clone()).await;
    let (worker, _) = tongxin_worker::build(cfg).await.expect("worker");
    tokio::spawn(async move { worker.run().await });
    let t = app.sign_up().await;
    let tenant = app.tenant_id(&t.token).await;
    app.gql(
        Some(&t.token),
        "mutation { setDigestFrequency(input: { frequency: DAILY }) { digestFrequency } }",
        json!({}),
    )
    .await;
    let marker = format!("党费收缴 {}", tongxin_tests::unique_slug());
    app.create_due_item(
        &t.token,
        json!({ "title": marker, "dueAt": (Utc::now() + Duration::days(2)).to_rfc3339(), "memberId": t.member_id }),
    )
    .await;
    let [daily, _] = digest::current(Utc::now(), chrono_tz::Asia::Shanghai);

    // Act
    digest::run(
        &app.app,
        &digest::DigestJob {
            tenant_id: tenant,
            frequency: daily.frequency,
            period: daily.key,
            since: daily.since,
            until: daily.until,
            now: Utc::now(),
        },
    )
    .await
    .unwrap();

    // Assert
    // Digests are bulk mail: they wait behind transactional mail and behind the bulk mail
    // other tests may have queued at the same time, hence the long wait.
    let found = wait_for(
        std::time::Duration::from_secs(180),
        "the digest to reach the SMTP sink",
        || async {
            mail::containing(&t.email)
                .into_iter()
                .find(|m| m.contains("List-Unsubscribe-Post"))
        },
    )
    .await;
    assert!(found.contains("List-Unsubscribe: <"), "{found}");
    assert!(found.contains("List-Unsubscribe=One-Click"), "{found}");
    assert!(found.contains("/mail/unsubscribe?token="), "{found}");
}
