//! 支部设置与换届检查 against the real server: the branches of a committee measured against the
//! rules on size, committee and term, from members' real placement and status and the branches'
//! positions; another tenant gets NOT_FOUND beside a positive control.

use serde_json::json;
use tongxin_tests::{TestApp, code};

const REVIEW: &str = "query($o: ID!) { branchSettingReview(organizationId: $o) { asOf warningCount sources branches { organizationName formalMembers probationaryMembers committeeSize termEnd warnings messages } } }";
const ASSIGN: &str =
    "mutation($i: AssignPositionInput!) { assignPosition(input: $i) { position { id } } }";

/// Adds `n` members of `status` to `branch`; their ids.
async fn members(app: &TestApp, token: &str, branch: &str, n: usize, status: &str) -> Vec<String> {
    let mut ids = vec![];
    for i in 0..n {
        let (_, id) = app.join(token, branch, &format!("党员{i}")).await;
        app.set_political_status(token, &id, &format!("党员{i}"), status)
            .await;
        ids.push(id);
    }
    ids
}

#[tokio::test]
async fn branches_are_measured_against_size_committee_and_term() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let committee = app
        .create_org_of(&t.token, None, "机关党委", "PARTY", "PARTY_COMMITTEE")
        .await;
    let small = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第一党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let large = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第二党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let due = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "第三党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    members(&app, &t.token, &small, 2, "FULL_MEMBER").await;
    members(&app, &t.token, &small, 1, "PROBATIONARY").await;
    let eight = members(&app, &t.token, &large, 8, "FULL_MEMBER").await;
    app.assign_position(&t.token, &large, &eight[0], "支部书记", "2026-01-01")
        .await;
    let three = members(&app, &t.token, &due, 3, "FULL_MEMBER").await;
    app.gql_ok(
        Some(&t.token),
        ASSIGN,
        json!({ "i": { "organizationId": due, "memberId": three[0], "title": "支部书记",
                       "termStart": "2020-06-01", "termEnd": "2023-06-01" } }),
    )
    .await;
    let other = app.sign_up().await;

    // Act
    let review = app
        .gql_ok(Some(&t.token), REVIEW, json!({ "o": committee }))
        .await;
    let foreign = app
        .gql(Some(&other.token), REVIEW, json!({ "o": committee }))
        .await;

    // Assert
    let r = &review["branchSettingReview"];
    assert_eq!(r["warningCount"], 3, "{r}");
    let by_name = |name: &str| {
        r["branches"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["organizationName"] == name)
            .unwrap_or_else(|| panic!("{name} in {r}"))
            .clone()
    };
    let s = by_name("第一党支部");
    assert_eq!(s["formalMembers"], 2);
    assert_eq!(s["probationaryMembers"], 1);
    assert_eq!(s["warnings"], json!(["TOO_FEW_FORMAL_MEMBERS"]));
    assert!(s["messages"][0].as_str().unwrap().contains("不足 3 人"));
    let l = by_name("第二党支部");
    assert_eq!(l["committeeSize"], 1);
    assert_eq!(l["termEnd"], "2029-01-01");
    assert_eq!(l["warnings"], json!(["NEEDS_COMMITTEE"]));
    let d = by_name("第三党支部");
    assert_eq!(d["termEnd"], "2023-06-01");
    assert_eq!(d["warnings"], json!(["TERM_ENDED"]));
    assert_eq!(r["sources"].as_array().unwrap().len(), 2);
    assert_eq!(code(&foreign), Some("NOT_FOUND"));
}
