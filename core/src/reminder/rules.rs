//! When reminders fire: pure functions over a due time and minute offsets.

use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

const DAY: i32 = 24 * 60;

/// Reminder offsets in minutes (negative before the due time, 0 at it, positive after it
/// for escalation), ascending, from `reminder.defaults`-shaped parameters:
/// `{ "beforeDays": [7, 1], "atDue": true, "escalateAfterDays": 1 }`.
pub fn offsets_from_params(params: &Value) -> Vec<i32> {
    let mut out: Vec<i32> = params["beforeDays"]
        .as_array()
        .map(|days| {
            days.iter()
                .filter_map(Value::as_i64)
                .map(|d| -(d as i32) * DAY)
                .collect()
        })
        .unwrap_or_default();
    if params["atDue"].as_bool().unwrap_or(true) {
        out.push(0);
    }
    if let Some(after) = params["escalateAfterDays"].as_i64().filter(|d| *d > 0) {
        out.push(after as i32 * DAY);
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
