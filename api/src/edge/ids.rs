//! Opaque global IDs: base64 of `Type:uuid`.

use async_graphql::ID;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use tongxin_core::AppError;
use uuid::Uuid;

/// Node type names used in global IDs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeType {
    /// An org unit.
    Organization,
    /// A member.
    Member,
    /// An invitation.
    Invitation,
    /// An API key.
    ApiKey,
    /// A session.
    Session,
    /// A position.
    Position,
    /// A grant.
    Grant,
    /// A tenant.
    Tenant,
    /// A notification.
    Notification,
    /// A due item.
    DueItem,
    /// A conversation.
    Conversation,
    /// A message.
    Message,
    /// An uploaded file.
    File,
    /// A notice.
    Notice,
    /// A dues base.
    DuesBase,
    /// A dues ledger entry.
    DuesEntry,
    /// A meeting.
    Meeting,
    /// A proposed step of the party-entry pipeline.
    StageTransition,
    /// An introduction letter.
    TransferLetter,
    /// An application to join the union or the league.
    JoinApplication,
    /// A league registration campaign.
    LeagueCampaign,
    /// A grid case (网格事件).
    GridCase,
    /// A supervision task (督办任务).
    SupervisionTask,
    /// An idea (金点子).
    Idea,
    /// A comment on an idea.
    IdeaComment,
    /// An inquiry (党员问询).
    Inquiry,
    /// A reported item of a moderation queue.
    ModerationItem,
    /// A vote or election.
    Vote,
    /// An option (candidate) of a vote.
    VoteOption,
    /// A democratic-evaluation campaign (民主评议).
    EvaluationCampaign,
    /// A survey (问卷).
    Survey,
    /// A question of a survey.
    SurveyQuestion,
    /// An option of a survey's choice question.
    SurveyOption,
    /// An activity (活动).
    Activity,
    /// A member's registration for an activity.
    ActivityRegistration,
    /// A custom registration field of an activity.
    ActivityField,
    /// A photo in an activity's album.
    ActivityPhoto,
    /// A public notice (公示).
    Publicity,
    /// An objection to a 公示.
    PublicityObjection,
    /// An honour (荣誉).
    Honour,
    /// A publishing column (栏目).
    Column,
    /// An article (稿件).
    Article,
    /// A comment on an article.
    ArticleComment,
    /// A points rule (积分规则).
    PointRule,
    /// A points ledger entry.
    PointEntry,
    /// An appeal against a points entry.
    PointAppeal,
    /// An assessment scheme (考核方案).
    AssessmentScheme,
    /// An indicator of an assessment scheme.
    AssessmentIndicator,
    /// A progress report on an indicator.
    AssessmentReport,
    /// A study material (学习资料).
    StudyMaterial,
    /// A course (课程).
    StudyCourse,
    /// A study plan (学习计划).
    StudyPlan,
    /// A study note (心得).
    StudyNote,
    /// A question bank (题库).
    QuestionBank,
    /// A question of a bank.
    Question,
    /// A quiz or exam (测验/考试).
    Quiz,
    /// An attempt at a quiz.
    QuizAttempt,
    /// A live knowledge contest (知识竞赛).
    Contest,
    /// A welfare campaign (拼团/众筹).
    WelfareCampaign,
    /// An item of a welfare campaign.
    WelfareItem,
    /// A welfare order.
    WelfareOrder,
    /// A welfare distribution (发放).
    WelfareDistribution,
    /// A report (检举控告) as its handlers see it.
    ReportCase,
    /// A message of a report's conversation.
    ReportMessage,
    /// A step of a report's handling trail.
    ReportStep,
    /// An evidence file of a report.
    ReportFile,
    /// A personal data export (个人信息导出).
    PersonalDataExport,
}

