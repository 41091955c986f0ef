//! How much a member owes each month: pure functions over a monthly base in fen (分) and the
//! tenant's effective dues rules (`party.dues.*`, `union.dues`, `league.age`).
//!
//! Party dues apply one rate to the whole base, the rate of the bracket the base falls in
//! (brackets are inclusive at their upper bound: a base of exactly 3,000 yuan pays 0.5 %), not
//! a marginal rate per slice. Amounts are rounded half up to the fen with integer arithmetic,
//! so the same base always gives the same amount.

use crate::{AppError, AppResult};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde_json::Value;

/// An amount of money in fen (1/100 yuan).
pub type Fen = i64;

crate::text_enum! {
    /// What the monthly base is, which decides the rule that applies.
    pub enum Category {
        /// In work: post-tax regular monthly salary.
        Employed = "EMPLOYED",
        /// Retired: monthly basic pension.
        Retired = "RETIRED",
        /// Student: a flat amount.
        Student = "STUDENT",
        /// Laid off or unemployed: a flat amount.
        LaidOff = "LAID_OFF",
        /// Relying on relief: a flat amount.
        Relief = "RELIEF",
        /// Farmer: a flat amount chosen within the rule's range.
        Farmer = "FARMER",
    }
}

crate::text_enum! {
    /// The dues lines.
    pub enum DuesLine {
        /// 党费.
        Party = "PARTY",
        /// 会费.
        Union = "UNION",
        /// 团费.
        Youth = "YOUTH",
    }
}

/// One bracket: bases up to `up_to` fen (inclusive; `None` for no limit) pay `rate_bp`
/// basis points (1/10,000) of the whole base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bracket {
    /// Upper bound in fen, inclusive.
    pub up_to: Option<Fen>,
    /// Rate in basis points.
    pub rate_bp: i64,
}

/// Yuan (a JSON number) to fen, rounded.
fn yuan_to_fen(v: &Value) -> Option<Fen> {
    v.as_f64().map(|y| (y * 100.0).round() as Fen)
}

/// A rate (a JSON fraction such as 0.015) to basis points.
fn rate_bp(v: &Value) -> Option<i64> {
    v.as_f64().map(|r| (r * 10_000.0).round() as i64)
}

/// Reads `{"brackets": [{"upTo": 3000, "rate": 0.005}, …, {"upTo": null, "rate": 0.02}]}`:
/// ascending bounds, the last one open.
pub fn brackets(params: &Value) -> Result<Vec<Bracket>, String> {
    let list = params["brackets"]
        .as_array()
        .ok_or("规则缺少 brackets（分档）")?;
    let mut out = Vec::with_capacity(list.len());
    for b in list {
        let up_to = match &b["upTo"] {
            Value::Null => None,
            v => Some(yuan_to_fen(v).ok_or("分档上限必须是数字")?),
        };
        let rate_bp = rate_bp(&b["rate"]).ok_or("分档比例必须是数字")?;
        if !(0..=10_000).contains(&rate_bp) {
            return Err("分档比例必须在 0 到 1 之间".into());
        }
        out.push(Bracket { up_to, rate_bp });
    }
    let Some((last, bounded)) = out.split_last() else {
        return Err("分档不能为空".into());
    };
    let bounds: Option<Vec<Fen>> = bounded.iter().map(|b| b.up_to).collect();
    let ascending = bounds.is_some_and(|b| b.windows(2).all(|w| w[0] < w[1]));
    if !ascending || last.up_to.is_some() {
        return Err("分档必须按上限递增，且最后一档不设上限".into());
    }
    Ok(out)
}

/// `base × rate`, rounded half up to the fen.
pub fn apply_rate(base: Fen, rate_bp: i64) -> Fen {
    (base.max(0) * rate_bp + 5_000) / 10_000
}

/// The bracket a base falls in.
pub fn bracket_for(brackets: &[Bracket], base: Fen) -> Option<Bracket> {
    brackets
        .iter()
        .copied()
        .find(|b| b.up_to.is_none_or(|u| base <= u))
}

/// The effective parameters of the dues rules a computation needs.
#[derive(Debug, Clone)]
pub struct DuesRules {
    /// `party.dues.employed`.
    pub party_employed: Value,
    /// `party.dues.retired`.
    pub party_retired: Value,
    /// `party.dues.flat`.
    pub party_flat: Value,
    /// `union.dues`.
    pub union: Value,
    /// `league.age`.
    pub league: Value,
}

