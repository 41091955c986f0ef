//! 数据看板 over GraphQL: `orgDashboard` (the figures of an org's sub-tree) and
//! `orgDashboardUpdated` (the same, live, for the 大屏).

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, encode},
    tenancy::Count,
};
use async_graphql::{Context, ID, Object, SimpleObject, Subscription};
use chrono::{DateTime, NaiveDate, Utc};
use futures::{Stream, StreamExt};
use tongxin_core::analytics::{self, rules::rate};

fn counts(v: Vec<analytics::Count>) -> Vec<Count> {
    v.into_iter()
        .map(|c| Count {
            key: c.key,
            count: c.count,
        })
        .collect()
}

/// The org a dashboard covers.
#[derive(SimpleObject)]
pub struct DashboardOrganization {
    /// Global ID of the org.
    pub id: ID,
    /// Its name.
    pub name: String,
}

/// Active members placed anywhere in the sub-tree (on any line or in a department).
#[derive(SimpleObject)]
pub struct DashboardMembers {
    /// Members.
    pub total: i64,
    /// Per line (`PARTY`, `UNION`, `YOUTH`, `ADMIN`): members whose placement on that line
    /// lies in the sub-tree.
    pub by_line: Vec<Count>,
    /// Per political status (`FULL_MEMBER`, `PROBATIONARY` … `MASSES`).
    pub by_political_status: Vec<Count>,
    /// Per gender: `MALE`, `FEMALE`, `UNKNOWN`.
    pub by_gender: Vec<Count>,
    /// Per age band as of today in Beijing: `UP_TO_25`, `26_35`, `36_45`, `46_55`, `56_60`,
    /// `OVER_60`, `UNKNOWN` (no birth date). Every band is listed.
    pub by_age_band: Vec<Count>,
    /// Per education (学历, the member profile): `DOCTORATE` … `JUNIOR_HIGH_OR_BELOW`, and
    /// `NOT_RECORDED` for members without one.
    pub by_education: Vec<Count>,
    /// Party members (probationary and full) per year of joining — the start of their first
    /// probation, else the profile's date of joining — oldest first, `UNKNOWN` last.
    pub by_join_year: Vec<Count>,
}

/// Members at one stage of 发展党员 and their open deadlines.
#[derive(SimpleObject)]
pub struct DashboardStage {
    /// `APPLICANT`, `ACTIVIST`, `DEVELOPMENT_TARGET` or `PROBATIONARY`.
    pub stage: String,
    /// Members at the stage.
    pub members: i64,
    /// Open pipeline deadlines (upper org approvals, thought reports) already past.
    pub overdue: i64,
    /// Open pipeline deadlines within the next 30 days.
    pub due_soon: i64,
}

/// Required meetings (三会一课 and the others the rules require) of the sub-tree's orgs, as the
/// meeting compliance report computes them for the current periods.
#[derive(SimpleObject)]
pub struct DashboardMeetings {
    /// Required (org, meeting type) pairs.
    pub required: i64,
    /// Held in the current period.
    pub done: i64,
    /// Scheduled within the current period.
    pub scheduled: i64,
    /// Neither held nor scheduled yet.
    pub due: i64,
    /// Behind: the last period ended without one.
    pub overdue: i64,
    /// Whole periods of the last twelve months with none held, summed over the pairs.
    pub missed_last_12_months: i64,
    /// `done / required`; null when nothing is required.
    pub compliance_rate: Option<f64>,
}

/// 党费 of the sub-tree (the dues module's rollup and arrears).
#[derive(SimpleObject)]
pub struct DashboardDues {
    /// The year.
    pub year: i32,
    /// Billed plus corrections this year, in fen.
    pub due_fen: i64,
    /// Paid this year, in fen.
    pub paid_fen: i64,
    /// `paidFen / dueFen`; null when nothing was billed.
    pub collection_rate: Option<f64>,
    /// Members who owe.
    pub arrears_members: i64,
    /// What they owe, in fen.
    pub arrears_fen: i64,
}

/// Notices asking for acknowledgement published in the last 90 days, receipts of recipients
/// in the sub-tree (their org when the notice was published).
#[derive(SimpleObject)]
pub struct DashboardNotices {
    /// Notices.
    pub notices: i64,
    /// Receipts asking for acknowledgement.
    pub required: i64,
    /// Of them acknowledged.
    pub acknowledged: i64,
    /// `acknowledged / required`; null when none was asked.
    pub acknowledgement_rate: Option<f64>,
}

