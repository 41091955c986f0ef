//! Query root.

use super::{
    context::{app, data, tenant},
    errors::Gql,
    ids::{self, NodeType},
    types::*,
};
use async_graphql::{Context, ID, Interface, Object};
use tongxin_core::{
    AppError, audit,
    identity::{self, Principal},
    member::{self, MemberFilter},
    org::{self, OrgFilter},
    page::PageArgs,
};

/// Anything with a global ID.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "Global ID."))]
pub enum Node {
    /// An org unit.
    Organization(Organization),
    /// A member.
    Member(Member),
    /// A notice.
    Notice(Box<super::notice::Notice>),
    /// A meeting.
    Meeting(Box<super::meeting::Meeting>),
}

/// Who is signed in, and where.
pub struct Viewer;

/// Who is signed in, and where.
#[Object]
impl Viewer {
    /// The signed-in member (null for API keys).
    async fn member(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Member>> {
        let c = tenant(ctx)?;
        match c.member_id() {
            Some(id) => Ok(Some(Member(member::get(&c, app(ctx), id).await.gql()?))),
            None => Ok(None),
        }
    }
    /// The tenant the session belongs to.
    async fn tenant(&self, ctx: &Context<'_>) -> async_graphql::Result<Tenant> {
        let c = tenant(ctx)?;
        Ok(Tenant(
            tongxin_core::tenancy::current(&c, app(ctx)).await.gql()?,
        ))
    }
    /// What the viewer may do tenant-wide, as `object:act` (e.g. `member:write`); for menus —
    /// every action is still checked where it happens, and grants on org sub-trees add more.
    async fn permissions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        let c = tenant(ctx)?;
        tongxin_core::authz::service::tenant_permissions(&c, app(ctx))
            .await
            .gql()
    }

    /// What the viewer may do tenant-wide or in at least one org their roles cover, as
    /// `object:act` (e.g. `notice:write` for a branch secretary); for menus.
    async fn permissions_anywhere(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<String>> {
        let c = tenant(ctx)?;
        tongxin_core::authz::service::permissions_anywhere(&c, app(ctx))
            .await
            .gql()
    }

    /// How many of the viewer's notifications are unread.
    async fn unread_notification_count(&self, ctx: &Context<'_>) -> async_graphql::Result<i64> {
        let c = tenant(ctx)?;
        tongxin_core::notify::unread_count(&c, app(ctx)).await.gql()
    }

    /// The roles the viewer holds, with their scopes.
    async fn grants(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Grant>> {
        let c = tenant(ctx)?;
        let Some(id) = c.member_id() else {
            return Ok(vec![]);
        };
        Ok(
            tongxin_core::authz::service::list_grants(&c, app(ctx), Some(id))
                .await
                .gql()?
                .into_iter()
                .map(Grant)
                .collect(),
        )
    }
}

/// Query root.
#[derive(Default)]
pub struct Query;

/// Query root.
#[Object(name = "PlatformQuery")]
impl Query {
    /// The signed-in caller; UNAUTHENTICATED without a session or key.
    async fn viewer(&self, ctx: &Context<'_>) -> async_graphql::Result<Viewer> {
        tenant(ctx)?;
        Ok(Viewer)
    }

    /// Any object by global ID; NOT_FOUND when it does not exist or is not visible.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Node> {
        let c = tenant(ctx)?;
        match ids::decode_any(&id) {
            Some((NodeType::Organization, uuid)) => Ok(Node::Organization(Organization(
                org::get(&c, app(ctx), uuid).await.gql()?,
            ))),
            Some((NodeType::Member, uuid)) => Ok(Node::Member(Member(
                member::get(&c, app(ctx), uuid).await.gql()?,
            ))),
            Some((NodeType::Notice, uuid)) => Ok(Node::Notice(Box::new(super::notice::Notice(
                tongxin_core::notice::get(&c, app(ctx), uuid).await.gql()?,
            )))),
            Some((NodeType::Meeting, uuid)) => {
                Ok(Node::Meeting(Box::new(super::meeting::Meeting(
                    tongxin_core::meeting::get(&c, app(ctx), uuid).await.gql()?,
                ))))
            }
            _ => Err(AppError::NotFound).gql(),
        }
    }

    /// One org unit.
    async fn organization(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Organization> {
        let c = tenant(ctx)?;
        let uuid = ids::decode(NodeType::Organization, &id).gql()?;
        Ok(Organization(org::get(&c, app(ctx), uuid).await.gql()?))
    }

    /// Org units in tree order (a parent before its children).
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn organizations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Only this line.")] line: Option<OrgLine>,
        #[graphql(desc = "Only children of this unit.")] parent_id: Option<ID>,
        #[graphql(desc = "Only top-level units.")] top_level: Option<bool>,
        #[graphql(desc = "Name contains.")] search: Option<String>,
        #[graphql(desc = "Include archived units.")] include_archived: Option<bool>,
    ) -> async_graphql::Result<OrganizationConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let parent = match (parent_id, top_level) {
            (Some(p), _) => Some(Some(ids::decode(NodeType::Organization, &p).gql()?)),
            (None, Some(true)) => Some(None),
            _ => None,
        };
        let filter = OrgFilter {
            line: line.map(Into::into),
            parent,
            include_archived: include_archived.unwrap_or(false),
            search,
        };
        let page = org::list(&c, app(ctx), &filter, &args).await.gql()?;
        Ok(OrganizationConnection::from_page(
            page,
            |o| o.path.clone(),
            Organization,
        ))
    }

