//! Organisation life (三会一课) over GraphQL: meeting types with the rules' frequencies,
//! scheduling, leave, check-in by a rotating signed code or by an officer, attendance and
//! quorum, minutes locked after approval, compliance, and the member's calendar feed.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    types::PageInfo,
};
use async_graphql::{
    Context, Enum, ID, InputObject, InputType, Name, Object, SimpleObject, Subscription, Value,
};
use chrono::{DateTime, Utc};
use futures::{Stream, StreamExt};
use tongxin_core::{
    AppError,
    meeting::{
        self, AttendeeRow, MeetingView, calendar,
        compliance::{self, Row as ComplianceRowCore},
        rules::Standing,
        types as mtypes,
    },
    page::PageArgs,
};

/// A type of meeting; which are required how often comes from the tenant's rules.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[allow(clippy::enum_variant_names)]
pub enum MeetingType {
    /// 支部党员大会.
    BranchGeneralMeeting,
    /// 支委会.
    BranchCommittee,
    /// 党小组会.
    PartyGroup,
    /// 党课.
    PartyLecture,
    /// 主题党日.
    ThemePartyDay,
    /// 组织生活会.
    LifeMeeting,
    /// 民主评议党员.
    DemocraticEvaluation,
    /// 民主生活会.
    DemocraticLifeMeeting,
    /// 团员大会.
    LeagueGeneralMeeting,
    /// 团支委会.
    LeagueCommittee,
    /// 团小组会.
    LeagueGroup,
    /// 团课.
    LeagueLecture,
    /// 主题团日.
    LeagueDay,
    /// 会员（代表）大会.
    UnionMemberCongress,
    /// 工会委员会会议.
    UnionCommittee,
    /// 职工代表大会.
    WorkersCongress,
    /// 其他会议.
    Other,
}

impl MeetingType {
    /// The stored code (the enum's GraphQL name).
    fn code(self) -> String {
        match InputType::to_value(&self) {
            Value::Enum(name) => name.to_string(),
            _ => "OTHER".into(),
        }
    }

    fn from_code(code: &str) -> Self {
        <Self as InputType>::parse(Some(Value::Enum(Name::new(code)))).unwrap_or(Self::Other)
    }
}

/// A meeting type with what the rules require of it.
pub struct MeetingTypeInfo(&'static mtypes::MeetingType, Option<i32>, Option<String>);

/// A meeting type with what the rules require of it.
#[Object]
impl MeetingTypeInfo {
    /// The type.
    async fn r#type(&self) -> MeetingType {
        MeetingType::from_code(self.0.code)
    }
    /// Chinese name.
    async fn label(&self) -> &str {
        self.0.label
    }
    /// `PARTY`, `UNION` or `YOUTH` (empty for 其他会议, which any line may hold).
    async fn line(&self) -> &str {
        self.0.line
    }
    /// Required at least once every this many months by the tenant's rules; null when not
    /// required.
    async fn frequency_months(&self) -> Option<i32> {
        self.1
    }
    /// The rule giving the frequency.
    async fn rule_key(&self) -> Option<&str> {
        self.0.frequency_rule
    }
    /// The rule's source (statute or the tenant's own text).
    async fn rule_source(&self) -> Option<&str> {
        self.2.as_deref()
    }
    /// A general meeting: `meeting.quorum` applies.
    async fn general(&self) -> bool {
        self.0.general
    }
    /// Invitees are the org's officers (支委会 and the like), not all its members.
    async fn committee_only(&self) -> bool {
        self.0.committee_only
    }
}

/// Whether a meeting takes place.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::meeting::MeetingStatus")]
pub enum MeetingStatus {
    /// Planned, taking place or held.
    Scheduled,
    /// Called off.
    Cancelled,
}

/// Where the minutes stand.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::meeting::MinutesStatus")]
pub enum MinutesStatus {
    /// None written yet.
    None,
    /// Written, not approved: still editable.
    Draft,
    /// Approved: locked; corrections are amendments.
    Approved,
}

