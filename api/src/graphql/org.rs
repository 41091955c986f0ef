//! Org units (the party, union and league trees and company departments) and officer positions.

use super::{
    context::{app, data, target, tenant},
    errors::Gql,
    ids::{self, NodeType, encode},
    member::Member,
    types::{IdInput, PageInfo, connection},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::{
    org::{
        self, NewOrg, OrgFilter,
        model::{OrgRow, PositionRow},
    },
    page::PageArgs,
};

/// The line of organisation a unit belongs to.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::org::model::Line")]
pub enum OrgLine {
    /// 党组织 — the Party line.
    Party,
    /// 工会 — the trade union line.
    Union,
    /// 共青团 — the Youth League line.
    Youth,
    /// 行政部门 — administrative departments.
    Admin,
    /// 网格 — grid supervision units.
    Grid,
}

/// The kind of an org unit.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::org::model::Kind")]
pub enum OrgKind {
    /// 党委
    PartyCommittee,
    /// 党总支
    PartyGeneralBranch,
    /// 党支部
    PartyBranch,
    /// 党小组
    PartyGroup,
    /// 工会
    UnionCommittee,
    /// 分会
    UnionBranch,
    /// 工会小组
    UnionGroup,
    /// 团委
    YouthCommittee,
    /// 团支部
    YouthBranch,
    /// 部门
    Department,
    /// 网格
    Grid,
}

/// An org unit: a committee, branch, group, department or grid.
pub struct Organization(pub OrgRow);

/// An org unit: a committee, branch, group, department or grid.
#[Object]
impl Organization {
    /// Global ID.
    pub async fn id(&self) -> ID {
        encode(NodeType::Organization, self.0.id)
    }
    /// Name, e.g. 机关第一党支部.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The line it belongs to.
    async fn line(&self) -> OrgLine {
        self.0.line.0.into()
    }
    /// Its kind.
    async fn kind(&self) -> OrgKind {
        self.0.kind.0.into()
    }
    /// The Chinese name of its kind (党支部 …).
    async fn kind_label(&self) -> &'static str {
        self.0.kind.0.label()
    }
    /// Materialised path of unit numbers from the top, e.g. `12.15.31`.
    async fn path(&self) -> &str {
        &self.0.path
    }
    /// Depth in the tree; 1 for top-level units.
    async fn depth(&self) -> i32 {
        i32::try_from(self.0.depth()).unwrap_or(i32::MAX)
    }
    /// Whether it is a joint unit (联合) covering several departments.
    async fn is_joint(&self) -> bool {
        self.0.is_joint
    }
    /// Whether it is virtual or temporary (临时/网上虚拟).
    async fn is_virtual(&self) -> bool {
        self.0.is_virtual
    }
    /// When it was archived, if it was.
    async fn archived_at(&self) -> Option<DateTime<Utc>> {
        self.0.archived_at
    }
    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// The parent unit.
    async fn parent(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        let Some(p) = self.0.parent_id else {
            return Ok(None);
        };
        load_org(ctx, p).await
    }
    /// Officer positions in this unit, current first.
    async fn positions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Position>> {
        let c = tenant(ctx)?;
        // Boxed for the same reason as `load_org`.
        Ok(
            Box::pin(tongxin_core::org::positions(&c, app(ctx), self.0.id))
                .await
                .gql()?
                .into_iter()
                .map(Position)
                .collect(),
        )
    }
}

pub(crate) async fn load_org(
    ctx: &Context<'_>,
    id: uuid::Uuid,
) -> async_graphql::Result<Option<Organization>> {
    // Boxed: an object's resolver future is as large as its largest field's, and the
    // executor moves it once per field; this one holds a database transaction's state.
    Box::pin(load_org_inner(ctx, id)).await
}

async fn load_org_inner(
    ctx: &Context<'_>,
    id: uuid::Uuid,
) -> async_graphql::Result<Option<Organization>> {
    match &data(ctx).orgs {
        Some(loader) => Ok(loader.load_one(id).await?.map(Organization)),
        // A session opened by this very request (login) has no loader yet.
        None => {
            let c = tenant(ctx)?;
            Ok(tongxin_core::org::by_ids(&c, app(ctx), &[id])
                .await
                .gql()?
                .into_iter()
                .next()
                .map(Organization))
        }
    }
}

/// An officer position (书记, 委员, 主席 …) with its term.
pub struct Position(pub PositionRow);

