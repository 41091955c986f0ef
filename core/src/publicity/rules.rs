//! Pure rules of public notices: the objection window, who may object when, how a 公示 may be
//! closed, and who may know an objection's author.

use super::model::{Access, PublicityKind, PublicityOutcome, PublicityStatus};
use crate::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};

/// Shortest window, in days.
pub const MIN_DAYS: i64 = 1;
/// Longest window, in days.
pub const MAX_DAYS: i64 = 30;
/// Latest start, in days from now.
pub const MAX_START_DAYS: i64 = 90;
/// How far in the past a start may lie (clock skew of the client).
pub const START_SLACK_MINUTES: i64 = 10;

/// The objection window from the form: the start (now when absent) and the end (given, or the
/// start plus `days`; party kinds default to `party_days`, the rule `party.publicity.days`).
/// The window lasts from one to thirty days and starts within ninety days.
pub fn window(
    kind: PublicityKind,
    start: Option<DateTime<Utc>>,
    end: Option<DateTime<Utc>>,
    days: Option<i32>,
    party_days: i64,
    now: DateTime<Utc>,
) -> AppResult<(DateTime<Utc>, DateTime<Utc>)> {
    let start = start.unwrap_or(now);
    if start < now - Duration::minutes(START_SLACK_MINUTES) {
        return Err(AppError::field("windowStart", "公示开始时间不能早于现在"));
    }
    if start > now + Duration::days(MAX_START_DAYS) {
        return Err(AppError::field(
            "windowStart",
            format!("公示开始时间须在 {MAX_START_DAYS} 天内"),
        ));
    }
    let end = match (end, days) {
        (Some(e), _) => e,
        (None, Some(d)) => {
            let d = i64::from(d);
            if !(MIN_DAYS..=MAX_DAYS).contains(&d) {
                return Err(AppError::field(
                    "days",
                    format!("公示期须为 {MIN_DAYS}–{MAX_DAYS} 天"),
                ));
            }
            start + Duration::days(d)
        }
        (None, None) if kind.is_party() => start + Duration::days(party_days.max(MIN_DAYS)),
        (None, None) => {
            return Err(AppError::field("days", "请填写公示期（天数）或结束时间"));
        }
    };
    let length = end - start;
    if length < Duration::days(MIN_DAYS) || length > Duration::days(MAX_DAYS) {
        return Err(AppError::field(
            "windowEnd",
            format!("公示期须为 {MIN_DAYS}–{MAX_DAYS} 天"),
        ));
    }
    Ok((start, end))
}

/// Whether the window is open at `now`: begun, not ended, and the 公示 still open.
pub fn window_open(
    status: PublicityStatus,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    status == PublicityStatus::Open && start <= now && now < end
}

/// An objection is taken only while the window is open (else `VALIDATION` on `publicityId`).
pub fn check_objection(
    status: PublicityStatus,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    if status != PublicityStatus::Open {
        return Err(AppError::field("publicityId", "该公示已结束"));
    }
    if now < start {
        return Err(AppError::field("publicityId", "公示期尚未开始"));
    }
    if now >= end {
        return Err(AppError::field(
            "publicityId",
            "公示期已结束，不能再提出异议",
        ));
    }
    Ok(())
}

/// How a 公示 may be closed: withdrawn at any time while open; confirmed or rejected only after
/// the window, with every objection handled; confirmed only when none was upheld.
pub fn check_close(
    status: PublicityStatus,
    outcome: PublicityOutcome,
    end: DateTime<Utc>,
    pending: i64,
    upheld: i64,
    now: DateTime<Utc>,
) -> AppResult<()> {
    if status != PublicityStatus::Open {
        return Err(AppError::Conflict("该公示已结束".into()));
    }
    if outcome == PublicityOutcome::Withdrawn {
        return Ok(());
    }
    if now < end {
        return Err(AppError::field("outcome", "公示期尚未结束"));
    }
    if pending > 0 {
        return Err(AppError::field(
            "outcome",
            format!("还有 {pending} 条异议未处理"),
        ));
    }
    if outcome == PublicityOutcome::Confirmed && upheld > 0 {
        return Err(AppError::field("outcome", "有异议经核查属实，不能确认通过"));
    }
    Ok(())
}

/// Whether the viewer may know who wrote an objection: its author, and the handlers — never
/// the subject (even one who is also a handler); other members only when it was named.
pub fn author_visible(access: &Access, anonymous: bool, mine: bool) -> bool {
    if mine {
        return true;
    }
    if access.subject {
        return false;
    }
    access.handler || !anonymous
}

