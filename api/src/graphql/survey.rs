//! Surveys (问卷) over GraphQL: create, answer once, close, remind; the turnout; the results per
//! question once the rule lets them be seen, and the answers' export. No field links a member to
//! the answers of an anonymous survey.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    types::{OrgLine, PageInfo, PoliticalStatus},
    vote::ResultsVisibility,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    AppError,
    audience::{Audience, AudienceOrg},
    org::model::Line,
    page::PageArgs,
    survey::{self, SurveyView},
};

/// What a question asks for.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::survey::QuestionKind")]
pub enum SurveyQuestionKind {
    /// 单选题: one option.
    SingleChoice,
    /// 多选题: between `minChoices` and `maxChoices` options.
    MultipleChoice,
    /// 评分题: a whole number from `scaleMin` to `scaleMax`.
    Rating,
    /// 填空题: one line, at most 200 characters.
    ShortText,
    /// 问答题: several lines, at most 2,000 characters.
    LongText,
}

/// Where a survey stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::survey::SurveyStatus")]
pub enum SurveyStatus {
    /// 未开始: opens at `opensAt`.
    Scheduled,
    /// 进行中.
    Open,
    /// 已结束.
    Closed,
}

/// Who is asked: members placed in the orgs (with their sub-trees), narrowed by lines, roles
/// and political statuses when given (with no orgs the whole tenant is narrowed, which needs
/// tenant-wide rights), plus `memberIds`. Frozen when the survey opens.
#[derive(InputObject, Default)]
pub struct SurveyAudienceInput {
    /// Orgs, each with its sub-tree.
    #[graphql(default)]
    pub org_ids: Vec<ID>,
    /// Only members of these lines.
    #[graphql(default)]
    pub lines: Vec<OrgLine>,
    /// Only holders of these roles (role template names).
    #[graphql(default)]
    pub roles: Vec<String>,
    /// Only members of these political statuses.
    #[graphql(default)]
    pub political_statuses: Vec<PoliticalStatus>,
    /// These members too.
    #[graphql(default)]
    pub member_ids: Vec<ID>,
}

impl SurveyAudienceInput {
    /// The audience as the domain takes it (ids decoded, codes mapped).
    pub(super) fn into_core(self) -> async_graphql::Result<Audience> {
        let bad = |m: &'static str| move |_| AppError::field("audience", m);
        Ok(Audience {
            orgs: self
                .org_ids
                .iter()
                .map(|o| {
                    decode(NodeType::Organization, o)
                        .map(|org_id| AudienceOrg {
                            org_id,
                            include_subtree: true,
                        })
                        .map_err(bad("所选组织不存在"))
                })
                .collect::<Result<Vec<_>, _>>()
                .gql()?,
            lines: self
                .lines
                .into_iter()
                .map(|l| Line::from(l).code().to_string())
                .collect(),
            roles: self.roles,
            political_statuses: self
                .political_statuses
                .into_iter()
                .map(|s| s.code().to_string())
                .collect(),
            member_ids: self
                .member_ids
                .iter()
                .map(|i| decode(NodeType::Member, i).map_err(bad("所选成员不存在")))
                .collect::<Result<Vec<_>, _>>()
                .gql()?,
            exclude_member_ids: vec![],
        })
    }
}

/// One question of `createSurvey`.
#[derive(InputObject)]
pub struct SurveyQuestionInput {
    /// What it asks for.
    pub kind: SurveyQuestionKind,
    /// The question, 1–200 characters.
    pub title: String,
    /// Whether an answer is required (default true).
    #[graphql(default = true)]
    pub required: bool,
    /// Option labels for choice questions: 2–50, distinct, each 1–100 characters; none for
    /// other kinds.
    #[graphql(default)]
    pub options: Vec<String>,
    /// Fewest options (multiple choice only; default 1).
    pub min_choices: Option<i32>,
    /// Most options (multiple choice only; default all).
    pub max_choices: Option<i32>,
    /// The scale's low end, 0 or 1 (rating only; default 1).
    pub scale_min: Option<i32>,
    /// The scale's high end, 2–10 (rating only; default 5).
    pub scale_max: Option<i32>,
    /// The low end's label, at most 20 characters (rating only), e.g. 很不满意.
    pub min_label: Option<String>,
    /// The high end's label, at most 20 characters (rating only), e.g. 非常满意.
    pub max_label: Option<String>,
}

