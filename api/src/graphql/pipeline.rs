//! The party-entry pipeline over GraphQL: the branch's board, a member's stages and
//! transitions, proposals checked against the rules, 公示 with objections, and the upper
//! org's decision.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::{
    AppError,
    pipeline::{
        self, BoardEntry, StageRow, TransitionRow,
        rules::{Stage, Step},
    },
};

/// A stage of the party-entry pipeline.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum PipelineStage {
    /// 入党申请人.
    Applicant,
    /// 入党积极分子.
    Activist,
    /// 发展对象.
    DevelopmentTarget,
    /// 预备党员.
    Probationary,
    /// 正式党员.
    FullMember,
    /// 取消预备党员资格.
    Cancelled,
}

impl From<PipelineStage> for Stage {
    fn from(s: PipelineStage) -> Self {
        match s {
            PipelineStage::Applicant => Stage::Applicant,
            PipelineStage::Activist => Stage::Activist,
            PipelineStage::DevelopmentTarget => Stage::DevelopmentTarget,
            PipelineStage::Probationary => Stage::Probationary,
            PipelineStage::FullMember => Stage::FullMember,
            PipelineStage::Cancelled => Stage::Cancelled,
        }
    }
}

impl From<Stage> for PipelineStage {
    fn from(s: Stage) -> Self {
        match s {
            Stage::Applicant => PipelineStage::Applicant,
            Stage::Activist => PipelineStage::Activist,
            Stage::DevelopmentTarget => PipelineStage::DevelopmentTarget,
            Stage::Probationary => PipelineStage::Probationary,
            Stage::FullMember => PipelineStage::FullMember,
            Stage::Cancelled => PipelineStage::Cancelled,
        }
    }
}

fn stage_of(code: &str) -> PipelineStage {
    Stage::parse(code).unwrap_or(Stage::Probationary).into()
}

/// Where a transition stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::pipeline::TransitionStatus")]
pub enum TransitionStatus {
    /// In its 公示: branch members may object.
    Publicizing,
    /// Waiting for the upper org.
    PendingApproval,
    /// Approved: the member moved on.
    Approved,
    /// Refused by the upper org.
    Refused,
    /// Withdrawn by the branch.
    Withdrawn,
}

/// A stage in a member's history.
#[derive(SimpleObject)]
pub struct MemberStage {
    /// The stage.
    pub stage: PipelineStage,
    /// From.
    pub started_on: NaiveDate,
    /// Set on a probation extension: by how many months.
    pub extension_months: Option<i32>,
}

impl From<StageRow> for MemberStage {
    fn from(r: StageRow) -> Self {
        Self {
            stage: stage_of(&r.stage),
            started_on: r.started_on,
            extension_months: r.extension_months,
        }
    }
}

/// An objection raised during a 公示.
#[derive(SimpleObject)]
pub struct StageObjection {
    /// Who.
    pub author_name: String,
    /// What.
    pub text: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A step proposed by the branch for a member.
pub struct StageTransition(TransitionRow);

/// A step proposed by the branch for a member.
#[Object]
impl StageTransition {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::StageTransition, self.0.id)
    }
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// The proposing branch.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn org_name(&self) -> &str {
        &self.0.org_name
    }
    /// The stage before.
    async fn from_stage(&self) -> PipelineStage {
        stage_of(&self.0.from_stage)
    }
    /// The stage after (an extension keeps `PROBATIONARY`).
    async fn to_stage(&self) -> PipelineStage {
        stage_of(&self.0.to_stage)
    }
    /// A probation extension by this many months.
    async fn extension_months(&self) -> Option<i32> {
        self.0.extension_months
    }
    /// Takes effect on (e.g. the branch meeting's date).
    async fn effective_on(&self) -> NaiveDate {
        self.0.effective_on
    }
    /// The branch's note.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// Where it stands.
    async fn status(&self) -> TransitionStatus {
        self.0.status.into()
    }
    /// End of the 公示 (steps that need one): the window of its publicity.
    async fn publicity_until(&self) -> Option<DateTime<Utc>> {
        self.0.publicity_until
    }
    /// The upper org decides by then (`party.upper_approval`).
    async fn approval_due_at(&self) -> DateTime<Utc> {
        self.0.approval_due_at
    }
    /// Open and past its 公示: the upper org may decide now.
    async fn awaiting_decision(&self) -> bool {
        self.0.awaiting_decision(Utc::now())
    }
    /// Objections recorded (the candidate sees this count only).
    async fn objection_count(&self) -> i64 {
        self.0.objections
    }
    /// The objections, as the step's 公示 shows them to the viewer: the branch's officers and
    /// party members see them (an author the viewer may not know is "匿名"), the candidate never.
    async fn objections(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<StageObjection>> {
        let c = tenant(ctx)?;
        Ok(pipeline::objections(&c, app(ctx), &self.0)
            .await
            .gql()?
            .into_iter()
            .map(|(author_name, text, created_at)| StageObjection {
                author_name,
                text,
                created_at,
            })
            .collect())
    }
    /// The 支部党员大会 that discussed it (a conversion names one).
    async fn meeting_id(&self) -> Option<ID> {
        self.0.meeting_id.map(|m| encode(NodeType::Meeting, m))
    }
    /// Proposed.
    async fn proposed_at(&self) -> DateTime<Utc> {
        self.0.proposed_at
    }
    /// Decided.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
    /// The upper org's note.
    async fn decision_note(&self) -> Option<&str> {
        self.0.decision_note.as_deref()
    }
}

