//! Moderation through the API: reports of ideas, comments and chat messages; auto-hide at
//! exactly the tenant's number of reports, once under parallel reports; hidden content gone
//! for members but kept in the queue; the moderators' actions recorded; and every query and
//! mutation refused from another tenant beside its positive control.

use super::chat::{conversations, group_of, send};
use super::ideas::{World, world};
use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{TestApp, assert_ok, code, nodes};

const QUEUE: &str =
    "query($o: ID!, $s: ModerationStatus) { moderationQueue(orgId: $o, status: $s) {
    edges { node { id kind contentId status hidden pendingReports totalReports excerpt authorName
    reports { reporterName reason } history { action actorName note } } } } }";

async fn report(app: &TestApp, token: &str, kind: &str, id: &str) -> Value {
    app.gql(
        Some(token),
        "mutation($i: ReportContentInput!) { reportContent(input: $i) { newReport hidden } }",
        json!({ "i": { "kind": kind, "id": id, "reason": "不当言论" } }),
    )
    .await
}

async fn moderate(
    app: &TestApp,
    token: &str,
    item: &str,
    action: &str,
    note: Option<&str>,
) -> Value {
    app.gql(
        Some(token),
        "mutation($i: ModerateContentInput!) { moderateContent(input: $i) { item { status hidden history { action actorName note } } } }",
        json!({ "i": { "itemId": item, "action": action, "note": note } }),
    )
    .await
}

async fn queue(w: &World, token: &str) -> Vec<Value> {
    let data = assert_ok!(
        w.app
            .gql(Some(token), QUEUE, json!({ "o": w.branch }))
            .await
    );
    nodes(&data["moderationQueue"])
}

async fn visible(w: &World, token: &str, idea: &str) -> bool {
    let body = w
        .app
        .gql(
            Some(token),
            "query($id: ID!) { idea(id: $id) { id } }",
            json!({ "id": idea }),
        )
        .await;
    code(&body).is_none()
}

/// A fourth member of the branch, for a third independent reporter.
async fn third_reporter(w: &World) -> String {
    w.app.join(&w.admin.token, &w.branch, "举报人丙").await.0
}

#[tokio::test]
async fn an_idea_is_hidden_at_exactly_three_reports_and_stays_in_the_queue() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "不当内容", false).await;
    let third = third_reporter(&w).await;

    // Act + Assert: two reports leave it visible.
    assert_eq!(
        assert_ok!(report(&w.app, &w.fan, "IDEA", &id).await)["reportContent"]["hidden"],
        false
    );
    assert_eq!(
        assert_ok!(report(&w.app, &w.fan2, "IDEA", &id).await)["reportContent"]["hidden"],
        false
    );
    assert!(visible(&w, &w.fan, &id).await);
    let pending = queue(&w, &w.officer).await;
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0]["status"], "PENDING");
    assert_eq!(pending[0]["pendingReports"], 2);

    // The third hides it.
    let third_report = assert_ok!(report(&w.app, &third, "IDEA", &id).await);
    assert_eq!(third_report["reportContent"]["hidden"], true);
    assert!(!visible(&w, &w.fan, &id).await);
    assert!(!visible(&w, &w.author, &id).await);
    let wall = assert_ok!(
        w.app
            .gql(
                Some(&w.fan),
                "query($o: ID!) { ideas(orgId: $o) { edges { node { id } } } }",
                json!({ "o": w.branch })
            )
            .await
    );
    assert!(nodes(&wall["ideas"]).is_empty());
    assert!(visible(&w, &w.officer, &id).await, "handlers still see it");
    let hidden = queue(&w, &w.officer).await;
    assert_eq!(hidden[0]["status"], "HIDDEN");
    assert_eq!(hidden[0]["kind"], "IDEA");
    assert_eq!(hidden[0]["contentId"], id);
    assert!(hidden[0]["excerpt"].as_str().unwrap().contains("不当内容"));
    assert_eq!(hidden[0]["reports"].as_array().unwrap().len(), 3);
    assert_eq!(
        hidden[0]["history"],
        json!([{ "action": "AUTO_HIDE", "actorName": null, "note": null }])
    );
}

