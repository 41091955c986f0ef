//! 民主评议党员 (democratic evaluation) over GraphQL: a campaign per branch and year, the
//! member's self-assessment and anonymous peer ratings, the committee's proposal beside the
//! peer tally, and the branch meeting's decision under the 优秀 cap.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, decode_opt, encode},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::evaluation::{
    CampaignView, GradeEntry, MemberView, NewCampaign, PeerRating, service,
};

/// Where a campaign stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::evaluation::EvaluationStage")]
pub enum EvaluationStage {
    /// 个人自评: each member writes a self-assessment.
    SelfAssessment,
    /// 党员互评: each member rates every other member, anonymously, once.
    PeerReview,
    /// 支委会提出意见: the branch committee proposes a grade per member.
    Committee,
    /// 党员大会决定: the branch meeting decides the final grades.
    Decision,
    /// 已结束: final grades are set.
    Closed,
}

/// A grade of democratic evaluation.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::evaluation::Grade")]
pub enum EvaluationGrade {
    /// 优秀 (at most the share of the `evaluation.excellent_cap` rule).
    Excellent,
    /// 合格.
    Qualified,
    /// 基本合格.
    BasicallyQualified,
    /// 不合格 (needs a reason).
    Unqualified,
}

/// How many peer ratings of each grade a member received — never who gave them.
#[derive(SimpleObject)]
pub struct PeerTally {
    /// 优秀.
    pub excellent: i32,
    /// 合格.
    pub qualified: i32,
    /// 基本合格.
    pub basically_qualified: i32,
    /// 不合格.
    pub unqualified: i32,
    /// All ratings received.
    pub total: i32,
}

fn n(v: i64) -> i32 {
    i32::try_from(v).unwrap_or(i32::MAX)
}

/// One member of a campaign; fields the viewer may not see are null.
pub struct EvaluationMember(MemberView);

/// One member of a campaign; fields the viewer may not see are null.
#[Object]
impl EvaluationMember {
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.row.member_id)
    }
    /// Their name.
    async fn name(&self) -> &str {
        &self.0.row.name
    }
    /// Their self-assessment (officers, and the member themselves).
    async fn self_assessment(&self) -> Option<&str> {
        self.0.row.self_assessment.as_deref()
    }
    /// When they wrote it (officers, and the member themselves).
    async fn self_assessed_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.self_assessed_at
    }
    /// The peer ratings they received, counted per grade (officers, from COMMITTEE on).
    async fn peer_tally(&self) -> Option<PeerTally> {
        self.0.tally.map(|t| PeerTally {
            excellent: n(t.excellent),
            qualified: n(t.qualified),
            basically_qualified: n(t.basically_qualified),
            unqualified: n(t.unqualified),
            total: n(t.total()),
        })
    }
    /// The peer comments they received, sorted by text (officers, from COMMITTEE on).
    async fn peer_comments(&self) -> Option<&[String]> {
        self.0.comments.as_deref()
    }
    /// The committee's proposed grade (officers).
    async fn proposed_grade(&self) -> Option<EvaluationGrade> {
        self.0.row.proposed_grade.map(Into::into)
    }
    /// The reason given with the proposal (officers).
    async fn proposed_reason(&self) -> Option<&str> {
        self.0.row.proposed_reason.as_deref()
    }
    /// The decided grade (officers; the member themselves once CLOSED).
    async fn final_grade(&self) -> Option<EvaluationGrade> {
        self.0.row.final_grade.map(Into::into)
    }
    /// The reason given with the decision (officers; the member themselves once CLOSED).
    async fn final_reason(&self) -> Option<&str> {
        self.0.row.final_reason.as_deref()
    }
}

/// A democratic-evaluation campaign of a branch for a year, as the viewer may see it.
pub struct EvaluationCampaign(pub CampaignView);

