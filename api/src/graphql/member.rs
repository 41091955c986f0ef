//! The member roster: members, their sensitive fields, and import.

use super::{
    context::{app, data, target, tenant},
    errors::Gql,
    ids::{self, NodeType, encode},
    org::{OrgLine, Organization, load_org},
    types::{PageInfo, connection},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::{
    AppError, Ctx,
    member::{self, ImportMode, MemberFilter, MemberUpdate, model::MemberRow},
    page::PageArgs,
};

/// 政治面貌 — political status.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::member::model::PoliticalStatus")]
pub enum PoliticalStatus {
    /// 群众
    Masses,
    /// 共青团员
    LeagueMember,
    /// 入党申请人
    Applicant,
    /// 入党积极分子
    Activist,
    /// 发展对象
    DevelopmentTarget,
    /// 预备党员
    Probationary,
    /// 正式党员
    FullMember,
}

impl PoliticalStatus {
    /// The stored code.
    pub fn code(self) -> &'static str {
        tongxin_core::member::model::PoliticalStatus::from(self).as_str()
    }
}

/// A person on the roster of a tenant.
pub struct Member(pub MemberRow);

impl Member {
    async fn sensitive_visible(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        // Boxed for the same reason as `load_org`.
        Box::pin(self.sensitive_visible_inner(ctx)).await
    }

    async fn sensitive_visible_inner(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        if c.member_id() == Some(self.0.id) {
            return Ok(true);
        }
        may_read_sensitive(ctx, &c).await
    }
}

/// Whether the caller may read other members' sensitive fields. Decided by one service call per
/// request, shared by the list that audits the read and by every row's fields.
async fn may_read_sensitive(ctx: &Context<'_>, c: &Ctx) -> async_graphql::Result<bool> {
    let d = data(ctx);
    d.sensitive
        .get_or_try_init(|| member::may_read_sensitive(c, &d.app))
        .await
        .copied()
        .gql()
}

