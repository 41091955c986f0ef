//! Question banks (题库) and quizzes/exams (测验/考试) over GraphQL: banks and their questions,
//! the .xlsx import with its per-row report, quizzes for an audience, attempts with the
//! server's deadline, the review after submission, and results per org.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    member::PoliticalStatus,
    org::OrgLine,
    survey::SurveyAudienceInput,
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use base64::Engine;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use tongxin_core::{
    AppError,
    page::{PageArgs, encode_cursor},
    quiz::{
        self, AttemptQuestionRow, AttemptView, BankView, Key, QuestionRow, QuizResults, QuizView,
        ResultRow,
    },
};

/// What a question asks for.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::quiz::QuestionKind")]
pub enum QuestionKind {
    /// 单选题: one correct option.
    Single,
    /// 多选题: a set of correct options; full marks only when exact.
    Multiple,
    /// 判断题: true or false.
    TrueFalse,
    /// 填空题: one or more blanks, each with accepted answers.
    FillBlank,
}

/// How a quiz chooses its questions.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::quiz::QuizMode")]
pub enum QuizMode {
    /// The officer's chosen questions, the same for everyone.
    Fixed,
    /// N questions per kind drawn per member at the start.
    Random,
}

/// Whether a quiz takes new attempts.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::quiz::QuizStatus")]
pub enum QuizStatus {
    /// Open (new attempts within its window).
    Open,
    /// Closed by hand.
    Closed,
}

/// Where an attempt stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::quiz::AttemptStatus")]
pub enum QuizAttemptStatus {
    /// In progress until its deadline.
    Open,
    /// Submitted by the member.
    Submitted,
    /// Closed at its deadline and scored with what was saved.
    Expired,
}

/// A question bank (题库) of an org.
pub struct QuestionBank(pub BankView);

/// A question bank (题库) of an org; a tenant-wide bank sits at the root org.
#[Object]
impl QuestionBank {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::QuestionBank, self.0.bank.id)
    }
    /// The owning org.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.bank.org_id)
    }
    /// Its name.
    async fn org_name(&self) -> &str {
        &self.0.bank.org_name
    }
    /// Name.
    async fn name(&self) -> &str {
        &self.0.bank.name
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.0.bank.description
    }
    /// Questions (deleted ones not counted).
    async fn question_count(&self) -> i64 {
        self.0.bank.question_count
    }
    /// Whether the viewer may edit it and its questions (`quiz` write at its org).
    async fn editable(&self) -> bool {
        self.0.editable
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.bank.created_at
    }
    /// Last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.bank.updated_at
    }
}

/// A question of a bank, with its key (for those who may read the bank).
pub struct Question(pub QuestionRow);

/// A question of a bank, with its key and explanation.
#[Object]
impl Question {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::Question, self.0.id)
    }
    /// The bank.
    async fn bank_id(&self) -> ID {
        encode(NodeType::QuestionBank, self.0.bank_id)
    }
    /// Kind.
    async fn kind(&self) -> QuestionKind {
        self.0.kind.into()
    }
    /// The question (题干).
    async fn stem(&self) -> &str {
        &self.0.stem
    }
    /// Option texts, A first (choice kinds).
    async fn options(&self) -> &[String] {
        &self.0.options
    }
    /// The key: option letters, `TRUE`/`FALSE`, or the first accepted answer of each blank.
    async fn answer(&self) -> Vec<String> {
        self.0.key.as_response()
    }
    /// Fill-in: the accepted answers of each blank.
    async fn blanks(&self) -> &[Vec<String>] {
        self.0.key.blanks()
    }
    /// 解析.
    async fn explanation(&self) -> &str {
        &self.0.explanation
    }
    /// 1 (easy) .. 5 (hard).
    async fn difficulty(&self) -> i32 {
        self.0.difficulty
    }
    /// Tags.
    async fn tags(&self) -> &[String] {
        &self.0.tags
    }
    /// Last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// One question in a list.
#[derive(SimpleObject)]
pub struct QuestionEdge {
    /// Cursor.
    pub cursor: String,
    /// The question.
    pub node: Question,
}

