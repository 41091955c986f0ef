//! Pure parts of transfers: the line's member column, letter codes and the snapshot that
//! crosses to the receiving tenant.

use super::store;
use crate::{AppError, AppResult};
use chrono::NaiveDate;
use serde_json::{Value, json};

/// The member column of a line code.
pub(super) fn line_column(line: &str) -> AppResult<store::LineColumn> {
    match line {
        "PARTY" => Ok(store::LineColumn::Party),
        "UNION" => Ok(store::LineColumn::Union),
        "YOUTH" => Ok(store::LineColumn::Youth),
        _ => Err(AppError::field("line", "未知的条线")),
    }
}

/// A fresh letter code, e.g. `ZX7K-42MP-9QTR` (no 0/O/1/I to misread).
pub(super) fn new_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 12];
    rand::fill(&mut bytes);
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The code as typed, normalised (case, spaces and dashes do not matter).
pub fn normalise_code(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The snapshot of the fields `transfer.crossing` names, and nothing else.
pub(super) fn snapshot(
    fields: &[String],
    p: &store::Person,
    stages: Value,
    dues: Option<NaiveDate>,
) -> Value {
    let mut out = serde_json::Map::new();
    for f in fields {
        let v = match f.as_str() {
            "name" => json!(p.name),
            "gender" => json!(p.gender),
            "birthDate" => json!(p.birth_date),
            "politicalStatus" => json!(p.political_status),
            "stages" => stages.clone(),
            "duesPaidThrough" => json!(dues.map(|d| d.format("%Y-%m").to_string())),
            _ => continue,
        };
        out.insert(f.clone(), v);
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_three_groups_of_four_unambiguous_characters_and_typing_is_forgiving() {
        let code = new_code();
        assert_eq!(code.len(), 14);
        assert!(
            code.chars()
                .all(|c| c == '-' || "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".contains(c))
        );
        assert_eq!(
            normalise_code(&format!(" {} ", code.to_lowercase())),
            code.replace('-', "")
        );
    }

    #[test]
    fn the_snapshot_holds_exactly_the_fields_the_rule_names() {
        let p = store::Person {
            account_id: None,
            name: "张三".into(),
            gender: Some("MALE".into()),
            birth_date: NaiveDate::from_ymd_opt(1990, 5, 1),
            political_status: "FULL_MEMBER".into(),
            status: crate::member::model::MemberStatus::Active,
            line_org: None,
            line_path: None,
        };
        let s = snapshot(
            &["name".into(), "duesPaidThrough".into(), "phone".into()],
            &p,
            json!([]),
            NaiveDate::from_ymd_opt(2026, 11, 1),
        );
        assert_eq!(s, json!({ "name": "张三", "duesPaidThrough": "2026-11" }));
    }
}
