//! Contests' rows, enums and inputs, and the pure rules: the form's checks, the phase on screen,
//! whether an answer is in time, and the competition ranks of the leaderboards.

use crate::quiz::{Key, QuestionKind};
use crate::{AppError, AppResult};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// Longest title.
pub const TITLE_MAX: usize = 100;
/// Questions per contest.
pub const QUESTIONS: std::ops::RangeInclusive<i32> = 1..=50;
/// Seconds per question (the issue's default is 45).
pub const SECONDS: std::ops::RangeInclusive<i32> = 5..=300;
/// Default seconds per question.
pub const SECONDS_DEFAULT: i32 = 45;
/// Points per correct answer.
pub const POINTS: std::ops::RangeInclusive<i32> = 1..=100;
/// Default points per correct answer.
pub const POINTS_DEFAULT: i32 = 10;
/// Participants shown on the leaderboard.
pub const TOP: i64 = 20;
/// Longest answer item.
pub const RESPONSE_ITEM_MAX: usize = 200;

crate::text_enum! {
    /// Where a contest stands.
    pub enum ContestStatus {
        /// Created; participants may join.
        Draft = "DRAFT",
        /// Running: the host pushes questions.
        Live = "LIVE",
        /// Ended; the leaderboard is final.
        Finished = "FINISHED",
    }
}

/// What the contest screen shows now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Before the first question.
    Waiting,
    /// A question is on screen.
    Question,
    /// Its answer is shown.
    Revealed,
    /// Ended.
    Finished,
}

