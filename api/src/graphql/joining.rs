//! Joining the league and the union, league registration campaigns (团籍注册), age-out lists and
//! the union e-member card over GraphQL.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::joining::{self, ApplicationRow, CampaignRow};

/// The line applied to.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::joining::JoinLine")]
pub enum JoinLine {
    /// 工会.
    Union,
    /// 共青团.
    Youth,
}

impl JoinLine {
    fn code(self) -> &'static str {
        joining::JoinLine::from(self).as_str()
    }
}

/// Where an application stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::joining::ApplicationStatus")]
pub enum ApplicationStatus {
    /// Waiting for the org.
    Pending,
    /// Approved: the applicant is a member.
    Approved,
    /// Refused.
    Refused,
}

/// An application to join the union or the league.
pub struct JoinApplication(ApplicationRow);

/// An application to join the union or the league.
#[Object]
impl JoinApplication {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::JoinApplication, self.0.id)
    }
    /// Applicant.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// `UNION` or `YOUTH`.
    async fn line(&self) -> JoinLine {
        self.0.line.into()
    }
    /// The org applied to.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn org_name(&self) -> &str {
        &self.0.org_name
    }
    /// The applicant's note.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// Where it stands.
    async fn status(&self) -> ApplicationStatus {
        self.0.status.into()
    }
    /// Applied.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Decided.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
    /// The decision's note.
    async fn decision_note(&self) -> Option<&str> {
        self.0.decision_note.as_deref()
    }
}

/// A league member in a registration campaign.
#[derive(SimpleObject)]
pub struct CampaignMember {
    /// Member.
    pub member_id: ID,
    /// Name.
    pub name: String,
    /// Their league org.
    pub org_name: String,
    /// Registered (null: not yet).
    pub registered_at: Option<DateTime<Utc>>,
}

/// An annual league registration (团籍注册) campaign.
pub struct LeagueCampaign(CampaignRow);

/// An annual league registration (团籍注册) campaign.
#[Object]
impl LeagueCampaign {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::LeagueCampaign, self.0.id)
    }
    /// The league org running it.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn org_name(&self) -> &str {
        &self.0.org_name
    }
    /// The year.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// Last day.
    async fn closes_on(&self) -> NaiveDate {
        self.0.closes_on
    }
    /// Last reminder sent.
    async fn last_reminded_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_reminded_at
    }
    /// League members with their registration, those not yet registered first (for those
    /// who read the org's members).
    async fn members(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CampaignMember>> {
        let c = tenant(ctx)?;
        Ok(joining::campaign_members(&c, app(ctx), self.0.id)
            .await
            .gql()?
            .into_iter()
            .map(|m| CampaignMember {
                member_id: encode(NodeType::Member, m.member_id),
                name: m.name,
                org_name: m.org_name,
                registered_at: m.registered_at,
            })
            .collect())
    }
}

/// A league member nearing or past 28 without a league post.
#[derive(SimpleObject)]
pub struct LeagueAgeOut {
    /// Member.
    pub member_id: ID,
    /// Name.
    pub name: String,
    /// The day they turn 28 (the rule's maximum).
    pub age_out_on: NaiveDate,
}

/// The viewer's union e-member card.
#[derive(SimpleObject)]
pub struct UnionCard {
    /// Name.
    pub name: String,
    /// Union org.
    pub org_name: String,
    /// Enterprise.
    pub tenant_name: String,
    /// Signed identity to show as a QR code (valid two minutes; fetch again before).
    pub code: String,
    /// When the code stops being accepted.
    pub expires_at: DateTime<Utc>,
}

/// A verified union card.
#[derive(SimpleObject)]
pub struct VerifiedUnionCard {
    /// The member's name.
    pub name: String,
    /// Their union org.
    pub org_name: String,
}

/// Joining queries.
#[derive(Default)]
pub struct JoiningQuery;

