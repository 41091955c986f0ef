//! A vote's enums, rows and creation form, parsed at the edge of the domain.

use crate::audience::Audience;
use crate::tenancy::model::Name;
use crate::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// What a vote decides.
    pub enum VoteKind {
        /// 投票: a poll on options.
        Poll = "POLL",
        /// 民主推荐: recommending candidates for seats (more candidates than seats).
        Recommendation = "RECOMMENDATION",
        /// 选举: an election (差额, and a quorum when held at a meeting).
        Election = "ELECTION",
    }
}

crate::text_enum! {
    /// When the results per option may be seen.
    pub enum ResultsVisibility {
        /// While the vote runs, by everyone who sees the vote.
        Live = "LIVE",
        /// Only after the close: nobody, officers and administrators included, sees them before.
        AfterClose = "AFTER_CLOSE",
    }
}

crate::text_enum! {
    /// Where a vote stands.
    pub enum VoteStatus {
        /// 未开始: opens at `opens_at`.
        Scheduled = "SCHEDULED",
        /// 进行中: the electorate is frozen and ballots are cast.
        Open = "OPEN",
        /// 已结束: the urn is frozen and the tally published.
        Closed = "CLOSED",
    }
}

/// Longest title, in characters.
pub const TITLE_MAX: usize = 100;
/// Longest description, in characters.
pub const DESCRIPTION_MAX: usize = 5_000;
/// Longest option label, in characters.
pub const OPTION_MAX: usize = 100;
/// Most options of one vote.
pub const OPTIONS_MAX: usize = 100;
/// The latest a vote may close, counted from its creation.
pub const LONGEST_DAYS: i64 = 366;

/// The creation form, as the API hands it over.
#[derive(Debug, Clone)]
pub struct VoteInput {
    /// The issuing org; the author needs `vote` `write` there.
    pub org_id: Uuid,
    /// The meeting the vote is held at, if any.
    pub meeting_id: Option<Uuid>,
    /// What it decides.
    pub kind: VoteKind,
    /// Title.
    pub title: String,
    /// Description (multi-line).
    pub description: Option<String>,
    /// Option labels, in order.
    pub options: Vec<String>,
    /// Fewest options a ballot holds.
    pub min_choices: i32,
    /// Most options a ballot holds.
    pub max_choices: i32,
    /// 应选人数, for recommendations and elections.
    pub seats: Option<i32>,
    /// Whether choices are secret.
    pub anonymous: bool,
    /// When results may be seen.
    pub results_visibility: ResultsVisibility,
    /// Who may vote.
    pub electorate: Audience,
    /// Opens at (now when absent).
    pub opens_at: Option<DateTime<Utc>>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
}

/// A checked creation form.
#[derive(Debug, Clone)]
pub struct NewVote {
    /// The issuing org.
    pub org_id: Uuid,
    /// The meeting, if any.
    pub meeting_id: Option<Uuid>,
    /// What it decides.
    pub kind: VoteKind,
    /// Title.
    pub title: Name,
    /// Description (may be empty).
    pub description: String,
    /// Option labels, trimmed and distinct.
    pub options: Vec<Name>,
    /// Fewest choices.
    pub min_choices: i32,
    /// Most choices.
    pub max_choices: i32,
    /// 应选人数.
    pub seats: Option<i32>,
    /// Secret choices.
    pub anonymous: bool,
    /// When results may be seen.
    pub results_visibility: ResultsVisibility,
    /// Who may vote, checked.
    pub electorate: Audience,
    /// Opens at.
    pub opens_at: DateTime<Utc>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
}

/// Renames the audience's field in a validation error to `electorate`.
fn as_electorate(e: AppError) -> AppError {
    match e {
        AppError::Validation { message, .. } => AppError::field("electorate", message),
        other => other,
    }
}

/// Checks multi-line text: a length limit and no control characters but line breaks and tabs.
fn parse_text(field: &str, raw: Option<&str>, max: usize) -> AppResult<String> {
    let s = raw.unwrap_or("").trim();
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    if s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    Ok(s.to_string())
}