/// A member on the pipeline board.
pub struct PipelineEntry(BoardEntry);

/// A member on the pipeline board.
#[Object]
impl PipelineEntry {
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.row.member_id)
    }
    /// Name.
    async fn name(&self) -> &str {
        &self.0.row.name
    }
    /// Their party org (the branch whose meetings discuss their steps).
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.row.org_id)
    }
    /// Their party org's name.
    async fn org_name(&self) -> &str {
        &self.0.row.org_name
    }
    /// Current stage.
    async fn stage(&self) -> PipelineStage {
        stage_of(&self.0.row.political_status)
    }
    /// In it since (null when never recorded: record it with `recordMemberStage`).
    async fn since(&self) -> Option<NaiveDate> {
        self.0.row.started_on
    }
    /// Probation extended by (months).
    async fn extended_months(&self) -> i64 {
        self.0.row.extended_months
    }
    /// 培养联系人 recorded.
    async fn contacts(&self) -> i64 {
        self.0.row.contacts
    }
    /// 入党介绍人 recorded.
    async fn introducers(&self) -> i64 {
        self.0.row.introducers
    }
    /// The next stage.
    async fn next_stage(&self) -> Option<PipelineStage> {
        self.0.next.map(Into::into)
    }
    /// The first day the durations allow the next step.
    async fn earliest_next(&self) -> Option<NaiveDate> {
        self.0.earliest
    }
    /// What blocks the next step today; null when it could be proposed.
    async fn blocked_by(&self) -> Option<&str> {
        self.0.blocked_by.as_deref()
    }
}

/// A branch's pipeline.
#[derive(SimpleObject)]
pub struct PartyPipeline {
    /// Members by stage.
    pub entries: Vec<PipelineEntry>,
    /// Transitions in 公示 or waiting for the upper org.
    pub open_transitions: Vec<StageTransition>,
}

/// A 培养联系人 or 入党介绍人.
#[derive(SimpleObject)]
pub struct PipelineContact {
    /// The contact.
    pub member_id: ID,
    /// Name.
    pub name: String,
    /// `CONTACT` or `INTRODUCER`.
    pub role: String,
}

/// A position a member holds or held.
#[derive(SimpleObject)]
pub struct MemberPosition {
    /// The org.
    pub org_name: String,
    /// Title, e.g. 支部书记.
    pub title: String,
    /// Term start.
    pub term_start: NaiveDate,
    /// Ended (null while held).
    pub ended_at: Option<DateTime<Utc>>,
}

/// A member's pipeline history.
#[derive(SimpleObject)]
pub struct MemberPipeline {
    /// Positions held, newest first.
    pub positions: Vec<MemberPosition>,
    /// Stages, newest first.
    pub stages: Vec<MemberStage>,
    /// Transitions, open first.
    pub transitions: Vec<StageTransition>,
    /// Contacts and introducers.
    pub contacts: Vec<PipelineContact>,
}