/// A page of a bank's questions.
#[derive(SimpleObject)]
pub struct QuestionConnection {
    /// The questions, oldest first.
    pub edges: Vec<QuestionEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// One row of an import report.
#[derive(SimpleObject)]
pub struct QuestionImportRow {
    /// Row number in the sheet (the header is row 1).
    pub row: i32,
    /// Whether the row was imported.
    pub ok: bool,
    /// Why not (empty when imported).
    pub message: String,
}

/// The report of `importQuestions`.
#[derive(SimpleObject)]
pub struct QuestionImportReport {
    /// Data rows read.
    pub total: i32,
    /// Questions created.
    pub imported: i32,
    /// One entry per data row.
    pub rows: Vec<QuestionImportRow>,
}

/// How many questions of each kind a RANDOM quiz draws.
#[derive(SimpleObject, InputObject, Default, Clone)]
#[graphql(input_name = "QuizRandomCountsInput")]
pub struct QuizRandomCounts {
    /// 单选题.
    #[graphql(default)]
    pub single: i32,
    /// 多选题.
    #[graphql(default)]
    pub multiple: i32,
    /// 判断题.
    #[graphql(default)]
    pub true_false: i32,
    /// 填空题.
    #[graphql(default)]
    pub fill_blank: i32,
}

impl QuizRandomCounts {
    fn from_core(m: &BTreeMap<quiz::QuestionKind, i32>) -> Self {
        let n = |k| m.get(&k).copied().unwrap_or(0);
        Self {
            single: n(quiz::QuestionKind::Single),
            multiple: n(quiz::QuestionKind::Multiple),
            true_false: n(quiz::QuestionKind::TrueFalse),
            fill_blank: n(quiz::QuestionKind::FillBlank),
        }
    }

    fn into_core(self) -> BTreeMap<quiz::QuestionKind, i32> {
        [
            (quiz::QuestionKind::Single, self.single),
            (quiz::QuestionKind::Multiple, self.multiple),
            (quiz::QuestionKind::TrueFalse, self.true_false),
            (quiz::QuestionKind::FillBlank, self.fill_blank),
        ]
        .into_iter()
        .collect()
    }
}

/// A quiz as the viewer sees it.
pub struct Quiz(pub QuizView);

/// A quiz or exam (测验/考试) given by an org to an audience, from one bank.
#[Object]
impl Quiz {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::Quiz, self.0.quiz.id)
    }
    /// The org that gives it.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.quiz.org_id)
    }
    /// Its name.
    async fn org_name(&self) -> &str {
        &self.0.quiz.org_name
    }
    /// The bank.
    async fn bank_id(&self) -> ID {
        encode(NodeType::QuestionBank, self.0.quiz.bank_id)
    }
    /// The bank's name.
    async fn bank_name(&self) -> &str {
        &self.0.quiz.bank_name
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.quiz.title
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.0.quiz.description
    }
    /// Fixed or random questions.
    async fn mode(&self) -> QuizMode {
        self.0.quiz.mode.into()
    }
    /// RANDOM: questions drawn per kind.
    async fn random_counts(&self) -> QuizRandomCounts {
        QuizRandomCounts::from_core(&self.0.quiz.random_counts)
    }
    /// FIXED: the chosen questions in order (officers only; empty otherwise).
    async fn question_ids(&self) -> Vec<ID> {
        self.0
            .question_ids
            .iter()
            .map(|q| encode(NodeType::Question, *q))
            .collect()
    }
    /// Questions per attempt.
    async fn question_count(&self) -> i32 {
        self.0.quiz.question_count
    }
    /// Points per question.
    async fn points_per_question(&self) -> i32 {
        self.0.quiz.points_per_question
    }
    /// The most a member can score.
    async fn total_points(&self) -> i32 {
        self.0.quiz.max_score()
    }
    /// The score needed to pass.
    async fn pass_mark(&self) -> i32 {
        self.0.quiz.pass_mark
    }
    /// Minutes per attempt (the server's clock).
    async fn time_limit_minutes(&self) -> i32 {
        self.0.quiz.time_limit_minutes
    }
    /// Opens at.
    async fn opens_at(&self) -> DateTime<Utc> {
        self.0.quiz.opens_at
    }
    /// Closes at.
    async fn closes_at(&self) -> DateTime<Utc> {
        self.0.quiz.closes_at
    }
    /// Attempts per member.
    async fn max_attempts(&self) -> i32 {
        self.0.quiz.max_attempts
    }
    /// Open or closed by hand.
    async fn status(&self) -> QuizStatus {
        self.0.quiz.status.into()
    }
    /// Whether new attempts may start now (open and within the window).
    async fn accepting(&self) -> bool {
        self.0.quiz.accepting(Utc::now())
    }
    /// Members who may take it (frozen at creation).
    async fn audience_count(&self) -> i32 {
        self.0.quiz.audience_count
    }
    /// Whether the viewer may edit and close it.
    async fn can_manage(&self) -> bool {
        self.0.access.manage
    }
    /// Whether the viewer may see its results.
    async fn can_view_results(&self) -> bool {
        self.0.access.officer
    }
    /// Whether the viewer may take it.
    async fn invited(&self) -> bool {
        self.0.access.invited
    }
    /// The viewer's attempts so far.
    async fn my_attempt_count(&self) -> i32 {
        self.0.mine.attempts
    }
    /// Attempts the viewer has left.
    async fn my_attempts_left(&self) -> i32 {
        if self.0.access.invited {
            (self.0.quiz.max_attempts - self.0.mine.attempts).max(0)
        } else {
            0
        }
    }
    /// The viewer's best score of a finished attempt.
    async fn my_best_score(&self) -> Option<i32> {
        self.0.mine.best_score
    }
    /// Whether the viewer has passed.
    async fn my_passed(&self) -> bool {
        self.0.mine.passed
    }
    /// The viewer's attempt in progress.
    async fn my_open_attempt_id(&self) -> Option<ID> {
        self.0
            .mine
            .open_attempt
            .map(|a| encode(NodeType::QuizAttempt, a))
    }
    /// The viewer's latest finished attempt (its review).
    async fn my_last_attempt_id(&self) -> Option<ID> {
        self.0
            .mine
            .last_finished
            .map(|a| encode(NodeType::QuizAttempt, a))
    }
    /// Where the results spreadsheet downloads from (officers).
    async fn export_url(&self) -> Option<String> {
        self.0.access.officer.then(|| {
            format!(
                "/export/quiz-results.xlsx?quiz={}",
                encode(NodeType::Quiz, self.0.quiz.id).0
            )
        })
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.quiz.created_at
    }
}

