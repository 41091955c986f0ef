//! Managing conversations: custom groups, direct chats, joint department groups, admins,
//! broadcast-only, mutes, mentions and @all, recall, reports, sensitive words, search and
//! read counts — each with the refusal beside the permitted case, and other tenants refused.

use super::chat::{conversations, group_of, send};
use serde_json::{Value, json};
use tongxin_tests::{TestApp, code};

async fn create_group(app: &TestApp, token: &str, title: &str, members: &[&str]) -> Value {
    app.gql(
        Some(token),
        "mutation($i: CreateGroupInput!) { createGroup(input: $i) { id kind title viewerIsAdmin } }",
        json!({ "i": { "title": title, "memberIds": members } }),
    )
    .await
}

fn id_of(body: &Value, field: &str) -> String {
    body["data"][field]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_string()
}

async fn send_with(app: &TestApp, token: &str, input: Value) -> Value {
    app.gql(
        Some(token),
        "mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq body mentionIds mentionsAll } } }",
        json!({ "i": input }),
    )
    .await
}

async fn members_of(app: &TestApp, token: &str, conv: &str) -> Value {
    app.gql(
        Some(token),
        "query($c: ID!) { conversationMembers(conversationId: $c, first: 50) { totalCount items { id name isAdmin muted } } }",
        json!({ "c": conv }),
    )
    .await
}

#[tokio::test]
async fn a_custom_group_has_its_creator_as_admin_who_adds_and_removes_members() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "工会小组", "UNION").await;
    let (a, _) = app.join(&t.token, &unit, "甲").await;
    let (b, b_id) = app.join(&t.token, &unit, "乙").await;
    let (c, c_id) = app.join(&t.token, &unit, "丙").await;

    // Act
    let created = create_group(&app, &a, "羽毛球兴趣群", &[&b_id]).await;
    let conv = id_of(&created, "createGroup");
    let by_member = app
        .gql(
            Some(&b),
            "mutation($i: AddConversationMembersInput!) { addConversationMembers(input: $i) }",
            json!({ "i": { "conversationId": conv, "memberIds": [c_id] } }),
        )
        .await;
    let by_admin = app
        .gql(
            Some(&a),
            "mutation($i: AddConversationMembersInput!) { addConversationMembers(input: $i) }",
            json!({ "i": { "conversationId": conv, "memberIds": [c_id] } }),
        )
        .await;
    let c_sees = conversations(&app, &c).await;
    let removed = app
        .gql(
            Some(&a),
            "mutation($i: ConversationMemberInput!) { removeConversationMember(input: $i) }",
            json!({ "i": { "conversationId": conv, "memberId": c_id } }),
        )
        .await;
    let c_after = send(&app, &c, &conv, "还在吗", "r1").await;
    let listed = members_of(&app, &a, &conv).await;

    // Assert
    assert_eq!(created["data"]["createGroup"]["kind"], "GROUP", "{created}");
    assert_eq!(created["data"]["createGroup"]["viewerIsAdmin"], true);
    assert_eq!(code(&by_member), Some("FORBIDDEN"), "{by_member}");
    assert_eq!(by_admin["data"]["addConversationMembers"], 1, "{by_admin}");
    assert!(c_sees.iter().any(|x| x["id"] == conv.as_str()));
    assert!(removed["errors"].is_null(), "{removed}");
    assert_eq!(code(&c_after), Some("NOT_FOUND"));
    let page = &listed["data"]["conversationMembers"];
    assert_eq!(page["totalCount"], 2, "{listed}");
    assert_eq!(page["items"][0]["isAdmin"], true, "admins first");
    assert_eq!(page["items"][0]["name"], "甲");
}

