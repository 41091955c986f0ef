//! The check-in rules as pure functions: the rotating code's windows and the geofence.

use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

/// The check-in code's timing, from `meeting.checkin` (meetings and activities alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckinTiming {
    /// A new code every this many seconds.
    pub rotate_secs: i64,
    /// A code stays valid this long after the next one replaced it.
    pub grace_secs: i64,
    /// Check-in opens this long before the start.
    pub opens_before: Duration,
    /// And closes this long after the end.
    pub closes_after: Duration,
}

impl CheckinTiming {
    /// From the rule's parameters (rotation at least one second).
    pub fn from_params(p: &Value) -> Self {
        Self {
            rotate_secs: p["rotateSeconds"].as_i64().unwrap_or(30).max(1),
            grace_secs: p["graceSeconds"].as_i64().unwrap_or(15).max(0),
            opens_before: Duration::minutes(p["opensMinutesBefore"].as_i64().unwrap_or(30)),
            closes_after: Duration::minutes(p["closesMinutesAfterEnd"].as_i64().unwrap_or(30)),
        }
    }

    /// The window number a code made at `now` carries.
    pub fn window(&self, now: DateTime<Utc>) -> i64 {
        now.timestamp().div_euclid(self.rotate_secs)
    }

    /// When the next code replaces the one of `window`.
    pub fn rotates_at(&self, window: i64) -> DateTime<Utc> {
        DateTime::from_timestamp((window + 1) * self.rotate_secs, 0).unwrap_or_default()
    }

    /// When the code of `window` stops being accepted.
    pub fn expires_at(&self, window: i64) -> DateTime<Utc> {
        self.rotates_at(window) + Duration::seconds(self.grace_secs)
    }

    /// Whether a code of `window` is accepted at `now`: not from the future, not expired.
    pub fn accepts(&self, window: i64, now: DateTime<Utc>) -> bool {
        window <= self.window(now) && now < self.expires_at(window)
    }

    /// Whether check-in is open at `now` for an event from `starts` to `ends`.
    pub fn open(&self, starts: DateTime<Utc>, ends: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        now >= starts - self.opens_before && now <= ends + self.closes_after
    }
}

/// Great-circle distance in metres (haversine; good to a few metres at an event's scale).
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const R: f64 = 6_371_000.0;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * R * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(secs, 0).unwrap()
    }

    #[test]
    fn a_code_is_accepted_in_its_window_and_the_grace_after_then_refused() {
        let t = CheckinTiming::from_params(&json!({"rotateSeconds": 30, "graceSeconds": 15}));
        let w = t.window(at(1_800_000_010));
        assert_eq!(t.rotates_at(w), at(1_800_000_030));
        assert!(t.accepts(w, at(1_800_000_010)));
        assert!(t.accepts(w, at(1_800_000_044)));
        assert!(!t.accepts(w, at(1_800_000_045)));
        assert!(
            !t.accepts(w + 1, at(1_800_000_010)),
            "a code from the future"
        );
        assert!(
            !t.accepts(w, at(1_800_000_600)),
            "a screenshot relayed later"
        );
    }

    #[test]
    fn check_in_opens_before_the_start_and_closes_after_the_end() {
        let t = CheckinTiming::from_params(
            &json!({"opensMinutesBefore": 30, "closesMinutesAfterEnd": 30}),
        );
        let (s, e) = (at(1_800_003_600), at(1_800_007_200));
        assert!(!t.open(s, e, at(1_800_003_600 - 1801)));
        assert!(t.open(s, e, at(1_800_003_600 - 1800)));
        assert!(t.open(s, e, at(1_800_007_200 + 1800)));
        assert!(!t.open(s, e, at(1_800_007_200 + 1801)));
    }

    #[test]
    fn distances_match_known_points() {
        assert!(distance_m(39.9042, 116.4074, 39.9042, 116.4074) < 0.001);
        // One thousandth of a degree of latitude is about 111 m.
        let d = distance_m(39.9042, 116.4074, 39.9052, 116.4074);
        assert!((d - 111.2).abs() < 1.0, "{d}");
    }
}
