//! The catch-up migration (20261207000045) gives a tenant that predates a module's migration
//! what new tenants are seeded with: its loop sees the tenants (the forced policy on `tenant`
//! is lifted for it), restores the template permissions a tenant lacks without duplicating
//! the ones it has, and recounts grid cases.

use serde_json::json;
use sqlx::{PgPool, Row};
use tongxin_tests::{TestApp, code, owner_pool};
use uuid::Uuid;

const CATCH_UP: &str = include_str!("../../migrations/20261207000045_tenant_catch_up.sql");
const ARREARS: &str =
    "query($o: ID) { duesArrears(organizationId: $o, line: PARTY) { memberName } }";

/// The template rules of a tenant, as (role, object, acts), sorted.
async fn template_rules(owner: &PgPool, tenant: Uuid) -> Vec<(String, String, String)> {
    let mut tx = owner.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let rows = sqlx::query(
        "select v0, v2, v3 from casbin_rule where tenant_id = $1 and ptype = 'p' and source = 'template' order by v0, v2, v3",
    )
    .bind(tenant)
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    rows.iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect()
}

/// Deletes a tenant's template permissions on the objects the earlier loops missed, as a
/// tenant signed up before those migrations lacks them.
async fn forget_module_permissions(owner: &PgPool, tenant: Uuid) {
    let mut tx = owner.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query(
        "delete from casbin_rule where tenant_id = $1 and source = 'template' and v2 in
           ('notice', 'dues', 'meeting', 'vote', 'evaluation', 'idea', 'inquiry', 'moderation',
            'survey', 'activity', 'grid')",
    )
    .bind(tenant)
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

/// Runs the migration's statements for one tenant only (other tests' tenants keep exactly
/// the rules their tests gave them).
async fn run_catch_up_for(owner: &PgPool, tenant: Uuid) {
    let loop_head = "for t in select id from tenant loop";
    assert!(
        CATCH_UP.contains(loop_head),
        "the migration loops over every tenant"
    );
    let one = CATCH_UP.replace(
        loop_head,
        &format!("for t in select id from tenant where id = '{tenant}' loop"),
    );
    // The migration's own text with the tenant's id in its loop.
    sqlx::raw_sql(sqlx::AssertSqlSafe(one))
        .execute(owner)
        .await
        .expect("catch-up");
}

#[tokio::test]
async fn a_tenant_missing_module_permissions_gets_exactly_what_sign_up_seeds() {
    // Arrange: an officer of a branch in a tenant whose module permissions are gone.
    let app = TestApp::spawn().await;
    let owner = owner_pool().await;
    let t = app.sign_up().await;
    let branch = app
        .create_org_of(&t.token, None, "第一党支部", "PARTY", "PARTY_BRANCH")
        .await;
    let officer = app.join(&t.token, &branch, "书记").await;
    app.assign_position(&t.token, &branch, &officer.1, "支部书记", "2026-01-01")
        .await;
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    let seeded = template_rules(&owner, tenant).await;
    forget_module_permissions(&owner, tenant).await;
    app.app.authz.invalidate(tenant).await;
    let before = app
        .gql(Some(&officer.0), ARREARS, json!({ "o": branch }))
        .await;
    assert_eq!(code(&before), Some("NOT_FOUND"), "{before}");

    // Act
    run_catch_up_for(&owner, tenant).await;
    run_catch_up_for(&owner, tenant).await;
    app.app.authz.invalidate(tenant).await;

    // Assert: the rules are the seeded ones again, once each, and the officer's ledger opens.
    assert_eq!(template_rules(&owner, tenant).await, seeded);
    let after = app
        .gql(Some(&officer.0), ARREARS, json!({ "o": branch }))
        .await;
    assert!(after["errors"].is_null(), "{after}");
    assert!(after["data"]["duesArrears"].is_array(), "{after}");
}

#[tokio::test]
async fn the_catch_up_leaves_the_tenant_table_under_its_forced_policy() {
    // Arrange
    let app = TestApp::spawn().await;
    let owner = owner_pool().await;
    let t = app.sign_up().await;
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;

    // Act
    run_catch_up_for(&owner, tenant).await;

    // Assert
    let forced: bool =
        sqlx::query_scalar("select relforcerowsecurity from pg_class where relname = 'tenant'")
            .fetch_one(&owner)
            .await
            .unwrap();
    assert!(forced);
}
