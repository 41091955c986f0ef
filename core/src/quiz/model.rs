//! Quizzes' rows, enums and inputs, and the checks of inputs (pure).

use super::scoring::{Key, QuestionKind};
use crate::audience::Audience;
use crate::{AppError, AppResult};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use uuid::Uuid;

/// Longest bank name.
pub const NAME_MAX: usize = 100;
/// Longest quiz title.
pub const TITLE_MAX: usize = 100;
/// Longest description, stem or explanation.
pub const TEXT_MAX: usize = 2000;
/// Longest option text or accepted answer.
pub const OPTION_MAX: usize = 500;
/// Fewest and most options of a choice question.
pub const OPTIONS: std::ops::RangeInclusive<usize> = 2..=8;
/// Most blanks of a fill-in question, and accepted answers per blank.
pub const BLANKS_MAX: usize = 10;
/// Most tags, and the longest tag.
pub const TAGS_MAX: usize = 10;
/// Longest tag.
pub const TAG_MAX: usize = 20;
/// Most questions in a quiz.
pub const QUESTIONS_MAX: usize = 200;
/// Most points per question.
pub const POINTS_MAX: i32 = 100;
/// Longest time limit, in minutes.
pub const LIMIT_MAX: i32 = 600;
/// Most attempts a quiz may allow.
pub const ATTEMPTS_MAX: i32 = 5;
/// The option letters, in order.
pub const LETTERS: [&str; 8] = ["A", "B", "C", "D", "E", "F", "G", "H"];

crate::text_enum! {
    /// How a quiz chooses its questions.
    pub enum QuizMode {
        /// The officer's chosen questions, the same for everyone.
        Fixed = "FIXED",
        /// N questions per kind drawn per member at the start.
        Random = "RANDOM",
    }
}

crate::text_enum! {
    /// Whether a quiz takes new attempts.
    pub enum QuizStatus {
        /// Open (within its window).
        Open = "OPEN",
        /// Closed by hand.
        Closed = "CLOSED",
    }
}

crate::text_enum! {
    /// Where an attempt stands.
    pub enum AttemptStatus {
        /// In progress, until its deadline.
        Open = "OPEN",
        /// Submitted by the member.
        Submitted = "SUBMITTED",
        /// Closed at its deadline and scored with what was saved.
        Expired = "EXPIRED",
    }
}

/// Checks an answer's items (option letters, `TRUE`/`FALSE`, one text per blank): at most 10,
/// each a line of at most `item_max` characters (trimmed; empty allowed).
pub(crate) fn check_response(
    field: &str,
    response: &[String],
    item_max: usize,
) -> AppResult<Vec<String>> {
    if response.len() > 10 {
        return Err(AppError::field(field, "答案项过多"));
    }
    response
        .iter()
        .map(|r| line(field, r, item_max, false))
        .collect()
}

/// Refuses an empty or too long single-line text, or one with control characters.
pub(crate) fn line(field: &str, s: &str, max: usize, required: bool) -> AppResult<String> {
    let s = s.trim();
    if required && s.is_empty() {
        return Err(AppError::field(field, "不能为空"));
    }
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    if s.chars().any(char::is_control) {
        return Err(AppError::field(field, "不能包含控制字符或换行"));
    }
    Ok(s.to_string())
}

/// Refuses a too long multi-line text, or one with control characters other than line breaks.
pub(crate) fn text(field: &str, s: &str, max: usize, required: bool) -> AppResult<String> {
    let s = s.trim();
    if required && s.is_empty() {
        return Err(AppError::field(field, "不能为空"));
    }
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    if s.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    Ok(s.to_string())
}

/// A bank.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BankRow {
    /// Id.
    pub id: Uuid,
    /// The owning org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Questions not deleted.
    pub question_count: i64,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

/// A bank as the viewer sees it.
#[derive(Debug, Clone)]
pub struct BankView {
    /// The bank.
    pub bank: BankRow,
    /// Whether the viewer may edit it (`quiz` write at its org).
    pub editable: bool,
}

