//! Surveys (问卷): single and multiple choice, rating and text questions, answered once by each
//! member asked; anonymous surveys keep the answers apart from who gave them as votes keep a
//! secret ballot.
//!
//! An org's officer creates a survey with its questions, its audience (an
//! [`Audience`](crate::audience::Audience)) and its window. When it opens — at once, or by the
//! worker at `opens_at` — who is asked is frozen into `survey_respondent`, one row per member, in
//! one `insert … select`. A submission, under the survey's row lock, flips the member's
//! `responded` flag (the day only) and stores the answers: for an anonymous survey in
//! `survey_response` (no member column, no timestamp, a random v4 id), stirring up to 500 of
//! its rows in random order in the same statement, so that system columns (`xmin`, `ctid`) and
//! ids say nothing about who answered what or when; for a named survey in
//! `survey_named_response`, keyed by the member. At the close (by hand or by the worker at
//! `closes_at`) the anonymous answers are rewritten once more. Results follow
//! `results_visibility` like votes; text answers of anonymous surveys are listed, and exported,
//! in shuffled order and without any respondent column.

pub mod model;
pub mod results;
mod service;
mod store;

pub use model::{AnswerInput, QuestionInput, QuestionKind, SurveyInput, SurveyStatus};
pub use results::QuestionResult;
pub use service::{
    audience_count, close, create, export_xlsx, get, list_for_org, list_mine, remind, results,
    run_due, submit,
};

use crate::vote::ResultsVisibility;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The worker task that opens, reminds and closes a survey when their times come.
pub const DUE_TASK: &str = "survey_due";
/// The notification kind (and category) of surveys.
pub const NOTIFICATION_KIND: &str = "SURVEY";

/// Payload of [`DUE_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DueJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// The survey.
    pub survey_id: Uuid,
}

/// A survey.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SurveyRow {
    /// Id.
    pub id: Uuid,
    /// The issuing org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Answers kept apart from who gave them.
    pub anonymous: bool,
    /// When results may be seen.
    pub results_visibility: ResultsVisibility,
    /// Who is asked, as chosen.
    pub audience: serde_json::Value,
    /// Where it stands.
    pub status: SurveyStatus,
    /// Opens at.
    pub opens_at: DateTime<Utc>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
    /// Opened.
    pub opened_at: Option<DateTime<Utc>>,
    /// Closed.
    pub closed_at: Option<DateTime<Utc>>,
    /// Members asked (frozen at the opening).
    pub eligible_count: i32,
    /// Members who have responded.
    pub responded_count: i32,
    /// Last manual reminder.
    pub last_reminded_at: Option<DateTime<Utc>>,
    /// Author.
    pub created_by: Option<Uuid>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

/// One question.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QuestionRow {
    /// Id.
    pub id: Uuid,
    /// The survey.
    pub survey_id: Uuid,
    /// Its place, from 0.
    pub position: i32,
    /// What it asks for.
    pub kind: QuestionKind,
    /// The question.
    pub title: String,
    /// Whether an answer is required.
    pub required: bool,
    /// Fewest options (multiple choice).
    pub min_choices: Option<i32>,
    /// Most options (multiple choice).
    pub max_choices: Option<i32>,
    /// The scale's low end (rating).
    pub scale_min: Option<i32>,
    /// The scale's high end (rating).
    pub scale_max: Option<i32>,
    /// The low end's label.
    pub min_label: Option<String>,
    /// The high end's label.
    pub max_label: Option<String>,
}

/// One option of a choice question.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OptionRow {
    /// Id.
    pub id: Uuid,
    /// The question.
    pub question_id: Uuid,
    /// Its place, from 0.
    pub position: i32,
    /// Label.
    pub label: String,
}

/// What the viewer may do with one survey.
#[derive(Debug, Clone, Copy, Default)]
pub struct Access {
    /// May close it and remind (`survey` `write` at its org, or its author).
    pub manage: bool,
    /// Sees the live turnout and, when visible, the results and the export (`survey` `read` at
    /// its org, or its author).
    pub officer: bool,
    /// Asked: `Some(responded)`.
    pub respondent: Option<bool>,
}

impl Access {
    /// Whether the survey is visible at all.
    pub fn visible(&self) -> bool {
        self.manage || self.officer || self.respondent.is_some()
    }
}

/// A survey as the viewer sees it.
#[derive(Debug, Clone)]
pub struct SurveyView {
    /// The survey.
    pub survey: SurveyRow,
    /// Its questions, in order.
    pub questions: Vec<QuestionRow>,
    /// Their options, in order.
    pub options: Vec<OptionRow>,
    /// The viewer's access.
    pub access: Access,
}

impl SurveyView {
    /// The turnout, for officers at any time and for everyone after the close.
    pub fn turnout(&self) -> Option<Turnout> {
        (self.access.officer || self.survey.status == SurveyStatus::Closed).then(|| Turnout {
            survey_id: self.survey.id,
            eligible: i64::from(self.survey.eligible_count),
            responded: i64::from(self.survey.responded_count),
        })
    }

    /// Whether results may be seen now, by the rule (`LIVE` always, `AFTER_CLOSE` once closed —
    /// for everyone, officers included).
    pub fn results_visible(&self) -> bool {
        match self.survey.results_visibility {
            ResultsVisibility::Live => true,
            ResultsVisibility::AfterClose => self.survey.status == SurveyStatus::Closed,
        }
    }

    /// Whether the viewer may download the answers (officers, once results may be seen).
    pub fn exportable(&self) -> bool {
        self.access.officer && self.results_visible()
    }
}

/// How many are asked and how many have responded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Turnout {
    /// The survey.
    pub survey_id: Uuid,
    /// Members asked.
    pub eligible: i64,
    /// Members who have responded.
    pub responded: i64,
}

/// The results of a survey.
#[derive(Debug, Clone)]
pub struct SurveyResults {
    /// The survey as the viewer sees it.
    pub view: SurveyView,
    /// Responses counted.
    pub responses: i64,
    /// Per question, in order.
    pub questions: Vec<QuestionResult>,
}
