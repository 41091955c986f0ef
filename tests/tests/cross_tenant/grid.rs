//! Grid cases and assignments: everything another tenant names is NOT_FOUND, beside the same
//! request succeeding in the owning tenant.

use serde_json::json;
use tongxin_tests::{TestApp, code};

#[tokio::test]
async fn a_grid_case_is_not_found_from_another_tenant_by_id_node_list_filter_or_action() {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let grid = app.create_org(&a.token, None, "一网格", "GRID").await;
    let (case, _) = app
        .report_grid_case(&a.token, &grid, "楼道堆物", json!({}))
        .await;
    let by_id = "query($id: ID!) { gridCase(id: $id) { id } }";
    let by_node = "query($id: ID!) { node(id: $id) { id ... on GridCase { number } } }";
    let by_grid = "query($g: ID) { gridCases(gridId: $g) { edges { node { id } } } }";
    let assignments = "query($g: ID) { gridAssignments(gridId: $g) { id } }";
    let report = "mutation($i: ReportGridCaseInput!) { reportGridCase(input: $i) { case { id } } }";
    let report_input = json!({ "i": { "gridId": grid, "categoryKey": "SAFETY", "title": "越界", "description": "" } });

    // Act
    let mut own = Vec::new();
    let mut other = Vec::new();
    for (token, out) in [(&a.token, &mut own), (&b.token, &mut other)] {
        out.push(app.gql(Some(token), by_id, json!({ "id": case })).await);
        out.push(app.gql(Some(token), by_node, json!({ "id": case })).await);
        out.push(app.gql(Some(token), by_grid, json!({ "g": grid })).await);
        out.push(
            app.gql(Some(token), assignments, json!({ "g": grid }))
                .await,
        );
        out.push(app.gql(Some(token), report, report_input.clone()).await);
    }
    let other_accept = app
        .grid_case_step(&b.token, "acceptGridCase", json!({ "caseId": case }))
        .await;
    let own_accept = app
        .grid_case_step(&a.token, "acceptGridCase", json!({ "caseId": case }))
        .await;

    // Assert
    for body in &own {
        assert!(body["errors"].is_null(), "{body}");
    }
    assert_eq!(own[0]["data"]["gridCase"]["id"], case.as_str());
    assert_eq!(own[1]["data"]["node"]["id"], case.as_str());
    assert_eq!(
        own[2]["data"]["gridCases"]["edges"][0]["node"]["id"],
        case.as_str()
    );
    for body in &other {
        assert_eq!(code(body), Some("NOT_FOUND"), "{body}");
    }
    assert_eq!(code(&other_accept), Some("NOT_FOUND"));
    assert!(own_accept["errors"].is_null(), "{own_accept}");
}