/// A question of a bank.
#[derive(Debug, Clone)]
pub struct QuestionRow {
    /// Id.
    pub id: Uuid,
    /// The bank.
    pub bank_id: Uuid,
    /// Kind.
    pub kind: QuestionKind,
    /// The question (题干).
    pub stem: String,
    /// Option texts, A first.
    pub options: Vec<String>,
    /// The key.
    pub key: Key,
    /// 解析.
    pub explanation: String,
    /// 1 (easy) .. 5 (hard).
    pub difficulty: i32,
    /// Tags.
    pub tags: Vec<String>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

/// A question as given: for choice kinds the correct letters in `answer`, for true/false
/// `TRUE` or `FALSE`, for fill-in the accepted answers of each blank in `blanks`.
#[derive(Debug, Clone, Default)]
pub struct QuestionInput {
    /// Kind.
    pub kind: Option<QuestionKind>,
    /// The question.
    pub stem: String,
    /// Option texts (choice kinds).
    pub options: Vec<String>,
    /// Correct letters, or `TRUE`/`FALSE`.
    pub answer: Vec<String>,
    /// Accepted answers per blank (fill-in).
    pub blanks: Vec<Vec<String>>,
    /// 解析.
    pub explanation: String,
    /// 1..5.
    pub difficulty: i32,
    /// Tags.
    pub tags: Vec<String>,
}

/// A checked question.
#[derive(Debug, Clone, PartialEq)]
pub struct NewQuestion {
    /// Kind.
    pub kind: QuestionKind,
    /// The question.
    pub stem: String,
    /// Option texts.
    pub options: Vec<String>,
    /// The key.
    pub key: Key,
    /// 解析.
    pub explanation: String,
    /// 1..5.
    pub difficulty: i32,
    /// Tags.
    pub tags: Vec<String>,
}

impl QuestionInput {
    /// Checks a question: the stem, 2–8 options for choice kinds, a key that fits the kind
    /// (one letter for single choice, at least one for multiple, among the options; a value
    /// for true/false; 1–10 blanks of 1–10 accepted answers), the explanation, difficulty 1–5
    /// and at most 10 tags.
    pub fn parse(self) -> AppResult<NewQuestion> {
        let kind = self
            .kind
            .ok_or_else(|| AppError::field("kind", "请选择题型"))?;
        let stem = text("stem", &self.stem, TEXT_MAX, true)?;
        let explanation = text("explanation", &self.explanation, TEXT_MAX, false)?;
        if !(1..=5).contains(&self.difficulty) {
            return Err(AppError::field("difficulty", "难度须为 1 到 5"));
        }
        if self.tags.len() > TAGS_MAX {
            return Err(AppError::field("tags", format!("标签最多 {TAGS_MAX} 个")));
        }
        let mut tags = vec![];
        for t in &self.tags {
            let t = line("tags", t, TAG_MAX, false)?;
            if !t.is_empty() && !tags.contains(&t) {
                tags.push(t);
            }
        }
        let (options, key) = match kind {
            QuestionKind::Single | QuestionKind::Multiple => {
                if !OPTIONS.contains(&self.options.len()) {
                    return Err(AppError::field("options", "选择题须有 2 到 8 个选项"));
                }
                let options = self
                    .options
                    .iter()
                    .map(|o| line("options", o, OPTION_MAX, true))
                    .collect::<AppResult<Vec<_>>>()?;
                let mut letters: Vec<String> = self
                    .answer
                    .iter()
                    .map(|a| a.trim().to_uppercase())
                    .filter(|a| !a.is_empty())
                    .collect();
                letters.sort();
                letters.dedup();
                if letters
                    .iter()
                    .any(|l| !LETTERS[..options.len()].contains(&l.as_str()))
                {
                    return Err(AppError::field("answer", "答案须为已有选项的字母"));
                }
                match (kind, letters.len()) {
                    (_, 0) => return Err(AppError::field("answer", "请给出正确答案")),
                    (QuestionKind::Single, n) if n > 1 => {
                        return Err(AppError::field("answer", "单选题只能有一个正确答案"));
                    }
                    _ => {}
                }
                (options, Key::Choices(letters))
            }
            QuestionKind::TrueFalse => {
                let v = match self
                    .answer
                    .iter()
                    .map(|a| a.trim().to_uppercase())
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    [a] if a == "TRUE" || a == "对" || a == "√" => true,
                    [a] if a == "FALSE" || a == "错" || a == "×" => false,
                    _ => return Err(AppError::field("answer", "判断题答案须为“对”或“错”")),
                };
                (vec![], Key::Value(v))
            }
            QuestionKind::FillBlank => {
                if self.blanks.is_empty() || self.blanks.len() > BLANKS_MAX {
                    return Err(AppError::field("blanks", "填空题须有 1 到 10 个空"));
                }
                let mut blanks = vec![];
                for accepted in &self.blanks {
                    let mut list = vec![];
                    for a in accepted {
                        let a = line("blanks", a, OPTION_MAX, false)?;
                        if !a.is_empty() && !list.contains(&a) {
                            list.push(a);
                        }
                    }
                    if list.is_empty() || list.len() > BLANKS_MAX {
                        return Err(AppError::field(
                            "blanks",
                            "每个空须有 1 到 10 个可接受的答案",
                        ));
                    }
                    blanks.push(list);
                }
                (vec![], Key::Blanks(blanks))
            }
        };
        Ok(NewQuestion {
            kind,
            stem,
            options,
            key,
            explanation,
            difficulty: self.difficulty,
            tags,
        })
    }
}

