//! SQL of compliance: the orgs that must meet and the meetings they held.

use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

#[derive(Debug)]
pub(super) struct OrgRow {
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug)]
pub(super) struct MeetingFact {
    pub id: Uuid,
    pub org_id: Uuid,
    pub kind: String,
    pub starts_at: DateTime<Utc>,
}

/// The live orgs of these kinds under these paths (all when `None`), in tree order.
pub(super) async fn orgs(
    tx: &mut TenantTx,
    kinds: &[&str],
    under: Option<&[String]>,
) -> sqlx::Result<Vec<OrgRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        OrgRow,
        "select id, name, kind, created_at from org_unit
          where tenant_id = $1 and archived_at is null and kind = any($2)
            and ($3::text[] is null or path <@ any($3::ltree[]))
          order by path",
        tenant,
        kinds as &[&str],
        under,
    )
    .fetch_all(tx.conn())
    .await
}

/// The meetings of these orgs since `since`, not cancelled, oldest first.
pub(super) async fn meetings_since(
    tx: &mut TenantTx,
    orgs: &[Uuid],
    since: DateTime<Utc>,
) -> sqlx::Result<Vec<MeetingFact>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        MeetingFact,
        "select id, org_id, type as kind, starts_at from meeting
          where tenant_id = $1 and org_id = any($2) and starts_at >= $3 and status = $4
          order by starts_at",
        tenant,
        orgs,
        since,
        super::MeetingStatus::Scheduled.as_str(),
    )
    .fetch_all(tx.conn())
    .await
}