/// A contest as stored, with its org and bank names.
#[derive(Debug, Clone)]
pub struct ContestRow {
    /// Id.
    pub id: Uuid,
    /// Hosting org.
    pub org_id: Uuid,
    /// Its path.
    pub org_path: String,
    /// Its name.
    pub org_name: String,
    /// The bank the questions came from.
    pub bank_id: Uuid,
    /// Its name.
    pub bank_name: String,
    /// Title.
    pub title: String,
    /// Questions.
    pub question_count: i32,
    /// Seconds per question.
    pub seconds_per_question: i32,
    /// Points per correct answer.
    pub points_per_question: i32,
    /// Status.
    pub status: ContestStatus,
    /// The question on screen (1-based).
    pub current_position: Option<i32>,
    /// When it was pushed (server clock).
    pub current_started_at: Option<DateTime<Utc>>,
    /// When answers stop being taken.
    pub current_deadline: Option<DateTime<Utc>>,
    /// Whether its answer is shown.
    pub revealed: bool,
    /// Participants.
    pub participant_count: i32,
    /// Started.
    pub started_at: Option<DateTime<Utc>>,
    /// Finished.
    pub finished_at: Option<DateTime<Utc>>,
    /// Creator.
    pub created_by: Option<Uuid>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

impl ContestRow {
    /// The phase on screen.
    pub fn phase(&self) -> Phase {
        phase(self.status, self.current_position, self.revealed)
    }
}

/// A contest with what the viewer may do.
#[derive(Debug, Clone)]
pub struct ContestView {
    /// The contest.
    pub contest: ContestRow,
    /// The viewer may run it.
    pub can_host: bool,
    /// The viewer has joined.
    pub joined: bool,
}

/// A question as copied into the contest.
#[derive(Debug, Clone)]
pub struct ContestQuestionRow {
    /// 1-based.
    pub position: i32,
    /// Kind.
    pub kind: QuestionKind,
    /// Stem.
    pub stem: String,
    /// Options (choice kinds).
    pub options: Vec<String>,
    /// The key.
    pub key: Key,
    /// Explanation.
    pub explanation: String,
}

/// The question on screen, without its key until it is revealed.
#[derive(Debug, Clone)]
pub struct LiveQuestion {
    /// 1-based.
    pub position: i32,
    /// Kind.
    pub kind: QuestionKind,
    /// Stem.
    pub stem: String,
    /// Options.
    pub options: Vec<String>,
    /// Blanks of a fill-in question.
    pub blank_count: i32,
    /// Pushed at.
    pub started_at: DateTime<Utc>,
    /// Answers refused after.
    pub deadline: DateTime<Utc>,
    /// The correct answer, once revealed.
    pub correct_answer: Option<Vec<String>>,
    /// The explanation, once revealed.
    pub explanation: Option<String>,
}

/// The state every participant and the host see.
#[derive(Debug, Clone)]
pub struct Live {
    /// The contest.
    pub contest_id: Uuid,
    /// Status.
    pub status: ContestStatus,
    /// Phase.
    pub phase: Phase,
    /// Questions in all.
    pub question_count: i32,
    /// The question on screen.
    pub question: Option<LiveQuestion>,
}

/// A participant's running totals, as stored.
#[derive(Debug, Clone)]
pub struct StandingRow {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// Branch (the deepest org in the hosting sub-tree).
    pub org_name: Option<String>,
    /// Score.
    pub score: i32,
    /// Correct answers.
    pub correct_count: i32,
    /// Answers.
    pub answered_count: i32,
    /// Milliseconds on correct answers.
    pub answer_ms: i64,
}

/// A participant's standing with its rank.
#[derive(Debug, Clone)]
pub struct Standing {
    /// Competition rank.
    pub rank: i32,
    /// The totals.
    pub row: StandingRow,
}

/// A branch's totals, as stored.
#[derive(Debug, Clone)]
pub struct BranchRow {
    /// Org.
    pub org_id: Uuid,
    /// Name.
    pub org_name: String,
    /// Participants.
    pub participants: i64,
    /// Their scores summed.
    pub total_score: i64,
}

/// A branch's standing.
#[derive(Debug, Clone)]
pub struct BranchStanding {
    /// Competition rank by average.
    pub rank: i32,
    /// The totals.
    pub row: BranchRow,
    /// Average score per participant.
    pub average: f64,
}

/// The leaderboard.
#[derive(Debug, Clone)]
pub struct Leaderboard {
    /// The contest.
    pub contest_id: Uuid,
    /// Participants.
    pub participants: i64,
    /// Answers to the question on screen.
    pub answered_current: i64,
    /// The top participants.
    pub members: Vec<Standing>,
    /// Every branch, best first.
    pub branches: Vec<BranchStanding>,
}

/// An accepted answer.
#[derive(Debug, Clone, Copy)]
pub struct Receipt {
    /// 1-based position.
    pub position: i32,
    /// Milliseconds from the push to the answer.
    pub elapsed_ms: i32,
}

/// The form of a new contest.
#[derive(Debug, Clone)]
pub struct ContestInput {
    /// Hosting org.
    pub org_id: Uuid,
    /// Bank.
    pub bank_id: Uuid,
    /// Title.
    pub title: String,
    /// Questions to draw.
    pub question_count: i32,
    /// Seconds per question (default 45).
    pub seconds_per_question: Option<i32>,
    /// Points per correct answer (default 10).
    pub points_per_question: Option<i32>,
}

/// A checked form.
#[derive(Debug, Clone)]
pub struct NewContest {
    /// Hosting org.
    pub org_id: Uuid,
    /// Bank.
    pub bank_id: Uuid,
    /// Title.
    pub title: String,
    /// Questions.
    pub question_count: i32,
    /// Seconds per question.
    pub seconds_per_question: i32,
    /// Points per correct answer.
    pub points_per_question: i32,
}

fn within(field: &str, v: i32, range: &std::ops::RangeInclusive<i32>) -> AppResult<i32> {
    if range.contains(&v) {
        Ok(v)
    } else {
        Err(AppError::field(
            field,
            format!("应在 {} 到 {} 之间", range.start(), range.end()),
        ))
    }
}

impl ContestInput {
    /// Checks the form.
    pub fn parse(self) -> AppResult<NewContest> {
        Ok(NewContest {
            org_id: self.org_id,
            bank_id: self.bank_id,
            title: crate::text::checked("title", &self.title, TITLE_MAX, true, false)?,
            question_count: within("questionCount", self.question_count, &QUESTIONS)?,
            seconds_per_question: within(
                "secondsPerQuestion",
                self.seconds_per_question.unwrap_or(SECONDS_DEFAULT),
                &SECONDS,
            )?,
            points_per_question: within(
                "pointsPerQuestion",
                self.points_per_question.unwrap_or(POINTS_DEFAULT),
                &POINTS,
            )?,
        })
    }
}

/// Checks an answer's items as quizzes do (at most 10, each a line of at most
/// [`RESPONSE_ITEM_MAX`] characters), with at least one that is not empty.
pub fn check_response(response: &[String]) -> AppResult<Vec<String>> {
    let items = crate::quiz::check_response("answer", response, RESPONSE_ITEM_MAX)?;
    if items.iter().all(String::is_empty) {
        return Err(AppError::field("answer", "请先作答"));
    }
    Ok(items)
}

/// The phase a contest's screen is in.
pub fn phase(status: ContestStatus, position: Option<i32>, revealed: bool) -> Phase {
    match (status, position) {
        (ContestStatus::Finished, _) => Phase::Finished,
        (ContestStatus::Draft, _) | (ContestStatus::Live, None) => Phase::Waiting,
        (ContestStatus::Live, Some(_)) if revealed => Phase::Revealed,
        (ContestStatus::Live, Some(_)) => Phase::Question,
    }
}

/// Why an answer to `position` arriving at `now` is refused, if it is: the contest must be
/// live with that question on screen, not yet revealed, and `now` not after its deadline
/// (server clock; an answer exactly at the deadline counts).
pub fn refusal(row: &ContestRow, position: i32, now: DateTime<Utc>) -> Option<&'static str> {
    if row.status != ContestStatus::Live {
        return Some("竞赛未在进行中");
    }
    if row.current_position != Some(position) {
        return Some("题目已切换，请作答当前题目");
    }
    if row.revealed {
        return Some("本题答案已公布，不能再作答");
    }
    match row.current_deadline {
        Some(deadline) if now <= deadline => None,
        _ => Some("本题作答时间已过"),
    }
}

