//! The meeting types of each line, which rule gives their frequency, who is invited, and which
//! org kinds must hold them. Pure data.

use crate::org::model::Kind;

/// A type of meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingType {
    /// Code (also the key in the frequency rule's parameters).
    pub code: &'static str,
    /// Chinese name.
    pub label: &'static str,
    /// `PARTY`, `UNION` or `YOUTH`.
    pub line: &'static str,
    /// The rule whose parameters give its frequency in months.
    pub frequency_rule: Option<&'static str>,
    /// Invitees are the org's officers, not all its members.
    pub committee_only: bool,
    /// A general meeting: the quorum of `meeting.quorum` applies.
    pub general: bool,
    /// The org kinds that must hold it as often as the rule says.
    pub required_for: &'static [Kind],
}

const PARTY_FREQ: Option<&str> = Some("meeting.frequency");
const LEAGUE_FREQ: Option<&str> = Some("league.meeting.frequency");
const UNION_FREQ: Option<&str> = Some("union.meeting.frequency");

const fn t(
    code: &'static str,
    label: &'static str,
    line: &'static str,
    frequency_rule: Option<&'static str>,
    committee_only: bool,
    general: bool,
    required_for: &'static [Kind],
) -> MeetingType {
    MeetingType {
        code,
        label,
        line,
        frequency_rule,
        committee_only,
        general,
        required_for,
    }
}

const BRANCH: &[Kind] = &[Kind::PartyBranch];
const LEAGUE_BRANCH: &[Kind] = &[Kind::YouthBranch];
const UNION: &[Kind] = &[Kind::UnionCommittee];

/// Every type, in display order.
pub const ALL: &[MeetingType] = &[
    t(
        "BRANCH_GENERAL_MEETING",
        "支部党员大会",
        "PARTY",
        PARTY_FREQ,
        false,
        true,
        BRANCH,
    ),
    t(
        "BRANCH_COMMITTEE",
        "支委会",
        "PARTY",
        PARTY_FREQ,
        true,
        false,
        BRANCH,
    ),
    t(
        "PARTY_GROUP",
        "党小组会",
        "PARTY",
        PARTY_FREQ,
        false,
        false,
        &[Kind::PartyGroup],
    ),
    t(
        "PARTY_LECTURE",
        "党课",
        "PARTY",
        PARTY_FREQ,
        false,
        false,
        BRANCH,
    ),
    t(
        "THEME_PARTY_DAY",
        "主题党日",
        "PARTY",
        PARTY_FREQ,
        false,
        false,
        BRANCH,
    ),
    t(
        "LIFE_MEETING",
        "组织生活会",
        "PARTY",
        PARTY_FREQ,
        false,
        false,
        BRANCH,
    ),
    t(
        "DEMOCRATIC_EVALUATION",
        "民主评议党员",
        "PARTY",
        PARTY_FREQ,
        false,
        false,
        BRANCH,
    ),
    t(
        "DEMOCRATIC_LIFE_MEETING",
        "民主生活会",
        "PARTY",
        None,
        true,
        false,
        &[],
    ),
    t(
        "LEAGUE_GENERAL_MEETING",
        "团员大会",
        "YOUTH",
        LEAGUE_FREQ,
        false,
        true,
        LEAGUE_BRANCH,
    ),
    t(
        "LEAGUE_COMMITTEE",
        "团支委会",
        "YOUTH",
        LEAGUE_FREQ,
        true,
        false,
        LEAGUE_BRANCH,
    ),
    t(
        "LEAGUE_GROUP",
        "团小组会",
        "YOUTH",
        LEAGUE_FREQ,
        false,
        false,
        &[],
    ),
    t(
        "LEAGUE_LECTURE",
        "团课",
        "YOUTH",
        LEAGUE_FREQ,
        false,
        false,
        LEAGUE_BRANCH,
    ),
    t(
        "LEAGUE_DAY",
        "主题团日",
        "YOUTH",
        LEAGUE_FREQ,
        false,
        false,
        LEAGUE_BRANCH,
    ),
    t(
        "UNION_MEMBER_CONGRESS",
        "会员（代表）大会",
        "UNION",
        UNION_FREQ,
        false,
        true,
        UNION,
    ),
    t(
        "UNION_COMMITTEE",
        "工会委员会会议",
        "UNION",
        UNION_FREQ,
        true,
        false,
        UNION,
    ),
    t(
        "WORKERS_CONGRESS",
        "职工代表大会",
        "UNION",
        UNION_FREQ,
        false,
        true,
        UNION,
    ),
    t("OTHER", "其他会议", "", None, false, false, &[]),
];

