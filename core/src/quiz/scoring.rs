//! Scoring of one answer, per kind of question: pure functions, shared with live contests.
//!
//! - `SINGLE`: full marks for the one correct option.
//! - `MULTIPLE`: full marks only when the set chosen is exactly the correct set (order and
//!   repeats do not matter); anything else scores 0.
//! - `TRUE_FALSE`: full marks for the right value.
//! - `FILL_BLANK`: each blank is compared with its accepted answers after [`normalise`]
//!   (trimmed, full-width folded to half-width, inner runs of white space collapsed, Latin
//!   letters lower-cased); the points are shared between the blanks and rounded down, so all
//!   blanks right earn full marks and a part earns its share.

use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// What a question asks for.
    pub enum QuestionKind {
        /// 单选题: one correct option.
        Single = "SINGLE",
        /// 多选题: a set of correct options; full marks only when exact.
        Multiple = "MULTIPLE",
        /// 判断题: true or false.
        TrueFalse = "TRUE_FALSE",
        /// 填空题: one or more blanks, each with accepted answers.
        FillBlank = "FILL_BLANK",
    }
}

impl QuestionKind {
    /// The Chinese name (also the import's 题型 column).
    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::Single => "单选题",
            QuestionKind::Multiple => "多选题",
            QuestionKind::TrueFalse => "判断题",
            QuestionKind::FillBlank => "填空题",
        }
    }

    /// Whether the question has options to choose from.
    pub fn has_options(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multiple)
    }
}

/// The key of a question, as stored (`question.answer`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Key {
    /// The correct option letters (`A`..`H`), sorted.
    Choices(Vec<String>),
    /// The right value of a true/false question.
    Value(bool),
    /// Per blank, its accepted answers.
    Blanks(Vec<Vec<String>>),
}

impl Key {
    /// The key as the answers a member would give: option letters, `TRUE`/`FALSE`, or the
    /// first accepted answer of each blank.
    pub fn as_response(&self) -> Vec<String> {
        match self {
            Key::Choices(c) => c.clone(),
            Key::Value(v) => vec![if *v { "TRUE" } else { "FALSE" }.to_string()],
            Key::Blanks(b) => b
                .iter()
                .map(|a| a.first().cloned().unwrap_or_default())
                .collect(),
        }
    }

    /// The accepted answers of each blank (empty for other kinds).
    pub fn blanks(&self) -> &[Vec<String>] {
        match self {
            Key::Blanks(b) => b,
            _ => &[],
        }
    }
}

/// The outcome of one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// Points earned.
    pub earned: i32,
    /// Whether the answer is wholly right.
    pub correct: bool,
}