/// Milliseconds from the push to `now`, never negative.
pub fn elapsed_ms(started_at: DateTime<Utc>, now: DateTime<Utc>) -> i32 {
    i32::try_from((now - started_at).num_milliseconds().max(0)).unwrap_or(i32::MAX)
}

/// Competition ranks (1, 1, 3) of participants already sorted best first: by score, then by
/// less time on correct answers; equal on both, equal rank.
pub fn rank_members(rows: Vec<StandingRow>) -> Vec<Standing> {
    competition(rows, |a, b| {
        a.score == b.score && a.answer_ms == b.answer_ms
    })
    .into_iter()
    .map(|(rank, row)| Standing { rank, row })
    .collect()
}

/// The branches best first, by average score per participant, then by total; competition
/// ranks on equal averages.
pub fn rank_branches(mut rows: Vec<BranchRow>) -> Vec<BranchStanding> {
    let avg = |b: &BranchRow| {
        if b.participants == 0 {
            0.0
        } else {
            b.total_score as f64 / b.participants as f64
        }
    };
    rows.sort_by(|a, b| {
        avg(b)
            .total_cmp(&avg(a))
            .then(b.total_score.cmp(&a.total_score))
            .then(a.org_name.cmp(&b.org_name))
    });
    competition(rows, |a, b| avg(a) == avg(b))
        .into_iter()
        .map(|(rank, row)| BranchStanding {
            average: avg(&row),
            rank,
            row,
        })
        .collect()
}