/// An invitee's attendance.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum AttendeeState {
    /// Invited, not (yet) present.
    Invited,
    /// Asked for leave, not decided.
    LeavePending,
    /// Leave granted.
    OnLeave,
    /// Checked in.
    Present,
}

/// How an invitee was checked in.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::meeting::CheckInMethod")]
pub enum CheckInMethod {
    /// Scanned the rotating code.
    Qr,
    /// Marked present by an officer.
    Manual,
}

/// Where check-in is allowed.
#[derive(SimpleObject, InputObject, Clone, Copy)]
#[graphql(input_name = "GeofenceInput")]
pub struct Geofence {
    /// Latitude (WGS-84).
    pub latitude: f64,
    /// Longitude (WGS-84).
    pub longitude: f64,
    /// Radius in metres (20–5,000).
    pub radius_meters: i32,
}

impl From<Geofence> for meeting::Geofence {
    fn from(g: Geofence) -> Self {
        Self {
            latitude: g.latitude,
            longitude: g.longitude,
            radius_m: g.radius_meters,
        }
    }
}

/// Attendance counts and the quorum.
#[derive(SimpleObject)]
pub struct MeetingAttendance {
    /// Invitees.
    pub expected: i64,
    /// Checked in.
    pub present: i64,
    /// With leave granted.
    pub on_leave: i64,
    /// Leave asked, not decided.
    pub leave_pending: i64,
    /// Neither present nor on leave.
    pub absent: i64,
    /// The share of voting invitees required (general meetings), null otherwise.
    pub quorum_share: Option<f64>,
    /// `true`: at least the share (elections); `false`: more than it.
    pub quorum_inclusive: Option<bool>,
    /// Whether the voting invitees present meet it; null when none applies.
    pub quorum_met: Option<bool>,
    /// The source of `meeting.quorum`.
    pub quorum_rule_source: Option<String>,
}

impl From<meeting::Attendance> for MeetingAttendance {
    fn from(a: meeting::Attendance) -> Self {
        Self {
            expected: a.expected,
            present: a.present,
            on_leave: a.on_leave,
            leave_pending: a.leave_pending,
            absent: a.absent,
            quorum_share: a.quorum.map(|q| q.share),
            quorum_inclusive: a.quorum.map(|q| q.inclusive),
            quorum_met: a.quorum_met,
            quorum_rule_source: a.quorum_source,
        }
    }
}

/// An invitee.
pub struct MeetingAttendee(AttendeeRow);

/// An invitee.
#[Object]
impl MeetingAttendee {
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// Name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Attendance.
    async fn state(&self) -> AttendeeState {
        match self.0.state() {
            "PRESENT" => AttendeeState::Present,
            "ON_LEAVE" => AttendeeState::OnLeave,
            "LEAVE_PENDING" => AttendeeState::LeavePending,
            _ => AttendeeState::Invited,
        }
    }
    /// Counts towards the quorum (full party members at party meetings).
    async fn voting(&self) -> bool {
        self.0.voting
    }
    /// The reason given for leave.
    async fn leave_reason(&self) -> Option<&str> {
        self.0.leave_reason.as_deref()
    }
    /// A leave request was refused.
    async fn leave_refused(&self) -> bool {
        self.0.leave_status == Some(meeting::LeaveStatus::Refused)
    }
    /// When they checked in.
    async fn checked_in_at(&self) -> Option<DateTime<Utc>> {
        self.0.checked_in_at
    }
    /// How.
    async fn check_in_method(&self) -> Option<CheckInMethod> {
        self.0.check_in_method.map(Into::into)
    }
}

/// A file attached to the minutes.
#[derive(SimpleObject)]
pub struct MeetingAttachment {
    /// The file's global ID.
    pub file_id: ID,
    /// File name.
    pub file_name: String,
    /// Content type.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
    /// A download link valid for five minutes.
    pub url: String,
}

