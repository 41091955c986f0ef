//! The rules of moderation, pure: the auto-hide threshold and what each moderator action does
//! to an item.

use super::model::{ItemStatus, ModerationAction};
use serde_json::Value;

/// The rule giving the number of reports that hide an item (`reports`).
pub const RULE: &str = "moderation.auto_hide_reports";
/// The threshold when the parameter is missing or not a positive number.
pub const DEFAULT_REPORTS: i32 = 3;
/// Longest report reason.
pub const MAX_REASON: usize = 500;
/// Longest moderator note.
pub const MAX_NOTE: usize = 500;

/// The threshold of the effective parameters.
pub fn threshold(params: &Value) -> i32 {
    params["reports"]
        .as_i64()
        .and_then(|n| i32::try_from(n).ok())
        .filter(|n| *n >= 1)
        .unwrap_or(DEFAULT_REPORTS)
}

/// Whether an item with `pending` reports since the last decision is hidden now.
pub fn auto_hides(pending: i32, threshold: i32, hidden: bool) -> bool {
    !hidden && pending >= threshold
}

/// The status and visibility a moderator's action leaves, or the message refusing it.
pub fn apply(
    status: ItemStatus,
    hidden: bool,
    action: ModerationAction,
) -> Result<(ItemStatus, bool), String> {
    use ItemStatus::*;
    match action {
        ModerationAction::Dismiss if matches!(status, Pending | Hidden) => Ok((Dismissed, false)),
        ModerationAction::Dismiss => Err("没有待处理的举报".into()),
        ModerationAction::Hide if !hidden => Ok((Hidden, true)),
        ModerationAction::Hide => Err("该内容已隐藏".into()),
        ModerationAction::Restore if hidden => Ok((Restored, false)),
        ModerationAction::Restore => Err("该内容未被隐藏".into()),
        ModerationAction::WarnAuthor => Ok((status, hidden)),
        ModerationAction::AutoHide => Err("自动隐藏由系统执行".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ItemStatus::*;
    use ModerationAction::*;

    #[test]
    fn the_threshold_hides_at_exactly_n_reports() {
        assert!(!auto_hides(2, 3, false));
        assert!(auto_hides(3, 3, false));
        assert!(!auto_hides(4, 3, true), "hidden once");
    }

    #[test]
    fn the_threshold_comes_from_the_rule_with_a_safe_default() {
        assert_eq!(threshold(&serde_json::json!({ "reports": 5 })), 5);
        assert_eq!(threshold(&serde_json::json!({ "reports": 0 })), 3);
        assert_eq!(threshold(&serde_json::json!({})), 3);
    }

    #[test]
    fn dismissing_shows_the_content_and_needs_pending_reports() {
        assert_eq!(apply(Pending, false, Dismiss), Ok((Dismissed, false)));
        assert_eq!(apply(Hidden, true, Dismiss), Ok((Dismissed, false)));
        assert!(apply(Dismissed, false, Dismiss).is_err());
    }

    #[test]
    fn hiding_and_restoring_alternate() {
        assert_eq!(apply(Pending, false, Hide), Ok((Hidden, true)));
        assert!(apply(Hidden, true, Hide).is_err());
        assert_eq!(apply(Hidden, true, Restore), Ok((Restored, false)));
        assert!(apply(Pending, false, Restore).is_err());
    }

    #[test]
    fn a_warning_changes_nothing_but_the_record() {
        assert_eq!(apply(Pending, false, WarnAuthor), Ok((Pending, false)));
        assert_eq!(apply(Hidden, true, WarnAuthor), Ok((Hidden, true)));
        assert!(apply(Pending, false, AutoHide).is_err());
    }
}
