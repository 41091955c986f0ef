//! `notificationAdded`: a member's new notifications arrive live over `/graphql/ws`, published
//! after commit, through Redis from another node; nobody else's arrive.

use chrono::{Duration, Utc};
use futures::StreamExt;
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;
use tongxin_core::reminder::{self, ReminderJob};
use tongxin_tests::{
    Tenant, TestApp, config, uuid_of,
    ws::{self, Ws, next},
};

/// Opens a socket, authenticates and subscribes to `notificationAdded`.
async fn subscribe(app: &TestApp, token: &str) -> Ws {
    ws::subscribe(
        &app.base,
        token,
        "subscription { notificationAdded { id kind title body createdAt readAt } }",
        json!({}),
    )
    .await
}

/// A due item for the tenant's admin, and the delivery of its first (before-due) reminder
/// through the reminder engine, as the worker would run it.
async fn remind_admin(node: &TestApp, t: &Tenant, title: &str) {
    let item = uuid_of(
        &node
            .create_due_item(
                &t.token,
                json!({ "title": title, "dueAt": (Utc::now() + Duration::days(5)).to_rfc3339(), "memberId": t.member_id }),
            )
            .await,
    );
    let tenant = node
        .gql(Some(&t.token), "{ viewer { tenant { id } } }", json!({}))
        .await;
    let tenant = uuid_of(tenant["data"]["viewer"]["tenant"]["id"].as_str().unwrap());
    let written = reminder::deliver(
        &node.app,
        &ReminderJob {
            tenant_id: tenant,
            item_id: item,
            position: 1,
        },
    )
    .await
    .unwrap();
    assert_eq!(written, 1);
}

#[tokio::test]
async fn a_subscribed_member_receives_their_new_notification_live_and_another_tenant_nothing() {
    // Arrange: members of two tenants subscribed on the same node.
    let app = TestApp::spawn().await;
    let (a, b) = (app.sign_up().await, app.sign_up().await);
    let mut ws_a = subscribe(&app, &a.token).await;
    let mut ws_b = subscribe(&app, &b.token).await;

    // Act
    remind_admin(&app, &a, "季度思想汇报").await;

    // Assert: A gets it with the contract's fields; B (positive control below) gets nothing.
    let got = next(&mut ws_a, 5).await.expect("a live notification");
    assert_eq!(got["type"], "next", "{got}");
    let n = &got["payload"]["data"]["notificationAdded"];
    assert_eq!(n["kind"], "REMINDER");
    assert!(n["title"].as_str().unwrap().contains("季度思想汇报"), "{n}");
    assert!(n["createdAt"].is_string() && n["readAt"].is_null(), "{n}");
    assert!(next(&mut ws_b, 2).await.is_none(), "another tenant saw it");
    remind_admin(&app, &b, "团籍注册").await;
    let own = next(&mut ws_b, 5).await.expect("B's own notification");
    assert!(own.to_string().contains("团籍注册"), "{own}");
}

#[tokio::test]
async fn a_notification_written_on_one_node_reaches_a_subscriber_on_another_through_redis() {
    // Arrange: two API nodes on one Redis.
    let cfg = config();
    assert!(cfg.redis.url.is_some(), "make test provides Redis");
    let node_a = TestApp::spawn_with(cfg.clone()).await;
    let node_b = TestApp::spawn_with(cfg).await;
    let t = node_a.sign_up().await;
    let mut ws = subscribe(&node_b, &t.token).await;

    // Act
    let sent = std::time::Instant::now();
    remind_admin(&node_a, &t, "组织关系转接").await;

    // Assert
    let got = next(&mut ws, 5).await.expect("delivered across nodes");
    assert!(got.to_string().contains("组织关系转接"), "{got}");
    assert!(sent.elapsed() < std::time::Duration::from_secs(2));
}

#[tokio::test]
async fn an_api_key_cannot_subscribe_to_member_notifications() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let key = app.create_api_key(&t.token, "feed", None).await;

    // Act
    let mut ws = subscribe(&app, &key).await;
    let reply = next(&mut ws, 5).await.expect("a reply");

    // Assert: the subscription ends with FORBIDDEN and no data.
    assert!(reply["payload"]["data"].is_null(), "{reply}");
    assert_eq!(
        reply["payload"]["errors"][0]["extensions"]["code"], "FORBIDDEN",
        "{reply}"
    );
}

/// Waits for the socket to close; returns the close code.
async fn closed_with(ws: &mut Ws, secs: u64) -> Option<u16> {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        match tokio::time::timeout_at(deadline, ws.next()).await.ok()?? {
            Ok(Message::Close(frame)) => {
                return Some(frame.map(|f| u16::from(f.code)).unwrap_or(0));
            }
            Ok(_) => continue,
            Err(_) => return Some(0),
        }
    }
}

#[tokio::test]
async fn a_revoked_session_loses_its_socket_within_two_seconds_on_another_node_while_others_stay() {
    // Arrange: two sessions of one member; each subscribed on node B; revoke one on node A.
    let cfg = config();
    let node_a = TestApp::spawn_with(cfg.clone()).await;
    let node_b = TestApp::spawn_with(cfg).await;
    let t = node_a.sign_up().await;
    let second = node_a
        .gql(
            None,
            "mutation($i: LogInInput!) { logIn(input: $i) { token } }",
            json!({ "i": { "email": t.email, "password": tongxin_tests::PASSWORD } }),
        )
        .await;
    let second = second["data"]["logIn"]["token"]
        .as_str()
        .unwrap()
        .to_string();
    let mut revoked = subscribe(&node_b, &second).await;
    let mut kept = subscribe(&node_b, &t.token).await;
    let sessions = node_a
        .gql(Some(&t.token), "{ mySessions { id current } }", json!({}))
        .await;
    let other = sessions["data"]["mySessions"]
        .as_array()
        .unwrap_or_else(|| panic!("{sessions}"))
        .iter()
        .find(|s| s["current"] == false)
        .unwrap()["id"]
        .clone();

    // Act
    let started = std::time::Instant::now();
    let done = node_a
        .gql(
            Some(&t.token),
            "mutation($i: IdInput!) { revokeSession(input: $i) }",
            json!({ "i": { "id": other } }),
        )
        .await;
    assert!(done["errors"].is_null(), "{done}");

    // Assert
    assert_eq!(closed_with(&mut revoked, 5).await, Some(4403));
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    remind_admin(&node_a, &t, "仍然在线").await;
    let still = next(&mut kept, 5)
        .await
        .expect("the other session keeps its socket");
    assert!(still.to_string().contains("仍然在线"), "{still}");
}