#[tokio::test]
async fn a_direct_chat_is_one_per_pair_notifies_the_other_side_and_refuses_other_tenants() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "团支部", "YOUTH").await;
    let (a, a_id) = app.join(&t.token, &unit, "小赵").await;
    let (b, b_id) = app.join(&t.token, &unit, "小钱").await;
    let other = app.sign_up().await;
    let foreign_unit = app.create_org(&other.token, None, "外单位", "YOUTH").await;
    let (_, foreign_id) = app.join(&other.token, &foreign_unit, "外人").await;

    // Act
    let open = |token: String, member: String| {
        let app = &app;
        async move {
            app.gql(
                Some(&token),
                "mutation($m: ID!) { openDirectConversation(memberId: $m) { id kind } }",
                json!({ "m": member }),
            )
            .await
        }
    };
    let first = open(a.clone(), b_id.clone()).await;
    let back = open(b.clone(), a_id.clone()).await;
    let conv = id_of(&first, "openDirectConversation");
    send(&app, &a, &conv, "晚上开会别忘了", "d1").await;
    let cross = open(a.clone(), foreign_id).await;
    let to_self = open(a.clone(), a_id).await;

    // Assert
    assert_eq!(first["data"]["openDirectConversation"]["kind"], "DIRECT");
    assert_eq!(
        back["data"]["openDirectConversation"]["id"],
        conv.as_str(),
        "one conversation per pair"
    );
    let inbox = app.notifications(&b).await;
    assert!(
        inbox
            .iter()
            .any(|n| n["kind"] == "DIRECT_MESSAGE" && n["body"] == "晚上开会别忘了"),
        "{inbox:?}"
    );
    assert_eq!(code(&cross), Some("NOT_FOUND"), "{cross}");
    assert_eq!(code(&to_self), Some("VALIDATION"));
}

#[tokio::test]
async fn a_joint_group_spans_a_department_and_its_units_and_follows_placements() {
    // Arrange: a department, its party branch and its union group.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let dept = app.create_org(&t.token, None, "生产部", "ADMIN").await;
    let party = app
        .create_org(&t.token, None, "生产部党支部", "PARTY")
        .await;
    let union = app
        .create_org(&t.token, None, "生产部工会小组", "UNION")
        .await;
    let elsewhere = app.create_org(&t.token, None, "销售部", "ADMIN").await;
    let (in_dept, _) = app.join(&t.token, &dept, "部门员工").await;
    let (in_party, _) = app.join(&t.token, &party, "支部党员").await;
    let (outside, _) = app.join(&t.token, &elsewhere, "销售员").await;

    // Act
    let not_dept = app
        .gql(
            Some(&t.token),
            "mutation($i: CreateJointGroupInput!) { createJointGroup(input: $i) { id } }",
            json!({ "i": { "departmentId": party, "unitIds": [union], "title": "错误" } }),
        )
        .await;
    let by_member = app
        .gql(
            Some(&in_party),
            "mutation($i: CreateJointGroupInput!) { createJointGroup(input: $i) { id } }",
            json!({ "i": { "departmentId": dept, "unitIds": [party, union], "title": "生产部党工团群" } }),
        )
        .await;
    let _ = app
        .gql(
            Some(&t.token),
            "mutation($i: CreateJointGroupInput!) { createJointGroup(input: $i) { id } }",
            json!({ "i": { "departmentId": dept, "unitIds": [party, union], "title": "生产部党工团群" } }),
        )
        .await;
    let (in_union, _) = app.join(&t.token, &union, "工会会员").await;
    let joint = |v: &[Value]| v.iter().any(|c| c["kind"] == "JOINT");

    // Assert
    assert_eq!(code(&not_dept), Some("VALIDATION"), "{not_dept}");
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert!(joint(&conversations(&app, &in_dept).await));
    assert!(joint(&conversations(&app, &in_party).await));
    assert!(
        joint(&conversations(&app, &in_union).await),
        "placed after creation"
    );
    assert!(!joint(&conversations(&app, &outside).await));
}

