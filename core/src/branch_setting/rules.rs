//! Pure rules of a party branch's setting: its size (`party.branch.size`), whether it needs a
//! committee and its term (`party.branch.committee`).

use chrono::{Months, NaiveDate};
use serde_json::Value;

crate::text_enum! {
    /// What is wrong with a branch's setting.
    pub enum Warning {
        /// 正式党员不足: fewer formal members than a branch needs.
        TooFewFormalMembers = "TOO_FEW_FORMAL_MEMBERS",
        /// 党员过多: more members than a branch should have.
        TooManyMembers = "TOO_MANY_MEMBERS",
        /// 应设支委会: enough formal members for a committee, and no committee.
        NeedsCommittee = "NEEDS_COMMITTEE",
        /// 任期已满: the committee's term has ended.
        TermEnded = "TERM_ENDED",
        /// 即将换届: the term ends within [`TERM_NOTICE_MONTHS`] months.
        TermEnding = "TERM_ENDING",
    }
}

/// How long before a term ends the review warns, in months.
pub const TERM_NOTICE_MONTHS: u32 = 6;

/// The parameters of the two rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Fewest formal members of a branch.
    pub min_formal: i64,
    /// Most members (formal and probationary) of a branch.
    pub max_members: i64,
    /// Formal members from which a branch sets up a committee.
    pub committee_from: i64,
    /// Fewest committee members.
    pub committee_min: i64,
    /// A committee's term in years.
    pub term_years: u32,
    /// A village or community branch committee's term in years.
    pub village_term_years: u32,
}

impl Limits {
    /// Reads `party.branch.size` and `party.branch.committee`, with the regulation's numbers
    /// where a parameter is missing.
    pub fn from_params(size: &Value, committee: &Value) -> Self {
        let int = |v: &Value, k: &str, d: i64| v[k].as_i64().filter(|n| *n > 0).unwrap_or(d);
        Limits {
            min_formal: int(size, "minFormalMembers", 3),
            max_members: int(size, "maxMembers", 50),
            committee_from: int(committee, "minFormalMembers", 7),
            committee_min: int(committee, "committeeMin", 3),
            term_years: u32::try_from(int(committee, "termYears", 3)).unwrap_or(3),
            village_term_years: u32::try_from(int(committee, "villageTermYears", 5)).unwrap_or(5),
        }
    }
}

/// The figures of one branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// Formal members placed in it.
    pub formal: i64,
    /// Probationary members placed in it.
    pub probationary: i64,
    /// Its active positions.
    pub committee: i64,
    /// When the current term ends, if known.
    pub term_end: Option<NaiveDate>,
}

/// When a term ends: the earliest explicit end of the active positions, else the latest start
/// plus the term's years; none without positions.
pub fn term_end(
    explicit_end: Option<NaiveDate>,
    latest_start: Option<NaiveDate>,
    years: u32,
) -> Option<NaiveDate> {
    explicit_end
        .or_else(|| latest_start.and_then(|s| s.checked_add_months(Months::new(years * 12))))
}

/// The warnings of a branch with their Chinese explanations.
pub fn review(f: &Facts, l: &Limits, today: NaiveDate) -> Vec<(Warning, String)> {
    let mut out = vec![];
    if f.formal < l.min_formal {
        out.push((
            Warning::TooFewFormalMembers,
            format!(
                "正式党员 {} 人，不足 {} 人（《中国共产党支部工作条例（试行）》第七条）",
                f.formal, l.min_formal
            ),
        ));
    }
    let members = f.formal + f.probationary;
    if members > l.max_members {
        out.push((
            Warning::TooManyMembers,
            format!(
                "党员 {members} 人，超过 {} 人，宜分设支部（《中国共产党支部工作条例（试行）》第八条）",
                l.max_members
            ),
        ));
    }
    if f.formal >= l.committee_from && f.committee < l.committee_min {
        out.push((
            Warning::NeedsCommittee,
            format!(
                "正式党员 {} 人，应设支部委员会（不少于 {} 人），现有委员 {} 人（《中国共产党支部工作条例（试行）》第九条）",
                f.formal, l.committee_min, f.committee
            ),
        ));
    }
    if let Some(end) = f.term_end {
        if end < today {
            out.push((
                Warning::TermEnded,
                format!(
                    "任期已于 {end} 届满，应按期换届（《中国共产党支部工作条例（试行）》第二十条）"
                ),
            ));
        } else if today
            .checked_add_months(Months::new(TERM_NOTICE_MONTHS))
            .is_some_and(|soon| end <= soon)
        {
            out.push((
                Warning::TermEnding,
                format!("任期将于 {end} 届满，请提前做好换届准备"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn limits() -> Limits {
        Limits::from_params(
            &json!({ "minFormalMembers": 3, "maxMembers": 50 }),
            &json!({ "minFormalMembers": 7, "committeeMin": 3, "termYears": 3 }),
        )
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn kinds(f: Facts, today: NaiveDate) -> Vec<Warning> {
        review(&f, &limits(), today)
            .into_iter()
            .map(|(w, _)| w)
            .collect()
    }

    fn today() -> NaiveDate {
        d(2026, 12, 7)
    }

    fn facts(formal: i64, probationary: i64, committee: i64) -> Facts {
        Facts {
            formal,
            probationary,
            committee,
            term_end: None,
        }
    }

    #[test]
    fn three_formal_members_suffice_and_two_do_not() {
        assert_eq!(
            kinds(facts(2, 5, 1), today()),
            vec![Warning::TooFewFormalMembers]
        );
        assert!(kinds(facts(3, 0, 1), today()).is_empty());
    }

    #[test]
    fn fifty_members_are_allowed_and_fifty_one_are_too_many() {
        assert!(!kinds(facts(45, 5, 5), today()).contains(&Warning::TooManyMembers));
        assert!(kinds(facts(45, 6, 5), today()).contains(&Warning::TooManyMembers));
    }

    #[test]
    fn seven_formal_members_need_a_committee_of_three_and_six_do_not() {
        assert_eq!(
            kinds(facts(7, 0, 2), today()),
            vec![Warning::NeedsCommittee]
        );
        assert!(kinds(facts(7, 0, 3), today()).is_empty());
        assert!(kinds(facts(6, 0, 1), today()).is_empty());
    }

    #[test]
    fn a_term_warns_six_months_ahead_and_once_it_has_ended() {
        let with_end = |end| Facts {
            term_end: Some(end),
            ..facts(5, 0, 1)
        };
        assert_eq!(
            kinds(with_end(d(2026, 12, 6)), today()),
            vec![Warning::TermEnded]
        );
        assert_eq!(
            kinds(with_end(d(2026, 12, 7)), today()),
            vec![Warning::TermEnding]
        );
        assert_eq!(
            kinds(with_end(d(2027, 6, 7)), today()),
            vec![Warning::TermEnding]
        );
        assert!(kinds(with_end(d(2027, 6, 8)), today()).is_empty());
    }

    #[test]
    fn a_term_ends_at_its_explicit_end_else_three_years_after_the_latest_start() {
        assert_eq!(
            term_end(Some(d(2027, 1, 1)), Some(d(2025, 1, 1)), 3),
            Some(d(2027, 1, 1))
        );
        assert_eq!(
            term_end(None, Some(d(2024, 3, 15)), 3),
            Some(d(2027, 3, 15))
        );
        assert_eq!(term_end(None, None, 3), None);
    }

    #[test]
    fn missing_parameters_fall_back_to_the_regulation() {
        let l = Limits::from_params(&json!({}), &json!({}));
        assert_eq!(l, limits());
    }
}
