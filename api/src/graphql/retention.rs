//! Retention over GraphQL: the periods in force with a dry run of the next purge, and the
//! record of what the nightly purge deleted (个人信息保护法第十九条).

use super::{
    context::{app, tenant},
    errors::Gql,
    types::{PageInfo, connection},
};
use async_graphql::{Context, Enum, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{page::PageArgs, retention};

/// What a purge deleted.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::retention::PurgeKind")]
pub enum PurgeKind {
    /// The oldest rows of the audit log (the chain is verified from the last one deleted).
    AuditLog,
    /// Notifications read before the cut-off.
    ReadNotification,
}

/// The retention periods in force (rule `privacy.retention`) and what a purge now would
/// delete.
#[derive(SimpleObject)]
pub struct RetentionPolicy {
    /// Days the audit log is kept (never under 180: 网络安全法第二十一条).
    pub audit_log_days: i32,
    /// Days a read notification is kept.
    pub read_notification_days: i32,
    /// Where the periods come from: the statutory default's source or the tenant's own.
    pub source: String,
    /// Whether the tenant overrides the default (in the rules, key `privacy.retention`).
    pub overridden: bool,
    /// Audit rows the next purge would delete (a dry run).
    pub due_audit_rows: i64,
    /// Read notifications the next purge would delete (a dry run).
    pub due_notifications: i64,
}

impl From<retention::RetentionPolicy> for RetentionPolicy {
    fn from(p: retention::RetentionPolicy) -> Self {
        RetentionPolicy {
            audit_log_days: i32::try_from(p.retention.audit_log_days).unwrap_or(i32::MAX),
            read_notification_days: i32::try_from(p.retention.read_notification_days)
                .unwrap_or(i32::MAX),
            source: p.source,
            overridden: p.overridden,
            due_audit_rows: p.due_audit_rows,
            due_notifications: p.due_notifications,
        }
    }
}

/// One purge of one kind of data by the nightly job.
#[derive(SimpleObject)]
pub struct RetentionPurge {
    /// Position in the tenant's purge record.
    pub seq: i64,
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
    /// The last audit row deleted: the chain is verified from the row after it.
    pub last_seq: Option<i64>,
}

impl From<retention::PurgeRow> for RetentionPurge {
    fn from(r: retention::PurgeRow) -> Self {
        RetentionPurge {
            seq: r.id,
            ran_at: r.ran_at,
            kind: r.kind.into(),
            keep_days: r.keep_days,
            cutoff: r.cutoff,
            purged: r.purged,
            first_seq: r.first_seq,
            last_seq: r.last_seq,
        }
    }
}

connection!(
    RetentionPurgeConnection,
    RetentionPurgeEdge,
    RetentionPurge,
    "A page of purges, newest first."
);

/// Queries on retention.
#[derive(Default)]
pub struct RetentionQuery;

/// Queries on retention.
#[Object]
impl RetentionQuery {
    /// The retention periods in force and a dry run of the next purge (those who read the
    /// audit log).
    async fn retention_policy(&self, ctx: &Context<'_>) -> async_graphql::Result<RetentionPolicy> {
        let c = tenant(ctx)?;
        Ok(retention::policy(&c, app(ctx)).await.gql()?.into())
    }

    /// What the nightly purge deleted, newest first (those who read the audit log).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn retention_purges(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<RetentionPurgeConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = retention::purges(&c, app(ctx), &args).await.gql()?;
        Ok(RetentionPurgeConnection::from_page(
            page,
            |p| p.id.to_string(),
            RetentionPurge::from,
        ))
    }
}
