//! Honours against the real server: proposed, publicised through the 公示 capability, confirmed
//! or rejected by its outcome, shown on the member's timeline; kinds for members or orgs; other
//! tenants and members outside see nothing.

use crate::ideas::world;
use crate::publicity::{CLOSE, HANDLE, end_window, object};
use serde_json::{Value, json};
use tongxin_tests::{TestApp, assert_ok, code, nodes};

const PROPOSE: &str = "mutation($i: ProposeHonourInput!) { proposeHonour(input: $i) { honour { id status title year issuer publicityId memberName } } }";
const HONOURS: &str = "query($o: ID!, $y: Int) { honours(organizationId: $o, year: $y, first: 20) { edges { node { id status title kind year memberName recipientOrganizationName } } pageInfo { hasNextPage } } }";
const MEMBER_HONOURS: &str =
    "query($m: ID!) { memberHonours(memberId: $m) { id status title year issuer } }";

async fn propose(app: &TestApp, token: &str, input: Value) -> Value {
    app.gql(Some(token), PROPOSE, json!({ "i": input })).await
}

fn honour_form(org: &str, member: &str) -> Value {
    json!({
        "organizationId": org,
        "kind": "EXCELLENT_PARTY_MEMBER",
        "memberId": member,
        "year": 2026,
        "issuer": "机关党委",
        "citation": "带头攻坚技术难题，服务群众热情周到。",
    })
}

#[tokio::test]
async fn an_honour_goes_through_its_publicity_to_confirmed_and_shows_on_the_members_timeline() {
    // Arrange
    let w = world().await;

    // Act
    let proposed =
        assert_ok!(propose(&w.app, &w.officer, honour_form(&w.branch, &w.author_id)).await);
    let h = &proposed["proposeHonour"]["honour"];
    let publicity = h["publicityId"].as_str().unwrap().to_string();
    let before = assert_ok!(
        w.app
            .gql(Some(&w.author), MEMBER_HONOURS, json!({ "m": w.author_id }))
            .await
    );
    let objection = assert_ok!(object(&w.app, &w.fan, &publicity, "匿名意见", true).await);
    let objection = objection["objectToPublicity"]["objection"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    end_window(&w.app, &w.admin, &publicity).await;
    assert_ok!(
        w.app
            .gql(
                Some(&w.officer),
                HANDLE,
                json!({ "i": { "objectionId": objection, "outcome": "DISMISSED", "note": "经核实不属实" } }),
            )
            .await
    );
    let closed = w
        .app
        .gql(
            Some(&w.officer),
            CLOSE,
            json!({ "i": { "publicityId": publicity, "outcome": "CONFIRMED" } }),
        )
        .await;
    let after = assert_ok!(
        w.app
            .gql(Some(&w.author), MEMBER_HONOURS, json!({ "m": w.author_id }))
            .await
    );
    let list = assert_ok!(
        w.app
            .gql(
                Some(&w.officer),
                HONOURS,
                json!({ "o": w.branch, "y": 2026 })
            )
            .await
    );
    let other_year = assert_ok!(
        w.app
            .gql(
                Some(&w.officer),
                HONOURS,
                json!({ "o": w.branch, "y": 2025 })
            )
            .await
    );

    // Assert
    assert_eq!(h["status"], "PROPOSED");
    assert_eq!(h["title"], "优秀共产党员");
    assert_eq!(h["memberName"], "提议人");
    assert_eq!(before["memberHonours"][0]["status"], "PROPOSED");
    assert_eq!(
        assert_ok!(closed)["closePublicity"]["publicity"]["status"],
        "CONFIRMED"
    );
    assert_eq!(after["memberHonours"][0]["status"], "CONFIRMED");
    assert_eq!(after["memberHonours"][0]["issuer"], "机关党委");
    let items = nodes(&list["honours"]);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["status"], "CONFIRMED");
    assert_eq!(items[0]["kind"], "EXCELLENT_PARTY_MEMBER");
    assert!(nodes(&other_year["honours"]).is_empty());
    let told = json!(w.app.notifications(&w.author).await).to_string();
    assert!(told.contains("公示结果"), "{told}");
}