/// A correction added after the minutes were approved.
#[derive(SimpleObject)]
pub struct MeetingAmendment {
    /// Global ID.
    pub id: ID,
    /// Text.
    pub text: String,
    /// Who added it.
    pub author_name: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A meeting of an org.
pub struct Meeting(pub MeetingView);

/// A meeting of an org.
#[Object]
impl Meeting {
    /// Global ID.
    pub async fn id(&self) -> ID {
        encode(NodeType::Meeting, self.0.row.id)
    }
    /// The org holding it.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.row.org_id)
    }
    /// Its name.
    async fn org_name(&self) -> &str {
        &self.0.row.org_name
    }
    /// `PARTY`, `UNION` or `YOUTH`.
    async fn line(&self) -> &str {
        &self.0.row.line
    }
    /// The type.
    async fn r#type(&self) -> MeetingType {
        MeetingType::from_code(&self.0.row.kind)
    }
    /// The type's Chinese name.
    async fn type_label(&self) -> &str {
        self.0.row.meeting_type().label
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.row.title
    }
    /// Start.
    async fn starts_at(&self) -> DateTime<Utc> {
        self.0.row.starts_at
    }
    /// End.
    async fn ends_at(&self) -> DateTime<Utc> {
        self.0.row.ends_at
    }
    /// Place.
    async fn location(&self) -> Option<&str> {
        self.0.row.location.as_deref()
    }
    /// Agenda.
    async fn agenda(&self) -> Option<&str> {
        self.0.row.agenda.as_deref()
    }
    /// Held to elect: the election quorum applies.
    async fn is_election(&self) -> bool {
        self.0.row.is_election
    }
    /// Check-in only within this area.
    async fn geofence(&self) -> Option<Geofence> {
        let r = &self.0.row;
        Some(Geofence {
            latitude: r.geo_latitude?,
            longitude: r.geo_longitude?,
            radius_meters: r.geo_radius_m?,
        })
    }
    /// Scheduled or cancelled.
    async fn status(&self) -> MeetingStatus {
        self.0.row.status.into()
    }
    /// Why it was cancelled.
    async fn cancel_reason(&self) -> Option<&str> {
        self.0.row.cancel_reason.as_deref()
    }
    /// Not cancelled and started: it counts as held for compliance.
    async fn held(&self) -> bool {
        self.0.row.held(Utc::now())
    }
    /// Check-in is open now (from 30 minutes before the start to 30 after the end, by the
    /// `meeting.checkin` rule's defaults).
    async fn check_in_open(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        meeting::check_in_open(&c, app(ctx), &self.0.row)
            .await
            .gql()
    }
    /// Minutes (纪要); for those who read the org's meetings and for invitees once approved.
    async fn minutes(&self) -> Option<&str> {
        self.visible_record().then_some(())?;
        self.0.row.minutes.as_deref()
    }
    /// Resolutions adopted (same visibility as the minutes).
    async fn resolutions(&self) -> Vec<String> {
        if self.visible_record() {
            self.0.row.resolutions.clone()
        } else {
            vec![]
        }
    }
    /// Where the minutes stand.
    async fn minutes_status(&self) -> MinutesStatus {
        self.0.row.minutes_status.into()
    }
    /// When the minutes were approved.
    async fn approved_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.approved_at
    }
    /// Who approved them.
    async fn approved_by_name(&self) -> Option<&str> {
        self.0.row.approved_by_name.as_deref()
    }
    /// Files attached to the minutes (same visibility as the minutes).
    async fn attachments(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<MeetingAttachment>> {
        if !self.visible_record() {
            return Ok(vec![]);
        }
        let c = tenant(ctx)?;
        Ok(meeting::attachments(&c, app(ctx), &self.0)
            .await
            .gql()?
            .into_iter()
            .map(|(f, url)| MeetingAttachment {
                file_id: encode(NodeType::File, f.id),
                file_name: f.file_name,
                content_type: f.content_type,
                size: f.byte_size,
                url,
            })
            .collect())
    }
    /// Corrections added after approval, oldest first.
    async fn amendments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MeetingAmendment>> {
        if !self.visible_record() {
            return Ok(vec![]);
        }
        let c = tenant(ctx)?;
        Ok(meeting::amendments(&c, app(ctx), &self.0)
            .await
            .gql()?
            .into_iter()
            .map(|a| MeetingAmendment {
                id: ID(a.id.to_string()),
                text: a.text,
                author_name: a.author_name,
                created_at: a.created_at,
            })
            .collect())
    }
    /// Attendance counts and the quorum.
    async fn attendance(&self, ctx: &Context<'_>) -> async_graphql::Result<MeetingAttendance> {
        let c = tenant(ctx)?;
        Ok(meeting::attendance(&c, app(ctx), self.0.row.id)
            .await
            .gql()?
            .into())
    }
    /// Every invitee for those who read the org's meetings; only the viewer's own row for
    /// other invitees.
    async fn attendees(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<MeetingAttendee>> {
        let c = tenant(ctx)?;
        Ok(meeting::attendees(&c, app(ctx), &self.0)
            .await
            .gql()?
            .into_iter()
            .map(MeetingAttendee)
            .collect())
    }
    /// The viewer's own invitation; null when not invited.
    async fn my_attendance(&self) -> Option<MeetingAttendee> {
        self.0.mine.clone().map(MeetingAttendee)
    }
    /// The viewer may manage it (`meeting:write` at its org).
    async fn can_manage(&self) -> bool {
        self.0.can_manage
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }
}

impl Meeting {
    /// The record (minutes, resolutions, files) is for those who read the org's meetings, and
    /// for invitees once approved.
    fn visible_record(&self) -> bool {
        self.0.can_read_all || self.0.row.minutes_status == meeting::MinutesStatus::Approved
    }
}

super::types::connection!(
    MeetingConnection,
    MeetingEdge,
    Meeting,
    "A page of meetings."
);

/// The code to show on the meeting's screen now.
#[derive(SimpleObject)]
pub struct MeetingCheckInCode {
    /// The signed code.
    pub code: String,
    /// The path a phone opens (put the site's origin before it in the QR code).
    pub url: String,
    /// When it stops being accepted.
    pub expires_at: DateTime<Utc>,
    /// Fetch a new code after this many seconds.
    pub refresh_in_seconds: i64,
}

/// Where an org stands with a required meeting type.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ComplianceStatus {
    /// Held in the current period.
    Done,
    /// Not held yet, one is scheduled within the period.
    Scheduled,
    /// Neither held nor scheduled.
    Due,
    /// The last period was missed, and none is held yet in this one.
    Overdue,
}

