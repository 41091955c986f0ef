//! `membership.lapse` (《中国共产党章程》第九条; the league's and the union's constitutions say
//! the same of their members): a member who, without a proper reason, for six consecutive
//! months takes no part in organisational life, or pays no dues, or does no assigned work, is
//! treated as having left. Each ground counts on its own; warnings go out at the rule's
//! `warnAfterMonths` offsets and the rule's `months` is the lapse itself. Pure.

use chrono::{Months, NaiveDate};
use serde_json::Value;

/// The rule's effective parameters, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LapseRule {
    /// Months after which a member is treated as having left.
    pub months: u32,
    /// Months at which the member and their branch are warned, ascending, each below `months`.
    pub warnings: Vec<u32>,
}

impl LapseRule {
    /// Reads `{"months": 6, "warnAfterMonths": [3, 5]}`; offsets at or past `months` are
    /// dropped (the lapse itself is announced at `months`), and a missing value takes the
    /// statutory one.
    pub fn from_params(params: &Value) -> Self {
        let months = params["months"]
            .as_u64()
            .and_then(|m| u32::try_from(m).ok())
            .filter(|m| *m > 0)
            .unwrap_or(6);
        let mut warnings: Vec<u32> = params["warnAfterMonths"]
            .as_array()
            .map(|w| {
                w.iter()
                    .filter_map(Value::as_u64)
                    .filter_map(|m| u32::try_from(m).ok())
                    .filter(|m| *m > 0 && *m < months)
                    .collect()
            })
            .unwrap_or_default();
        warnings.sort_unstable();
        warnings.dedup();
        Self { months, warnings }
    }

    /// Where `months` (of one ground) stands under the rule: nothing yet, a warning (the
    /// offset reached), or the lapse.
    pub fn stage(&self, months: u32) -> Option<Stage> {
        if months >= self.months {
            return Some(Stage::Lapsed(self.months));
        }
        self.warnings
            .iter()
            .rev()
            .find(|w| months >= **w)
            .map(|w| Stage::Warning(*w))
    }
}

/// How far one ground has gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// A warning offset (months) has been reached.
    Warning(u32),
    /// The rule's months have been reached: the member is treated as having left.
    Lapsed(u32),
}

impl Stage {
    /// The months of the offset or of the rule this stage stands at.
    pub fn months(self) -> u32 {
        match self {
            Stage::Warning(m) | Stage::Lapsed(m) => m,
        }
    }
}

/// Whole months from `from` to `to` (0 when `to` is earlier): the largest n with
/// `from + n months <= to`, so a streak that began on 10 January is 6 months long on 10 July,
/// and 5 on 9 July. A start on the 31st counts a shorter month as reached on its last day.
pub fn whole_months(from: NaiveDate, to: NaiveDate) -> u32 {
    if to <= from {
        return 0;
    }
    let mut n = 0u32;
    while from
        .checked_add_months(Months::new(n + 1))
        .is_some_and(|d| d <= to)
    {
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn statute() -> LapseRule {
        LapseRule::from_params(&json!({ "months": 6, "warnAfterMonths": [3, 5] }))
    }

    #[test]
    fn a_streak_is_six_months_long_on_the_same_day_six_months_later_and_not_the_day_before() {
        assert_eq!(whole_months(d(2026, 1, 10), d(2026, 7, 9)), 5);
        assert_eq!(whole_months(d(2026, 1, 10), d(2026, 7, 10)), 6);
        assert_eq!(whole_months(d(2026, 1, 10), d(2026, 7, 11)), 6);
        assert_eq!(
            whole_months(d(2026, 8, 31), d(2027, 2, 28)),
            6,
            "a short month ends on its last day"
        );
        assert_eq!(whole_months(d(2026, 7, 10), d(2026, 1, 10)), 0);
    }

    #[test]
    fn warnings_come_at_the_rules_offsets_and_the_lapse_at_its_months() {
        let rule = statute();
        assert_eq!(rule.stage(2), None);
        assert_eq!(rule.stage(3), Some(Stage::Warning(3)));
        assert_eq!(rule.stage(4), Some(Stage::Warning(3)));
        assert_eq!(rule.stage(5), Some(Stage::Warning(5)));
        assert_eq!(rule.stage(6), Some(Stage::Lapsed(6)));
        assert_eq!(rule.stage(9), Some(Stage::Lapsed(6)));
    }

    #[test]
    fn a_tenant_override_moves_the_thresholds_and_drops_offsets_past_the_lapse() {
        let rule = LapseRule::from_params(&json!({ "months": 4, "warnAfterMonths": [2, 5, 2] }));
        assert_eq!(rule.warnings, vec![2]);
        assert_eq!(rule.stage(1), None);
        assert_eq!(rule.stage(2), Some(Stage::Warning(2)));
        assert_eq!(rule.stage(3), Some(Stage::Warning(2)));
        assert_eq!(rule.stage(4), Some(Stage::Lapsed(4)));
    }

    #[test]
    fn a_lapse_outranks_any_warning() {
        assert!(Stage::Lapsed(6) > Stage::Warning(5));
        assert!(Stage::Warning(5) > Stage::Warning(3));
    }
}
