//! Group chat: org groups follow where members are placed; sending is idempotent per client
//! id; history pages by seq; `messageAdded` replays after `afterSeq` then streams live without
//! gaps or duplicates; other tenants and non-members see nothing.

use futures::SinkExt;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tongxin_tests::{
    TestApp, code,
    ws::{self, Ws, next},
};

pub(crate) async fn conversations(app: &TestApp, token: &str) -> Vec<Value> {
    let body = app
        .gql(
            Some(token),
            "{ conversations(first: 20) { edges { node { id title kind unreadCount lastSeq organization { id } lastMessage { seq body author { name } } } } } }",
            json!({}),
        )
        .await;
    body["data"]["conversations"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

pub(crate) fn group_of(convs: &[Value], org: &str) -> Option<String> {
    convs
        .iter()
        .find(|c| c["organization"]["id"] == org)
        .map(|c| c["id"].as_str().unwrap().to_string())
}

pub(crate) async fn send(
    app: &TestApp,
    token: &str,
    conv: &str,
    body: &str,
    client_id: &str,
) -> Value {
    app.gql(
        Some(token),
        "mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id seq body createdAt author { id name } } } }",
        json!({ "i": { "conversationId": conv, "body": body, "clientMessageId": client_id } }),
    )
    .await
}

#[tokio::test]
async fn an_org_group_holds_its_members_stores_one_message_per_client_id_and_pages_by_seq() {
    // Arrange: a branch with two members.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    let (wang, _) = app.join(&t.token, &branch, "王芳").await;
    let (li, _) = app.join(&t.token, &branch, "李强").await;
    let conv = group_of(&conversations(&app, &wang).await, &branch).expect("the branch's group");

    // Act
    let first = send(&app, &wang, &conv, "同志们好", "c-1").await;
    let again = send(&app, &wang, &conv, "同志们好", "c-1").await;
    send(&app, &li, &conv, "收到", "c-1").await;
    send(&app, &wang, &conv, "周五主题党日", "c-2").await;
    let newest = app
        .gql(
            Some(&li),
            "query($c: ID!) { messages(conversationId: $c, first: 2) { seq body author { name } } }",
            json!({ "c": conv }),
        )
        .await;
    let older = app
        .gql(
            Some(&li),
            "query($c: ID!) { messages(conversationId: $c, first: 10, beforeSeq: 2) { seq } }",
            json!({ "c": conv }),
        )
        .await;

    // Assert
    let m = &first["data"]["sendMessage"]["message"];
    assert_eq!(m["seq"], 1, "{first}");
    assert_eq!(m["author"]["name"], "王芳");
    assert_eq!(
        again["data"]["sendMessage"]["message"]["id"], m["id"],
        "one message per client id"
    );
    assert_eq!(newest["data"]["messages"][0]["seq"], 3, "{newest}");
    assert_eq!(newest["data"]["messages"][1]["seq"], 2);
    assert_eq!(newest["data"]["messages"][0]["author"]["name"], "王芳");
    assert_eq!(older["data"]["messages"].as_array().unwrap().len(), 1);
    let li_view = conversations(&app, &li).await;
    let g = li_view.iter().find(|c| c["id"] == conv.as_str()).unwrap();
    // 李强 read up to his own message (seq 2); seq 3 is unread.
    assert_eq!(g["unreadCount"], 1, "{g}");
    assert_eq!(g["lastMessage"]["body"], "周五主题党日");
}

#[tokio::test]
async fn reading_moves_the_cursor_and_clears_the_unread_count() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "机关党支部", "PARTY").await;
    let (a, _) = app.join(&t.token, &branch, "赵一").await;
    let (b, _) = app.join(&t.token, &branch, "钱二").await;
    let conv = group_of(&conversations(&app, &a).await, &branch).unwrap();
    for i in 0..3 {
        send(&app, &a, &conv, &format!("第 {i} 条"), &format!("m{i}")).await;
    }
    let before = conversations(&app, &b).await;

    // Act
    let marked = app
        .gql(
            Some(&b),
            "mutation($i: MarkConversationReadInput!) { markConversationRead(input: $i) }",
            json!({ "i": { "conversationId": conv, "seq": 3 } }),
        )
        .await;

    // Assert
    assert!(marked["errors"].is_null(), "{marked}");
    let unread =
        |v: &[Value]| v.iter().find(|c| c["id"] == conv.as_str()).unwrap()["unreadCount"].clone();
    assert_eq!(unread(&before), 3);
    assert_eq!(unread(&conversations(&app, &b).await), 0);
}

