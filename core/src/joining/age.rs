//! League age rules (`league.age`: 14 to 28; leaving at 28 unless holding a league post) as
//! pure functions.

use chrono::{Datelike, Months, NaiveDate};

/// Whole years of age on `on`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// Whether someone born on `birth` may join the league on `on` (aged `min` to under `max`).
pub fn admissible(
    birth: Option<NaiveDate>,
    on: NaiveDate,
    min: i32,
    max: i32,
) -> Result<(), String> {
    let Some(birth) = birth else {
        return Err("请先登记出生日期（入团须核对年龄）".into());
    };
    let age = age_on(birth, on);
    if age < min {
        return Err(format!("入团年龄须年满 {min} 周岁（现 {age} 周岁）"));
    }
    if age >= max {
        return Err(format!("入团年龄须在 {max} 周岁以下（现 {age} 周岁）"));
    }
    Ok(())
}

/// The day someone born on `birth` turns `max` (leap-day birthdays turn on 1 March).
pub fn age_out_date(birth: NaiveDate, max: i32) -> NaiveDate {
    let years = u32::try_from(max.max(0)).unwrap_or(0) * 12;
    birth
        .checked_add_months(Months::new(years))
        .unwrap_or(birth)
}

/// The age-out day to warn about on `today`: within `months_before` of it, or past it, unless
/// a league post keeps the member in (when the rule says so).
pub fn age_out_warning(
    birth: Option<NaiveDate>,
    today: NaiveDate,
    max: i32,
    months_before: u32,
    holds_post: bool,
    keep_if_post: bool,
) -> Option<NaiveDate> {
    if holds_post && keep_if_post {
        return None;
    }
    let out = age_out_date(birth?, max);
    let warn_from = out
        .checked_sub_months(Months::new(months_before))
        .unwrap_or(out);
    (today >= warn_from).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn age_counts_whole_years_to_the_birthday() {
        assert_eq!(age_on(d(2012, 12, 5), d(2026, 12, 4)), 13);
        assert_eq!(age_on(d(2012, 12, 4), d(2026, 12, 4)), 14);
    }

    #[test]
    fn joining_is_from_fourteen_to_under_twenty_eight() {
        assert!(admissible(Some(d(2012, 12, 5)), d(2026, 12, 4), 14, 28).is_err());
        assert!(admissible(Some(d(2012, 12, 4)), d(2026, 12, 4), 14, 28).is_ok());
        assert!(admissible(Some(d(1998, 12, 5)), d(2026, 12, 4), 14, 28).is_ok());
        assert!(admissible(Some(d(1998, 12, 4)), d(2026, 12, 4), 14, 28).is_err());
        assert!(admissible(None, d(2026, 12, 4), 14, 28).is_err());
    }

    #[test]
    fn the_warning_starts_months_before_twenty_eight_unless_a_post_keeps_them() {
        let birth = Some(d(1999, 3, 1));
        assert_eq!(age_out_date(d(1999, 3, 1), 28), d(2027, 3, 1));
        assert_eq!(
            age_out_warning(birth, d(2026, 11, 30), 28, 3, false, true),
            None
        );
        assert_eq!(
            age_out_warning(birth, d(2026, 12, 1), 28, 3, false, true),
            Some(d(2027, 3, 1))
        );
        assert_eq!(
            age_out_warning(birth, d(2027, 6, 1), 28, 3, true, true),
            None
        );
        assert!(age_out_warning(birth, d(2027, 6, 1), 28, 3, true, false).is_some());
        assert_eq!(
            age_out_warning(None, d(2027, 6, 1), 28, 3, false, true),
            None
        );
    }
}