/// The form of `createSurvey`.
#[derive(InputObject)]
pub struct CreateSurveyInput {
    /// The issuing org; the author needs `survey` write there and wherever the audience reaches.
    pub org_id: ID,
    /// Title, 1–100 characters.
    pub title: String,
    /// Description, at most 5,000 characters.
    pub description: Option<String>,
    /// The questions, 1–50, in order.
    pub questions: Vec<SurveyQuestionInput>,
    /// Anonymous (the default): answers are never linked to who gave them, the export has no
    /// respondent column and text answers come shuffled.
    #[graphql(default = true)]
    pub anonymous: bool,
    /// When results may be seen (default `AFTER_CLOSE`).
    #[graphql(default_with = "ResultsVisibility::AfterClose")]
    pub results_visibility: ResultsVisibility,
    /// Who is asked.
    pub audience: SurveyAudienceInput,
    /// Opens at (now when absent); who is asked is frozen then.
    pub opens_at: Option<DateTime<Utc>>,
    /// Closes at (the worker closes it then), within a year.
    pub closes_at: DateTime<Utc>,
}

/// One answer of `submitSurveyResponse`: `optionIds` for choice questions, `rating` for rating
/// questions, `text` for text questions.
#[derive(InputObject)]
pub struct SurveyAnswerInput {
    /// The question.
    pub question_id: ID,
    /// The chosen options (choice questions).
    #[graphql(default)]
    pub option_ids: Vec<ID>,
    /// The rating (rating questions).
    pub rating: Option<i32>,
    /// The text (text questions).
    pub text: Option<String>,
}

/// The form of `submitSurveyResponse`.
#[derive(InputObject)]
pub struct SubmitSurveyResponseInput {
    /// The survey.
    pub survey_id: ID,
    /// The answers; every required question must be answered.
    pub answers: Vec<SurveyAnswerInput>,
}

/// The form of `closeSurvey` and `remindSurveyRespondents`.
#[derive(InputObject)]
pub struct SurveyIdInput {
    /// The survey.
    pub survey_id: ID,
}

/// One option of a choice question.
#[derive(SimpleObject, Clone)]
pub struct SurveyOption {
    /// Id.
    pub id: ID,
    /// Label.
    pub label: String,
}

/// One question.
#[derive(SimpleObject, Clone)]
pub struct SurveyQuestion {
    /// Id.
    pub id: ID,
    /// Its place, from 0.
    pub position: i32,
    /// What it asks for.
    pub kind: SurveyQuestionKind,
    /// The question.
    pub title: String,
    /// Whether an answer is required.
    pub required: bool,
    /// The options (choice questions), in order.
    pub options: Vec<SurveyOption>,
    /// Fewest options (multiple choice).
    pub min_choices: Option<i32>,
    /// Most options (multiple choice).
    pub max_choices: Option<i32>,
    /// The scale's low end (rating).
    pub scale_min: Option<i32>,
    /// The scale's high end (rating).
    pub scale_max: Option<i32>,
    /// The low end's label (rating).
    pub min_label: Option<String>,
    /// The high end's label (rating).
    pub max_label: Option<String>,
}

/// How many are asked and how many have responded.
#[derive(SimpleObject)]
pub struct SurveyTurnout {
    /// The survey.
    pub survey_id: ID,
    /// Members asked (frozen at the opening).
    pub eligible: i64,
    /// Members who have responded.
    pub responded: i64,
}

/// The viewer's own part in a survey.
#[derive(SimpleObject)]
pub struct MySurveyStatus {
    /// Asked to answer.
    pub eligible: bool,
    /// Has responded.
    pub responded: bool,
}

/// A survey.
pub struct Survey(pub SurveyView);

impl Survey {
    fn option(&self, o: &tongxin_core::survey::OptionRow) -> SurveyOption {
        SurveyOption {
            id: encode(NodeType::SurveyOption, o.id),
            label: o.label.clone(),
        }
    }