#[tokio::test]
async fn membership_follows_a_move_between_units_and_a_disable() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let one = app.create_org(&t.token, None, "一支部", "PARTY").await;
    let two = app.create_org(&t.token, None, "二支部", "PARTY").await;
    let (token, member) = app.join(&t.token, &one, "孙三").await;
    let old = group_of(&conversations(&app, &token).await, &one).unwrap();

    // Act: moved to the second branch.
    app.place(&t.token, &member, &[&two]).await;
    let after_move = conversations(&app, &token).await;
    let history = app
        .gql(
            Some(&token),
            "query($c: ID!) { messages(conversationId: $c, first: 5) { seq } }",
            json!({ "c": old }),
        )
        .await;

    // Assert
    assert!(group_of(&after_move, &one).is_none());
    assert!(group_of(&after_move, &two).is_some());
    assert_eq!(code(&history), Some("NOT_FOUND"), "{history}");
    app.set_member_disabled(&t.token, &member, true).await;
}

#[tokio::test]
async fn other_tenants_and_non_members_cannot_read_or_post_and_long_messages_are_refused() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "保密支部", "PARTY").await;
    let (inside, _) = app.join(&t.token, &branch, "周四").await;
    let other_unit = app.create_org(&t.token, None, "另一支部", "PARTY").await;
    let (outsider, _) = app.join(&t.token, &other_unit, "吴五").await;
    let stranger = app.sign_up().await;
    let conv = group_of(&conversations(&app, &inside).await, &branch).unwrap();

    // Act
    let own = send(&app, &inside, &conv, "内部消息", "x1").await;
    let too_long = send(&app, &inside, &conv, &"长".repeat(2001), "x2").await;
    let by_outsider = send(&app, &outsider, &conv, "插话", "y1").await;
    let by_stranger = send(&app, &stranger.token, &conv, "跨租户", "z1").await;
    let read_by_stranger = app
        .gql(
            Some(&stranger.token),
            "query($c: ID!) { messages(conversationId: $c, first: 5) { body } }",
            json!({ "c": conv }),
        )
        .await;

    // Assert
    assert!(own["errors"].is_null(), "positive control: {own}");
    assert_eq!(code(&too_long), Some("VALIDATION"));
    assert!(
        too_long["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("2000")
    );
    assert_eq!(code(&by_outsider), Some("NOT_FOUND"));
    assert_eq!(code(&by_stranger), Some("NOT_FOUND"));
    assert_eq!(code(&read_by_stranger), Some("NOT_FOUND"));
    assert!(group_of(&conversations(&app, &stranger.token).await, &branch).is_none());
}

pub(crate) async fn open(app: &TestApp, token: &str, conv: &str, after: i64) -> Ws {
    let mut ws = ws::connect(&app.base, token).await;
    let sub = json!({ "id": "m", "type": "subscribe", "payload": {
        "query": "subscription($c: ID!, $a: Int) { messageAdded(conversationId: $c, afterSeq: $a) { seq body } }",
        "variables": { "c": conv, "a": after } } });
    ws.send(Message::Text(sub.to_string().into()))
        .await
        .unwrap();
    ws
}

async fn seqs(ws: &mut Ws, n: usize) -> Vec<i64> {
    let mut out = Vec::new();
    while out.len() < n {
        let v = next(ws, 5).await.expect("a message");
        out.push(
            v["payload"]["data"]["messageAdded"]["seq"]
                .as_i64()
                .unwrap_or_else(|| panic!("{v}")),
        );
    }
    out
}

#[tokio::test]
async fn message_added_replays_after_the_given_seq_then_streams_live_without_gaps_or_duplicates() {
    // Arrange: five messages already stored.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "青年党支部", "PARTY").await;
    let (a, _) = app.join(&t.token, &branch, "郑六").await;
    let (b, _) = app.join(&t.token, &branch, "冯七").await;
    let conv = group_of(&conversations(&app, &a).await, &branch).unwrap();
    for i in 1..=5 {
        send(&app, &a, &conv, &format!("消息 {i}"), &format!("p{i}")).await;
    }

    // Act: subscribe after seq 2, then three more arrive live; reconnect after the 6th.
    let mut ws = open(&app, &b, &conv, 2).await;
    let replayed = seqs(&mut ws, 3).await;
    for i in 6..=8 {
        send(&app, &a, &conv, &format!("消息 {i}"), &format!("p{i}")).await;
    }
    let live = seqs(&mut ws, 3).await;
    drop(ws);
    send(&app, &a, &conv, "消息 9", "p9").await;
    let mut again = open(&app, &b, &conv, 6).await;
    let resumed = seqs(&mut again, 3).await;

    // Assert
    assert_eq!(replayed, vec![3, 4, 5]);
    assert_eq!(live, vec![6, 7, 8]);
    assert_eq!(resumed, vec![7, 8, 9]);
}

