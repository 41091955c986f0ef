//! The pure rules of points: Beijing periods, caps at their thresholds, who a rule applies to,
//! the checks of a rule's form and of a correction, and the explanation of an entry.

use super::model::{CAP_MAX, EntryRow, NAME_MAX, POINTS_MAX, RuleUpdate, SOURCE_MAX, SourceKind};
use crate::{AppError, AppResult};
use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Shanghai;

/// The lines a rule may name.
pub const LINES: [&str; 3] = ["PARTY", "UNION", "YOUTH"];
/// The political statuses a rule may name.
pub const STATUSES: [&str; 7] = [
    "MASSES",
    "LEAGUE_MEMBER",
    "APPLICANT",
    "ACTIVIST",
    "DEVELOPMENT_TARGET",
    "PROBATIONARY",
    "FULL_MEMBER",
];

/// A half-open span of time `[from, to)`.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// The Beijing day, month and year an event falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periods {
    /// The Beijing year (the entry's year).
    pub year: i32,
    /// The Beijing day.
    pub day: Span,
    /// The Beijing month.
    pub month: Span,
    /// The Beijing year.
    pub year_span: Span,
}

fn midnight(d: NaiveDate) -> DateTime<Utc> {
    let local = d.and_hms_opt(0, 0, 0).unwrap_or_default();
    // Beijing has no daylight saving time: midnight is always one instant.
    Shanghai.from_local_datetime(&local).single().map_or_else(
        || DateTime::<Utc>::from_naive_utc_and_offset(local, Utc),
        |t| t.with_timezone(&Utc),
    )
}

/// The Beijing periods of `at`.
pub fn periods(at: DateTime<Utc>) -> Periods {
    let local = at.with_timezone(&Shanghai).date_naive();
    let year = local.year();
    let first_of = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(local);
    let month_start = first_of(year, local.month());
    let month_end = if local.month() == 12 {
        first_of(year + 1, 1)
    } else {
        first_of(year, local.month() + 1)
    };
    Periods {
        year,
        day: (midnight(local), midnight(local.succ_opt().unwrap_or(local))),
        month: (midnight(month_start), midnight(month_end)),
        year_span: (midnight(first_of(year, 1)), midnight(first_of(year + 1, 1))),
    }
}

/// The Beijing year of `at`.
pub fn year_of(at: DateTime<Utc>) -> i32 {
    at.with_timezone(&Shanghai).year()
}

/// A rule's caps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Caps {
    /// Per day.
    pub day: Option<i32>,
    /// Per month.
    pub month: Option<i32>,
    /// Per year.
    pub year: Option<i32>,
}

/// The member's paid entries of the action in the event's day, month and year so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// In the day.
    pub day: i64,
    /// In the month.
    pub month: i64,
    /// In the year.
    pub year: i64,
}

/// What an event pays: the rule's points while every cap has room, else 0 with the reason
/// naming the cap reached (the day's first, then the month's, then the year's). A rule of 0
/// points pays 0 without a reason.
pub fn price(points: i32, caps: Caps, counts: Counts) -> (i32, Option<String>) {
    let reached = |cap: Option<i32>, n: i64| cap.is_some_and(|c| n >= i64::from(c));
    if reached(caps.day, counts.day) {
        return (
            0,
            Some(format!("已达当日上限 {} 次", caps.day.unwrap_or(0))),
        );
    }
    if reached(caps.month, counts.month) {
        return (
            0,
            Some(format!("已达本月上限 {} 次", caps.month.unwrap_or(0))),
        );
    }
    if reached(caps.year, counts.year) {
        return (
            0,
            Some(format!("已达年度上限 {} 次", caps.year.unwrap_or(0))),
        );
    }
    (points, None)
}

/// Whether a rule applies to a member of these lines and political status: every line and
/// status when the rule names none, else one of the member's lines and their status named.
pub fn applies(
    rule_lines: &[String],
    rule_statuses: &[String],
    member_lines: &[&str],
    member_status: &str,
) -> bool {
    (rule_lines.is_empty()
        || rule_lines
            .iter()
            .any(|l| member_lines.contains(&l.as_str())))
        && (rule_statuses.is_empty() || rule_statuses.iter().any(|s| s == member_status))
}

