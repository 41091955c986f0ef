//! The party-entry rules as pure functions: which step may follow which stage, the minimum
//! durations, contacts and introducers, and where a 公示 is required.

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde_json::Value;

/// A stage of the party-entry pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// 入党申请人.
    Applicant,
    /// 入党积极分子.
    Activist,
    /// 发展对象.
    DevelopmentTarget,
    /// 预备党员.
    Probationary,
    /// 正式党员.
    FullMember,
    /// 取消预备党员资格.
    Cancelled,
}

impl Stage {
    /// Every stage.
    pub const ALL: [Stage; 6] = [
        Stage::Applicant,
        Stage::Activist,
        Stage::DevelopmentTarget,
        Stage::Probationary,
        Stage::FullMember,
        Stage::Cancelled,
    ];

    /// Stored code (also the member's political status, but for `CANCELLED`).
    pub fn code(self) -> &'static str {
        match self {
            Stage::Applicant => "APPLICANT",
            Stage::Activist => "ACTIVIST",
            Stage::DevelopmentTarget => "DEVELOPMENT_TARGET",
            Stage::Probationary => "PROBATIONARY",
            Stage::FullMember => "FULL_MEMBER",
            Stage::Cancelled => "CANCELLED",
        }
    }

    /// Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Applicant => "入党申请人",
            Stage::Activist => "入党积极分子",
            Stage::DevelopmentTarget => "发展对象",
            Stage::Probationary => "预备党员",
            Stage::FullMember => "正式党员",
            Stage::Cancelled => "取消预备党员资格",
        }
    }

    /// From the stored code.
    pub fn parse(code: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The political status a member at this stage has.
    pub fn political_status(self) -> &'static str {
        match self {
            Stage::Cancelled => "MASSES",
            s => s.code(),
        }
    }
}

/// A step the branch proposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// To the next stage (or to cancellation).
    To(Stage),
    /// Extend the probation by this many months.
    Extend(u32),
}

impl Step {
    /// Stored code of the target.
    pub fn code(self) -> &'static str {
        match self {
            Step::To(s) => s.code(),
            Step::Extend(_) => "EXTENDED",
        }
    }
}

/// What the rules decide from.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    /// Current stage.
    pub stage: Stage,
    /// Since when.
    pub since: NaiveDate,
    /// Months the probation was extended by so far.
    pub extended_months: u32,
    /// 培养联系人 recorded.
    pub contacts: usize,
    /// 入党介绍人 recorded.
    pub introducers: usize,
}

/// The rules' parameters, from the tenant's effective rules.
#[derive(Debug, Clone)]
pub struct Params {
    /// `party.activist.period.minMonths`.
    pub activist_min_months: u32,
    /// `party.activist.period.contactsMin`.
    pub contacts_min: usize,
    /// `party.activist.period.contactsMax`.
    pub contacts_max: usize,
    /// `party.probation.months`.
    pub probation_months: u32,
    /// `party.probation.maxExtensionMonths`.
    pub max_extension_months: u32,
    /// `party.introducers.count`.
    pub introducers: usize,
    /// `party.publicity.days`.
    pub publicity_days: i64,
    /// `party.publicity.before`: the stages a 公示 precedes.
    pub publicity_before: Vec<String>,
    /// `party.upper_approval.maxMonths`: the longest the upper committee may take.
    pub approval_max_months: u32,
}

fn u(v: &Value, key: &str, default: u64) -> u64 {
    v[key].as_u64().unwrap_or(default)
}

impl Params {
    /// From the effective parameters of the pipeline's rules.
    pub fn from_rules(
        activist: &Value,
        probation: &Value,
        introducers: &Value,
        publicity: &Value,
        upper_approval: &Value,
    ) -> Self {
        Self {
            activist_min_months: u(activist, "minMonths", 12) as u32,
            contacts_min: u(activist, "contactsMin", 1) as usize,
            contacts_max: u(activist, "contactsMax", 2) as usize,
            probation_months: u(probation, "months", 12) as u32,
            max_extension_months: u(probation, "maxExtensionMonths", 12) as u32,
            introducers: u(introducers, "count", 2) as usize,
            publicity_days: u(publicity, "days", 5) as i64,
            publicity_before: publicity["before"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            approval_max_months: u(upper_approval, "maxMonths", 6) as u32,
        }
    }
}

/// Why a step is refused: the rule behind it (none for the order of stages) and what is
/// missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The rule's key.
    pub rule_key: Option<&'static str>,
    /// What is missing, in Chinese.
    pub message: String,
}

