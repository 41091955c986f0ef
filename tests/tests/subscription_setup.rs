//! Subscription set-up in batches: many subscriptions arriving together are answered each for
//! its own member, and past a full set-up queue a subscription is refused with the retryable
//! `UNAVAILABLE`, never an internal error.

use crate::chat::{conversations, group_of, send};
use futures::SinkExt;
use serde_json::{Value, json};
use std::{collections::HashMap, time::Duration};
use tokio_tungstenite::tungstenite::Message;
use tongxin_core::{Ctx, db::Lane};
use tongxin_tests::{
    TestApp, wait_until,
    ws::{self, Ws, next},
};

const QUERY: &str = "subscription($c: ID!, $a: Int) { messageAdded(conversationId: $c, afterSeq: $a) { seq body } }";

async fn socket(app: &TestApp, token: &str) -> Ws {
    ws::connect(&app.base, token).await
}

async fn subscribe(ws: &mut Ws, id: &str, conv: &str, after: i64) {
    let sub = json!({ "id": id, "type": "subscribe",
        "payload": { "query": QUERY, "variables": { "c": conv, "a": after } } });
    ws.send(Message::Text(sub.to_string().into()))
        .await
        .expect("subscribe");
}

/// The id of the tenant `token` belongs to.
/// Operation id → the seqs it received, and the error codes it received, until `want` seqs
/// and errors have come in all.
async fn collect(ws: &mut Ws, want: usize) -> (HashMap<String, Vec<i64>>, HashMap<String, String>) {
    let (mut seqs, mut errors) = (HashMap::<String, Vec<i64>>::new(), HashMap::new());
    let mut got = 0;
    while got < want {
        let v: Value = next(ws, 5)
            .await
            .unwrap_or_else(|| panic!("{got} of {want} frames"));
        let id = v["id"].as_str().unwrap_or_default().to_string();
        if let Some(seq) = v["payload"]["data"]["messageAdded"]["seq"].as_i64() {
            seqs.entry(id).or_default().push(seq);
            got += 1;
        } else if let Some(code) = v["payload"]["errors"][0]["extensions"]["code"]
            .as_str()
            .or(v["payload"][0]["extensions"]["code"].as_str())
        {
            errors.insert(id, code.to_string());
            got += 1;
        }
    }
    (seqs, errors)
}

#[tokio::test]
async fn subscriptions_arriving_together_are_answered_each_for_its_own_member_and_then_stream_live()
{
    // Arrange: a branch group with three messages; a member, and a stranger from another
    // tenant who may not read it.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "批量支部", "PARTY").await;
    let (member, _) = app.join(&t.token, &branch, "林一").await;
    let conv = group_of(&conversations(&app, &member).await, &branch).expect("group");
    for i in 1..=3 {
        send(&app, &member, &conv, &format!("消息{i}"), &format!("b{i}")).await;
    }
    let stranger = app.sign_up().await;
    let mut mine = socket(&app, &member).await;
    let mut theirs = socket(&app, &stranger.token).await;

    // Act: forty subscriptions of the member (half from the start, half after seq 2) and ten
    // of the stranger, all sent without waiting.
    for i in 0..40 {
        subscribe(
            &mut mine,
            &format!("m{i}"),
            &conv,
            if i % 2 == 0 { 0 } else { 2 },
        )
        .await;
    }
    for i in 0..10 {
        subscribe(&mut theirs, &format!("s{i}"), &conv, 0).await;
    }
    let (replayed, refused) = collect(&mut mine, 20 * 3 + 20).await;
    let (leaked, strangers) = collect(&mut theirs, 10).await;
    send(&app, &member, &conv, "新消息", "b4").await;
    let (live, _) = collect(&mut mine, 40).await;

    // Assert
    assert!(refused.is_empty(), "{refused:?}");
    for i in 0..40 {
        let id = format!("m{i}");
        let want: &[i64] = if i % 2 == 0 { &[1, 2, 3] } else { &[3] };
        assert_eq!(replayed.get(&id).map(Vec::as_slice), Some(want), "{id}");
        assert_eq!(live.get(&id).map(Vec::as_slice), Some(&[4][..]), "{id}");
    }
    assert!(leaked.is_empty(), "{leaked:?}");
    assert_eq!(strangers.len(), 10);
    assert!(
        strangers.values().all(|c| c == "NOT_FOUND"),
        "{strangers:?}"
    );
}

