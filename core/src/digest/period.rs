//! Digest periods: which daily and weekly period is current in a tenant's time zone, and the
//! window of notifications each one covers. Pure functions.

use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

pub use crate::notify::model::Frequency;

/// Digests go out from this local hour.
pub const SEND_HOUR: u32 = 7;

/// One digest period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// Daily or weekly.
    pub frequency: Frequency,
    /// Stable key, e.g. `D2026-11-21` or `W2026-47`.
    pub key: String,
    /// Notifications from here …
    pub since: DateTime<Utc>,
    /// … up to here (the period's start, when it is sent).
    pub until: DateTime<Utc>,
}

fn at_send_hour(tz: Tz, date: chrono::NaiveDate) -> DateTime<Utc> {
    let local = date.and_time(NaiveTime::from_hms_opt(SEND_HOUR, 0, 0).expect("valid hour"));
    // 07:00 exists on every day in every zone that moves clocks at night; take the earlier
    // instant if it were ever ambiguous.
    tz.from_local_datetime(&local)
        .earliest()
        .unwrap_or_else(|| Utc.from_utc_datetime(&local).with_timezone(&tz))
        .with_timezone(&Utc)
}

/// The current daily and weekly periods at `now` in `tz`: each started at the latest send
/// hour (any day for daily, a Monday for weekly) not after `now`, and covers the period
/// before it.
pub fn current(now: DateTime<Utc>, tz: Tz) -> [Period; 2] {
    let today = now.with_timezone(&tz).date_naive();
    let mut day = today;
    if at_send_hour(tz, day) > now {
        day = day.pred_opt().expect("a date after year 1");
    }
    let day_start = at_send_hour(tz, day);
    let mut monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    if at_send_hour(tz, monday) > now {
        monday -= Duration::days(7);
    }
    let week_start = at_send_hour(tz, monday);
    let week = monday.iso_week();
    [
        Period {
            frequency: Frequency::Daily,
            key: format!("D{}", day.format("%Y-%m-%d")),
            since: at_send_hour(tz, day.pred_opt().expect("a date after year 1")),
            until: day_start,
        },
        Period {
            frequency: Frequency::Weekly,
            key: format!("W{}-{:02}", week.year(), week.week()),
            since: at_send_hour(tz, monday - Duration::days(7)),
            until: week_start,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn after_seven_in_shanghai_the_daily_period_is_today_and_covers_yesterday_morning_on() {
        // 2026-11-21 09:00 in Shanghai.
        let [daily, _] = current(utc("2026-11-21T01:00:00Z"), chrono_tz::Asia::Shanghai);
        assert_eq!(daily.key, "D2026-11-21");
        assert_eq!(daily.until, utc("2026-11-20T23:00:00Z"));
        assert_eq!(daily.since, utc("2026-11-19T23:00:00Z"));
    }

    #[test]
    fn before_seven_the_daily_period_is_still_yesterdays() {
        // 2026-11-21 06:59 in Shanghai.
        let [daily, _] = current(utc("2026-11-20T22:59:00Z"), chrono_tz::Asia::Shanghai);
        assert_eq!(daily.key, "D2026-11-20");
    }

    #[test]
    fn the_weekly_period_starts_on_monday_morning_and_is_keyed_by_iso_week() {
        // Saturday 2026-11-21 (ISO week 47): the period began Monday 2026-11-16 07:00.
        let [_, weekly] = current(utc("2026-11-21T01:00:00Z"), chrono_tz::Asia::Shanghai);
        assert_eq!(weekly.key, "W2026-47");
        assert_eq!(weekly.until, utc("2026-11-15T23:00:00Z"));
        assert_eq!(weekly.since, utc("2026-11-08T23:00:00Z"));
        // Monday 2026-11-23 06:00 local is still week 47's period.
        let [_, early] = current(utc("2026-11-22T22:00:00Z"), chrono_tz::Asia::Shanghai);
        assert_eq!(early.key, "W2026-47");
        let [_, next] = current(utc("2026-11-22T23:00:00Z"), chrono_tz::Asia::Shanghai);
        assert_eq!(next.key, "W2026-48");
    }

    #[test]
    fn frequency_codes_round_trip() {
        for f in Frequency::ALL {
            assert_eq!(f.as_str().parse::<Frequency>(), Ok(*f));
        }
        assert!("HOURLY".parse::<Frequency>().is_err());
    }
}