fn refuse(rule_key: Option<&'static str>, message: impl Into<String>) -> Refusal {
    Refusal {
        rule_key,
        message: message.into(),
    }
}

fn plus_months(d: NaiveDate, m: u32) -> NaiveDate {
    d.checked_add_months(Months::new(m)).unwrap_or(d)
}

/// The first day a step is allowed by the durations (regardless of contacts or introducers).
pub fn earliest(step: Step, f: &Facts, p: &Params) -> Option<NaiveDate> {
    match (f.stage, step) {
        (Stage::Activist, Step::To(Stage::DevelopmentTarget)) => {
            Some(plus_months(f.since, p.activist_min_months))
        }
        (Stage::Probationary, Step::To(Stage::FullMember)) => {
            Some(plus_months(f.since, p.probation_months + f.extended_months))
        }
        _ => None,
    }
}

/// The next regular step from a stage.
pub fn next(stage: Stage) -> Option<Stage> {
    match stage {
        Stage::Applicant => Some(Stage::Activist),
        Stage::Activist => Some(Stage::DevelopmentTarget),
        Stage::DevelopmentTarget => Some(Stage::Probationary),
        Stage::Probationary => Some(Stage::FullMember),
        Stage::FullMember | Stage::Cancelled => None,
    }
}

/// Whether `step`, effective on `on`, is allowed.
pub fn check(step: Step, on: NaiveDate, f: &Facts, p: &Params) -> Result<(), Refusal> {
    if on < f.since {
        return Err(refuse(None, "生效日期不能早于当前阶段的开始日期"));
    }
    match (f.stage, step) {
        (Stage::Applicant, Step::To(Stage::Activist)) => Ok(()),
        (Stage::Activist, Step::To(Stage::DevelopmentTarget)) => {
            let from = plus_months(f.since, p.activist_min_months);
            if on < from {
                return Err(refuse(
                    Some("party.activist.period"),
                    format!(
                        "入党积极分子须经过至少 {} 个月的培养教育，{} 起方可列为发展对象（还差 {} 天）",
                        p.activist_min_months,
                        from,
                        (from - on).num_days()
                    ),
                ));
            }
            if f.contacts < p.contacts_min {
                return Err(refuse(
                    Some("party.activist.period"),
                    format!("须确定至少 {} 名培养联系人", p.contacts_min),
                ));
            }
            Ok(())
        }
        (Stage::DevelopmentTarget, Step::To(Stage::Probationary)) => {
            if f.introducers < p.introducers {
                return Err(refuse(
                    Some("party.introducers"),
                    format!(
                        "接收预备党员须有 {} 名正式党员作入党介绍人（已有 {} 名）",
                        p.introducers, f.introducers
                    ),
                ));
            }
            Ok(())
        }
        (Stage::Probationary, Step::To(Stage::FullMember)) => {
            let from = plus_months(f.since, p.probation_months + f.extended_months);
            if on < from {
                return Err(refuse(
                    Some("party.probation"),
                    format!(
                        "预备期为 {} 个月{}，{} 期满后方可讨论转正（还差 {} 天）",
                        p.probation_months,
                        if f.extended_months > 0 {
                            format!("（已延长 {} 个月）", f.extended_months)
                        } else {
                            String::new()
                        },
                        from,
                        (from - on).num_days()
                    ),
                ));
            }
            Ok(())
        }
        (Stage::Probationary, Step::Extend(m)) => {
            if m == 0 || f.extended_months + m > p.max_extension_months {
                return Err(refuse(
                    Some("party.probation"),
                    format!(
                        "预备期延长最多 {} 个月（已延长 {} 个月）",
                        p.max_extension_months, f.extended_months
                    ),
                ));
            }
            Ok(())
        }
        (Stage::Probationary, Step::To(Stage::Cancelled)) => Ok(()),
        (from, step) => Err(refuse(
            None,
            format!(
                "发展党员须按程序逐步进行：{}之后不能直接{}",
                from.label(),
                match step {
                    Step::To(s) => format!("转为{}", s.label()),
                    Step::Extend(_) => "延长预备期".to_string(),
                }
            ),
        )),
    }
}

