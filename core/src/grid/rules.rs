//! The rules of grid supervision, pure: which transition each action makes from which state,
//! the SLA of each step from the `grid.case` rule, deadlines a dispatcher may set, and case
//! numbers.

use super::model::{CaseState, Category};
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

/// The rule whose parameters give the categories, their SLAs and the 督办 offsets.
pub const RULE: &str = "grid.case";
/// The rule whose parameters give the reminders of supervision tasks.
pub const TASK_RULE: &str = "grid.task.reminders";

/// What a handler does to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// 立案.
    Accept,
    /// 不予立案.
    Cancel,
    /// 派遣 (or 改派 while still being worked on).
    Dispatch,
    /// 开始处置.
    Start,
    /// 处理反馈.
    Feedback,
    /// 核查结案.
    Close,
    /// 核查不通过.
    Reopen,
    /// 评价.
    Rate,
}

impl Action {
    /// The Chinese verb, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Action::Accept => "立案",
            Action::Cancel => "不予立案",
            Action::Dispatch => "派遣",
            Action::Start => "开始处置",
            Action::Feedback => "反馈",
            Action::Close => "核查结案",
            Action::Reopen => "核查不通过",
            Action::Rate => "评价",
        }
    }

    /// Whether the action needs nothing but the case (a board may run it on a drag).
    pub fn needs_input(self) -> bool {
        !matches!(self, Action::Accept | Action::Start)
    }
}

/// The state `action` leads to from `from`, or the message refusing it.
pub fn transition(from: CaseState, action: Action) -> Result<CaseState, String> {
    use CaseState::*;
    let to = match (action, from) {
        (Action::Accept, Reported) => Accepted,
        (Action::Cancel, Reported) => Cancelled,
        (Action::Dispatch, Accepted | Dispatched | InProgress) => Dispatched,
        (Action::Start, Dispatched) => InProgress,
        (Action::Feedback, InProgress) => Feedback,
        (Action::Close, Feedback) => Closed,
        (Action::Reopen, Feedback) => InProgress,
        (Action::Rate, Closed) => Rated,
        _ => {
            return Err(format!(
                "案件当前为“{}”，不能{}",
                from.label(),
                action.label()
            ));
        }
    };
    Ok(to)
}

/// The deadline that matters in `state`: acceptance while reported, resolution while
/// dispatched or in progress, none otherwise.
pub fn current_due(
    state: CaseState,
    accept_due_at: DateTime<Utc>,
    due_at: Option<DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    match state {
        CaseState::Reported => Some(accept_due_at),
        CaseState::Dispatched | CaseState::InProgress => due_at,
        _ => None,
    }
}

/// The categories of the effective `grid.case` parameters; entries that do not parse are
/// skipped (overrides are shape-checked when they are set).
pub fn categories(params: &Value) -> Vec<Category> {
    params["categories"]
        .as_array()
        .map(|cs| {
            cs.iter()
                .filter_map(|c| serde_json::from_value::<Category>(c.clone()).ok())
                .filter(|c| !c.key.is_empty() && c.accept_hours > 0 && c.resolve_hours > 0)
                .collect()
        })
        .unwrap_or_default()
}

/// The acceptance deadline of a case reported at `reported_at`.
pub fn accept_due(category: &Category, reported_at: DateTime<Utc>) -> DateTime<Utc> {
    reported_at + Duration::hours(category.accept_hours)
}

/// The resolve deadline the SLA gives a case dispatched at `dispatched_at`.
pub fn resolve_due(category: &Category, dispatched_at: DateTime<Utc>) -> DateTime<Utc> {
    dispatched_at + Duration::hours(category.resolve_hours)
}

/// A deadline a dispatcher chose, checked against the SLA.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// The deadline that applies.
    pub due_at: DateTime<Utc>,
    /// Whether it is later than the SLA allows (an extension, recorded as such).
    pub extended: bool,
}

/// The deadline of a dispatch at `now`: the SLA's unless the dispatcher asked for another; an
/// earlier one is always allowed, a later one only with the right to extend.
pub fn dispatch_deadline(
    sla_due: DateTime<Utc>,
    requested: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    may_extend: bool,
) -> Result<Deadline, String> {
    let Some(due_at) = requested else {
        return Ok(Deadline {
            due_at: sla_due,
            extended: false,
        });
    };
    if due_at <= now {
        return Err("处置时限必须晚于当前时间".into());
    }
    if due_at > now + Duration::days(366) {
        return Err("处置时限不能超过一年".into());
    }
    let extended = due_at > sla_due;
    if extended && !may_extend {
        return Err(format!(
            "处置时限不能晚于该类事件的时限（{}），延期需有延期权限",
            sla_due.format("%Y-%m-%d %H:%M UTC")
        ));
    }
    Ok(Deadline { due_at, extended })
}