/// A person on the roster of a tenant. Sensitive fields (phone, email, birth date, political
/// status) are null unless the caller may read them; such reads are audited.
#[Object]
impl Member {
    /// Global ID.
    pub async fn id(&self) -> ID {
        encode(NodeType::Member, self.0.id)
    }
    /// Name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// `MALE` or `FEMALE`.
    async fn gender(&self) -> Option<&str> {
        self.0.gender.as_deref()
    }
    /// `ACTIVE` or `DISABLED`.
    async fn status(&self) -> &str {
        self.0.status.as_str()
    }
    /// Whether the member can sign in (has an account).
    async fn has_account(&self) -> bool {
        self.0.account_id.is_some()
    }
    /// Posts held in the company.
    async fn posts(&self) -> &[String] {
        &self.0.posts
    }
    /// Sensitive: phone number.
    async fn phone(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<&str>> {
        Ok(if self.sensitive_visible(ctx).await? {
            self.0.phone.as_deref()
        } else {
            None
        })
    }
    /// Sensitive: email address.
    async fn email(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<&str>> {
        Ok(if self.sensitive_visible(ctx).await? {
            self.0.email.as_deref()
        } else {
            None
        })
    }
    /// Sensitive: birth date.
    async fn birth_date(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<NaiveDate>> {
        Ok(if self.sensitive_visible(ctx).await? {
            self.0.birth_date
        } else {
            None
        })
    }
    /// Sensitive: political status (政治面貌).
    async fn political_status(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<PoliticalStatus>> {
        Ok(if self.sensitive_visible(ctx).await? {
            Some(self.0.political_status.into())
        } else {
            None
        })
    }
    /// Sensitive: the statutory profile (民族, 学历, 职业/岗位, join dates), for the member
    /// and for whoever reads members' sensitive fields (audited); null when not recorded.
    /// One read per member: meant for a member's detail, not for lists.
    async fn profile(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<super::member_profile::MemberProfile>> {
        super::member_profile::profile_of(ctx, self.0.id).await
    }
    /// The primary org unit.
    async fn organization(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        match self.0.org_id {
            Some(id) => load_org(ctx, id).await,
            None => Ok(None),
        }
    }
    /// The party unit (党支部 …) the member belongs to.
    async fn party_organization(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Organization>> {
        match self.0.party_org_id {
            Some(id) => load_org(ctx, id).await,
            None => Ok(None),
        }
    }
    /// The union unit the member belongs to.
    async fn union_organization(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Organization>> {
        match self.0.union_org_id {
            Some(id) => load_org(ctx, id).await,
            None => Ok(None),
        }
    }
    /// The league unit the member belongs to.
    async fn youth_organization(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Organization>> {
        match self.0.youth_org_id {
            Some(id) => load_org(ctx, id).await,
            None => Ok(None),
        }
    }
    /// The department the member works in.
    async fn department(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        match self.0.department_id {
            Some(id) => load_org(ctx, id).await,
            None => Ok(None),
        }
    }
    /// When the member was added.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A problem in one row of an import file.
#[derive(SimpleObject)]
pub struct ImportRowError {
    /// Row number in the file (the header is row 1).
    pub row: i32,
    /// Column header.
    pub column: String,
    /// What is wrong.
    pub message: String,
}

/// The result of a member import.
#[derive(SimpleObject)]
pub struct ImportMembersPayload {
    /// Data rows read.
    pub total: i32,
    /// Members created.
    pub imported: i32,
    /// Problems by row; with ALL_OR_NOTHING, any problem means nothing was imported.
    pub errors: Vec<ImportRowError>,
}

connection!(MemberConnection, MemberEdge, Member, "A page of members.");

/// Member profile fields.
#[derive(InputObject)]
pub struct MemberInput {
    /// Name.
    pub name: Option<String>,
    /// `MALE` or `FEMALE` (or 男/女); empty clears.
    pub gender: Option<String>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Mobile number; empty clears.
    pub phone: Option<String>,
    /// Email; empty clears.
    pub email: Option<String>,
    /// Political status.
    pub political_status: Option<PoliticalStatus>,
    /// Units the member belongs to (at most one per line).
    pub organization_ids: Option<Vec<ID>>,
    /// Posts held.
    pub posts: Option<Vec<String>>,
}

impl MemberInput {
    fn into_update(self) -> Result<MemberUpdate, AppError> {
        Ok(MemberUpdate {
            name: self.name,
            gender: self.gender,
            birth_date: self.birth_date,
            phone: self.phone,
            email: self.email,
            political_status: self.political_status.map(|s| s.code().to_string()),
            organization_ids: self
                .organization_ids
                .map(|v| {
                    v.iter()
                        .map(|i| ids::decode(NodeType::Organization, i))
                        .collect::<Result<Vec<_>, _>>()
                })
                .transpose()?,
            posts: self.posts,
        })
    }
}

/// Input of `updateMember`.
#[derive(InputObject)]
pub struct UpdateMemberInput {
    /// Member.
    pub id: ID,
    /// Fields to change.
    pub patch: MemberInput,
}

/// Input of `setMemberDisabled`.
#[derive(InputObject)]
pub struct SetMemberDisabledInput {
    /// Member.
    pub id: ID,
    /// True disables (and signs the member out everywhere), false re-enables.
    pub disabled: bool,
}

/// Payload with one member.
#[derive(SimpleObject)]
pub struct MemberPayload {
    /// The member.
    pub member: Member,
}

/// How to treat bad rows in an import.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ImportModeInput {
    /// Import nothing unless every row is good.
    AllOrNothing,
    /// Import the good rows, report the bad ones.
    ValidRows,
}

/// Input of `importMembers`.
#[derive(InputObject)]
pub struct ImportMembersInput {
    /// File name, ending in .csv or .xlsx.
    pub file_name: String,
    /// File content, base64.
    pub content_base64: String,
    /// Bad-row handling (default ALL_OR_NOTHING).
    pub mode: Option<ImportModeInput>,
}

/// Queries on the roster.
#[derive(Default)]
pub struct MemberQuery;

/// Queries on the roster.
#[Object]
impl MemberQuery {
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
        if !sensitive.is_empty() && may_read_sensitive(ctx, &c).await? {
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
}

/// Mutations of the roster.
#[derive(Default)]
pub struct MemberMutation;

/// Mutations of the roster.
#[Object]
impl MemberMutation {
    /// Adds a member to the roster.
    async fn create_member(
        &self,
        ctx: &Context<'_>,
        input: MemberInput,
    ) -> async_graphql::Result<MemberPayload> {
        let c = tenant(ctx)?;
        let update = input.into_update().gql()?;
        Ok(MemberPayload {
            member: Member(member::create(&c, app(ctx), update).await.gql()?),
        })
    }

    /// Edits a member.
    async fn update_member(
        &self,
        ctx: &Context<'_>,
        input: UpdateMemberInput,
    ) -> async_graphql::Result<MemberPayload> {
        let (c, id) = target(ctx, NodeType::Member, &input.id)?;
        let update = input.patch.into_update().gql()?;
        Ok(MemberPayload {
            member: Member(member::update(&c, app(ctx), id, update).await.gql()?),
        })
    }

    /// Disables or re-enables a member.
    async fn set_member_disabled(
        &self,
        ctx: &Context<'_>,
        input: SetMemberDisabledInput,
    ) -> async_graphql::Result<MemberPayload> {
        let (c, id) = target(ctx, NodeType::Member, &input.id)?;
        Ok(MemberPayload {
            member: Member(
                member::set_disabled(&c, app(ctx), id, input.disabled)
                    .await
                    .gql()?,
            ),
        })
    }

    /// Imports members from a .csv or .xlsx file with the export's headers.
    async fn import_members(
        &self,
        ctx: &Context<'_>,
        input: ImportMembersInput,
    ) -> async_graphql::Result<ImportMembersPayload> {
        let c = tenant(ctx)?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(input.content_base64.as_bytes())
            .map_err(|_| AppError::field("contentBase64", "文件内容不是有效的 base64"))
            .gql()?;
        let mode = match input.mode.unwrap_or(ImportModeInput::AllOrNothing) {
            ImportModeInput::AllOrNothing => ImportMode::AllOrNothing,
            ImportModeInput::ValidRows => ImportMode::ValidRows,
        };
        let report = member::import_file(&c, app(ctx), &input.file_name, &bytes, mode)
            .await
            .gql()?;
        let n = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
        Ok(ImportMembersPayload {
            total: n(report.total),
            imported: n(report.imported),
            errors: report
                .errors
                .into_iter()
                .map(|e| ImportRowError {
                    row: n(e.row),
                    column: e.column,
                    message: e.message,
                })
                .collect(),
        })
    }
}
