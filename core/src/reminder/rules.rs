//! When reminders fire: pure functions over a due time and minute offsets.

use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

const HOUR: i32 = 60;
const DAY: i32 = 24 * HOUR;

/// Reminder offsets in minutes (negative before the due time, 0 at it, positive after it
/// for escalation), ascending, from `reminder.defaults`-shaped parameters:
/// `{ "beforeDays": [7, 1], "atDue": true, "escalateAfterDays": 1 }`. Rules whose deadlines
/// count in hours (grid cases) give `beforeHours` and `escalateAfterHours` instead; both units
/// may stand together.
pub fn offsets_from_params(params: &Value) -> Vec<i32> {
    let before = |key: &str, unit: i32| -> Vec<i32> {
        params[key]
            .as_array()
            .map(|xs| {
                xs.iter()
                    .filter_map(Value::as_i64)
                    .filter_map(|x| i32::try_from(x).ok())
                    .map(|x| x.saturating_mul(unit).saturating_neg())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut out = before("beforeDays", DAY);
    out.extend(before("beforeHours", HOUR));
    if params["atDue"].as_bool().unwrap_or(true) {
        out.push(0);
    }
    for (key, unit) in [("escalateAfterDays", DAY), ("escalateAfterHours", HOUR)] {
        if let Some(after) = params[key]
            .as_i64()
            .filter(|x| *x > 0)
            .and_then(|x| i32::try_from(x).ok())
        {
            out.push(after.saturating_mul(unit));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Which reminder to send now, if any: among the offsets from 1-based position `next` on,
/// the last one whose time has come (earlier ones that were missed are skipped, so a late
/// scan sends one reminder, not a burst). Returns `(position to send, next position)`.
pub fn due_now(
    due_at: DateTime<Utc>,
    offsets: &[i32],
    next: usize,
    now: DateTime<Utc>,
) -> Option<(usize, usize)> {
    let first = next.max(1);
    let last_due = (first..=offsets.len())
        .take_while(|&i| due_at + Duration::minutes(i64::from(offsets[i - 1])) <= now)
        .last()?;
    Some((last_due, last_due + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(day: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + day * 86_400, 0).unwrap()
    }

    #[test]
    fn the_default_rule_gives_seven_days_one_day_at_due_and_escalation_a_day_after() {
        let o = offsets_from_params(
            &json!({ "beforeDays": [7, 1], "atDue": true, "escalateAfterDays": 1 }),
        );
        assert_eq!(o, vec![-7 * DAY, -DAY, 0, DAY]);
    }

    #[test]
    fn hour_offsets_stand_beside_day_offsets() {
        let o = offsets_from_params(
            &json!({ "beforeHours": [4], "atDue": true, "escalateAfterHours": 24 }),
        );
        assert_eq!(o, vec![-4 * HOUR, 0, 24 * HOUR]);
        let both = offsets_from_params(&json!({ "beforeDays": [1], "beforeHours": [2] }));
        assert_eq!(both, vec![-DAY, -2 * HOUR, 0]);
    }

    #[test]
    fn nothing_fires_before_the_first_offset() {
        let o = [-7 * DAY, -DAY, 0];
        assert_eq!(due_now(at(10), &o, 1, at(2)), None);
    }

    #[test]
    fn each_offset_fires_once_in_order() {
        let o = [-7 * DAY, -DAY, 0];
        assert_eq!(due_now(at(10), &o, 1, at(3)), Some((1, 2)));
        assert_eq!(due_now(at(10), &o, 2, at(3)), None);
        assert_eq!(due_now(at(10), &o, 2, at(9)), Some((2, 3)));
        assert_eq!(due_now(at(10), &o, 3, at(10)), Some((3, 4)));
        assert_eq!(due_now(at(10), &o, 4, at(30)), None);
    }

    #[test]
    fn a_late_scan_sends_only_the_latest_missed_reminder() {
        let o = [-7 * DAY, -DAY, 0];
        assert_eq!(due_now(at(10), &o, 1, at(9)), Some((2, 3)));
    }
}