/// The monthly amount a member owes on a line, with the rule it came from; an error says
/// what is wrong with the input or the rule.
pub fn monthly_amount(
    line: DuesLine,
    category: Category,
    base: Fen,
    rules: &DuesRules,
) -> Result<(Fen, &'static str), String> {
    if base < 0 {
        return Err("基数不能为负数".into());
    }
    match line {
        DuesLine::Party => match category {
            Category::Employed => {
                let b =
                    bracket_for(&brackets(&rules.party_employed)?, base).ok_or("没有适用的分档")?;
                Ok((apply_rate(base, b.rate_bp), "party.dues.employed"))
            }
            Category::Retired => {
                let b =
                    bracket_for(&brackets(&rules.party_retired)?, base).ok_or("没有适用的分档")?;
                Ok((apply_rate(base, b.rate_bp), "party.dues.retired"))
            }
            Category::Student | Category::LaidOff | Category::Relief => {
                let key = match category {
                    Category::Student => "student",
                    Category::LaidOff => "laidOff",
                    _ => "relief",
                };
                let flat = yuan_to_fen(&rules.party_flat[key]).ok_or("规则缺少定额")?;
                Ok((flat, "party.dues.flat"))
            }
            Category::Farmer => {
                // The member's base is the amount chosen within the rule's range.
                let min =
                    yuan_to_fen(&rules.party_flat["farmerMin"]).ok_or("规则缺少农民党员下限")?;
                let max =
                    yuan_to_fen(&rules.party_flat["farmerMax"]).ok_or("规则缺少农民党员上限")?;
                Ok((base.clamp(min, max), "party.dues.flat"))
            }
        },
        DuesLine::Union => {
            let exempt = rules.union["exempt"].as_array().is_some_and(|e| {
                let code = match category {
                    Category::Retired => "retired",
                    Category::LaidOff => "unemployed",
                    _ => "",
                };
                e.iter().any(|x| x == code)
            });
            if exempt {
                return Ok((0, "union.dues"));
            }
            let rate = rate_bp(&rules.union["rate"]).ok_or("规则缺少会费比例")?;
            Ok((apply_rate(base, rate), "union.dues"))
        }
        DuesLine::Youth => {
            let flat = yuan_to_fen(&rules.league["studentDuesYuan"]).ok_or("规则缺少团费标准")?;
            Ok((flat, "league.age"))
        }
    }
}

/// Whether `months_owed` has reached the first warning of `membership.lapse`
/// (`{"months": 6, "warnAfterMonths": [3, 5]}`).
pub fn lapse_warning(params: &serde_json::Value, months_owed: i64) -> bool {
    let first_warning = params["warnAfterMonths"]
        .as_array()
        .and_then(|w| w.iter().filter_map(serde_json::Value::as_i64).min())
        .or_else(|| params["months"].as_i64())
        .unwrap_or(6);
    months_owed >= first_warning
}

/// Parses `YYYY-MM` into the first day of that month.
pub fn parse_month(field: &str, raw: &str) -> AppResult<NaiveDate> {
    let bad = || AppError::field(field, "月份格式应为 YYYY-MM，例如 2026-12");
    let (y, m) = raw.trim().split_once('-').ok_or_else(bad)?;
    let (y, m): (i32, u32) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if !(2000..=2100).contains(&y) {
        return Err(bad());
    }
    NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(bad)
}

/// The line code and its rule enum.
pub fn parse_line(code: &str) -> AppResult<DuesLine> {
    code.parse()
        .map_err(|_| AppError::field("line", "未知的条线"))
}

/// The first day of the month of `t` in China.
pub fn current_month(t: DateTime<Utc>) -> NaiveDate {
    let local = t.with_timezone(&chrono_tz::Asia::Shanghai).date_naive();
    NaiveDate::from_ymd_opt(local.year(), local.month(), 1).unwrap_or(local)
}

