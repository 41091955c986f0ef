//! A survey's enums, creation form and answers, parsed at the edge of the domain.

use crate::audience::Audience;
use crate::tenancy::model::Name;
use crate::vote::ResultsVisibility;
use crate::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

crate::text_enum! {
    /// What a question asks for.
    pub enum QuestionKind {
        /// 单选题: one option.
        SingleChoice = "SINGLE_CHOICE",
        /// 多选题: between `min_choices` and `max_choices` options.
        MultipleChoice = "MULTIPLE_CHOICE",
        /// 评分题: a whole number on a scale (1–5, 1–10, 0–10…).
        Rating = "RATING",
        /// 填空题: a line of text.
        ShortText = "SHORT_TEXT",
        /// 问答题: several lines of text.
        LongText = "LONG_TEXT",
    }
}

crate::text_enum! {
    /// Where a survey stands.
    pub enum SurveyStatus {
        /// 未开始: opens at `opens_at`.
        Scheduled = "SCHEDULED",
        /// 进行中: who is asked is frozen and answers are taken.
        Open = "OPEN",
        /// 已结束.
        Closed = "CLOSED",
    }
}

impl QuestionKind {
    /// Whether the question is answered with options.
    pub fn is_choice(self) -> bool {
        matches!(self, Self::SingleChoice | Self::MultipleChoice)
    }

    /// Whether the question is answered with text.
    pub fn is_text(self) -> bool {
        matches!(self, Self::ShortText | Self::LongText)
    }
}

/// Longest title, in characters.
pub const TITLE_MAX: usize = 100;
/// Longest description, in characters.
pub const DESCRIPTION_MAX: usize = 5_000;
/// Longest question, in characters.
pub const QUESTION_MAX: usize = 200;
/// Most questions of one survey.
pub const QUESTIONS_MAX: usize = 50;
/// Longest option label, in characters.
pub const OPTION_MAX: usize = 100;
/// Most options of one question.
pub const OPTIONS_MAX: usize = 50;
/// Longest end label of a rating scale, in characters.
pub const SCALE_LABEL_MAX: usize = 20;
/// Longest short text answer, in characters.
pub const SHORT_TEXT_MAX: usize = 200;
/// Longest long text answer, in characters.
pub const LONG_TEXT_MAX: usize = 2_000;
/// The latest a survey may close, counted from its creation.
pub const LONGEST_DAYS: i64 = 366;

/// One question of the creation form, as the API hands it over.
#[derive(Debug, Clone)]
pub struct QuestionInput {
    /// What it asks for.
    pub kind: QuestionKind,
    /// The question.
    pub title: String,
    /// Whether an answer is required.
    pub required: bool,
    /// Option labels, in order (choice questions only).
    pub options: Vec<String>,
    /// Fewest options (multiple choice; 1 when absent, 0 allowed when not required).
    pub min_choices: Option<i32>,
    /// Most options (multiple choice; all when absent).
    pub max_choices: Option<i32>,
    /// The scale's low end, 0 or 1 (rating; 1 when absent).
    pub scale_min: Option<i32>,
    /// The scale's high end, 2–10 (rating; 5 when absent).
    pub scale_max: Option<i32>,
    /// The low end's label (rating).
    pub min_label: Option<String>,
    /// The high end's label (rating).
    pub max_label: Option<String>,
}

/// The creation form, as the API hands it over.
#[derive(Debug, Clone)]
pub struct SurveyInput {
    /// The issuing org; the author needs `survey` `write` there.
    pub org_id: Uuid,
    /// Title.
    pub title: String,
    /// Description (multi-line).
    pub description: Option<String>,
    /// The questions, in order.
    pub questions: Vec<QuestionInput>,
    /// Whether answers are kept apart from who gave them.
    pub anonymous: bool,
    /// When results may be seen.
    pub results_visibility: ResultsVisibility,
    /// Who is asked.
    pub audience: Audience,
    /// Opens at (now when absent).
    pub opens_at: Option<DateTime<Utc>>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
}

