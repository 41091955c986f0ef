//! One rule for list fields filtered by an id: an id that is not in the caller's tenant —
//! another tenant's, an unknown one, one of another type or a malformed one — is NOT_FOUND,
//! while the caller's own id lists.

use serde_json::{Value, json};
use tongxin_api::graphql::ids::{NodeType, encode};
use tongxin_tests::{TestApp, code, uuid_of};

/// A list field filtered by `$id`.
struct Filter {
    /// The field, as named in the answer's `data`.
    field: &'static str,
    /// A query with one variable, `$id`.
    query: &'static str,
    /// The type of object the id names.
    ty: NodeType,
}

/// Asserts the rule for one filter: `own` lists, `foreign` (another tenant's) and every id
/// outside the caller's tenant are NOT_FOUND.
async fn assert_not_found_unless_own(
    app: &TestApp,
    token: &str,
    f: &Filter,
    own: &str,
    foreign: &str,
) {
    let ask = |id: String| async move { app.gql(Some(token), f.query, json!({ "id": id })).await };
    let listed = ask(own.to_string()).await;
    assert!(
        listed["errors"].is_null() && !listed["data"][f.field].is_null(),
        "{} by the caller's own id lists: {listed}",
        f.field
    );
    let other_type = if f.ty == NodeType::Organization {
        NodeType::Member
    } else {
        NodeType::Organization
    };
    let outside = [
        ("another tenant's id", foreign.to_string()),
        (
            "an unknown id",
            encode(f.ty, uuid::Uuid::now_v7()).to_string(),
        ),
        (
            "an id of another type",
            encode(other_type, uuid_of(own)).to_string(),
        ),
        ("a malformed id", "not-an-id".to_string()),
    ];
    for (what, id) in outside {
        let body: Value = ask(id).await;
        assert_eq!(
            code(&body),
            Some("NOT_FOUND"),
            "{} by {what}: {body}",
            f.field
        );
    }
}

const BY_ORG: [Filter; 8] = [
    Filter {
        field: "organizations",
        query: "query($id: ID) { organizations(first: 10, parentId: $id) { edges { node { id } } } }",
        ty: NodeType::Organization,
    },
    Filter {
        field: "members",
        query: "query($id: ID) { members(first: 10, organizationId: $id) { edges { node { id } } } }",
        ty: NodeType::Organization,
    },
    Filter {
        field: "meetings",
        query: "query($id: ID) { meetings(first: 10, orgId: $id) { edges { node { id } } } }",
        ty: NodeType::Organization,
    },
    Filter {
        field: "meetingCompliance",
        query: "query($id: ID) { meetingCompliance(orgId: $id) { __typename } }",
        ty: NodeType::Organization,
    },
    Filter {
        field: "duesArrears",
        query: "query($id: ID) { duesArrears(organizationId: $id, line: PARTY) { __typename } }",
        ty: NodeType::Organization,
    },
    Filter {
        field: "duesRollup",
        query: "query($id: ID) { duesRollup(organizationId: $id, line: PARTY, fromMonth: \"2026-01\", toMonth: \"2026-03\") { __typename } }",
        ty: NodeType::Organization,
    },
    Filter {
        field: "leagueAgeOuts",
        query: "query($id: ID!) { leagueAgeOuts(orgId: $id) { __typename } }",
        ty: NodeType::Organization,
    },
    Filter {
        field: "partyPipeline",
        query: "query($id: ID!) { partyPipeline(orgId: $id) { __typename } }",
        ty: NodeType::Organization,
    },
];

const BY_MEMBER: [Filter; 4] = [
    Filter {
        field: "grants",
        query: "query($id: ID) { grants(memberId: $id) { id } }",
        ty: NodeType::Member,
    },
    Filter {
        field: "auditLog",
        query: "query($id: ID) { auditLog(first: 10, actorId: $id) { edges { node { action } } } }",
        ty: NodeType::Member,
    },
    Filter {
        field: "duesBases",
        query: "query($id: ID!) { duesBases(memberId: $id) { __typename } }",
        ty: NodeType::Member,
    },
    Filter {
        field: "duesStatement",
        query: "query($id: ID!) { duesStatement(memberId: $id, line: PARTY) { __typename } }",
        ty: NodeType::Member,
    },
];

#[tokio::test]
async fn lists_filtered_by_an_org_or_a_member_are_not_found_for_any_id_outside_the_tenant_and_list_for_its_own()
 {
    // Arrange: in A, a unit with a sub-unit and a member; in B, a unit and B's admin.
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let org = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    app.create_org(&a.token, Some(&org), "甲支部", "PARTY")
        .await;
    let created = app
        .gql(
            Some(&a.token),
            "mutation($i: MemberInput!) { createMember(input: $i) { member { id } } }",
            json!({ "i": { "name": "李雷", "organizationIds": [org] } }),
        )
        .await;
    let member = created["data"]["createMember"]["member"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{created}"))
        .to_string();
    let b_org = app.create_org(&b.token, None, "乙党委", "PARTY").await;

    // Act and assert, filter by filter.
    for f in &BY_ORG {
        assert_not_found_unless_own(&app, &a.token, f, &org, &b_org).await;
    }
    for f in &BY_MEMBER {
        assert_not_found_unless_own(&app, &a.token, f, &member, &b.member_id).await;
    }
    // The admin's own actions and grants are there to list, not merely an empty answer.
    let own_log = app
        .gql(
            Some(&a.token),
            BY_MEMBER[1].query,
            json!({ "id": a.member_id }),
        )
        .await;
    assert!(
        !own_log["data"]["auditLog"]["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{own_log}"))
            .is_empty(),
        "{own_log}"
    );
}

const BY_CONVERSATION: [Filter; 3] = [
    Filter {
        field: "messages",
        query: "query($id: ID!) { messages(conversationId: $id, first: 10) { seq } }",
        ty: NodeType::Conversation,
    },
    Filter {
        field: "searchMessages",
        query: "query($id: ID!) { searchMessages(conversationId: $id, query: \"会议\", first: 10) { seq } }",
        ty: NodeType::Conversation,
    },
    Filter {
        field: "conversationMembers",
        query: "query($id: ID!) { conversationMembers(conversationId: $id, first: 10) { __typename } }",
        ty: NodeType::Conversation,
    },
];

#[tokio::test]
async fn lists_filtered_by_a_conversation_are_not_found_for_any_id_outside_the_tenant_and_list_for_its_own()
 {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let own = app.create_group(&a.token, "筹备组", &[]).await;
    let foreign = app.create_group(&b.token, "筹备组", &[]).await;

    // Act and assert
    for f in &BY_CONVERSATION {
        assert_not_found_unless_own(&app, &a.token, f, &own, &foreign).await;
    }
}

#[tokio::test]
async fn a_notices_response_list_is_not_found_for_any_id_outside_the_tenant_and_lists_for_its_own()
{
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let a_org = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let b_org = app.create_org(&b.token, None, "乙党委", "PARTY").await;
    let own = super::published_notice(&app, &a.token, &a_org, false).await;
    let foreign = super::published_notice(&app, &b.token, &b_org, false).await;
    let f = Filter {
        field: "noticeResponses",
        query: "query($id: ID!) { noticeResponses(noticeId: $id, first: 10) { edges { node { __typename } } } }",
        ty: NodeType::Notice,
    };

    // Act and assert
    assert_not_found_unless_own(&app, &a.token, &f, &own, &foreign).await;
}