/// An officer position (书记, 委员, 主席 …) with its term.
#[Object]
impl Position {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Position, self.0.id)
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The role this position grants over the unit's sub-tree.
    async fn role(&self) -> &str {
        &self.0.role
    }
    /// Term start.
    async fn term_start(&self) -> NaiveDate {
        self.0.term_start
    }
    /// Planned term end (换届).
    async fn term_end(&self) -> Option<NaiveDate> {
        self.0.term_end
    }
    /// When the position ended, if it has.
    async fn ended_at(&self) -> Option<DateTime<Utc>> {
        self.0.ended_at
    }
    /// The holder.
    async fn member(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Member>> {
        match &data(ctx).members {
            Some(l) => Ok(l.load_one(self.0.member_id).await?.map(Member)),
            None => Ok(None),
        }
    }
    /// The unit.
    async fn organization(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        load_org(ctx, self.0.org_id).await
    }
}

connection!(
    OrganizationConnection,
    OrganizationEdge,
    Organization,
    "A page of org units."
);

/// Input of `createOrganization`.
#[derive(InputObject)]
pub struct CreateOrganizationInput {
    /// Parent unit; null makes a top-level unit.
    pub parent_id: Option<ID>,
    /// Name.
    pub name: String,
    /// Line.
    pub line: OrgLine,
    /// Kind; defaults from line and parent.
    pub kind: Option<OrgKind>,
    /// 联合 unit.
    pub is_joint: Option<bool>,
    /// Virtual or temporary unit.
    pub is_virtual: Option<bool>,
}

/// Payload with one org unit.
#[derive(SimpleObject)]
pub struct OrganizationPayload {
    /// The unit.
    pub organization: Organization,
}

/// Input of `renameOrganization`.
#[derive(InputObject)]
pub struct RenameOrganizationInput {
    /// Unit.
    pub id: ID,
    /// New name.
    pub name: String,
}

/// Input of `moveOrganization`.
#[derive(InputObject)]
pub struct MoveOrganizationInput {
    /// Unit to move with its sub-tree.
    pub id: ID,
    /// New parent (same line).
    pub new_parent_id: ID,
}

/// Queries on org units.
#[derive(Default)]
pub struct OrgQuery;

/// Queries on org units.
#[Object]
impl OrgQuery {
    /// One org unit.
    async fn organization(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Organization> {
        let (c, uuid) = target(ctx, NodeType::Organization, &id)?;
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
}

/// Mutations of org units.
#[derive(Default)]
pub struct OrgMutation;

/// Mutations of org units.
#[Object]
impl OrgMutation {
    /// Creates an org unit.
    async fn create_organization(
        &self,
        ctx: &Context<'_>,
        input: CreateOrganizationInput,
    ) -> async_graphql::Result<OrganizationPayload> {
        let c = tenant(ctx)?;
        let row = org::create(
            &c,
            app(ctx),
            NewOrg {
                parent_id: ids::decode_opt(NodeType::Organization, input.parent_id.as_ref())
                    .gql()?,
                name: input.name,
                line: input.line.into(),
                kind: input.kind.map(Into::into),
                is_joint: input.is_joint.unwrap_or(false),
                is_virtual: input.is_virtual.unwrap_or(false),
            },
        )
        .await
        .gql()?;
        Ok(OrganizationPayload {
            organization: Organization(row),
        })
    }

    /// Renames an org unit.
    async fn rename_organization(
        &self,
        ctx: &Context<'_>,
        input: RenameOrganizationInput,
    ) -> async_graphql::Result<OrganizationPayload> {
        let (c, id) = target(ctx, NodeType::Organization, &input.id)?;
        Ok(OrganizationPayload {
            organization: Organization(org::rename(&c, app(ctx), id, &input.name).await.gql()?),
        })
    }

    /// Moves an org unit with its sub-tree under another unit of the same line.
    async fn move_organization(
        &self,
        ctx: &Context<'_>,
        input: MoveOrganizationInput,
    ) -> async_graphql::Result<OrganizationPayload> {
        let (c, id) = target(ctx, NodeType::Organization, &input.id)?;
        let to = ids::decode(NodeType::Organization, &input.new_parent_id).gql()?;
        Ok(OrganizationPayload {
            organization: Organization(org::move_to(&c, app(ctx), id, to).await.gql()?),
        })
    }

    /// Archives an org unit with no active sub-units or members.
    async fn archive_organization(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<OrganizationPayload> {
        let (c, id) = target(ctx, NodeType::Organization, &input.id)?;
        Ok(OrganizationPayload {
            organization: Organization(org::archive(&c, app(ctx), id).await.gql()?),
        })
    }
}