/// One quiz in a list.
#[derive(SimpleObject)]
pub struct QuizEdge {
    /// Cursor.
    pub cursor: String,
    /// The quiz.
    pub node: Quiz,
}

/// A page of quizzes.
#[derive(SimpleObject)]
pub struct QuizConnection {
    /// The quizzes, newest first.
    pub edges: Vec<QuizEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// One question of an attempt.
pub struct QuizAttemptQuestion {
    row: AttemptQuestionRow,
    review: bool,
}

/// One question of an attempt: the stem and options always; the key, the explanation and the
/// marks only once the attempt is finished.
#[Object]
impl QuizAttemptQuestion {
    /// Place, from 0 (what `saveQuizAnswer` names).
    async fn position(&self) -> i32 {
        self.row.position
    }
    /// Kind.
    async fn kind(&self) -> QuestionKind {
        self.row.kind.into()
    }
    /// The question.
    async fn stem(&self) -> &str {
        &self.row.stem
    }
    /// Option texts, A first.
    async fn options(&self) -> &[String] {
        &self.row.options
    }
    /// Fill-in: how many blanks.
    async fn blank_count(&self) -> i32 {
        i32::try_from(self.row.key.blanks().len()).unwrap_or(0)
    }
    /// Points it is worth.
    async fn points(&self) -> i32 {
        self.row.points
    }
    /// The member's saved answer.
    async fn my_answer(&self) -> Option<&[String]> {
        self.row.response.as_deref()
    }
    /// After the attempt: the correct answer (letters, `TRUE`/`FALSE`, or a first accepted
    /// answer per blank).
    async fn correct_answer(&self) -> Option<Vec<String>> {
        self.review.then(|| self.row.key.as_response())
    }
    /// After the attempt, fill-in: every accepted answer per blank.
    async fn accepted_blanks(&self) -> Option<Vec<Vec<String>>> {
        (self.review && matches!(self.row.key, Key::Blanks(_)))
            .then(|| self.row.key.blanks().to_vec())
    }
    /// After the attempt: 解析.
    async fn explanation(&self) -> Option<&str> {
        self.review.then_some(self.row.explanation.as_str())
    }
    /// After the attempt: points earned.
    async fn earned(&self) -> Option<i32> {
        self.review.then_some(self.row.earned).flatten()
    }
    /// After the attempt: whether wholly right.
    async fn correct(&self) -> Option<bool> {
        self.review.then_some(self.row.correct).flatten()
    }
}

/// An attempt at a quiz.
pub struct QuizAttempt(pub AttemptView);

/// An attempt at a quiz: the server's start and deadline, the questions drawn for it, and once
/// finished the score and the per-question review.
#[Object]
impl QuizAttempt {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::QuizAttempt, self.0.attempt.id)
    }
    /// The quiz.
    async fn quiz_id(&self) -> ID {
        encode(NodeType::Quiz, self.0.attempt.quiz_id)
    }
    /// The quiz's title.
    async fn quiz_title(&self) -> &str {
        &self.0.quiz_title
    }
    /// 1, 2, …
    async fn number(&self) -> i32 {
        self.0.attempt.number
    }
    /// Where it stands.
    async fn status(&self) -> QuizAttemptStatus {
        self.0.attempt.status.into()
    }
    /// Started (server clock).
    async fn started_at(&self) -> DateTime<Utc> {
        self.0.attempt.started_at
    }
    /// After this no answer is taken (a few seconds' grace aside): count down to it.
    async fn deadline(&self) -> DateTime<Utc> {
        self.0.attempt.deadline
    }
    /// The server's clock now, to correct the client's countdown.
    async fn server_now(&self) -> DateTime<Utc> {
        Utc::now()
    }
    /// Submitted or expired at.
    async fn finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.attempt.finished_at
    }
    /// Score, once finished.
    async fn score(&self) -> Option<i32> {
        self.0.attempt.score
    }
    /// The most it could score.
    async fn max_score(&self) -> i32 {
        self.0.attempt.max_score
    }
    /// The quiz's pass mark.
    async fn pass_mark(&self) -> i32 {
        self.0.pass_mark
    }
    /// Whether it passed, once finished.
    async fn passed(&self) -> Option<bool> {
        self.0.attempt.passed
    }
    /// The questions, in order.
    async fn questions(&self) -> Vec<QuizAttemptQuestion> {
        let review = self.0.reviewable();
        self.0
            .questions
            .iter()
            .cloned()
            .map(|row| QuizAttemptQuestion { row, review })
            .collect()
    }
}