impl NodeType {
    fn name(self) -> &'static str {
        match self {
            NodeType::Organization => "Organization",
            NodeType::Member => "Member",
            NodeType::Invitation => "Invitation",
            NodeType::ApiKey => "ApiKey",
            NodeType::Session => "Session",
            NodeType::Position => "Position",
            NodeType::Grant => "Grant",
            NodeType::Tenant => "Tenant",
            NodeType::Notification => "Notification",
            NodeType::DueItem => "DueItem",
            NodeType::Conversation => "Conversation",
            NodeType::Message => "Message",
            NodeType::File => "File",
            NodeType::Notice => "Notice",
            NodeType::DuesBase => "DuesBase",
            NodeType::DuesEntry => "DuesEntry",
            NodeType::Meeting => "Meeting",
            NodeType::StageTransition => "StageTransition",
            NodeType::TransferLetter => "TransferLetter",
            NodeType::JoinApplication => "JoinApplication",
            NodeType::LeagueCampaign => "LeagueCampaign",
            NodeType::GridCase => "GridCase",
            NodeType::SupervisionTask => "SupervisionTask",
            NodeType::Idea => "Idea",
            NodeType::IdeaComment => "IdeaComment",
            NodeType::Inquiry => "Inquiry",
            NodeType::ModerationItem => "ModerationItem",
            NodeType::Vote => "Vote",
            NodeType::VoteOption => "VoteOption",
            NodeType::EvaluationCampaign => "EvaluationCampaign",
            NodeType::Survey => "Survey",
            NodeType::SurveyQuestion => "SurveyQuestion",
            NodeType::SurveyOption => "SurveyOption",
            NodeType::Activity => "Activity",
            NodeType::ActivityRegistration => "ActivityRegistration",
            NodeType::ActivityField => "ActivityField",
            NodeType::ActivityPhoto => "ActivityPhoto",
            NodeType::Publicity => "Publicity",
            NodeType::PublicityObjection => "PublicityObjection",
            NodeType::Honour => "Honour",
            NodeType::Column => "Column",
            NodeType::Article => "Article",
            NodeType::ArticleComment => "ArticleComment",
            NodeType::PointRule => "PointRule",
            NodeType::PointEntry => "PointEntry",
            NodeType::PointAppeal => "PointAppeal",
            NodeType::AssessmentScheme => "AssessmentScheme",
            NodeType::AssessmentIndicator => "AssessmentIndicator",
            NodeType::AssessmentReport => "AssessmentReport",
            NodeType::StudyMaterial => "StudyMaterial",
            NodeType::StudyCourse => "StudyCourse",
            NodeType::StudyPlan => "StudyPlan",
            NodeType::StudyNote => "StudyNote",
            NodeType::QuestionBank => "QuestionBank",
            NodeType::Question => "Question",
            NodeType::Quiz => "Quiz",
            NodeType::QuizAttempt => "QuizAttempt",
            NodeType::Contest => "Contest",
            NodeType::WelfareCampaign => "WelfareCampaign",
            NodeType::WelfareItem => "WelfareItem",
            NodeType::WelfareOrder => "WelfareOrder",
            NodeType::WelfareDistribution => "WelfareDistribution",
            NodeType::ReportCase => "ReportCase",
            NodeType::ReportMessage => "ReportMessage",
            NodeType::ReportStep => "ReportStep",
            NodeType::ReportFile => "ReportFile",
            NodeType::PersonalDataExport => "PersonalDataExport",
        }
    }

    const ALL: [NodeType; 67] = [
        NodeType::Organization,
        NodeType::Member,
        NodeType::Invitation,
        NodeType::ApiKey,
        NodeType::Session,
        NodeType::Position,
        NodeType::Grant,
        NodeType::Tenant,
        NodeType::Notification,
        NodeType::DueItem,
        NodeType::Conversation,
        NodeType::Message,
        NodeType::File,
        NodeType::Notice,
        NodeType::DuesBase,
        NodeType::DuesEntry,
        NodeType::Meeting,
        NodeType::StageTransition,
        NodeType::TransferLetter,
        NodeType::JoinApplication,
        NodeType::LeagueCampaign,
        NodeType::GridCase,
        NodeType::SupervisionTask,
        NodeType::Idea,
        NodeType::IdeaComment,
        NodeType::Inquiry,
        NodeType::ModerationItem,
        NodeType::Vote,
        NodeType::VoteOption,
        NodeType::EvaluationCampaign,
        NodeType::Survey,
        NodeType::SurveyQuestion,
        NodeType::SurveyOption,
        NodeType::Activity,
        NodeType::ActivityRegistration,
        NodeType::ActivityField,
        NodeType::ActivityPhoto,
        NodeType::Publicity,
        NodeType::PublicityObjection,
        NodeType::Honour,
        NodeType::Column,
        NodeType::Article,
        NodeType::ArticleComment,
        NodeType::PointRule,
        NodeType::PointEntry,
        NodeType::PointAppeal,
        NodeType::AssessmentScheme,
        NodeType::AssessmentIndicator,
        NodeType::AssessmentReport,
        NodeType::StudyMaterial,
        NodeType::StudyCourse,
        NodeType::StudyPlan,
        NodeType::StudyNote,
        NodeType::QuestionBank,
        NodeType::Question,
        NodeType::Quiz,
        NodeType::QuizAttempt,
        NodeType::Contest,
        NodeType::WelfareCampaign,
        NodeType::WelfareItem,
        NodeType::WelfareOrder,
        NodeType::WelfareDistribution,
        NodeType::ReportCase,
        NodeType::ReportMessage,
        NodeType::ReportStep,
        NodeType::ReportFile,
        NodeType::PersonalDataExport,
    ];
}

/// The global ID of an object.
pub fn encode(t: NodeType, id: Uuid) -> ID {
    ID(URL_SAFE_NO_PAD.encode(format!("{}:{id}", t.name())))
}

/// Decodes any global ID into its type and uuid.
pub fn decode_any(id: &str) -> Option<(NodeType, Uuid)> {
    let raw = String::from_utf8(URL_SAFE_NO_PAD.decode(id).ok()?).ok()?;
    let (name, uuid) = raw.split_once(':')?;
    let t = NodeType::ALL.into_iter().find(|t| t.name() == name)?;
    Some((t, uuid.parse().ok()?))
}

/// Decodes a global ID that must be of type `t`; anything else reads as not found.
pub fn decode(t: NodeType, id: &ID) -> Result<Uuid, AppError> {
    match decode_any(id) {
        Some((found, uuid)) if found == t => Ok(uuid),
        _ => Err(AppError::NotFound),
    }
}

/// Decodes an optional global ID.
pub fn decode_opt(t: NodeType, id: Option<&ID>) -> Result<Option<Uuid>, AppError> {
    id.map(|i| decode(t, i)).transpose()
}
