//! SQL of role templates and Casbin rules.

use crate::db::TenantTx;
use uuid::Uuid;

/// All rules of a tenant as `[ptype, v0, …, v5]`.
pub(crate) async fn load_rules(tx: &mut TenantTx) -> sqlx::Result<Vec<Vec<String>>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select ptype, v0, v1, v2, v3, v4, v5 from casbin_rule where tenant_id = $1",
        tenant,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| vec![r.ptype, r.v0, r.v1, r.v2, r.v3, r.v4, r.v5])
        .collect())
}

/// Adds a rule; `source` names what produced it (`position:<id>`, `grant`, `template`).
pub(crate) async fn insert_rule(
    tx: &mut TenantTx,
    ptype: &str,
    values: &[&str],
    source: &str,
) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    let v = |i: usize| values.get(i).copied().unwrap_or("");
    let id = crate::new_id();
    sqlx::query!(
        "insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, v4, v5, source)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        tenant,
        id,
        ptype,
        v(0),
        v(1),
        v(2),
        v(3),
        v(4),
        v(5),
        source,
    )
    .execute(tx.conn())
    .await?;
    Ok(id)
}

/// Removes the rules a source produced.
pub(crate) async fn delete_by_source(tx: &mut TenantTx, source: &str) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "delete from casbin_rule where tenant_id = $1 and source = $2",
        tenant,
        source,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

/// Removes one grant (a `g` rule) by id.
pub(crate) async fn delete_grant(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "delete from casbin_rule where tenant_id = $1 and id = $2 and ptype = 'g'",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}

/// A grant row: who holds which role where.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct GrantRow {
    /// Rule id.
    pub id: Uuid,
    /// Casbin subject (`m:<uuid>` or `k:<uuid>`).
    pub subject: String,
    /// Role name.
    pub role: String,
    /// Grant domain.
    pub domain: String,
    /// What produced it.
    pub source: Option<String>,
}

/// Grants of a tenant, optionally of one subject.
pub(crate) async fn list_grants(
    tx: &mut TenantTx,
    subject: Option<&str>,
) -> sqlx::Result<Vec<GrantRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        GrantRow,
        "select id, v0 as subject, v1 as role, v2 as domain, source from casbin_rule
          where tenant_id = $1 and ptype = 'g' and ($2::text is null or v0 = $2)
          order by created_at, id",
        tenant,
        subject,
    )
    .fetch_all(tx.conn())
    .await
}

/// A role template with its permissions.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoleRow {
    /// Machine name.
    pub name: String,
    /// Label.
    pub label: String,
    /// Description.
    pub description: String,
    /// Seeded by default.
    pub builtin: bool,
}

pub(crate) async fn insert_role(
    tx: &mut TenantTx,
    name: &str,
    label: &str,
    description: &str,
    builtin: bool,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into role_template (tenant_id, name, label, description, builtin)
         values ($1, $2, $3, $4, $5)",
        tenant,
        name,
        label,
        description,
        builtin,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(crate) async fn list_roles(tx: &mut TenantTx) -> sqlx::Result<Vec<RoleRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        RoleRow,
        "select name, label, description, builtin from role_template
          where tenant_id = $1 order by builtin desc, name",
        tenant,
    )
    .fetch_all(tx.conn())
    .await
}

pub(crate) async fn role_exists(tx: &mut TenantTx, name: &str) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from role_template where tenant_id = $1 and name = $2) as "exists!""#,
        tenant,
        name,
    )
    .fetch_one(tx.conn())
    .await
}

/// `(object, act)` permissions of one role.
pub(crate) async fn role_permissions(
    tx: &mut TenantTx,
    role: &str,
) -> sqlx::Result<Vec<(String, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select v2, v3 from casbin_rule where tenant_id = $1 and ptype = 'p' and v0 = $2 order by v2",
        tenant,
        role,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.v2, r.v3)).collect())
}

/// Replaces a role's permissions.
pub(crate) async fn delete_role_permissions(tx: &mut TenantTx, role: &str) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "delete from casbin_rule where tenant_id = $1 and ptype = 'p' and v0 = $2",
        tenant,
        role,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Rewrites grant domains under `old_prefix` to `new_prefix` (after a sub-tree moved).
pub(crate) async fn rewrite_grant_domains(
    tx: &mut TenantTx,
    old_prefix: &str,
    new_prefix: &str,
) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update casbin_rule set v2 = $3 || substr(v2, length($2) + 1)
          where tenant_id = $1 and ptype = 'g' and starts_with(v2, $2)",
        tenant,
        old_prefix,
        new_prefix,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected())
}
