//! Study's pure rules: what a heartbeat is credited, when a material is complete, when the
//! worker reminds, and the checks of the forms.

use crate::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};

/// Longest title of a material, a course or a plan.
pub const TITLE_MAX: usize = 100;
/// Longest summary of a material or a course.
pub const SUMMARY_MAX: usize = 500;
/// Longest description of a plan.
pub const DESCRIPTION_MAX: usize = 2000;
/// Longest article body (after cleaning).
pub const BODY_MAX: usize = 100_000;
/// Longest video link.
pub const URL_MAX: usize = 1000;
/// Longest 心得.
pub const NOTE_MAX: usize = 2000;
/// Longest duration or reading time, in seconds (a day).
pub const SECONDS_MAX: i32 = 86_400;
/// The most one heartbeat may claim, in seconds (clients report every 15–30 s).
pub const BEAT_MAX: i32 = 300;
/// Most items in a course or a plan.
pub const ITEMS_MAX: usize = 100;
/// How far ahead a plan's deadline may be (two years).
pub const DEADLINE_MAX_DAYS: i64 = 731;
/// How many days before the deadline the worker reminds.
pub const REMIND_DAYS_BEFORE: [i64; 2] = [3, 1];

/// The seconds a heartbeat is credited: what it claims, but never more than the wall-clock
/// time elapsed since `since` (the open or the previous credited report), never negative.
pub fn credit(claimed: i32, since: DateTime<Utc>, now: DateTime<Utc>) -> i32 {
    let elapsed = (now - since).num_seconds().clamp(0, i64::from(i32::MAX));
    let elapsed = i32::try_from(elapsed).unwrap_or(i32::MAX);
    claimed.clamp(0, BEAT_MAX).min(elapsed)
}

/// Whether `seconds` of study complete a material asking for `required` (none: opening does).
pub fn complete(seconds: i32, required: Option<i32>) -> bool {
    required.is_none_or(|r| seconds >= r)
}

/// When the worker reminds before `deadline`: three days and one day before, those still ahead
/// of `now`, as `(days before, at)`.
pub fn reminder_times(deadline: DateTime<Utc>, now: DateTime<Utc>) -> Vec<(i64, DateTime<Utc>)> {
    REMIND_DAYS_BEFORE
        .iter()
        .map(|d| (*d, deadline - Duration::days(*d)))
        .filter(|(_, at)| *at > now)
        .collect()
}

/// A heartbeat's claim must be 1–300 seconds.
pub fn check_claim(seconds: i32) -> AppResult<()> {
    if !(1..=BEAT_MAX).contains(&seconds) {
        return Err(AppError::field(
            "seconds",
            format!("每次上报的学习时长应为 1–{BEAT_MAX} 秒"),
        ));
    }
    Ok(())
}

/// Trims a text and checks its length (`min` 1 for required ones) and that it holds no control
/// characters (line breaks allowed when `multiline`).
pub fn text(field: &str, raw: &str, min: usize, max: usize, multiline: bool) -> AppResult<String> {
    let t = raw.trim();
    let n = t.chars().count();
    if n < min {
        return Err(AppError::field(field, "不能为空"));
    }
    if n > max {
        return Err(AppError::field(field, format!("最多 {max} 个字")));
    }
    if t.chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
    {
        return Err(AppError::field(field, "含有不允许的控制字符"));
    }
    Ok(t.to_string())
}

