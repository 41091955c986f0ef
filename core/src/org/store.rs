//! SQL of org units and positions.

use super::model::{OrgRow, PositionRow};
use crate::db::TenantTx;
use uuid::Uuid;

const COLUMNS: &str = "id, no, parent_id, line, kind, name, path::text as path, is_joint, is_virtual, archived_at, created_at";

pub(crate) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<OrgRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from org_unit where tenant_id = $1 and id = $2"
    )))
    .bind(tenant)
    .bind(id)
    .fetch_optional(tx.conn())
    .await
}

pub(crate) async fn by_ids(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<OrgRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from org_unit where tenant_id = $1 and id = any($2)"
    )))
    .bind(tenant)
    .bind(ids)
    .fetch_all(tx.conn())
    .await
}

pub(crate) struct Insert<'a> {
    pub id: Uuid,
    pub parent: Option<&'a OrgRow>,
    pub line: &'a str,
    pub kind: &'a str,
    pub name: &'a str,
    pub is_joint: bool,
    pub is_virtual: bool,
}

pub(crate) async fn insert(tx: &mut TenantTx, o: &Insert<'_>) -> sqlx::Result<OrgRow> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "with n as (select nextval('org_unit_no_seq') as no)
         insert into org_unit (tenant_id, id, no, parent_id, line, kind, name, path, is_joint, is_virtual)
         select $1, $2, n.no, $3, $4, $5, $6,
                case when $7::text is null then n.no::text::ltree else ($7::text || '.' || n.no)::ltree end,
                $8, $9
           from n
         returning {COLUMNS}"
    )))
    .bind(tenant)
    .bind(o.id)
    .bind(o.parent.map(|p| p.id))
    .bind(o.line)
    .bind(o.kind)
    .bind(o.name)
    .bind(o.parent.map(|p| p.path.as_str()))
    .bind(o.is_joint)
    .bind(o.is_virtual)
    .fetch_one(tx.conn())
    .await
}

pub(crate) struct Filter {
    pub line: Option<String>,
    pub parent: Option<Option<Uuid>>,
    pub include_archived: bool,
    pub search: Option<String>,
}

/// A page of units in tree order (by path), after the given path.
pub(crate) async fn page(
    tx: &mut TenantTx,
    f: &Filter,
    after: Option<&str>,
    limit: i64,
) -> sqlx::Result<Vec<OrgRow>> {
    let tenant = tx.tenant();
    let (by_parent, parent) = match f.parent {
        None => (false, None),
        Some(p) => (true, p),
    };
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from org_unit
          where tenant_id = $1
            and ($2::text is null or line = $2)
            and (not $3 or parent_id is not distinct from $4)
            and ($5 or archived_at is null)
            and ($6::text is null or name ilike '%' || $6 || '%')
            and ($7::text is null or path > $7::ltree)
          order by path limit $8"
    )))
    .bind(tenant)
    .bind(f.line.as_deref())
    .bind(by_parent)
    .bind(parent)
    .bind(f.include_archived)
    .bind(f.search.as_deref())
    .bind(after)
    .bind(limit)
    .fetch_all(tx.conn())
    .await
}

pub(crate) async fn rename(tx: &mut TenantTx, id: Uuid, name: &str) -> sqlx::Result<OrgRow> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update org_unit set name = $3, updated_at = now() where tenant_id = $1 and id = $2 returning {COLUMNS}"
    )))
    .bind(tenant)
    .bind(id)
    .bind(name)
    .fetch_one(tx.conn())
    .await
}

/// Moves a sub-tree under a new parent, rewriting every descendant's path.
pub(crate) async fn move_subtree(
    tx: &mut TenantTx,
    node: &OrgRow,
    new_parent: &OrgRow,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query(
        "update org_unit set
           path = $3::ltree || subpath(path, nlevel($2::ltree) - 1),
           updated_at = now()
         where tenant_id = $1 and path <@ $2::ltree",
    )
    .bind(tenant)
    .bind(&node.path)
    .bind(&new_parent.path)
    .execute(tx.conn())
    .await?;
    sqlx::query("update org_unit set parent_id = $3 where tenant_id = $1 and id = $2")
        .bind(tenant)
        .bind(node.id)
        .bind(new_parent.id)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// Active descendants (excluding the unit itself) and active members placed in the unit.
pub(crate) async fn occupancy(tx: &mut TenantTx, org: &OrgRow) -> sqlx::Result<(i64, i64)> {
    let tenant = tx.tenant();
    sqlx::query_as(
        "select (select count(*) from org_unit where tenant_id = $1 and path <@ $2::ltree
                   and id <> $3 and archived_at is null),
                (select count(*) from member where tenant_id = $1 and status = 'ACTIVE'
                   and $3 in (org_id, party_org_id, union_org_id, youth_org_id, department_id))",
    )
    .bind(tenant)
    .bind(&org.path)
    .bind(org.id)
    .fetch_one(tx.conn())
    .await
}

pub(crate) async fn archive(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<OrgRow> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update org_unit set archived_at = now(), updated_at = now()
          where tenant_id = $1 and id = $2 returning {COLUMNS}"
    )))
    .bind(tenant)
    .bind(id)
    .fetch_one(tx.conn())
    .await
}

/// `(line, count)` of active units.
pub(crate) async fn counts_by_line(tx: &mut TenantTx) -> sqlx::Result<Vec<(String, i64)>> {
    let tenant = tx.tenant();
    sqlx::query_as(
        "select line, count(*) from org_unit where tenant_id = $1 and archived_at is null group by line order by line",
    )
    .bind(tenant)
    .fetch_all(tx.conn())
    .await
}

const POSITION_COLUMNS: &str = "id, org_id, member_id, title, role, term_start, term_end, ended_at";

pub(crate) async fn insert_position(
    tx: &mut TenantTx,
    p: &PositionRow,
) -> sqlx::Result<PositionRow> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into position (tenant_id, id, org_id, member_id, title, role, term_start, term_end)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning {POSITION_COLUMNS}"
    )))
    .bind(tenant)
    .bind(p.id)
    .bind(p.org_id)
    .bind(p.member_id)
    .bind(&p.title)
    .bind(&p.role)
    .bind(p.term_start)
    .bind(p.term_end)
    .fetch_one(tx.conn())
    .await
}

pub(crate) async fn get_position(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<PositionRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {POSITION_COLUMNS} from position where tenant_id = $1 and id = $2"
    )))
    .bind(tenant)
    .bind(id)
    .fetch_optional(tx.conn())
    .await
}

pub(crate) async fn end_position(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<PositionRow> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update position set ended_at = now() where tenant_id = $1 and id = $2 and ended_at is null
         returning {POSITION_COLUMNS}"
    )))
    .bind(tenant)
    .bind(id)
    .fetch_one(tx.conn())
    .await
}

pub(crate) async fn positions_of(tx: &mut TenantTx, org: Uuid) -> sqlx::Result<Vec<PositionRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {POSITION_COLUMNS} from position where tenant_id = $1 and org_id = $2
          order by ended_at nulls first, term_start desc"
    )))
    .bind(tenant)
    .bind(org)
    .fetch_all(tx.conn())
    .await
}

/// Active members holding a current position in an org (reminders, escalations and
/// receipts go to them).
pub(crate) async fn officers(tx: &mut TenantTx, org: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar(
        "select distinct p.member_id from position p join member m
             on m.tenant_id = p.tenant_id and m.id = p.member_id and m.status = 'ACTIVE'
          where p.tenant_id = $1 and p.org_id = $2 and p.ended_at is null",
    )
    .bind(tenant)
    .bind(org)
    .fetch_all(tx.conn())
    .await
}