impl NewVote {
    /// Checks the form's shape (not the 差额 rule, which reads the tenant's rule parameters).
    pub fn parse(input: VoteInput, now: DateTime<Utc>) -> AppResult<Self> {
        let title = Name::parse("title", &input.title, TITLE_MAX)?;
        let description = parse_text("description", input.description.as_deref(), DESCRIPTION_MAX)?;
        if input.options.len() < 2 {
            return Err(AppError::field("options", "至少需要两个选项"));
        }
        if input.options.len() > OPTIONS_MAX {
            return Err(AppError::field(
                "options",
                format!("选项最多 {OPTIONS_MAX} 个"),
            ));
        }
        let mut options: Vec<Name> = Vec::with_capacity(input.options.len());
        for raw in &input.options {
            let label = Name::parse("options", raw, OPTION_MAX)?;
            if options.iter().any(|o| o.as_str() == label.as_str()) {
                return Err(AppError::field(
                    "options",
                    format!("选项重复：{}", label.as_str()),
                ));
            }
            options.push(label);
        }
        let n = i32::try_from(options.len()).unwrap_or(i32::MAX);
        if input.min_choices < 1 {
            return Err(AppError::field("minChoices", "至少选择 1 项"));
        }
        if input.max_choices < input.min_choices {
            return Err(AppError::field(
                "maxChoices",
                "最多可选数不能小于最少应选数",
            ));
        }
        if input.max_choices > n {
            return Err(AppError::field("maxChoices", "最多可选数不能超过选项数"));
        }
        let seats = match (input.kind, input.seats) {
            (VoteKind::Poll, None) => None,
            (VoteKind::Poll, Some(_)) => {
                return Err(AppError::field(
                    "seats",
                    "只有民主推荐和选举需要填写应选人数",
                ));
            }
            (_, None) => return Err(AppError::field("seats", "请填写应选人数")),
            (_, Some(s)) if !(1..=99).contains(&s) => {
                return Err(AppError::field("seats", "应选人数应在 1 到 99 之间"));
            }
            (_, Some(s)) => {
                if input.max_choices > s {
                    return Err(AppError::field(
                        "maxChoices",
                        format!("每张选票最多选 {s} 人（不能超过应选人数）"),
                    ));
                }
                Some(s)
            }
        };
        let opens_at = match input.opens_at {
            None => now,
            Some(t) if t < now - Duration::minutes(1) => {
                return Err(AppError::field("opensAt", "开始时间不能早于现在"));
            }
            Some(t) => t.max(now),
        };
        if input.closes_at <= opens_at + Duration::minutes(1) {
            return Err(AppError::field("closesAt", "截止时间应晚于开始时间"));
        }
        if input.closes_at > now + Duration::days(LONGEST_DAYS) {
            return Err(AppError::field("closesAt", "截止时间不能超过一年"));
        }
        let electorate = input.electorate.parse().map_err(as_electorate)?;
        Ok(Self {
            org_id: input.org_id,
            meeting_id: input.meeting_id,
            kind: input.kind,
            title,
            description,
            options,
            min_choices: input.min_choices,
            max_choices: input.max_choices,
            seats,
            anonymous: input.anonymous,
            results_visibility: input.results_visibility,
            electorate,
            opens_at,
            closes_at: input.closes_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audience::AudienceOrg;

    fn input() -> VoteInput {
        VoteInput {
            org_id: Uuid::nil(),
            meeting_id: None,
            kind: VoteKind::Poll,
            title: "评选".into(),
            description: None,
            options: vec!["甲".into(), "乙".into()],
            min_choices: 1,
            max_choices: 1,
            seats: None,
            anonymous: true,
            results_visibility: ResultsVisibility::AfterClose,
            electorate: Audience {
                orgs: vec![AudienceOrg {
                    org_id: Uuid::nil(),
                    include_subtree: true,
                }],
                ..Audience::default()
            },
            opens_at: None,
            closes_at: Utc::now() + Duration::days(1),
        }
    }

    fn field_of(e: AppError) -> String {
        match e {
            AppError::Validation { fields, .. } => fields.into_keys().next().unwrap_or_default(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn a_plain_poll_parses_and_opens_now() {
        let now = Utc::now();
        let v = NewVote::parse(input(), now).unwrap();
        assert_eq!(v.opens_at, now);
        assert_eq!(v.options.len(), 2);
    }

    #[test]
    fn duplicate_or_too_few_options_are_refused() {
        let mut dup = input();
        dup.options = vec!["甲".into(), " 甲 ".into()];
        assert_eq!(
            field_of(NewVote::parse(dup, Utc::now()).unwrap_err()),
            "options"
        );
        let mut one = input();
        one.options = vec!["甲".into()];
        assert_eq!(
            field_of(NewVote::parse(one, Utc::now()).unwrap_err()),
            "options"
        );
    }

    #[test]
    fn choices_must_fit_the_options_and_the_seats() {
        let mut over = input();
        over.max_choices = 3;
        assert_eq!(
            field_of(NewVote::parse(over, Utc::now()).unwrap_err()),
            "maxChoices"
        );
        let mut inverted = input();
        inverted.min_choices = 2;
        assert_eq!(
            field_of(NewVote::parse(inverted, Utc::now()).unwrap_err()),
            "maxChoices"
        );
        let mut election = input();
        election.kind = VoteKind::Election;
        election.options = vec!["甲".into(), "乙".into(), "丙".into()];
        election.seats = Some(1);
        election.max_choices = 2;
        assert_eq!(
            field_of(NewVote::parse(election, Utc::now()).unwrap_err()),
            "maxChoices"
        );
    }

    #[test]
    fn seats_belong_to_recommendations_and_elections_only() {
        let mut poll = input();
        poll.seats = Some(1);
        assert_eq!(
            field_of(NewVote::parse(poll, Utc::now()).unwrap_err()),
            "seats"
        );
        let mut rec = input();
        rec.kind = VoteKind::Recommendation;
        assert_eq!(
            field_of(NewVote::parse(rec, Utc::now()).unwrap_err()),
            "seats"
        );
    }

    #[test]
    fn the_close_must_follow_the_opening_within_a_year() {
        let now = Utc::now();
        let mut past = input();
        past.closes_at = now - Duration::hours(1);
        assert_eq!(field_of(NewVote::parse(past, now).unwrap_err()), "closesAt");
        let mut far = input();
        far.closes_at = now + Duration::days(LONGEST_DAYS + 1);
        assert_eq!(field_of(NewVote::parse(far, now).unwrap_err()), "closesAt");
        let mut early = input();
        early.opens_at = Some(now - Duration::hours(1));
        assert_eq!(field_of(NewVote::parse(early, now).unwrap_err()), "opensAt");
    }

    #[test]
    fn an_empty_electorate_is_refused_as_the_electorate() {
        let mut none = input();
        none.electorate = Audience::default();
        assert_eq!(
            field_of(NewVote::parse(none, Utc::now()).unwrap_err()),
            "electorate"
        );
    }
}