    fn question(&self, q: &tongxin_core::survey::QuestionRow) -> SurveyQuestion {
        SurveyQuestion {
            id: encode(NodeType::SurveyQuestion, q.id),
            position: q.position,
            kind: q.kind.into(),
            title: q.title.clone(),
            required: q.required,
            options: self
                .0
                .options
                .iter()
                .filter(|o| o.question_id == q.id)
                .map(|o| self.option(o))
                .collect(),
            min_choices: q.min_choices,
            max_choices: q.max_choices,
            scale_min: q.scale_min,
            scale_max: q.scale_max,
            min_label: q.min_label.clone(),
            max_label: q.max_label.clone(),
        }
    }
}

#[Object]
impl Survey {
    /// Id.
    pub async fn id(&self) -> ID {
        encode(NodeType::Survey, self.0.survey.id)
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.survey.title
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.0.survey.description
    }
    /// The issuing org's id.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.survey.org_id)
    }
    /// The issuing org's name.
    async fn org_name(&self) -> &str {
        &self.0.survey.org_name
    }
    /// Where it stands.
    async fn status(&self) -> SurveyStatus {
        self.0.survey.status.into()
    }
    /// Anonymous: answers are never linked to who gave them.
    async fn anonymous(&self) -> bool {
        self.0.survey.anonymous
    }
    /// When results may be seen.
    async fn results_visibility(&self) -> ResultsVisibility {
        self.0.survey.results_visibility.into()
    }
    /// Whether results may be seen now (`surveyResults` answers them).
    async fn results_visible(&self) -> bool {
        self.0.results_visible()
    }
    /// Opens at.
    async fn opens_at(&self) -> DateTime<Utc> {
        self.0.survey.opens_at
    }
    /// Closes at.
    async fn closes_at(&self) -> DateTime<Utc> {
        self.0.survey.closes_at
    }
    /// Closed.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.survey.closed_at
    }
    /// The questions, in order.
    async fn questions(&self) -> Vec<SurveyQuestion> {
        self.0.questions.iter().map(|q| self.question(q)).collect()
    }
    /// The viewer's own part.
    async fn my_status(&self) -> MySurveyStatus {
        MySurveyStatus {
            eligible: self.0.access.respondent.is_some(),
            responded: self.0.access.respondent == Some(true),
        }
    }
    /// The turnout: for officers at any time, for everyone after the close (null otherwise).
    async fn turnout(&self) -> Option<SurveyTurnout> {
        self.0.turnout().map(|t| SurveyTurnout {
            survey_id: encode(NodeType::Survey, t.survey_id),
            eligible: t.eligible,
            responded: t.responded,
        })
    }
    /// The viewer may close it and remind those who have not responded.
    async fn viewer_can_manage(&self) -> bool {
        self.0.access.manage
    }
    /// The viewer sees the live turnout, the results when visible and the export.
    async fn viewer_is_officer(&self) -> bool {
        self.0.access.officer
    }
    /// The answers as .xlsx for officers once results may be seen:
    /// `GET /export/survey-responses.xlsx?survey=<id>` (anonymous surveys: shuffled rows, no
    /// respondent column); null otherwise.
    async fn export_url(&self) -> Option<String> {
        self.0.exportable().then(|| {
            format!(
                "/export/survey-responses.xlsx?survey={}",
                encode(NodeType::Survey, self.0.survey.id).0
            )
        })
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.survey.created_at
    }
}