/// Whether the viewer may read the objections themselves (the subject sees a count only).
pub fn objections_visible(access: &Access) -> bool {
    !access.subject && (access.handler || access.officer || access.invited)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 7, 8, 0, 0).unwrap()
    }

    #[test]
    fn a_party_kind_defaults_to_the_rule_and_other_kinds_need_days() {
        let (s, e) = window(PublicityKind::Development, None, None, None, 5, now()).unwrap();
        assert_eq!(s, now());
        assert_eq!(e - s, Duration::days(5));
        let err = window(PublicityKind::Honour, None, None, None, 5, now()).unwrap_err();
        assert_eq!(err.code(), "VALIDATION");
        let (_, e) = window(PublicityKind::Honour, None, None, Some(7), 5, now()).unwrap();
        assert_eq!(e - now(), Duration::days(7));
    }

    #[test]
    fn a_window_of_one_to_thirty_days_is_accepted_and_others_are_refused() {
        for d in [0, 31] {
            assert!(window(PublicityKind::Other, None, None, Some(d), 5, now()).is_err());
        }
        for d in [1, 30] {
            assert!(window(PublicityKind::Other, None, None, Some(d), 5, now()).is_ok());
        }
        let short = now() + Duration::hours(23);
        assert!(window(PublicityKind::Other, None, Some(short), None, 5, now()).is_err());
        let day = now() + Duration::days(1);
        assert!(window(PublicityKind::Other, None, Some(day), None, 5, now()).is_ok());
    }

    #[test]
    fn a_start_in_the_past_or_too_far_ahead_is_refused() {
        let past = now() - Duration::minutes(11);
        assert!(window(PublicityKind::Other, Some(past), None, Some(5), 5, now()).is_err());
        let skew = now() - Duration::minutes(9);
        assert!(window(PublicityKind::Other, Some(skew), None, Some(5), 5, now()).is_ok());
        let far = now() + Duration::days(91);
        assert!(window(PublicityKind::Other, Some(far), None, Some(5), 5, now()).is_err());
    }

    #[test]
    fn objections_are_taken_from_the_start_until_just_before_the_end() {
        let s = now();
        let e = now() + Duration::days(5);
        let open = PublicityStatus::Open;
        assert!(check_objection(open, s, e, s - Duration::seconds(1)).is_err());
        assert!(check_objection(open, s, e, s).is_ok());
        assert!(check_objection(open, s, e, e - Duration::seconds(1)).is_ok());
        assert!(check_objection(open, s, e, e).is_err());
        assert!(check_objection(PublicityStatus::Withdrawn, s, e, s).is_err());
    }

    #[test]
    fn closing_needs_the_window_over_and_every_objection_handled_and_none_upheld_to_confirm() {
        let e = now();
        let open = PublicityStatus::Open;
        let before = e - Duration::seconds(1);
        assert!(check_close(open, PublicityOutcome::Withdrawn, e, 3, 1, before).is_ok());
        assert!(check_close(open, PublicityOutcome::Confirmed, e, 0, 0, before).is_err());
        assert!(check_close(open, PublicityOutcome::Confirmed, e, 0, 0, e).is_ok());
        assert!(check_close(open, PublicityOutcome::Confirmed, e, 1, 0, e).is_err());
        assert!(check_close(open, PublicityOutcome::Confirmed, e, 0, 1, e).is_err());
        assert!(check_close(open, PublicityOutcome::Rejected, e, 0, 1, e).is_ok());
        let closed = PublicityStatus::Confirmed;
        assert_eq!(
            check_close(closed, PublicityOutcome::Withdrawn, e, 0, 0, e)
                .unwrap_err()
                .code(),
            "CONFLICT"
        );
    }

    #[test]
    fn the_subject_never_learns_an_author_and_members_only_learn_named_ones() {
        let subject_handler = Access {
            handler: true,
            officer: true,
            invited: false,
            subject: true,
        };
        assert!(!author_visible(&subject_handler, false, false));
        assert!(!objections_visible(&subject_handler));
        let handler = Access {
            handler: true,
            ..Access::default()
        };
        assert!(author_visible(&handler, true, false));
        let member = Access {
            invited: true,
            ..Access::default()
        };
        assert!(!author_visible(&member, true, false));
        assert!(author_visible(&member, false, false));
        assert!(author_visible(&member, true, true));
        assert!(objections_visible(&member));
    }
}
