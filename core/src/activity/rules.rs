//! The rules of registration as pure functions: where a new registration lands, how many may
//! be promoted from the waitlist, and when registration and cancellation are open.

use super::model::RegistrationStatus;
use chrono::{DateTime, Utc};

/// Where a registration lands: 待审核 when the organiser approves each one, else a place while
/// places remain (or without a limit), else the waitlist.
pub fn on_register(
    approval_required: bool,
    capacity: Option<i32>,
    registered: i32,
) -> RegistrationStatus {
    if approval_required {
        RegistrationStatus::PendingApproval
    } else {
        placed(capacity, registered)
    }
}

/// Where an approved (or new) registration lands: a place while places remain, else the
/// waitlist.
pub fn placed(capacity: Option<i32>, registered: i32) -> RegistrationStatus {
    match capacity {
        Some(c) if registered >= c => RegistrationStatus::Waitlisted,
        _ => RegistrationStatus::Registered,
    }
}

/// How many waitlisted members may be promoted now.
pub fn free_places(capacity: Option<i32>, registered: i32) -> i64 {
    match capacity {
        Some(c) => i64::from((c - registered).max(0)),
        None => i64::MAX,
    }
}

/// Whether registration is still open at `now` (until the deadline, inclusive).
pub fn registration_open(deadline: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now <= deadline
}

/// Whether a member may still withdraw at `now` (until the start).
pub fn cancellation_open(starts_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now < starts_at
}

/// The attendance rate in percent (one decimal), none when nobody held a place.
pub fn rate(registered: i64, attended: i64) -> Option<f64> {
    (registered > 0).then(|| (attended as f64 * 1000.0 / registered as f64).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn registrations_take_places_until_full_then_wait_in_line() {
        assert_eq!(
            on_register(false, Some(10), 9),
            RegistrationStatus::Registered
        );
        assert_eq!(
            on_register(false, Some(10), 10),
            RegistrationStatus::Waitlisted
        );
        assert_eq!(
            on_register(false, None, 10_000),
            RegistrationStatus::Registered
        );
        assert_eq!(
            on_register(true, Some(10), 0),
            RegistrationStatus::PendingApproval
        );
        assert_eq!(free_places(Some(10), 8), 2);
        assert_eq!(free_places(Some(10), 12), 0);
    }

    #[test]
    fn registration_closes_after_the_deadline_and_cancellation_at_the_start() {
        let t = Utc::now();
        assert!(registration_open(t, t));
        assert!(!registration_open(t, t + Duration::seconds(1)));
        assert!(cancellation_open(t, t - Duration::seconds(1)));
        assert!(!cancellation_open(t, t));
    }

    #[test]
    fn the_rate_is_a_percentage_to_one_decimal() {
        assert_eq!(rate(0, 0), None);
        assert_eq!(rate(3, 2), Some(66.7));
        assert_eq!(rate(10, 10), Some(100.0));
    }
}
