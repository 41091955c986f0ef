//! SQL of rules and overrides.

use super::RuleRow;
use crate::db::TenantTx;
use serde_json::Value;
use uuid::Uuid;

/// A checked `query_as!` of [`RuleRow`]s: the rule catalogue joined with the tenant's override
/// (`$1` is the tenant), followed by the caller's literal tail (`where …`, `order by …`).
/// The column list is written once here; sqlx checks every expansion against the schema.
macro_rules! select_rules {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            RuleRow,
            r#"select r.key, r.area, r.title, r.params as default_params, r.source,
                      o.params as "override_params?", o.source_note as "override_source?",
                      o.updated_at as "overridden_at?"
                 from statutory_rule r
                 left join rule_override o on o.rule_key = r.key and o.tenant_id = $1 "#
                + $tail
            $(, $arg)*
        )
    };
}

pub(super) async fn list(tx: &mut TenantTx) -> sqlx::Result<Vec<RuleRow>> {
    let tenant = tx.tenant();
    select_rules!("order by r.area, r.key", tenant)
        .fetch_all(tx.conn())
        .await
}

pub(super) async fn get(tx: &mut TenantTx, key: &str) -> sqlx::Result<Option<RuleRow>> {
    let tenant = tx.tenant();
    select_rules!("where r.key = $2", tenant, key)
        .fetch_optional(tx.conn())
        .await
}

pub(super) async fn upsert_override(
    tx: &mut TenantTx,
    key: &str,
    params: &Value,
    note: &str,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into rule_override (tenant_id, rule_key, params, source_note, updated_by)
         values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, rule_key) do update
           set params = excluded.params, source_note = excluded.source_note,
               updated_by = excluded.updated_by, updated_at = now()",
        tenant,
        key,
        params,
        note,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn delete_override(tx: &mut TenantTx, key: &str) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "delete from rule_override where tenant_id = $1 and rule_key = $2",
        tenant,
        key,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}
