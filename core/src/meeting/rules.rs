//! The rules of organisation life as pure functions: quorum, the rotating check-in code's
//! windows, the geofence, and compliance periods.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde_json::Value;

/// The quorum a general meeting needs, from `meeting.quorum`
/// (`{"generalMeetingMoreThan": 0.5, "electionAtLeast": 0.8}`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quorum {
    /// The share of voting invitees.
    pub share: f64,
    /// `true`: at least the share (elections); `false`: more than it.
    pub inclusive: bool,
}

impl Quorum {
    /// The quorum for a general meeting, or an election, from the rule's parameters.
    pub fn from_params(params: &Value, election: bool) -> Self {
        if election {
            Self {
                share: params["electionAtLeast"].as_f64().unwrap_or(0.8),
                inclusive: true,
            }
        } else {
            Self {
                share: params["generalMeetingMoreThan"].as_f64().unwrap_or(0.5),
                inclusive: false,
            }
        }
    }

    /// Whether `present` of `expected` voting members meet it. Nobody expected meets nothing.
    pub fn met(&self, expected: i64, present: i64) -> bool {
        if expected <= 0 {
            return false;
        }
        // Compared in integers scaled by 10,000 so that 4 of 5 at "at least 0.8" holds exactly.
        let need = (self.share * 10_000.0).round() as i64 * expected;
        let have = present * 10_000;
        if self.inclusive {
            have >= need
        } else {
            have > need
        }
    }
}

/// The check-in code's timing, from `meeting.checkin`.
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

    /// Whether check-in is open at `now` for a meeting from `starts` to `ends`.
    pub fn open(&self, starts: DateTime<Utc>, ends: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        now >= starts - self.opens_before && now <= ends + self.closes_after
    }
}

/// Great-circle distance in metres (haversine; good to a few metres at a meeting's scale).
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const R: f64 = 6_371_000.0;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * R * a.sqrt().asin()
}

/// The period of `months` months containing `day`, aligned to January 2000 so that 1, 3, 6
/// and 12 give calendar months, quarters, halves and years. Returns first and last day.
pub fn period_containing(day: NaiveDate, months: u32) -> (NaiveDate, NaiveDate) {
    let months = i64::from(months.max(1));
    let index = (i64::from(day.year()) - 2000) * 12 + i64::from(day.month0());
    let start_index = index.div_euclid(months) * months;
    let start = month_at(start_index);
    let end = month_at(start_index + months).pred_opt().unwrap_or(start);
    (start, end)
}

fn month_at(index: i64) -> NaiveDate {
    let year = 2000 + index.div_euclid(12);
    let month = index.rem_euclid(12) + 1;
    NaiveDate::from_ymd_opt(year as i32, month as u32, 1).unwrap_or_default()
}

/// Where an org stands with a required type in the current period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Held in this period.
    Done,
    /// Not held yet, but one is scheduled within the period.
    Scheduled,
    /// Neither held nor scheduled.
    Due,
    /// The last period ended without one, and none is held yet in this one.
    Overdue,
}

/// The compliance of one org and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compliance {
    /// Current period's first day.
    pub period_start: NaiveDate,
    /// Its last day.
    pub period_end: NaiveDate,
    /// Days until it ends (0 on its last day).
    pub days_left: i64,
    /// Standing.
    pub standing: Standing,
    /// Behind, or due within the warning window.
    pub warning: bool,
    /// Whole periods of the last twelve months (since the org existed) with none held.
    pub missed_last_12_months: i64,
}

/// A meeting as compliance sees it: its local start day and whether it has taken place.
#[derive(Debug, Clone, Copy)]
pub struct Held {
    /// Local day it starts.
    pub day: NaiveDate,
    /// It has started (and is not cancelled); otherwise it is still to come.
    pub held: bool,
}