/// One member's result.
pub struct QuizResultRow(pub ResultRow);

/// One member of a quiz's audience: finished attempts and best score.
#[Object]
impl QuizResultRow {
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// Their org.
    async fn org_name(&self) -> Option<&str> {
        self.0.org_name.as_deref()
    }
    /// Finished attempts.
    async fn attempts(&self) -> i64 {
        self.0.attempts
    }
    /// Best score (null: not taken).
    async fn best_score(&self) -> Option<i32> {
        self.0.best_score
    }
    /// Whether they passed.
    async fn passed(&self) -> bool {
        self.0.passed
    }
    /// Their latest finish.
    async fn last_finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_finished_at
    }
}

/// One row of the results.
#[derive(SimpleObject)]
pub struct QuizResultEdge {
    /// Cursor.
    pub cursor: String,
    /// The row.
    pub node: QuizResultRow,
}

/// A quiz's results over an org's part of its audience.
pub struct QuizResultsView(pub QuizResults);

/// A quiz's results: the audience in scope, participants, passes, the average best score,
/// and a page of per-member rows (participants by best score, then the others by name).
#[Object(name = "QuizResults")]
impl QuizResultsView {
    /// The quiz.
    async fn quiz(&self) -> Quiz {
        Quiz(QuizView {
            quiz: self.0.quiz.clone(),
            access: tongxin_core::quiz::Access {
                manage: false,
                officer: true,
                invited: false,
            },
            mine: Default::default(),
            question_ids: vec![],
        })
    }
    /// Members of the audience in scope.
    async fn audience(&self) -> i64 {
        self.0.audience
    }
    /// Of them, members with a finished attempt.
    async fn participants(&self) -> i64 {
        self.0.participants
    }
    /// Of them, members who passed.
    async fn passed(&self) -> i64 {
        self.0.passed
    }
    /// Passed / participants (null before anyone took it).
    async fn pass_rate(&self) -> Option<f64> {
        (self.0.participants > 0).then(|| self.0.passed as f64 / self.0.participants as f64)
    }
    /// The average of the participants' best scores.
    async fn average(&self) -> Option<f64> {
        self.0.average
    }
    /// The page of per-member rows.
    async fn edges(&self) -> Vec<QuizResultEdge> {
        self.0
            .rows
            .items
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, r)| QuizResultEdge {
                cursor: encode_cursor(&(self.offset() + i as i64 + 1).to_string()),
                node: QuizResultRow(r),
            })
            .collect()
    }
    /// Paging.
    async fn page_info(&self) -> PageInfo {
        let n = self.0.rows.items.len() as i64;
        PageInfo {
            has_next_page: self.0.rows.has_next,
            end_cursor: (n > 0).then(|| encode_cursor(&(self.offset() + n).to_string())),
        }
    }
}

impl QuizResultsView {
    fn offset(&self) -> i64 {
        self.0.offset
    }
}

