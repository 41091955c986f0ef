//! Retention per tenant (个人信息保护法第十九条): the audit log and read notifications are kept
//! as long as the rule `privacy.retention` says (the audit log never under 180 days, 网络安全法
//! 第二十一条), then purged by the worker's daily job, which records every purge.
//!
//! Purging the audit log removes the oldest part of the tenant's hash chain and keeps the hash
//! of the last row removed as the chain's anchor, so the rest stays verifiable (see the
//! migration `data_retention`).

mod rules;
mod service;
mod store;

pub use rules::{AUDIT_LOG_MIN_DAYS, RULE, Retention, cutoff, retention};
pub use service::{PURGE_TASK, PurgeOutcome, policy, policy_at, purge_all, purge_in, purges};
pub use store::{PurgeKind, PurgeRow};

/// The retention in force for a tenant and what it would purge now (a dry run of the next
/// purge).
#[derive(Debug, Clone)]
pub struct RetentionPolicy {
    /// The days in force.
    pub retention: Retention,
    /// Where the days come from (the statutory default or the tenant's own source).
    pub source: String,
    /// Whether the tenant overrides the default.
    pub overridden: bool,
    /// Audit rows the next purge would delete.
    pub due_audit_rows: i64,
    /// Read notifications the next purge would delete.
    pub due_notifications: i64,
}