#[tokio::test]
async fn broadcast_only_groups_and_mutes_refuse_with_the_reason_while_admins_post() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "宣传组", "PARTY").await;
    let (admin, _) = app.join(&t.token, &unit, "管理员甲").await;
    let (member, member_id) = app.join(&t.token, &unit, "成员乙").await;
    let conv = id_of(
        &create_group(&app, &admin, "通知群", &[&member_id]).await,
        "createGroup",
    );
    let update = |token: String, input: Value| {
        let app = &app;
        async move {
            app.gql(
                Some(&token),
                "mutation($i: UpdateConversationInput!) { updateConversation(input: $i) { broadcastOnly pinnedNotice } }",
                json!({ "i": input }),
            )
            .await
        }
    };

    // Act
    let by_member = update(
        member.clone(),
        json!({ "conversationId": conv, "broadcastOnly": true }),
    )
    .await;
    let set = update(
        admin.clone(),
        json!({ "conversationId": conv, "broadcastOnly": true, "pinnedNotice": "本周五下午三点学习" }),
    )
    .await;
    let member_post = send(&app, &member, &conv, "我想说两句", "b1").await;
    let admin_post = send(&app, &admin, &conv, "请大家准时参加", "b2").await;
    update(
        admin.clone(),
        json!({ "conversationId": conv, "broadcastOnly": false }),
    )
    .await;
    let muted = app
        .gql(
            Some(&admin),
            "mutation($i: MuteMemberInput!) { muteMember(input: $i) }",
            json!({ "i": { "conversationId": conv, "memberId": member_id, "minutes": 10 } }),
        )
        .await;
    let while_muted = send(&app, &member, &conv, "我被禁言了吗", "b3").await;
    app.gql(
        Some(&admin),
        "mutation($i: ConversationMemberInput!) { unmuteMember(input: $i) }",
        json!({ "i": { "conversationId": conv, "memberId": member_id } }),
    )
    .await;
    let after_unmute = send(&app, &member, &conv, "可以发言了", "b4").await;

    // Assert
    assert_eq!(code(&by_member), Some("FORBIDDEN"), "{by_member}");
    assert_eq!(
        set["data"]["updateConversation"]["broadcastOnly"], true,
        "{set}"
    );
    assert_eq!(
        set["data"]["updateConversation"]["pinnedNotice"],
        "本周五下午三点学习"
    );
    assert_eq!(code(&member_post), Some("FORBIDDEN"));
    assert!(
        member_post.to_string().contains("仅管理员"),
        "{member_post}"
    );
    assert!(admin_post["errors"].is_null(), "{admin_post}");
    assert!(muted["errors"].is_null(), "{muted}");
    assert_eq!(code(&while_muted), Some("FORBIDDEN"));
    assert!(while_muted.to_string().contains("禁言"), "{while_muted}");
    assert!(after_unmute["errors"].is_null(), "{after_unmute}");
}

#[tokio::test]
async fn mentions_notify_the_mentioned_and_all_is_for_admins_and_reaches_everyone() {
    // Arrange: an org group whose secretary holds a position.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "第三党支部", "PARTY").await;
    let (secretary, secretary_id) = app.join(&t.token, &branch, "书记").await;
    let (a, a_id) = app.join(&t.token, &branch, "党员甲").await;
    let (b, _) = app.join(&t.token, &branch, "党员乙").await;
    app.assign_position(&t.token, &branch, &secretary_id, "支部书记", "2026-01-01")
        .await;
    let conv = group_of(&conversations(&app, &a).await, &branch).unwrap();

    // Act
    let mention = send_with(
        &app,
        &b,
        json!({ "conversationId": conv, "body": "@党员甲 请看一下", "clientMessageId": "m1", "mentionIds": [a_id] }),
    )
    .await;
    let all_by_member = send_with(
        &app,
        &b,
        json!({ "conversationId": conv, "body": "大家好", "clientMessageId": "m2", "mentionAll": true }),
    )
    .await;
    let all_by_secretary = send_with(
        &app,
        &secretary,
        json!({ "conversationId": conv, "body": "@所有人 明天开会", "clientMessageId": "m3", "mentionAll": true }),
    )
    .await;
    let seq = all_by_secretary["data"]["sendMessage"]["message"]["seq"]
        .as_i64()
        .unwrap_or_else(|| panic!("{all_by_secretary}"));
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    let conv_id = tongxin_tests::uuid_of(&conv);
    // The job the send enqueued, run here as the worker would.
    let notified = tongxin_core::chat::notify_mention_all(
        &app.app,
        &tongxin_core::chat::MentionAllJob {
            tenant_id: tenant,
            conversation_id: conv_id,
            seq,
        },
    )
    .await
    .expect("mention all");
    let again = tongxin_core::chat::notify_mention_all(
        &app.app,
        &tongxin_core::chat::MentionAllJob {
            tenant_id: tenant,
            conversation_id: conv_id,
            seq,
        },
    )
    .await
    .expect("retry");

    // Assert
    assert!(mention["errors"].is_null(), "{mention}");
    let a_inbox = app.notifications(&a).await;
    assert!(
        a_inbox
            .iter()
            .any(|n| n["kind"] == "MENTION" && n["body"] == "@党员甲 请看一下"),
        "{a_inbox:?}"
    );
    assert_eq!(code(&all_by_member), Some("FORBIDDEN"), "{all_by_member}");
    assert_eq!(notified, 2, "everyone but the author");
    assert_eq!(again, 0, "a retried job writes nothing twice");
    assert!(
        app.notifications(&b)
            .await
            .iter()
            .any(|n| n["title"].as_str().unwrap_or("").contains("@所有人"))
    );
}