/// Input of `createQuestionBank`.
#[derive(InputObject)]
pub struct CreateQuestionBankInput {
    /// The owning org (`quiz` write there; the root org for a tenant-wide bank).
    pub org_id: ID,
    /// Name, 1–100 characters.
    pub name: String,
    /// Description, at most 2,000 characters.
    #[graphql(default)]
    pub description: String,
}

/// Input of `updateQuestionBank`.
#[derive(InputObject)]
pub struct UpdateQuestionBankInput {
    /// The bank.
    pub bank_id: ID,
    /// Name, 1–100 characters.
    pub name: String,
    /// Description, at most 2,000 characters.
    #[graphql(default)]
    pub description: String,
}

/// A question as written.
#[derive(InputObject)]
pub struct QuestionFieldsInput {
    /// Kind.
    pub kind: QuestionKind,
    /// The question, 1–2,000 characters.
    pub stem: String,
    /// Choice kinds: 2–8 option texts, A first.
    #[graphql(default)]
    pub options: Vec<String>,
    /// Choice kinds: the correct letters (one for single choice); true/false: `TRUE` or
    /// `FALSE`.
    #[graphql(default)]
    pub answer: Vec<String>,
    /// Fill-in: per blank, its accepted answers (1–10 blanks of 1–10 answers).
    #[graphql(default)]
    pub blanks: Vec<Vec<String>>,
    /// 解析, at most 2,000 characters.
    #[graphql(default)]
    pub explanation: String,
    /// 1 (easy) .. 5 (hard).
    #[graphql(default = 3)]
    pub difficulty: i32,
    /// At most 10 tags of 20 characters.
    #[graphql(default)]
    pub tags: Vec<String>,
}

impl From<QuestionFieldsInput> for quiz::QuestionInput {
    fn from(i: QuestionFieldsInput) -> Self {
        quiz::QuestionInput {
            kind: Some(i.kind.into()),
            stem: i.stem,
            options: i.options,
            answer: i.answer,
            blanks: i.blanks,
            explanation: i.explanation,
            difficulty: i.difficulty,
            tags: i.tags,
        }
    }
}

/// Input of `createQuestion`.
#[derive(InputObject)]
pub struct CreateQuestionInput {
    /// The bank (`quiz` write at its org).
    pub bank_id: ID,
    /// The question.
    pub question: QuestionFieldsInput,
}

/// Input of `updateQuestion`.
#[derive(InputObject)]
pub struct UpdateQuestionInput {
    /// The question.
    pub question_id: ID,
    /// Its new form (attempts already drawn keep theirs).
    pub question: QuestionFieldsInput,
}

/// Input of `importQuestions`.
#[derive(InputObject)]
pub struct ImportQuestionsInput {
    /// The bank (`quiz` write at its org).
    pub bank_id: ID,
    /// File name, ending in .xlsx (or .csv).
    pub file_name: String,
    /// File content, base64 (at most 2 MB, 1,000 rows).
    pub content_base64: String,
}