/// A checked question.
#[derive(Debug, Clone)]
pub struct NewQuestion {
    /// What it asks for.
    pub kind: QuestionKind,
    /// The question.
    pub title: Name,
    /// Whether an answer is required.
    pub required: bool,
    /// Option labels, trimmed and distinct (choice questions only).
    pub options: Vec<Name>,
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

/// A checked creation form.
#[derive(Debug, Clone)]
pub struct NewSurvey {
    /// The issuing org.
    pub org_id: Uuid,
    /// Title.
    pub title: Name,
    /// Description (may be empty).
    pub description: String,
    /// The questions, in order.
    pub questions: Vec<NewQuestion>,
    /// Anonymous answers.
    pub anonymous: bool,
    /// When results may be seen.
    pub results_visibility: ResultsVisibility,
    /// Who is asked, checked.
    pub audience: Audience,
    /// Opens at.
    pub opens_at: DateTime<Utc>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
}

/// Renames the audience's field in a validation error to `audience`.
fn as_audience(e: AppError) -> AppError {
    match e {
        AppError::Validation { message, .. } => AppError::field("audience", message),
        other => other,
    }
}

/// Checks multi-line text: a length limit and no control characters but line breaks and tabs.
pub(crate) fn parse_text(field: &str, raw: Option<&str>, max: usize) -> AppResult<String> {
    let s = raw.unwrap_or("").trim();
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    if s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    Ok(s.to_string())
}

/// An optional one-line label: empty means none.
fn parse_label(field: &str, raw: Option<&str>) -> AppResult<Option<String>> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => Ok(Some(
            Name::parse(field, s, SCALE_LABEL_MAX)?.as_str().to_string(),
        )),
    }
}

impl NewQuestion {
    /// Checks one question; `at` is its place in the form (for the field paths).
    pub fn parse(at: usize, q: QuestionInput) -> AppResult<Self> {
        let path = |f: &str| format!("questions.{at}.{f}");
        let title = Name::parse(&path("title"), &q.title, QUESTION_MAX)?;
        let mut out = Self {
            kind: q.kind,
            title,
            required: q.required,
            options: vec![],
            min_choices: None,
            max_choices: None,
            scale_min: None,
            scale_max: None,
            min_label: None,
            max_label: None,
        };
        if q.kind.is_choice() {
            if q.options.len() < 2 {
                return Err(AppError::field(&path("options"), "至少需要两个选项"));
            }
            if q.options.len() > OPTIONS_MAX {
                return Err(AppError::field(
                    &path("options"),
                    format!("选项最多 {OPTIONS_MAX} 个"),
                ));
            }
            for (i, raw) in q.options.iter().enumerate() {
                let label = Name::parse(&format!("questions.{at}.options.{i}"), raw, OPTION_MAX)?;
                if out.options.iter().any(|o| o.as_str() == label.as_str()) {
                    return Err(AppError::field(
                        &format!("questions.{at}.options.{i}"),
                        format!("选项重复：{}", label.as_str()),
                    ));
                }
                out.options.push(label);
            }
        } else if !q.options.is_empty() {
            return Err(AppError::field(&path("options"), "只有选择题可以设置选项"));
        }
        let n = i32::try_from(out.options.len()).unwrap_or(i32::MAX);
        if q.kind == QuestionKind::MultipleChoice {
            let min = q.min_choices.unwrap_or(1);
            let max = q.max_choices.unwrap_or(n);
            if min < 0 || (q.required && min < 1) {
                return Err(AppError::field(&path("minChoices"), "必答题至少选择 1 项"));
            }
            if max < 1 || max > n {
                return Err(AppError::field(
                    &path("maxChoices"),
                    "最多可选数应在 1 到选项数之间",
                ));
            }
            if max < min {
                return Err(AppError::field(
                    &path("maxChoices"),
                    "最多可选数不能小于最少应选数",
                ));
            }
            out.min_choices = Some(min);
            out.max_choices = Some(max);
        } else if q.min_choices.is_some() || q.max_choices.is_some() {
            return Err(AppError::field(
                &path("minChoices"),
                "只有多选题可以设置可选数量",
            ));
        }
        if q.kind == QuestionKind::Rating {
            let lo = q.scale_min.unwrap_or(1);
            let hi = q.scale_max.unwrap_or(5);
            if !(0..=1).contains(&lo) {
                return Err(AppError::field(&path("scaleMin"), "评分起点应为 0 或 1"));
            }
            if !(2..=10).contains(&hi) {
                return Err(AppError::field(
                    &path("scaleMax"),
                    "评分最高分应在 2 到 10 之间",
                ));
            }
            out.scale_min = Some(lo);
            out.scale_max = Some(hi);
            out.min_label = parse_label(&path("minLabel"), q.min_label.as_deref())?;
            out.max_label = parse_label(&path("maxLabel"), q.max_label.as_deref())?;
        } else if q.scale_min.is_some()
            || q.scale_max.is_some()
            || q.min_label.is_some()
            || q.max_label.is_some()
        {
            return Err(AppError::field(&path("scaleMax"), "只有评分题可以设置分值"));
        }
        Ok(out)
    }
}

