//! The resolution of an audience into members, for the module that freezes it.

use super::Audience;
use crate::db::TenantTx;
use uuid::Uuid;

/// A checked query over the members an audience resolves to, with their primary org (columns
/// `member_id`, `org_id`), between the caller's head and tail; binds `$1` tenant, `$2` orgs
/// alone, `$3` sub-tree roots, `$4` lines, `$5` political statuses, `$6` roles, `$7` whether
/// any filter is set, `$8` named members, `$9` excluded members, `$10` whether orgs are
/// chosen, then the caller's arguments from `$11`.
macro_rules! audience {
    ($mac:ident ! ($($pre:tt)*) $head:literal, $tail:literal, $tenant:expr, $a:expr $(, $arg:expr)* $(,)?) => {{
        let (alone, subtree) = $a.split_orgs();
        sqlx::$mac!(
            $($pre)*
            $head
                + "    with scope as (
      select o.id from org_unit o
       where o.tenant_id = $1 and o.archived_at is null
         and (o.id = any($2::uuid[])
              or exists (select 1 from org_unit r
                          where r.tenant_id = $1 and r.id = any($3::uuid[]) and o.path <@ r.path))
    ),
    chosen as (
      select m.id, m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id
        from member m
       where m.tenant_id = $1 and m.status = 'ACTIVE' and $7
         and (not $10 or m.org_id in (select id from scope) or m.party_org_id in (select id from scope)
              or m.union_org_id in (select id from scope) or m.youth_org_id in (select id from scope)
              or m.department_id in (select id from scope))
         and (cardinality($4::text[]) = 0
              or ('PARTY' = any($4) and m.party_org_id is not null)
              or ('UNION' = any($4) and m.union_org_id is not null)
              or ('YOUTH' = any($4) and m.youth_org_id is not null))
         and (cardinality($5::text[]) = 0 or m.political_status = any($5))
         and (cardinality($6::text[]) = 0 or exists (
               select 1 from casbin_rule g
                where g.tenant_id = $1 and g.ptype = 'g' and g.v0 = 'm:' || m.id::text
                  and g.v1 = any($6)))
      union
      select m.id, m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id
        from member m
       where m.tenant_id = $1 and m.status = 'ACTIVE' and m.id = any($8::uuid[])
    )
    select id as member_id,
           coalesce(org_id, party_org_id, union_org_id, youth_org_id, department_id) as org_id
      from chosen where id <> all($9::uuid[])"
                + $tail,
            $tenant,
            &alone,
            &subtree,
            &$a.lines,
            &$a.political_statuses,
            &$a.roles,
            $a.has_filters(),
            &$a.member_ids,
            &$a.exclude_member_ids,
            !$a.orgs.is_empty()
            $(, $arg)*
        )
    }};
}

pub(crate) use audience;

/// How many members the audience resolves to now.
pub(crate) async fn audience_count(tx: &mut TenantTx, a: &Audience) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    audience!(query_scalar!() r#"select count(*) as "count!" from ("#, ") x", tenant, a)
        .fetch_one(tx.conn())
        .await
}

/// Members named in the audience that do not exist (or are disabled) in this tenant.
pub(crate) async fn unknown_members(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select i as "i!" from unnest($2::uuid[]) as i
            where not exists (select 1 from member m where m.tenant_id = $1 and m.id = i)"#,
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await
}

/// The paths and names of the chosen orgs that exist and are not archived.
pub(crate) async fn org_paths(
    tx: &mut TenantTx,
    orgs: &[Uuid],
) -> sqlx::Result<Vec<(String, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select path::text as "path!", name from org_unit
            where tenant_id = $1 and id = any($2::uuid[]) and archived_at is null"#,
        tenant,
        orgs,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.path, r.name)).collect())
}