/// Who may take a quiz: members placed in the orgs (with their sub-trees), narrowed by lines,
/// roles and political statuses, plus `memberIds`. Frozen at creation.
#[derive(InputObject, Default)]
pub struct QuizAudienceInput {
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

/// Input of `createQuiz`.
#[derive(InputObject)]
pub struct CreateQuizInput {
    /// The org that gives it (`quiz` write there).
    pub org_id: ID,
    /// The bank it draws from.
    pub bank_id: ID,
    /// Title, 1–100 characters.
    pub title: String,
    /// Description, at most 2,000 characters.
    #[graphql(default)]
    pub description: String,
    /// Fixed or random questions.
    pub mode: QuizMode,
    /// FIXED: the questions of the bank, in order.
    #[graphql(default)]
    pub question_ids: Vec<ID>,
    /// RANDOM: questions drawn per kind.
    #[graphql(default)]
    pub random_counts: QuizRandomCounts,
    /// Points per question, 1–100.
    pub points_per_question: i32,
    /// The score needed to pass, 0..total.
    pub pass_mark: i32,
    /// Minutes per attempt, 1–600.
    pub time_limit_minutes: i32,
    /// Opens at.
    pub opens_at: DateTime<Utc>,
    /// Closes at (after it opens, in the future).
    pub closes_at: DateTime<Utc>,
    /// Attempts per member, 1–5.
    #[graphql(default = 1)]
    pub max_attempts: i32,
    /// Who may take it.
    pub audience: QuizAudienceInput,
}

/// Input of `updateQuiz`.
#[derive(InputObject)]
pub struct UpdateQuizInput {
    /// The quiz.
    pub quiz_id: ID,
    /// Title, 1–100 characters.
    pub title: String,
    /// Description.
    #[graphql(default)]
    pub description: String,
    /// Opens at.
    pub opens_at: DateTime<Utc>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
    /// Attempts per member, 1–5.
    pub max_attempts: i32,
}

/// Input of `saveQuizAnswer`.
#[derive(InputObject)]
pub struct SaveQuizAnswerInput {
    /// The attempt (the viewer's, in progress).
    pub attempt_id: ID,
    /// The question's position.
    pub position: i32,
    /// Option letters, `TRUE`/`FALSE`, or one text per blank.
    pub response: Vec<String>,
}

/// One answer of `submitQuizAttempt`.
#[derive(InputObject)]
pub struct QuizAnswerInput {
    /// The question's position.
    pub position: i32,
    /// Option letters, `TRUE`/`FALSE`, or one text per blank.
    pub response: Vec<String>,
}

/// Input of `submitQuizAttempt`.
#[derive(InputObject)]
pub struct SubmitQuizAttemptInput {
    /// The attempt (the viewer's, in progress).
    pub attempt_id: ID,
    /// Last answers not yet saved (saved ones count as they are).
    #[graphql(default)]
    pub answers: Vec<QuizAnswerInput>,
}

/// Queries of question banks and quizzes.
#[derive(Default)]
pub struct QuizQuery;

#[Object(name = "QuizQuery")]
impl QuizQuery {
    /// The banks an officer of an org may use (`quiz` read there): those of its sub-tree and
    /// of its ancestors (a tenant-wide bank at the root).
    async fn question_banks(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org.")] org_id: ID,
    ) -> async_graphql::Result<Vec<QuestionBank>> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        Ok(quiz::banks(&c, app(ctx), org)
            .await
            .gql()?
            .into_iter()
            .map(QuestionBank)
            .collect())
    }

    /// One bank the viewer may read (NOT_FOUND otherwise).
    async fn question_bank(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The bank.")] id: ID,
    ) -> async_graphql::Result<QuestionBank> {
        let (c, id) = target(ctx, NodeType::QuestionBank, &id)?;
        Ok(QuestionBank(quiz::bank(&c, app(ctx), id).await.gql()?))
    }

    /// A page of a bank's questions with their keys, oldest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn questions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The bank.")] bank_id: ID,
        #[graphql(desc = "Page size, 1–100.", default = 50)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<QuestionConnection> {
        let (c, bank) = target(ctx, NodeType::QuestionBank, &bank_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = quiz::questions(&c, app(ctx), bank, &args).await.gql()?;
        let edges: Vec<QuestionEdge> = page
            .items
            .into_iter()
            .map(|q| QuestionEdge {
                cursor: encode_cursor(&q.id.to_string()),
                node: Question(q),
            })
            .collect();
        let end_cursor = edges.last().map(|e| e.cursor.clone());
        Ok(QuestionConnection {
            edges,
            page_info: PageInfo {
                has_next_page: page.has_next,
                end_cursor,
            },
        })
    }

    /// The quizzes of an org's sub-tree, newest first (`quiz` read there).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn quizzes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] org_id: ID,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<QuizConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = quiz::quizzes(&c, app(ctx), org, &args).await.gql()?;
        Ok(quiz_connection(page))
    }

    /// The quizzes the viewer may take, newest first, with their own attempts.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn my_quizzes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<QuizConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = quiz::my_quizzes(&c, app(ctx), &args).await.gql()?;
        Ok(quiz_connection(page))
    }

    /// One quiz the viewer may take or whose results they may see (NOT_FOUND otherwise).
    async fn quiz(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The quiz.")] id: ID,
    ) -> async_graphql::Result<Quiz> {
        let (c, id) = target(ctx, NodeType::Quiz, &id)?;
        Ok(Quiz(quiz::quiz(&c, app(ctx), id).await.gql()?))
    }

    /// An attempt: the viewer's own, or one of a quiz whose results they may see. Keys and
    /// explanations only once it is finished; an attempt past its deadline is closed first.
    async fn quiz_attempt(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The attempt.")] id: ID,
    ) -> async_graphql::Result<QuizAttempt> {
        let (c, id) = target(ctx, NodeType::QuizAttempt, &id)?;
        Ok(QuizAttempt(quiz::attempt(&c, app(ctx), id).await.gql()?))
    }

    /// A quiz's results, over its whole audience or the part in an org's sub-tree (`quiz`
    /// read at the quiz's org or the org asked for).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn quiz_results(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The quiz.")] quiz_id: ID,
        #[graphql(desc = "Only the audience in this org's sub-tree.")] org_id: Option<ID>,
        #[graphql(desc = "Page size, 1–100.", default = 50)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<QuizResultsView> {
        let (c, id) = target(ctx, NodeType::Quiz, &quiz_id)?;
        let org = match &org_id {
            Some(o) => Some(decode(NodeType::Organization, o).gql()?),
            None => None,
        };
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        Ok(QuizResultsView(
            quiz::results(&c, app(ctx), id, org, &args).await.gql()?,
        ))
    }
}

