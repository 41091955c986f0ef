//! A survey's results per question, shaped from the stored answers: counts per option, the
//! distribution and mean of ratings, the text answers listed.

use super::model::{Answer, QuestionKind};
use super::{OptionRow, QuestionRow};
use uuid::Uuid;

/// The results of one question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    /// The question.
    pub question_id: Uuid,
    /// Responses that answered it.
    pub answered: i64,
    /// Per option (choice questions), in the options' order: `(option, count)`.
    pub choices: Vec<(Uuid, i64)>,
    /// Per scale value (rating questions), low to high: `(value, count)`.
    pub ratings: Vec<(i32, i64)>,
    /// The mean rating (rating questions with answers).
    pub mean: Option<f64>,
    /// The text answers (text questions), in the order given.
    pub texts: Vec<String>,
}

/// Shapes the results of `questions` from `responses` (each the answers of one response). Text
/// answers keep the order of `responses`: the caller shuffles them for anonymous surveys.
pub fn shape(
    questions: &[QuestionRow],
    options: &[OptionRow],
    responses: &[Vec<Answer>],
) -> Vec<QuestionResult> {
    questions
        .iter()
        .map(|q| {
            let answers: Vec<&Answer> = responses
                .iter()
                .filter_map(|r| r.iter().find(|a| a.question_id == q.id))
                .collect();
            let answered = i64::try_from(answers.len()).unwrap_or(i64::MAX);
            let mut out = QuestionResult {
                question_id: q.id,
                answered,
                choices: vec![],
                ratings: vec![],
                mean: None,
                texts: vec![],
            };
            match q.kind {
                QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                    out.choices = options
                        .iter()
                        .filter(|o| o.question_id == q.id)
                        .map(|o| {
                            let n = answers
                                .iter()
                                .filter(|a| a.option_ids.contains(&o.id))
                                .count();
                            (o.id, i64::try_from(n).unwrap_or(i64::MAX))
                        })
                        .collect();
                }
                QuestionKind::Rating => {
                    let (lo, hi) = (q.scale_min.unwrap_or(1), q.scale_max.unwrap_or(5));
                    let values: Vec<i32> = answers.iter().filter_map(|a| a.rating).collect();
                    out.ratings = (lo..=hi)
                        .map(|v| {
                            let n = values.iter().filter(|r| **r == v).count();
                            (v, i64::try_from(n).unwrap_or(i64::MAX))
                        })
                        .collect();
                    if !values.is_empty() {
                        let sum: i64 = values.iter().map(|v| i64::from(*v)).sum();
                        // Sums of small integers: exactly representable.
                        #[allow(clippy::cast_precision_loss)]
                        let mean = sum as f64 / values.len() as f64;
                        out.mean = Some((mean * 100.0).round() / 100.0);
                    }
                }
                QuestionKind::ShortText | QuestionKind::LongText => {
                    out.texts = answers.iter().filter_map(|a| a.text.clone()).collect();
                }
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: u128, kind: QuestionKind) -> QuestionRow {
        QuestionRow {
            id: Uuid::from_u128(id),
            survey_id: Uuid::nil(),
            position: 0,
            kind,
            title: "问".into(),
            required: false,
            min_choices: None,
            max_choices: None,
            scale_min: (kind == QuestionKind::Rating).then_some(1),
            scale_max: (kind == QuestionKind::Rating).then_some(5),
            min_label: None,
            max_label: None,
        }
    }

    fn opt(id: u128, question: u128) -> OptionRow {
        OptionRow {
            id: Uuid::from_u128(id),
            question_id: Uuid::from_u128(question),
            position: 0,
            label: "选项".into(),
        }
    }

    fn a(question: u128) -> Answer {
        Answer {
            question_id: Uuid::from_u128(question),
            option_ids: vec![],
            rating: None,
            text: None,
        }
    }

    #[test]
    fn choices_are_counted_ratings_averaged_and_texts_listed() {
        let questions = [
            q(1, QuestionKind::MultipleChoice),
            q(2, QuestionKind::Rating),
            q(3, QuestionKind::LongText),
        ];
        let options = [opt(11, 1), opt(12, 1)];
        let responses = vec![
            vec![
                Answer {
                    option_ids: vec![Uuid::from_u128(11), Uuid::from_u128(12)],
                    ..a(1)
                },
                Answer {
                    rating: Some(4),
                    ..a(2)
                },
            ],
            vec![
                Answer {
                    option_ids: vec![Uuid::from_u128(12)],
                    ..a(1)
                },
                Answer {
                    rating: Some(5),
                    ..a(2)
                },
                Answer {
                    text: Some("很好".into()),
                    ..a(3)
                },
            ],
            vec![],
        ];

        let got = shape(&questions, &options, &responses);

        assert_eq!(got[0].answered, 2);
        assert_eq!(
            got[0].choices,
            vec![(Uuid::from_u128(11), 1), (Uuid::from_u128(12), 2)]
        );
        assert_eq!(got[1].ratings, vec![(1, 0), (2, 0), (3, 0), (4, 1), (5, 1)]);
        assert_eq!(got[1].mean, Some(4.5));
        assert_eq!(got[2].texts, vec!["很好".to_string()]);
        assert_eq!(got[2].answered, 1);
    }

    #[test]
    fn a_question_without_answers_has_zero_counts_and_no_mean() {
        let got = shape(&[q(2, QuestionKind::Rating)], &[], &[]);
        assert_eq!(got[0].answered, 0);
        assert_eq!(got[0].mean, None);
        assert_eq!(got[0].ratings.len(), 5);
    }
}