/// A democratic-evaluation campaign of a branch for a year, as the viewer may see it.
#[Object]
impl EvaluationCampaign {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::EvaluationCampaign, self.0.campaign.id)
    }
    /// The branch.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.campaign.org_id)
    }
    /// The branch's name.
    async fn org_name(&self) -> &str {
        &self.0.campaign.org_name
    }
    /// The year evaluated.
    async fn year(&self) -> i32 {
        self.0.campaign.year
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.campaign.title
    }
    /// Where it stands.
    async fn stage(&self) -> EvaluationStage {
        self.0.campaign.stage.into()
    }
    /// The branch meeting that decided, when linked.
    async fn meeting_id(&self) -> Option<ID> {
        self.0
            .campaign
            .meeting_id
            .map(|m| encode(NodeType::Meeting, m))
    }
    /// Started.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.campaign.created_at
    }
    /// Last stage change.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.campaign.updated_at
    }
    /// Whether the viewer sees the branch's side (turnout, self-assessments, tallies,
    /// proposals).
    async fn viewer_is_officer(&self) -> bool {
        self.0.officer
    }
    /// Whether the viewer may advance, propose and decide.
    async fn viewer_can_manage(&self) -> bool {
        self.0.manager
    }
    /// Whether the viewer is one of the members evaluated.
    async fn viewer_is_participant(&self) -> bool {
        self.0.participant
    }
    /// Whether the viewer has written a self-assessment.
    async fn viewer_self_assessed(&self) -> bool {
        self.0.self_assessed
    }
    /// Whether the viewer has submitted their peer ratings (once per campaign).
    async fn viewer_peer_submitted(&self) -> bool {
        self.0.peer_submitted
    }
    /// The members evaluated (the full and probationary members frozen at the start).
    async fn members(&self) -> Vec<EvaluationMember> {
        self.0
            .members
            .iter()
            .cloned()
            .map(EvaluationMember)
            .collect()
    }
    /// How many members are evaluated.
    async fn member_count(&self) -> i32 {
        i32::try_from(self.0.members.len()).unwrap_or(i32::MAX)
    }
    /// How many wrote a self-assessment.
    async fn self_assessed_count(&self) -> i32 {
        i32::try_from(self.0.self_assessed_count).unwrap_or(i32::MAX)
    }
    /// How many submitted peer ratings (officers; live).
    async fn peer_turnout(&self) -> Option<i32> {
        self.0.turnout.map(n)
    }
    /// The most members that may be graded 优秀 (`evaluation.excellent_cap`).
    async fn excellent_cap(&self) -> i32 {
        i32::try_from(self.0.excellent_cap).unwrap_or(i32::MAX)
    }
    /// 优秀 grades the committee proposed (officers).
    async fn excellent_proposed(&self) -> Option<i32> {
        self.0
            .excellent_proposed
            .map(|v| i32::try_from(v).unwrap_or(i32::MAX))
    }
    /// 优秀 grades the meeting decided (officers).
    async fn excellent_decided(&self) -> Option<i32> {
        self.0
            .excellent_decided
            .map(|v| i32::try_from(v).unwrap_or(i32::MAX))
    }
    /// The cap rule's title.
    async fn cap_rule_title(&self) -> &str {
        &self.0.cap_rule_title
    }
    /// The cap rule's source in force.
    async fn cap_rule_source(&self) -> &str {
        &self.0.cap_rule_source
    }
    /// Why the committee's proposal breaks the 优秀 cap, when it does (officers).
    async fn cap_warning(&self) -> Option<&str> {
        self.0.cap_warning.as_deref()
    }
}

/// Input of `startEvaluation`.
#[derive(InputObject)]
pub struct StartEvaluationInput {
    /// The branch (a PARTY org; the caller needs `evaluation:write` there).
    pub org_id: ID,
    /// The year evaluated, 2000–2100; one campaign per branch and year.
    pub year: i32,
    /// Title, up to 100 characters (`{year}年度民主评议党员` when omitted).
    pub title: Option<String>,
}

/// Input of `submitSelfAssessment`.
#[derive(InputObject)]
pub struct SubmitSelfAssessmentInput {
    /// The campaign.
    pub campaign_id: ID,
    /// The self-assessment, 1–5,000 characters; rewritable until the stage closes.
    pub text: String,
}

/// One anonymous peer rating.
#[derive(InputObject)]
pub struct PeerRatingInput {
    /// The member rated (another member of the campaign).
    pub member_id: ID,
    /// The grade.
    pub grade: EvaluationGrade,
    /// An optional comment, up to 500 characters.
    pub comment: Option<String>,
}