/// Whether the upper committee may still approve a branch resolution proposed at
/// `proposed_at`: it decides within `party.upper_approval.months` and, where that is not
/// enough, within `maxMonths` at the most (the end of that day counts); later, the branch
/// must discuss the member anew.
pub fn approval_in_time(
    proposed_at: DateTime<Utc>,
    now: DateTime<Utc>,
    p: &Params,
) -> Result<(), Refusal> {
    let limit = proposed_at
        .checked_add_months(Months::new(p.approval_max_months))
        .unwrap_or(proposed_at);
    if now > limit {
        return Err(refuse(
            Some("party.upper_approval"),
            format!(
                "上级党委审批最长不超过 {} 个月，该决议已于 {} 超过期限，不能再批准，请支部重新讨论后再报",
                p.approval_max_months,
                limit
                    .with_timezone(&chrono_tz::Asia::Shanghai)
                    .format("%Y-%m-%d %H:%M")
            ),
        ));
    }
    Ok(())
}

/// What the rules need to know of the meeting a proposal names.
#[derive(Debug, Clone)]
pub struct MeetingFacts {
    /// Whose meeting it is.
    pub org_id: uuid::Uuid,
    /// Its type code (`BRANCH_GENERAL_MEETING` for a 支部党员大会).
    pub kind: String,
    /// Whether it was called off.
    pub cancelled: bool,
    /// When it began.
    pub starts_at: DateTime<Utc>,
    /// Whether the voting members present met `meeting.quorum` (none for a meeting that
    /// needs no quorum).
    pub quorum_met: Option<bool>,
}

/// Whether a step needs the branch's general meeting: 转正 is discussed by the 支部党员大会
/// (`party.probation`'s source, 细则第三十三条), so a conversion names one.
pub fn needs_general_meeting(step: Step) -> bool {
    step == Step::To(Stage::FullMember)
}

/// Whether the meeting a proposal names is a 支部党员大会 of `branch` that has been held by
/// `now`. `named` says whether an id was given at all; `meeting` is what it found (none for
/// an id that is not a meeting of the tenant, which reads like another org's).
pub fn general_meeting_held(
    named: bool,
    meeting: Option<&MeetingFacts>,
    branch: uuid::Uuid,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let why = match meeting {
        None if !named => "预备党员转正须经支部党员大会讨论，请选择讨论转正的支部党员大会",
        None => "所选会议不是本支部的支部党员大会",
        Some(m) if m.org_id != branch || m.kind != "BRANCH_GENERAL_MEETING" => {
            "所选会议不是本支部的支部党员大会"
        }
        Some(m) if m.cancelled => "所选支部党员大会已取消",
        Some(m) if m.starts_at > now => "所选支部党员大会尚未召开，会后再提出转正",
        Some(m) if m.quorum_met == Some(false) => {
            return Err(refuse(
                Some("meeting.quorum"),
                "所选支部党员大会到会的有表决权党员未达到规定人数，会议不能作出转正决议",
            ));
        }
        Some(_) => return Ok(()),
    };
    Err(refuse(Some("party.probation"), why))
}

/// Whether one more 培养联系人 may be recorded beside the `current` ones.
pub fn may_add_contact(current: usize, p: &Params) -> Result<(), Refusal> {
    if current >= p.contacts_max {
        return Err(refuse(
            Some("party.activist.period"),
            format!(
                "培养联系人一般为 1 至 {} 名，已有 {} 名，不能再增加",
                p.contacts_max, current
            ),
        ));
    }
    Ok(())
}