#[tokio::test]
async fn senders_recall_their_own_admins_recall_any_and_others_cannot() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "团委", "YOUTH").await;
    let (admin, _) = app.join(&t.token, &unit, "团委书记").await;
    let (a, a_id) = app.join(&t.token, &unit, "团员甲").await;
    let (b, b_id) = app.join(&t.token, &unit, "团员乙").await;
    let conv = id_of(
        &create_group(&app, &admin, "团员群", &[&a_id, &b_id]).await,
        "createGroup",
    );
    send(&app, &a, &conv, "发错了", "x1").await;
    send(&app, &a, &conv, "这条不该发", "x2").await;
    let recall = |token: String, seq: i64| {
        let app = &app;
        let conv = conv.clone();
        async move {
            app.gql(
                Some(&token),
                "mutation($i: MessageRefInput!) { recallMessage(input: $i) { seq body recalledAt recalledBy } }",
                json!({ "i": { "conversationId": conv, "seq": seq } }),
            )
            .await
        }
    };

    // Act
    let by_other = recall(b.clone(), 1).await;
    let by_sender = recall(a.clone(), 1).await;
    let by_admin = recall(admin.clone(), 2).await;
    let history = app
        .gql(
            Some(&b),
            "query($c: ID!) { messages(conversationId: $c, first: 5) { seq body recalledAt } }",
            json!({ "c": conv }),
        )
        .await;

    // Assert
    assert_eq!(code(&by_other), Some("FORBIDDEN"), "{by_other}");
    assert_eq!(
        by_sender["data"]["recallMessage"]["body"], "",
        "{by_sender}"
    );
    assert!(!by_sender["data"]["recallMessage"]["recalledAt"].is_null());
    assert!(by_admin["errors"].is_null(), "{by_admin}");
    let rows = history["data"]["messages"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "placeholders stay");
    assert!(
        rows.iter()
            .all(|m| m["body"] == "" && !m["recalledAt"].is_null())
    );
}

#[tokio::test]
async fn sensitive_words_block_or_mask_and_only_tenant_admins_edit_the_list() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "车间党支部", "PARTY").await;
    let (member, _) = app.join(&t.token, &unit, "车间党员").await;
    let conv = group_of(&conversations(&app, &member).await, &unit).unwrap();
    let set = |token: String, word: &'static str, action: &'static str| {
        let app = &app;
        async move {
            app.gql(
                Some(&token),
                "mutation($i: SetChatWordInput!) { setChatWord(input: $i) { word action } }",
                json!({ "i": { "word": word, "action": action } }),
            )
            .await
        }
    };

    // Act
    let by_member = set(member.clone(), "赌博", "BLOCK").await;
    set(t.token.clone(), "赌博", "BLOCK").await;
    set(t.token.clone(), "笨蛋", "MASK").await;
    let blocked = send(&app, &member, &conv, "周末去赌博吗", "w1").await;
    let masked = send(&app, &member, &conv, "你这个笨蛋", "w2").await;
    let other = app.sign_up().await;
    let other_unit = app
        .create_org(&other.token, None, "外单位支部", "PARTY")
        .await;
    let (other_member, _) = app.join(&other.token, &other_unit, "外单位党员").await;
    let other_conv = group_of(&conversations(&app, &other_member).await, &other_unit).unwrap();
    let elsewhere = send(&app, &other_member, &other_conv, "赌博是违法的", "w3").await;

    // Assert
    assert_eq!(code(&by_member), Some("FORBIDDEN"), "{by_member}");
    assert_eq!(code(&blocked), Some("VALIDATION"));
    assert!(blocked.to_string().contains("赌博"), "{blocked}");
    assert_eq!(
        masked["data"]["sendMessage"]["message"]["body"], "你这个**",
        "{masked}"
    );
    assert!(
        elsewhere["errors"].is_null(),
        "another tenant's list does not apply: {elsewhere}"
    );
}

