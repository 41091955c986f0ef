//! The schema stays ready for Citus: tenant tables can be distributed by `tenant_id`, and
//! docs/SCALE-OUT.md classifies every table as the migrations made it (distributed, reference
//! or local). The catalog gate (`catalog_gate.rs`) holds the tenancy rules; this file holds
//! what distribution adds to them.

use sqlx::PgPool;
use std::collections::{BTreeMap, BTreeSet};
use tongxin_tests::owner_pool;

/// `(table, has a tenant_id column)` for every ordinary table of `public`.
async fn tables(pool: &PgPool) -> BTreeMap<String, bool> {
    sqlx::query_as::<_, (String, bool)>(
        "select c.relname::text,
                exists (select 1 from pg_attribute a where a.attrelid = c.oid
                         and a.attname = 'tenant_id' and not a.attisdropped)
           from pg_class c
          where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')",
    )
    .fetch_all(pool)
    .await
    .expect("catalog")
    .into_iter()
    .collect()
}

/// The table of docs/SCALE-OUT.md: `| `name` | kind | why |` rows, kind as written.
fn documented() -> BTreeMap<String, String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/SCALE-OUT.md");
    let text = std::fs::read_to_string(path).expect("docs/SCALE-OUT.md");
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            // ["", "`name`", "kind", "why", ""]
            let name = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            let kind = *cells.get(2)?;
            matches!(kind, "distributed" | "reference" | "local")
                .then(|| (name.to_string(), kind.to_string()))
        })
        .collect()
}

async fn offenders(pool: &PgPool, sql: &str) -> Vec<String> {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_all(pool)
        .await
        .expect("catalog query")
}

#[tokio::test]
async fn every_table_with_a_tenant_id_has_a_primary_key_led_by_a_non_null_tenant_id() {
    let pool = owner_pool().await;
    let bad = offenders(
        &pool,
        "select c.relname::text from pg_class c
           join pg_attribute t on t.attrelid = c.oid and t.attname = 'tenant_id' and not t.attisdropped
          where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
            and (not t.attnotnull
                 or not exists (select 1 from pg_constraint p
                                 where p.conrelid = c.oid and p.contype = 'p'
                                   and p.conkey[1] = t.attnum))",
    )
    .await;
    assert!(
        bad.is_empty(),
        "tenant tables without a primary key led by a non-null tenant_id: {bad:?}"
    );
}

#[tokio::test]
async fn every_unique_index_of_a_tenant_table_contains_tenant_id_partial_ones_too() {
    // Citus enforces uniqueness per shard only, so it refuses a unique index without the
    // distribution column; the catalog gate sees constraints, this sees every index.
    let pool = owner_pool().await;
    let bad = offenders(
        &pool,
        "select i.indexrelid::regclass::text from pg_index i
           join pg_class c on c.oid = i.indrelid
           join pg_attribute t on t.attrelid = c.oid and t.attname = 'tenant_id' and not t.attisdropped
          where c.relnamespace = 'public'::regnamespace and i.indisunique
            and not (t.attnum = any(i.indkey::int2[]))",
    )
    .await;
    assert!(bad.is_empty(), "unique indexes without tenant_id: {bad:?}");
}

#[tokio::test]
async fn no_table_without_a_tenant_id_references_a_tenant_table() {
    // A reference or local table cannot point into a distributed one.
    let pool = owner_pool().await;
    let bad = offenders(
        &pool,
        "select con.conname::text from pg_constraint con
          where con.contype = 'f' and con.connamespace = 'public'::regnamespace
            and not exists (select 1 from pg_attribute a where a.attrelid = con.conrelid and a.attname = 'tenant_id')
            and exists (select 1 from pg_attribute a where a.attrelid = con.confrelid and a.attname = 'tenant_id')",
    )
    .await;
    assert!(
        bad.is_empty(),
        "non-tenant tables referencing tenant tables: {bad:?}"
    );
}

#[tokio::test]
async fn scale_out_docs_classify_every_table_as_the_schema_allows() {
    // Arrange
    let pool = owner_pool().await;
    let schema = tables(&pool).await;
    let docs = documented();
    let references: Vec<(String, String)> = sqlx::query_as(
        "select src.relname::text, dst.relname::text from pg_constraint con
           join pg_class src on src.oid = con.conrelid
           join pg_class dst on dst.oid = con.confrelid
          where con.contype = 'f' and con.connamespace = 'public'::regnamespace",
    )
    .fetch_all(&pool)
    .await
    .expect("foreign keys");

    // Act: what each table is, by the docs, against what the schema says it may be.
    let undocumented: BTreeSet<&String> =
        schema.keys().filter(|t| !docs.contains_key(*t)).collect();
    let stale: BTreeSet<&String> = docs.keys().filter(|t| !schema.contains_key(*t)).collect();
    let misfiled: Vec<String> = schema
        .iter()
        .filter_map(|(t, tenant)| {
            let kind = docs.get(t)?;
            ((kind == "distributed") != *tenant)
                .then(|| format!("{t} ({kind}, tenant_id: {tenant})"))
        })
        .collect();
    let kind_of = |t: &String| docs.get(t).map(String::as_str).unwrap_or("?");
    // Citus accepts distributed → distributed | reference, reference → reference,
    // local → reference | local.
    let refused: Vec<String> = references
        .iter()
        .filter(|(src, dst)| {
            !matches!(
                (kind_of(src), kind_of(dst)),
                ("distributed", "distributed" | "reference")
                    | ("reference", "reference")
                    | ("local", "reference" | "local")
            )
        })
        .map(|(src, dst)| format!("{src} ({}) → {dst} ({})", kind_of(src), kind_of(dst)))
        .collect();

    // Assert
    assert!(
        schema.len() >= 50 && docs.values().filter(|k| *k == "distributed").count() >= 40,
        "the check read the schema ({} tables) and the docs ({} rows)",
        schema.len(),
        docs.len()
    );
    assert!(
        undocumented.is_empty(),
        "tables missing from docs/SCALE-OUT.md: {undocumented:?}"
    );
    assert!(
        stale.is_empty(),
        "docs/SCALE-OUT.md lists tables that do not exist: {stale:?}"
    );
    assert!(
        misfiled.is_empty(),
        "distributed exactly when the table has tenant_id: {misfiled:?}"
    );
    assert!(
        refused.is_empty(),
        "foreign keys Citus would refuse: {refused:?}"
    );
}
