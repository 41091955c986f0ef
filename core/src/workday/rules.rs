//! Pure rules of working days: a day is worked Monday to Friday unless the calendar says it
//! is a holiday, and a Saturday or Sunday is worked when the calendar says so (调休上班).

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use chrono_tz::Asia::Shanghai;
use std::collections::BTreeMap;

crate::text_enum! {
    /// What a day of the calendar is.
    pub enum DayKind {
        /// 放假: a statutory holiday or its 调休 rest day.
        Holiday = "HOLIDAY",
        /// 调休上班: a Saturday or Sunday worked.
        Workday = "WORKDAY",
        /// 按常规: Monday to Friday worked, the weekend rested (a tenant's override that cancels
        /// a national entry).
        Regular = "REGULAR",
    }
}

impl DayKind {
    /// The Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            DayKind::Holiday => "放假",
            DayKind::Workday => "调休上班",
            DayKind::Regular => "按常规",
        }
    }
}

/// The exceptional days of a stretch of time, as they stand for a tenant (national entries
/// with the tenant's overrides applied); every other day follows Monday to Friday.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    days: BTreeMap<NaiveDate, DayKind>,
}

impl Calendar {
    /// A calendar of the given exceptional days.
    pub fn new(days: impl IntoIterator<Item = (NaiveDate, DayKind)>) -> Self {
        Self {
            days: days.into_iter().collect(),
        }
    }

    /// Whether a day is worked.
    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        match self.days.get(&day) {
            Some(DayKind::Holiday) => false,
            Some(DayKind::Workday) => true,
            Some(DayKind::Regular) | None => !matches!(day.weekday(), Weekday::Sat | Weekday::Sun),
        }
    }

    /// The day `n` working days after `day` (the day itself not counted).
    pub fn add_working_days(&self, day: NaiveDate, n: u32) -> NaiveDate {
        let mut d = day;
        let mut left = n;
        while left > 0 {
            d += Duration::days(1);
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        d
    }

    /// The deadline `n` working days after `from`, at the same Beijing time of day: something
    /// received on a holiday or a weekend counts from the next working day.
    pub fn deadline(&self, from: DateTime<Utc>, n: u32) -> DateTime<Utc> {
        let local = from.with_timezone(&Shanghai);
        let day = self.add_working_days(local.date_naive(), n);
        let shift = day - local.date_naive();
        (local + shift).with_timezone(&Utc)
    }
}