#[tokio::test]
async fn parallel_reports_hide_an_item_exactly_once_and_a_member_counts_once() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "并发举报", false).await;
    let third = third_reporter(&w).await;

    // Act: twenty reports by one member, and three members at once.
    let same = join_all((0..20).map(|_| report(&w.app, &w.fan, "IDEA", &id))).await;
    let many =
        join_all([&w.fan2, &third, &w.officer].map(|t| report(&w.app, t, "IDEA", &id))).await;

    // Assert
    for r in same.into_iter().chain(many) {
        assert_ok!(r);
    }
    let items = queue(&w, &w.officer).await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["totalReports"], 4);
    assert_eq!(items[0]["hidden"], true);
    let auto: Vec<&Value> = items[0]["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "AUTO_HIDE")
        .collect();
    assert_eq!(auto.len(), 1, "{items:?}");
}

#[tokio::test]
async fn moderators_dismiss_hide_warn_and_restore_with_each_action_recorded() {
    // Arrange: a comment reported once.
    let w = world().await;
    let id = w.submit(&w.author, "正常建议", false).await;
    let comment = assert_ok!(
        w.app
            .gql(
                Some(&w.fan),
                "mutation($i: CommentOnIdeaInput!) { commentOnIdea(input: $i) { comment { id } } }",
                json!({ "i": { "ideaId": id, "body": "一条被举报的评论" } }),
            )
            .await
    )["commentOnIdea"]["comment"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ok!(report(&w.app, &w.author, "IDEA_COMMENT", &comment).await);
    let item = queue(&w, &w.officer).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let comments = |token: String| {
        let app = &w.app;
        let id = id.clone();
        async move {
            let d = assert_ok!(
                app.gql(
                    Some(&token),
                    "query($id: ID!) { idea(id: $id) { comments { edges { node { body hidden } } } } }",
                    json!({ "id": id }),
                )
                .await
            );
            nodes(&d["idea"]["comments"]).len()
        }
    };

    // Act + Assert
    let dismissed =
        assert_ok!(moderate(&w.app, &w.officer, &item, "DISMISS", Some("未违规")).await);
    assert_eq!(dismissed["moderateContent"]["item"]["status"], "DISMISSED");
    let again = moderate(&w.app, &w.officer, &item, "DISMISS", None).await;
    assert_eq!(code(&again), Some("CONFLICT"));
    let hidden = assert_ok!(moderate(&w.app, &w.officer, &item, "HIDE", Some("人身攻击")).await);
    assert_eq!(hidden["moderateContent"]["item"]["hidden"], true);
    assert_eq!(comments(w.fan2.clone()).await, 0, "hidden for members");
    assert_eq!(
        comments(w.officer.clone()).await,
        1,
        "handlers see hidden comments"
    );
    assert_ok!(moderate(&w.app, &w.officer, &item, "WARN_AUTHOR", Some("请文明发言")).await);
    let warned = w.app.notifications(&w.fan).await;
    assert!(
        warned
            .iter()
            .any(|n| n["kind"] == "MODERATION" && n["body"] == "请文明发言"),
        "{warned:?}"
    );
    let restored = assert_ok!(moderate(&w.app, &w.officer, &item, "RESTORE", None).await);
    assert_eq!(restored["moderateContent"]["item"]["status"], "RESTORED");
    assert_eq!(comments(w.fan2.clone()).await, 1);
    let history: Vec<(String, String)> = restored["moderateContent"]["item"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["action"].as_str().unwrap().to_string(),
                h["actorName"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        history,
        ["DISMISS", "HIDE", "WARN_AUTHOR", "RESTORE"]
            .map(|a| (a.to_string(), "支部书记".to_string()))
    );
    let by_member = moderate(&w.app, &w.fan2, &item, "HIDE", None).await;
    assert_eq!(code(&by_member), Some("NOT_FOUND"));
    let queue_by_member = w
        .app
        .gql(Some(&w.fan2), QUEUE, json!({ "o": w.branch }))
        .await;
    assert_eq!(code(&queue_by_member), Some("NOT_FOUND"));
}

#[tokio::test]
async fn a_member_cannot_report_their_own_content_nor_content_they_cannot_read() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "自己的建议", false).await;

    // Act
    let own = report(&w.app, &w.author, "IDEA", &id).await;
    let unseen = report(&w.app, &w.outsider, "IDEA", &id).await;
    let wrong_kind = report(&w.app, &w.fan, "IDEA_COMMENT", &id).await;

    // Assert
    assert_eq!(code(&own), Some("FORBIDDEN"));
    assert_eq!(code(&unseen), Some("NOT_FOUND"));
    assert_eq!(code(&wrong_kind), Some("NOT_FOUND"));
}

