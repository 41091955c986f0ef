//! The tenant's tamper-evident audit log.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{self, NodeType},
    types::{PageInfo, connection},
};
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    audit::{self, AuditRow},
    page::PageArgs,
};

/// One row of the tamper-evident audit log.
pub struct AuditEntry(pub AuditRow);

/// One row of the tamper-evident audit log.
#[Object]
impl AuditEntry {
    /// Position in the tenant's hash chain.
    async fn seq(&self) -> i64 {
        self.0.id
    }
    /// When.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
    /// `member`, `api_key` or `system`.
    async fn actor_kind(&self) -> &str {
        &self.0.actor_kind
    }
    /// The acting member's name, when a member acted.
    async fn actor_name(&self) -> Option<&str> {
        self.0.actor_name.as_deref()
    }
    /// Action, e.g. `member.update`.
    async fn action(&self) -> &str {
        &self.0.action
    }
    /// Object type.
    async fn object_type(&self) -> &str {
        &self.0.object_type
    }
    /// Object id.
    async fn object_id(&self) -> Option<&str> {
        self.0.object_id.as_deref()
    }
    /// `OK`, `DENIED` or `FAILED`.
    async fn result(&self) -> &str {
        &self.0.result
    }
    /// Request id, to correlate with logs.
    async fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }
    /// Client address.
    async fn ip(&self) -> Option<&str> {
        self.0.ip.as_deref()
    }
    /// Extra facts as JSON.
    async fn detail(&self) -> String {
        self.0.detail.to_string()
    }
}

connection!(
    AuditEntryConnection,
    AuditEntryEdge,
    AuditEntry,
    "A page of audit rows, newest first."
);

/// Queries on the audit log.
#[derive(Default)]
pub struct AuditQuery;

/// Queries on the audit log.
#[Object]
impl AuditQuery {
    /// The tenant's audit log, newest first (tenant admins).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
        #[graphql(desc = "Action prefix, e.g. `member.`.")] action: Option<String>,
        #[graphql(desc = "Only this member's actions.")] actor_id: Option<ID>,
    ) -> async_graphql::Result<AuditEntryConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let filter = audit::AuditFilter {
            action: action.filter(|a| !a.is_empty()),
            actor_id: ids::decode_opt(NodeType::Member, actor_id.as_ref()).gql()?,
        };
        let page = audit::list(&c, app(ctx), &filter, &args).await.gql()?;
        Ok(AuditEntryConnection::from_page(
            page,
            |a| a.id.to_string(),
            AuditEntry,
        ))
    }

    /// The seq of the first audit row whose hash does not match, or null when the chain is intact.
    async fn audit_chain_break(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<i64>> {
        let c = tenant(ctx)?;
        audit::first_break(&c, app(ctx)).await.gql()
    }
}
