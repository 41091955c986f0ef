//! Pool hygiene: tenant settings never outlive their transaction, and a request never waits
//! for a second connection of its own pool.

use serde_json::{Value, json};
use tongxin_core::Ctx;
use tongxin_tests::{TestApp, tenant_id_of};

#[tokio::test]
async fn after_many_concurrent_requests_across_tenants_no_pooled_connection_carries_a_tenant() {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;

    // Act: interleave requests of both tenants.
    let mut tasks = Vec::new();
    for i in 0..60 {
        let token = if i % 2 == 0 {
            a.token.clone()
        } else {
            b.token.clone()
        };
        let base = app.base.clone();
        let http = app.http.clone();
        tasks.push(tokio::spawn(async move {
            http.post(format!("{base}/graphql"))
                .bearer_auth(token)
                .json(&json!({ "query": "{ viewer { tenant { slug } } organizations(first: 5) { edges { node { id } } } }" }))
                .send()
                .await
                .map(|r| r.status().as_u16())
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap().unwrap(), 200);
    }

    // Assert: every idle connection in the pool reads no tenant outside a transaction.
    let pool = app.app.db.app_pool();
    let size = pool.size();
    assert!(size >= 1);
    let mut conns = Vec::new();
    for _ in 0..size {
        let mut conn = pool.acquire().await.unwrap();
        let setting: Option<String> =
            sqlx::query_scalar("select nullif(current_setting('app.tenant_id', true), '')")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
        assert_eq!(setting, None, "a pooled connection carried a tenant");
        let visible: i64 = sqlx::query_scalar("select count(*) from member")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(visible, 0, "without a tenant, no member row is visible");
        conns.push(conn);
    }
}

#[tokio::test]
async fn a_request_that_misses_the_permission_cache_on_the_last_free_connection_is_answered() {
    // Arrange: every runtime connection but one held by an open transaction, and the
    // tenant's permissions dropped from the cache as a role change drops them.
    let app = TestApp::spawn().await;
    let admin = app.sign_up().await;
    let tenant = tenant_id_of(&app, &admin).await;
    let ctx = Ctx::for_tests(tenant);
    let mut held = Vec::new();
    for _ in 1..tongxin_tests::config().database.max_connections {
        held.push(app.app.db.begin_tenant(&ctx).await.unwrap());
    }
    app.app.authz.invalidate(tenant).await;

    // Act: a query that checks a permission inside its transaction, which takes the last
    // connection; the permissions must load without a second one from the same pool.
    let body = app
        .gql(
            Some(&admin.token),
            "{ members(first: 1) { edges { node { id } } } }",
            json!({}),
        )
        .await;

    // Assert: answered, not refused as unavailable after waiting out the acquire time-out.
    assert_eq!(body["errors"], Value::Null, "{body}");
    assert_eq!(
        body["data"]["members"]["edges"][0]["node"]["id"],
        admin.member_id
    );
    drop(held);
}