/// A page of surveys.
#[derive(SimpleObject)]
pub struct SurveyConnection {
    /// Items with cursors.
    pub edges: Vec<SurveyEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// A survey with its cursor.
#[derive(SimpleObject)]
pub struct SurveyEdge {
    /// The survey.
    pub node: Survey,
    /// Its cursor.
    pub cursor: String,
}

impl SurveyConnection {
    fn from_page(page: tongxin_core::page::Page<SurveyView>) -> Self {
        let edges: Vec<SurveyEdge> = page
            .items
            .into_iter()
            .map(|s| SurveyEdge {
                cursor: tongxin_core::page::encode_cursor(&s.survey.id.to_string()),
                node: Survey(s),
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

/// Responses choosing one option.
#[derive(SimpleObject)]
pub struct SurveyChoiceCount {
    /// The option.
    pub option: SurveyOption,
    /// Responses choosing it.
    pub count: i64,
}

/// Responses giving one rating.
#[derive(SimpleObject)]
pub struct SurveyRatingCount {
    /// The rating.
    pub value: i32,
    /// Responses giving it.
    pub count: i64,
}

/// The results of one question.
#[derive(SimpleObject)]
pub struct SurveyQuestionResult {
    /// The question.
    pub question: SurveyQuestion,
    /// Responses that answered it.
    pub answered: i64,
    /// Per option (choice questions), in order.
    pub choices: Vec<SurveyChoiceCount>,
    /// Per scale value (rating questions), low to high.
    pub ratings: Vec<SurveyRatingCount>,
    /// The mean rating, to two places (rating questions with answers).
    pub mean: Option<f64>,
    /// The text answers (text questions); shuffled for anonymous surveys.
    pub texts: Vec<String>,
}

/// The results of a survey.
#[derive(SimpleObject)]
pub struct SurveyResults {
    /// The survey.
    pub survey: Survey,
    /// Responses counted.
    pub responses: i64,
    /// Per question, in order.
    pub questions: Vec<SurveyQuestionResult>,
}

impl From<tongxin_core::survey::SurveyResults> for SurveyResults {
    fn from(r: tongxin_core::survey::SurveyResults) -> Self {
        let shown = Survey(r.view);
        let questions = r
            .questions
            .into_iter()
            .filter_map(|q| {
                let row = shown.0.questions.iter().find(|x| x.id == q.question_id)?;
                Some(SurveyQuestionResult {
                    question: shown.question(row),
                    answered: q.answered,
                    choices: q
                        .choices
                        .iter()
                        .filter_map(|(id, n)| {
                            let o = shown.0.options.iter().find(|o| o.id == *id)?;
                            Some(SurveyChoiceCount {
                                option: shown.option(o),
                                count: *n,
                            })
                        })
                        .collect(),
                    ratings: q
                        .ratings
                        .iter()
                        .map(|(value, count)| SurveyRatingCount {
                            value: *value,
                            count: *count,
                        })
                        .collect(),
                    mean: q.mean,
                    texts: q.texts,
                })
            })
            .collect();
        Self {
            survey: shown,
            responses: r.responses,
            questions,
        }
    }
}

/// The result of `createSurvey`, `submitSurveyResponse` and `closeSurvey`.
#[derive(SimpleObject)]
pub struct SurveyPayload {
    /// The survey as it is now.
    pub survey: Survey,
}

/// The result of `remindSurveyRespondents`.
#[derive(SimpleObject)]
pub struct RemindSurveyRespondentsPayload {
    /// How many were reminded.
    pub reminded: i64,
}

/// Queries of surveys.
#[derive(Default)]
pub struct SurveyQuery;

#[Object(name = "SurveyQuery")]
impl SurveyQuery {
    /// One survey: for those asked, its org's officers (`survey` read) and its author.
    async fn survey(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Survey> {
        let (c, id) = target(ctx, NodeType::Survey, &id)?;
        Ok(Survey(survey::get(&c, app(ctx), id).await.gql()?))
    }

    /// An org's surveys, newest first (`survey` read at the org).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn surveys(
        &self,
        ctx: &Context<'_>,
        org_id: ID,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<SurveyConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = survey::list_for_org(&c, app(ctx), org, &args).await.gql()?;
        Ok(SurveyConnection::from_page(page))
    }

    /// The surveys the viewer is asked to answer (待我填写 with `pendingOnly`), newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn my_surveys(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Only open surveys the viewer has not answered.")] pending_only: Option<
            bool,
        >,
    ) -> async_graphql::Result<SurveyConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = survey::list_mine(&c, app(ctx), pending_only.unwrap_or(false), &args)
            .await
            .gql()?;
        Ok(SurveyConnection::from_page(page))
    }

    /// How many members an audience holds now (the builder's live count); needs `survey`
    /// write at the issuing org.
    async fn survey_audience_count(
        &self,
        ctx: &Context<'_>,
        org_id: ID,
        audience: SurveyAudienceInput,
    ) -> async_graphql::Result<i64> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        survey::audience_count(&c, app(ctx), org, audience.into_core()?)
            .await
            .gql()
    }

    /// The results per question when visible by the rule (`LIVE`: always; `AFTER_CLOSE`: after
    /// the close only, for everyone, officers included); null otherwise. Anyone who sees the
    /// survey may ask.
    async fn survey_results(
        &self,
        ctx: &Context<'_>,
        survey_id: ID,
    ) -> async_graphql::Result<Option<SurveyResults>> {
        let (c, id) = target(ctx, NodeType::Survey, &survey_id)?;
        Ok(survey::results(&c, app(ctx), id)
            .await
            .gql()?
            .map(Into::into))
    }
}

/// Mutations of surveys.
#[derive(Default)]
pub struct SurveyMutation;

#[Object(name = "SurveyMutation")]
impl SurveyMutation {
    /// Creates a survey. It opens now (those asked are frozen and told by a `SURVEY`
    /// notification) unless `opensAt` lies ahead, when the worker opens it; the worker reminds
    /// those who have not responded a day before the close and closes it at `closesAt`.
    async fn create_survey(
        &self,
        ctx: &Context<'_>,
        input: CreateSurveyInput,
    ) -> async_graphql::Result<SurveyPayload> {
        let c = tenant(ctx)?;
        let org_id = decode(NodeType::Organization, &input.org_id).gql()?;
        let core = survey::SurveyInput {
            org_id,
            title: input.title,
            description: input.description,
            questions: input
                .questions
                .into_iter()
                .map(|q| survey::QuestionInput {
                    kind: q.kind.into(),
                    title: q.title,
                    required: q.required,
                    options: q.options,
                    min_choices: q.min_choices,
                    max_choices: q.max_choices,
                    scale_min: q.scale_min,
                    scale_max: q.scale_max,
                    min_label: q.min_label,
                    max_label: q.max_label,
                })
                .collect(),
            anonymous: input.anonymous,
            results_visibility: input.results_visibility.into(),
            audience: input.audience.into_core()?,
            opens_at: input.opens_at,
            closes_at: input.closes_at,
        };
        let view = survey::create(&c, app(ctx), core).await.gql()?;
        Ok(SurveyPayload {
            survey: Survey(view),
        })
    }

