//! GraphQL object types. Their doc comments are the integrators' documentation.

use super::{
    context::{app, data, tenant},
    errors::Gql,
    ids::{NodeType, encode},
};
use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::{
    audit::AuditRow,
    authz::service::GrantRow,
    identity::{ApiKeyRow, InvitationRow, SessionRow},
    member::model::MemberRow,
    org::model::{Kind, Line, OrgRow, PositionRow},
    system::TenantRow,
};

/// The line of organisation a unit belongs to.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
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

impl From<OrgLine> for Line {
    fn from(l: OrgLine) -> Self {
        match l {
            OrgLine::Party => Line::Party,
            OrgLine::Union => Line::Union,
            OrgLine::Youth => Line::Youth,
            OrgLine::Admin => Line::Admin,
            OrgLine::Grid => Line::Grid,
        }
    }
}

impl From<Line> for OrgLine {
    fn from(l: Line) -> Self {
        match l {
            Line::Party => OrgLine::Party,
            Line::Union => OrgLine::Union,
            Line::Youth => OrgLine::Youth,
            Line::Admin => OrgLine::Admin,
            Line::Grid => OrgLine::Grid,
        }
    }
}

/// The kind of an org unit.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
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

impl From<OrgKind> for Kind {
    fn from(k: OrgKind) -> Self {
        Kind::ALL[OrgKind::ORDER.iter().position(|o| *o == k).unwrap_or(0)]
    }
}

impl From<Kind> for OrgKind {
    fn from(k: Kind) -> Self {
        OrgKind::ORDER[Kind::ALL.iter().position(|o| *o == k).unwrap_or(0)]
    }
}

impl OrgKind {
    /// Same order as `Kind::ALL`.
    const ORDER: [OrgKind; 11] = [
        OrgKind::PartyCommittee,
        OrgKind::PartyGeneralBranch,
        OrgKind::PartyBranch,
        OrgKind::PartyGroup,
        OrgKind::UnionCommittee,
        OrgKind::UnionBranch,
        OrgKind::UnionGroup,
        OrgKind::YouthCommittee,
        OrgKind::YouthBranch,
        OrgKind::Department,
        OrgKind::Grid,
    ];
}

/// 政治面貌 — political status.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
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
    /// Every status, in pipeline order.
    pub const ALL: [PoliticalStatus; 7] = [
        PoliticalStatus::Masses,
        PoliticalStatus::LeagueMember,
        PoliticalStatus::Applicant,
        PoliticalStatus::Activist,
        PoliticalStatus::DevelopmentTarget,
        PoliticalStatus::Probationary,
        PoliticalStatus::FullMember,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        tongxin_core::member::model::POLITICAL_STATUSES
            [Self::ALL.iter().position(|s| *s == self).unwrap_or(0)]
        .0
    }

    /// From a stored code.
    pub fn from_code(code: &str) -> Self {
        let i = tongxin_core::member::model::POLITICAL_STATUSES
            .iter()
            .position(|(c, _)| *c == code)
            .unwrap_or(0);
        Self::ALL[i]
    }
}

/// Relay page information.
#[derive(SimpleObject, Debug, Clone)]
pub struct PageInfo {
    /// Whether another page follows.
    pub has_next_page: bool,
    /// Cursor of the last item; pass it as `after` for the next page.
    pub end_cursor: Option<String>,
}

/// An enterprise using Tongxin.
pub struct Tenant(pub TenantRow);

/// An enterprise using Tongxin.
#[Object]
impl Tenant {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Tenant, self.0.id)
    }
    /// URL-safe unique name used at login.
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    /// Display name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// `active` or `suspended`.
    async fn status(&self) -> &str {
        &self.0.status
    }
    /// Time zone used for dates shown to members (IANA name).
    async fn time_zone(&self) -> &str {
        &self.0.time_zone
    }
    /// Whether members are emailed when they log in from a device they have not used before.
    async fn login_alerts(&self) -> bool {
        self.0.login_alerts
    }
    /// When the tenant signed up.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
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
        let d = data(ctx);
        d.sensitive
            .get_or_try_init(|| async {
                tongxin_core::member::may_read_sensitive(&c, &d.app).await
            })
            .await
            .copied()
            .gql()
    }
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
        &self.0.status
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
            Some(PoliticalStatus::from_code(&self.0.political_status))
        } else {
            None
        })
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

/// An invitation to join a tenant.
pub struct Invitation(pub InvitationRow);

