//! `party.dues.start` (《关于中国共产党党费收缴、使用和管理的规定》): from which month a
//! probationary member pays party dues, and from which month a changed base applies. The
//! statutory defaults are the month the branch general meeting admits the member and the month
//! new pay is first paid; a tenant may override either with the following month. Pure.

use chrono::{Datelike, Months, NaiveDate};
use serde_json::Value;

/// The rule's effective parameters, parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DuesStart {
    /// Months after the branch meeting's month that a probationary member first pays (0 or 1).
    pub probationary_offset: u32,
    /// Months after the month new pay is first paid that the new base applies (0 or 1).
    pub base_change_offset: u32,
}

impl DuesStart {
    /// Reads `{"probationaryFrom": …, "baseChangeFrom": …}`; an unknown value names itself
    /// (overrides are checked against the same values when they are set, so this is a
    /// stored value that bypassed that check).
    pub fn from_params(params: &Value) -> Result<Self, String> {
        let probationary_offset = match params["probationaryFrom"].as_str() {
            Some("branchMeetingMonth") => 0,
            Some("monthAfterBranchMeeting") => 1,
            other => {
                return Err(format!(
                    "party.dues.start: 未知的 probationaryFrom {other:?}"
                ));
            }
        };
        let base_change_offset = match params["baseChangeFrom"].as_str() {
            Some("newPayMonth") => 0,
            Some("monthAfterNewPay") => 1,
            other => return Err(format!("party.dues.start: 未知的 baseChangeFrom {other:?}")),
        };
        Ok(Self {
            probationary_offset,
            base_change_offset,
        })
    }

    /// The month a changed base applies from, given the month the new pay was first paid.
    pub fn base_effective_month(&self, new_pay_month: NaiveDate) -> NaiveDate {
        shift(new_pay_month, self.base_change_offset)
    }

    /// The first month a probationary member admitted on `admitted_on` pays for.
    pub fn first_probationary_month(&self, admitted_on: NaiveDate) -> NaiveDate {
        shift(first_of_month(admitted_on), self.probationary_offset)
    }
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day0(0).unwrap_or(d)
}

fn shift(month: NaiveDate, by: u32) -> NaiveDate {
    month.checked_add_months(Months::new(by)).unwrap_or(month)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn by_statute_a_probationary_member_pays_from_the_month_of_the_branch_meeting() {
        let rule = DuesStart::from_params(
            &json!({ "probationaryFrom": "branchMeetingMonth", "baseChangeFrom": "newPayMonth" }),
        )
        .unwrap();
        assert_eq!(
            rule.first_probationary_month(d(2026, 11, 30)),
            d(2026, 11, 1)
        );
        assert_eq!(
            rule.first_probationary_month(d(2026, 12, 1)),
            d(2026, 12, 1)
        );
        assert_eq!(rule.base_effective_month(d(2026, 10, 1)), d(2026, 10, 1));
    }

    #[test]
    fn a_tenant_override_moves_both_starts_to_the_following_month_across_a_year_end() {
        let rule = DuesStart::from_params(
            &json!({ "probationaryFrom": "monthAfterBranchMeeting", "baseChangeFrom": "monthAfterNewPay" }),
        )
        .unwrap();
        assert_eq!(
            rule.first_probationary_month(d(2026, 12, 31)),
            d(2027, 1, 1)
        );
        assert_eq!(rule.base_effective_month(d(2026, 12, 1)), d(2027, 1, 1));
    }

    #[test]
    fn an_unknown_behaviour_is_an_error_naming_the_parameter() {
        let e = DuesStart::from_params(
            &json!({ "probationaryFrom": "x", "baseChangeFrom": "newPayMonth" }),
        )
        .unwrap_err();
        assert!(e.contains("probationaryFrom"), "{e}");
    }
}