#[tokio::test]
async fn an_upheld_objection_leaves_the_honour_rejected() {
    // Arrange
    let w = world().await;
    let proposed =
        assert_ok!(propose(&w.app, &w.officer, honour_form(&w.branch, &w.author_id)).await);
    let publicity = proposed["proposeHonour"]["honour"]["publicityId"]
        .as_str()
        .unwrap()
        .to_string();
    let objection =
        assert_ok!(object(&w.app, &w.fan2, &publicity, "该同志本年度有违纪行为", false).await);
    let objection = objection["objectToPublicity"]["objection"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Act
    end_window(&w.app, &w.admin, &publicity).await;
    assert_ok!(
        w.app
            .gql(
                Some(&w.officer),
                HANDLE,
                json!({ "i": { "objectionId": objection, "outcome": "UPHELD" } }),
            )
            .await
    );
    let confirm = w
        .app
        .gql(
            Some(&w.officer),
            CLOSE,
            json!({ "i": { "publicityId": publicity, "outcome": "CONFIRMED" } }),
        )
        .await;
    let reject = w
        .app
        .gql(
            Some(&w.officer),
            CLOSE,
            json!({ "i": { "publicityId": publicity, "outcome": "REJECTED", "note": "异议属实" } }),
        )
        .await;
    let honours = assert_ok!(
        w.app
            .gql(Some(&w.author), MEMBER_HONOURS, json!({ "m": w.author_id }))
            .await
    );

    // Assert
    assert_eq!(code(&confirm), Some("VALIDATION"), "{confirm}");
    assert_eq!(
        assert_ok!(reject)["closePublicity"]["publicity"]["status"],
        "REJECTED"
    );
    assert_eq!(honours["memberHonours"][0]["status"], "REJECTED");
}

#[tokio::test]
async fn org_honours_go_to_orgs_and_member_honours_to_members_and_bad_input_names_the_field() {
    // Arrange
    let w = world().await;

    // Act
    let org_honour = propose(
        &w.app,
        &w.officer,
        json!({ "organizationId": w.branch, "kind": "ADVANCED_PARTY_ORG", "recipientOrganizationId": w.branch,
                "year": 2026, "issuer": "集团党委" }),
    )
    .await;
    let org_kind_to_member = propose(
        &w.app,
        &w.officer,
        json!({ "organizationId": w.branch, "kind": "ADVANCED_PARTY_ORG", "memberId": w.author_id,
                "year": 2026, "issuer": "集团党委" }),
    )
    .await;
    let other_without_title = propose(
        &w.app,
        &w.officer,
        json!({ "organizationId": w.branch, "kind": "OTHER", "memberId": w.author_id,
                "year": 2026, "issuer": "集团党委" }),
    )
    .await;
    let other_named = propose(
        &w.app,
        &w.officer,
        json!({ "organizationId": w.branch, "kind": "OTHER", "title": "岗位能手", "memberId": w.author_id,
                "year": 2026, "issuer": "集团工会" }),
    )
    .await;
    let bad_year = propose(
        &w.app,
        &w.officer,
        json!({ "organizationId": w.branch, "kind": "EXCELLENT_PARTY_MEMBER", "memberId": w.author_id,
                "year": 1900, "issuer": "机关党委" }),
    )
    .await;
    let empty_issuer = propose(
        &w.app,
        &w.officer,
        json!({ "organizationId": w.branch, "kind": "EXCELLENT_PARTY_MEMBER", "memberId": w.author_id,
                "year": 2026, "issuer": "  " }),
    )
    .await;
    let hostile = propose(
        &w.app,
        &w.officer,
        json!({ "organizationId": w.branch, "kind": "EXCELLENT_PARTY_MEMBER", "memberId": w.author_id,
                "year": 2026, "issuer": "机关\u{0}党委" }),
    )
    .await;

    // Assert
    let o = assert_ok!(org_honour);
    assert_eq!(o["proposeHonour"]["honour"]["title"], "先进基层党组织");
    assert_eq!(
        code(&org_kind_to_member),
        Some("VALIDATION"),
        "{org_kind_to_member}"
    );
    assert!(
        other_without_title["errors"][0]["extensions"]["fields"]["title"].is_string(),
        "{other_without_title}"
    );
    assert_eq!(
        assert_ok!(other_named)["proposeHonour"]["honour"]["title"],
        "岗位能手"
    );
    assert!(
        bad_year["errors"][0]["extensions"]["fields"]["year"].is_string(),
        "{bad_year}"
    );
    assert!(
        empty_issuer["errors"][0]["extensions"]["fields"]["issuer"].is_string(),
        "{empty_issuer}"
    );
    assert_eq!(code(&hostile), Some("VALIDATION"), "{hostile}");
}

#[tokio::test]
async fn across_tenants_and_for_plain_members_honours_are_not_found_beside_positive_controls() {
    // Arrange
    let w = world().await;
    assert_ok!(propose(&w.app, &w.officer, honour_form(&w.branch, &w.author_id)).await);
    let stranger = w.app.sign_up().await;

    // Act
    let officer_list = w
        .app
        .gql(Some(&w.officer), HONOURS, json!({ "o": w.branch }))
        .await;
    let member_list = w
        .app
        .gql(Some(&w.fan), HONOURS, json!({ "o": w.branch }))
        .await;
    let stranger_list = w
        .app
        .gql(Some(&stranger.token), HONOURS, json!({ "o": w.branch }))
        .await;
    let stranger_member = w
        .app
        .gql(
            Some(&stranger.token),
            MEMBER_HONOURS,
            json!({ "m": w.author_id }),
        )
        .await;
    let member_proposes = propose(&w.app, &w.fan, honour_form(&w.branch, &w.author_id)).await;
    let stranger_proposes = propose(
        &w.app,
        &stranger.token,
        honour_form(&w.branch, &w.author_id),
    )
    .await;

    // Assert
    assert_eq!(nodes(&assert_ok!(officer_list)["honours"]).len(), 1);
    assert_eq!(code(&member_list), Some("NOT_FOUND"), "{member_list}");
    assert_eq!(code(&stranger_list), Some("NOT_FOUND"), "{stranger_list}");
    assert_eq!(
        code(&stranger_member),
        Some("NOT_FOUND"),
        "{stranger_member}"
    );
    assert!(
        matches!(code(&member_proposes), Some("NOT_FOUND" | "FORBIDDEN")),
        "{member_proposes}"
    );
    assert_eq!(
        code(&stranger_proposes),
        Some("NOT_FOUND"),
        "{stranger_proposes}"
    );
}
