//! Access: role templates, grants and the officer positions that carry them.

use super::{
    context::{app, data, target, tenant},
    errors::Gql,
    ids::{self, NodeType, encode},
    member::Member,
    org::Position,
    types::IdInput,
};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use tongxin_core::{
    AppError,
    authz::service::{self as roles, GrantRow},
    org,
};

/// A role template.
#[derive(SimpleObject)]
pub struct Role {
    /// Machine name, e.g. `officer`.
    pub name: String,
    /// Label, e.g. 组织委员.
    pub label: String,
    /// What it is for.
    pub description: String,
    /// Seeded by default.
    pub builtin: bool,
    /// Permissions as `object:act-pattern`, e.g. `member:(read)|(write)`.
    pub permissions: Vec<String>,
}

/// A role held by a member (or key) over a scope.
pub struct Grant(pub GrantRow);

/// A role held by a member (or key) over a scope.
#[Object]
impl Grant {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Grant, self.0.id)
    }
    /// Role name.
    async fn role(&self) -> &str {
        &self.0.role
    }
    /// The scope: `tenant` or the org path it covers with its sub-tree.
    async fn scope(&self) -> String {
        match self.0.domain.split_once("/o/") {
            Some((_, rest)) => rest.trim_end_matches("/*").replace('/', "."),
            None => "tenant".into(),
        }
    }
    /// What produced it: `signup`, `invitation`, `grant`, `position:<id>`, `api_key:<id>`.
    async fn source(&self) -> Option<&str> {
        self.0.source.as_deref()
    }
    /// The member holding it, when a member does.
    async fn member(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Member>> {
        let Some(id) = self
            .0
            .subject
            .strip_prefix("m:")
            .and_then(|s| s.parse().ok())
        else {
            return Ok(None);
        };
        match &data(ctx).members {
            Some(l) => Ok(l.load_one(id).await?.map(Member)),
            None => Ok(None),
        }
    }
}

/// Input of `assignPosition`.
#[derive(InputObject)]
pub struct AssignPositionInput {
    /// Unit.
    pub organization_id: ID,
    /// Holder.
    pub member_id: ID,
    /// Title, e.g. 支部书记.
    pub title: String,
    /// Role granted over the unit's sub-tree (default `officer`).
    pub role: Option<String>,
    /// Term start.
    pub term_start: NaiveDate,
    /// Planned term end.
    pub term_end: Option<NaiveDate>,
}

/// Payload with one position.
#[derive(SimpleObject)]
pub struct PositionPayload {
    /// The position.
    pub position: Position,
}

/// Input of `grantRole`.
#[derive(InputObject)]
pub struct GrantRoleInput {
    /// Member.
    pub member_id: ID,
    /// Role name.
    pub role: String,
    /// Unit whose sub-tree the grant covers; null for tenant-wide.
    pub organization_id: Option<ID>,
}

/// Payload with one grant.
#[derive(SimpleObject)]
pub struct GrantPayload {
    /// The grant.
    pub grant: Grant,
}

/// Input of `setRolePermissions`.
#[derive(InputObject)]
pub struct SetRolePermissionsInput {
    /// Role name.
    pub role: String,
    /// Permissions as `object:act`, act one of `(read)`, `(write)`, `(read)|(write)`.
    pub permissions: Vec<String>,
}

/// Queries on roles and grants.
#[derive(Default)]
pub struct AccessQuery;

/// Queries on roles and grants.
#[Object]
impl AccessQuery {
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
}

/// Positions, grants and role templates.
#[derive(Default)]
pub struct AccessMutation;

/// Positions, grants and role templates.
#[Object]
impl AccessMutation {
    /// Puts a member into an officer position; the position grants its role over the unit's sub-tree.
    async fn assign_position(
        &self,
        ctx: &Context<'_>,
        input: AssignPositionInput,
    ) -> async_graphql::Result<PositionPayload> {
        let (c, org_id) = target(ctx, NodeType::Organization, &input.organization_id)?;
        let member_id = ids::decode(NodeType::Member, &input.member_id).gql()?;
        let row = org::assign_position(
            &c,
            app(ctx),
            org_id,
            member_id,
            &input.title,
            input.role.as_deref(),
            input.term_start,
            input.term_end,
        )
        .await
        .gql()?;
        Ok(PositionPayload {
            position: Position(row),
        })
    }

    /// Ends a position and its grant.
    async fn end_position(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<PositionPayload> {
        let (c, id) = target(ctx, NodeType::Position, &input.id)?;
        Ok(PositionPayload {
            position: Position(org::end_position(&c, app(ctx), id).await.gql()?),
        })
    }

    /// Grants a role to a member over a unit's sub-tree or tenant-wide.
    async fn grant_role(
        &self,
        ctx: &Context<'_>,
        input: GrantRoleInput,
    ) -> async_graphql::Result<GrantPayload> {
        let (c, member_id) = target(ctx, NodeType::Member, &input.member_id)?;
        let org_id =
            ids::decode_opt(NodeType::Organization, input.organization_id.as_ref()).gql()?;
        Ok(GrantPayload {
            grant: Grant(
                roles::grant_role(&c, app(ctx), member_id, &input.role, org_id)
                    .await
                    .gql()?,
            ),
        })
    }

    /// Revokes a grant.
    async fn revoke_grant(&self, ctx: &Context<'_>, input: IdInput) -> async_graphql::Result<bool> {
        let (c, id) = target(ctx, NodeType::Grant, &input.id)?;
        roles::revoke_grant(&c, app(ctx), id).await.gql()?;
        Ok(true)
    }

    /// Replaces a role template's permissions.
    async fn set_role_permissions(
        &self,
        ctx: &Context<'_>,
        input: SetRolePermissionsInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let perms = input
            .permissions
            .iter()
            .map(|p| {
                p.split_once(':')
                    .map(|(o, a)| (o.to_string(), a.to_string()))
                    .ok_or_else(|| {
                        AppError::field("permissions", format!("格式应为 对象:操作：{p}"))
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .gql()?;
        roles::set_role_permissions(&c, app(ctx), &input.role, &perms)
            .await
            .gql()?;
        Ok(true)
    }
}