    /// Members in the order they were added.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn members(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Members anywhere in this unit's sub-tree.")] organization_id: Option<ID>,
        #[graphql(desc = "Name contains, or exact phone or email.")] search: Option<String>,
        #[graphql(desc = "Members placed on this line.")] line: Option<OrgLine>,
        #[graphql(desc = "Only this political status.")] political_status: Option<PoliticalStatus>,
        #[graphql(desc = "Include disabled members.")] include_disabled: Option<bool>,
    ) -> async_graphql::Result<MemberConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let filter = MemberFilter {
            organization_id: ids::decode_opt(NodeType::Organization, organization_id.as_ref())
                .gql()?,
            search,
            line: line.map(Into::into),
            political_status: political_status.map(|s| s.code().to_string()),
            include_disabled: include_disabled.unwrap_or(false),
        };
        let node = ctx.look_ahead().field("edges").field("node");
        // The page's units are read with it and fed to the loader, so however the resolvers
        // interleave, no unit is loaded again. A request without a loader (the one that opens
        // its session) reads none here: its resolvers load their own.
        let units = match &data(ctx).orgs {
            Some(_) => member::UnitsWanted {
                organization: node.field("organization").exists(),
                party: node.field("partyOrganization").exists(),
                union: node.field("unionOrganization").exists(),
                youth: node.field("youthOrganization").exists(),
                department: node.field("department").exists(),
            },
            None => member::UnitsWanted::default(),
        };
        let (page, unit_rows) = member::list(&c, app(ctx), &filter, &args, units)
            .await
            .gql()?;
        if let Some(loader) = &data(ctx).orgs {
            loader
                .feed_many(unit_rows.into_iter().map(|o| (o.id, o)))
                .await;
        }
        let sensitive: Vec<&str> = ["phone", "email", "birthDate", "politicalStatus"]
            .into_iter()
            .filter(|f| node.field(f).exists())
            .collect();
        if !sensitive.is_empty() && member::may_read_sensitive(&c, app(ctx)).await.gql()? {
            let others: Vec<_> = page
                .items
                .iter()
                .map(|m| m.id)
                .filter(|id| Some(*id) != c.member_id())
                .collect();
            member::record_sensitive_read(&c, app(ctx), &others, &sensitive)
                .await
                .gql()?;
        }
        Ok(MemberConnection::from_page(
            page,
            |m| m.id.to_string(),
            Member,
        ))
    }

    /// Figures for the home dashboard.
    async fn dashboard(&self, ctx: &Context<'_>) -> async_graphql::Result<Dashboard> {
        let c = tenant(ctx)?;
        let (by_status, by_line, total) = member::stats(&c, app(ctx)).await.gql()?;
        let orgs = org::counts_by_line(&c, app(ctx)).await.gql()?;
        let counts = |v: Vec<(String, i64)>| {
            v.into_iter()
                .map(|(key, count)| Count { key, count })
                .collect()
        };
        Ok(Dashboard {
            member_total: total,
            members_by_line: counts(by_line),
            members_by_political_status: counts(by_status),
            organizations_by_line: counts(orgs),
        })
    }

    /// The viewer's notifications, newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
        unread_only: Option<bool>,
    ) -> async_graphql::Result<NotificationConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = tongxin_core::notify::list(&c, app(ctx), unread_only.unwrap_or(false), &args)
            .await
            .gql()?;
        Ok(NotificationConnection::from_page(
            page,
            |n| n.id.to_string(),
            Notification,
        ))
    }

    /// Due items: the viewer's own, or all of the tenant's for those who manage members.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn due_items(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
        include_closed: Option<bool>,
    ) -> async_graphql::Result<DueItemConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page =
            tongxin_core::reminder::list(&c, app(ctx), include_closed.unwrap_or(false), &args)
                .await
                .gql()?;
        Ok(DueItemConnection::from_page(
            page,
            |d| d.id.to_string(),
            DueItem,
        ))
    }

    /// Statutory rules with the tenant's effective parameters and their sources.
    async fn rules(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Rule>> {
        let c = tenant(ctx)?;
        Ok(tongxin_core::statute::list(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(Rule)
            .collect())
    }

    /// Role templates with their permissions.
    async fn roles(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Role>> {
        let c = tenant(ctx)?;
        Ok(tongxin_core::authz::service::list_roles(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(|r| Role {
                name: r.role.name,
                label: r.role.label,
                description: r.role.description,
                builtin: r.role.builtin,
                permissions: r
                    .permissions
                    .into_iter()
                    .map(|(o, a)| format!("{o}:{a}"))
                    .collect(),
            })
            .collect())
    }

    /// Grants of the tenant, or of one member.
    async fn grants(
        &self,
        ctx: &Context<'_>,
        member_id: Option<ID>,
    ) -> async_graphql::Result<Vec<Grant>> {
        let c = tenant(ctx)?;
        let member = ids::decode_opt(NodeType::Member, member_id.as_ref()).gql()?;
        Ok(
            tongxin_core::authz::service::list_grants(&c, app(ctx), member)
                .await
                .gql()?
                .into_iter()
                .map(Grant)
                .collect(),
        )
    }

    /// The tenant's API keys, active first.
    async fn api_keys(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ApiKey>> {
        let c = tenant(ctx)?;
        Ok(identity::list_api_keys(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(ApiKey)
            .collect())
    }

    /// Invitations, newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn invitations(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<InvitationConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = identity::list_invitations(&c, app(ctx), &args)
            .await
            .gql()?;
        Ok(InvitationConnection::from_page(
            page,
            |i| i.id.to_string(),
            Invitation,
        ))
    }

    /// The viewer's open sessions in this tenant.
    async fn my_sessions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Session>> {
        let c = tenant(ctx)?;
        let current = match &data(ctx).principal {
            Some(Principal::Member(s)) => Some(s.session_id),
            _ => None,
        };
        Ok(identity::my_sessions(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(|s| {
                let cur = Some(s.id) == current;
                Session(s, cur)
            })
            .collect())
    }

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

    /// Hidden: panics in the `test` configuration (proves a panic becomes a 500 JSON error);
    /// NOT_FOUND everywhere else.
    #[graphql(visible = false)]
    async fn debug_panic(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        if app(ctx).config.env == "test" {
            panic!("deliberate panic for the hardening test");
        }
        Err(AppError::NotFound).gql()
    }

    /// Platform operators: the job queue's health and its dead jobs.
    async fn queue_health(&self, ctx: &Context<'_>) -> async_graphql::Result<QueueHealth> {
        let Some(Principal::Operator { account_id }) = &data(ctx).principal else {
            return Err(AppError::Unauthenticated).gql();
        };
        let (stats, dead) = identity::queue_health(app(ctx), *account_id).await.gql()?;
        Ok(QueueHealth {
            runnable: stats.runnable,
            running: stats.locked,
            dead: stats.dead,
            oldest_runnable_seconds: stats.oldest_runnable_seconds,
            dead_jobs: dead
                .into_iter()
                .map(|d| DeadJob {
                    id: d.id.to_string(),
                    task: d.task,
                    attempts: i32::from(d.attempts),
                    last_error: d.last_error,
                    key: d.key,
                    created_at: d.created_at,
                    updated_at: d.updated_at,
                })
                .collect(),
        })
    }

    /// Platform operators: every tenant.
    async fn tenants(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<TenantConnection> {
        let Some(Principal::Operator { account_id }) = &data(ctx).principal else {
            return Err(AppError::Unauthenticated).gql();
        };
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = identity::list_tenants(app(ctx), *account_id, &args)
            .await
            .gql()?;
        Ok(TenantConnection::from_page(
            page,
            |t| t.tenant.id.to_string(),
            |t| TenantSummary {
                id: t.tenant.id.to_string(),
                slug: t.tenant.slug,
                name: t.tenant.name,
                status: t.tenant.status,
                member_count: t.member_count,
                created_at: t.tenant.created_at,
            },
        ))
    }
}