/// Input of `submitPeerRatings`.
#[derive(InputObject)]
pub struct SubmitPeerRatingsInput {
    /// The campaign.
    pub campaign_id: ID,
    /// Exactly one rating for each other member of the campaign; submitted once.
    pub ratings: Vec<PeerRatingInput>,
}

/// Input of `advanceEvaluation`.
#[derive(InputObject)]
pub struct AdvanceEvaluationInput {
    /// The campaign.
    pub campaign_id: ID,
    /// The stage the caller sees; CONFLICT when the campaign is no longer there.
    pub from_stage: Option<EvaluationStage>,
}

/// One member's grade, proposed or decided.
#[derive(InputObject)]
pub struct EvaluationGradeInput {
    /// The member.
    pub member_id: ID,
    /// The grade.
    pub grade: EvaluationGrade,
    /// The reason, up to 1,000 characters; required for UNQUALIFIED.
    pub reason: Option<String>,
}

/// Input of `proposeGrades`.
#[derive(InputObject)]
pub struct ProposeGradesInput {
    /// The campaign (at COMMITTEE).
    pub campaign_id: ID,
    /// Grades for some or all members (replacing earlier proposals for them).
    pub grades: Vec<EvaluationGradeInput>,
}

/// Input of `decideGrades`.
#[derive(InputObject)]
pub struct DecideGradesInput {
    /// The campaign (at DECISION).
    pub campaign_id: ID,
    /// The branch meeting that decided (a meeting of the branch), if recorded.
    pub meeting_id: Option<ID>,
    /// A grade for every member; at most the cap of EXCELLENT.
    pub grades: Vec<EvaluationGradeInput>,
}

/// The result of an evaluation mutation.
#[derive(SimpleObject)]
pub struct EvaluationPayload {
    /// The campaign as it is now.
    pub campaign: EvaluationCampaign,
}

fn grade_entries(input: Vec<EvaluationGradeInput>) -> async_graphql::Result<Vec<GradeEntry>> {
    input
        .into_iter()
        .map(|g| {
            Ok(GradeEntry {
                member_id: decode(NodeType::Member, &g.member_id).gql()?,
                grade: g.grade.into(),
                reason: g.reason,
            })
        })
        .collect()
}

fn payload(v: CampaignView) -> EvaluationPayload {
    EvaluationPayload {
        campaign: EvaluationCampaign(v),
    }
}

/// Queries of democratic evaluation.
#[derive(Default)]
pub struct EvaluationQuery;