/// A quiz.
#[derive(Debug, Clone)]
pub struct QuizRow {
    /// Id.
    pub id: Uuid,
    /// The org that gives it.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// The bank it draws from.
    pub bank_id: Uuid,
    /// The bank's name.
    pub bank_name: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Fixed or random.
    pub mode: QuizMode,
    /// Random: questions per kind.
    pub random_counts: BTreeMap<QuestionKind, i32>,
    /// Points per question.
    pub points_per_question: i32,
    /// Questions per attempt.
    pub question_count: i32,
    /// The score needed to pass.
    pub pass_mark: i32,
    /// Minutes per attempt.
    pub time_limit_minutes: i32,
    /// Opens at.
    pub opens_at: DateTime<Utc>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
    /// Attempts per member.
    pub max_attempts: i32,
    /// Who may take it, as chosen.
    pub audience: serde_json::Value,
    /// Members who may take it (frozen at creation).
    pub audience_count: i32,
    /// Open or closed by hand.
    pub status: QuizStatus,
    /// Closed by hand at.
    pub closed_at: Option<DateTime<Utc>>,
    /// Author.
    pub created_by: Option<Uuid>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

impl QuizRow {
    /// The most a member can score.
    pub fn max_score(&self) -> i32 {
        self.points_per_question * self.question_count
    }

