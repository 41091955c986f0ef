//! SQL of org terms.

use crate::db::TenantTx;
use chrono::NaiveDate;
use uuid::Uuid;

/// An org that elects a committee, with its active positions.
#[derive(Debug, Clone)]
pub struct TermRow {
    /// The org.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Its kind code.
    pub kind: String,
    /// A village or community org (村、社区).
    pub village_or_community: bool,
    /// Its active positions.
    pub officers: i64,
    /// The earliest explicit term end of the active positions.
    pub explicit_end: Option<NaiveDate>,
    /// The latest term start of the active positions.
    pub latest_start: Option<NaiveDate>,
}

/// The orgs of a sub-tree (not archived) that elect a committee, by name.
pub(super) async fn terms(tx: &mut TenantTx, org_path: &str) -> sqlx::Result<Vec<TermRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        TermRow,
        r#"select o.id, o.name, o.kind, o.village_or_community,
                  coalesce(p.officers, 0) as "officers!", p.explicit_end, p.latest_start
             from org_unit o
             left join lateral (
               select count(*) as officers, min(term_end) as explicit_end,
                      max(term_start) as latest_start
                 from position
                where tenant_id = o.tenant_id and org_id = o.id and ended_at is null) p on true
            where o.tenant_id = $1 and o.path <@ $2::text::ltree and o.archived_at is null
              and o.kind in ('PARTY_COMMITTEE', 'PARTY_GENERAL_BRANCH', 'PARTY_BRANCH',
                             'UNION_COMMITTEE', 'UNION_BRANCH', 'YOUTH_COMMITTEE', 'YOUTH_BRANCH')
            order by o.name, o.id
            limit 5000"#,
        tenant,
        org_path,
    )
    .fetch_all(tx.conn())
    .await
}

/// Every org of the tenant that elects a committee and has officers (the daily reminder).
pub(super) async fn all_with_officers(tx: &mut TenantTx) -> sqlx::Result<Vec<TermRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        TermRow,
        r#"select o.id, o.name, o.kind, o.village_or_community,
                  p.officers as "officers!", p.explicit_end, p.latest_start
             from org_unit o
             join lateral (
               select count(*) as officers, min(term_end) as explicit_end,
                      max(term_start) as latest_start
                 from position
                where tenant_id = o.tenant_id and org_id = o.id and ended_at is null) p
               on p.officers > 0
            where o.tenant_id = $1 and o.archived_at is null
              and o.kind in ('PARTY_COMMITTEE', 'PARTY_GENERAL_BRANCH', 'PARTY_BRANCH',
                             'UNION_COMMITTEE', 'UNION_BRANCH', 'YOUTH_COMMITTEE', 'YOUTH_BRANCH')
            order by o.id"#,
        tenant,
    )
    .fetch_all(tx.conn())
    .await
}

/// The active officers of the nearest org above `org` that has any (none at the top).
pub(super) async fn officers_above(tx: &mut TenantTx, org: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"with up as (
             select a.id from org_unit o join org_unit a
                 on a.tenant_id = o.tenant_id and a.path @> o.path and a.id <> o.id
              where o.tenant_id = $1 and o.id = $2 and a.archived_at is null
                and exists (select 1 from position p join member m
                              on m.tenant_id = p.tenant_id and m.id = p.member_id and m.status = 'ACTIVE'
                             where p.tenant_id = a.tenant_id and p.org_id = a.id and p.ended_at is null)
              order by nlevel(a.path) desc limit 1)
           select distinct p.member_id as "member_id!" from position p
             join member m on m.tenant_id = p.tenant_id and m.id = p.member_id and m.status = 'ACTIVE'
            where p.tenant_id = $1 and p.org_id = (select id from up) and p.ended_at is null"#,
        tenant,
        org,
    )
    .fetch_all(tx.conn())
    .await
}

/// Marks an org as a village or community org (or not); false when it does not exist.
pub(super) async fn set_village(tx: &mut TenantTx, org: Uuid, village: bool) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "update org_unit set village_or_community = $3, updated_at = now()
          where tenant_id = $1 and id = $2 and archived_at is null",
        tenant,
        org,
        village,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}