impl NewSurvey {
    /// Checks the form's shape.
    pub fn parse(input: SurveyInput, now: DateTime<Utc>) -> AppResult<Self> {
        let title = Name::parse("title", &input.title, TITLE_MAX)?;
        let description = parse_text("description", input.description.as_deref(), DESCRIPTION_MAX)?;
        if input.questions.is_empty() {
            return Err(AppError::field("questions", "至少需要一个问题"));
        }
        if input.questions.len() > QUESTIONS_MAX {
            return Err(AppError::field(
                "questions",
                format!("问题最多 {QUESTIONS_MAX} 个"),
            ));
        }
        let questions = input
            .questions
            .into_iter()
            .enumerate()
            .map(|(i, q)| NewQuestion::parse(i, q))
            .collect::<AppResult<Vec<_>>>()?;
        let opens_at = match input.opens_at {
            None => now,
            Some(t) if t < now - Duration::minutes(1) => {
                return Err(AppError::field("opensAt", "开始时间不能早于现在"));
            }
            Some(t) => t.max(now),
        };
        if input.closes_at <= opens_at + Duration::minutes(1) {
            return Err(AppError::field("closesAt", "截止时间应晚于开始时间"));
        }
        if input.closes_at > now + Duration::days(LONGEST_DAYS) {
            return Err(AppError::field("closesAt", "截止时间不能超过一年"));
        }
        let audience = input.audience.parse().map_err(as_audience)?;
        Ok(Self {
            org_id: input.org_id,
            title,
            description,
            questions,
            anonymous: input.anonymous,
            results_visibility: input.results_visibility,
            audience,
            opens_at,
            closes_at: input.closes_at,
        })
    }
}

/// One answer as the API hands it over: the options, the rating or the text, as the question
/// asks.
#[derive(Debug, Clone, Default)]
pub struct AnswerInput {
    /// The question.
    pub question_id: Uuid,
    /// Chosen options (choice questions).
    pub option_ids: Vec<Uuid>,
    /// The rating (rating questions).
    pub rating: Option<i32>,
    /// The text (text questions).
    pub text: Option<String>,
}

/// One checked answer, as stored (the question's id and exactly one of the three).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The question.
    #[serde(rename = "q")]
    pub question_id: Uuid,
    /// Chosen options, sorted.
    #[serde(rename = "o", default, skip_serializing_if = "Vec::is_empty")]
    pub option_ids: Vec<Uuid>,
    /// The rating.
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<i32>,
    /// The text.
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// What the answer checks need to know of a question.
#[derive(Debug, Clone)]
pub struct QuestionShape {
    /// Id.
    pub id: Uuid,
    /// Its place, from 0.
    pub position: i32,
    /// What it asks for.
    pub kind: QuestionKind,
    /// Required.
    pub required: bool,
    /// Its options' ids.
    pub option_ids: Vec<Uuid>,
    /// Fewest options.
    pub min_choices: Option<i32>,
    /// Most options.
    pub max_choices: Option<i32>,
    /// Scale.
    pub scale: Option<(i32, i32)>,
}