#[Object(name = "EvaluationQuery")]
impl EvaluationQuery {
    /// One campaign (NOT_FOUND unless the viewer is an officer of its branch or one of its
    /// members).
    async fn evaluation_campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign's global ID.")] id: ID,
    ) -> async_graphql::Result<EvaluationCampaign> {
        let (c, id) = target(ctx, NodeType::EvaluationCampaign, &id)?;
        Ok(EvaluationCampaign(
            service::get(&c, app(ctx), id).await.gql()?,
        ))
    }

    /// The campaigns of a branch, latest year first (at most 20): all of them for its
    /// officers, those the viewer takes part in otherwise.
    #[graphql(complexity = "20 * child_complexity + 1")]
    async fn evaluation_campaigns(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The branch.")] org_id: ID,
    ) -> async_graphql::Result<Vec<EvaluationCampaign>> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        Ok(service::list(&c, app(ctx), org)
            .await
            .gql()?
            .into_iter()
            .map(EvaluationCampaign)
            .collect())
    }

    /// The campaigns the viewer is evaluated in, latest first (at most 20): their tasks and,
    /// once closed, their own grade.
    #[graphql(complexity = "20 * child_complexity + 1")]
    async fn my_evaluation(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<EvaluationCampaign>> {
        let c = tenant(ctx)?;
        Ok(service::mine(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(EvaluationCampaign)
            .collect())
    }
}

/// Mutations of democratic evaluation.
#[derive(Default)]
pub struct EvaluationMutation;

#[Object(name = "EvaluationMutation")]
impl EvaluationMutation {
    /// Starts a branch's campaign for a year (SELF_ASSESSMENT): its full and probationary
    /// members are frozen and notified. CONFLICT when the branch has one that year.
    async fn start_evaluation(
        &self,
        ctx: &Context<'_>,
        input: StartEvaluationInput,
    ) -> async_graphql::Result<EvaluationPayload> {
        let (c, org) = target(ctx, NodeType::Organization, &input.org_id)?;
        let v = service::start(
            &c,
            app(ctx),
            NewCampaign {
                org_id: org,
                year: input.year,
                title: input.title,
            },
        )
        .await
        .gql()?;
        Ok(payload(v))
    }

    /// Writes (or rewrites) the viewer's self-assessment, at SELF_ASSESSMENT.
    async fn submit_self_assessment(
        &self,
        ctx: &Context<'_>,
        input: SubmitSelfAssessmentInput,
    ) -> async_graphql::Result<EvaluationPayload> {
        let (c, id) = target(ctx, NodeType::EvaluationCampaign, &input.campaign_id)?;
        let v = service::submit_self_assessment(&c, app(ctx), id, &input.text)
            .await
            .gql()?;
        Ok(payload(v))
    }

    /// Submits the viewer's anonymous peer ratings at PEER_REVIEW: one for each other member,
    /// once (CONFLICT on a second submission). The ratings are stored without the rater.
    async fn submit_peer_ratings(
        &self,
        ctx: &Context<'_>,
        input: SubmitPeerRatingsInput,
    ) -> async_graphql::Result<EvaluationPayload> {
        let (c, id) = target(ctx, NodeType::EvaluationCampaign, &input.campaign_id)?;
        let ratings = input
            .ratings
            .into_iter()
            .map(|r| {
                Ok(PeerRating {
                    member_id: decode(NodeType::Member, &r.member_id).gql()?,
                    grade: r.grade.into(),
                    comment: r.comment,
                })
            })
            .collect::<async_graphql::Result<Vec<_>>>()?;
        let v = service::submit_peer_ratings(&c, app(ctx), id, &ratings)
            .await
            .gql()?;
        Ok(payload(v))
    }

    /// Moves the campaign to its next stage (officers with `evaluation:write`); of parallel
    /// calls one wins. Leaving COMMITTEE needs a proposal for every member; DECISION ends with
    /// `decideGrades`.
    async fn advance_evaluation(
        &self,
        ctx: &Context<'_>,
        input: AdvanceEvaluationInput,
    ) -> async_graphql::Result<EvaluationPayload> {
        let (c, id) = target(ctx, NodeType::EvaluationCampaign, &input.campaign_id)?;
        let v = service::advance(&c, app(ctx), id, input.from_stage.map(Into::into))
            .await
            .gql()?;
        Ok(payload(v))
    }

    /// Records the committee's proposed grades at COMMITTEE; over the 优秀 cap the proposal is
    /// kept and `capWarning` says why it would be refused at the decision.
    async fn propose_grades(
        &self,
        ctx: &Context<'_>,
        input: ProposeGradesInput,
    ) -> async_graphql::Result<EvaluationPayload> {
        let (c, id) = target(ctx, NodeType::EvaluationCampaign, &input.campaign_id)?;
        let grades = grade_entries(input.grades)?;
        let v = service::propose(&c, app(ctx), id, &grades).await.gql()?;
        Ok(payload(v))
    }

    /// Records the branch meeting's decision at DECISION (a grade for every member) and closes
    /// the campaign; more 优秀 than the cap is refused (VALIDATION citing
    /// `evaluation.excellent_cap`).
    async fn decide_grades(
        &self,
        ctx: &Context<'_>,
        input: DecideGradesInput,
    ) -> async_graphql::Result<EvaluationPayload> {
        let (c, id) = target(ctx, NodeType::EvaluationCampaign, &input.campaign_id)?;
        let meeting = decode_opt(NodeType::Meeting, input.meeting_id.as_ref()).gql()?;
        let grades = grade_entries(input.grades)?;
        let v = service::decide(&c, app(ctx), id, meeting, &grades)
            .await
            .gql()?;
        Ok(payload(v))
    }
}