/// One org and required type in the current period.
pub struct ComplianceRow(ComplianceRowCore);

/// One org and required type in the current period.
#[Object]
impl ComplianceRow {
    /// The org.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn org_name(&self) -> &str {
        &self.0.org_name
    }
    /// The type.
    async fn r#type(&self) -> MeetingType {
        MeetingType::from_code(self.0.kind.code)
    }
    /// The type's Chinese name.
    async fn type_label(&self) -> &str {
        self.0.kind.label
    }
    /// Required at least once every this many months.
    async fn frequency_months(&self) -> i32 {
        i32::try_from(self.0.months).unwrap_or(i32::MAX)
    }
    /// First day of the current period (`YYYY-MM-DD`, the tenant's time zone).
    async fn period_start(&self) -> String {
        self.0.compliance.period_start.to_string()
    }
    /// Last day of the current period.
    async fn period_end(&self) -> String {
        self.0.compliance.period_end.to_string()
    }
    /// Days until the period ends.
    async fn days_left(&self) -> i64 {
        self.0.compliance.days_left
    }
    /// Where it stands.
    async fn status(&self) -> ComplianceStatus {
        match self.0.compliance.standing {
            Standing::Done => ComplianceStatus::Done,
            Standing::Scheduled => ComplianceStatus::Scheduled,
            Standing::Due => ComplianceStatus::Due,
            Standing::Overdue => ComplianceStatus::Overdue,
        }
    }
    /// Behind, or due within the warning window of `meeting.compliance`.
    async fn warning(&self) -> bool {
        self.0.compliance.warning
    }
    /// The last one held.
    async fn last_held_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_held_at
    }
    /// The next one scheduled.
    async fn next_meeting_id(&self) -> Option<ID> {
        self.0.next_meeting_id.map(|i| encode(NodeType::Meeting, i))
    }
    /// Whole periods of the last twelve months with none held (since the org existed).
    async fn missed_last12_months(&self) -> i64 {
        self.0.compliance.missed_last_12_months
    }
    /// The frequency rule's source.
    async fn rule_source(&self) -> &str {
        &self.0.rule_source
    }
}