/// Pipeline queries.
#[derive(Default)]
pub struct PipelineQuery;

/// Pipeline queries.
#[Object(name = "PipelineQuery")]
impl PipelineQuery {
    /// The party-entry board of an org and its sub-orgs (`member:read` there).
    async fn party_pipeline(
        &self,
        ctx: &Context<'_>,
        org_id: ID,
    ) -> async_graphql::Result<PartyPipeline> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &org_id).gql()?;
        let (entries, open) = pipeline::board(&c, app(ctx), org).await.gql()?;
        Ok(PartyPipeline {
            entries: entries.into_iter().map(PipelineEntry).collect(),
            open_transitions: open.into_iter().map(StageTransition).collect(),
        })
    }

    /// A member's stages, transitions, contacts and positions (the member, or who reads their
    /// branch).
    async fn member_pipeline(
        &self,
        ctx: &Context<'_>,
        member_id: ID,
    ) -> async_graphql::Result<MemberPipeline> {
        let c = tenant(ctx)?;
        let member = decode(NodeType::Member, &member_id).gql()?;
        let (stages, transitions, positions) =
            pipeline::history(&c, app(ctx), member).await.gql()?;
        let contacts = pipeline::contacts(&c, app(ctx), member).await.gql()?;
        Ok(MemberPipeline {
            positions: positions
                .into_iter()
                .map(|(org_name, title, term_start, ended_at)| MemberPosition {
                    org_name,
                    title,
                    term_start,
                    ended_at,
                })
                .collect(),
            stages: stages.into_iter().map(Into::into).collect(),
            transitions: transitions.into_iter().map(StageTransition).collect(),
            contacts: contacts
                .into_iter()
                .map(|(id, name, role)| PipelineContact {
                    member_id: encode(NodeType::Member, id),
                    name,
                    role,
                })
                .collect(),
        })
    }
}

/// Recording a stage reached earlier (补录).
#[derive(InputObject)]
pub struct RecordMemberStageInput {
    /// The member.
    pub member_id: ID,
    /// The stage.
    pub stage: PipelineStage,
    /// Reached on (not after today).
    pub started_on: NaiveDate,
}

/// Adding or removing a contact.
#[derive(InputObject)]
pub struct SetPipelineContactInput {
    /// The member in the pipeline.
    pub member_id: ID,
    /// The contact (a party member; introducers full members).
    pub contact_id: ID,
    /// 入党介绍人 (else 培养联系人).
    pub introducer: bool,
    /// Add (or remove).
    pub add: bool,
}

/// Proposing the next step.
#[derive(InputObject)]
pub struct ProposeStageTransitionInput {
    /// The member.
    pub member_id: ID,
    /// The stage to move to (`PROBATIONARY` with `extensionMonths` extends the probation).
    pub to_stage: PipelineStage,
    /// Extend the probation by this many months.
    pub extension_months: Option<i32>,
    /// Takes effect on (e.g. the branch meeting's date).
    pub effective_on: NaiveDate,
    /// Note (e.g. the resolution).
    pub note: Option<String>,
    /// The 支部党员大会 of the branch that discussed it, already held: required for 转正
    /// (`FULL_MEMBER`), optional otherwise (VALIDATION on `meetingId`, citing
    /// `party.probation`, when missing or not such a meeting, and `meeting.quorum` when the
    /// voting members present did not meet its quorum).
    pub meeting_id: Option<ID>,
}

/// An objection during a 公示.
#[derive(InputObject)]
pub struct ObjectToStageTransitionInput {
    /// The transition.
    pub transition_id: ID,
    /// The objection, 1–2,000 characters.
    pub text: String,
}

/// The upper org's decision.
#[derive(InputObject)]
pub struct DecideStageTransitionInput {
    /// The transition.
    pub transition_id: ID,
    /// Approve (or refuse).
    pub approve: bool,
    /// Note.
    pub note: Option<String>,
}

/// Withdrawing a proposal.
#[derive(InputObject)]
pub struct WithdrawStageTransitionInput {
    /// The transition.
    pub transition_id: ID,
}