fn check_text(field: &str, s: &str, max: usize) -> AppResult<()> {
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    if s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    Ok(())
}

/// A reason (of an award or an appeal) or a note: trimmed, required when `required`, at most
/// 1,000 characters, no control characters.
pub fn reason(field: &str, raw: Option<&str>, required: bool) -> AppResult<Option<String>> {
    let s = raw.unwrap_or("").trim();
    check_text(field, s, super::model::REASON_MAX)?;
    if s.is_empty() {
        return if required {
            Err(AppError::field(field, "请填写理由"))
        } else {
            Ok(None)
        };
    }
    Ok(Some(s.to_string()))
}

/// Points given by hand (an award, a corrected value): 1–1000 (0–1000 when `zero_ok`).
pub fn check_points(field: &str, points: i32, zero_ok: bool) -> AppResult<()> {
    let min = i32::from(!zero_ok);
    if !(min..=POINTS_MAX).contains(&points) {
        return Err(AppError::field(
            field,
            format!("积分必须在 {min} 到 {POINTS_MAX} 之间"),
        ));
    }
    Ok(())
}

/// Checks a rule's form: name, points, caps, lines, statuses, source. Returns it trimmed.
pub fn check_rule(mut u: RuleUpdate) -> AppResult<RuleUpdate> {
    u.name = u.name.trim().to_string();
    if u.name.is_empty() {
        return Err(AppError::field("name", "请填写名称"));
    }
    check_text("name", &u.name, NAME_MAX)?;
    if u.name.contains(['\n', '\r', '\t']) {
        return Err(AppError::field("name", "不能包含换行符"));
    }
    u.source = u.source.trim().to_string();
    check_text("source", &u.source, SOURCE_MAX)?;
    check_points("points", u.points, true)?;
    for (field, cap) in [
        ("capDay", u.cap_day),
        ("capMonth", u.cap_month),
        ("capYear", u.cap_year),
    ] {
        if let Some(c) = cap
            && !(1..=CAP_MAX).contains(&c)
        {
            return Err(AppError::field(
                field,
                format!("上限必须在 1 到 {CAP_MAX} 之间，或不设上限"),
            ));
        }
    }
    if let Some(l) = u.lines.iter().find(|l| !LINES.contains(&l.as_str())) {
        return Err(AppError::field(
            "lines",
            format!("未知的条线：{}", l.chars().take(20).collect::<String>()),
        ));
    }
    if let Some(s) = u.statuses.iter().find(|s| !STATUSES.contains(&s.as_str())) {
        return Err(AppError::field(
            "statuses",
            format!("未知的政治面貌：{}", s.chars().take(20).collect::<String>()),
        ));
    }
    u.lines.sort();
    u.lines.dedup();
    u.statuses.sort();
    u.statuses.dedup();
    Ok(u)
}

/// The correction an upheld appeal writes: the corrected value less what the entry stands at
/// now; refused when it changes nothing.
pub fn correction(net: i64, corrected: i32) -> AppResult<i32> {
    check_points("points", corrected, true)?;
    let delta = i64::from(corrected) - net;
    if delta == 0 {
        return Err(AppError::field("points", "更正后的积分与现有积分相同"));
    }
    i32::try_from(delta).map_err(|_| AppError::field("points", "更正幅度过大"))
}

/// What a revocation's source id starts with (the event's own id follows).
const REVOKED: &str = "undo:";
/// What a reinstatement's source id starts with.
const REINSTATED: &str = "redo:";

/// The source id of a correction taking an event's points back (at most 100 characters).
pub fn revocation_source(event: &str) -> String {
    format!("{REVOKED}{}", event.chars().take(95).collect::<String>())
}

/// The source id of a correction restoring an event's points taken back.
pub fn reinstatement_source(event: &str) -> String {
    format!("{REINSTATED}{}", event.chars().take(95).collect::<String>())
}

/// Whether a correction's source id is a revocation's.
pub fn is_revocation(source: &str) -> bool {
    source.starts_with(REVOKED)
}