/// The viewer's calendar feed.
#[derive(SimpleObject)]
pub struct CalendarFeed {
    /// Created (or last renewed).
    pub created_at: DateTime<Utc>,
    /// Last fetched by a calendar app.
    pub last_used_at: Option<DateTime<Utc>>,
}

impl From<calendar::FeedRow> for CalendarFeed {
    fn from(f: calendar::FeedRow) -> Self {
        Self {
            created_at: f.created_at,
            last_used_at: f.last_used_at,
        }
    }
}

/// A new feed and its secret address (shown once).
#[derive(SimpleObject)]
pub struct CalendarFeedPayload {
    /// The feed's path, `/calendar/<secret>.ics` (put the site's origin before it).
    pub url: String,
    /// The feed.
    pub feed: CalendarFeed,
}

/// A meeting after a change.
#[derive(SimpleObject)]
pub struct MeetingPayload {
    /// The meeting.
    pub meeting: Meeting,
}

fn payload(view: MeetingView) -> MeetingPayload {
    MeetingPayload {
        meeting: Meeting(view),
    }
}

/// Meeting queries.
#[derive(Default)]
pub struct MeetingQuery;

/// Meeting queries.
#[Object(name = "MeetingQuery")]
impl MeetingQuery {
    /// Every meeting type with the frequency the tenant's rules require.
    async fn meeting_types(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<MeetingTypeInfo>> {
        let c = tenant(ctx)?;
        Ok(meeting::type_frequencies(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(|(t, months, source)| {
                MeetingTypeInfo(t, months.and_then(|m| i32::try_from(m).ok()), source)
            })
            .collect())
    }

    /// Meetings the viewer may see, newest start first: with `mine`, those they are invited
    /// to; with `orgId`, those of that org and its sub-orgs (`meeting:read` there); otherwise
    /// both kinds. `from`/`to` bound the start.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    #[allow(clippy::too_many_arguments)]
    async fn meetings(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Only those of this org and its sub-orgs.")] org_id: Option<ID>,
        #[graphql(desc = "Only those the viewer is invited to.")] mine: Option<bool>,
        #[graphql(desc = "Starting at or after.")] from: Option<DateTime<Utc>>,
        #[graphql(desc = "Starting before.")] to: Option<DateTime<Utc>>,
    ) -> async_graphql::Result<MeetingConnection> {
        let c = tenant(ctx)?;
        let page = PageArgs::parse(first, after.as_deref()).gql()?;
        let org = org_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        let args = meeting::ListArgs {
            mine: mine.unwrap_or(false),
            org,
            from,
            to,
        };
        let result = meeting::list(&c, app(ctx), &args, &page).await.gql()?;
        Ok(MeetingConnection::from_page(
            result,
            |v| meeting::cursor_key(&v.row),
            Meeting,
        ))
    }

    /// One meeting (invitees and those who read the org's meetings).
    async fn meeting(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Meeting> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Meeting, &id).gql()?;
        Ok(Meeting(meeting::get(&c, app(ctx), id).await.gql()?))
    }

    /// The check-in code to show now (for those who manage the meeting). It rotates every
    /// 30 seconds and expires soon after; fetch again after `refreshInSeconds`.
    async fn meeting_check_in_code(
        &self,
        ctx: &Context<'_>,
        meeting_id: ID,
    ) -> async_graphql::Result<MeetingCheckInCode> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Meeting, &meeting_id).gql()?;
        let code = meeting::checkin_code(&c, app(ctx), id).await.gql()?;
        Ok(MeetingCheckInCode {
            url: format!(
                "/meetings/{}/checkin?code={}",
                meeting_id.as_str(),
                code.code
            ),
            code: code.code,
            expires_at: code.expires_at,
            refresh_in_seconds: code.refresh_in_secs,
        })
    }

    /// Per org and required type, where the current period stands: of `orgId` and its
    /// sub-orgs, or of every org whose meetings the viewer reads (the tenant-wide view).
    /// `behindOnly` keeps the rows with a warning.
    async fn meeting_compliance(
        &self,
        ctx: &Context<'_>,
        org_id: Option<ID>,
        behind_only: Option<bool>,
    ) -> async_graphql::Result<Vec<ComplianceRow>> {
        let c = tenant(ctx)?;
        let org = org_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        Ok(
            compliance::report(&c, app(ctx), org, behind_only.unwrap_or(false))
                .await
                .gql()?
                .into_iter()
                .map(ComplianceRow)
                .collect(),
        )
    }

    /// The viewer's calendar feed; null when they have none.
    async fn calendar_feed(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<CalendarFeed>> {
        let c = tenant(ctx)?;
        Ok(calendar::feed(&c, app(ctx)).await.gql()?.map(Into::into))
    }
}

