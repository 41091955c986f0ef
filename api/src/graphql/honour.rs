//! Honours (荣誉) over GraphQL: propose (which starts the 公示), an org's honours, a member's.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    publicity::Publicity,
    survey::SurveyAudienceInput,
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    AppError,
    honour::{self, HonourInput, HonourRow},
    page::{Page, PageArgs, encode_cursor},
    publicity,
};

/// Which honour.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::honour::HonourKind")]
pub enum HonourKind {
    /// 优秀共产党员 (a member).
    ExcellentPartyMember,
    /// 优秀党务工作者 (a member).
    ExcellentPartyWorker,
    /// 先进基层党组织 (an org).
    AdvancedPartyOrg,
    /// 优秀工会会员 (a member).
    ExcellentUnionMember,
    /// 优秀工会工作者 (a member).
    ExcellentUnionWorker,
    /// 优秀共青团员 (a member).
    ExcellentLeagueMember,
    /// 优秀共青团干部 (a member).
    ExcellentLeagueCadre,
    /// 五四红旗团支部 (an org).
    MayFourthRedFlag,
    /// 其他: named by `title`; a member or an org.
    Other,
}

/// Where an honour stands: its 公示's outcome.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::honour::HonourStatus")]
pub enum HonourStatus {
    /// 拟表彰: in its 公示.
    Proposed,
    /// 已确认: the 公示 closed confirmed.
    Confirmed,
    /// 未通过.
    Rejected,
    /// 已撤回.
    Withdrawn,
}

/// An honour.
pub struct Honour(pub HonourRow);

/// An honour of a member or an org.
#[Object]
impl Honour {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::Honour, self.0.id)
    }
    /// The proposing org.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.0.org_name
    }
    /// Kind.
    async fn kind(&self) -> HonourKind {
        self.0.kind.into()
    }
    /// The honour's name.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The member honoured.
    async fn member_id(&self) -> Option<ID> {
        self.0.member_id.map(|m| encode(NodeType::Member, m))
    }
    /// Their name.
    async fn member_name(&self) -> Option<&str> {
        self.0.member_name.as_deref()
    }
    /// The org honoured.
    async fn recipient_organization_id(&self) -> Option<ID> {
        self.0
            .recipient_org_id
            .map(|o| encode(NodeType::Organization, o))
    }
    /// Its name.
    async fn recipient_organization_name(&self) -> Option<&str> {
        self.0.recipient_org_name.as_deref()
    }
    /// Year.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// Issuing body.
    async fn issuer(&self) -> &str {
        &self.0.issuer
    }
    /// Deeds.
    async fn citation(&self) -> &str {
        &self.0.citation
    }
    /// Where it stands.
    async fn status(&self) -> HonourStatus {
        self.0.status.into()
    }
    /// Its 公示's id.
    async fn publicity_id(&self) -> ID {
        encode(NodeType::Publicity, self.0.publicity_id)
    }
    /// The end of its 公示's window.
    async fn publicity_until(&self) -> DateTime<Utc> {
        self.0.publicity_until
    }
    /// Its 公示, when the viewer may see it.
    async fn publicity(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Publicity>> {
        let c = tenant(ctx)?;
        match publicity::get(&c, app(ctx), self.0.publicity_id).await {
            Ok(v) => Ok(Some(Publicity(v))),
            Err(AppError::NotFound) => Ok(None),
            Err(e) => Err(e).gql(),
        }
    }
    /// Proposed at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A page of honours.
#[derive(SimpleObject)]
pub struct HonourConnection {
    /// Items with cursors.
    pub edges: Vec<HonourEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// An honour with its cursor.
#[derive(SimpleObject)]
pub struct HonourEdge {
    /// The honour.
    pub node: Honour,
    /// Its cursor.
    pub cursor: String,
}

impl HonourConnection {
    fn from_page(page: Page<HonourRow>) -> Self {
        let edges: Vec<HonourEdge> = page
            .items
            .into_iter()
            .map(|h| HonourEdge {
                cursor: encode_cursor(&h.id.to_string()),
                node: Honour(h),
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

/// The form of `proposeHonour`.
#[derive(InputObject)]
pub struct ProposeHonourInput {
    /// The proposing org (`honour` write there).
    pub organization_id: ID,
    /// Kind.
    pub kind: HonourKind,
    /// The honour's name, 1–100 characters (required for `OTHER`; the kind's name otherwise).
    pub title: Option<String>,
    /// The member honoured (member kinds and `OTHER`).
    pub member_id: Option<ID>,
    /// The org honoured (org kinds and `OTHER`).
    pub recipient_organization_id: Option<ID>,
    /// Year, 1949 to next year.
    pub year: i32,
    /// Issuing body, 1–100 characters.
    pub issuer: String,
    /// Deeds (主要事迹), at most 2,000 characters; shown in the 公示.
    pub citation: Option<String>,
    /// Who sees the 公示 and may object (the org's sub-tree when absent).
    pub audience: Option<SurveyAudienceInput>,
    /// The 公示's window in days, 1–30 (default 5).
    pub days: Option<i32>,
}

/// The result of `proposeHonour`.
#[derive(SimpleObject)]
pub struct HonourPayload {
    /// The honour.
    pub honour: Honour,
}

/// Queries of honours.
#[derive(Default)]
pub struct HonourQuery;

#[Object(name = "HonourQuery")]
impl HonourQuery {
    /// Honours proposed in an org's sub-tree (`honour` read there), newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn honours(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] organization_id: ID,
        #[graphql(desc = "Only honours of this year.")] year: Option<i32>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<HonourConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &organization_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = honour::list(&c, app(ctx), org, year, &args).await.gql()?;
        Ok(HonourConnection::from_page(page))
    }

    /// A member's honours, latest year first: all for the member themselves; for others those
    /// of orgs where they hold `honour` read, and confirmed ones where they read the member.
    async fn member_honours(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The member.")] member_id: ID,
    ) -> async_graphql::Result<Vec<Honour>> {
        let (c, member) = target(ctx, NodeType::Member, &member_id)?;
        Ok(honour::member_honours(&c, app(ctx), member)
            .await
            .gql()?
            .into_iter()
            .map(Honour)
            .collect())
    }
}

/// Mutations of honours.
#[derive(Default)]
pub struct HonourMutation;

#[Object(name = "HonourMutation")]
impl HonourMutation {
    /// Proposes an honour and starts its 公示 (kind `HONOUR`); the honour is confirmed when the
    /// 公示 closes confirmed (`closePublicity`).
    async fn propose_honour(
        &self,
        ctx: &Context<'_>,
        input: ProposeHonourInput,
    ) -> async_graphql::Result<HonourPayload> {
        let c = tenant(ctx)?;
        let org_id = decode(NodeType::Organization, &input.organization_id).gql()?;
        let member_id = input
            .member_id
            .map(|m| decode(NodeType::Member, &m))
            .transpose()
            .gql()?;
        let recipient_org_id = input
            .recipient_organization_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        let audience = input.audience.map(|a| a.into_core()).transpose()?;
        let row = honour::propose(
            &c,
            app(ctx),
            HonourInput {
                org_id,
                kind: input.kind.into(),
                title: input.title,
                member_id,
                recipient_org_id,
                year: input.year,
                issuer: input.issuer,
                citation: input.citation,
                audience,
                days: input.days,
            },
        )
        .await
        .gql()?;
        Ok(HonourPayload {
            honour: Honour(row),
        })
    }
}