    /// Whether new attempts may start now: open, and within the window.
    pub fn accepting(&self, now: DateTime<Utc>) -> bool {
        self.status == QuizStatus::Open && self.opens_at <= now && now < self.closes_at
    }
}

impl PartialOrd for QuestionKind {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for QuestionKind {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let pos = |k: &QuestionKind| QuestionKind::ALL.iter().position(|x| x == k);
        pos(self).cmp(&pos(other))
    }
}

/// The viewer's own attempts at a quiz, in summary.
#[derive(Debug, Clone, Default)]
pub struct Mine {
    /// Attempts started.
    pub attempts: i32,
    /// Best score of a finished attempt.
    pub best_score: Option<i32>,
    /// Whether a finished attempt passed.
    pub passed: bool,
    /// The attempt in progress.
    pub open_attempt: Option<Uuid>,
    /// The latest finished attempt (for its review).
    pub last_finished: Option<Uuid>,
}

/// What the viewer may do with a quiz.
#[derive(Debug, Clone, Copy, Default)]
pub struct Access {
    /// Edit, close (`quiz` write at its org, or its author).
    pub manage: bool,
    /// Results (`quiz` read at its org, or its author).
    pub officer: bool,
    /// In its audience.
    pub invited: bool,
}

/// A quiz as the viewer sees it.
#[derive(Debug, Clone)]
pub struct QuizView {
    /// The quiz.
    pub quiz: QuizRow,
    /// The viewer's access.
    pub access: Access,
    /// The viewer's attempts.
    pub mine: Mine,
    /// FIXED: the chosen questions' ids, in order (officers only).
    pub question_ids: Vec<Uuid>,
}

/// A quiz as given.
#[derive(Debug, Clone)]
pub struct QuizInput {
    /// The org that gives it.
    pub org_id: Uuid,
    /// The bank.
    pub bank_id: Uuid,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Fixed or random.
    pub mode: QuizMode,
    /// FIXED: the questions, in order.
    pub question_ids: Vec<Uuid>,
    /// RANDOM: questions per kind.
    pub random_counts: BTreeMap<QuestionKind, i32>,
    /// Points per question (1..100).
    pub points_per_question: i32,
    /// The score needed to pass.
    pub pass_mark: i32,
    /// Minutes per attempt (1..600).
    pub time_limit_minutes: i32,
    /// Opens at.
    pub opens_at: DateTime<Utc>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
    /// Attempts per member (1..5).
    pub max_attempts: i32,
    /// Who may take it.
    pub audience: Audience,
}

/// A checked quiz.
#[derive(Debug, Clone)]
pub struct NewQuiz {
    /// The input, checked.
    pub input: QuizInput,
    /// Questions per attempt.
    pub question_count: i32,
}

/// Checks the window: closes after it opens, within ten years of now.
pub fn check_window(
    opens: DateTime<Utc>,
    closes: DateTime<Utc>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let far = chrono::Duration::days(3650);
    if opens < now - far || opens > now + far || closes > now + far {
        return Err(AppError::field("opensAt", "时间超出允许范围"));
    }
    if closes <= opens {
        return Err(AppError::field("closesAt", "截止时间须晚于开始时间"));
    }
    if closes <= now {
        return Err(AppError::field("closesAt", "截止时间须晚于现在"));
    }
    Ok(())
}

impl QuizInput {
    /// Checks a quiz: title, description, the questions (1..200: the chosen ones, distinct, or
    /// the sum of the counts per kind), points per question, a pass mark within the total,
    /// the time limit, the window and the attempts; the audience's shape.
    pub fn parse(mut self, now: DateTime<Utc>) -> AppResult<NewQuiz> {
        self.title = line("title", &self.title, TITLE_MAX, true)?;
        self.description = text("description", &self.description, TEXT_MAX, false)?;
        let count = match self.mode {
            QuizMode::Fixed => {
                let mut seen = std::collections::HashSet::new();
                if !self.question_ids.iter().all(|q| seen.insert(*q)) {
                    return Err(AppError::field("questionIds", "题目不能重复"));
                }
                self.random_counts.clear();
                self.question_ids.len()
            }
            QuizMode::Random => {
                self.question_ids.clear();
                if self.random_counts.values().any(|n| *n < 0) {
                    return Err(AppError::field("randomCounts", "题数不能为负"));
                }
                self.random_counts.retain(|_, n| *n > 0);
                self.random_counts
                    .values()
                    .map(|n| usize::try_from(*n).unwrap_or(usize::MAX))
                    .fold(0usize, usize::saturating_add)
            }
        };
        if count == 0 || count > QUESTIONS_MAX {
            return Err(AppError::field(
                "questionIds",
                format!("每次测验须有 1 到 {QUESTIONS_MAX} 道题"),
            ));
        }
        let question_count = i32::try_from(count).unwrap_or(i32::MAX);
        if !(1..=POINTS_MAX).contains(&self.points_per_question) {
            return Err(AppError::field(
                "pointsPerQuestion",
                "每题分值须为 1 到 100",
            ));
        }
        let total = self.points_per_question * question_count;
        if !(0..=total).contains(&self.pass_mark) {
            return Err(AppError::field(
                "passMark",
                format!("及格分须在 0 到总分 {total} 之间"),
            ));
        }
        if !(1..=LIMIT_MAX).contains(&self.time_limit_minutes) {
            return Err(AppError::field(
                "timeLimitMinutes",
                "限时须为 1 到 600 分钟",
            ));
        }
        if !(1..=ATTEMPTS_MAX).contains(&self.max_attempts) {
            return Err(AppError::field("maxAttempts", "作答次数须为 1 到 5 次"));
        }
        check_window(self.opens_at, self.closes_at, now)?;
        self.audience = self.audience.parse()?;
        Ok(NewQuiz {
            input: self,
            question_count,
        })
    }
}

/// An attempt.
#[derive(Debug, Clone)]
pub struct AttemptRow {
    /// Id.
    pub id: Uuid,
    /// The quiz.
    pub quiz_id: Uuid,
    /// Whose.
    pub member_id: Uuid,
    /// 1, 2, …
    pub number: i32,
    /// Server start.
    pub started_at: DateTime<Utc>,
    /// No answer is taken after this (plus [`super::GRACE_SECONDS`]).
    pub deadline: DateTime<Utc>,
    /// Where it stands.
    pub status: AttemptStatus,
    /// Submitted or expired at.
    pub finished_at: Option<DateTime<Utc>>,
    /// Score, once finished.
    pub score: Option<i32>,
    /// The most it could score.
    pub max_score: i32,
    /// Whether it passed, once finished.
    pub passed: Option<bool>,
}

/// One question of an attempt (a copy of the question as drawn) with the member's answer.
#[derive(Debug, Clone)]
pub struct AttemptQuestionRow {
    /// Place, from 0.
    pub position: i32,
    /// The bank's question.
    pub question_id: Uuid,
    /// Kind.
    pub kind: QuestionKind,
    /// The question.
    pub stem: String,
    /// Options.
    pub options: Vec<String>,
    /// The key (never sent before the attempt is finished).
    pub key: Key,
    /// 解析 (never sent before the attempt is finished).
    pub explanation: String,
    /// Points it is worth.
    pub points: i32,
    /// The member's answer.
    pub response: Option<Vec<String>>,
    /// Points earned, once scored.
    pub earned: Option<i32>,
    /// Wholly right, once scored.
    pub correct: Option<bool>,
}

/// An attempt with its questions, and its quiz.
#[derive(Debug, Clone)]
pub struct AttemptView {
    /// The attempt.
    pub attempt: AttemptRow,
    /// Its quiz's title.
    pub quiz_title: String,
    /// The quiz's pass mark.
    pub pass_mark: i32,
    /// Its questions, in order.
    pub questions: Vec<AttemptQuestionRow>,
}

impl AttemptView {
    /// Whether keys and explanations may be shown: once finished.
    pub fn reviewable(&self) -> bool {
        self.attempt.status != AttemptStatus::Open
    }
}

/// One member's result in a quiz.
#[derive(Debug, Clone)]
pub struct ResultRow {
    /// The member.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Their org (as the audience froze it).
    pub org_name: Option<String>,
    /// Finished attempts.
    pub attempts: i64,
    /// Best score of a finished attempt.
    pub best_score: Option<i32>,
    /// Whether any finished attempt passed.
    pub passed: bool,
    /// The latest finish.
    pub last_finished_at: Option<DateTime<Utc>>,
}

/// A quiz's results over an org's part of its audience.
#[derive(Debug, Clone)]
pub struct QuizResults {
    /// The quiz.
    pub quiz: QuizRow,
    /// Members of the audience in scope.
    pub audience: i64,
    /// Of them, members with a finished attempt.
    pub participants: i64,
    /// Of them, members who passed.
    pub passed: i64,
    /// Average of the participants' best scores.
    pub average: Option<f64>,
    /// Rows skipped before this page.
    pub offset: i64,
    /// One page of per-member rows (participants first, best score descending).
    pub rows: crate::page::Page<ResultRow>,
}

/// One row of an import report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    /// 1-based row number in the sheet (the header is row 1).
    pub row: usize,
    /// Whether it was imported.
    pub ok: bool,
    /// Why not (empty when imported).
    pub message: String,
}

/// The outcome of an import.
#[derive(Debug, Clone)]
pub struct ImportReport {
    /// Data rows read.
    pub total: usize,
    /// Questions created.
    pub imported: usize,
    /// Per row.
    pub rows: Vec<ImportRow>,
}