/// The compliance of one org with one type on `today`, given its meetings of that type (not
/// cancelled) and the day the org was created.
pub fn compliance(
    today: NaiveDate,
    months: u32,
    warn_before_days: i64,
    created: NaiveDate,
    meetings: &[Held],
) -> Compliance {
    let (start, end) = period_containing(today, months);
    let held_between =
        |a: NaiveDate, b: NaiveDate| meetings.iter().any(|m| m.held && m.day >= a && m.day <= b);
    let held_now = held_between(start, end);
    let scheduled = meetings
        .iter()
        .any(|m| !m.held && m.day >= today && m.day <= end);
    // Count the periods before this one that began within twelve months and after the org
    // existed.
    let twelve_months_ago = today - Duration::days(365);
    let mut missed = 0;
    let mut previous_missed = false;
    let mut cursor = start;
    for i in 0.. {
        let Some(prev_end) = cursor.pred_opt() else {
            break;
        };
        let (p_start, p_end) = period_containing(prev_end, months);
        if p_start < twelve_months_ago.with_day(1).unwrap_or(twelve_months_ago) || p_start < created
        {
            break;
        }
        let miss = !held_between(p_start, p_end);
        if miss {
            missed += 1;
        }
        if i == 0 {
            previous_missed = miss;
        }
        cursor = p_start;
    }
    let standing = if held_now {
        Standing::Done
    } else if scheduled {
        Standing::Scheduled
    } else if previous_missed {
        Standing::Overdue
    } else {
        Standing::Due
    };
    let days_left = (end - today).num_days();
    let warning = match standing {
        Standing::Done | Standing::Scheduled => false,
        Standing::Overdue => true,
        Standing::Due => days_left <= warn_before_days,
    };
    Compliance {
        period_start: start,
        period_end: end,
        days_left,
        standing,
        warning,
        missed_last_12_months: missed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(secs, 0).unwrap()
    }

    #[test]
    fn a_general_meeting_needs_more_than_half_and_an_election_at_least_four_fifths() {
        let rule = json!({"generalMeetingMoreThan": 0.5, "electionAtLeast": 0.8});
        let general = Quorum::from_params(&rule, false);
        assert!(!general.met(10, 5));
        assert!(general.met(10, 6));
        assert!(general.met(3, 2));
        let election = Quorum::from_params(&rule, true);
        assert!(election.met(5, 4));
        assert!(!election.met(10, 7));
        assert!(election.met(10, 8));
        assert!(!general.met(0, 0));
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

    #[test]
    fn periods_are_months_quarters_and_years() {
        assert_eq!(
            period_containing(d(2026, 12, 4), 1),
            (d(2026, 12, 1), d(2026, 12, 31))
        );
        assert_eq!(
            period_containing(d(2026, 11, 4), 3),
            (d(2026, 10, 1), d(2026, 12, 31))
        );
        assert_eq!(
            period_containing(d(2026, 2, 28), 12),
            (d(2026, 1, 1), d(2026, 12, 31))
        );
        assert_eq!(
            period_containing(d(1999, 12, 31), 3),
            (d(1999, 10, 1), d(1999, 12, 31))
        );
    }

    fn held(day: NaiveDate) -> Held {
        Held { day, held: true }
    }

    #[test]
    fn a_quarter_with_a_meeting_held_is_done() {
        let c = compliance(
            d(2026, 12, 4),
            3,
            10,
            d(2025, 1, 1),
            &[held(d(2026, 10, 20))],
        );
        assert_eq!(c.standing, Standing::Done);
        assert!(!c.warning);
        assert_eq!(c.days_left, 27);
    }

    #[test]
    fn a_meeting_planned_later_in_the_period_is_scheduled_not_done() {
        let planned = Held {
            day: d(2026, 12, 20),
            held: false,
        };
        let c = compliance(d(2026, 12, 4), 1, 10, d(2026, 1, 1), &[planned]);
        assert_eq!(c.standing, Standing::Scheduled);
        assert!(!c.warning);
    }

    #[test]
    fn nothing_this_month_warns_only_within_the_window() {
        let last_month = held(d(2026, 11, 10));
        let early = compliance(d(2026, 12, 4), 1, 10, d(2026, 1, 1), &[last_month]);
        assert_eq!(early.standing, Standing::Due);
        assert!(!early.warning);
        let late = compliance(d(2026, 12, 22), 1, 10, d(2026, 1, 1), &[last_month]);
        assert_eq!(late.standing, Standing::Due);
        assert!(late.warning);
    }

    #[test]
    fn a_missed_last_period_makes_it_overdue_and_counts_missed_periods_since_creation() {
        let c = compliance(
            d(2026, 12, 4),
            1,
            10,
            d(2026, 9, 1),
            &[held(d(2026, 10, 5))],
        );
        assert_eq!(c.standing, Standing::Overdue);
        assert!(c.warning);
        // September and November were missed; October was held.
        assert_eq!(c.missed_last_12_months, 2);
    }

    #[test]
    fn a_new_org_has_missed_nothing() {
        let c = compliance(d(2026, 12, 4), 3, 10, d(2026, 11, 15), &[]);
        assert_eq!(c.standing, Standing::Due);
        assert_eq!(c.missed_last_12_months, 0);
    }
}