/// One line saying where an entry came from, what priced it and why it paid less.
pub fn explain(e: &EntryRow) -> String {
    let event = match e.source_kind {
        SourceKind::Manual => "手动奖励".to_string(),
        SourceKind::Correction if is_revocation(&e.source_id) => {
            format!("撤销记分「{}」", e.source_title)
        }
        SourceKind::Correction if e.source_id.starts_with(REINSTATED) => {
            format!("恢复记分「{}」", e.source_title)
        }
        SourceKind::Correction => "申诉更正".to_string(),
        k if e.source_title.is_empty() => k.label().to_string(),
        k => format!("{}「{}」", k.label(), e.source_title),
    };
    let rule = e.rule_name.as_deref().unwrap_or(e.action.label());
    let mut out = match e.source_kind {
        SourceKind::Correction => format!("{event}：{rule} {:+} 分", e.points),
        _ => format!("{event}：{rule} {} 分", e.points),
    };
    if let Some(r) = &e.capped_reason {
        out.push_str(&format!("（{r}，本次记 0 分）"));
    }
    if let Some(n) = &e.note {
        out.push_str(&format!("。{n}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::points::model::PointAction;
    use uuid::Uuid;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn the_twelfth_entry_of_a_yearly_cap_of_twelve_pays_and_the_thirteenth_records_zero() {
        let caps = Caps {
            year: Some(12),
            ..Caps::default()
        };
        let eleven = Counts {
            day: 0,
            month: 3,
            year: 11,
        };
        assert_eq!(price(2, caps, eleven), (2, None));
        let twelve = Counts { year: 12, ..eleven };
        assert_eq!(
            price(2, caps, twelve),
            (0, Some("已达年度上限 12 次".to_string()))
        );
    }

    #[test]
    fn a_daily_cap_is_reported_before_the_month_and_the_year() {
        let caps = Caps {
            day: Some(6),
            month: Some(10),
            year: Some(12),
        };
        let full = Counts {
            day: 6,
            month: 10,
            year: 12,
        };
        assert_eq!(price(1, caps, full).1.as_deref(), Some("已达当日上限 6 次"));
        let month = Counts { day: 5, ..full };
        assert_eq!(
            price(1, caps, month).1.as_deref(),
            Some("已达本月上限 10 次")
        );
        let room = Counts {
            day: 5,
            month: 9,
            year: 11,
        };
        assert_eq!(price(1, caps, room), (1, None));
    }

    #[test]
    fn no_caps_always_pays() {
        assert_eq!(
            price(
                5,
                Caps::default(),
                Counts {
                    day: 1000,
                    month: 1000,
                    year: 1000
                }
            ),
            (5, None)
        );
    }

    #[test]
    fn periods_follow_beijing_time() {
        // 2026-12-31 16:30 UTC is 2027-01-01 00:30 in Beijing.
        let p = periods(at("2026-12-31T16:30:00Z"));
        assert_eq!(p.year, 2027);
        assert_eq!(
            p.day,
            (at("2026-12-31T16:00:00Z"), at("2027-01-01T16:00:00Z"))
        );
        assert_eq!(p.month.0, at("2026-12-31T16:00:00Z"));
        assert_eq!(p.month.1, at("2027-01-31T16:00:00Z"));
        assert_eq!(
            p.year_span,
            (at("2026-12-31T16:00:00Z"), at("2027-12-31T16:00:00Z"))
        );
        // 15:59 UTC is still the old year.
        assert_eq!(year_of(at("2026-12-31T15:59:59Z")), 2026);
    }

    #[test]
    fn a_rule_applies_by_line_and_status_and_empty_lists_mean_everyone() {
        let party = vec!["PARTY".to_string()];
        let members = vec!["FULL_MEMBER".to_string(), "PROBATIONARY".to_string()];
        assert!(applies(
            &party,
            &members,
            &["PARTY", "UNION"],
            "FULL_MEMBER"
        ));
        assert!(!applies(&party, &members, &["UNION"], "FULL_MEMBER"));
        assert!(!applies(&party, &members, &["PARTY"], "MASSES"));
        assert!(applies(&[], &[], &[], "MASSES"));
    }

    #[test]
    fn a_rule_form_is_checked_at_its_limits() {
        let ok = RuleUpdate {
            name: " 集中学习 ".into(),
            points: 2,
            cap_day: None,
            cap_month: None,
            cap_year: Some(12),
            lines: vec!["PARTY".into(), "PARTY".into()],
            statuses: vec![],
            source: "依据".into(),
            active: true,
        };
        let checked = check_rule(ok.clone()).unwrap();
        assert_eq!(checked.name, "集中学习");
        assert_eq!(checked.lines, vec!["PARTY".to_string()]);
        let bad = |u: RuleUpdate| check_rule(u).unwrap_err().code();
        assert_eq!(
            bad(RuleUpdate {
                points: 1001,
                ..ok.clone()
            }),
            "VALIDATION"
        );
        assert_eq!(
            bad(RuleUpdate {
                cap_year: Some(0),
                ..ok.clone()
            }),
            "VALIDATION"
        );
        assert_eq!(
            bad(RuleUpdate {
                lines: vec!["GRID".into()],
                ..ok.clone()
            }),
            "VALIDATION"
        );
        assert_eq!(
            bad(RuleUpdate {
                name: "a\u{0}".into(),
                ..ok.clone()
            }),
            "VALIDATION"
        );
        assert_eq!(
            bad(RuleUpdate {
                source: "x".repeat(501),
                ..ok
            }),
            "VALIDATION"
        );
    }

    #[test]
    fn a_correction_is_the_difference_and_never_nothing() {
        assert_eq!(correction(0, 2).unwrap(), 2);
        assert_eq!(correction(5, 3).unwrap(), -2);
        assert!(correction(2, 2).is_err());
        assert!(correction(2, -1).is_err());
    }

    #[test]
    fn reasons_are_required_bounded_and_free_of_control_characters() {
        assert!(reason("reason", Some("  "), true).is_err());
        assert_eq!(reason("note", Some(" "), false).unwrap(), None);
        assert!(reason("reason", Some("a\u{0}b"), true).is_err());
        assert!(reason("reason", Some(&"字".repeat(1001)), true).is_err());
        assert_eq!(
            reason("reason", Some(&"字".repeat(1000)), true)
                .unwrap()
                .map(|s| s.chars().count()),
            Some(1000)
        );
    }

    fn correction_entry(source: &str, points: i32, note: &str) -> EntryRow {
        EntryRow {
            id: Uuid::nil(),
            member_id: Uuid::nil(),
            member_name: "甲".into(),
            year: 2026,
            action: PointAction::MeetingAttendance,
            rule_id: None,
            rule_name: None,
            requested: points,
            points,
            capped_reason: None,
            source_kind: SourceKind::Correction,
            source_id: source.into(),
            source_title: "专题党课".into(),
            corrects_entry_id: Some(Uuid::nil()),
            note: Some(note.into()),
            occurred_at: at("2026-03-01T04:00:00Z"),
            created_by: None,
            created_at: at("2026-03-01T04:00:00Z"),
            corrected: 0,
            appeal_status: None,
            appeal_note: None,
        }
    }

    #[test]
    fn revocations_and_reinstatements_are_told_apart_from_appeal_corrections() {
        let event = Uuid::nil().to_string();
        let undo = revocation_source(&event);
        let redo = reinstatement_source(&event);
        assert!(is_revocation(&undo));
        assert!(!is_revocation(&redo));
        assert!(!is_revocation(&event));
        assert_eq!(revocation_source(&"x".repeat(100)).chars().count(), 100);
        assert_eq!(
            explain(&correction_entry(&undo, -2, "撤销签到")),
            "撤销记分「专题党课」：集中学习 -2 分。撤销签到"
        );
        assert_eq!(
            explain(&correction_entry(&redo, 2, "恢复签到")),
            "恢复记分「专题党课」：集中学习 +2 分。恢复签到"
        );
        assert!(explain(&correction_entry(&event, 2, "补课")).starts_with("申诉更正"));
    }
}