/// How many calendar days a deadline of `n` working days can span at most: two weekend days a
/// week, and the longest national break (nine days) once every few weeks, with room to spare.
pub fn span_days(n: u32) -> i64 {
    i64::from(n) * 2 + 30
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The 2026 春节 arrangement: Saturday 14 February worked, 15–23 February off, Saturday 28
    /// February worked.
    fn spring_2026() -> Calendar {
        let mut days: Vec<(NaiveDate, DayKind)> = (15..=23)
            .map(|x| (d(2026, 2, x), DayKind::Holiday))
            .collect();
        days.push((d(2026, 2, 14), DayKind::Workday));
        days.push((d(2026, 2, 28), DayKind::Workday));
        Calendar::new(days)
    }

    #[test]
    fn weekdays_are_worked_weekends_are_not_unless_the_calendar_says_otherwise() {
        let c = spring_2026();
        assert!(c.is_working_day(d(2026, 2, 13)), "a Friday");
        assert!(c.is_working_day(d(2026, 2, 14)), "调休 Saturday");
        assert!(!c.is_working_day(d(2026, 2, 16)), "a Monday of 春节");
        assert!(!c.is_working_day(d(2026, 2, 21)), "a Saturday of 春节");
        assert!(!c.is_working_day(d(2026, 3, 1)), "a plain Sunday");
    }

    #[test]
    fn five_working_days_from_before_the_spring_festival_skip_the_break_and_count_the_saturdays() {
        let c = spring_2026();
        // Thursday 12 February: Fri 13, Sat 14 (worked), then 15–23 off, Tue 24, Wed 25, Thu 26.
        assert_eq!(c.add_working_days(d(2026, 2, 12), 5), d(2026, 2, 26));
        // Wednesday 25 February: Thu 26, Fri 27, Sat 28 (worked), Mon 2 March.
        assert_eq!(c.add_working_days(d(2026, 2, 25), 4), d(2026, 3, 2));
        // Without the arrangement the same count ends on Thursday 19 February.
        assert_eq!(
            Calendar::default().add_working_days(d(2026, 2, 12), 5),
            d(2026, 2, 19)
        );
    }

    #[test]
    fn fifteen_working_days_across_the_national_day_break() {
        let mut days: Vec<(NaiveDate, DayKind)> = (1..=7)
            .map(|x| (d(2026, 10, x), DayKind::Holiday))
            .collect();
        days.push((d(2026, 9, 20), DayKind::Workday));
        days.push((d(2026, 10, 10), DayKind::Workday));
        let c = Calendar::new(days);
        // From Friday 25 September (中秋 left out here): Mon 28, Tue 29, Wed 30 (3), then 1–7
        // October off, Thu 8, Fri 9, Sat 10 (worked) (6), 12–16 (11), 19–22 (15).
        assert_eq!(c.add_working_days(d(2026, 9, 25), 15), d(2026, 10, 22));
    }

    #[test]
    fn a_tenant_override_back_to_regular_cancels_a_national_entry() {
        let c = Calendar::new([
            (d(2026, 2, 14), DayKind::Regular),
            (d(2026, 2, 16), DayKind::Regular),
        ]);
        assert!(!c.is_working_day(d(2026, 2, 14)), "a Saturday again");
        assert!(c.is_working_day(d(2026, 2, 16)), "a Monday again");
    }

    #[test]
    fn a_deadline_keeps_the_beijing_time_of_day() {
        let c = spring_2026();
        let from = Shanghai
            .with_ymd_and_hms(2026, 2, 12, 10, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let due = Shanghai
            .with_ymd_and_hms(2026, 2, 26, 10, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(c.deadline(from, 5), due);
        // Late in the evening counts by the Beijing date, not the UTC one: Sat 14 (worked),
        // then Tuesday 24 February.
        let late = Shanghai
            .with_ymd_and_hms(2026, 2, 13, 23, 30, 0)
            .unwrap()
            .with_timezone(&Utc);
        let late_due = Shanghai
            .with_ymd_and_hms(2026, 2, 24, 23, 30, 0)
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(c.deadline(late, 2), late_due);
    }

    #[test]
    fn the_span_covers_the_longest_break() {
        assert!(span_days(1) >= 11);
        assert!(span_days(15) >= 15 * 7 / 5 + 9);
    }

    fn beijing(y: i32, m: u32, day: u32, h: u32) -> DateTime<Utc> {
        Shanghai
            .with_ymd_and_hms(y, m, day, h, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn without_exceptions_five_working_days_from_a_monday_is_the_next_monday() {
        let c = Calendar::default();
        // 2026-12-07 is a Monday.
        assert_eq!(
            c.deadline(beijing(2026, 12, 7, 10), 5),
            beijing(2026, 12, 14, 10)
        );
        assert_eq!(
            c.deadline(beijing(2026, 12, 9, 10), 5),
            beijing(2026, 12, 16, 10)
        );
        assert_eq!(
            c.deadline(beijing(2026, 12, 11, 15), 1),
            beijing(2026, 12, 14, 15)
        );
    }

    #[test]
    fn something_received_on_a_weekend_counts_from_monday() {
        let c = Calendar::default();
        // Saturday 12th: Mon 14 … Fri 18 are the five days.
        assert_eq!(
            c.deadline(beijing(2026, 12, 12, 9), 5),
            beijing(2026, 12, 18, 9)
        );
        assert_eq!(
            c.deadline(beijing(2026, 12, 13, 9), 1),
            beijing(2026, 12, 14, 9)
        );
        // Friday 01:00 in Beijing is Thursday in UTC; one working day later is Monday.
        assert_eq!(
            c.deadline(beijing(2026, 12, 11, 1), 1),
            beijing(2026, 12, 14, 1)
        );
    }
}