/// A meeting to schedule.
#[derive(InputObject)]
pub struct ScheduleMeetingInput {
    /// The org holding it (party, union or league; `meeting:write` there).
    pub org_id: ID,
    /// The type; it must belong to the org's line (其他会议 fits all).
    pub r#type: MeetingType,
    /// Title, 1–120 characters.
    pub title: String,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End (after the start, at most 7 days later).
    pub ends_at: DateTime<Utc>,
    /// Place, at most 200 characters.
    pub location: Option<String>,
    /// Agenda, at most 5,000 characters.
    pub agenda: Option<String>,
    /// Held to elect (general meetings only): the election quorum applies.
    pub is_election: Option<bool>,
    /// Check-in only within this area.
    pub geofence: Option<Geofence>,
    /// Invite the members of sub-orgs too.
    pub include_sub_orgs: Option<bool>,
    /// Further invitees (列席).
    pub extra_member_ids: Option<Vec<ID>>,
}

/// New time, place or agenda.
#[derive(InputObject)]
pub struct UpdateMeetingInput {
    /// The meeting.
    pub meeting_id: ID,
    /// Title.
    pub title: String,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
    /// Place.
    pub location: Option<String>,
    /// Agenda.
    pub agenda: Option<String>,
    /// Check-in area (none to remove it).
    pub geofence: Option<Geofence>,
}

/// Calling a meeting off.
#[derive(InputObject)]
pub struct CancelMeetingInput {
    /// The meeting.
    pub meeting_id: ID,
    /// Why (told to the invitees).
    pub reason: String,
}

/// Asking for leave.
#[derive(InputObject)]
pub struct RequestMeetingLeaveInput {
    /// The meeting.
    pub meeting_id: ID,
    /// Why.
    pub reason: String,
}

/// Deciding a leave request.
#[derive(InputObject)]
pub struct DecideMeetingLeaveInput {
    /// The meeting.
    pub meeting_id: ID,
    /// Who asked.
    pub member_id: ID,
    /// Grant it (or refuse).
    pub approve: bool,
}

/// Checking in with the code on the meeting's screen.
#[derive(InputObject)]
pub struct CheckInToMeetingInput {
    /// The meeting.
    pub meeting_id: ID,
    /// The code from the QR.
    pub code: String,
    /// The viewer's latitude (required when the meeting has a geofence).
    pub latitude: Option<f64>,
    /// The viewer's longitude.
    pub longitude: Option<f64>,
}

/// An officer marks attendance.
#[derive(InputObject)]
pub struct RecordMeetingAttendanceInput {
    /// The meeting.
    pub meeting_id: ID,
    /// The invitee.
    pub member_id: ID,
    /// Present (or undo a check-in).
    pub present: bool,
}

/// The minutes as a draft.
#[derive(InputObject)]
pub struct SaveMeetingMinutesInput {
    /// The meeting (it must have begun).
    pub meeting_id: ID,
    /// Minutes text, at most 60,000 characters.
    pub minutes: String,
    /// Resolutions, at most 50.
    pub resolutions: Vec<String>,
    /// Uploaded files (the viewer's, READY) or files already attached.
    pub attachment_ids: Vec<ID>,
}