fn transition_id(raw: &ID) -> async_graphql::Result<uuid::Uuid> {
    decode(NodeType::StageTransition, raw).gql()
}

/// Pipeline mutations.
#[derive(Default)]
pub struct PipelineMutation;

/// Pipeline mutations.
#[Object(name = "PipelineMutation")]
impl PipelineMutation {
    /// Records a stage reached earlier (补录); the member's political status follows.
    /// `member:write` over their branch.
    async fn record_member_stage(
        &self,
        ctx: &Context<'_>,
        input: RecordMemberStageInput,
    ) -> async_graphql::Result<Vec<MemberStage>> {
        let c = tenant(ctx)?;
        let member = decode(NodeType::Member, &input.member_id).gql()?;
        Ok(
            pipeline::record_stage(&c, app(ctx), member, input.stage.into(), input.started_on)
                .await
                .gql()?
                .into_iter()
                .map(Into::into)
                .collect(),
        )
    }

    /// Adds or removes a 培养联系人 or 入党介绍人.
    async fn set_pipeline_contact(
        &self,
        ctx: &Context<'_>,
        input: SetPipelineContactInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let member = decode(NodeType::Member, &input.member_id).gql()?;
        let contact = decode(NodeType::Member, &input.contact_id)
            .map_err(|_| AppError::field("contactId", "成员不存在"))
            .gql()?;
        pipeline::set_contact(&c, app(ctx), member, contact, input.introducer, input.add)
            .await
            .gql()?;
        Ok(true)
    }

    /// The branch proposes the next step. Refused (VALIDATION on `toStage`) with the rule and
    /// its source when the rules forbid it (e.g. an activist of less than a year), and on
    /// `meetingId` when a 转正 names no 支部党员大会 of the branch already held; steps before
    /// 接收预备党员 and 转正 start with a 公示 to the branch's party members.
    async fn propose_stage_transition(
        &self,
        ctx: &Context<'_>,
        input: ProposeStageTransitionInput,
    ) -> async_graphql::Result<StageTransition> {
        let c = tenant(ctx)?;
        let member = decode(NodeType::Member, &input.member_id).gql()?;
        let step = match (input.to_stage, input.extension_months) {
            (PipelineStage::Probationary, Some(m)) => Step::Extend(u32::try_from(m).unwrap_or(0)),
            (s, _) => Step::To(s.into()),
        };
        let meeting = input
            .meeting_id
            .as_ref()
            .map(|id| decode(NodeType::Meeting, id))
            .transpose()
            .gql()?;
        Ok(StageTransition(
            pipeline::propose(
                &c,
                app(ctx),
                member,
                step,
                input.effective_on,
                input.note.as_deref(),
                meeting,
            )
            .await
            .gql()?,
        ))
    }

    /// A member of the branch objects during the 公示 (recorded for the upper org).
    async fn object_to_stage_transition(
        &self,
        ctx: &Context<'_>,
        input: ObjectToStageTransitionInput,
    ) -> async_graphql::Result<StageTransition> {
        let c = tenant(ctx)?;
        let id = transition_id(&input.transition_id)?;
        Ok(StageTransition(
            pipeline::object(&c, app(ctx), id, &input.text)
                .await
                .gql()?,
        ))
    }

    /// The upper org approves or refuses after the 公示; approval checks the rules again.
    async fn decide_stage_transition(
        &self,
        ctx: &Context<'_>,
        input: DecideStageTransitionInput,
    ) -> async_graphql::Result<StageTransition> {
        let c = tenant(ctx)?;
        let id = transition_id(&input.transition_id)?;
        Ok(StageTransition(
            pipeline::decide(&c, app(ctx), id, input.approve, input.note.as_deref())
                .await
                .gql()?,
        ))
    }

    /// The branch withdraws an open proposal.
    async fn withdraw_stage_transition(
        &self,
        ctx: &Context<'_>,
        input: WithdrawStageTransitionInput,
    ) -> async_graphql::Result<StageTransition> {
        let c = tenant(ctx)?;
        let id = transition_id(&input.transition_id)?;
        Ok(StageTransition(
            pipeline::withdraw(&c, app(ctx), id).await.gql()?,
        ))
    }
}
