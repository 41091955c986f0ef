//! The rules of inquiries, pure: the answer deadline's working days (counted by
//! [`crate::workday`]), the steps each status allows, and the rating's range.

use super::model::InquiryStatus;
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