/// An invitation to join a tenant.
#[Object]
impl Invitation {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Invitation, self.0.id)
    }
    /// Invitee's email.
    async fn email(&self) -> &str {
        &self.0.email
    }
    /// Invitee's name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Sent.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Expires.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }
    /// Accepted.
    async fn accepted_at(&self) -> Option<DateTime<Utc>> {
        self.0.accepted_at
    }
    /// Revoked.
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }
    /// The unit the invitee joins.
    async fn organization(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        load_org(ctx, self.0.org_id).await
    }
}

/// An integrator's API key (the secret is shown only once, at creation).
pub struct ApiKey(pub ApiKeyRow);

/// An integrator's API key (the secret is shown only once, at creation).
#[Object]
impl ApiKey {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::ApiKey, self.0.id)
    }
    /// What it is for.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The first characters, to recognise the key.
    async fn prefix(&self) -> &str {
        &self.0.prefix
    }
    /// The role it holds tenant-wide.
    async fn role(&self) -> &str {
        &self.0.role
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Last used.
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }
    /// Revoked.
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }
}

/// One of the viewer's sessions.
pub struct Session(pub SessionRow, pub bool);

/// One of the viewer's sessions.
#[Object]
impl Session {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Session, self.0.id)
    }
    /// Browser or client.
    async fn user_agent(&self) -> Option<&str> {
        self.0.user_agent.as_deref()
    }
    /// Address it was opened from.
    async fn ip(&self) -> Option<&str> {
        self.0.ip.as_deref()
    }
    /// Opened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Expires.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }
    /// Whether this is the session making the request.
    async fn current(&self) -> bool {
        self.1
    }
}

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

/// A count under a label.
#[derive(SimpleObject)]
pub struct Count {
    /// Code, e.g. `PARTY` or `FULL_MEMBER`.
    pub key: String,
    /// Count.
    pub count: i64,
}

/// Figures for the home dashboard.
#[derive(SimpleObject)]
pub struct Dashboard {
    /// Active members.
    pub member_total: i64,
    /// Active members per line (members placed in a unit of that line).
    pub members_by_line: Vec<Count>,
    /// Active members per political status.
    pub members_by_political_status: Vec<Count>,
    /// Active org units per line.
    pub organizations_by_line: Vec<Count>,
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

macro_rules! connection {
    ($conn:ident, $edge:ident, $node:ty, $doc:literal) => {
        #[doc = $doc]
        #[derive(SimpleObject)]
        pub struct $edge {
            /// The item.
            pub node: $node,
            /// Its cursor.
            pub cursor: String,
        }

        #[doc = $doc]
        #[derive(SimpleObject)]
        pub struct $conn {
            /// Items with cursors.
            pub edges: Vec<$edge>,
            /// Paging.
            pub page_info: PageInfo,
        }

        impl $conn {
            /// Builds a connection from a page and a cursor key per item.
            pub fn from_page<T>(
                page: tongxin_core::page::Page<T>,
                key: impl Fn(&T) -> String,
                wrap: impl Fn(T) -> $node,
            ) -> Self {
                let edges: Vec<$edge> = page
                    .items
                    .into_iter()
                    .map(|item| {
                        let cursor = tongxin_core::page::encode_cursor(&key(&item));
                        $edge {
                            node: wrap(item),
                            cursor,
                        }
                    })
                    .collect();
                let end_cursor = edges.last().map(|e| e.cursor.clone());
                Self {
                    edges,
                    page_info: PageInfo {
                        has_next_page: page.has_next,
                        end_cursor,
                    },
                }
            }
        }
    };
}
pub(crate) use connection;

connection!(
    OrganizationConnection,
    OrganizationEdge,
    Organization,
    "A page of org units."
);
connection!(MemberConnection, MemberEdge, Member, "A page of members.");
connection!(
    InvitationConnection,
    InvitationEdge,
    Invitation,
    "A page of invitations."
);
connection!(
    AuditEntryConnection,
    AuditEntryEdge,
    AuditEntry,
    "A page of audit rows, newest first."
);
connection!(
    TenantConnection,
    TenantEdge,
    TenantSummary,
    "A page of tenants (platform operators)."
);

/// A tenant as platform operators see it.
#[derive(SimpleObject)]
pub struct TenantSummary {
    /// Tenant id (plain UUID; operators act outside tenants).
    pub id: String,
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// `active` or `suspended`.
    pub status: String,
    /// Active members.
    pub member_count: i64,
    /// Signed up.
    pub created_at: DateTime<Utc>,
}

/// A statutory rule with the parameters in force for the tenant and where they come from.
pub struct Rule(pub tongxin_core::statute::RuleRow);

/// A statutory rule with the parameters in force for the tenant and where they come from.
#[Object]
impl Rule {
    /// Stable key, e.g. `party.probation`.
    async fn key(&self) -> &str {
        &self.0.key
    }
    /// Area (党费, 发展党员, 组织生活 …).
    async fn area(&self) -> &str {
        &self.0.area
    }
    /// What the rule says.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The statutory default parameters.
    async fn default_params(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.default_params.clone())
    }
    /// Where the default comes from (law, regulation, article).
    async fn source(&self) -> &str {
        &self.0.source
    }
    /// The parameters in force for this tenant (its override, or the default).
    async fn effective_params(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.effective().clone())
    }
    /// The source behind the parameters in force.
    async fn effective_source(&self) -> &str {
        self.0.effective_source()
    }
    /// Whether the tenant overrides the default.
    async fn overridden(&self) -> bool {
        self.0.override_params.is_some()
    }
    /// When the override was last changed.
    async fn overridden_at(&self) -> Option<DateTime<Utc>> {
        self.0.overridden_at
    }
}

