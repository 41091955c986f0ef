//! Reading questions from a sheet (pure): the columns of [`HEADERS`], in any order, one
//! question per row; each row becomes a [`QuestionInput`] or the reason it cannot.
//!
//! 题型: 单选题 / 多选题 / 判断题 / 填空题 (or 单选, 多选, 判断, 填空, or the codes). 答案:
//! the letters for choice questions (`AC`, `A,C`, `A、C`), 对 / 错 (正确 / 错误, √ / ×, TRUE /
//! FALSE) for true/false, and for fill-in the blanks separated by `;` (or `；`), each blank's
//! accepted answers separated by `|` (or `｜`). 难度: 1–5 or 易 / 较易 / 中 / 较难 / 难 (empty:
//! 3). 标签: separated by `,` `，` or `、`.

use super::model::{LETTERS, QuestionInput};
use super::scoring::QuestionKind;

/// The columns, in the template's order.
pub const HEADERS: [&str; 13] = [
    "题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "选项G", "选项H", "答案",
    "解析", "难度",
];
/// An optional column after [`HEADERS`].
pub const TAGS_HEADER: &str = "标签";
/// Largest file accepted.
pub const FILE_MAX_BYTES: usize = 2 * 1024 * 1024;
/// Most data rows in one file.
pub const ROWS_MAX: usize = 1000;

/// Reads a kind from its Chinese name or code.
pub fn parse_kind(s: &str) -> Option<QuestionKind> {
    match s.trim() {
        "单选题" | "单选" | "SINGLE" => Some(QuestionKind::Single),
        "多选题" | "多选" | "MULTIPLE" => Some(QuestionKind::Multiple),
        "判断题" | "判断" | "TRUE_FALSE" => Some(QuestionKind::TrueFalse),
        "填空题" | "填空" | "FILL_BLANK" => Some(QuestionKind::FillBlank),
        _ => None,
    }
}

/// Reads a difficulty: 1–5, or 易 / 较易 / 中 / 较难 / 难; empty is 3.
pub fn parse_difficulty(s: &str) -> Option<i32> {
    match s.trim() {
        "" | "中" | "中等" => Some(3),
        "易" | "容易" | "简单" => Some(1),
        "较易" => Some(2),
        "较难" => Some(4),
        "难" | "困难" => Some(5),
        n => n.parse().ok().filter(|d| (1..=5).contains(d)),
    }
}

/// Column positions of a header row; the names of required columns that are missing.
pub fn columns(header: &[String]) -> Result<Vec<Option<usize>>, Vec<&'static str>> {
    let find = |h: &str| header.iter().position(|c| c.trim() == h);
    let cols: Vec<Option<usize>> = HEADERS
        .iter()
        .chain(std::iter::once(&TAGS_HEADER))
        .map(|h| find(h))
        .collect();
    let missing: Vec<&'static str> = ["题型", "题干", "答案"]
        .into_iter()
        .filter(|h| find(h).is_none())
        .collect();
    if missing.is_empty() {
        Ok(cols)
    } else {
        Err(missing)
    }
}

/// One row as a question input, or why not (the checks of [`QuestionInput::parse`] follow).
pub fn row_to_input(cols: &[Option<usize>], row: &[String]) -> Result<QuestionInput, String> {
    let cell = |i: usize| -> &str {
        cols.get(i)
            .copied()
            .flatten()
            .and_then(|c| row.get(c))
            .map_or("", |s| s.trim())
    };
    let kind_text = cell(0);
    let kind = parse_kind(kind_text).ok_or_else(|| {
        if kind_text.is_empty() {
            "题型为空".to_string()
        } else {
            format!(
                "无法识别的题型“{}”",
                kind_text.chars().take(20).collect::<String>()
            )
        }
    })?;
    let options: Vec<String> = (0..LETTERS.len())
        .map(|i| cell(2 + i).to_string())
        .collect();
    let options = match options.iter().rposition(|o| !o.is_empty()) {
        Some(last) if kind.has_options() => options[..=last].to_vec(),
        _ => vec![],
    };
    if options.iter().any(String::is_empty) {
        return Err("选项之间不能有空缺".into());
    }
    let answer_text = cell(10);
    if answer_text.is_empty() {
        return Err("答案为空".into());
    }
    let (answer, blanks) = match kind {
        QuestionKind::Single | QuestionKind::Multiple => (
            answer_text
                .chars()
                .filter(|c| c.is_alphanumeric())
                .map(|c| c.to_uppercase().to_string())
                .collect(),
            vec![],
        ),
        QuestionKind::TrueFalse => {
            let v = match answer_text.to_uppercase().as_str() {
                "对" | "正确" | "√" | "TRUE" | "T" | "是" => "TRUE",
                "错" | "错误" | "×" | "FALSE" | "F" | "否" => "FALSE",
                _ => return Err("判断题答案须为“对”或“错”".into()),
            };
            (vec![v.to_string()], vec![])
        }
        QuestionKind::FillBlank => (
            vec![],
            answer_text
                .split([';', '；'])
                .map(|b| {
                    b.split(['|', '｜'])
                        .map(|a| a.trim().to_string())
                        .filter(|a| !a.is_empty())
                        .collect::<Vec<_>>()
                })
                .filter(|b| !b.is_empty())
                .collect(),
        ),
    };
    let difficulty = parse_difficulty(cell(12)).ok_or("难度须为 1 到 5 或 易、中、难")?;
    let tags = cell(13)
        .split([',', '，', '、'])
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    Ok(QuestionInput {
        kind: Some(kind),
        stem: cell(1).to_string(),
        options,
        answer,
        blanks,
        explanation: cell(11).to_string(),
        difficulty,
        tags,
    })
}