/// Votes, surveys and activities of the last 90 days.
#[derive(SimpleObject)]
pub struct DashboardParticipation {
    /// Votes opened with voters in the sub-tree.
    pub votes: i64,
    /// Those voters.
    pub vote_eligible: i64,
    /// Of them voted.
    pub vote_voted: i64,
    /// Surveys opened with respondents in the sub-tree.
    pub surveys: i64,
    /// Those respondents.
    pub survey_asked: i64,
    /// Of them responded.
    pub survey_responded: i64,
    /// Activities of the sub-tree's orgs that started (not cancelled).
    pub activities: i64,
    /// Their registrations.
    pub activity_registered: i64,
    /// Their check-ins.
    pub activity_checked_in: i64,
    /// Members of the sub-tree who voted, responded or registered at least once.
    pub participants: i64,
    /// Members of the sub-tree.
    pub members: i64,
    /// `participants / members`; null without members.
    pub participation_rate: Option<f64>,
}

/// Study plans with a deadline this year assigned in the sub-tree.
#[derive(SimpleObject)]
pub struct DashboardStudy {
    /// Plans.
    pub plans: i64,
    /// Assignments (member × plan).
    pub assigned: i64,
    /// Of them with every material completed.
    pub completed: i64,
    /// `completed / assigned`; null without assignments.
    pub completion_rate: Option<f64>,
}

/// Points (积分) of the sub-tree's members.
#[derive(SimpleObject)]
pub struct DashboardPoints {
    /// The year.
    pub year: i32,
    /// Points this year.
    pub year_total: i64,
    /// Points ever.
    pub total: i64,
    /// Members with points this year.
    pub earners: i64,
}

/// Grid cases of the sub-tree's grids (all time).
#[derive(SimpleObject)]
pub struct DashboardGrid {
    /// Reported.
    pub total: i64,
    /// Open: not closed, rated or cancelled.
    pub open: i64,
    /// Closed or rated.
    pub closed: i64,
    /// Open and past their deadline now.
    pub overdue: i64,
    /// With a feedback.
    pub with_feedback: i64,
    /// Of them fed back by the deadline.
    pub on_time: i64,
    /// `onTime / withFeedback`; null without feedback.
    pub on_time_rate: Option<f64>,
}

/// Members active in one ISO week.
#[derive(SimpleObject)]
pub struct DashboardWeek {
    /// The week's Monday.
    pub week_start: NaiveDate,
    /// `2026-W49`.
    pub label: String,
    /// Members of the sub-tree who logged in or used the app, checked in at a meeting or an
    /// activity, or studied that week (Beijing time).
    pub active: i64,
}

/// The figures of an org's sub-tree. A module's section is null when the viewer may not read
/// that module at the org.
#[derive(SimpleObject)]
pub struct OrgDashboard {
    /// The org.
    pub organization: DashboardOrganization,
    /// When the figures were computed.
    pub generated_at: DateTime<Utc>,
    /// Today in Beijing: ages, years and periods are measured against it.
    pub as_of: NaiveDate,
    /// Members (`member` read).
    pub members: Option<DashboardMembers>,
    /// 发展党员 per stage (`member` read).
    pub pipeline: Option<Vec<DashboardStage>>,
    /// Meeting compliance (`meeting` read).
    pub meetings: Option<DashboardMeetings>,
    /// 党费 (`dues` read).
    pub dues: Option<DashboardDues>,
    /// Notice acknowledgement (`notice` read).
    pub notices: Option<DashboardNotices>,
    /// Votes, surveys, activities (`vote`, `survey` or `activity` read).
    pub participation: Option<DashboardParticipation>,
    /// Study completion (`study` read).
    pub study: Option<DashboardStudy>,
    /// Points (`points` read).
    pub points: Option<DashboardPoints>,
    /// Grid cases (`grid` read).
    pub grid: Option<DashboardGrid>,
    /// Distinct active members per ISO week, the last eight weeks, oldest first (`member` read).
    pub engagement: Option<Vec<DashboardWeek>>,
}

