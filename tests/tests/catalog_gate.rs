//! The catalog gate: the migrated schema keeps every tenancy rule.

use sqlx::PgPool;
use tongxin_tests::owner_pool;

async fn offenders(pool: &PgPool, sql: &str) -> Vec<String> {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_all(pool)
        .await
        .expect("catalog query")
}

#[tokio::test]
async fn every_table_with_a_tenant_id_has_forced_rls_and_a_checked_policy() {
    let pool = owner_pool().await;
    let bad = offenders(
        &pool,
        "select c.relname::text from pg_class c
           join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
          where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
            and (not c.relrowsecurity or not c.relforcerowsecurity
                 or not exists (select 1 from pg_policy p where p.polrelid = c.oid
                                  and p.polqual is not null and p.polwithcheck is not null))",
    )
    .await;
    assert!(
        bad.is_empty(),
        "tables without forced RLS and a WITH CHECK policy: {bad:?}"
    );
    let count: i64 = sqlx::query_scalar(
        "select count(*) from pg_attribute a join pg_class c on c.oid = a.attrelid
          where a.attname = 'tenant_id' and c.relkind = 'r' and c.relnamespace = 'public'::regnamespace",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(
        count >= 9,
        "the gate looked at {count} tables; expected the tenant tables"
    );
}

#[tokio::test]
async fn every_primary_key_and_unique_constraint_of_a_tenant_table_leads_with_tenant_id() {
    let pool = owner_pool().await;
    let bad = offenders(
        &pool,
        "select con.conname::text from pg_constraint con
           join pg_class c on c.oid = con.conrelid
          where c.relnamespace = 'public'::regnamespace and con.contype in ('p', 'u')
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
            and (select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum = con.conkey[1]) <> 'tenant_id'",
    )
    .await;
    assert!(bad.is_empty(), "keys not leading with tenant_id: {bad:?}");
}

#[tokio::test]
async fn every_foreign_key_between_tenant_tables_includes_tenant_id() {
    let pool = owner_pool().await;
    let bad = offenders(
        &pool,
        "select con.conname::text from pg_constraint con
          where con.contype = 'f' and con.connamespace = 'public'::regnamespace
            and exists (select 1 from pg_attribute a where a.attrelid = con.conrelid and a.attname = 'tenant_id')
            and exists (select 1 from pg_attribute a where a.attrelid = con.confrelid and a.attname = 'tenant_id')
            and not exists (select 1 from pg_attribute a where a.attrelid = con.conrelid
                              and a.attnum = any(con.conkey) and a.attname = 'tenant_id')",
    )
    .await;
    assert!(bad.is_empty(), "foreign keys missing tenant_id: {bad:?}");
}

#[tokio::test]
async fn the_runtime_role_owns_nothing_and_cannot_bypass_rls() {
    let pool = owner_pool().await;
    let (superuser, bypass): (bool, bool) =
        sqlx::query_as("select rolsuper, rolbypassrls from pg_roles where rolname = 'tongxin_app'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(!superuser && !bypass);
    let owned = offenders(
        &pool,
        "select c.relname::text from pg_class c join pg_roles r on r.oid = c.relowner
          where r.rolname = 'tongxin_app'",
    )
    .await;
    assert!(owned.is_empty(), "owned by the runtime role: {owned:?}");
}

#[tokio::test]
async fn the_runtime_role_can_only_insert_into_the_audit_log() {
    let pool = owner_pool().await;
    let privileges: Vec<String> = sqlx::query_scalar(
        "select privilege_type::text from information_schema.role_table_grants
          where grantee = 'tongxin_app' and table_name = 'audit_log' order by 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(privileges, vec!["INSERT".to_string()]);
}
