//! The routes beside GraphQL: another tenant's resource and a missing one get the same answer,
//! 404 with `{"error": {"code": "NOT_FOUND", …}}`, while the caller's own resource is served.

use serde_json::{Value, json};
use tongxin_api::graphql::ids::{NodeType, encode};
use tongxin_tests::{TestApp, tenant_id_of, uuid_of};

/// The status and JSON body of an answer.
async fn answer(res: reqwest::Response) -> (u16, Value) {
    let status = res.status().as_u16();
    let text = res.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"));
    (status, body)
}

/// Asserts that both answers are the one NOT_FOUND answer.
fn assert_same_not_found(foreign: &(u16, Value), missing: &(u16, Value)) {
    assert_eq!(foreign.0, 404, "{}", foreign.1);
    assert_eq!(foreign.1["error"]["code"], "NOT_FOUND", "{}", foreign.1);
    assert_eq!(foreign, missing, "another tenant's and a missing one alike");
}

async fn get(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.http
        .get(format!("{}{path}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn a_notice_export_of_another_tenant_answers_like_a_missing_one_and_the_own_one_downloads() {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let a_org = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let b_org = app.create_org(&b.token, None, "乙党委", "PARTY").await;
    let own = super::published_notice(&app, &a.token, &a_org, true).await;
    let foreign = super::published_notice(&app, &b.token, &b_org, true).await;
    let missing = encode(NodeType::Notice, uuid::Uuid::now_v7());
    let path = |id: &str| format!("/export/notice-responses.xlsx?notice={id}&state=UNACKNOWLEDGED");

    // Act
    let served = get(&app, &a.token, &path(&own)).await;
    let foreign = answer(get(&app, &a.token, &path(&foreign)).await).await;
    let missing = answer(get(&app, &a.token, &path(&missing)).await).await;
    let malformed = answer(get(&app, &a.token, &path("not-an-id")).await).await;

    // Assert
    assert_eq!(served.status(), 200);
    assert_same_not_found(&foreign, &missing);
    assert_same_not_found(&foreign, &malformed);
}

#[tokio::test]
async fn a_dues_export_under_another_tenants_org_answers_like_a_missing_org_and_the_own_one_downloads()
 {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let own = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let foreign = app.create_org(&b.token, None, "乙党委", "PARTY").await;
    let missing = encode(NodeType::Organization, uuid::Uuid::now_v7());
    let path = |id: &str| format!("/export/dues-arrears.xlsx?line=PARTY&organization={id}");

    // Act
    let served = get(&app, &a.token, &path(&own)).await;
    let foreign = answer(get(&app, &a.token, &path(&foreign)).await).await;
    let missing = answer(get(&app, &a.token, &path(&missing)).await).await;

    // Assert
    assert_eq!(served.status(), 200);
    assert_same_not_found(&foreign, &missing);
}

#[tokio::test]
async fn the_roster_export_is_not_found_for_a_member_without_the_right_and_served_to_an_admin() {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let org = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let (member, _) = app.join(&a.token, &org, "普通成员").await;
    let b = app.sign_up().await;
    let b_notice = encode(NodeType::Notice, uuid::Uuid::now_v7()).0;

    // Act
    let served = get(&app, &a.token, "/export/members.xlsx").await;
    let refused = answer(get(&app, &member, "/export/members.xlsx").await).await;
    let missing = answer(
        get(
            &app,
            &b.token,
            &format!("/export/notice-responses.xlsx?notice={b_notice}"),
        )
        .await,
    )
    .await;
    let anonymous = answer(
        app.http
            .get(format!("{}/export/members.xlsx", app.base))
            .send()
            .await
            .unwrap(),
    )
    .await;

    // Assert
    assert_eq!(served.status(), 200);
    assert_same_not_found(&refused, &missing);
    assert_eq!(anonymous.0, 401);
    assert_eq!(anonymous.1["error"]["code"], "UNAUTHENTICATED");
}

const BEGIN: &str =
    "mutation($i: BeginUploadInput!) { beginUpload(input: $i) { file { id } url } }";

/// Begins a local upload of `size` bytes of text; returns the file's uuid.
async fn begin(app: &TestApp, token: &str, size: usize) -> uuid::Uuid {
    let body = app
        .gql(
            Some(token),
            BEGIN,
            json!({ "i": { "name": "会议纪要.txt", "contentType": "text/plain", "size": size } }),
        )
        .await;
    uuid_of(
        body["data"]["beginUpload"]["file"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}")),
    )
}

async fn put(app: &TestApp, token: &str, id: &str, bytes: &[u8]) -> reqwest::Response {
    app.http
        .put(format!("{}/files/{id}/content", app.base))
        .bearer_auth(token)
        .header("content-type", "text/plain")
        .body(bytes.to_vec())
        .send()
        .await
        .expect("upload")
}

#[tokio::test]
async fn an_upload_to_another_tenants_file_answers_like_one_to_a_missing_file_and_the_own_one_is_stored()
 {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let bytes = "支部委员会会议纪要".as_bytes();
    let own = begin(&app, &a.token, bytes.len()).await;
    let foreign = begin(&app, &b.token, bytes.len()).await;

    // Act
    let foreign = answer(put(&app, &a.token, &foreign.to_string(), bytes).await).await;
    let missing = answer(put(&app, &a.token, &uuid::Uuid::now_v7().to_string(), bytes).await).await;
    let malformed = answer(put(&app, &a.token, "not-a-uuid", bytes).await).await;
    let stored = answer(put(&app, &a.token, &own.to_string(), bytes).await).await;

    // Assert
    assert_same_not_found(&foreign, &missing);
    assert_same_not_found(&foreign, &malformed);
    assert_eq!(stored.0, 200, "{}", stored.1);
    assert_eq!(stored.1["status"], "READY");
}

#[tokio::test]
async fn a_download_link_naming_another_tenant_answers_like_one_to_a_missing_file_and_the_right_one_serves()
 {
    // Arrange: A's stored file; links signed as the server signs them.
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let bytes = "支部委员会会议纪要".as_bytes();
    let file = begin(&app, &a.token, bytes.len()).await;
    assert_eq!(
        put(&app, &a.token, &file.to_string(), bytes).await.status(),
        200
    );
    let (tenant_a, tenant_b) = (tenant_id_of(&app, &a).await, tenant_id_of(&app, &b).await);
    let link = |tenant: uuid::Uuid, file: uuid::Uuid| {
        let app = &app;
        async move {
            let claim =
                json!({ "t": tenant, "f": file, "e": chrono::Utc::now().timestamp() + 300 });
            let token = app
                .app
                .links
                .sign(&app.app.db, "file-download", &claim)
                .await
                .expect("sign");
            app.http
                .get(format!("{}/files/download/{token}", app.base))
                .send()
                .await
                .expect("download")
        }
    };

    // Act
    let served = link(tenant_a, file).await;
    let foreign = answer(link(tenant_b, file).await).await;
    let missing = answer(link(tenant_a, uuid::Uuid::now_v7()).await).await;

    // Assert
    assert_eq!(served.status(), 200);
    assert_eq!(served.bytes().await.unwrap().as_ref(), bytes);
    assert_same_not_found(&foreign, &missing);
}

#[tokio::test]
async fn a_revoked_calendar_feed_answers_like_an_unknown_one_and_a_live_one_serves() {
    // Arrange: A's live feed; B's feed, revoked.
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let create = "mutation { createCalendarFeed { url } }";
    let own = app.gql(Some(&a.token), create, json!({})).await;
    let own = own["data"]["createCalendarFeed"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{own}"))
        .to_string();
    let revoked = app.gql(Some(&b.token), create, json!({})).await;
    let revoked = revoked["data"]["createCalendarFeed"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{revoked}"))
        .to_string();
    app.gql(Some(&b.token), "mutation { revokeCalendarFeed }", json!({}))
        .await;
    let fetch = |path: String| {
        let app = &app;
        async move {
            app.http
                .get(format!("{}{path}", app.base))
                .send()
                .await
                .expect("feed")
        }
    };

    // Act
    let served = fetch(own).await;
    let revoked = answer(fetch(revoked).await).await;
    let unknown = answer(fetch("/calendar/no-such-feed.ics".into()).await).await;

    // Assert
    assert_eq!(served.status(), 200);
    assert_same_not_found(&revoked, &unknown);
}

#[tokio::test]
async fn an_unsubscribe_link_naming_another_tenants_member_answers_like_a_missing_member_and_the_right_one_works()
 {
    // Arrange: links signed as the digest signs them.
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let tenant_a = tenant_id_of(&app, &a).await;
    let link = |member: uuid::Uuid| {
        let app = &app;
        async move {
            let token = app
                .app
                .links
                .sign(
                    &app.app.db,
                    tongxin_core::digest::UNSUBSCRIBE,
                    &tongxin_core::digest::Unsubscribe {
                        t: tenant_a,
                        m: member,
                    },
                )
                .await
                .expect("sign");
            let res = app
                .http
                .post(format!("{}/mail/unsubscribe?token={token}", app.base))
                .send()
                .await
                .expect("unsubscribe");
            (res.status().as_u16(), res.text().await.expect("page"))
        }
    };

    // Act
    let done = link(uuid_of(&a.member_id)).await;
    let foreign = link(uuid_of(&b.member_id)).await;
    let missing = link(uuid::Uuid::now_v7()).await;

    // Assert: a person reads these, so they are pages; one page for both failures.
    assert_eq!(done.0, 200, "{}", done.1);
    assert_eq!(foreign.0, 404);
    assert_eq!(foreign, missing);
}

#[tokio::test]
async fn an_activity_export_of_another_tenant_answers_like_a_missing_one_and_the_own_one_downloads()
{
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let publish = |token: String, org: String| {
        let app = &app;
        async move {
            let starts = chrono::Utc::now() + chrono::Duration::days(2);
            let data = app
                .gql_ok(
                    Some(&token),
                    "mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } } }",
                    json!({ "i": { "orgId": org, "title": "植树活动", "kind": "VOLUNTEER",
                        "audience": { "orgIds": [org] }, "startsAt": starts.to_rfc3339(),
                        "endsAt": (starts + chrono::Duration::hours(2)).to_rfc3339() } }),
                )
                .await;
            data["createActivity"]["activity"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{data}"))
                .to_string()
        }
    };
    let a_org = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let b_org = app.create_org(&b.token, None, "乙党委", "PARTY").await;
    // The founders place themselves so that the audiences are not empty.
    app.join(&a.token, &a_org, "甲成员").await;
    app.join(&b.token, &b_org, "乙成员").await;
    let own = publish(a.token.clone(), a_org).await;
    let foreign = publish(b.token.clone(), b_org).await;
    let missing = encode(NodeType::Activity, uuid::Uuid::now_v7());
    let path = |id: &str| format!("/export/activity-registrations.xlsx?activity={id}");

    // Act
    let served = get(&app, &a.token, &path(&own)).await;
    let foreign = answer(get(&app, &a.token, &path(&foreign)).await).await;
    let missing = answer(get(&app, &a.token, &path(&missing)).await).await;

    // Assert
    assert_eq!(served.status(), 200);
    assert_same_not_found(&foreign, &missing);
}

#[tokio::test]
async fn a_statistics_export_for_another_tenants_org_answers_like_a_missing_one_and_the_own_one_downloads()
 {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let a_org = app.create_org(&a.token, None, "甲党委", "PARTY").await;
    let b_org = app.create_org(&b.token, None, "乙党委", "PARTY").await;
    let missing = encode(NodeType::Organization, uuid::Uuid::now_v7());
    let path = |id: &str| {
        format!(
            "/export/contributor-statistics.xlsx?from=2026-01-01T00%3A00%3A00Z&to=2027-01-01T00%3A00%3A00Z&organization={id}"
        )
    };

    // Act
    let served = get(&app, &a.token, &path(&a_org)).await;
    let foreign = answer(get(&app, &a.token, &path(&b_org)).await).await;
    let missing = answer(get(&app, &a.token, &path(&missing)).await).await;

    // Assert
    assert_eq!(served.status(), 200);
    assert_same_not_found(&foreign, &missing);
}