#[tokio::test]
async fn a_chat_message_hidden_after_three_reports_is_no_longer_readable_and_comes_back_on_restore()
{
    // Arrange: the branch's group with a message by the author.
    let w = world().await;
    let third = third_reporter(&w).await;
    let conv =
        group_of(&conversations(&w.app, &w.author).await, &w.branch).expect("the branch's group");
    let sent = assert_ok!(send(&w.app, &w.author, &conv, "一条违规消息", "m-1").await);
    let message = sent["sendMessage"]["message"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let read = |token: String| {
        let app = &w.app;
        let conv = conv.clone();
        async move {
            let d = assert_ok!(
                app.gql(
                    Some(&token),
                    "query($c: ID!) { messages(conversationId: $c, first: 10) { body } }",
                    json!({ "c": conv }),
                )
                .await
            );
            d["messages"][0]["body"].as_str().unwrap().to_string()
        }
    };

    // Act
    assert_ok!(report(&w.app, &w.fan, "CHAT_MESSAGE", &message).await);
    assert_ok!(report(&w.app, &w.fan2, "CHAT_MESSAGE", &message).await);
    let before = read(w.fan.clone()).await;
    let last = assert_ok!(report(&w.app, &third, "CHAT_MESSAGE", &message).await);

    // Assert
    assert_eq!(before, "一条违规消息");
    assert_eq!(last["reportContent"]["hidden"], true);
    assert_eq!(read(w.fan.clone()).await, "");
    assert_eq!(read(w.fan2.clone()).await, "");
    let items = queue(&w, &w.officer).await;
    assert_eq!(items[0]["kind"], "CHAT_MESSAGE");
    assert_eq!(items[0]["excerpt"], "一条违规消息");
    let item = items[0]["id"].as_str().unwrap().to_string();
    assert_ok!(moderate(&w.app, &w.officer, &item, "RESTORE", Some("误报")).await);
    assert_eq!(read(w.fan.clone()).await, "一条违规消息");
}

#[tokio::test]
async fn a_member_outside_a_conversation_cannot_report_its_messages() {
    // Arrange
    let w = world().await;
    let conv = group_of(&conversations(&w.app, &w.author).await, &w.branch).unwrap();
    let sent = assert_ok!(send(&w.app, &w.author, &conv, "支部内部消息", "m-2").await);
    let message = sent["sendMessage"]["message"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Act
    let outsider = report(&w.app, &w.outsider, "CHAT_MESSAGE", &message).await;
    let member = report(&w.app, &w.fan, "CHAT_MESSAGE", &message).await;

    // Assert
    assert_eq!(code(&outsider), Some("NOT_FOUND"));
    assert_ok!(member);
}

#[tokio::test]
async fn every_moderation_query_and_mutation_is_not_found_from_another_tenant() {
    // Arrange
    let w = world().await;
    let other = w.app.sign_up().await;
    let id = w.submit(&w.author, "跨租户举报", false).await;
    let report_q = "mutation($i: ReportContentInput!) { reportContent(input: $i) { newReport } }";
    let report_vars = json!({ "i": { "kind": "IDEA", "id": id, "reason": "r" } });

    // Act + Assert: reporting.
    let foreign = w
        .app
        .gql(Some(&other.token), report_q, report_vars.clone())
        .await;
    assert_eq!(code(&foreign), Some("NOT_FOUND"));
    assert_ok!(w.app.gql(Some(&w.fan), report_q, report_vars).await);

    // The queue.
    let foreign_queue = w
        .app
        .gql(Some(&other.token), QUEUE, json!({ "o": w.branch }))
        .await;
    assert_eq!(code(&foreign_queue), Some("NOT_FOUND"));
    let items = queue(&w, &w.officer).await;
    assert_eq!(items.len(), 1);

    // An action.
    let item = items[0]["id"].as_str().unwrap();
    let foreign_action = moderate(&w.app, &other.token, item, "HIDE", None).await;
    assert_eq!(code(&foreign_action), Some("NOT_FOUND"));
    assert_ok!(moderate(&w.app, &w.officer, item, "HIDE", None).await);
}