/// The message of a refused question input, for the report.
pub fn reason(e: &crate::AppError) -> String {
    match e {
        crate::AppError::Validation { message, fields } => fields
            .iter()
            .map(|(f, m)| format!("{}：{m}", column_of(f)))
            .next()
            .unwrap_or_else(|| message.clone()),
        other => other.to_string(),
    }
}

fn column_of(field: &str) -> &'static str {
    match field {
        "kind" => "题型",
        "stem" => "题干",
        "options" => "选项",
        "answer" | "blanks" => "答案",
        "explanation" => "解析",
        "difficulty" => "难度",
        "tags" => "标签",
        _ => "内容",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::scoring::Key;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| (*x).to_string()).collect()
    }

    fn header() -> Vec<Option<usize>> {
        let mut h = s(&HEADERS);
        h.push(TAGS_HEADER.into());
        columns(&h).expect("columns")
    }

    #[test]
    fn a_multiple_choice_row_reads_its_letters_in_any_separator() {
        let row = s(&[
            "多选题",
            "题",
            "甲",
            "乙",
            "丙",
            "",
            "",
            "",
            "",
            "",
            "A、c",
            "解析",
            "难",
            "党史，党章",
        ]);
        let q = row_to_input(&header(), &row)
            .expect("row")
            .parse()
            .expect("valid");
        assert_eq!(q.key, Key::Choices(s(&["A", "C"])));
        assert_eq!(q.options.len(), 3);
        assert_eq!(q.difficulty, 5);
        assert_eq!(q.tags, s(&["党史", "党章"]));
    }

    #[test]
    fn a_fill_blank_row_splits_blanks_and_accepted_answers() {
        let row = s(&[
            "填空",
            "题",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "1921；七一|7月1日",
            "",
            "",
            "",
        ]);
        let q = row_to_input(&header(), &row)
            .expect("row")
            .parse()
            .expect("valid");
        assert_eq!(
            q.key,
            Key::Blanks(vec![s(&["1921"]), s(&["七一", "7月1日"])])
        );
    }

    #[test]
    fn a_row_with_an_unknown_kind_or_a_gap_in_its_options_is_refused_with_the_reason() {
        let bad_kind = s(&[
            "问答题",
            "题",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "A",
            "",
            "",
            "",
        ]);
        assert!(
            row_to_input(&header(), &bad_kind)
                .unwrap_err()
                .contains("题型")
        );
        let gap = s(&[
            "单选题",
            "题",
            "甲",
            "",
            "丙",
            "",
            "",
            "",
            "",
            "",
            "A",
            "",
            "",
            "",
        ]);
        assert!(row_to_input(&header(), &gap).unwrap_err().contains("空缺"));
    }

    #[test]
    fn a_single_choice_row_whose_answer_is_not_an_option_fails_the_question_checks() {
        let row = s(&[
            "单选题",
            "题",
            "甲",
            "乙",
            "",
            "",
            "",
            "",
            "",
            "",
            "D",
            "",
            "",
            "",
        ]);
        let e = row_to_input(&header(), &row)
            .expect("row")
            .parse()
            .unwrap_err();
        assert!(reason(&e).starts_with("答案"));
    }

    #[test]
    fn a_header_without_the_answer_column_names_it() {
        assert_eq!(columns(&s(&["题型", "题干"])).unwrap_err(), vec!["答案"]);
    }

    #[test]
    fn difficulties_read_numbers_and_words_and_default_to_the_middle() {
        assert_eq!(parse_difficulty(""), Some(3));
        assert_eq!(parse_difficulty("易"), Some(1));
        assert_eq!(parse_difficulty("5"), Some(5));
        assert_eq!(parse_difficulty("6"), None);
    }
}