/// A readable number: `WG-2026-000123`.
pub fn number(prefix: &str, year: i32, n: i32) -> String {
    format!("{prefix}-{year}-{n:06}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(h: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + h * 3600, 0).unwrap()
    }

    fn safety() -> Category {
        Category {
            key: "SAFETY".into(),
            name: "安全隐患".into(),
            accept_hours: 2,
            resolve_hours: 24,
        }
    }

    #[test]
    fn the_seven_steps_run_in_order() {
        use CaseState::*;
        let mut s = Reported;
        for (a, want) in [
            (Action::Accept, Accepted),
            (Action::Dispatch, Dispatched),
            (Action::Start, InProgress),
            (Action::Feedback, Feedback),
            (Action::Close, Closed),
            (Action::Rate, Rated),
        ] {
            s = transition(s, a).unwrap();
            assert_eq!(s, want);
        }
    }

    #[test]
    fn a_failed_verification_goes_back_to_work() {
        assert_eq!(
            transition(CaseState::Feedback, Action::Reopen),
            Ok(CaseState::InProgress)
        );
    }

    #[test]
    fn a_case_can_be_dispatched_again_while_it_is_worked_on_but_not_after_feedback() {
        assert!(transition(CaseState::InProgress, Action::Dispatch).is_ok());
        assert!(transition(CaseState::Feedback, Action::Dispatch).is_err());
        assert!(transition(CaseState::Reported, Action::Dispatch).is_err());
    }

    #[test]
    fn every_wrong_state_is_refused_with_the_state_named() {
        let allowed = |s: CaseState, a: Action| transition(s, a).is_ok();
        let actions = [
            Action::Accept,
            Action::Cancel,
            Action::Dispatch,
            Action::Start,
            Action::Feedback,
            Action::Close,
            Action::Reopen,
            Action::Rate,
        ];
        let mut ok = 0;
        for &s in CaseState::ALL {
            for a in actions {
                if allowed(s, a) {
                    ok += 1;
                } else {
                    assert!(transition(s, a).unwrap_err().contains(s.label()));
                }
            }
        }
        // accept, cancel, three dispatches, start, feedback, close, reopen, rate
        assert_eq!(ok, 10);
        for a in actions {
            assert!(transition(CaseState::Cancelled, a).is_err());
            assert!(transition(CaseState::Rated, a).is_err());
        }
    }

    #[test]
    fn only_acceptance_and_starting_need_no_input() {
        assert!(!Action::Accept.needs_input());
        assert!(!Action::Start.needs_input());
        assert!(Action::Dispatch.needs_input());
        assert!(Action::Close.needs_input());
    }

    #[test]
    fn the_deadline_follows_the_step() {
        let (a, d) = (at(2), Some(at(30)));
        assert_eq!(current_due(CaseState::Reported, a, None), Some(a));
        assert_eq!(current_due(CaseState::Accepted, a, None), None);
        assert_eq!(current_due(CaseState::Dispatched, a, d), d);
        assert_eq!(current_due(CaseState::InProgress, a, d), d);
        assert_eq!(current_due(CaseState::Feedback, a, d), None);
        assert_eq!(current_due(CaseState::Closed, a, d), None);
    }

    #[test]
    fn categories_come_from_the_rule_and_bad_entries_are_skipped() {
        let p = json!({ "categories": [
            { "key": "SAFETY", "name": "安全隐患", "acceptHours": 2, "resolveHours": 24 },
            { "key": "", "name": "空", "acceptHours": 2, "resolveHours": 24 },
            { "key": "ZERO", "name": "零", "acceptHours": 0, "resolveHours": 24 },
            { "key": "BAD" }
        ]});
        assert_eq!(categories(&p), vec![safety()]);
        assert!(categories(&json!({})).is_empty());
    }

    #[test]
    fn sla_deadlines_count_hours_from_report_and_from_dispatch() {
        assert_eq!(accept_due(&safety(), at(0)), at(2));
        assert_eq!(resolve_due(&safety(), at(5)), at(29));
    }

    #[test]
    fn a_dispatcher_may_shorten_the_deadline_but_not_extend_it_without_the_right() {
        let sla = at(24);
        let now = at(0);
        assert_eq!(
            dispatch_deadline(sla, None, now, false),
            Ok(Deadline {
                due_at: sla,
                extended: false
            })
        );
        assert_eq!(
            dispatch_deadline(sla, Some(at(10)), now, false),
            Ok(Deadline {
                due_at: at(10),
                extended: false
            })
        );
        // Exactly the SLA is not an extension.
        assert_eq!(
            dispatch_deadline(sla, Some(sla), now, false),
            Ok(Deadline {
                due_at: sla,
                extended: false
            })
        );
        assert!(dispatch_deadline(sla, Some(at(25)), now, false).is_err());
        assert_eq!(
            dispatch_deadline(sla, Some(at(25)), now, true),
            Ok(Deadline {
                due_at: at(25),
                extended: true
            })
        );
    }

    #[test]
    fn a_deadline_in_the_past_or_beyond_a_year_is_refused() {
        let now = at(100);
        assert!(dispatch_deadline(at(124), Some(at(100)), now, true).is_err());
        assert!(dispatch_deadline(at(124), Some(at(99)), now, true).is_err());
        assert!(dispatch_deadline(at(124), Some(at(100 + 367 * 24)), now, true).is_err());
    }

    #[test]
    fn numbers_are_zero_padded_per_year() {
        assert_eq!(number("WG", 2026, 123), "WG-2026-000123");
        assert_eq!(number("DB", 2027, 1_234_567), "DB-2027-1234567");
    }
}