/// A notification in the viewer's inbox.
pub struct Notification(pub tongxin_core::notify::NotificationRow);

/// A notification in the viewer's inbox.
#[Object]
impl Notification {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Notification, self.0.id)
    }
    /// `REMINDER`, `SYSTEM`, `MENTION`, `DIRECT_MESSAGE`, `MESSAGE_REPORT`, `NOTICE`, `TASK` or
    /// `MEETING`.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// Body text.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// Structured facts, e.g. the due item and the rule and source behind a reminder.
    async fn detail(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.detail.clone())
    }
    /// Written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Read, if it has been.
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }
    /// The notice a `NOTICE` notification announces (or reminds of), as its global ID.
    async fn notice_id(&self) -> Option<ID> {
        self.0.detail["notice"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .map(|id| encode(NodeType::Notice, id))
    }
    /// The meeting a `MEETING` notification (or a meeting reminder) concerns, as its global ID.
    async fn meeting_id(&self) -> Option<ID> {
        self.0.detail["meeting"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .map(|id| encode(NodeType::Meeting, id))
    }
}

/// Something with a deadline that reminds before it is late and escalates after.
pub struct DueItem(pub tongxin_core::reminder::DueItemRow);

/// Something with a deadline that reminds before it is late and escalates after.
#[Object]
impl DueItem {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::DueItem, self.0.id)
    }
    /// Module-defined kind, e.g. `thought_report`.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// Due time.
    async fn due_at(&self) -> DateTime<Utc> {
        self.0.due_at
    }
    /// Key of the rule behind the deadline.
    async fn rule_key(&self) -> Option<&str> {
        self.0.rule_key.as_deref()
    }
    /// Reminder offsets in minutes (negative before the due time, positive for escalation).
    async fn reminder_offsets_minutes(&self) -> &[i32] {
        &self.0.offsets_minutes
    }
    /// `OPEN`, `DONE` or `CANCELLED`.
    async fn status(&self) -> &str {
        self.0.status.as_str()
    }
    /// The member it concerns.
    async fn member(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Member>> {
        let Some(id) = self.0.subject_member_id else {
            return Ok(None);
        };
        match &data(ctx).members {
            Some(l) => Ok(l.load_one(id).await?.map(Member)),
            None => Ok(None),
        }
    }
    /// The org it concerns.
    async fn organization(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        match self.0.subject_org_id {
            Some(id) => load_org(ctx, id).await,
            None => Ok(None),
        }
    }
    /// Completed or cancelled.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.closed_at
    }
}

connection!(
    NotificationConnection,
    NotificationEdge,
    Notification,
    "A page of notifications, newest first."
);
connection!(
    DueItemConnection,
    DueItemEdge,
    DueItem,
    "A page of due items."
);

/// A background job that used up its attempts.
#[derive(SimpleObject)]
pub struct DeadJob {
    /// Queue id.
    pub id: String,
    /// Task, e.g. `send_mail`.
    pub task: String,
    /// Attempts made.
    pub attempts: i32,
    /// The last error.
    pub last_error: Option<String>,
    /// Job key.
    pub key: Option<String>,
    /// Enqueued.
    pub created_at: DateTime<Utc>,
    /// Last attempt.
    pub updated_at: DateTime<Utc>,
}

/// The job queue's health (platform operators).
#[derive(SimpleObject)]
pub struct QueueHealth {
    /// Jobs waiting to run now.
    pub runnable: i64,
    /// Jobs being run.
    pub running: i64,
    /// Jobs that used up their attempts.
    pub dead: i64,
    /// Seconds the oldest runnable job has waited.
    pub oldest_runnable_seconds: f64,
    /// The most recent dead jobs with their last error.
    pub dead_jobs: Vec<DeadJob>,
}
