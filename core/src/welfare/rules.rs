//! Pure rules of welfare: the caps of the `welfare.caps` rule, the cap check, a campaign's form
//! and its outcome at the deadline.

use super::model::{CampaignStatus, ThresholdKind, WelfareCategory};
use crate::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

/// Fen per yuan.
pub const FEN_PER_YUAN: i64 = 100;
/// Most items in a campaign.
pub const MAX_ITEMS: usize = 20;
/// The furthest a deadline may lie ahead, in days.
pub const MAX_DAYS_AHEAD: i64 = 366;
/// The highest unit price or distribution value: one million yuan.
pub const MAX_PRICE_FEN: i64 = 100_000_000;
/// The highest threshold: a million participants, or a hundred million yuan.
pub const MAX_THRESHOLD: i64 = 10_000_000_000;

/// The caps of the `welfare.caps` rule, in fen per member per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    /// 节日慰问.
    pub holiday_fen: Option<i64>,
    /// 生日慰问.
    pub birthday_fen: Option<i64>,
    /// Whether cash and cash-like items are allowed.
    pub cash_allowed: bool,
}

impl Caps {
    /// Reads the rule's effective parameters (`holidayGiftsYuanPerYear`, `birthdayYuan`,
    /// `cashAllowed`); a missing or non-numeric cap is no cap, a missing `cashAllowed` is no.
    pub fn from_params(params: &Value) -> Self {
        let yuan = |k: &str| {
            params[k]
                .as_f64()
                .filter(|v| v.is_finite() && *v >= 0.0)
                .map(|v| (v * FEN_PER_YUAN as f64).round() as i64)
        };
        Caps {
            holiday_fen: yuan("holidayGiftsYuanPerYear"),
            birthday_fen: yuan("birthdayYuan"),
            cash_allowed: params["cashAllowed"].as_bool().unwrap_or(false),
        }
    }

    /// The cap of a category (none: uncapped).
    pub fn of(&self, category: WelfareCategory) -> Option<i64> {
        match category {
            WelfareCategory::Holiday => self.holiday_fen,
            WelfareCategory::Birthday => self.birthday_fen,
            WelfareCategory::Other => None,
        }
    }
}

/// Formats fen as yuan with two decimals.
pub fn yuan(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let f = fen.abs();
    format!("{sign}{}.{:02}", f / FEN_PER_YUAN, f % FEN_PER_YUAN)
}

/// Whether adding `adding` fen to `used` stays within `cap` (a cap is reached, not passed:
/// exactly the cap is allowed). The message says what is used and left.
pub fn check_cap(
    category: WelfareCategory,
    cap: Option<i64>,
    used: i64,
    adding: i64,
) -> AppResult<()> {
    let Some(cap) = cap else { return Ok(()) };
    if used + adding <= cap {
        return Ok(());
    }
    Err(AppError::field(
        "quantity",
        format!(
            "超出“{}”年度标准：上限 {} 元，已用 {} 元，剩余 {} 元，本次需 {} 元",
            category.label(),
            yuan(cap),
            yuan(used),
            yuan((cap - used).max(0)),
            yuan(adding)
        ),
    ))
}

/// Refuses a cash or cash-like item when the rule does not allow them.
pub fn check_cash(field: &str, cash_like: bool, caps: &Caps) -> AppResult<()> {
    if cash_like && !caps.cash_allowed {
        return Err(AppError::field(
            field,
            "按本单位福利标准，不得发放现金或购物卡等有价证券",
        ));
    }
    Ok(())
}

/// A unit price and subsidy: the price between 0.01 and a million yuan, the subsidy from zero
/// to the price.
pub fn check_price(field: &str, price_fen: i64, subsidy_fen: i64) -> AppResult<()> {
    if !(1..=MAX_PRICE_FEN).contains(&price_fen) {
        return Err(AppError::field(
            field,
            format!("单价须在 0.01–{} 元之间", yuan(MAX_PRICE_FEN)),
        ));
    }
    if subsidy_fen < 0 || subsidy_fen > price_fen {
        return Err(AppError::field(field, "工会补贴须在 0 与单价之间"));
    }
    Ok(())
}

/// A threshold of at least one and at most [`MAX_THRESHOLD`].
pub fn check_threshold(threshold: i64) -> AppResult<()> {
    if !(1..=MAX_THRESHOLD).contains(&threshold) {
        return Err(AppError::field("threshold", "成团条件须为正数"));
    }
    Ok(())
}

/// A deadline after now and within [`MAX_DAYS_AHEAD`] days.
pub fn check_deadline(deadline: DateTime<Utc>, now: DateTime<Utc>) -> AppResult<()> {
    if deadline <= now {
        return Err(AppError::field("deadline", "截止时间须晚于现在"));
    }
    if deadline > now + Duration::days(MAX_DAYS_AHEAD) {
        return Err(AppError::field("deadline", "截止时间不能超过一年"));
    }
    Ok(())
}

/// How far a campaign is towards its threshold, 0–100.
pub fn progress_percent(
    kind: ThresholdKind,
    threshold: i64,
    participants: i64,
    amount: i64,
) -> i32 {
    let reached = match kind {
        ThresholdKind::Participants => participants,
        ThresholdKind::Amount => amount,
    };
    if threshold <= 0 {
        return 100;
    }
    ((reached.max(0) as i128 * 100 / threshold as i128).min(100)) as i32
}