#[tokio::test]
async fn the_shared_and_the_ordinary_paths_render_a_message_alike_and_complete_on_request() {
    // Arrange: one socket with two subscriptions to the same conversation. "s" selects only
    // fields that read alike for everyone (rendered once per node); "o" adds a viewer-dependent
    // field, so the executor resolves it for this subscriber.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "二支部", "PARTY").await;
    let (a, _) = app.join(&t.token, &branch, "褚九").await;
    let (b, _) = app.join(&t.token, &branch, "卫十").await;
    let conv = group_of(&conversations(&app, &a).await, &branch).unwrap();
    let mut ws = open(&app, &b, &conv, 0).await;
    let fields = "id seq body createdAt replyToSeq recalledAt mentionIds mentionsAll conversationId author { __typename id name }";
    for (id, extra) in [("s", ""), ("o", " mentionsViewer")] {
        let sub = json!({ "id": id, "type": "subscribe", "payload": {
            "query": format!("subscription($c: ID!) {{ messageAdded(conversationId: $c) {{ {fields}{extra} }} }}"),
            "variables": { "c": conv } } });
        ws.send(Message::Text(sub.to_string().into()))
            .await
            .unwrap();
    }
    // The protocol does not acknowledge a subscribe; give the node time to register both.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;

    // Act: one message, then "s" is completed by the client, then another message. The
    // socket's own "m" subscription (from `open`) receives both messages too.
    send(&app, &a, &conv, "第一条", "c1").await;
    let mut first = std::collections::HashMap::new();
    let (mut stopped, mut completed) = (false, false);
    while !(completed && ["s", "o", "m"].iter().all(|k| first.contains_key(*k))) {
        let v = next(&mut ws, 5)
            .await
            .unwrap_or_else(|| panic!("a frame; so far {first:?}, completed {completed}"));
        let id = v["id"].as_str().unwrap_or_default().to_string();
        match v["type"].as_str() {
            Some("next") => {
                first.insert(id, v["payload"]["data"]["messageAdded"].clone());
            }
            Some("complete") if id == "s" => completed = true,
            _ => panic!("unexpected frame {v}"),
        }
        if !stopped && first.contains_key("s") && first.contains_key("o") {
            let stop = json!({ "id": "s", "type": "complete" });
            ws.send(Message::Text(stop.to_string().into()))
                .await
                .unwrap();
            stopped = true;
        }
    }
    send(&app, &a, &conv, "第二条", "c2").await;
    let mut after_stop = std::collections::BTreeMap::new();
    while after_stop.len() < 2 {
        let v = next(&mut ws, 5).await.expect("a frame");
        after_stop.insert(
            v["id"].as_str().unwrap_or_default().to_string(),
            v["payload"]["data"]["messageAdded"]["seq"].clone(),
        );
    }

    // Assert
    let mut ordinary = first["o"].clone();
    assert_eq!(ordinary["mentionsViewer"], false);
    ordinary.as_object_mut().unwrap().remove("mentionsViewer");
    assert_eq!(first["s"], ordinary, "both paths answer alike");
    assert_eq!(first["s"]["body"], "第一条");
    assert_eq!(first["s"]["author"]["name"], "褚九");
    assert_eq!(
        after_stop.keys().map(String::as_str).collect::<Vec<_>>(),
        ["m", "o"],
        "only the subscriptions still open receive the second message"
    );
    assert!(after_stop.values().all(|seq| seq == 2), "{after_stop:?}");
    assert!(
        next(&mut ws, 5).await.is_none(),
        "nothing more for the completed subscription"
    );
}

#[tokio::test]
async fn a_non_member_cannot_subscribe_to_a_conversation() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "甲支部", "PARTY").await;
    let (inside, _) = app.join(&t.token, &branch, "陈八").await;
    let conv = group_of(&conversations(&app, &inside).await, &branch).unwrap();
    let stranger = app.sign_up().await;

    // Act
    let mut ws = open(&app, &stranger.token, &conv, 0).await;
    let reply = next(&mut ws, 5).await.expect("a reply");

    // Assert
    let text = reply.to_string();
    assert!(text.contains("NOT_FOUND"), "{text}");
    assert!(
        reply["payload"]["data"].is_null() || reply["type"] == "error",
        "{text}"
    );
}
