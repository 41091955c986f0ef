//! Assessment's rules as pure functions: the period's days, an automatic score from its
//! figure, the periods a required meeting type is due in, stars at their thresholds, ranks,
//! and points given as decimals.

use super::model::{Metric, PeriodKind, WEIGHT_MAX};
use crate::{AppError, AppResult};
use chrono::NaiveDate;

/// The first and last day of a scheme's period.
pub fn window(kind: PeriodKind, year: i32, quarter: Option<i16>) -> Option<(NaiveDate, NaiveDate)> {
    let (first_month, months) = match (kind, quarter) {
        (PeriodKind::Year, _) => (1, 12),
        (PeriodKind::Quarter, Some(q @ 1..=4)) => (u32::try_from(q).ok()? * 3 - 2, 3),
        (PeriodKind::Quarter, _) => return None,
    };
    let start = NaiveDate::from_ymd_opt(year, first_month, 1)?;
    let next = if first_month + months > 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, first_month + months, 1)?
    };
    Some((start, next.pred_opt()?))
}

/// The score (hundredths) an automatic indicator of `weight` gets for `done` of `due`. Nothing
/// due earns the full weight (an org is not marked down for what was not asked of it); more
/// done than due is the full weight. `POINTS_PER_MEMBER` reads `done` as the members' points
/// and `due` as the members, against `target` points per member.
pub fn auto_score(weight: i32, metric: Metric, target: Option<i32>, done: i64, due: i64) -> i32 {
    if due <= 0 {
        return weight;
    }
    let (num, den) = match metric {
        Metric::PointsPerMember => (
            i128::from(done.max(0)),
            i128::from(due) * i128::from(target.unwrap_or(1).max(1)),
        ),
        _ => (i128::from(done.max(0)), i128::from(due)),
    };
    if num >= den {
        return weight;
    }
    // Round half up, in integers.
    let scaled = (i128::from(weight) * num * 2 + den) / (den * 2);
    i32::try_from(scaled).unwrap_or(weight)
}

/// One period a required meeting type is due in, within a scheme's window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DuePeriod {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// The first meeting held in it.
    pub held_on: Option<NaiveDate>,
}

/// The periods of `months` months (aligned as the compliance report aligns them) that overlap
/// `window` and count on `today`: those that have ended, and the current one once a meeting
/// was held in it (one not yet over and not yet held is not missed yet). Periods that began
/// before the org existed do not count.
pub fn due_periods(
    window: (NaiveDate, NaiveDate),
    months: u32,
    created: NaiveDate,
    today: NaiveDate,
    held: &[NaiveDate],
) -> Vec<DuePeriod> {
    let mut out = Vec::new();
    let mut cursor = window.0;
    while cursor <= window.1 {
        let (start, end) = crate::meeting::rules::period_containing(cursor, months);
        let held_on = held
            .iter()
            .copied()
            .filter(|d| *d >= start && *d <= end && *d <= today)
            .min();
        if start >= created && (end < today || held_on.is_some()) {
            out.push(DuePeriod {
                start,
                end,
                held_on,
            });
        }
        let Some(next) = end.succ_opt() else { break };
        cursor = next;
    }
    out
}

/// Stars (0–5): how many of the ascending thresholds the total reaches.
pub fn stars(total: i32, thresholds: &[i32]) -> i32 {
    thresholds.iter().filter(|t| total >= **t).count() as i32
}

/// Competition ranks (1, 1, 3) of totals, in their order.
pub fn ranks(totals: &[i32]) -> Vec<i32> {
    totals
        .iter()
        .map(|t| 1 + totals.iter().filter(|o| *o > t).count() as i32)
        .collect()
}

/// Points given as a decimal (at most two places) in hundredths, between `min` and `max`
/// hundredths.
pub fn centi(field: &str, value: f64, min: i32, max: i32) -> AppResult<i32> {
    let scaled = value * 100.0;
    if !value.is_finite() || (scaled - scaled.round()).abs() > 1e-6 {
        return Err(AppError::field(field, "分值最多保留两位小数"));
    }
    let c = scaled.round();
    if c < f64::from(min) || c > f64::from(max) {
        return Err(AppError::field(
            field,
            format!("分值必须在 {} 到 {} 之间", show(min), show(max)),
        ));
    }
    Ok(c as i32)
}