    /// Submits the viewer's answers, once per member asked (a second attempt is a
    /// `CONFLICT`). Bad answers are `VALIDATION` errors with the path `answers.<index>.<field>`.
    async fn submit_survey_response(
        &self,
        ctx: &Context<'_>,
        input: SubmitSurveyResponseInput,
    ) -> async_graphql::Result<SurveyPayload> {
        let (c, id) = target(ctx, NodeType::Survey, &input.survey_id)?;
        let answers = input
            .answers
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let question_id =
                    decode(NodeType::SurveyQuestion, &a.question_id).map_err(|_| {
                        AppError::field(&format!("answers.{i}.questionId"), "问题不属于本问卷")
                    })?;
                let option_ids = a
                    .option_ids
                    .iter()
                    .map(|o| {
                        decode(NodeType::SurveyOption, o).map_err(|_| {
                            AppError::field(
                                &format!("answers.{i}.optionIds"),
                                "所选选项不属于该问题",
                            )
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(survey::AnswerInput {
                    question_id,
                    option_ids,
                    rating: a.rating,
                    text: a.text,
                })
            })
            .collect::<Result<Vec<_>, AppError>>()
            .gql()?;
        survey::submit(&c, app(ctx), id, &answers).await.gql()?;
        Ok(SurveyPayload {
            survey: Survey(survey::get(&c, app(ctx), id).await.gql()?),
        })
    }

    /// Closes a survey now (its managers).
    async fn close_survey(
        &self,
        ctx: &Context<'_>,
        input: SurveyIdInput,
    ) -> async_graphql::Result<SurveyPayload> {
        let (c, id) = target(ctx, NodeType::Survey, &input.survey_id)?;
        let view = survey::close(&c, app(ctx), id).await.gql()?;
        Ok(SurveyPayload {
            survey: Survey(view),
        })
    }

    /// Reminds everyone who has not responded (its managers; at most every 10 minutes,
    /// `RATE_LIMITED` otherwise).
    async fn remind_survey_respondents(
        &self,
        ctx: &Context<'_>,
        input: SurveyIdInput,
    ) -> async_graphql::Result<RemindSurveyRespondentsPayload> {
        let (c, id) = target(ctx, NodeType::Survey, &input.survey_id)?;
        let n = survey::remind(&c, app(ctx), id).await.gql()?;
        Ok(RemindSurveyRespondentsPayload {
            reminded: i64::try_from(n).unwrap_or(i64::MAX),
        })
    }
}
