//! The GraphQL schema: types, roots, loaders and the limits that protect it.

pub mod access;
pub mod activity;
pub mod analytics;
pub mod annual_stats;
pub mod assessment;
pub mod audit;
pub mod branch_setting;
pub mod chat;
pub mod chat_manage;
pub mod contest;
pub mod context;
pub mod dues;
pub mod enrolment;
pub mod errors;
pub mod evaluation;
pub mod files;
pub mod grid;
pub mod grid_board;
pub mod grid_task;
pub mod honour;
pub mod idea;
pub mod identity;
pub mod inquiry;
pub mod introspection;
pub mod joining;
pub mod lapse;
pub mod limits;
pub mod loaders;
pub mod meeting;
pub mod member;
pub mod member_profile;
pub mod moderation;
pub mod notice;
pub mod notify;
pub mod observe;
pub mod operator;
pub mod org;
pub mod org_term;
pub mod personal_data;
pub mod pipeline;
pub mod points;
pub mod publicity;
pub mod publishing;
pub mod query;
pub mod quiz;
pub mod retention;
pub mod second_factor;
pub mod strings;
pub mod study;
pub mod subscription;
pub mod survey;
pub mod tenancy;
pub mod transfer;
pub mod types;
pub mod vote;
pub mod welfare;
pub mod whistleblowing;
pub mod working_calendar;

/// Global IDs are the schema's own identifiers; they live in [`crate::edge`] because the HTTP
/// routes take them too, and are re-exported here where schema users look for them.
pub use crate::edge::ids;

use async_graphql::{MergedObject, MergedSubscription, Schema};
use tongxin_core::config::GraphqlConfig;

// The order of the parts is the order of the fields in the printed schema.
/// The query root: the platform's queries, then each module's.
#[derive(MergedObject, Default)]
#[graphql(name = "Query")]
pub struct QueryRoot(
    query::Query,
    org::OrgQuery,
    member::MemberQuery,
    tenancy::TenancyQuery,
    access::AccessQuery,
    identity::IdentityQuery,
    audit::AuditQuery,
    retention::RetentionQuery,
    operator::OperatorQuery,
    notify::NotifyQuery,
    chat::ChatQuery,
    chat_manage::ChatManageQuery,
    files::FileQuery,
    notice::NoticeQuery,
    dues::DuesQuery,
    meeting::MeetingQuery,
    pipeline::PipelineQuery,
    transfer::TransferQuery,
    joining::JoiningQuery,
    lapse::LapseQuery,
    grid::GridQuery,
    grid_board::GridBoardQuery,
    grid_task::GridTaskQuery,
    idea::IdeaQuery,
    inquiry::InquiryQuery,
    moderation::ModerationQuery,
    vote::VoteQuery,
    evaluation::EvaluationQuery,
    survey::SurveyQuery,
    activity::ActivityQuery,
    publicity::PublicityQuery,
    honour::HonourQuery,
    publishing::PublishingQuery,
    points::PointsQuery,
    assessment::AssessmentQuery,
    study::StudyQuery,
    quiz::QuizQuery,
    contest::ContestQuery,
    welfare::WelfareQuery,
    personal_data::PersonalDataQuery,
    whistleblowing::WhistleblowingQuery,
    working_calendar::WorkingCalendarQuery,
    branch_setting::BranchSettingQuery,
    org_term::OrgTermQuery,
    annual_stats::AnnualStatisticsQuery,
    member_profile::MemberProfileQuery,
    analytics::AnalyticsQuery,
);

/// The mutation root.
#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationRoot(
    identity::SessionMutation,
    org::OrgMutation,
    member::MemberMutation,
    identity::IdentityMutation,
    second_factor::SecondFactorMutation,
    access::AccessMutation,
    tenancy::TenancyMutation,
    operator::OperatorMutation,
    notify::NotifyMutation,
    chat::ChatMutation,
    chat_manage::ChatManageMutation,
    files::FileMutation,
    notice::NoticeMutation,
    dues::DuesMutation,
    meeting::MeetingMutation,
    pipeline::PipelineMutation,
    transfer::TransferMutation,
    joining::JoiningMutation,
    grid::GridMutation,
    grid_task::GridTaskMutation,
    idea::IdeaMutation,
    inquiry::InquiryMutation,
    moderation::ModerationMutation,
    vote::VoteMutation,
    evaluation::EvaluationMutation,
    survey::SurveyMutation,
    activity::ActivityMutation,
    publicity::PublicityMutation,
    honour::HonourMutation,
    publishing::PublishingMutation,
    points::PointsMutation,
    assessment::AssessmentMutation,
    study::StudyMutation,
    quiz::QuizMutation,
    contest::ContestMutation,
    welfare::WelfareMutation,
    personal_data::PersonalDataMutation,
    whistleblowing::WhistleblowingMutation,
    working_calendar::WorkingCalendarMutation,
    org_term::OrgTermMutation,
    member_profile::MemberProfileMutation,
);

/// The subscription root.
#[derive(MergedSubscription, Default)]
#[graphql(name = "Subscription")]
pub struct SubscriptionRoot(
    subscription::NotifySubscription,
    chat::ChatSubscription,
    notice::NoticeSubscription,
    meeting::MeetingSubscription,
    grid_board::GridBoardSubscription,
    vote::VoteSubscription,
    contest::ContestSubscription,
    analytics::AnalyticsSubscription,
);

/// The schema type.
pub type TongxinSchema = Schema<QueryRoot, MutationRoot, SubscriptionRoot>;

/// Builds the schema with its limits; `prod` turns off field suggestions.
pub fn build(cfg: &GraphqlConfig, prod: bool) -> TongxinSchema {
    let mut builder = Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        SubscriptionRoot::default(),
    )
    .limit_depth(cfg.max_depth)
    .limit_complexity(cfg.max_complexity)
    .limit_directives(cfg.max_directives);
    if prod {
        builder = builder.disable_suggestions();
    }
    builder.finish()
}

/// The schema that answers introspection documents only (see [`introspection`]): the
/// standard clients' introspection query is deeper than data queries may be.
pub fn build_introspection(cfg: &GraphqlConfig) -> TongxinSchema {
    Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        SubscriptionRoot::default(),
    )
    .introspection_only()
    .limit_depth(introspection::MAX_DEPTH)
    .limit_complexity(cfg.max_complexity)
    .limit_directives(cfg.max_directives)
    .finish()
}

/// The SDL of the schema, as checked in at `schema.graphql`.
pub fn sdl() -> String {
    build(&tongxin_core::Config::default().graphql, false).sdl()
}
