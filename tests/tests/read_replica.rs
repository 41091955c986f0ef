//! Read replicas by a setting: with `database.read_url` set, the spreadsheet exports and the
//! grid statistics read through a second pool, in read-only transactions under the same
//! row-level security settings as every other tenant transaction.
//!
//! The "replica" here is the test database itself under a URL of its own (a distinct
//! `application_name`): routing and RLS do not need streaming replication to be shown, and a
//! read URL that refuses connections shows which requests depend on it.

use serde_json::json;
use sqlx::Row;
use tongxin_core::{Config, Ctx};
use tongxin_tests::{TestApp, config, owner_pool, tenant_id_of, uuid_of};

/// The runtime role's URL with a distinct `application_name`, as a replica would be named.
fn replica_url(app_url: &str, name: &str) -> String {
    let sep = if app_url.contains('?') { '&' } else { '?' };
    format!("{app_url}{sep}application_name={name}")
}

fn with_replica(name: &str) -> Config {
    let mut c = config();
    c.database.read_url = Some(replica_url(&c.database.app_url, name));
    c
}

/// Connections the named pool holds now, as PostgreSQL sees them.
async fn connections_named(name: &str) -> i64 {
    sqlx::query_scalar("select count(*) from pg_stat_activity where application_name = $1")
        .bind(name)
        .fetch_one(&owner_pool().await)
        .await
        .expect("pg_stat_activity")
}

/// The first column of the first sheet of an .xlsx.
fn first_column(bytes: &[u8]) -> Vec<String> {
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("an xlsx");
    let sheet = book
        .worksheet_range_at(0)
        .expect("a sheet")
        .expect("a readable sheet");
    sheet.rows().map(|r| r[0].to_string()).collect()
}

async fn roster(app: &TestApp, token: &str) -> reqwest::Response {
    app.http
        .get(format!("{}/export/members.xlsx", app.base))
        .bearer_auth(token)
        .send()
        .await
        .expect("export request")
}

#[tokio::test]
async fn an_export_reads_through_the_replica_pool_and_sees_only_its_tenant() {
    // Arrange: two tenants, each with a member of its own, on a node with a read URL.
    let name = format!("tx-replica-{}", uuid::Uuid::now_v7().simple());
    let app = TestApp::spawn_with(with_replica(&name)).await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let org_a = app.create_org(&a.token, None, "甲单位", "PARTY").await;
    let org_b = app.create_org(&b.token, None, "乙单位", "PARTY").await;
    app.join(&a.token, &org_a, "甲成员").await;
    app.join(&b.token, &org_b, "乙成员").await;

    // Act
    let response = roster(&app, &a.token).await;

    // Assert: the export worked, from a pool PostgreSQL knows by the replica's name, with
    // tenant A's people only, and it was audited on the primary.
    assert_eq!(response.status(), 200);
    let names = first_column(&response.bytes().await.unwrap());
    assert!(names.contains(&"甲成员".to_string()), "{names:?}");
    assert!(!names.contains(&"乙成员".to_string()), "{names:?}");
    assert!(app.app.db.read_pool().is_some(), "the node has a read pool");
    assert!(
        connections_named(&name).await >= 1,
        "the read pool connected under its own name"
    );
    let audit = app
        .gql_ok(
            Some(&a.token),
            "{ auditLog(first: 5, action: \"member.export\") { edges { node { action } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        audit["auditLog"]["edges"].as_array().map(Vec::len),
        Some(1),
        "{audit}"
    );
}

