//! The rules of organisation life as pure functions: quorum and compliance periods; the
//! rotating check-in code's windows and the geofence live in [`crate::checkin::rules`].

use chrono::{Datelike, Duration, NaiveDate};
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

pub use crate::checkin::rules::{CheckinTiming, distance_m};

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
