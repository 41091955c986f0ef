//! Pure parts of transfers: the line's member column, letter codes and the snapshot that
//! crosses to the receiving tenant.

use super::store;
use crate::member::model::PoliticalStatus;
use crate::{AppError, AppResult};
use chrono::{DateTime, Months, NaiveDate, Utc};
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

/// Refuses a letter to someone who does not hold the relationship it transfers: a party
/// letter is for 预备党员 and 正式党员, a league letter for 共青团员 (the statuses that pay dues
/// on those lines); a union letter is for 会员, those placed in a union unit, which the caller
/// has already checked.
pub(super) fn holds_relationship(
    line: store::LineColumn,
    status: PoliticalStatus,
) -> AppResult<()> {
    use PoliticalStatus::*;
    let refusal = match (line, status) {
        (store::LineColumn::Party, Probationary | FullMember)
        | (store::LineColumn::Youth, LeagueMember)
        | (store::LineColumn::Union, _) => return Ok(()),
        (store::LineColumn::Party, _) => "党组织关系介绍信只为预备党员和正式党员开具",
        (store::LineColumn::Youth, _) => "团组织关系介绍信只为共青团员开具",
    };
    Err(AppError::field(
        "memberId",
        format!("{refusal}，该成员的政治面貌为{}", status.label()),
    ))
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
            "politicalStatus" => json!(p.political_status.as_str()),
            "stages" => stages.clone(),
            "duesPaidThrough" => json!(dues.map(|d| d.format("%Y-%m").to_string())),
            _ => continue,
        };
        out.insert(f.clone(), v);
    }
    Value::Object(out)
}

/// Until when a letter issued at `issued_at` is valid by `transfer.letter`: `validMonths`
/// (3), or `crossProvinceMonths` (6) for a letter to another province.
pub(super) fn valid_until(
    issued_at: DateTime<Utc>,
    cross_province: bool,
    rule: &Value,
) -> DateTime<Utc> {
    let months = if cross_province {
        rule["crossProvinceMonths"].as_u64().unwrap_or(6)
    } else {
        rule["validMonths"].as_u64().unwrap_or(3)
    };
    let months = u32::try_from(months).unwrap_or(u32::MAX);
    issued_at
        .checked_add_months(Months::new(months))
        .unwrap_or(issued_at)
}

/// The month a snapshot says the dues were paid through (`duesPaidThrough`, `YYYY-MM`), as
/// the first day of that month; none when the crossing did not carry it.
pub(super) fn paid_through(snapshot: &Value) -> Option<NaiveDate> {
    let month = snapshot.get("duesPaidThrough")?.as_str()?;
    NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transfer::model::{LetterRow, LetterStatus};

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
            political_status: PoliticalStatus::FullMember,
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

    #[test]
    fn the_paid_through_month_is_read_from_the_snapshot_and_absent_when_it_did_not_cross() {
        assert_eq!(
            paid_through(&json!({ "duesPaidThrough": "2026-12" })),
            NaiveDate::from_ymd_opt(2026, 12, 1)
        );
        assert_eq!(paid_through(&json!({ "duesPaidThrough": null })), None);
        assert_eq!(paid_through(&json!({ "name": "张三" })), None);
        assert_eq!(paid_through(&json!({ "duesPaidThrough": "2026-13" })), None);
    }

    #[test]
    fn a_party_letter_is_for_party_members_a_league_letter_for_league_members_only() {
        use PoliticalStatus::*;
        use store::LineColumn::{Party, Union, Youth};
        for status in PoliticalStatus::ALL.iter().copied() {
            let party = holds_relationship(Party, status).is_ok();
            let youth = holds_relationship(Youth, status).is_ok();
            assert_eq!(
                party,
                matches!(status, Probationary | FullMember),
                "{status:?}"
            );
            assert_eq!(youth, status == LeagueMember, "{status:?}");
            assert!(holds_relationship(Union, status).is_ok());
        }
        let AppError::Validation { fields, .. } = holds_relationship(Party, Masses).unwrap_err()
        else {
            panic!("a validation error")
        };
        assert!(fields["memberId"].contains("群众"), "{fields:?}");
    }

    fn sample_letter() -> LetterRow {
        let at = "2026-03-10T02:00:00Z".parse::<DateTime<Utc>>().unwrap();
        LetterRow {
            id: uuid::Uuid::nil(),
            member_id: uuid::Uuid::nil(),
            member_name: "张三".into(),
            line: "PARTY".into(),
            from_org_id: uuid::Uuid::nil(),
            from_org_name: "第一党支部".into(),
            destination: "乙公司党委".into(),
            cross_province: false,
            code: new_code(),
            valid_until: at,
            dues_paid_through: None,
            snapshot: json!({}),
            status: LetterStatus::Issued,
            note: None,
            issued_at: at,
            accepted_at: None,
            receipt: None,
        }
    }

    #[test]
    fn a_letter_is_valid_three_months_or_six_across_provinces_to_the_minute_and_a_tenant_may_change_it()
     {
        // Arrange
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let issued = at("2026-03-10T02:00:00Z");
        let rule = json!({ "validMonths": 3, "crossProvinceMonths": 6 });
        let letter = |until: DateTime<Utc>| LetterRow {
            valid_until: until,
            ..sample_letter()
        };

        // Act
        let inside = valid_until(issued, false, &rule);
        let across = valid_until(issued, true, &rule);
        let shorter = valid_until(
            issued,
            false,
            &json!({ "validMonths": 2, "crossProvinceMonths": 4 }),
        );

        // Assert: a day before the end it is valid; at the end and a day after it is not.
        assert_eq!(inside, at("2026-06-10T02:00:00Z"));
        assert_eq!(across, at("2026-09-10T02:00:00Z"));
        assert_eq!(shorter, at("2026-05-10T02:00:00Z"));
        for (until, day_before, day_after) in [
            (inside, "2026-06-09T02:00:00Z", "2026-06-11T02:00:00Z"),
            (across, "2026-09-09T02:00:00Z", "2026-09-11T02:00:00Z"),
        ] {
            assert!(!letter(until).expired(at(day_before)));
            assert!(letter(until).expired(until));
            assert!(letter(until).expired(at(day_after)));
        }
        // The end of a longer month is the end of the shorter one.
        assert_eq!(
            valid_until(at("2026-11-30T02:00:00Z"), false, &rule),
            at("2027-02-28T02:00:00Z")
        );
    }
}