#[tokio::test]
async fn the_read_path_applies_the_tenants_row_level_security_and_refuses_writes() {
    // Arrange: tenant A and tenant B, and a read transaction of A's on the replica pool.
    let name = format!("tx-replica-{}", uuid::Uuid::now_v7().simple());
    let app = TestApp::spawn_with(with_replica(&name)).await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let (tenant_a, tenant_b) = (tenant_id_of(&app, &a).await, tenant_id_of(&app, &b).await);
    let admin_a = uuid_of(&a.member_id);
    let mut tx = app
        .app
        .db
        .begin_tenant_read(&Ctx::for_tests(tenant_a))
        .await
        .expect("a read transaction");

    // Act: read A's admin (positive control), B's members by B's id, every member unfiltered,
    // the transaction's settings, then try to write.
    let own: i64 =
        sqlx::query_scalar("select count(*) from member where tenant_id = $1 and id = $2")
            .bind(tenant_a)
            .bind(admin_a)
            .fetch_one(tx.conn())
            .await
            .unwrap();
    let other: i64 = sqlx::query_scalar("select count(*) from member where tenant_id = $1")
        .bind(tenant_b)
        .fetch_one(tx.conn())
        .await
        .unwrap();
    let foreign: i64 = sqlx::query_scalar("select count(*) from member where tenant_id <> $1")
        .bind(tenant_a)
        .fetch_one(tx.conn())
        .await
        .unwrap();
    let settings = sqlx::query(
        "select current_setting('app.tenant_id', true) as tenant,
                current_setting('transaction_read_only') as read_only,
                current_setting('application_name') as pool",
    )
    .fetch_one(tx.conn())
    .await
    .unwrap();
    let write = sqlx::query("update member set name = name where tenant_id = $1")
        .bind(tenant_a)
        .execute(tx.conn())
        .await;
    drop(tx);

    // Assert
    assert_eq!(own, 1, "the tenant's own admin is visible");
    assert_eq!(other, 0, "another tenant's members do not exist here");
    assert_eq!(foreign, 0, "not even without a tenant filter");
    assert_eq!(settings.get::<String, _>("tenant"), tenant_a.to_string());
    assert_eq!(settings.get::<String, _>("read_only"), "on");
    assert_eq!(
        settings.get::<String, _>("pool"),
        name,
        "served by the read pool"
    );
    let code = write
        .expect_err("a write in a read transaction fails")
        .into_database_error()
        .and_then(|e| e.code().map(|c| c.to_string()));
    assert_eq!(code.as_deref(), Some("25006"), "read_only_sql_transaction");
}

#[tokio::test]
async fn exports_and_statistics_depend_on_the_replica_while_other_requests_do_not() {
    // Arrange: a read URL where nothing listens (a replica that is down).
    let mut c = config();
    c.database.read_url = Some("postgres://tongxin_app@127.0.0.1:1/tongxin".into());
    let app = TestApp::spawn_with(c).await;
    let t = app.sign_up().await;
    let org = app.create_org(&t.token, None, "网格中心", "GRID").await;

    // Act
    let viewer = app
        .gql(Some(&t.token), "{ viewer { member { name } } }", json!({}))
        .await;
    let export = roster(&app, &t.token).await;
    let stats = app
        .gql(
            Some(&t.token),
            "query($o: ID!) { gridStatistics(orgId: $o, from: \"2026-01-01\", to: \"2026-12-31\") { total } }",
            json!({ "o": org }),
        )
        .await;

    // Assert: a primary read answers; the export and the statistics wait for the replica and
    // end as the retryable UNAVAILABLE, never as INTERNAL.
    assert_eq!(
        viewer["data"]["viewer"]["member"]["name"], "管理员",
        "{viewer}"
    );
    assert_eq!(export.status(), 503);
    let body: serde_json::Value = export.json().await.unwrap();
    assert_eq!(body["error"]["code"], "UNAVAILABLE", "{body}");
    assert_eq!(tongxin_tests::code(&stats), Some("UNAVAILABLE"), "{stats}");
}

#[tokio::test]
async fn without_a_read_url_the_heavy_reads_run_on_the_primary_in_read_only_transactions() {
    // Arrange: the default configuration.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let tenant = tenant_id_of(&app, &t).await;

    // Act
    let mut tx = app
        .app
        .db
        .begin_tenant_read(&Ctx::for_tests(tenant))
        .await
        .expect("a read transaction");
    let read_only: String = sqlx::query_scalar("select current_setting('transaction_read_only')")
        .fetch_one(tx.conn())
        .await
        .unwrap();
    drop(tx);
    let export = roster(&app, &t.token).await;

    // Assert
    assert!(app.app.db.read_pool().is_none());
    assert_eq!(read_only, "on");
    assert_eq!(export.status(), 200);
}
