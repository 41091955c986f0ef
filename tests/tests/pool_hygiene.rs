//! Pool contamination: tenant settings never outlive their transaction.

use serde_json::json;
use tongxin_tests::TestApp;

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