fn quiz_connection(page: tongxin_core::page::Page<QuizView>) -> QuizConnection {
    let edges: Vec<QuizEdge> = page
        .items
        .into_iter()
        .map(|q| QuizEdge {
            cursor: encode_cursor(&q.quiz.id.to_string()),
            node: Quiz(q),
        })
        .collect();
    let end_cursor = edges.last().map(|e| e.cursor.clone());
    QuizConnection {
        edges,
        page_info: PageInfo {
            has_next_page: page.has_next,
            end_cursor,
        },
    }
}

/// Mutations of question banks and quizzes.
#[derive(Default)]
pub struct QuizMutation;

#[Object(name = "QuizMutation")]
impl QuizMutation {
    /// Creates a bank at an org (`quiz` write there).
    async fn create_question_bank(
        &self,
        ctx: &Context<'_>,
        input: CreateQuestionBankInput,
    ) -> async_graphql::Result<QuestionBank> {
        let (c, org) = target(ctx, NodeType::Organization, &input.org_id)?;
        Ok(QuestionBank(
            quiz::create_bank(&c, app(ctx), org, &input.name, &input.description)
                .await
                .gql()?,
        ))
    }

    /// Renames a bank or rewrites its description.
    async fn update_question_bank(
        &self,
        ctx: &Context<'_>,
        input: UpdateQuestionBankInput,
    ) -> async_graphql::Result<QuestionBank> {
        let (c, id) = target(ctx, NodeType::QuestionBank, &input.bank_id)?;
        Ok(QuestionBank(
            quiz::update_bank(&c, app(ctx), id, &input.name, &input.description)
                .await
                .gql()?,
        ))
    }

    /// Adds a question to a bank.
    async fn create_question(
        &self,
        ctx: &Context<'_>,
        input: CreateQuestionInput,
    ) -> async_graphql::Result<Question> {
        let (c, bank) = target(ctx, NodeType::QuestionBank, &input.bank_id)?;
        Ok(Question(
            quiz::create_question(&c, app(ctx), bank, input.question.into())
                .await
                .gql()?,
        ))
    }

    /// Rewrites a question (attempts already drawn keep their copy).
    async fn update_question(
        &self,
        ctx: &Context<'_>,
        input: UpdateQuestionInput,
    ) -> async_graphql::Result<Question> {
        let (c, id) = target(ctx, NodeType::Question, &input.question_id)?;
        Ok(Question(
            quiz::update_question(&c, app(ctx), id, input.question.into())
                .await
                .gql()?,
        ))
    }

    /// Deletes a question: it is archived (out of the bank's list and random draws; attempts
    /// keep their copy, FIXED quizzes that chose it still ask it). Returns its id.
    async fn delete_question(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The question.")] id: ID,
    ) -> async_graphql::Result<ID> {
        let (c, uuid) = target(ctx, NodeType::Question, &id)?;
        quiz::delete_question(&c, app(ctx), uuid).await.gql()?;
        Ok(id)
    }

    /// Imports questions from an .xlsx file with the template's columns (题型, 题干,
    /// 选项A..选项H, 答案, 解析, 难度, 标签): good rows are written in one transaction, bad
    /// rows reported with their reason and skipped.
    async fn import_questions(
        &self,
        ctx: &Context<'_>,
        input: ImportQuestionsInput,
    ) -> async_graphql::Result<QuestionImportReport> {
        let (c, bank) = target(ctx, NodeType::QuestionBank, &input.bank_id)?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(input.content_base64.as_bytes())
            .map_err(|_| AppError::field("contentBase64", "文件内容不是有效的 base64"))
            .gql()?;
        let report = quiz::import_questions(&c, app(ctx), bank, &input.file_name, &bytes)
            .await
            .gql()?;
        let n = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
        Ok(QuestionImportReport {
            total: n(report.total),
            imported: n(report.imported),
            rows: report
                .rows
                .into_iter()
                .map(|r| QuestionImportRow {
                    row: n(r.row),
                    ok: r.ok,
                    message: r.message,
                })
                .collect(),
        })
    }

