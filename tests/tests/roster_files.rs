//! Member import (CSV and .xlsx, all-or-nothing or valid rows) and .xlsx export.

use base64::Engine;
use serde_json::json;
use tongxin_tests::{TestApp, code};

const IMPORT: &str = "mutation($i: ImportMembersInput!) { importMembers(input: $i) { total imported errors { row column message } } }";

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

async fn roster_size(app: &TestApp, token: &str) -> usize {
    let body = app
        .gql(
            Some(token),
            "{ members(first: 100) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    body["data"]["members"]["edges"].as_array().unwrap().len()
}

#[tokio::test]
async fn a_csv_with_one_bad_row_imports_nothing_and_reports_the_row() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    app.create_org(&t.token, None, "集团工会", "UNION").await;
    let csv = "姓名,性别,出生日期,手机,邮箱,政治面貌,所属组织\n张三,男,1990-05-01,13800138000,zs@x.cn,正式党员,集团工会\n李四,女,1990-13-01,,,,集团工会\n";

    // Act
    let body = app
        .gql(
            Some(&t.token),
            IMPORT,
            json!({ "i": { "fileName": "roster.csv", "contentBase64": b64(csv.as_bytes()) } }),
        )
        .await;

    // Assert
    let p = &body["data"]["importMembers"];
    assert_eq!(p["imported"], 0, "{body}");
    assert_eq!(p["errors"][0]["row"], 3);
    assert_eq!(p["errors"][0]["column"], "出生日期");
    assert_eq!(roster_size(&app, &t.token).await, 1, "only the admin");

    // With VALID_ROWS the good row goes in.
    let partial = app.gql(Some(&t.token), IMPORT, json!({ "i": { "fileName": "roster.csv", "contentBase64": b64(csv.as_bytes()), "mode": "VALID_ROWS" } })).await;
    assert_eq!(partial["data"]["importMembers"]["imported"], 1);
    assert_eq!(roster_size(&app, &t.token).await, 2);
}

#[tokio::test]
async fn an_exported_workbook_imports_back_into_another_tenant() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let csv = "姓名,性别,政治面貌\n王五,男,共青团员\n赵六,女,群众\n";
    let imported = app
        .gql(
            Some(&a.token),
            IMPORT,
            json!({ "i": { "fileName": "a.csv", "contentBase64": b64(csv.as_bytes()) } }),
        )
        .await;
    assert_eq!(
        imported["data"]["importMembers"]["imported"], 2,
        "{imported}"
    );

    let xlsx = app
        .http
        .get(format!("{}/export/members.xlsx", app.base))
        .bearer_auth(&a.token)
        .send()
        .await
        .unwrap();
    assert_eq!(xlsx.status(), 200);
    let bytes = xlsx.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK"), "an xlsx is a zip");

    let b = app.sign_up().await;
    let back = app
        .gql(
            Some(&b.token),
            IMPORT,
            json!({ "i": { "fileName": "members.xlsx", "contentBase64": b64(&bytes) } }),
        )
        .await;
    assert_eq!(
        back["data"]["importMembers"]["imported"], 3,
        "admin, 王五, 赵六: {back}"
    );

    let unauth = app
        .http
        .get(format!("{}/export/members.xlsx", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(unauth.status(), 401);
}

#[tokio::test]
async fn an_unsupported_file_type_is_a_clear_validation_error() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let body = app
        .gql(
            Some(&t.token),
            IMPORT,
            json!({ "i": { "fileName": "roster.pdf", "contentBase64": b64(b"%PDF") } }),
        )
        .await;
    assert_eq!(code(&body), Some("VALIDATION"));
    assert_eq!(
        body["errors"][0]["extensions"]["fields"]["file"],
        "只支持 .csv 和 .xlsx 文件"
    );
}

#[tokio::test]
async fn the_statutory_profile_columns_import_and_a_bad_code_names_its_column() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    app.create_org_of(&t.token, None, "第一党支部", "PARTY", "PARTY_BRANCH")
        .await;
    let good = "姓名,政治面貌,所属组织,民族,学历,职业（岗位）,入党日期\n马兰,正式党员,第一党支部,回族,本科,专业技术人员,2012-07-01\n";
    let bad = "姓名,民族,学历\n甲,火星族,本科\n乙,汉族,幼儿园\n丙,汉,大专\n";

    // Act
    let imported = app
        .gql(
            Some(&t.token),
            IMPORT,
            json!({ "i": { "fileName": "roster.csv", "contentBase64": b64(good.as_bytes()) } }),
        )
        .await;
    let refused = app
        .gql(
            Some(&t.token),
            IMPORT,
            json!({ "i": { "fileName": "roster.csv", "contentBase64": b64(bad.as_bytes()) } }),
        )
        .await;
    let members = app
        .gql_ok(
            Some(&t.token),
            "{ members(first: 10, search: \"马兰\") { edges { node { profile { ethnicity education occupation partyJoinedOn } } } } }",
            json!({}),
        )
        .await;

    // Assert
    assert_eq!(
        imported["data"]["importMembers"]["imported"], 1,
        "{imported}"
    );
    let p = &members["members"]["edges"][0]["node"]["profile"];
    assert_eq!(p["ethnicity"], "03", "{members}");
    assert_eq!(p["education"], "BACHELOR");
    assert_eq!(p["occupation"], "PROFESSIONAL");
    assert_eq!(p["partyJoinedOn"], "2012-07-01");
    let errors = &refused["data"]["importMembers"]["errors"];
    assert_eq!(refused["data"]["importMembers"]["imported"], 0, "{refused}");
    assert_eq!(errors.as_array().unwrap().len(), 2, "{refused}");
    assert_eq!(errors[0]["column"], "民族");
    assert_eq!(errors[1]["column"], "学历");
}