/// Hundredths shown as points (85, 85.5, 85.25).
pub fn show(centi: i32) -> String {
    let s = format!("{:.2}", f64::from(centi) / 100.0);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The stars' thresholds: five, ascending, each between 0 and the scheme's full score.
pub fn check_thresholds(thresholds: &[i32], full: i32) -> AppResult<()> {
    if thresholds.len() != 5 {
        return Err(AppError::field(
            "starThresholds",
            "须为一至五星各设一个最低分",
        ));
    }
    if thresholds.windows(2).any(|w| w[0] >= w[1]) {
        return Err(AppError::field("starThresholds", "星级最低分须逐级升高"));
    }
    if thresholds[0] < 0 || thresholds[4] > full.max(0) {
        return Err(AppError::field(
            "starThresholds",
            format!("星级最低分须在 0 到满分 {} 之间", show(full)),
        ));
    }
    Ok(())
}

/// The most a scheme's indicators may weigh together (1,000 points).
pub const FULL_MAX: i32 = WEIGHT_MAX;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_year_and_each_quarter_cover_their_days() {
        assert_eq!(
            window(PeriodKind::Year, 2026, None),
            Some((d(2026, 1, 1), d(2026, 12, 31)))
        );
        assert_eq!(
            window(PeriodKind::Quarter, 2026, Some(1)),
            Some((d(2026, 1, 1), d(2026, 3, 31)))
        );
        assert_eq!(
            window(PeriodKind::Quarter, 2026, Some(4)),
            Some((d(2026, 10, 1), d(2026, 12, 31)))
        );
        assert_eq!(window(PeriodKind::Quarter, 2026, Some(5)), None);
        assert_eq!(window(PeriodKind::Quarter, 2026, None), None);
    }

    #[test]
    fn an_automatic_score_is_the_weight_times_the_rate_rounded_half_up() {
        assert_eq!(auto_score(2000, Metric::DuesCollection, None, 3, 4), 1500);
        assert_eq!(auto_score(1000, Metric::DuesCollection, None, 1, 3), 333);
        assert_eq!(auto_score(1000, Metric::DuesCollection, None, 2, 3), 667);
        assert_eq!(auto_score(1, Metric::GridOnTime, None, 1, 2), 1);
        assert_eq!(auto_score(2000, Metric::GridOnTime, None, 0, 4), 0);
    }

    #[test]
    fn nothing_due_or_more_than_due_earns_the_full_weight() {
        assert_eq!(
            auto_score(2000, Metric::MeetingCompliance, None, 0, 0),
            2000
        );
        assert_eq!(auto_score(2000, Metric::DuesCollection, None, 5, 4), 2000);
    }

    #[test]
    fn points_per_member_are_measured_against_the_target() {
        // 3 members with 30 points against 20 per member: half.
        assert_eq!(
            auto_score(1000, Metric::PointsPerMember, Some(20), 30, 3),
            500
        );
        assert_eq!(
            auto_score(1000, Metric::PointsPerMember, Some(20), 60, 3),
            1000
        );
        assert_eq!(
            auto_score(1000, Metric::PointsPerMember, Some(20), 59, 3),
            983
        );
    }

    #[test]
    fn stars_count_the_thresholds_reached_at_their_edges() {
        let t = [6000, 7000, 8000, 9000, 9500];
        assert_eq!(stars(5999, &t), 0);
        assert_eq!(stars(6000, &t), 1);
        assert_eq!(stars(8999, &t), 3);
        assert_eq!(stars(9000, &t), 4);
        assert_eq!(stars(9500, &t), 5);
        assert_eq!(stars(10000, &t), 5);
    }

    #[test]
    fn equal_totals_share_a_rank_and_the_next_skips() {
        assert_eq!(ranks(&[9000, 8000, 9000, 7000]), vec![1, 3, 1, 4]);
        assert_eq!(ranks(&[]), Vec::<i32>::new());
    }

    #[test]
    fn decimals_become_hundredths_within_bounds() {
        assert_eq!(centi("w", 12.5, 1, 100_000).unwrap(), 1250);
        assert_eq!(centi("w", 0.01, 1, 100_000).unwrap(), 1);
        assert!(centi("w", 0.001, 0, 100_000).is_err());
        assert!(centi("w", 0.0, 1, 100_000).is_err());
        assert!(centi("w", f64::NAN, 0, 100).is_err());
        assert!(centi("w", f64::INFINITY, 0, 100).is_err());
        assert!(centi("w", 1000.01, 0, 100_000).is_err());
        assert_eq!(show(8550), "85.5");
        assert_eq!(show(8500), "85");
        assert_eq!(show(8525), "85.25");
    }

    #[test]
    fn thresholds_are_five_strictly_ascending_within_the_full_score() {
        assert!(check_thresholds(&[6000, 7000, 8000, 9000, 9500], 10000).is_ok());
        assert!(check_thresholds(&[6000, 7000, 8000, 9000], 10000).is_err());
        assert!(check_thresholds(&[6000, 6000, 8000, 9000, 9500], 10000).is_err());
        assert!(check_thresholds(&[6000, 7000, 8000, 9000, 10001], 10000).is_err());
        assert!(check_thresholds(&[-1, 7000, 8000, 9000, 9500], 10000).is_err());
    }

    #[test]
    fn due_periods_count_ended_periods_and_the_current_one_once_held() {
        // Quarterly meetings in 2026, today 2026-08-15, org created long before.
        let held = [d(2026, 2, 10), d(2026, 7, 20)];
        let p = due_periods(
            (d(2026, 1, 1), d(2026, 12, 31)),
            3,
            d(2020, 1, 1),
            d(2026, 8, 15),
            &held,
        );
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(p[0].held_on, Some(d(2026, 2, 10)));
        assert_eq!(p[1].held_on, None, "Q2 ended without a meeting");
        assert_eq!(
            p[2].held_on,
            Some(d(2026, 7, 20)),
            "Q3 is not over but was held"
        );
    }

    #[test]
    fn the_current_period_not_yet_held_is_not_missed_and_periods_before_the_org_do_not_count() {
        let p = due_periods(
            (d(2026, 1, 1), d(2026, 12, 31)),
            1,
            d(2026, 3, 5),
            d(2026, 5, 10),
            &[],
        );
        // April only: March began before the org existed, May is still running.
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].start, d(2026, 4, 1));
        // A meeting scheduled after today does not count as held.
        let p = due_periods(
            (d(2026, 1, 1), d(2026, 12, 31)),
            1,
            d(2026, 3, 5),
            d(2026, 5, 10),
            &[d(2026, 5, 20)],
        );
        assert_eq!(p.len(), 1);
    }
}