/// Approving the minutes (they lock).
#[derive(InputObject)]
pub struct ApproveMeetingMinutesInput {
    /// The meeting.
    pub meeting_id: ID,
}

/// An amendment to approved minutes.
#[derive(InputObject)]
pub struct AmendMeetingRecordInput {
    /// The meeting.
    pub meeting_id: ID,
    /// The correction, 1–5,000 characters.
    pub text: String,
}

fn meeting_id(raw: &ID) -> async_graphql::Result<uuid::Uuid> {
    decode(NodeType::Meeting, raw).gql()
}

fn member_id(raw: &ID) -> async_graphql::Result<uuid::Uuid> {
    decode(NodeType::Member, raw)
        .map_err(|_| AppError::field("memberId", "成员不存在"))
        .gql()
}

/// Meeting mutations.
#[derive(Default)]
pub struct MeetingMutation;

/// Meeting mutations.
#[Object(name = "MeetingMutation")]
impl MeetingMutation {
    /// Schedules a meeting: invites the org's members of the line (party meetings: party
    /// members, full members voting; committee meetings: the officers) and the extra
    /// invitees, tells them, and reminds them by `meeting.reminders` before it.
    async fn schedule_meeting(
        &self,
        ctx: &Context<'_>,
        input: ScheduleMeetingInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let org_id = decode(NodeType::Organization, &input.org_id)
            .map_err(|_| AppError::field("orgId", "组织不存在"))
            .gql()?;
        let extra = input
            .extra_member_ids
            .unwrap_or_default()
            .iter()
            .map(|m| {
                decode(NodeType::Member, m)
                    .map_err(|_| AppError::field("extraMemberIds", "列席人员中有不存在的成员"))
            })
            .collect::<Result<Vec<_>, _>>()
            .gql()?;
        let view = meeting::schedule(
            &c,
            app(ctx),
            meeting::ScheduleInput {
                org_id,
                kind: input.r#type.code(),
                title: input.title,
                starts_at: input.starts_at,
                ends_at: input.ends_at,
                location: input.location,
                agenda: input.agenda,
                is_election: input.is_election.unwrap_or(false),
                geofence: input.geofence.map(Into::into),
                include_sub_orgs: input.include_sub_orgs.unwrap_or(false),
                extra_member_ids: extra,
            },
        )
        .await
        .gql()?;
        Ok(payload(view))
    }

    /// Moves a meeting or changes its place or agenda; invitees are told and the reminder
    /// follows the new time.
    async fn update_meeting(
        &self,
        ctx: &Context<'_>,
        input: UpdateMeetingInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let view = meeting::reschedule(
            &c,
            app(ctx),
            id,
            &input.title,
            input.starts_at,
            input.ends_at,
            input.location.as_deref(),
            input.agenda.as_deref(),
            input.geofence.map(Into::into),
        )
        .await
        .gql()?;
        Ok(payload(view))
    }

    /// Calls a meeting off (before any minutes); invitees are told and reminders stop.
    async fn cancel_meeting(
        &self,
        ctx: &Context<'_>,
        input: CancelMeetingInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        Ok(payload(
            meeting::cancel(&c, app(ctx), id, &input.reason)
                .await
                .gql()?,
        ))
    }

    /// The viewer asks for leave from a meeting they are invited to (请假).
    async fn request_meeting_leave(
        &self,
        ctx: &Context<'_>,
        input: RequestMeetingLeaveInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        Ok(payload(
            meeting::request_leave(&c, app(ctx), id, &input.reason)
                .await
                .gql()?,
        ))
    }

    /// Grants or refuses a pending leave request; the member is told.
    async fn decide_meeting_leave(
        &self,
        ctx: &Context<'_>,
        input: DecideMeetingLeaveInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let member = member_id(&input.member_id)?;
        Ok(payload(
            meeting::decide_leave(&c, app(ctx), id, member, input.approve)
                .await
                .gql()?,
        ))
    }