/// Folds full-width forms to half-width (U+FF01..U+FF5E and the ideographic space), trims,
/// collapses inner white space to one space and lower-cases Latin letters.
pub fn normalise(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect();
    folded
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The set of option letters a response names: upper-cased, trimmed, sorted, deduplicated.
fn letters(response: &[String]) -> Vec<String> {
    let mut l: Vec<String> = response
        .iter()
        .map(|s| normalise(s).to_uppercase())
        .collect();
    l.sort();
    l.dedup();
    l.retain(|s| !s.is_empty());
    l
}

/// Scores a response (`None`: not answered) against the key, worth `points`.
pub fn score(kind: QuestionKind, key: &Key, response: Option<&[String]>, points: i32) -> Marked {
    let wrong = Marked {
        earned: 0,
        correct: false,
    };
    let Some(response) = response else {
        return wrong;
    };
    let full = Marked {
        earned: points,
        correct: true,
    };
    match (kind, key) {
        (QuestionKind::Single | QuestionKind::Multiple, Key::Choices(correct)) => {
            let given = letters(response);
            if kind == QuestionKind::Single && given.len() != 1 {
                return wrong;
            }
            if !given.is_empty() && given == letters(correct) {
                full
            } else {
                wrong
            }
        }
        (QuestionKind::TrueFalse, Key::Value(v)) => {
            let given = letters(response);
            let value = match given.as_slice() {
                [one] if one == "TRUE" || one == "对" || one == "√" => Some(true),
                [one] if one == "FALSE" || one == "错" || one == "×" => Some(false),
                _ => None,
            };
            if value == Some(*v) { full } else { wrong }
        }
        (QuestionKind::FillBlank, Key::Blanks(blanks)) => {
            if blanks.is_empty() {
                return wrong;
            }
            let right = blanks
                .iter()
                .enumerate()
                .filter(|(i, accepted)| {
                    response.get(*i).is_some_and(|given| {
                        let given = normalise(given);
                        !given.is_empty() && accepted.iter().any(|a| normalise(a) == given)
                    })
                })
                .count();
            let n = i32::try_from(blanks.len()).unwrap_or(i32::MAX);
            let right = i32::try_from(right).unwrap_or(0);
            Marked {
                earned: points * right / n,
                correct: right == n,
            }
        }
        _ => wrong,
    }
}

/// Whether a score passes: at least the pass mark.
pub fn passed(score: i32, pass_mark: i32) -> bool {
    score >= pass_mark
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_string()).collect()
    }

    fn choices(v: &[&str]) -> Key {
        Key::Choices(r(v))
    }

    #[test]
    fn a_single_choice_earns_full_marks_for_the_correct_option_only() {
        let key = choices(&["B"]);
        assert_eq!(
            score(QuestionKind::Single, &key, Some(&r(&["B"])), 5).earned,
            5
        );
        assert_eq!(
            score(QuestionKind::Single, &key, Some(&r(&[" b "])), 5).earned,
            5
        );
        assert_eq!(
            score(QuestionKind::Single, &key, Some(&r(&["A"])), 5).earned,
            0
        );
    }

    #[test]
    fn a_single_choice_with_two_options_chosen_earns_nothing() {
        let key = choices(&["B"]);
        let m = score(QuestionKind::Single, &key, Some(&r(&["B", "C"])), 5);
        assert_eq!(
            m,
            Marked {
                earned: 0,
                correct: false
            }
        );
    }

    #[test]
    fn a_multiple_choice_earns_full_marks_only_for_the_exact_set_in_any_order() {
        let key = choices(&["A", "C"]);
        assert!(score(QuestionKind::Multiple, &key, Some(&r(&["C", "A"])), 4).correct);
        assert_eq!(
            score(QuestionKind::Multiple, &key, Some(&r(&["A", "A", "C"])), 4).earned,
            4
        );
        assert_eq!(
            score(QuestionKind::Multiple, &key, Some(&r(&["A"])), 4).earned,
            0
        );
        assert_eq!(
            score(QuestionKind::Multiple, &key, Some(&r(&["A", "B", "C"])), 4).earned,
            0
        );
        assert_eq!(
            score(QuestionKind::Multiple, &key, Some(&r(&[])), 4).earned,
            0
        );
    }

    #[test]
    fn a_true_false_question_accepts_the_codes_and_the_chinese_words() {
        let key = Key::Value(false);
        assert!(score(QuestionKind::TrueFalse, &key, Some(&r(&["FALSE"])), 2).correct);
        assert!(score(QuestionKind::TrueFalse, &key, Some(&r(&["错"])), 2).correct);
        assert!(!score(QuestionKind::TrueFalse, &key, Some(&r(&["TRUE"])), 2).correct);
        assert!(
            !score(
                QuestionKind::TrueFalse,
                &key,
                Some(&r(&["TRUE", "FALSE"])),
                2
            )
            .correct
        );
    }

    #[test]
    fn a_blank_matches_after_trimming_and_full_width_folding() {
        let key = Key::Blanks(vec![
            vec!["1921".into()],
            vec!["Marxism".into(), "马克思主义".into()],
        ]);
        let m = score(
            QuestionKind::FillBlank,
            &key,
            Some(&r(&[" １９２１　", "ＭＡＲＸＩＳＭ"])),
            6,
        );
        assert_eq!(
            m,
            Marked {
                earned: 6,
                correct: true
            }
        );
    }

    #[test]
    fn a_fill_blank_question_earns_the_share_of_its_right_blanks_rounded_down() {
        let key = Key::Blanks(vec![vec!["a".into()], vec!["b".into()], vec!["c".into()]]);
        let m = score(QuestionKind::FillBlank, &key, Some(&r(&["a", "x", "c"])), 5);
        assert_eq!(
            m,
            Marked {
                earned: 3,
                correct: false
            }
        );
        let m = score(QuestionKind::FillBlank, &key, Some(&r(&["a"])), 5);
        assert_eq!(m.earned, 1);
    }

    #[test]
    fn an_empty_blank_never_matches_even_an_empty_accepted_answer() {
        let key = Key::Blanks(vec![vec![String::new()]]);
        assert_eq!(
            score(QuestionKind::FillBlank, &key, Some(&r(&["  "])), 5).earned,
            0
        );
    }

    #[test]
    fn an_unanswered_question_earns_nothing() {
        for (kind, key) in [
            (QuestionKind::Single, choices(&["A"])),
            (QuestionKind::Multiple, choices(&["A", "B"])),
            (QuestionKind::TrueFalse, Key::Value(true)),
            (QuestionKind::FillBlank, Key::Blanks(vec![vec!["x".into()]])),
        ] {
            assert_eq!(
                score(kind, &key, None, 3),
                Marked {
                    earned: 0,
                    correct: false
                }
            );
        }
    }

    #[test]
    fn a_key_of_another_kind_earns_nothing() {
        assert_eq!(
            score(
                QuestionKind::TrueFalse,
                &choices(&["A"]),
                Some(&r(&["A"])),
                3
            )
            .earned,
            0
        );
    }

    #[test]
    fn the_pass_mark_itself_passes_and_one_below_does_not() {
        assert!(passed(60, 60));
        assert!(!passed(59, 60));
    }

    #[test]
    fn normalising_folds_the_ideographic_space_and_collapses_runs() {
        assert_eq!(normalise("　为人民　　服务 "), "为人民 服务");
    }
}