/// What a campaign becomes at its deadline: succeeded when it reached its threshold.
pub fn outcome(
    kind: ThresholdKind,
    threshold: i64,
    participants: i64,
    amount: i64,
) -> CampaignStatus {
    let reached = match kind {
        ThresholdKind::Participants => participants,
        ThresholdKind::Amount => amount,
    };
    if reached >= threshold {
        CampaignStatus::Succeeded
    } else {
        CampaignStatus::Failed
    }
}

/// A quantity of 1 up to what the member may still order of an item.
pub fn check_quantity(quantity: i32, already: i64, limit: i32) -> AppResult<()> {
    if quantity < 1 {
        return Err(AppError::field("quantity", "数量至少为 1"));
    }
    if i64::from(quantity) + already > i64::from(limit) {
        return Err(AppError::field(
            "quantity",
            format!("每人限购 {limit} 件，您已订 {already} 件"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn caps() -> Caps {
        Caps::from_params(
            &json!({ "holidayGiftsYuanPerYear": 2000, "birthdayYuan": 300, "cashAllowed": false }),
        )
    }

    #[test]
    fn the_seeded_rule_reads_as_yuan_caps_in_fen_without_cash() {
        let c = caps();
        assert_eq!(c.of(WelfareCategory::Holiday), Some(200_000));
        assert_eq!(c.of(WelfareCategory::Birthday), Some(30_000));
        assert_eq!(c.of(WelfareCategory::Other), None);
        assert!(!c.cash_allowed);
        let lenient = Caps::from_params(&json!({ "birthdayYuan": 299.5, "cashAllowed": true }));
        assert_eq!(lenient.holiday_fen, None);
        assert_eq!(lenient.birthday_fen, Some(29_950));
        assert!(lenient.cash_allowed);
    }

    #[test]
    fn exactly_the_cap_is_allowed_and_one_fen_more_is_refused() {
        let cap = Some(200_000);
        assert!(check_cap(WelfareCategory::Holiday, cap, 150_000, 50_000).is_ok());
        let err = check_cap(WelfareCategory::Holiday, cap, 150_000, 50_001).unwrap_err();
        assert!(err.to_string().contains("剩余 500.00 元"), "{err}");
        assert!(check_cap(WelfareCategory::Other, None, i64::MAX / 2, 1).is_ok());
    }

    #[test]
    fn cash_like_items_are_refused_unless_the_rule_allows_them() {
        assert!(check_cash("items", true, &caps()).is_err());
        assert!(check_cash("items", false, &caps()).is_ok());
        let allowed = Caps {
            cash_allowed: true,
            ..caps()
        };
        assert!(check_cash("items", true, &allowed).is_ok());
    }

    #[test]
    fn prices_are_positive_and_subsidies_lie_between_zero_and_the_price() {
        assert!(check_price("p", 1, 0).is_ok());
        assert!(check_price("p", 100, 100).is_ok());
        assert!(check_price("p", 0, 0).is_err());
        assert!(check_price("p", 100, 101).is_err());
        assert!(check_price("p", 100, -1).is_err());
        assert!(check_price("p", MAX_PRICE_FEN + 1, 0).is_err());
    }

    #[test]
    fn a_campaign_succeeds_at_its_threshold_and_fails_one_short() {
        assert_eq!(
            outcome(ThresholdKind::Participants, 10, 10, 0),
            CampaignStatus::Succeeded
        );
        assert_eq!(
            outcome(ThresholdKind::Participants, 10, 9, 1_000_000),
            CampaignStatus::Failed
        );
        assert_eq!(
            outcome(ThresholdKind::Amount, 50_000, 1, 50_000),
            CampaignStatus::Succeeded
        );
        assert_eq!(
            outcome(ThresholdKind::Amount, 50_000, 99, 49_999),
            CampaignStatus::Failed
        );
    }

    #[test]
    fn progress_is_a_bounded_percentage() {
        assert_eq!(progress_percent(ThresholdKind::Participants, 10, 3, 0), 30);
        assert_eq!(
            progress_percent(ThresholdKind::Participants, 10, 30, 0),
            100
        );
        assert_eq!(progress_percent(ThresholdKind::Amount, 3, 0, 1), 33);
    }

    #[test]
    fn quantities_respect_the_per_member_limit() {
        assert!(check_quantity(2, 0, 2).is_ok());
        assert!(check_quantity(1, 1, 2).is_ok());
        assert!(check_quantity(1, 2, 2).is_err());
        assert!(check_quantity(0, 0, 2).is_err());
    }

    #[test]
    fn deadlines_lie_ahead_within_a_year() {
        let now = Utc::now();
        assert!(check_deadline(now, now).is_err());
        assert!(check_deadline(now + Duration::minutes(1), now).is_ok());
        assert!(check_deadline(now + Duration::days(367), now).is_err());
    }

    #[test]
    fn fen_format_as_yuan_with_two_decimals() {
        assert_eq!(yuan(0), "0.00");
        assert_eq!(yuan(19_805), "198.05");
        assert_eq!(yuan(-5), "-0.05");
    }
}
