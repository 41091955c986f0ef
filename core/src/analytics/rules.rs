//! Pure rules of the dashboard: age bands, rates, ISO weeks.

use chrono::{Datelike, Days, NaiveDate};

/// The age bands, youngest first, then `UNKNOWN`.
pub const AGE_BANDS: [&str; 7] = [
    "UP_TO_25", "26_35", "36_45", "46_55", "56_60", "OVER_60", "UNKNOWN",
];

/// Whole years of age on `today` of someone born on `birth` (a birthday counts on the day; a
/// 29 February birthday counts on 1 March in other years).
pub fn age(birth: NaiveDate, today: NaiveDate) -> i32 {
    let mut years = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years
}

/// The band of an age as of `today`: ≤25, 26–35, 36–45, 46–55, 56–60, >60, or `UNKNOWN`
/// without a birth date (or one after today).
pub fn age_band(birth: Option<NaiveDate>, today: NaiveDate) -> &'static str {
    let Some(birth) = birth.filter(|b| *b <= today) else {
        return "UNKNOWN";
    };
    match age(birth, today) {
        ..=25 => "UP_TO_25",
        26..=35 => "26_35",
        36..=45 => "36_45",
        46..=55 => "46_55",
        56..=60 => "56_60",
        _ => "OVER_60",
    }
}

/// The birth dates that bound the age bands on `today`, for counting in SQL: someone born
/// after `cutoffs[0]` is at most 25, after `cutoffs[1]` at most 35, then 45, 55 and 60; born on
/// or before `cutoffs[4]`, over 60. Each is the same day 26, 36, 46, 56 and 61 years earlier
/// (29 February falls back to the 28th), which is exactly where [`age`] turns.
pub fn age_band_cutoffs(today: NaiveDate) -> [NaiveDate; 5] {
    [26, 36, 46, 56, 61].map(|years: u32| {
        today
            .checked_sub_months(chrono::Months::new(years * 12))
            .unwrap_or(NaiveDate::MIN)
    })
}

/// `part / whole`, or `None` when nothing is counted (a rate of nothing is not 0 % or 100 %).
pub fn rate(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The Monday that begins the ISO week of `day`.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// The Mondays of the last `n` ISO weeks up to the one of `today`, oldest first.
pub fn last_weeks(today: NaiveDate, n: u32) -> Vec<NaiveDate> {
    let this = week_start(today);
    (0..n)
        .rev()
        .map(|k| this - Days::new(7 * u64::from(k)))
        .collect()
}

/// The ISO week's label, `2026-W49`.
pub fn week_label(monday: NaiveDate) -> String {
    let w = monday.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn an_age_band_changes_on_the_birthday_itself() {
        let today = d(2026, 12, 7);
        assert_eq!(age_band(Some(d(2001, 12, 7)), today), "UP_TO_25");
        assert_eq!(age_band(Some(d(2000, 12, 8)), today), "UP_TO_25");
        assert_eq!(age_band(Some(d(2000, 12, 7)), today), "26_35");
        assert_eq!(age_band(Some(d(1991, 12, 8)), today), "26_35");
        assert_eq!(age_band(Some(d(1991, 12, 7)), today), "26_35");
        assert_eq!(age_band(Some(d(1990, 12, 7)), today), "36_45");
        assert_eq!(age_band(Some(d(1981, 12, 7)), today), "36_45");
        assert_eq!(age_band(Some(d(1980, 12, 7)), today), "46_55");
        assert_eq!(age_band(Some(d(1971, 12, 7)), today), "46_55");
        assert_eq!(age_band(Some(d(1970, 12, 7)), today), "56_60");
        assert_eq!(age_band(Some(d(1966, 12, 7)), today), "56_60");
        assert_eq!(age_band(Some(d(1965, 12, 8)), today), "56_60");
        assert_eq!(age_band(Some(d(1965, 12, 7)), today), "OVER_60");
    }

    #[test]
    fn a_missing_or_future_birth_date_is_unknown() {
        let today = d(2026, 12, 7);
        assert_eq!(age_band(None, today), "UNKNOWN");
        assert_eq!(age_band(Some(d(2026, 12, 8)), today), "UNKNOWN");
        assert_eq!(age_band(Some(today), today), "UP_TO_25");
    }

    #[test]
    fn a_leap_day_birthday_counts_on_the_first_of_march() {
        assert_eq!(age(d(2000, 2, 29), d(2026, 2, 28)), 25);
        assert_eq!(age(d(2000, 2, 29), d(2026, 3, 1)), 26);
    }

    #[test]
    fn a_rate_of_nothing_is_none() {
        assert_eq!(rate(0, 0), None);
        assert_eq!(rate(5, 0), None);
        assert_eq!(rate(0, 4), Some(0.0));
        assert_eq!(rate(1, 4), Some(0.25));
    }

    #[test]
    fn the_last_weeks_end_with_the_current_iso_week() {
        let weeks = last_weeks(d(2026, 12, 7), 8);
        assert_eq!(weeks.len(), 8);
        assert_eq!(weeks[7], d(2026, 12, 7));
        assert_eq!(weeks[0], d(2026, 10, 19));
        assert_eq!(week_start(d(2026, 12, 13)), d(2026, 12, 7));
        assert_eq!(week_label(d(2026, 12, 7)), "2026-W50");
        assert_eq!(week_label(d(2026, 12, 28)), "2026-W53");
    }

    /// The band of `birth` by [`age_band_cutoffs`], as the SQL of the dashboard computes it.
    fn age_band_by_cutoffs(birth: Option<NaiveDate>, today: NaiveDate) -> &'static str {
        let Some(birth) = birth.filter(|b| *b <= today) else {
            return "UNKNOWN";
        };
        let cut = age_band_cutoffs(today);
        let bands = ["UP_TO_25", "26_35", "36_45", "46_55", "56_60"];
        cut.iter()
            .zip(bands)
            .find(|(c, _)| birth > **c)
            .map_or("OVER_60", |(_, band)| band)
    }

    #[test]
    fn the_cutoffs_band_every_birth_date_as_the_ages_do_around_each_birthday() {
        let days = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for today in [
            days(2026, 12, 7),
            days(2026, 2, 28),
            days(2026, 3, 1),
            days(2028, 2, 29),
            days(2027, 1, 1),
        ] {
            let mut birth = days(1940, 1, 1);
            while birth <= today + Days::new(2) {
                assert_eq!(
                    age_band_by_cutoffs(Some(birth), today),
                    age_band(Some(birth), today),
                    "born {birth}, on {today}"
                );
                birth = birth + Days::new(1);
            }
        }
        assert_eq!(age_band_by_cutoffs(None, days(2026, 12, 7)), "UNKNOWN");
    }
}