impl From<analytics::OrgDashboard> for OrgDashboard {
    fn from(d: analytics::OrgDashboard) -> Self {
        OrgDashboard {
            organization: DashboardOrganization {
                id: encode(NodeType::Organization, d.org_id),
                name: d.org_name,
            },
            generated_at: d.generated_at,
            as_of: d.as_of,
            members: d.members.map(|m| DashboardMembers {
                total: m.total,
                by_line: counts(m.by_line),
                by_political_status: counts(m.by_political_status),
                by_gender: counts(m.by_gender),
                by_age_band: counts(m.by_age_band),
                by_education: counts(m.by_education),
                by_join_year: counts(m.by_join_year),
            }),
            pipeline: d.pipeline.map(|v| {
                v.into_iter()
                    .map(|s| DashboardStage {
                        stage: s.stage,
                        members: s.members,
                        overdue: s.overdue,
                        due_soon: s.due_soon,
                    })
                    .collect()
            }),
            meetings: d.meetings.map(|m| DashboardMeetings {
                compliance_rate: rate(m.done, m.required),
                required: m.required,
                done: m.done,
                scheduled: m.scheduled,
                due: m.due,
                overdue: m.overdue,
                missed_last_12_months: m.missed_last_12_months,
            }),
            dues: d.dues.map(|x| DashboardDues {
                collection_rate: rate(x.paid_fen, x.due_fen),
                year: x.year,
                due_fen: x.due_fen,
                paid_fen: x.paid_fen,
                arrears_members: x.arrears_members,
                arrears_fen: x.arrears_fen,
            }),
            notices: d.notices.map(|n| DashboardNotices {
                acknowledgement_rate: rate(n.acknowledged, n.required),
                notices: n.notices,
                required: n.required,
                acknowledged: n.acknowledged,
            }),
            participation: d.participation.map(|p| DashboardParticipation {
                participation_rate: rate(p.participants, p.members),
                votes: p.votes,
                vote_eligible: p.vote_eligible,
                vote_voted: p.vote_voted,
                surveys: p.surveys,
                survey_asked: p.survey_asked,
                survey_responded: p.survey_responded,
                activities: p.activities,
                activity_registered: p.activity_registered,
                activity_checked_in: p.activity_checked_in,
                participants: p.participants,
                members: p.members,
            }),
            study: d.study.map(|s| DashboardStudy {
                completion_rate: rate(s.completed, s.assigned),
                plans: s.plans,
                assigned: s.assigned,
                completed: s.completed,
            }),
            points: d.points.map(|p| DashboardPoints {
                year: p.year,
                year_total: p.year_total,
                total: p.total,
                earners: p.earners,
            }),
            grid: d.grid.map(|g| DashboardGrid {
                on_time_rate: rate(g.on_time, g.with_feedback),
                total: g.total,
                open: g.open,
                closed: g.closed,
                overdue: g.overdue,
                with_feedback: g.with_feedback,
                on_time: g.on_time,
            }),
            engagement: d.engagement.map(|v| {
                v.into_iter()
                    .map(|w| DashboardWeek {
                        week_start: w.week_start,
                        label: w.label,
                        active: w.active,
                    })
                    .collect()
            }),
        }
    }
}

/// Queries of dashboards.
#[derive(Default)]
pub struct AnalyticsQuery;

#[Object(name = "AnalyticsQuery")]
impl AnalyticsQuery {
    /// 数据看板: the figures of an org's sub-tree (`org` read at the org; each module's section
    /// needs that module's read too). Without `organizationId`, the viewer's own org: their
    /// placement (org, then party, union and youth line, then department), else the tenant's
    /// top org (null when the tenant has no org yet). An org of another tenant, or one the
    /// viewer may not read, is `NOT_FOUND`.
    async fn org_dashboard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree); the viewer's own when omitted.")]
        organization_id: Option<ID>,
    ) -> async_graphql::Result<Option<OrgDashboard>> {
        let (c, org) = match &organization_id {
            Some(id) => target(ctx, NodeType::Organization, id)?,
            None => {
                let c = tenant(ctx)?;
                match analytics::default_org(&c, app(ctx)).await.gql()? {
                    Some(org) => (c, org),
                    None => return Ok(None),
                }
            }
        };
        let d = analytics::dashboard(&c, app(ctx), org).await.gql()?;
        Ok(Some(d.into()))
    }
}

/// Live dashboards.
#[derive(Default)]
pub struct AnalyticsSubscription;

#[Subscription(name = "AnalyticsSubscription")]
impl AnalyticsSubscription {
    /// The dashboard of an org (as `orgDashboard`), at once and again whenever its figures may
    /// have changed: members added or moved, meetings, grid cases, votes and notice
    /// acknowledgements in the tenant (events within a second are read once), and at least
    /// every minute. Same access as `orgDashboard`; a viewer who loses it gets the error and
    /// the stream ends.
    async fn org_dashboard_updated(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] organization_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<OrgDashboard>>> {
        let (c, org) = target(ctx, NodeType::Organization, &organization_id)?;
        let app = app(ctx).clone();
        // Refuse at once rather than on the first item.
        let first = analytics::dashboard(&c, &app, org).await.gql()?;
        let rest = analytics::follow(app, c, org, false);
        Ok(
            futures::stream::once(async move { Ok(first.into()) }).chain(
                rest.map(|r| r.map(OrgDashboard::from).gql())
                    .take_while(|r| futures::future::ready(r.is_ok())),
            ),
        )
    }
}