    /// Creates a quiz for an audience (frozen now and told with a `QUIZ` notification).
    async fn create_quiz(
        &self,
        ctx: &Context<'_>,
        input: CreateQuizInput,
    ) -> async_graphql::Result<Quiz> {
        let c = tenant(ctx)?;
        let org_id = decode(NodeType::Organization, &input.org_id).gql()?;
        let bank_id = decode(NodeType::QuestionBank, &input.bank_id).gql()?;
        let question_ids = input
            .question_ids
            .iter()
            .map(|q| decode(NodeType::Question, q))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| AppError::field("questionIds", "所选题目不在该题库中"))
            .gql()?;
        let audience = SurveyAudienceInput {
            org_ids: input.audience.org_ids,
            lines: input.audience.lines,
            roles: input.audience.roles,
            political_statuses: input.audience.political_statuses,
            member_ids: input.audience.member_ids,
        }
        .into_core()?;
        let view = quiz::create_quiz(
            &c,
            app(ctx),
            quiz::QuizInput {
                org_id,
                bank_id,
                title: input.title,
                description: input.description,
                mode: input.mode.into(),
                question_ids,
                random_counts: input.random_counts.into_core(),
                points_per_question: input.points_per_question,
                pass_mark: input.pass_mark,
                time_limit_minutes: input.time_limit_minutes,
                opens_at: input.opens_at,
                closes_at: input.closes_at,
                max_attempts: input.max_attempts,
                audience,
            },
        )
        .await
        .gql()?;
        Ok(Quiz(view))
    }

    /// Edits a quiz's title, description, window and attempts (CONFLICT once closed).
    async fn update_quiz(
        &self,
        ctx: &Context<'_>,
        input: UpdateQuizInput,
    ) -> async_graphql::Result<Quiz> {
        let (c, id) = target(ctx, NodeType::Quiz, &input.quiz_id)?;
        let view = quiz::update_quiz(
            &c,
            app(ctx),
            id,
            quiz::QuizEdit {
                title: input.title,
                description: input.description,
                opens_at: input.opens_at,
                closes_at: input.closes_at,
                max_attempts: input.max_attempts,
            },
        )
        .await
        .gql()?;
        Ok(Quiz(view))
    }

    /// Closes a quiz: no new attempts; attempts in progress are scored with what was saved.
    async fn close_quiz(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The quiz.")] id: ID,
    ) -> async_graphql::Result<Quiz> {
        let (c, id) = target(ctx, NodeType::Quiz, &id)?;
        Ok(Quiz(quiz::close_quiz(&c, app(ctx), id).await.gql()?))
    }

    /// Starts an attempt (or returns the one in progress): the server records the start and
    /// the deadline and, for RANDOM quizzes, draws the questions. CONFLICT outside the window
    /// or when every attempt is used.
    async fn start_quiz_attempt(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The quiz.")] quiz_id: ID,
    ) -> async_graphql::Result<QuizAttempt> {
        let (c, id) = target(ctx, NodeType::Quiz, &quiz_id)?;
        Ok(QuizAttempt(
            quiz::start_attempt(&c, app(ctx), id).await.gql()?,
        ))
    }

    /// Saves one answer of the viewer's attempt in progress (autosave). CONFLICT "已超时"
    /// after the deadline and its grace.
    async fn save_quiz_answer(
        &self,
        ctx: &Context<'_>,
        input: SaveQuizAnswerInput,
    ) -> async_graphql::Result<QuizAttempt> {
        let (c, id) = target(ctx, NodeType::QuizAttempt, &input.attempt_id)?;
        Ok(QuizAttempt(
            quiz::save_answer(&c, app(ctx), id, input.position, &input.response)
                .await
                .gql()?,
        ))
    }

    /// Submits the viewer's attempt and returns it scored with the review. CONFLICT "已超时"
    /// after the deadline and its grace (the attempt is then scored with what was saved).
    async fn submit_quiz_attempt(
        &self,
        ctx: &Context<'_>,
        input: SubmitQuizAttemptInput,
    ) -> async_graphql::Result<QuizAttempt> {
        let (c, id) = target(ctx, NodeType::QuizAttempt, &input.attempt_id)?;
        let answers: Vec<(i32, Vec<String>)> = input
            .answers
            .into_iter()
            .map(|a| (a.position, a.response))
            .collect();
        Ok(QuizAttempt(
            quiz::submit_attempt(&c, app(ctx), id, &answers)
                .await
                .gql()?,
        ))
    }
}
