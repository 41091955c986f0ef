//! SQL of org units and positions.

use super::model::{Kind, KindCode, Line, LineCode, OrgRow, PositionRow};
use crate::db::TenantTx;
use uuid::Uuid;

/// A checked `query_as!` of [`OrgRow`]s: the caller's literal head (`select`, or an `insert` /
/// `update … returning`), the unit's column list written once here, then the literal tail.
macro_rules! org_rows {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            OrgRow,
            $head
                + r#" id, no, parent_id, line as "line: LineCode", kind as "kind: KindCode", name,
                      path::text as "path!", is_joint, is_virtual, archived_at, created_at "#
                + $tail
            $(, $arg)*
        )
    };
}

/// A checked `query_as!` of [`PositionRow`]s, built like [`org_rows!`].
macro_rules! position_rows {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            PositionRow,
            $head
                + " id, org_id, member_id, title, role, term_start, term_end, ended_at "
                + $tail
            $(, $arg)*
        )
    };
}

pub(crate) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<OrgRow>> {
    let tenant = tx.tenant();
    org_rows!(
        "select",
        "from org_unit where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(crate) async fn by_ids(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<OrgRow>> {
    let tenant = tx.tenant();
    org_rows!(
        "select",
        "from org_unit where tenant_id = $1 and id = any($2)",
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await
}

pub(crate) struct Insert<'a> {
    pub id: Uuid,
    pub parent: Option<&'a OrgRow>,
    pub line: Line,
    pub kind: Kind,
    pub name: &'a str,
    pub is_joint: bool,
    pub is_virtual: bool,
}

pub(crate) async fn insert(tx: &mut TenantTx, o: &Insert<'_>) -> sqlx::Result<OrgRow> {
    let tenant = tx.tenant();
    org_rows!(
        "with n as (select nextval('org_unit_no_seq') as no)
         insert into org_unit (tenant_id, id, no, parent_id, line, kind, name, path, is_joint, is_virtual)
         select $1, $2, n.no, $3, $4, $5, $6,
                case when $7::text is null then n.no::text::ltree else ($7::text || '.' || n.no)::ltree end,
                $8, $9
           from n
         returning",
        "",
        tenant,
        o.id,
        o.parent.map(|p| p.id),
        o.line.code(),
        o.kind.code(),
        o.name,
        o.parent.map(|p| p.path.as_str()),
        o.is_joint,
        o.is_virtual,
    )
    .fetch_one(tx.conn())
    .await
}

pub(crate) struct Filter {
    pub line: Option<Line>,
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
    org_rows!(
        "select",
        "from org_unit
          where tenant_id = $1
            and ($2::text is null or line = $2)
            and (not $3 or parent_id is not distinct from $4)
            and ($5 or archived_at is null)
            and ($6::text is null or name ilike '%' || $6 || '%')
            and ($7::text is null or path > $7::text::ltree)
          order by path limit $8",
        tenant,
        f.line.map(Line::code),
        by_parent,
        parent,
        f.include_archived,
        f.search.as_deref(),
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

pub(crate) async fn rename(tx: &mut TenantTx, id: Uuid, name: &str) -> sqlx::Result<OrgRow> {
    let tenant = tx.tenant();
    org_rows!(
        "update org_unit set name = $3, updated_at = now() where tenant_id = $1 and id = $2 returning",
        "",
        tenant,
        id,
        name,
    )
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
    sqlx::query!(
        "update org_unit set
           path = $3::text::ltree || subpath(path, nlevel($2::text::ltree) - 1),
           updated_at = now()
         where tenant_id = $1 and path <@ $2::text::ltree",
        tenant,
        node.path,
        new_parent.path,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update org_unit set parent_id = $3 where tenant_id = $1 and id = $2",
        tenant,
        node.id,
        new_parent.id,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Active descendants (excluding the unit itself) and active members placed in the unit.
pub(crate) async fn occupancy(tx: &mut TenantTx, org: &OrgRow) -> sqlx::Result<(i64, i64)> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        r#"select (select count(*) from org_unit where tenant_id = $1 and path <@ $2::text::ltree
                     and id <> $3 and archived_at is null) as "units!",
                  (select count(*) from member where tenant_id = $1 and status = 'ACTIVE'
                     and $3 in (org_id, party_org_id, union_org_id, youth_org_id, department_id))
                    as "members!""#,
        tenant,
        org.path,
        org.id,
    )
    .fetch_one(tx.conn())
    .await?;
    Ok((r.units, r.members))
}

pub(crate) async fn archive(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<OrgRow> {
    let tenant = tx.tenant();
    org_rows!(
        "update org_unit set archived_at = now(), updated_at = now()
          where tenant_id = $1 and id = $2 returning",
        "",
        tenant,
        id,
    )
    .fetch_one(tx.conn())
    .await
}

/// `(line, count)` of active units.
pub(crate) async fn counts_by_line(tx: &mut TenantTx) -> sqlx::Result<Vec<(String, i64)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select line, count(*) as "count!" from org_unit
            where tenant_id = $1 and archived_at is null group by line order by line"#,
        tenant,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.line, r.count)).collect())
}

pub(crate) async fn insert_position(
    tx: &mut TenantTx,
    p: &PositionRow,
) -> sqlx::Result<PositionRow> {
    let tenant = tx.tenant();
    position_rows!(
        "insert into position (tenant_id, id, org_id, member_id, title, role, term_start, term_end)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning",
        "",
        tenant,
        p.id,
        p.org_id,
        p.member_id,
        p.title,
        p.role,
        p.term_start,
        p.term_end,
    )
    .fetch_one(tx.conn())
    .await
}

pub(crate) async fn get_position(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<PositionRow>> {
    let tenant = tx.tenant();
    position_rows!(
        "select",
        "from position where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(crate) async fn end_position(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<PositionRow> {
    let tenant = tx.tenant();
    position_rows!(
        "update position set ended_at = now() where tenant_id = $1 and id = $2 and ended_at is null
         returning",
        "",
        tenant,
        id,
    )
    .fetch_one(tx.conn())
    .await
}

pub(crate) async fn positions_of(tx: &mut TenantTx, org: Uuid) -> sqlx::Result<Vec<PositionRow>> {
    let tenant = tx.tenant();
    position_rows!(
        "select",
        "from position where tenant_id = $1 and org_id = $2
          order by ended_at nulls first, term_start desc",
        tenant,
        org,
    )
    .fetch_all(tx.conn())
    .await
}

/// Active members holding a current position in an org (reminders, escalations and
/// receipts go to them).
pub(crate) async fn officers(tx: &mut TenantTx, org: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select distinct p.member_id from position p join member m
             on m.tenant_id = p.tenant_id and m.id = p.member_id and m.status = 'ACTIVE'
          where p.tenant_id = $1 and p.org_id = $2 and p.ended_at is null",
        tenant,
        org,
    )
    .fetch_all(tx.conn())
    .await
}

/// The path and name of an org that is not archived (the scope other modules check rights
/// at, and the name they tell).
pub(crate) async fn path_and_name(
    tx: &mut TenantTx,
    org: Uuid,
) -> sqlx::Result<Option<(String, String)>> {
    let tenant = tx.tenant();
    let row = sqlx::query!(
        r#"select path::text as "path!", name from org_unit
            where tenant_id = $1 and id = $2 and archived_at is null"#,
        tenant,
        org,
    )
    .fetch_optional(tx.conn())
    .await?;
    Ok(row.map(|r| (r.path, r.name)))
}
