//! SQL of the branch setting review.

use crate::db::TenantTx;
use chrono::NaiveDate;
use uuid::Uuid;

/// A party branch with its figures.
#[derive(Debug, Clone)]
pub struct BranchRow {
    /// The branch.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Formal members placed in it.
    pub formal: i64,
    /// Probationary members placed in it.
    pub probationary: i64,
    /// Its active positions.
    pub committee: i64,
    /// The earliest explicit term end of the active positions.
    pub explicit_end: Option<NaiveDate>,
    /// The latest term start of the active positions.
    pub latest_start: Option<NaiveDate>,
    /// A village or community branch (村、社区: a longer term).
    pub village_or_community: bool,
}

/// The party branches (not archived) of a sub-tree with their members and active positions.
pub(super) async fn branches(tx: &mut TenantTx, org_path: &str) -> sqlx::Result<Vec<BranchRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        BranchRow,
        r#"select o.id, o.name,
                  coalesce(m.formal, 0) as "formal!", coalesce(m.probationary, 0) as "probationary!",
                  coalesce(p.committee, 0) as "committee!", p.explicit_end, p.latest_start,
                  o.village_or_community
             from org_unit o
             left join lateral (
               select count(*) filter (where political_status = 'FULL_MEMBER') as formal,
                      count(*) filter (where political_status = 'PROBATIONARY') as probationary
                 from member
                where tenant_id = o.tenant_id and party_org_id = o.id and status = 'ACTIVE') m on true
             left join lateral (
               select count(*) as committee, min(term_end) as explicit_end,
                      max(term_start) as latest_start
                 from position
                where tenant_id = o.tenant_id and org_id = o.id and ended_at is null) p on true
            where o.tenant_id = $1 and o.path <@ $2::text::ltree and o.kind = 'PARTY_BRANCH'
              and o.archived_at is null
            order by o.name, o.id
            limit 2000"#,
        tenant,
        org_path,
    )
    .fetch_all(tx.conn())
    .await
}