/// Numbers sorted rows 1, 1, 3 when `tied` says two neighbours are equal.
fn competition<T>(rows: Vec<T>, tied: impl Fn(&T, &T) -> bool) -> Vec<(i32, T)> {
    let mut out: Vec<(i32, T)> = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        let n = i32::try_from(i + 1).unwrap_or(i32::MAX);
        let rank = match out.last() {
            Some((r, prev)) if tied(prev, &row) => *r,
            _ => n,
        };
        out.push((rank, row));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn row() -> ContestRow {
        let now = Utc::now();
        ContestRow {
            id: Uuid::nil(),
            org_id: Uuid::nil(),
            org_path: "r".into(),
            org_name: "党委".into(),
            bank_id: Uuid::nil(),
            bank_name: "题库".into(),
            title: "知识竞赛".into(),
            question_count: 3,
            seconds_per_question: 45,
            points_per_question: 10,
            status: ContestStatus::Live,
            current_position: Some(2),
            current_started_at: Some(now),
            current_deadline: Some(now + Duration::seconds(45)),
            revealed: false,
            participant_count: 0,
            started_at: Some(now),
            finished_at: None,
            created_by: None,
            created_at: now,
        }
    }

    fn standing(name: &str, score: i32, ms: i64) -> StandingRow {
        StandingRow {
            member_id: Uuid::nil(),
            member_name: name.into(),
            org_name: None,
            score,
            correct_count: 0,
            answered_count: 0,
            answer_ms: ms,
        }
    }

    #[test]
    fn an_answer_at_the_deadline_counts_and_a_millisecond_later_is_refused() {
        let r = row();
        let deadline = r.current_deadline.unwrap();
        assert_eq!(refusal(&r, 2, deadline), None);
        assert_eq!(
            refusal(&r, 2, deadline + Duration::milliseconds(1)),
            Some("本题作答时间已过")
        );
    }

    #[test]
    fn an_answer_to_another_question_after_the_reveal_or_outside_a_live_contest_is_refused() {
        let mut r = row();
        let now = r.current_started_at.unwrap();
        assert!(refusal(&r, 1, now).is_some());
        r.revealed = true;
        assert_eq!(refusal(&r, 2, now), Some("本题答案已公布，不能再作答"));
        r.revealed = false;
        r.status = ContestStatus::Finished;
        assert_eq!(refusal(&r, 2, now), Some("竞赛未在进行中"));
    }

    #[test]
    fn the_phase_follows_status_position_and_reveal() {
        assert_eq!(phase(ContestStatus::Draft, None, false), Phase::Waiting);
        assert_eq!(phase(ContestStatus::Live, None, false), Phase::Waiting);
        assert_eq!(phase(ContestStatus::Live, Some(1), false), Phase::Question);
        assert_eq!(phase(ContestStatus::Live, Some(1), true), Phase::Revealed);
        assert_eq!(
            phase(ContestStatus::Finished, Some(3), true),
            Phase::Finished
        );
    }

    #[test]
    fn equal_score_and_time_share_a_rank_and_the_next_rank_skips() {
        let ranked = rank_members(vec![
            standing("甲", 30, 5000),
            standing("乙", 30, 5000),
            standing("丙", 30, 7000),
            standing("丁", 10, 1000),
        ]);
        let ranks: Vec<i32> = ranked.iter().map(|s| s.rank).collect();
        assert_eq!(ranks, vec![1, 1, 3, 4]);
    }

    #[test]
    fn branches_rank_by_average_not_by_size() {
        let b = |name: &str, n: i64, total: i64| BranchRow {
            org_id: Uuid::nil(),
            org_name: name.into(),
            participants: n,
            total_score: total,
        };
        let ranked = rank_branches(vec![
            b("大支部", 10, 200),
            b("小支部", 2, 60),
            b("同分", 5, 100),
        ]);
        let names: Vec<&str> = ranked.iter().map(|s| s.row.org_name.as_str()).collect();
        assert_eq!(names, vec!["小支部", "大支部", "同分"]);
        assert_eq!(
            ranked.iter().map(|s| s.rank).collect::<Vec<_>>(),
            vec![1, 2, 2]
        );
        assert!((ranked[0].average - 30.0).abs() < f64::EPSILON);
    }

    #[test]
    fn the_form_takes_defaults_and_refuses_out_of_range_values() {
        let input = |n: i32, s: Option<i32>| ContestInput {
            org_id: Uuid::nil(),
            bank_id: Uuid::nil(),
            title: " 党史知识竞赛 ".into(),
            question_count: n,
            seconds_per_question: s,
            points_per_question: None,
        };
        let ok = input(10, None).parse().unwrap();
        assert_eq!(
            (
                ok.title.as_str(),
                ok.seconds_per_question,
                ok.points_per_question
            ),
            ("党史知识竞赛", 45, 10)
        );
        assert!(input(0, None).parse().is_err());
        assert!(input(51, None).parse().is_err());
        assert!(input(5, Some(4)).parse().is_err());
        assert!(input(5, Some(301)).parse().is_err());
    }

    #[test]
    fn an_answer_needs_an_item_and_refuses_control_characters() {
        assert!(check_response(&[]).is_err());
        assert!(check_response(&["  ".into()]).is_err());
        assert!(check_response(&["A\u{0}".into()]).is_err());
        assert_eq!(check_response(&[" A ".into()]).unwrap(), vec!["A"]);
        assert!(check_response(&vec!["A".to_string(); 11]).is_err());
    }

    #[test]
    fn elapsed_time_is_never_negative() {
        let t = Utc::now();
        assert_eq!(elapsed_ms(t, t - Duration::seconds(1)), 0);
        assert_eq!(elapsed_ms(t, t + Duration::milliseconds(1500)), 1500);
    }
}
