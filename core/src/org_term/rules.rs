//! Pure rules of org terms: how long a term is, when it ends, how soon, and which reminder is
//! due (`org.term`).

use chrono::{Months, NaiveDate};
use serde_json::Value;

/// The rule of terms and their reminders.
pub const TERM_RULE: &str = "org.term";
/// The party branch committee's rule (its `termYears` and `villageTermYears`), which party
/// branches follow as the branch setting review does.
pub const BRANCH_RULE: &str = "party.branch.committee";

crate::text_enum! {
    /// How an org's term stands.
    pub enum TermState {
        /// 任期已满: the term has ended and no new committee has been recorded.
        Ended = "ENDED",
        /// 即将届满: the term ends within the first reminder's months.
        Ending = "ENDING",
        /// 任期内.
        Current = "CURRENT",
        /// 未设委员: no active position, so no term is known.
        NoTerm = "NO_TERM",
    }
}

/// Term lengths and reminder months.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermRule {
    /// A committee's term in years.
    pub term_years: u32,
    /// A village or community org's term in years.
    pub village_term_years: u32,
    /// Months before the end at which officers are reminded, longest first.
    pub remind_before_months: Vec<u32>,
}

impl TermRule {
    /// Reads `org.term`-shaped parameters (`party.branch.committee` gives only the years), with
    /// 3 and 5 years and reminders at 6 and 1 months where a parameter is missing or out of range.
    pub fn from_params(params: &Value) -> Self {
        let years = |k: &str, d: u32| {
            params[k]
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .filter(|n| (1..=10).contains(n))
                .unwrap_or(d)
        };
        let mut months: Vec<u32> = params["remindBeforeMonths"]
            .as_array()
            .map(|xs| {
                xs.iter()
                    .filter_map(Value::as_u64)
                    .filter_map(|n| u32::try_from(n).ok())
                    .filter(|n| (1..=24).contains(n))
                    .collect()
            })
            .unwrap_or_else(|| vec![6, 1]);
        months.sort_unstable_by(|a, b| b.cmp(a));
        months.dedup();
        TermRule {
            term_years: years("termYears", 3),
            village_term_years: years("villageTermYears", 5),
            remind_before_months: months,
        }
    }

    /// The term's years for an org.
    pub fn years(&self, village_or_community: bool) -> u32 {
        if village_or_community {
            self.village_term_years
        } else {
            self.term_years
        }
    }

    /// How many months ahead a term counts as ending (the earliest reminder).
    pub fn notice_months(&self) -> u32 {
        self.remind_before_months.first().copied().unwrap_or(6)
    }
}

pub use crate::branch_setting::rules::term_end;

/// How a term stands on `today`: ended the day after its end; ending from `notice_months`
/// before it.
pub fn state(end: Option<NaiveDate>, today: NaiveDate, notice_months: u32) -> TermState {
    let Some(end) = end else {
        return TermState::NoTerm;
    };
    if end < today {
        TermState::Ended
    } else if end
        .checked_sub_months(Months::new(notice_months))
        .is_none_or(|from| today >= from)
    {
        TermState::Ending
    } else {
        TermState::Current
    }
}

/// Which reminder a term is at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The given number of months (or fewer) before the end.
    Before(u32),
    /// After the end.
    Ended,
}

impl Stage {
    /// A stable key (a notification is written once per term, stage and member).
    pub fn key(self) -> String {
        match self {
            Stage::Before(m) => format!("M{m}"),
            Stage::Ended => "ENDED".into(),
        }
    }
}

/// The reminder due on `today`: after the end, [`Stage::Ended`]; else the shortest of the
/// `months` whose time has come (a term first seen 20 days before its end gets the one-month
/// reminder, not the six-month one too); none before the longest.
pub fn stage(end: NaiveDate, today: NaiveDate, months: &[u32]) -> Option<Stage> {
    if end < today {
        return Some(Stage::Ended);
    }
    months
        .iter()
        .copied()
        .filter(|m| {
            end.checked_sub_months(Months::new(*m))
                .is_none_or(|from| today >= from)
        })
        .min()
        .map(Stage::Before)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_village_or_community_org_serves_five_years_and_others_three() {
        let r = TermRule::from_params(&json!({ "termYears": 3, "villageTermYears": 5 }));
        assert_eq!(r.years(false), 3);
        assert_eq!(r.years(true), 5);
        assert_eq!(
            term_end(None, Some(d(2024, 3, 15)), r.years(true)),
            Some(d(2029, 3, 15))
        );
        assert_eq!(
            term_end(Some(d(2026, 1, 1)), Some(d(2024, 3, 15)), 3),
            Some(d(2026, 1, 1))
        );
        assert_eq!(term_end(None, None, 3), None);
    }

    #[test]
    fn missing_or_absurd_parameters_fall_back_to_the_regulation() {
        let r =
            TermRule::from_params(&json!({ "termYears": 0, "remindBeforeMonths": [1, 99, 6, 6] }));
        assert_eq!(r.term_years, 3);
        assert_eq!(r.village_term_years, 5);
        assert_eq!(r.remind_before_months, vec![6, 1]);
        assert_eq!(
            TermRule::from_params(&json!({})).remind_before_months,
            vec![6, 1]
        );
    }

    #[test]
    fn a_term_is_ending_from_six_months_before_and_ended_the_day_after_its_end() {
        let end = d(2027, 6, 30);
        assert_eq!(state(Some(end), d(2026, 12, 29), 6), TermState::Current);
        assert_eq!(state(Some(end), d(2026, 12, 30), 6), TermState::Ending);
        assert_eq!(state(Some(end), end, 6), TermState::Ending);
        assert_eq!(state(Some(end), d(2027, 7, 1), 6), TermState::Ended);
        assert_eq!(state(None, end, 6), TermState::NoTerm);
    }

    #[test]
    fn reminders_come_at_six_months_then_one_month_then_after_the_end() {
        let end = d(2027, 6, 30);
        let months = [6, 1];
        assert_eq!(stage(end, d(2026, 12, 29), &months), None);
        assert_eq!(stage(end, d(2026, 12, 30), &months), Some(Stage::Before(6)));
        assert_eq!(stage(end, d(2027, 5, 29), &months), Some(Stage::Before(6)));
        assert_eq!(stage(end, d(2027, 5, 30), &months), Some(Stage::Before(1)));
        assert_eq!(stage(end, end, &months), Some(Stage::Before(1)));
        assert_eq!(stage(end, d(2027, 7, 1), &months), Some(Stage::Ended));
        assert_eq!(Stage::Before(6).key(), "M6");
        assert_eq!(Stage::Ended.key(), "ENDED");
    }
}