    /// The viewer checks in with the code on the meeting's screen. Refused (VALIDATION on
    /// `code`) when the code is forged, of another meeting, or expired; on `location` when
    /// outside the geofence; CONFLICT when already checked in or outside the check-in hours.
    async fn check_in_to_meeting(
        &self,
        ctx: &Context<'_>,
        input: CheckInToMeetingInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let position = input.latitude.zip(input.longitude);
        Ok(payload(
            meeting::check_in(&c, app(ctx), id, &input.code, position)
                .await
                .gql()?,
        ))
    }

    /// An officer marks an invitee present, or undoes a check-in.
    async fn record_meeting_attendance(
        &self,
        ctx: &Context<'_>,
        input: RecordMeetingAttendanceInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let member = member_id(&input.member_id)?;
        Ok(payload(
            meeting::record_attendance(&c, app(ctx), id, member, input.present)
                .await
                .gql()?,
        ))
    }

    /// Saves the minutes, resolutions and attachments as a draft (after the meeting began).
    async fn save_meeting_minutes(
        &self,
        ctx: &Context<'_>,
        input: SaveMeetingMinutesInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let files = input
            .attachment_ids
            .iter()
            .map(|f| {
                decode(NodeType::File, f)
                    .map_err(|_| AppError::field("attachmentIds", "附件不存在"))
            })
            .collect::<Result<Vec<_>, _>>()
            .gql()?;
        Ok(payload(
            meeting::save_minutes(&c, app(ctx), id, &input.minutes, &input.resolutions, &files)
                .await
                .gql()?,
        ))
    }

    /// Approves the draft minutes; the record locks (later corrections are amendments).
    async fn approve_meeting_minutes(
        &self,
        ctx: &Context<'_>,
        input: ApproveMeetingMinutesInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        Ok(payload(
            meeting::approve_minutes(&c, app(ctx), id).await.gql()?,
        ))
    }

    /// Adds an amendment (补充说明) to approved minutes.
    async fn amend_meeting_record(
        &self,
        ctx: &Context<'_>,
        input: AmendMeetingRecordInput,
    ) -> async_graphql::Result<MeetingPayload> {
        let c = tenant(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        Ok(payload(
            meeting::amend(&c, app(ctx), id, &input.text).await.gql()?,
        ))
    }

    /// A new secret calendar feed for the viewer; any previous one stops working. The
    /// address is shown only here.
    async fn create_calendar_feed(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<CalendarFeedPayload> {
        let c = tenant(ctx)?;
        let (secret, feed) = calendar::create_feed(&c, app(ctx)).await.gql()?;
        Ok(CalendarFeedPayload {
            url: format!("/calendar/{secret}.ics"),
            feed: feed.into(),
        })
    }

    /// Revokes the viewer's calendar feed; `false` when there was none.
    async fn revoke_calendar_feed(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        calendar::revoke_feed(&c, app(ctx)).await.gql()
    }
}

/// Live meeting events.
#[derive(Default)]
pub struct MeetingSubscription;

#[Subscription(name = "MeetingSubscription")]
impl MeetingSubscription {
    /// The meeting now, then after every change of attendance, leave or record (changes
    /// within a quarter second come as one). Ends with `NOT_FOUND` for those who may not see
    /// it.
    async fn meeting_changed(
        &self,
        ctx: &Context<'_>,
        meeting_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<Meeting>>> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Meeting, &meeting_id).gql()?;
        let app = app(ctx).clone();
        // Refuse at once rather than on the first item.
        meeting::get(&c, &app, id).await.gql()?;
        Ok(meeting::follow(app, c, id)
            .map(|r| r.map(Meeting).gql())
            .take_while(|r| futures::future::ready(r.is_ok())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_core_meeting_type_has_a_graphql_name_and_back() {
        for t in mtypes::ALL {
            let g = MeetingType::from_code(t.code);
            assert_eq!(g.code(), t.code);
        }
        assert_eq!(MeetingType::from_code("NOPE"), MeetingType::Other);
    }
}