#[tokio::test]
async fn past_a_full_setup_queue_a_subscription_is_refused_as_unavailable_and_a_retry_goes_through()
{
    // Arrange: one set-up worker, one set-up connection (held by the test, so the worker waits
    // with the first set-up in hand) and room for two more to wait.
    let mut config = tongxin_tests::config();
    config.database.setup_max_connections = 1;
    config.realtime.setup_concurrency = 1;
    config.realtime.setup_queue = 2;
    let app = TestApp::spawn_with(config).await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "排队支部", "PARTY").await;
    let (member, _) = app.join(&t.token, &branch, "林二").await;
    let conv = group_of(&conversations(&app, &member).await, &branch).expect("group");
    send(&app, &member, &conv, "第一条", "q1").await;
    let tenant = app.tenant_id(&t.token).await;
    let held = app
        .app
        .db
        .begin_tenant_on(Lane::Setup, &Ctx::for_tests(tenant))
        .await
        .expect("the only set-up connection");
    let mut ws = socket(&app, &member).await;
    let waiting_is = |n: usize| {
        let setups = app.app.setups.clone();
        async move {
            let what = format!("{n} subscriptions waiting for their set-up");
            wait_until(Duration::from_secs(10), what, || async {
                setups.waiting() == n
            })
            .await;
        }
    };

    // Act: the first is taken by the worker, two wait, the fourth finds the queue full.
    subscribe(&mut ws, "a", &conv, 0).await;
    waiting_is(0).await;
    subscribe(&mut ws, "b", &conv, 0).await;
    subscribe(&mut ws, "c", &conv, 0).await;
    waiting_is(2).await;
    subscribe(&mut ws, "d", &conv, 0).await;
    let (early, refused) = collect(&mut ws, 1).await;
    held.rollback().await.expect("release");
    let (served, _) = collect(&mut ws, 3).await;
    subscribe(&mut ws, "d2", &conv, 0).await;
    let (retried, _) = collect(&mut ws, 1).await;

    // Assert
    assert!(early.is_empty(), "{early:?}");
    assert_eq!(refused.get("d").map(String::as_str), Some("UNAVAILABLE"));
    for id in ["a", "b", "c"] {
        assert_eq!(served.get(id).map(Vec::as_slice), Some(&[1][..]), "{id}");
    }
    assert_eq!(retried.get("d2").map(Vec::as_slice), Some(&[1][..]));
}

#[tokio::test]
async fn a_room_whose_first_read_fails_keeps_trying_and_its_subscriber_still_hears_new_messages() {
    // Arrange: two request connections with a short acquire time-out, so the test can keep
    // the room's first read from getting one.
    let mut config = tongxin_tests::config();
    config.database.max_connections = 2;
    config.database.acquire_timeout_ms = 300;
    let app = TestApp::spawn_with(config).await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "重试支部", "PARTY").await;
    let (member, _) = app.join(&t.token, &branch, "林三").await;
    let conv = group_of(&conversations(&app, &member).await, &branch).expect("group");
    send(&app, &member, &conv, "第一条", "r1").await;
    let tenant = app.tenant_id(&t.token).await;
    let mut ws = socket(&app, &member).await;
    let system = Ctx::for_tests(tenant);
    let held = (
        app.app.db.begin_tenant(&system).await.expect("one"),
        app.app.db.begin_tenant(&system).await.expect("the other"),
    );
    // Act: subscribe while the room cannot read; release; a new message is sent.
    subscribe(&mut ws, "r", &conv, 0).await;
    let (replayed, _) = collect(&mut ws, 1).await;
    tokio::time::sleep(Duration::from_millis(700)).await; // the room's first read times out
    drop(held);
    send(&app, &member, &conv, "第二条", "r2").await;
    let (live, _) = collect(&mut ws, 1).await;

    // Assert
    assert_eq!(replayed.get("r").map(Vec::as_slice), Some(&[1][..]));
    assert_eq!(live.get("r").map(Vec::as_slice), Some(&[2][..]));
}