/// Checks a response against the questions: each answer belongs to a question of the survey
/// (once), holds what its kind asks for within its bounds, and every required question is
/// answered. Empty answers to optional questions are dropped. Field paths are
/// `answers.<index>.<field>`; a required question left out is `answers` with its number.
/// Returned in the questions' order.
pub fn check_answers(questions: &[QuestionShape], raw: &[AnswerInput]) -> AppResult<Vec<Answer>> {
    if raw.len() > questions.len() {
        return Err(AppError::field("answers", "答案数量超过问题数量"));
    }
    let mut out: Vec<(i32, Answer)> = vec![];
    for (i, a) in raw.iter().enumerate() {
        let path = |f: &str| format!("answers.{i}.{f}");
        let Some(q) = questions.iter().find(|q| q.id == a.question_id) else {
            return Err(AppError::field(&path("questionId"), "问题不属于本问卷"));
        };
        if out.iter().any(|(_, o)| o.question_id == q.id) {
            return Err(AppError::field(&path("questionId"), "同一问题只能回答一次"));
        }
        let answer = match q.kind {
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                if a.rating.is_some() || a.text.is_some() {
                    return Err(AppError::field(&path("optionIds"), "选择题请选择选项"));
                }
                let mut sorted = a.option_ids.clone();
                sorted.sort_unstable();
                sorted.dedup();
                if sorted.len() != a.option_ids.len() {
                    return Err(AppError::field(&path("optionIds"), "同一选项不能重复选择"));
                }
                if sorted.iter().any(|o| !q.option_ids.contains(o)) {
                    return Err(AppError::field(&path("optionIds"), "所选选项不属于该问题"));
                }
                if sorted.is_empty() {
                    None
                } else {
                    let n = i32::try_from(sorted.len()).unwrap_or(i32::MAX);
                    let (min, max) = match q.kind {
                        QuestionKind::SingleChoice => (1, 1),
                        _ => (
                            q.min_choices.unwrap_or(1).max(1),
                            q.max_choices.unwrap_or(n),
                        ),
                    };
                    if n < min {
                        return Err(AppError::field(
                            &path("optionIds"),
                            format!("至少选择 {min} 项"),
                        ));
                    }
                    if n > max {
                        return Err(AppError::field(
                            &path("optionIds"),
                            format!("最多选择 {max} 项"),
                        ));
                    }
                    Some(Answer {
                        question_id: q.id,
                        option_ids: sorted,
                        rating: None,
                        text: None,
                    })
                }
            }
            QuestionKind::Rating => {
                if !a.option_ids.is_empty() || a.text.is_some() {
                    return Err(AppError::field(&path("rating"), "评分题请给出分值"));
                }
                match (a.rating, q.scale) {
                    (None, _) => None,
                    (Some(r), Some((lo, hi))) if (lo..=hi).contains(&r) => Some(Answer {
                        question_id: q.id,
                        option_ids: vec![],
                        rating: Some(r),
                        text: None,
                    }),
                    (Some(_), scale) => {
                        let (lo, hi) = scale.unwrap_or((1, 5));
                        return Err(AppError::field(
                            &path("rating"),
                            format!("评分应在 {lo} 到 {hi} 之间"),
                        ));
                    }
                }
            }
            QuestionKind::ShortText | QuestionKind::LongText => {
                if !a.option_ids.is_empty() || a.rating.is_some() {
                    return Err(AppError::field(&path("text"), "填空题和问答题请填写文字"));
                }
                let text = if q.kind == QuestionKind::ShortText {
                    let s = a.text.as_deref().unwrap_or("").trim();
                    if s.chars().count() > SHORT_TEXT_MAX {
                        return Err(AppError::field(
                            &path("text"),
                            format!("不能超过 {SHORT_TEXT_MAX} 个字符"),
                        ));
                    }
                    if s.chars().any(char::is_control) {
                        return Err(AppError::field(&path("text"), "不能包含控制字符"));
                    }
                    s.to_string()
                } else {
                    parse_text(&path("text"), a.text.as_deref(), LONG_TEXT_MAX)?
                };
                (!text.is_empty()).then(|| Answer {
                    question_id: q.id,
                    option_ids: vec![],
                    rating: None,
                    text: Some(text),
                })
            }
        };
        if let Some(answer) = answer {
            out.push((q.position, answer));
        }
    }
    for q in questions {
        if q.required && !out.iter().any(|(_, a)| a.question_id == q.id) {
            return Err(AppError::field(
                "answers",
                format!("第 {} 题为必答题", q.position + 1),
            ));
        }
    }
    out.sort_by_key(|(p, _)| *p);
    Ok(out.into_iter().map(|(_, a)| a).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audience::AudienceOrg;

    fn question(kind: QuestionKind) -> QuestionInput {
        QuestionInput {
            kind,
            title: "您对本次活动满意吗".into(),
            required: true,
            options: if kind.is_choice() {
                vec!["满意".into(), "一般".into(), "不满意".into()]
            } else {
                vec![]
            },
            min_choices: None,
            max_choices: None,
            scale_min: None,
            scale_max: None,
            min_label: None,
            max_label: None,
        }
    }

    fn input() -> SurveyInput {
        SurveyInput {
            org_id: Uuid::nil(),
            title: "满意度调查".into(),
            description: None,
            questions: vec![question(QuestionKind::SingleChoice)],
            anonymous: true,
            results_visibility: ResultsVisibility::AfterClose,
            audience: Audience {
                orgs: vec![AudienceOrg {
                    org_id: Uuid::nil(),
                    include_subtree: true,
                }],
                ..Audience::default()
            },
            opens_at: None,
            closes_at: Utc::now() + Duration::days(1),
        }
    }

    fn field_of(e: AppError) -> String {
        match e {
            AppError::Validation { fields, .. } => fields.into_keys().next().unwrap_or_default(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn a_plain_survey_parses_and_opens_now() {
        let now = Utc::now();
        let s = NewSurvey::parse(input(), now).unwrap();
        assert_eq!(s.opens_at, now);
        assert_eq!(s.questions[0].options.len(), 3);
    }

    #[test]
    fn question_errors_name_the_question_and_its_field() {
        let mut dup = input();
        dup.questions[0].options = vec!["甲".into(), " 甲 ".into()];
        assert_eq!(
            field_of(NewSurvey::parse(dup, Utc::now()).unwrap_err()),
            "questions.0.options.1"
        );
        let mut text_with_options = input();
        text_with_options.questions.push(QuestionInput {
            options: vec!["甲".into()],
            ..question(QuestionKind::ShortText)
        });
        assert_eq!(
            field_of(NewSurvey::parse(text_with_options, Utc::now()).unwrap_err()),
            "questions.1.options"
        );
        let mut scale = input();
        scale.questions = vec![QuestionInput {
            scale_max: Some(11),
            ..question(QuestionKind::Rating)
        }];
        assert_eq!(
            field_of(NewSurvey::parse(scale, Utc::now()).unwrap_err()),
            "questions.0.scaleMax"
        );
        let mut nul = input();
        nul.questions[0].title = "a\u{0}b".into();
        assert_eq!(
            field_of(NewSurvey::parse(nul, Utc::now()).unwrap_err()),
            "questions.0.title"
        );
        let mut none = input();
        none.questions.clear();
        assert_eq!(
            field_of(NewSurvey::parse(none, Utc::now()).unwrap_err()),
            "questions"
        );
    }

    #[test]
    fn multiple_choice_bounds_must_fit_the_options() {
        let mut over = input();
        over.questions = vec![QuestionInput {
            max_choices: Some(4),
            ..question(QuestionKind::MultipleChoice)
        }];
        assert_eq!(
            field_of(NewSurvey::parse(over, Utc::now()).unwrap_err()),
            "questions.0.maxChoices"
        );
        let mut inverted = input();
        inverted.questions = vec![QuestionInput {
            min_choices: Some(3),
            max_choices: Some(2),
            ..question(QuestionKind::MultipleChoice)
        }];
        assert_eq!(
            field_of(NewSurvey::parse(inverted, Utc::now()).unwrap_err()),
            "questions.0.maxChoices"
        );
    }

    fn shapes() -> Vec<QuestionShape> {
        let o = |n: u128| Uuid::from_u128(n);
        vec![
            QuestionShape {
                id: o(1),
                position: 0,
                kind: QuestionKind::SingleChoice,
                required: true,
                option_ids: vec![o(11), o(12)],
                min_choices: None,
                max_choices: None,
                scale: None,
            },
            QuestionShape {
                id: o(2),
                position: 1,
                kind: QuestionKind::MultipleChoice,
                required: false,
                option_ids: vec![o(21), o(22), o(23)],
                min_choices: Some(1),
                max_choices: Some(2),
                scale: None,
            },
            QuestionShape {
                id: o(3),
                position: 2,
                kind: QuestionKind::Rating,
                required: false,
                option_ids: vec![],
                min_choices: None,
                max_choices: None,
                scale: Some((1, 5)),
            },
            QuestionShape {
                id: o(4),
                position: 3,
                kind: QuestionKind::ShortText,
                required: false,
                option_ids: vec![],
                min_choices: None,
                max_choices: None,
                scale: None,
            },
        ]
    }

    fn answer(q: u128) -> AnswerInput {
        AnswerInput {
            question_id: Uuid::from_u128(q),
            ..AnswerInput::default()
        }
    }

    #[test]
    fn a_complete_response_is_returned_in_question_order() {
        let o = Uuid::from_u128;
        let got = check_answers(
            &shapes(),
            &[
                AnswerInput {
                    rating: Some(5),
                    ..answer(3)
                },
                AnswerInput {
                    option_ids: vec![o(12)],
                    ..answer(1)
                },
                AnswerInput {
                    text: Some("  ".into()),
                    ..answer(4)
                },
            ],
        )
        .unwrap();
        assert_eq!(got.len(), 2, "the blank text is no answer");
        assert_eq!(got[0].question_id, o(1));
        assert_eq!(got[1].rating, Some(5));
    }

    #[test]
    fn each_bad_answer_is_refused_with_its_path() {
        let o = Uuid::from_u128;
        let base = || AnswerInput {
            option_ids: vec![o(11)],
            ..answer(1)
        };
        let cases: Vec<(Vec<AnswerInput>, &str)> = vec![
            (vec![], "answers"),
            (
                vec![AnswerInput {
                    option_ids: vec![o(21)],
                    ..answer(1)
                }],
                "answers.0.optionIds",
            ),
            (
                vec![AnswerInput {
                    option_ids: vec![o(11), o(12)],
                    ..answer(1)
                }],
                "answers.0.optionIds",
            ),
            (
                vec![
                    base(),
                    AnswerInput {
                        option_ids: vec![o(21), o(22), o(23)],
                        ..answer(2)
                    },
                ],
                "answers.1.optionIds",
            ),
            (
                vec![
                    base(),
                    AnswerInput {
                        rating: Some(6),
                        ..answer(3)
                    },
                ],
                "answers.1.rating",
            ),
            (
                vec![
                    base(),
                    AnswerInput {
                        text: Some("x".repeat(SHORT_TEXT_MAX + 1)),
                        ..answer(4)
                    },
                ],
                "answers.1.text",
            ),
            (
                vec![
                    base(),
                    AnswerInput {
                        text: Some("a\u{0}b".into()),
                        ..answer(4)
                    },
                ],
                "answers.1.text",
            ),
            (
                vec![
                    base(),
                    AnswerInput {
                        text: Some("文字".into()),
                        ..answer(3)
                    },
                ],
                "answers.1.rating",
            ),
            (vec![base(), answer(99)], "answers.1.questionId"),
            (vec![base(), base()], "answers.1.questionId"),
        ];
        for (answers, path) in cases {
            let e = check_answers(&shapes(), &answers).unwrap_err();
            assert_eq!(field_of(e), path, "{answers:?}");
        }
    }

    #[test]
    fn an_audience_without_anyone_is_refused_as_the_audience() {
        let mut none = input();
        none.audience = Audience::default();
        assert_eq!(
            field_of(NewSurvey::parse(none, Utc::now()).unwrap_err()),
            "audience"
        );
    }
}
