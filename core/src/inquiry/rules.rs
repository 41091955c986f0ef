//! The rules of inquiries, pure: the answer deadline in working days, the steps each status
//! allows, and the rating's range.

use super::model::InquiryStatus;
use chrono::{DateTime, Datelike, Duration, Utc, Weekday};
use chrono_tz::Asia::Shanghai;
use serde_json::Value;

/// The rule giving the deadline (`workingDays`) and the reminder offsets.
pub const RULE: &str = "inquiry.answer_deadline";
/// The deadline when the rule's parameter is missing or not a positive number.
pub const DEFAULT_WORKING_DAYS: u32 = 5;
/// Longest subject.
pub const MAX_SUBJECT: usize = 100;
/// Longest question or answer.
pub const MAX_BODY: usize = 5000;
/// Longest rating comment.
pub const MAX_COMMENT: usize = 500;

/// The working days of the effective parameters.
pub fn working_days(params: &Value) -> u32 {
    params["workingDays"]
        .as_u64()
        .and_then(|d| u32::try_from(d).ok())
        .filter(|d| (1..=60).contains(d))
        .unwrap_or(DEFAULT_WORKING_DAYS)
}

/// Whether a day is a working day (Monday to Friday).
pub fn is_working_day(d: Weekday) -> bool {
    !matches!(d, Weekday::Sat | Weekday::Sun)
}

/// The deadline `days` working days after `asked`, at the same Beijing time of day. A question
/// asked on a weekend counts from the next Monday (its first working day is that Monday).
pub fn due_at(asked: DateTime<Utc>, days: u32) -> DateTime<Utc> {
    let mut day = asked.with_timezone(&Shanghai);
    let mut left = days;
    while left > 0 {
        day += Duration::days(1);
        if is_working_day(day.weekday()) {
            left -= 1;
        }
    }
    day.with_timezone(&Utc)
}

/// Whether an inquiry in `status` may be answered.
pub fn answerable(status: InquiryStatus) -> bool {
    status == InquiryStatus::Open
}

/// Whether an inquiry in `status` may be rated (once, after the answer).
pub fn ratable(status: InquiryStatus) -> bool {
    status == InquiryStatus::Answered
}

/// Whether the rating is in range.
pub fn rating_ok(rating: i32) -> bool {
    (1..=5).contains(&rating)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn beijing(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Shanghai
            .with_ymd_and_hms(y, m, d, h, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn five_working_days_from_a_monday_is_the_next_monday() {
        // 2026-12-07 is a Monday.
        assert_eq!(
            due_at(beijing(2026, 12, 7, 10), 5),
            beijing(2026, 12, 14, 10)
        );
    }

    #[test]
    fn five_working_days_from_a_wednesday_skip_the_weekend() {
        assert_eq!(
            due_at(beijing(2026, 12, 9, 10), 5),
            beijing(2026, 12, 16, 10)
        );
    }

    #[test]
    fn one_working_day_from_a_friday_is_monday() {
        assert_eq!(
            due_at(beijing(2026, 12, 11, 15), 1),
            beijing(2026, 12, 14, 15)
        );
    }

    #[test]
    fn a_question_asked_on_saturday_counts_from_monday() {
        // Saturday 12th: Mon 14 … Fri 18 are the five days.
        assert_eq!(
            due_at(beijing(2026, 12, 12, 9), 5),
            beijing(2026, 12, 18, 9)
        );
        assert_eq!(
            due_at(beijing(2026, 12, 13, 9), 1),
            beijing(2026, 12, 14, 9)
        );
    }

    #[test]
    fn the_beijing_day_decides_not_the_utc_day() {
        // Friday 01:00 in Beijing is Thursday in UTC; one working day later is Monday.
        assert_eq!(
            due_at(beijing(2026, 12, 11, 1), 1),
            beijing(2026, 12, 14, 1)
        );
    }

    #[test]
    fn the_rule_parameter_is_read_with_a_safe_default() {
        assert_eq!(working_days(&serde_json::json!({ "workingDays": 3 })), 3);
        assert_eq!(working_days(&serde_json::json!({ "workingDays": 0 })), 5);
        assert_eq!(working_days(&serde_json::json!({})), 5);
    }

    #[test]
    fn only_open_inquiries_are_answered_and_only_answered_ones_rated() {
        assert!(answerable(InquiryStatus::Open));
        assert!(!answerable(InquiryStatus::Answered));
        assert!(ratable(InquiryStatus::Answered));
        assert!(!ratable(InquiryStatus::Rated));
        assert!(!ratable(InquiryStatus::Open));
    }

    #[test]
    fn ratings_run_from_one_to_five() {
        assert!(!rating_ok(0));
        assert!(rating_ok(1));
        assert!(rating_ok(5));
        assert!(!rating_ok(6));
    }
}
