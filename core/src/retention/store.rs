//! SQL of purges. Purging runs on the system pool through the migration's functions (the
//! runtime role can neither delete audit rows nor read them); the purge records are read
//! under the tenant's row-level security.

use crate::db::TenantTx;
use crate::text_enum;
use chrono::{DateTime, Utc};

text_enum! {
    /// What a purge deleted.
    pub enum PurgeKind {
        /// The oldest rows of the audit log.
        AuditLog = "AUDIT_LOG",
        /// Notifications read before the cut-off.
        ReadNotification = "READ_NOTIFICATION",
    }
}

/// One purge of one kind of data.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PurgeRow {
    /// Position in the tenant's purge record.
    pub id: i64,
    /// When the purge ran.
    pub ran_at: DateTime<Utc>,
    /// What was deleted.
    pub kind: PurgeKind,
    /// The retention period in force, in days.
    pub keep_days: i32,
    /// Data older than this was deleted.
    pub cutoff: DateTime<Utc>,
    /// How many rows were deleted.
    pub purged: i64,
    /// The first audit row deleted (audit purges only).
    pub first_seq: Option<i64>,
    /// The last audit row deleted; the chain is verified from here on.
    pub last_seq: Option<i64>,
}

/// Deletes the audit rows older than `cutoff` (never the chain's head) and records it.
pub(super) async fn purge_audit(
    tx: &mut TenantTx,
    cutoff: DateTime<Utc>,
    keep_days: i32,
) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select audit_purge($1, $2, $3) as "n!""#,
        tenant,
        cutoff,
        keep_days
    )
    .fetch_one(tx.conn())
    .await
}

/// Deletes the notifications read before `cutoff` and records it.
pub(super) async fn purge_notifications(
    tx: &mut TenantTx,
    cutoff: DateTime<Utc>,
    keep_days: i32,
) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select notification_purge($1, $2, $3) as "n!""#,
        tenant,
        cutoff,
        keep_days
    )
    .fetch_one(tx.conn())
    .await
}

/// How many audit rows a purge at `cutoff` would delete: those before the first row still
/// kept, and never the newest.
pub(super) async fn due_audit_rows(tx: &mut TenantTx, cutoff: DateTime<Utc>) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"with head as (select max(id) as id from audit_log where tenant_id = $1),
                kept as (select least(coalesce(min(a.id), (select id from head)), (select id from head)) as id
                           from audit_log a where a.tenant_id = $1 and a.at >= $2)
           select count(*) as "n!" from audit_log
            where tenant_id = $1 and id < (select id from kept)"#,
        tenant,
        cutoff
    )
    .fetch_one(tx.conn())
    .await
}

/// How many notifications were read before `cutoff`.
pub(super) async fn due_notifications(
    tx: &mut TenantTx,
    cutoff: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar!(
        r#"select count(*) as "n!" from notification where read_at < $1"#,
        cutoff
    )
    .fetch_one(tx.conn())
    .await
}

/// One page of the tenant's purges, newest first.
pub(super) async fn page(
    tx: &mut TenantTx,
    before: Option<i64>,
    limit: i64,
) -> sqlx::Result<Vec<PurgeRow>> {
    sqlx::query_as!(
        PurgeRow,
        r#"select id, ran_at, kind as "kind: PurgeKind", keep_days, cutoff, purged, first_seq, last_seq
             from retention_purge
            where ($1::bigint is null or id < $1)
            order by id desc limit $2"#,
        before,
        limit
    )
    .fetch_all(tx.conn())
    .await
}
