//! The viewer and lookup by global ID; each domain's queries live in its own module.

use super::{
    access::Grant,
    context::{app, tenant},
    errors::Gql,
    ids::{self, NodeType},
    member::Member,
    org::Organization,
    tenancy::Tenant,
};
use async_graphql::{Context, ID, Interface, Object};
use tongxin_core::{AppError, member, org};

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
    /// A grid case.
    GridCase(Box<super::grid::GridCase>),
    /// A supervision task.
    SupervisionTask(Box<super::grid_task::SupervisionTask>),
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

    /// The viewer's second factor (TOTP), and whether this tenant requires one of them.
    async fn second_factor(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<super::second_factor::SecondFactorStatus> {
        super::second_factor::status(ctx).await
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

/// The viewer and lookup by global ID.
#[derive(Default)]
pub struct Query;

/// The viewer and lookup by global ID.
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
            Some((NodeType::GridCase, uuid)) => {
                Ok(Node::GridCase(Box::new(super::grid::GridCase(
                    tongxin_core::grid::case::get(&c, app(ctx), uuid)
                        .await
                        .gql()?,
                ))))
            }
            Some((NodeType::SupervisionTask, uuid)) => Ok(Node::SupervisionTask(Box::new(
                super::grid_task::SupervisionTask(
                    tongxin_core::grid::task::get(&c, app(ctx), uuid)
                        .await
                        .gql()?,
                ),
            ))),
            _ => Err(AppError::NotFound).gql(),
        }
    }
}