/// Joining queries.
#[Object(name = "JoiningQuery")]
impl JoiningQuery {
    /// Applications the viewer decides (orgs where they hold `member:write`) and their own,
    /// pending first.
    async fn join_applications(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<JoinApplication>> {
        let c = tenant(ctx)?;
        Ok(joining::applications(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(JoinApplication)
            .collect())
    }

    /// Registration campaigns the viewer runs or takes part in.
    async fn league_campaigns(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<LeagueCampaign>> {
        let c = tenant(ctx)?;
        Ok(joining::campaigns(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(LeagueCampaign)
            .collect())
    }

    /// League members of an org's sub-tree nearing (by `league.age_out_warning`) or past the
    /// age of leaving in `league.age`, unless a league post keeps them.
    async fn league_age_outs(
        &self,
        ctx: &Context<'_>,
        org_id: ID,
    ) -> async_graphql::Result<Vec<LeagueAgeOut>> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &org_id).gql()?;
        Ok(joining::age_out_list(&c, app(ctx), org)
            .await
            .gql()?
            .into_iter()
            .map(|a| LeagueAgeOut {
                member_id: encode(NodeType::Member, a.member_id),
                name: a.name,
                age_out_on: a.age_out_on,
            })
            .collect())
    }

    /// The viewer's union e-member card; NOT_FOUND when they are not a union member.
    async fn union_card(&self, ctx: &Context<'_>) -> async_graphql::Result<UnionCard> {
        let c = tenant(ctx)?;
        let card = joining::union_card(&c, app(ctx)).await.gql()?;
        Ok(UnionCard {
            name: card.name,
            org_name: card.org_name,
            tenant_name: card.tenant_name,
            code: card.code,
            expires_at: card.expires_at,
        })
    }

    /// Checks a scanned union card (for those who read members): VALIDATION on `code` when it
    /// is forged, of another enterprise or expired.
    async fn verify_union_card(
        &self,
        ctx: &Context<'_>,
        code: String,
    ) -> async_graphql::Result<VerifiedUnionCard> {
        let c = tenant(ctx)?;
        let (name, org_name) = joining::verify_union_card(&c, app(ctx), &code)
            .await
            .gql()?;
        Ok(VerifiedUnionCard { name, org_name })
    }
}

/// Applying to join.
#[derive(InputObject)]
pub struct ApplyToJoinInput {
    /// The union or the league.
    pub line: JoinLine,
    /// The org of that line to join.
    pub org_id: ID,
    /// Note, at most 500 characters.
    pub note: Option<String>,
}

/// Deciding an application.
#[derive(InputObject)]
pub struct DecideJoinApplicationInput {
    /// The application.
    pub application_id: ID,
    /// Approve (or refuse).
    pub approve: bool,
    /// Note.
    pub note: Option<String>,
}

/// Starting a registration campaign.
#[derive(InputObject)]
pub struct StartLeagueCampaignInput {
    /// The league org (its sub-tree registers).
    pub org_id: ID,
    /// The year.
    pub year: i32,
    /// Last day.
    pub closes_on: NaiveDate,
}

/// Registering.
#[derive(InputObject)]
pub struct RegisterLeagueMembershipInput {
    /// The campaign.
    pub campaign_id: ID,
    /// The member (officers registering for them); the viewer when omitted.
    pub member_id: Option<ID>,
}

/// Joining mutations.
#[derive(Default)]
pub struct JoiningMutation;

/// Joining mutations.
#[Object(name = "JoiningMutation")]
impl JoiningMutation {
    /// The viewer applies to join the union or the league; the league checks age at once
    /// (`league.age`: 14 to under 28), citing the rule.
    async fn apply_to_join(
        &self,
        ctx: &Context<'_>,
        input: ApplyToJoinInput,
    ) -> async_graphql::Result<JoinApplication> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &input.org_id).gql()?;
        Ok(JoinApplication(
            joining::apply(&c, app(ctx), input.line.code(), org, input.note.as_deref())
                .await
                .gql()?,
        ))
    }

    /// The org (`member:write` there) approves or refuses; approval places the member.
    async fn decide_join_application(
        &self,
        ctx: &Context<'_>,
        input: DecideJoinApplicationInput,
    ) -> async_graphql::Result<JoinApplication> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::JoinApplication, &input.application_id).gql()?;
        Ok(JoinApplication(
            joining::decide(&c, app(ctx), id, input.approve, input.note.as_deref())
                .await
                .gql()?,
        ))
    }

    /// Starts a year's 团籍注册 for a league org's sub-tree and tells its league members.
    async fn start_league_campaign(
        &self,
        ctx: &Context<'_>,
        input: StartLeagueCampaignInput,
    ) -> async_graphql::Result<LeagueCampaign> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &input.org_id).gql()?;
        Ok(LeagueCampaign(
            joining::start_campaign(&c, app(ctx), org, input.year, input.closes_on)
                .await
                .gql()?,
        ))
    }

    /// Registers the viewer (or, for officers, a member) once.
    async fn register_league_membership(
        &self,
        ctx: &Context<'_>,
        input: RegisterLeagueMembershipInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::LeagueCampaign, &input.campaign_id).gql()?;
        let member = input
            .member_id
            .map(|m| decode(NodeType::Member, &m))
            .transpose()
            .gql()?;
        joining::register(&c, app(ctx), id, member).await.gql()?;
        Ok(true)
    }

    /// Reminds those not yet registered (at most once a day; RATE_LIMITED otherwise).
    async fn remind_league_campaign(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
    ) -> async_graphql::Result<i32> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::LeagueCampaign, &campaign_id).gql()?;
        let n = joining::remind_campaign(&c, app(ctx), id).await.gql()?;
        Ok(i32::try_from(n).unwrap_or(i32::MAX))
    }
}
