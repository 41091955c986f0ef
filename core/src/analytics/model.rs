//! What the dashboard shows.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// A count under a code (`PARTY`, `FULL_MEMBER`, `26_35`, `2019` …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// The code.
    pub key: String,
    /// How many.
    pub count: i64,
}

/// The active members placed anywhere in the sub-tree (any line or the department).
#[derive(Debug, Clone, Default)]
pub struct MemberFigures {
    /// Members.
    pub total: i64,
    /// Per line, counted where the member's placement on that line lies in the sub-tree.
    pub by_line: Vec<Count>,
    /// Per political status.
    pub by_political_status: Vec<Count>,
    /// `MALE`, `FEMALE`, `UNKNOWN`.
    pub by_gender: Vec<Count>,
    /// Per age band as of today (`rules::AGE_BANDS`, every band listed).
    pub by_age_band: Vec<Count>,
    /// Per education (`member_profile.education`; no row is `NOT_RECORDED`).
    pub by_education: Vec<Count>,
    /// Party members (probationary and full) per year of joining: the earliest probationary
    /// stage, else the profile's `party_joined_on`; `UNKNOWN` without either. Oldest first.
    pub by_join_year: Vec<Count>,
}

/// Members at one stage of the party pipeline and their open deadlines.
#[derive(Debug, Clone)]
pub struct StageFigure {
    /// `APPLICANT`, `ACTIVIST`, `DEVELOPMENT_TARGET`, `PROBATIONARY`.
    pub stage: String,
    /// Members at the stage.
    pub members: i64,
    /// Open pipeline due items (approvals, thought reports) past their time.
    pub overdue: i64,
    /// Open pipeline due items within the next 30 days.
    pub due_soon: i64,
}

/// 三会一课 and the other required meetings of the sub-tree's orgs, current periods.
#[derive(Debug, Clone, Default)]
pub struct MeetingFigures {
    /// Required (org, meeting type) pairs.
    pub required: i64,
    /// Held in the current period.
    pub done: i64,
    /// Scheduled within the current period.
    pub scheduled: i64,
    /// Neither held nor scheduled yet.
    pub due: i64,
    /// The last period ended without one.
    pub overdue: i64,
    /// Whole periods of the last twelve months with none held, summed.
    pub missed_last_12_months: i64,
}

/// 党费 of the sub-tree: the current year's collection and what is owed now.
#[derive(Debug, Clone, Default)]
pub struct DuesFigures {
    /// The year.
    pub year: i32,
    /// Billed plus corrections this year, fen.
    pub due_fen: i64,
    /// Paid this year, fen.
    pub paid_fen: i64,
    /// Members who owe.
    pub arrears_members: i64,
    /// What they owe, fen.
    pub arrears_fen: i64,
}

/// Acknowledgement of notices asking for it, published in the last 90 days to recipients in
/// the sub-tree (their org when published).
#[derive(Debug, Clone, Default)]
pub struct NoticeFigures {
    /// Notices.
    pub notices: i64,
    /// Receipts asking for acknowledgement.
    pub required: i64,
    /// Of them acknowledged.
    pub acknowledged: i64,
}

/// Votes, surveys and activities of the last 90 days.
#[derive(Debug, Clone, Default)]
pub struct ParticipationFigures {
    /// Votes opened, with voters in the sub-tree.
    pub votes: i64,
    /// Voters in the sub-tree.
    pub vote_eligible: i64,
    /// Of them voted.
    pub vote_voted: i64,
    /// Surveys opened, with respondents in the sub-tree.
    pub surveys: i64,
    /// Respondents asked in the sub-tree.
    pub survey_asked: i64,
    /// Of them responded.
    pub survey_responded: i64,
    /// Activities of the sub-tree's orgs that started (not cancelled).
    pub activities: i64,
    /// Their registrations (registered).
    pub activity_registered: i64,
    /// Their check-ins.
    pub activity_checked_in: i64,
    /// Members of the sub-tree who voted, responded or registered at least once.
    pub participants: i64,
    /// Members of the sub-tree.
    pub members: i64,
}

/// Study plans with a deadline this year, assigned in the sub-tree.
#[derive(Debug, Clone, Default)]
pub struct StudyFigures {
    /// Plans.
    pub plans: i64,
    /// Assignments (member × plan).
    pub assigned: i64,
    /// Of them with every material completed.
    pub completed: i64,
}

/// Points of the sub-tree's members.
#[derive(Debug, Clone, Default)]
pub struct PointsFigures {
    /// The year.
    pub year: i32,
    /// Points this year.
    pub year_total: i64,
    /// Points ever.
    pub total: i64,
    /// Members with points this year.
    pub earners: i64,
}

/// Grid cases of the sub-tree's grids, all time.
#[derive(Debug, Clone, Default)]
pub struct GridFigures {
    /// Reported.
    pub total: i64,
    /// Not closed, rated or cancelled.
    pub open: i64,
    /// Closed or rated.
    pub closed: i64,
    /// Open and past their deadline now.
    pub overdue: i64,
    /// With a feedback.
    pub with_feedback: i64,
    /// Of them fed back by the deadline.
    pub on_time: i64,
}

/// Distinct members active in one ISO week.
#[derive(Debug, Clone)]
pub struct WeekFigure {
    /// Its Monday.
    pub week_start: NaiveDate,
    /// `2026-W49`.
    pub label: String,
    /// Members of the sub-tree who logged in, used the app, checked in or studied.
    pub active: i64,
}

/// The figures of an org's sub-tree.
#[derive(Debug, Clone)]
pub struct OrgDashboard {
    /// The org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// When computed.
    pub generated_at: DateTime<Utc>,
    /// Today in Beijing, the day ages and periods are measured against.
    pub as_of: NaiveDate,
    /// Members (`member` read).
    pub members: Option<MemberFigures>,
    /// The party pipeline (`member` read).
    pub pipeline: Option<Vec<StageFigure>>,
    /// Meetings (`meeting` read).
    pub meetings: Option<MeetingFigures>,
    /// Party dues (`dues` read).
    pub dues: Option<DuesFigures>,
    /// Notices (`notice` read).
    pub notices: Option<NoticeFigures>,
    /// Participation (`vote`, `survey` or `activity` read).
    pub participation: Option<ParticipationFigures>,
    /// Study (`study` read).
    pub study: Option<StudyFigures>,
    /// Points (`points` read).
    pub points: Option<PointsFigures>,
    /// Grid cases (`grid` read).
    pub grid: Option<GridFigures>,
    /// Engagement, the last eight ISO weeks (`member` read).
    pub engagement: Option<Vec<WeekFigure>>,
}
