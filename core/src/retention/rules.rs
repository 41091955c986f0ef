//! The retention periods as numbers, from the rule's parameters. Pure functions.

use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

/// The rule that sets the retention periods.
pub const RULE: &str = "privacy.retention";

/// The audit log is kept at least this long (网络安全法第二十一条: six months).
pub const AUDIT_LOG_MIN_DAYS: u32 = 180;

const MAX_DAYS: u32 = 36_500;

/// How long each kind of data is kept, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Audit rows older than this are purged (never under [`AUDIT_LOG_MIN_DAYS`]).
    pub audit_log_days: u32,
    /// Notifications read longer ago than this are purged.
    pub read_notification_days: u32,
}

/// The periods of `privacy.retention`'s parameters. A value missing or out of range falls back
/// to the default (1,095 and 365 days); an audit period under the statutory minimum is raised
/// to it, whatever was stored.
pub fn retention(params: &Value) -> Retention {
    let audit = days(params, "auditLogDays").unwrap_or(1095);
    Retention {
        audit_log_days: audit.max(AUDIT_LOG_MIN_DAYS),
        read_notification_days: days(params, "readNotificationDays").unwrap_or(365),
    }
}

fn days(params: &Value, key: &str) -> Option<u32> {
    params[key]
        .as_u64()
        .and_then(|d| u32::try_from(d).ok())
        .filter(|d| (1..=MAX_DAYS).contains(d))
}

/// The instant before which data kept `days` is due at `now`.
pub fn cutoff(now: DateTime<Utc>, days: u32) -> DateTime<Utc> {
    now - Duration::days(i64::from(days))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_defaults_keep_the_audit_log_three_years_and_read_notifications_one() {
        let r = retention(&json!({ "auditLogDays": 1095, "readNotificationDays": 365 }));
        assert_eq!(r.audit_log_days, 1095);
        assert_eq!(r.read_notification_days, 365);
        assert_eq!(retention(&json!({})), r);
    }

    #[test]
    fn an_audit_period_under_180_days_is_raised_to_180_and_180_stands() {
        assert_eq!(
            retention(&json!({ "auditLogDays": 179 })).audit_log_days,
            180
        );
        assert_eq!(
            retention(&json!({ "auditLogDays": 180 })).audit_log_days,
            180
        );
        assert_eq!(
            retention(&json!({ "auditLogDays": 181 })).audit_log_days,
            181
        );
    }

    #[test]
    fn zero_negative_or_absurd_periods_fall_back_to_the_default() {
        for bad in [json!(0), json!(-5), json!(36_501), json!("30"), json!(null)] {
            let r = retention(&json!({ "auditLogDays": bad, "readNotificationDays": bad }));
            assert_eq!(
                (r.audit_log_days, r.read_notification_days),
                (1095, 365),
                "{bad}"
            );
        }
        assert_eq!(
            retention(&json!({ "readNotificationDays": 36_500 })).read_notification_days,
            36_500
        );
    }

    #[test]
    fn the_statutory_minimum_is_the_least_override_the_rules_accept() {
        let (least, _) = crate::statute::bounds(RULE, "auditLogDays").unwrap();
        assert_eq!(least, u64::from(AUDIT_LOG_MIN_DAYS));
    }

    #[test]
    fn the_cutoff_is_exactly_the_period_before_now() {
        let now = DateTime::parse_from_rfc3339("2026-12-07T08:00:00Z")
            .unwrap()
            .to_utc();
        let cut = cutoff(now, 180);
        assert_eq!(cut.to_rfc3339(), "2026-06-10T08:00:00+00:00");
    }
}