/// The type with this code.
pub fn by_code(code: &str) -> Option<&'static MeetingType> {
    ALL.iter().find(|t| t.code == code)
}

impl MeetingType {
    /// Whether an org of `line` may hold it (`OTHER` fits every line).
    pub fn fits_line(&self, line: &str) -> bool {
        self.line.is_empty() || self.line == line
    }

    /// The frequency in months from the rule's effective parameters; `None` when not required.
    pub fn frequency_months(&self, params: &serde_json::Value) -> Option<u32> {
        self.frequency_rule?;
        params[self.code]
            .as_u64()
            .and_then(|m| u32::try_from(m).ok())
            .filter(|m| *m > 0)
    }
}

/// The types an org of this kind must hold.
pub fn required_for(kind: Kind) -> impl Iterator<Item = &'static MeetingType> {
    ALL.iter().filter(move |t| t.required_for.contains(&kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_party_type_with_a_rule_is_a_key_of_the_seeded_frequency_rule() {
        let seeded = json!({"BRANCH_GENERAL_MEETING": 3, "BRANCH_COMMITTEE": 1, "PARTY_GROUP": 1,
            "PARTY_LECTURE": 3, "THEME_PARTY_DAY": 1, "LIFE_MEETING": 12, "DEMOCRATIC_EVALUATION": 12});
        for t in ALL.iter().filter(|t| t.frequency_rule == PARTY_FREQ) {
            assert!(t.frequency_months(&seeded).is_some(), "{}", t.code);
        }
        assert_eq!(
            by_code("BRANCH_GENERAL_MEETING")
                .unwrap()
                .frequency_months(&seeded),
            Some(3)
        );
    }

    #[test]
    fn a_branch_must_hold_the_three_meetings_and_the_lecture_a_group_only_its_own() {
        let branch: Vec<_> = required_for(Kind::PartyBranch).map(|t| t.code).collect();
        for code in [
            "BRANCH_GENERAL_MEETING",
            "BRANCH_COMMITTEE",
            "PARTY_LECTURE",
        ] {
            assert!(branch.contains(&code));
        }
        let group: Vec<_> = required_for(Kind::PartyGroup).map(|t| t.code).collect();
        assert_eq!(group, vec!["PARTY_GROUP"]);
        assert_eq!(required_for(Kind::Department).count(), 0);
    }

    #[test]
    fn a_type_fits_its_own_line_and_other_fits_all() {
        let lecture = by_code("PARTY_LECTURE").unwrap();
        assert!(lecture.fits_line("PARTY"));
        assert!(!lecture.fits_line("YOUTH"));
        assert!(by_code("OTHER").unwrap().fits_line("UNION"));
        assert!(by_code("NOPE").is_none());
    }

    #[test]
    fn a_type_missing_from_the_rule_or_zero_is_not_required() {
        let t = by_code("LEAGUE_DAY").unwrap();
        assert_eq!(t.frequency_months(&json!({})), None);
        assert_eq!(t.frequency_months(&json!({"LEAGUE_DAY": 0})), None);
        assert_eq!(
            by_code("OTHER")
                .unwrap()
                .frequency_months(&json!({"OTHER": 1})),
            None
        );
    }
}