/// Whether a step needs a 公示 first.
pub fn needs_publicity(step: Step, p: &Params) -> bool {
    p.publicity_before.iter().any(|s| s == step.code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn params() -> Params {
        Params::from_rules(
            &json!({"minMonths": 12, "thoughtReportEveryMonths": 3, "contactsMin": 1, "contactsMax": 2}),
            &json!({"months": 12, "maxExtensionMonths": 12}),
            &json!({"count": 2}),
            &json!({"days": 5, "before": ["PROBATIONARY", "FULL_MEMBER"]}),
            &json!({"months": 3, "maxMonths": 6}),
        )
    }

    fn facts(stage: Stage, since: NaiveDate) -> Facts {
        Facts {
            stage,
            since,
            extended_months: 0,
            contacts: 1,
            introducers: 2,
        }
    }

    #[test]
    fn an_activist_becomes_a_development_target_only_after_a_full_year() {
        let f = facts(Stage::Activist, d(2025, 12, 5));
        let step = Step::To(Stage::DevelopmentTarget);
        let early = check(step, d(2026, 12, 4), &f, &params()).unwrap_err();
        assert_eq!(early.rule_key, Some("party.activist.period"));
        assert!(early.message.contains("还差 1 天"), "{}", early.message);
        assert!(check(step, d(2026, 12, 5), &f, &params()).is_ok());
        assert_eq!(earliest(step, &f, &params()), Some(d(2026, 12, 5)));
    }

    #[test]
    fn a_development_target_needs_contacts_before_and_introducers_after() {
        let mut f = facts(Stage::Activist, d(2024, 1, 1));
        f.contacts = 0;
        let r = check(
            Step::To(Stage::DevelopmentTarget),
            d(2026, 1, 1),
            &f,
            &params(),
        )
        .unwrap_err();
        assert!(r.message.contains("培养联系人"));
        let mut t = facts(Stage::DevelopmentTarget, d(2025, 1, 1));
        t.introducers = 1;
        let r = check(Step::To(Stage::Probationary), d(2026, 1, 1), &t, &params()).unwrap_err();
        assert_eq!(r.rule_key, Some("party.introducers"));
    }

    #[test]
    fn probation_lasts_a_year_plus_extensions_of_at_most_a_year_in_all() {
        let mut f = facts(Stage::Probationary, d(2025, 3, 1));
        let convert = Step::To(Stage::FullMember);
        assert!(check(convert, d(2026, 2, 28), &f, &params()).is_err());
        assert!(check(convert, d(2026, 3, 1), &f, &params()).is_ok());
        assert!(check(Step::Extend(6), d(2026, 3, 1), &f, &params()).is_ok());
        f.extended_months = 6;
        assert!(check(convert, d(2026, 8, 31), &f, &params()).is_err());
        assert!(check(convert, d(2026, 9, 1), &f, &params()).is_ok());
        assert!(check(Step::Extend(6), d(2026, 9, 1), &f, &params()).is_ok());
        let too_long = check(Step::Extend(7), d(2026, 9, 1), &f, &params()).unwrap_err();
        assert_eq!(too_long.rule_key, Some("party.probation"));
    }

    #[test]
    fn stages_cannot_be_skipped_or_reversed() {
        let f = facts(Stage::Applicant, d(2020, 1, 1));
        let r = check(Step::To(Stage::Probationary), d(2026, 1, 1), &f, &params()).unwrap_err();
        assert_eq!(r.rule_key, None);
        assert!(r.message.contains("逐步"));
        let full = facts(Stage::FullMember, d(2020, 1, 1));
        assert!(check(Step::To(Stage::Cancelled), d(2026, 1, 1), &full, &params()).is_err());
        assert!(
            check(Step::To(Stage::Activist), d(2019, 1, 1), &f, &params()).is_err(),
            "not before the stage began"
        );
    }

    #[test]
    fn a_publicity_precedes_admission_and_conversion_only() {
        let p = params();
        assert!(needs_publicity(Step::To(Stage::Probationary), &p));
        assert!(needs_publicity(Step::To(Stage::FullMember), &p));
        assert!(!needs_publicity(Step::To(Stage::Activist), &p));
        assert!(!needs_publicity(Step::Extend(3), &p));
    }

    #[test]
    fn a_second_contact_may_be_added_a_third_not_and_a_tenant_allowing_three_takes_a_third() {
        // Arrange
        let p = params();
        let mut three = params();
        three.contacts_max = 3;

        // Act + Assert
        assert!(may_add_contact(0, &p).is_ok());
        assert!(may_add_contact(1, &p).is_ok());
        let refused = may_add_contact(2, &p).unwrap_err();
        assert_eq!(refused.rule_key, Some("party.activist.period"));
        assert!(refused.message.contains("1 至 2 名"), "{}", refused.message);
        assert!(may_add_contact(2, &three).is_ok());
        assert!(may_add_contact(3, &three).is_err());
    }

    #[test]
    fn the_upper_committee_may_approve_until_six_months_after_the_resolution_and_not_a_day_later() {
        // Arrange: proposed on 2026-01-15 at 10:00 UTC.
        let proposed = "2026-01-15T10:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let p = params();
        let mut longer = params();
        longer.approval_max_months = 7;

        // Act + Assert: a day before, on and a day after the six months.
        assert!(approval_in_time(proposed, at("2026-07-14T10:00:00Z"), &p).is_ok());
        assert!(approval_in_time(proposed, at("2026-07-15T10:00:00Z"), &p).is_ok());
        let late = approval_in_time(proposed, at("2026-07-16T10:00:00Z"), &p).unwrap_err();
        assert_eq!(late.rule_key, Some("party.upper_approval"));
        assert!(
            late.message.contains("6 个月") && late.message.contains("2026-07-15"),
            "{}",
            late.message
        );
        // A tenant whose policy allows seven months still may.
        assert!(approval_in_time(proposed, at("2026-07-16T10:00:00Z"), &longer).is_ok());
    }

    #[test]
    fn a_conversion_needs_a_general_meeting_of_the_branch_that_has_been_held() {
        // Arrange
        let branch = uuid::Uuid::from_u128(1);
        let now = "2026-06-01T08:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let held = MeetingFacts {
            org_id: branch,
            kind: "BRANCH_GENERAL_MEETING".into(),
            cancelled: false,
            starts_at: now - chrono::Duration::days(1),
            quorum_met: Some(true),
        };
        let refused =
            |m: Option<&MeetingFacts>| general_meeting_held(true, m, branch, now).unwrap_err();

        // Act + Assert
        assert!(needs_general_meeting(Step::To(Stage::FullMember)));
        assert!(!needs_general_meeting(Step::To(Stage::Probationary)));
        assert!(!needs_general_meeting(Step::Extend(6)));
        assert!(general_meeting_held(true, Some(&held), branch, now).is_ok());
        let none = general_meeting_held(false, None, branch, now).unwrap_err();
        assert_eq!(none.rule_key, Some("party.probation"));
        assert!(none.message.contains("须经支部党员大会讨论"));
        assert!(refused(None).message.contains("不是本支部"));
        let committee = MeetingFacts {
            kind: "BRANCH_COMMITTEE".into(),
            ..held.clone()
        };
        assert!(refused(Some(&committee)).message.contains("不是本支部"));
        let elsewhere = MeetingFacts {
            org_id: uuid::Uuid::from_u128(2),
            ..held.clone()
        };
        assert!(refused(Some(&elsewhere)).message.contains("不是本支部"));
        let off = MeetingFacts {
            cancelled: true,
            ..held.clone()
        };
        assert!(refused(Some(&off)).message.contains("已取消"));
        let inquorate = MeetingFacts {
            quorum_met: Some(false),
            ..held.clone()
        };
        let short = refused(Some(&inquorate));
        assert_eq!(short.rule_key, Some("meeting.quorum"));
        assert!(
            short.message.contains("未达到规定人数"),
            "{}",
            short.message
        );
        let later = MeetingFacts {
            starts_at: now + chrono::Duration::hours(1),
            ..held
        };
        assert!(refused(Some(&later)).message.contains("尚未召开"));
    }
}