#[tokio::test]
async fn a_report_reaches_the_groups_admins_and_search_and_read_counts_work() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "质量部工会", "UNION").await;
    let (admin, _) = app.join(&t.token, &unit, "工会主席").await;
    let (a, a_id) = app.join(&t.token, &unit, "会员甲").await;
    let (b, b_id) = app.join(&t.token, &unit, "会员乙").await;
    let conv = id_of(
        &create_group(&app, &admin, "质量部会员群", &[&a_id, &b_id]).await,
        "createGroup",
    );
    send(&app, &a, &conv, "100% 完成质量目标", "s1").await;
    send(&app, &a, &conv, "不当言论", "s2").await;
    app.gql(
        Some(&b),
        "mutation($i: MarkConversationReadInput!) { markConversationRead(input: $i) }",
        json!({ "i": { "conversationId": conv, "seq": 1 } }),
    )
    .await;

    // Act
    let report = app
        .gql(
            Some(&b),
            "mutation($i: ReportMessageInput!) { reportMessage(input: $i) }",
            json!({ "i": { "conversationId": conv, "seq": 2, "reason": "言论不当" } }),
        )
        .await;
    let found = app
        .gql(
            Some(&b),
            "query($c: ID!) { searchMessages(conversationId: $c, query: \"100%\", first: 10) { seq body } }",
            json!({ "c": conv }),
        )
        .await;
    let wildcard = app
        .gql(
            Some(&b),
            "query($c: ID!) { searchMessages(conversationId: $c, query: \"%\", first: 10) { seq } }",
            json!({ "c": conv }),
        )
        .await;
    let history = app
        .gql(
            Some(&a),
            "query($c: ID!) { messages(conversationId: $c, first: 5) { seq readCount { read of } } }",
            json!({ "c": conv }),
        )
        .await;
    let stranger = app.sign_up().await;
    let cross = app
        .gql(
            Some(&stranger.token),
            "query($c: ID!) { searchMessages(conversationId: $c, query: \"质量\", first: 10) { seq } }",
            json!({ "c": conv }),
        )
        .await;

    // Assert
    assert!(report["errors"].is_null(), "{report}");
    let inbox = app.notifications(&admin).await;
    assert!(
        inbox
            .iter()
            .any(|n| n["kind"] == "MESSAGE_REPORT"
                && n["body"].as_str().unwrap().contains("言论不当")),
        "{inbox:?}"
    );
    assert!(
        app.notifications(&a)
            .await
            .iter()
            .all(|n| n["kind"] != "MESSAGE_REPORT"),
        "the reported author is not told who reported"
    );
    assert_eq!(found["data"]["searchMessages"][0]["seq"], 1, "{found}");
    assert_eq!(
        wildcard["data"]["searchMessages"].as_array().unwrap().len(),
        1,
        "a % is matched literally"
    );
    let counts = history["data"]["messages"].as_array().unwrap();
    // Newest first: seq 2 read by nobody else (b read up to 1), seq 1 read by b.
    assert_eq!(
        counts[0]["readCount"],
        json!({ "read": 0, "of": 2 }),
        "{history}"
    );
    assert_eq!(counts[1]["readCount"], json!({ "read": 1, "of": 2 }));
    assert_eq!(code(&cross), Some("NOT_FOUND"));
}
