//! The sender's list of notices (`sentNotices`) reads each notice as opening it on its own
//! would: the same fields, the same viewer access and receipt, page after page.

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use tongxin_tests::TestApp;

const FIELDS: &str = "id title status category importance ackRequired recipientCount \
    viewerCanManage viewerCanSeeBoard myReceipt { readAt acknowledgedAt reply } \
    stats { recipients read acknowledged }";

#[tokio::test]
async fn each_sent_notice_reads_as_it_does_on_its_own_across_pages() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    app.join(&t.token, &branch, "甲成员").await;
    app.join(&t.token, &branch, "乙成员").await;

    // Published to the branch and to the author by name, so the author has a copy of their own.
    let published = app
        .gql(
            Some(&t.token),
            "mutation($i: NoticeInput!) { publishNotice(input: $i) { notice { id } } }",
            json!({ "i": {
                "issuerOrgId": branch,
                "title": "关于开展主题党日活动的通知",
                "body": "<p>请按时参加</p>",
                "category": "URGENT",
                "ackRequired": true,
                "ackDeadline": (Utc::now() + Duration::days(3)).to_rfc3339(),
                "audience": { "orgs": [{ "orgId": branch }], "memberIds": [t.member_id] },
            } }),
        )
        .await;
    assert!(published["errors"].is_null(), "{published}");
    let draft = app
        .gql(
            Some(&t.token),
            "mutation($i: NoticeInput!) { saveNoticeDraft(input: $i) { notice { id } } }",
            json!({ "i": {
                "issuerOrgId": branch,
                "title": "年度工作总结（草稿）",
                "body": "<p>待完善</p>",
                "category": "ANNOUNCEMENT",
                "audience": {},
            } }),
        )
        .await;
    assert!(draft["errors"].is_null(), "{draft}");

    let mut listed = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = app
            .gql(
                Some(&t.token),
                &format!(
                    "query($after: String) {{ sentNotices(first: 1, after: $after) {{ \
                     edges {{ node {{ {FIELDS} }} }} pageInfo {{ hasNextPage endCursor }} }} }}"
                ),
                json!({ "after": after }),
            )
            .await;
        assert!(page["errors"].is_null(), "{page}");
        let sent = &page["data"]["sentNotices"];
        for e in sent["edges"].as_array().unwrap() {
            listed.push(e["node"].clone());
        }
        if !sent["pageInfo"]["hasNextPage"].as_bool().unwrap() {
            break;
        }
        after = sent["pageInfo"]["endCursor"].clone();
    }

    let titles: Vec<&str> = listed
        .iter()
        .map(|n| n["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["年度工作总结（草稿）", "关于开展主题党日活动的通知"]
    );
    assert_eq!(listed[0]["status"], "DRAFT");
    assert_eq!(listed[0]["myReceipt"], Value::Null);
    assert_eq!(listed[1]["status"], "PUBLISHED");
    assert_eq!(listed[1]["importance"], "URGENT");
    assert_eq!(listed[1]["recipientCount"], 3);
    assert_eq!(listed[1]["viewerCanManage"], true);
    assert_eq!(listed[1]["viewerCanSeeBoard"], true);
    assert_eq!(listed[1]["myReceipt"]["readAt"], Value::Null);

    for n in &listed {
        let one = app
            .gql(
                Some(&t.token),
                &format!("query($id: ID!) {{ node(id: $id) {{ ... on Notice {{ {FIELDS} }} }} }}"),
                json!({ "id": n["id"] }),
            )
            .await;
        assert!(one["errors"].is_null(), "{one}");
        assert_eq!(&one["data"]["node"], n);
    }
}