/// What a line's dues are called (党费, 会费, 团费).
pub(crate) fn line_label(line: DuesLine) -> &'static str {
    match line {
        DuesLine::Union => "会费",
        DuesLine::Youth => "团费",
        DuesLine::Party => "党费",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn the_lapse_warning_starts_at_the_rules_first_warning_month() {
        let rule = serde_json::json!({"months": 6, "warnAfterMonths": [3, 5]});
        assert!(!lapse_warning(&rule, 2));
        assert!(lapse_warning(&rule, 3));
        assert!(lapse_warning(&serde_json::json!({"months": 4}), 4));
        assert!(!lapse_warning(&serde_json::json!({"months": 4}), 3));
    }

    #[test]
    fn months_parse_to_their_first_day_and_nonsense_is_refused() {
        assert_eq!(
            parse_month("m", "2026-12").unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
        );
        assert!(parse_month("m", "2026-13").is_err());
        assert!(parse_month("m", "26-1").is_err());
        assert!(parse_month("m", "十二月").is_err());
    }

    fn defaults() -> DuesRules {
        DuesRules {
            party_employed: json!({"brackets": [{"upTo": 3000, "rate": 0.005}, {"upTo": 5000, "rate": 0.01}, {"upTo": 10000, "rate": 0.015}, {"upTo": null, "rate": 0.02}]}),
            party_retired: json!({"brackets": [{"upTo": 5000, "rate": 0.005}, {"upTo": null, "rate": 0.01}]}),
            party_flat: json!({"student": 0.2, "laidOff": 0.2, "relief": 0.2, "farmerMin": 0.2, "farmerMax": 1.0}),
            union: json!({"rate": 0.005, "exempt": ["retired", "unemployed"]}),
            league: json!({"minAge": 14, "maxAge": 28, "keepIfLeaguePost": true, "studentDuesYuan": 0.2}),
        }
    }

    fn party(base_yuan: f64) -> Fen {
        monthly_amount(
            DuesLine::Party,
            Category::Employed,
            (base_yuan * 100.0).round() as Fen,
            &defaults(),
        )
        .unwrap()
        .0
    }

    #[test]
    fn each_bracket_applies_its_rate_to_the_whole_base_inclusive_at_its_bound() {
        assert_eq!(party(3000.0), 1500); // 0.5 % of 3,000 = 15.00
        assert_eq!(party(3000.01), 3000); // 1 % of 3,000.01 = 30.0001 → 30.00
        assert_eq!(party(5000.0), 5000);
        assert_eq!(party(5000.01), 7500); // 1.5 % → 75.00015 → 75.00
        assert_eq!(party(10000.0), 15000);
        assert_eq!(party(10000.01), 20000);
        assert_eq!(party(0.0), 0);
    }

    #[test]
    fn retired_flat_union_and_league_amounts_follow_their_rules() {
        let r = defaults();
        let at = |line, cat, base| monthly_amount(line, cat, base, &r).unwrap();
        assert_eq!(
            at(DuesLine::Party, Category::Retired, 500_000),
            (2500, "party.dues.retired")
        );
        assert_eq!(
            at(DuesLine::Party, Category::Retired, 500_001),
            (5000, "party.dues.retired")
        );
        assert_eq!(
            at(DuesLine::Party, Category::Student, 999_999),
            (20, "party.dues.flat")
        );
        assert_eq!(at(DuesLine::Party, Category::Farmer, 500).0, 100);
        assert_eq!(at(DuesLine::Party, Category::Farmer, 50).0, 50);
        assert_eq!(at(DuesLine::Party, Category::Farmer, 5).0, 20);
        assert_eq!(
            at(DuesLine::Union, Category::Employed, 800_000),
            (4000, "union.dues")
        );
        assert_eq!(at(DuesLine::Union, Category::Retired, 800_000).0, 0);
        assert_eq!(
            at(DuesLine::Youth, Category::Student, 0),
            (20, "league.age")
        );
    }

    #[test]
    fn malformed_brackets_and_negative_bases_are_refused() {
        assert!(brackets(&json!({})).is_err());
        assert!(brackets(&json!({"brackets": [{"upTo": 5000, "rate": 0.01}]})).is_err());
        assert!(brackets(&json!({"brackets": [{"upTo": 5000, "rate": 0.01}, {"upTo": 3000, "rate": 0.02}, {"upTo": null, "rate": 0.03}]})).is_err());
        assert!(brackets(&json!({"brackets": [{"upTo": null, "rate": 2}]})).is_err());
        assert!(monthly_amount(DuesLine::Party, Category::Employed, -1, &defaults()).is_err());
    }

    #[test]
    fn a_tenant_override_changes_the_amount() {
        let mut r = defaults();
        r.party_employed =
            json!({"brackets": [{"upTo": 4000, "rate": 0.005}, {"upTo": null, "rate": 0.01}]});
        assert_eq!(
            monthly_amount(DuesLine::Party, Category::Employed, 400_000, &r)
                .unwrap()
                .0,
            2000
        );
    }

    proptest! {
        #[test]
        fn around_every_threshold_the_rate_steps_up_exactly_past_the_bound(
            bound in prop::sample::select(vec![300_000i64, 500_000, 1_000_000]),
            delta in -500i64..=500,
        ) {
            let base = bound + delta;
            let r = defaults();
            let (amount, _) = monthly_amount(DuesLine::Party, Category::Employed, base, &r).unwrap();
            let b = bracket_for(&brackets(&r.party_employed).unwrap(), base).unwrap();
            prop_assert_eq!(amount, apply_rate(base, b.rate_bp));
            let below = bracket_for(&brackets(&r.party_employed).unwrap(), bound).unwrap();
            if delta <= 0 {
                prop_assert_eq!(b, below);
            } else {
                prop_assert!(b.rate_bp > below.rate_bp);
            }
        }

        #[test]
        fn the_amount_never_decreases_within_a_bracket_and_stays_within_its_rate(base in 0i64..5_000_000) {
            let r = defaults();
            let (a, _) = monthly_amount(DuesLine::Party, Category::Employed, base, &r).unwrap();
            let (b, _) = monthly_amount(DuesLine::Party, Category::Employed, base + 1, &r).unwrap();
            let same = bracket_for(&brackets(&r.party_employed).unwrap(), base)
                == bracket_for(&brackets(&r.party_employed).unwrap(), base + 1);
            if same {
                prop_assert!(b >= a);
            }
            prop_assert!(a * 10_000 <= base * 200 + 5_000, "never above 2 %");
        }
    }
}