/// A video link: https, a host, no spaces, at most 1,000 characters.
pub fn video_url(raw: &str) -> AppResult<String> {
    let t = text("videoUrl", raw, 1, URL_MAX, false)?;
    let rest = t
        .strip_prefix("https://")
        .ok_or_else(|| AppError::field("videoUrl", "视频链接须以 https:// 开头"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || t.chars().any(char::is_whitespace) {
        return Err(AppError::field("videoUrl", "视频链接无效"));
    }
    Ok(t)
}

/// Seconds between 1 and a day (a duration or a reading time).
pub fn seconds(field: &str, v: i32) -> AppResult<i32> {
    if !(1..=SECONDS_MAX).contains(&v) {
        return Err(AppError::field(field, "时长应为 1 秒到 24 小时"));
    }
    Ok(v)
}

/// A deadline after `now` and at most two years ahead.
pub fn deadline(at: DateTime<Utc>, now: DateTime<Utc>) -> AppResult<DateTime<Utc>> {
    if at <= now {
        return Err(AppError::field("deadline", "截止时间须晚于现在"));
    }
    if at > now + Duration::days(DEADLINE_MAX_DAYS) {
        return Err(AppError::field("deadline", "截止时间不能超过两年后"));
    }
    Ok(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        "2026-12-01T08:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_claim_within_the_elapsed_time_is_credited_in_full() {
        assert_eq!(credit(30, t0(), t0() + Duration::seconds(30)), 30);
        assert_eq!(credit(20, t0(), t0() + Duration::seconds(30)), 20);
    }

    #[test]
    fn a_claim_beyond_the_elapsed_time_is_cut_to_it() {
        assert_eq!(credit(30, t0(), t0() + Duration::seconds(29)), 29);
        assert_eq!(credit(300, t0(), t0() + Duration::seconds(1)), 1);
    }

    #[test]
    fn nothing_is_credited_when_no_time_has_passed_or_the_clock_went_back() {
        assert_eq!(credit(30, t0(), t0()), 0);
        assert_eq!(credit(30, t0(), t0() - Duration::seconds(5)), 0);
    }

    #[test]
    fn one_heartbeat_is_credited_at_most_three_hundred_seconds() {
        assert_eq!(credit(300, t0(), t0() + Duration::hours(2)), 300);
        assert_eq!(credit(301, t0(), t0() + Duration::hours(2)), 300);
        assert_eq!(credit(-5, t0(), t0() + Duration::hours(2)), 0);
    }

    #[test]
    fn a_material_completes_at_its_required_seconds_and_on_opening_without() {
        assert!(!complete(59, Some(60)));
        assert!(complete(60, Some(60)));
        assert!(complete(0, None));
    }

    #[test]
    fn claims_outside_one_to_three_hundred_seconds_are_refused() {
        assert!(check_claim(0).is_err());
        assert!(check_claim(1).is_ok());
        assert!(check_claim(300).is_ok());
        assert!(check_claim(301).is_err());
    }

    #[test]
    fn the_worker_reminds_three_days_and_one_day_before_when_still_ahead() {
        let deadline = t0() + Duration::days(5);
        let times = reminder_times(deadline, t0());
        assert_eq!(
            times,
            vec![
                (3, deadline - Duration::days(3)),
                (1, deadline - Duration::days(1))
            ]
        );
        let late = reminder_times(deadline, deadline - Duration::days(2));
        assert_eq!(late, vec![(1, deadline - Duration::days(1))]);
        assert!(reminder_times(deadline, deadline - Duration::hours(1)).is_empty());
    }

    #[test]
    fn video_links_must_be_https_with_a_host() {
        assert!(video_url("https://www.12371.cn/video/1").is_ok());
        assert!(video_url("http://example.com/v").is_err());
        assert!(video_url("https:///v").is_err());
        assert!(video_url("https://a b").is_err());
        assert!(video_url(&format!("https://x.cn/{}", "a".repeat(URL_MAX))).is_err());
    }

    #[test]
    fn texts_refuse_control_characters_and_over_long_values() {
        assert!(text("title", "党章\0", 1, 100, false).is_err());
        assert!(text("title", &"学".repeat(101), 1, 100, false).is_err());
        assert!(text("title", "   ", 1, 100, false).is_err());
        assert_eq!(text("body", " 一\n二 ", 1, 100, true).unwrap(), "一\n二");
        assert!(text("title", "一\n二", 1, 100, false).is_err());
    }

    #[test]
    fn deadlines_lie_ahead_and_within_two_years() {
        assert!(deadline(t0(), t0()).is_err());
        assert!(deadline(t0() + Duration::seconds(1), t0()).is_ok());
        assert!(deadline(t0() + Duration::days(DEADLINE_MAX_DAYS), t0()).is_ok());
        assert!(deadline(t0() + Duration::days(DEADLINE_MAX_DAYS + 1), t0()).is_err());
    }
}
