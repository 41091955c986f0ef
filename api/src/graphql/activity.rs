//! Activities (活动) over GraphQL: publish and cancel; register (with custom fields), withdraw,
//! approve; the waitlist; check-in by the rotating code or by hand; volunteer hours, the
//! ledger and its totals; participation statistics and the registrations' export.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    meeting::CheckInMethod,
    publishing::{Article, ArticlePayload},
    survey::SurveyAudienceInput,
    types::{OrgLine, PoliticalStatus},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Datelike, Utc};
use tongxin_core::{
    AppError,
    activity::{self, ActivityView, RegistrationRow},
};

/// What kind of activity it is.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::activity::ActivityKind")]
pub enum ActivityKind {
    /// 主题党日.
    PartyDay,
    /// 志愿服务.
    Volunteer,
    /// 文体活动.
    CultureSports,
    /// 培训.
    Training,
    /// 其他.
    Other,
}

/// Whether an activity still stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::activity::ActivityStatus")]
pub enum ActivityStatus {
    /// 已发布.
    Published,
    /// 已取消.
    Cancelled,
}

/// Where a registration stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::activity::RegistrationStatus")]
pub enum ActivityRegistrationStatus {
    /// 报名成功: holds a place.
    Registered,
    /// 候补: in line for a place; promoted in order when one frees.
    Waitlisted,
    /// 待审核: the organiser approves or rejects.
    PendingApproval,
    /// 未通过.
    Rejected,
    /// 已取消 (the member may register again).
    Cancelled,
}

/// What a custom registration field takes.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::activity::FieldKind")]
pub enum ActivityFieldKind {
    /// A line of text, at most 200 characters.
    Text,
    /// A whole number from 0 to 1,000,000.
    Number,
    /// One of the field's options.
    Choice,
}

/// Who may see the activity and register: members placed in the orgs (with their sub-trees),
/// narrowed by lines, roles and political statuses, plus `memberIds`. Frozen at publishing.
#[derive(InputObject, Default)]
pub struct ActivityAudienceInput {
    /// Orgs, each with its sub-tree.
    #[graphql(default)]
    pub org_ids: Vec<ID>,
    /// Only members of these lines.
    #[graphql(default)]
    pub lines: Vec<OrgLine>,
    /// Only holders of these roles (role template names).
    #[graphql(default)]
    pub roles: Vec<String>,
    /// Only members of these political statuses.
    #[graphql(default)]
    pub political_statuses: Vec<PoliticalStatus>,
    /// These members too.
    #[graphql(default)]
    pub member_ids: Vec<ID>,
}

/// One custom registration field of `createActivity` (e.g. 衣服尺码, 家属人数).
#[derive(InputObject)]
pub struct ActivityFieldInput {
    /// Label, 1–50 characters, distinct within the activity.
    pub label: String,
    /// What it takes.
    pub kind: ActivityFieldKind,
    /// Whether an answer is required (default false).
    #[graphql(default)]
    pub required: bool,
    /// Options for choice fields: 2–30, distinct, each 1–50 characters; none for other kinds.
    #[graphql(default)]
    pub options: Vec<String>,
}

/// A check-in geofence.
#[derive(SimpleObject, Clone, Copy)]
pub struct ActivityGeofence {
    /// Latitude of the centre.
    pub latitude: f64,
    /// Longitude of the centre.
    pub longitude: f64,
    /// Radius in metres.
    pub radius_m: i32,
}

/// A check-in geofence of `createActivity`.
#[derive(InputObject, Clone, Copy)]
pub struct ActivityGeofenceInput {
    /// Latitude of the centre.
    pub latitude: f64,
    /// Longitude of the centre.
    pub longitude: f64,
    /// Radius in metres, 20–5,000.
    pub radius_m: i32,
}

/// The form of `createActivity`.
#[derive(InputObject)]
pub struct CreateActivityInput {
    /// The organising org; the author needs `activity` write there and wherever the audience
    /// reaches.
    pub org_id: ID,
    /// Title, 1–100 characters.
    pub title: String,
    /// Kind.
    pub kind: ActivityKind,
    /// Description, at most 5,000 characters.
    pub description: Option<String>,
    /// Place, one line, at most 200 characters.
    pub place: Option<String>,
    /// Check-in only within this distance of a point.
    pub geofence: Option<ActivityGeofenceInput>,
    /// Who may see it and register.
    pub audience: ActivityAudienceInput,
    /// Starts at (not in the past, within a year).
    pub starts_at: DateTime<Utc>,
    /// Ends at (after the start, within 31 days of it).
    pub ends_at: DateTime<Utc>,
    /// Registration closes at (default: the start; at the latest the end).
    pub registration_deadline: Option<DateTime<Utc>>,
    /// Places, 1–100,000 (no limit when absent); beyond them members join the waitlist.
    pub capacity: Option<i32>,
    /// Whether the organiser approves each registration (default false).
    #[graphql(default)]
    pub approval_required: bool,
    /// Custom registration fields, at most 20, in order.
    #[graphql(default)]
    pub fields: Vec<ActivityFieldInput>,
    /// Volunteer hours credited on attendance, 0–24 to a tenth of an hour.
    pub volunteer_hours: Option<f64>,
}

/// Input of `updateActivity`: the whole editable part of a published activity (the audience,
/// kind, approval rule, custom fields and hours stay as published).
#[derive(InputObject)]
pub struct UpdateActivityInput {
    /// The activity.
    pub activity_id: ID,
    /// Title, 1–100 characters.
    pub title: String,
    /// Description, at most 5,000 characters.
    pub description: Option<String>,
    /// Place, one line, at most 200 characters.
    pub place: Option<String>,
    /// Starts at (not in the past, within a year).
    pub starts_at: DateTime<Utc>,
    /// Ends at (after the start, within 31 days of it).
    pub ends_at: DateTime<Utc>,
    /// Registration closes at (default: the start; at the latest the end; a deadline already
    /// passed may stay as it was).
    pub registration_deadline: Option<DateTime<Utc>>,
    /// Places, 1–100,000 and at least those already taken (no limit when absent); more places
    /// promote waitlisted members in line order.
    pub capacity: Option<i32>,
}

/// A photo in an activity's album (活动相册).
#[derive(SimpleObject)]
pub struct ActivityPhoto {
    /// Global ID.
    pub id: ID,
    /// The image file.
    pub file: super::files::File,
    /// A download link valid for five minutes.
    pub url: String,
    /// Caption (may be empty).
    pub caption: String,
    /// Who added it.
    pub added_by_name: String,
    /// When.
    pub added_at: DateTime<Utc>,
    /// Whether the viewer may take it out (the organisers, or whoever added it).
    pub viewer_can_remove: bool,
}

/// Input of `addActivityPhotos`.
#[derive(InputObject)]
pub struct AddActivityPhotosInput {
    /// The activity (started, not cancelled; the viewer runs it or attended it).
    pub activity_id: ID,
    /// The viewer's uploaded images (`beginUpload`), 1–20 at once; the album holds at most 100.
    pub file_ids: Vec<ID>,
    /// One caption for them, one line, at most 200 characters.
    #[graphql(default)]
    pub caption: String,
}

/// Input of `draftArticleFromAlbum`.
#[derive(InputObject)]
pub struct DraftArticleFromAlbumInput {
    /// The activity (the viewer organises it).
    pub activity_id: ID,
    /// A column the viewer may submit to.
    pub column_id: ID,
    /// Photos of its album, in the article's order, at most 10 (empty: the album's first 10).
    #[graphql(default)]
    pub photo_ids: Vec<ID>,
}

/// Input of `removeActivityPhoto`.
#[derive(InputObject)]
pub struct RemoveActivityPhotoInput {
    /// The photo.
    pub photo_id: ID,
}

/// One answer of `registerForActivity`.
#[derive(InputObject)]
pub struct ActivityAnswerInput {
    /// The field.
    pub field_id: ID,
    /// The value as text: a number's digits, a choice's option.
    pub value: String,
}

/// The form of `registerForActivity`.
#[derive(InputObject)]
pub struct RegisterForActivityInput {
    /// The activity.
    pub activity_id: ID,
    /// Answers to the custom fields; every required field must be answered.
    #[graphql(default)]
    pub answers: Vec<ActivityAnswerInput>,
}

/// The form of `cancelActivityRegistration`.
#[derive(InputObject)]
pub struct CancelActivityRegistrationInput {
    /// The activity.
    pub activity_id: ID,
}

/// The form of `cancelActivity`.
#[derive(InputObject)]
pub struct CancelActivityInput {
    /// The activity.
    pub activity_id: ID,
    /// Why, at most 500 characters (told to registrants).
    pub reason: Option<String>,
}

/// The form of `decideActivityRegistration`.
#[derive(InputObject)]
pub struct DecideActivityRegistrationInput {
    /// The registration.
    pub registration_id: ID,
    /// Approve (a place, or the waitlist when full) or reject.
    pub approve: bool,
}

/// The form of `checkInToActivity`.
#[derive(InputObject)]
pub struct CheckInToActivityInput {
    /// The activity.
    pub activity_id: ID,
    /// The code on the activity's screen.
    pub code: String,
    /// The viewer's latitude (activities with a geofence).
    pub latitude: Option<f64>,
    /// The viewer's longitude.
    pub longitude: Option<f64>,
}

/// The form of `recordActivityAttendance`.
#[derive(InputObject)]
pub struct RecordActivityAttendanceInput {
    /// The activity.
    pub activity_id: ID,
    /// The registrant.
    pub member_id: ID,
    /// Present (check in, crediting the hours) or not (undo, reversing them).
    pub present: bool,
}

/// The form of `setVolunteerHours`.
#[derive(InputObject)]
pub struct SetVolunteerHoursInput {
    /// The registration (checked in).
    pub registration_id: ID,
    /// The hours, 0–24 to a tenth of an hour.
    pub hours: f64,
    /// Why, 1–500 characters (kept in the ledger and the audit log).
    pub reason: String,
}

/// A custom registration field.
#[derive(SimpleObject)]
pub struct ActivityField {
    /// Id.
    pub id: ID,
    /// Label.
    pub label: String,
    /// What it takes.
    pub kind: ActivityFieldKind,
    /// Whether an answer is required.
    pub required: bool,
    /// Options (choice fields).
    pub options: Vec<String>,
}

/// An answer to a custom field.
#[derive(SimpleObject)]
pub struct ActivityAnswer {
    /// The field.
    pub field_id: ID,
    /// Its label.
    pub label: String,
    /// The value.
    pub value: String,
}

/// Participation figures.
#[derive(SimpleObject)]
pub struct ActivityParticipation {
    /// Holding a place.
    pub registered: i64,
    /// On the waitlist.
    pub waitlisted: i64,
    /// Awaiting a decision.
    pub pending: i64,
    /// Checked in.
    pub attended: i64,
    /// Held a place and did not check in (once the activity ended).
    pub no_shows: i64,
    /// Attended ÷ registered, in percent (one decimal); null before anyone registered.
    pub rate: Option<f64>,
    /// Volunteer hours credited.
    pub hours: f64,
}

impl From<activity::Participation> for ActivityParticipation {
    fn from(p: activity::Participation) -> Self {
        Self {
            registered: p.registered,
            waitlisted: p.waitlisted,
            pending: p.pending,
            attended: p.attended,
            no_shows: p.no_shows,
            rate: p.rate(),
            hours: hours(p.minutes),
        }
    }
}

/// Minutes as hours (two decimals).
fn hours(minutes: i64) -> f64 {
    (minutes as f64 / 60.0 * 100.0).round() / 100.0
}

/// A member's registration.
pub struct ActivityRegistration {
    row: RegistrationRow,
    fields: Vec<activity::Field>,
    waitlist_position: Option<i64>,
}

#[Object]
impl ActivityRegistration {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::ActivityRegistration, self.row.id)
    }
    /// The activity.
    async fn activity_id(&self) -> ID {
        encode(NodeType::Activity, self.row.activity_id)
    }
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.row.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.row.member_name
    }
    /// Where it stands.
    async fn status(&self) -> ActivityRegistrationStatus {
        self.row.status.into()
    }
    /// Place in the registration order (1 first).
    async fn seq(&self) -> i64 {
        self.row.seq
    }
    /// Place on the waitlist (1 = next), for the viewer's own waitlisted registration.
    async fn waitlist_position(&self) -> Option<i64> {
        self.waitlist_position
    }
    /// Answers to the custom fields, in the fields' order.
    async fn answers(&self) -> Vec<ActivityAnswer> {
        self.fields
            .iter()
            .filter_map(|f| {
                self.row
                    .answers
                    .get(f.id.to_string())
                    .and_then(|v| v.as_str())
                    .map(|v| ActivityAnswer {
                        field_id: encode(NodeType::ActivityField, f.id),
                        label: f.label.clone(),
                        value: v.to_string(),
                    })
            })
            .collect()
    }
    /// Registered (or registered again) at.
    async fn registered_at(&self) -> DateTime<Utc> {
        self.row.registered_at
    }
    /// Approved or rejected at.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.row.decided_at
    }
    /// Withdrawn at.
    async fn cancelled_at(&self) -> Option<DateTime<Utc>> {
        self.row.cancelled_at
    }
    /// Checked in at.
    async fn checked_in_at(&self) -> Option<DateTime<Utc>> {
        self.row.checked_in_at
    }
    /// How.
    async fn check_in_method(&self) -> Option<CheckInMethod> {
        self.row.check_in_method.map(Into::into)
    }
    /// Volunteer hours credited.
    async fn hours(&self) -> f64 {
        hours(i64::from(self.row.credited_minutes))
    }
}

/// An activity.
pub struct Activity(pub ActivityView);

impl Activity {
    fn registration(&self, row: RegistrationRow, position: Option<i64>) -> ActivityRegistration {
        ActivityRegistration {
            row,
            fields: self.0.activity.field_list(),
            waitlist_position: position,
        }
    }
}

#[Object]
impl Activity {
    /// Id.
    pub async fn id(&self) -> ID {
        encode(NodeType::Activity, self.0.activity.id)
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.activity.title
    }
    /// Kind.
    async fn kind(&self) -> ActivityKind {
        self.0.activity.kind.into()
    }
    /// Where it stands.
    async fn status(&self) -> ActivityStatus {
        self.0.activity.status.into()
    }
    /// The organising org's id.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.activity.org_id)
    }
    /// The organising org's name.
    async fn org_name(&self) -> &str {
        &self.0.activity.org_name
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.0.activity.description
    }
    /// Place.
    async fn place(&self) -> &str {
        &self.0.activity.place
    }
    /// The check-in geofence, if any.
    async fn geofence(&self) -> Option<ActivityGeofence> {
        let a = &self.0.activity;
        match (a.geo_latitude, a.geo_longitude, a.geo_radius_m) {
            (Some(latitude), Some(longitude), Some(radius_m)) => Some(ActivityGeofence {
                latitude,
                longitude,
                radius_m,
            }),
            _ => None,
        }
    }
    /// Starts at.
    async fn starts_at(&self) -> DateTime<Utc> {
        self.0.activity.starts_at
    }
    /// Ends at.
    async fn ends_at(&self) -> DateTime<Utc> {
        self.0.activity.ends_at
    }
    /// Registration closes at.
    async fn registration_deadline(&self) -> DateTime<Utc> {
        self.0.activity.registration_deadline
    }
    /// Whether registration is open now.
    async fn registration_open(&self) -> bool {
        self.0.activity.status == activity::ActivityStatus::Published
            && activity::rules::registration_open(self.0.activity.registration_deadline, Utc::now())
    }
    /// Places (null: no limit).
    async fn capacity(&self) -> Option<i32> {
        self.0.activity.capacity
    }
    /// Places taken.
    async fn registered_count(&self) -> i32 {
        self.0.activity.registered_count
    }
    /// Members on the waitlist.
    async fn waitlisted_count(&self) -> i64 {
        self.0.activity.waitlisted_count
    }
    /// Registrations awaiting a decision.
    async fn pending_count(&self) -> i64 {
        self.0.activity.pending_count
    }
    /// Whether the organiser approves each registration.
    async fn approval_required(&self) -> bool {
        self.0.activity.approval_required
    }
    /// Volunteer hours credited on attendance.
    async fn volunteer_hours(&self) -> f64 {
        hours(i64::from(self.0.activity.volunteer_minutes))
    }
    /// Custom registration fields, in order.
    async fn fields(&self) -> Vec<ActivityField> {
        self.0
            .activity
            .field_list()
            .into_iter()
            .map(|f| ActivityField {
                id: encode(NodeType::ActivityField, f.id),
                label: f.label,
                kind: f.kind.into(),
                required: f.required,
                options: f.options,
            })
            .collect()
    }
    /// Why it was cancelled.
    async fn cancel_reason(&self) -> Option<&str> {
        self.0.activity.cancel_reason.as_deref()
    }
    /// The viewer's registration, if any.
    async fn my_registration(&self) -> Option<ActivityRegistration> {
        self.0
            .mine
            .clone()
            .map(|r| self.registration(r, self.0.waitlist_position))
    }
    /// Whether the viewer may register (in the audience).
    async fn viewer_invited(&self) -> bool {
        self.0.access.invited
    }
    /// Whether the viewer manages it (cancel, approve, check in by hand, edit hours).
    async fn viewer_can_manage(&self) -> bool {
        self.0.access.manage
    }
    /// Whether the viewer sees registrations, attendance and statistics.
    async fn viewer_is_officer(&self) -> bool {
        self.0.access.officer
    }
    /// Every registration in line order (officers; null for others).
    async fn registrations(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Vec<ActivityRegistration>>> {
        if !self.0.access.officer {
            return Ok(None);
        }
        let c = tenant(ctx)?;
        let rows = activity::registrations(&c, app(ctx), self.0.activity.id)
            .await
            .gql()?;
        Ok(Some(
            rows.into_iter()
                .map(|r| self.registration(r, None))
                .collect(),
        ))
    }
    /// Participation figures (officers; null for others).
    async fn statistics(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<ActivityParticipation>> {
        if !self.0.access.officer {
            return Ok(None);
        }
        let c = tenant(ctx)?;
        Ok(Some(
            activity::statistics(&c, app(ctx), self.0.activity.id)
                .await
                .gql()?
                .into(),
        ))
    }
    /// The album: photos added once the activity started, oldest first.
    async fn photos(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ActivityPhoto>> {
        let c = tenant(ctx)?;
        let rows = activity::photos(&c, app(ctx), &self.0).await.gql()?;
        Ok(rows
            .into_iter()
            .map(|p| ActivityPhoto {
                id: encode(NodeType::ActivityPhoto, p.id),
                file: p.file.into(),
                url: p.url,
                caption: p.caption,
                added_by_name: p.added_by_name,
                added_at: p.added_at,
                viewer_can_remove: p.removable,
            })
            .collect())
    }
    /// Whether the viewer may add photos now: it has started, was not cancelled, and they run
    /// it or attended it.
    async fn viewer_can_add_photos(&self) -> bool {
        activity::may_add_photos(&self.0, Utc::now())
    }
    /// Where the registrations' spreadsheet downloads from (officers).
    async fn export_url(&self) -> Option<String> {
        self.0.access.officer.then(|| {
            format!(
                "/export/activity-registrations.xlsx?activity={}",
                encode(NodeType::Activity, self.0.activity.id).0
            )
        })
    }
    /// Published at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.activity.created_at
    }
}

/// The check-in code to show on the activity's screen.
#[derive(SimpleObject)]
pub struct ActivityCheckInCode {
    /// The signed code.
    pub code: String,
    /// The check-in page's path with the code (for the QR code).
    pub url: String,
    /// When it stops being accepted.
    pub expires_at: DateTime<Utc>,
    /// Seconds until the next code replaces it.
    pub refresh_in_seconds: i64,
}

/// One entry of a volunteer-hours ledger.
#[derive(SimpleObject)]
pub struct VolunteerHoursEntry {
    /// Id.
    pub id: ID,
    /// The activity.
    pub activity_id: ID,
    /// Its title.
    pub activity_title: String,
    /// Its organiser.
    pub org_name: String,
    /// When it started.
    pub starts_at: DateTime<Utc>,
    /// `CREDIT` (attendance), `REVERSAL` (attendance undone) or `ADJUSTMENT` (edited).
    pub kind: String,
    /// Hours (negative for reversals and reductions).
    pub hours: f64,
    /// Why (adjustments).
    pub reason: String,
    /// Recorded at.
    pub recorded_at: DateTime<Utc>,
}

/// A member's volunteer hours for a year.
#[derive(SimpleObject)]
pub struct VolunteerHours {
    /// The year (Beijing time, by the activities' start).
    pub year: i32,
    /// Total hours.
    pub total_hours: f64,
    /// Activities with hours credited.
    pub activities: i64,
    /// The ledger, oldest first.
    pub entries: Vec<VolunteerHoursEntry>,
}

/// A member's total within an org's activities.
#[derive(SimpleObject)]
pub struct MemberVolunteerHours {
    /// The member.
    pub member_id: ID,
    /// Their name.
    pub member_name: String,
    /// Activities attended.
    pub activities: i64,
    /// Hours credited.
    pub hours: f64,
}

/// One activity's line in an org's statistics.
#[derive(SimpleObject)]
pub struct ActivityStatLine {
    /// The activity.
    pub activity_id: ID,
    /// Its title.
    pub title: String,
    /// Its kind.
    pub kind: ActivityKind,
    /// Starts at.
    pub starts_at: DateTime<Utc>,
    /// Whether it still stands.
    pub status: ActivityStatus,
    /// Its figures.
    pub participation: ActivityParticipation,
}

/// An org's activities in a year, with totals.
#[derive(SimpleObject)]
pub struct ActivityStatistics {
    /// The year.
    pub year: i32,
    /// Activities held (not cancelled).
    pub activities: i64,
    /// The totals over them.
    pub totals: ActivityParticipation,
    /// Per activity, in order of their start.
    pub lines: Vec<ActivityStatLine>,
    /// Per member, volunteer hours credited, most first.
    pub members: Vec<MemberVolunteerHours>,
}

/// The result of activity mutations that change the activity.
#[derive(SimpleObject)]
pub struct ActivityPayload {
    /// The activity as it now stands.
    pub activity: Activity,
}

/// The result of registration mutations.
#[derive(SimpleObject)]
pub struct ActivityRegistrationPayload {
    /// The registration as it now stands.
    pub registration: ActivityRegistration,
    /// The activity as it now stands.
    pub activity: Activity,
}

/// This year in Beijing time (UTC+8, no daylight saving).
fn this_year() -> i32 {
    (Utc::now() + chrono::Duration::hours(8)).year()
}

/// Queries of activities.
#[derive(Default)]
pub struct ActivityQuery;

#[Object(name = "ActivityQuery")]
impl ActivityQuery {
    /// One activity: for its audience, its registrants, its org's officers (`activity` read)
    /// and its author; NOT_FOUND for everyone else.
    async fn activity(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Activity> {
        let (c, id) = target(ctx, NodeType::Activity, &id)?;
        Ok(Activity(activity::get(&c, app(ctx), id).await.gql()?))
    }

    /// Upcoming (not yet ended, soonest first) or past (latest first) activities, or with
    /// `from` and `to` those running at some time in that window (a calendar month; at most
    /// 62 days; soonest first), at most `first` (1–100): of an org's sub-tree (`activity` read
    /// there), or without `orgId` those the viewer may register for. `after`, the last
    /// activity of the previous page, gives the next page (empty when it is not in the list).
    #[allow(clippy::too_many_arguments)] // One per GraphQL argument.
    async fn activities(
        &self,
        ctx: &Context<'_>,
        org_id: Option<ID>,
        #[graphql(default)] past: bool,
        #[graphql(default = 50)] first: i32,
        #[graphql(desc = "Start of the window (with `to`).")] from: Option<DateTime<Utc>>,
        #[graphql(desc = "End of the window, exclusive (with `from`).")] to: Option<DateTime<Utc>>,
        #[graphql(desc = "The last activity of the previous page.")] after: Option<ID>,
    ) -> async_graphql::Result<Vec<Activity>> {
        let c = tenant(ctx)?;
        let org = org_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        let after = after
            .map(|a| decode(NodeType::Activity, &a))
            .transpose()
            .gql()?;
        let when = activity::When::parse(past, from, to).gql()?;
        let rows = activity::list(&c, app(ctx), org, when, after, i64::from(first))
            .await
            .gql()?;
        Ok(rows.into_iter().map(Activity).collect())
    }

    /// The activities the viewer registered for (withdrawn ones too), latest first.
    async fn my_activities(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Activity>> {
        let c = tenant(ctx)?;
        let rows = activity::my_registrations(&c, app(ctx)).await.gql()?;
        Ok(rows.into_iter().map(Activity).collect())
    }

    /// The viewer's volunteer-hours ledger for a year (this year when absent).
    async fn my_volunteer_hours(
        &self,
        ctx: &Context<'_>,
        year: Option<i32>,
    ) -> async_graphql::Result<VolunteerHours> {
        let c = tenant(ctx)?;
        let year = year.unwrap_or_else(this_year);
        let rows = activity::my_hours(&c, app(ctx), year).await.gql()?;
        let total: i64 = rows.iter().map(|e| i64::from(e.minutes)).sum();
        let mut credited: Vec<_> = rows.iter().map(|e| e.activity_id).collect();
        credited.sort();
        credited.dedup();
        let activities = credited
            .iter()
            .filter(|a| {
                rows.iter()
                    .filter(|e| e.activity_id == **a)
                    .map(|e| e.minutes)
                    .sum::<i32>()
                    > 0
            })
            .count();
        Ok(VolunteerHours {
            year,
            total_hours: hours(total),
            activities: i64::try_from(activities).unwrap_or(i64::MAX),
            entries: rows
                .into_iter()
                .map(|e| VolunteerHoursEntry {
                    id: ID(e.id.to_string()),
                    activity_id: encode(NodeType::Activity, e.activity_id),
                    activity_title: e.activity_title,
                    org_name: e.org_name,
                    starts_at: e.starts_at,
                    kind: e.kind,
                    hours: hours(i64::from(e.minutes)),
                    reason: e.reason,
                    recorded_at: e.recorded_at,
                })
                .collect(),
        })
    }

    /// An org's activities in a year (this year when absent) with participation figures and
    /// each member's volunteer hours (`activity` read at the org; its sub-orgs included).
    async fn activity_statistics(
        &self,
        ctx: &Context<'_>,
        org_id: ID,
        year: Option<i32>,
    ) -> async_graphql::Result<ActivityStatistics> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let year = year.unwrap_or_else(this_year);
        let lines = activity::org_statistics(&c, app(ctx), org, year)
            .await
            .gql()?;
        let members = activity::hours_totals(&c, app(ctx), org, year)
            .await
            .gql()?;
        let mut totals = activity::Participation::default();
        let mut held = 0;
        for l in lines
            .iter()
            .filter(|l| l.activity.status == activity::ActivityStatus::Published)
        {
            held += 1;
            let p = l.participation;
            totals.registered += p.registered;
            totals.waitlisted += p.waitlisted;
            totals.pending += p.pending;
            totals.attended += p.attended;
            totals.no_shows += p.no_shows;
            totals.minutes += p.minutes;
        }
        Ok(ActivityStatistics {
            year,
            activities: held,
            totals: totals.into(),
            lines: lines
                .into_iter()
                .map(|l| ActivityStatLine {
                    activity_id: encode(NodeType::Activity, l.activity.id),
                    title: l.activity.title,
                    kind: l.activity.kind.into(),
                    starts_at: l.activity.starts_at,
                    status: l.activity.status.into(),
                    participation: l.participation.into(),
                })
                .collect(),
            members: members
                .into_iter()
                .map(|m| MemberVolunteerHours {
                    member_id: encode(NodeType::Member, m.member_id),
                    member_name: m.member_name,
                    activities: m.activities,
                    hours: hours(m.minutes),
                })
                .collect(),
        })
    }

    /// The check-in code to show now (its managers). It rotates every 30 seconds and expires
    /// soon after; fetch again after `refreshInSeconds`.
    async fn activity_check_in_code(
        &self,
        ctx: &Context<'_>,
        activity_id: ID,
    ) -> async_graphql::Result<ActivityCheckInCode> {
        let (c, id) = target(ctx, NodeType::Activity, &activity_id)?;
        let code = activity::checkin_code(&c, app(ctx), id).await.gql()?;
        Ok(ActivityCheckInCode {
            url: format!(
                "/activities/{}/checkin?code={}",
                activity_id.as_str(),
                code.code
            ),
            code: code.code,
            expires_at: code.expires_at,
            refresh_in_seconds: code.refresh_in_secs,
        })
    }
}

/// Mutations of activities.
#[derive(Default)]
pub struct ActivityMutation;

impl ActivityMutation {
    async fn registration_payload(
        ctx: &Context<'_>,
        c: &tongxin_core::Ctx,
        row: RegistrationRow,
    ) -> async_graphql::Result<ActivityRegistrationPayload> {
        let view = activity::get(c, app(ctx), row.activity_id).await.gql()?;
        let position = if view.mine.as_ref().is_some_and(|m| m.id == row.id) {
            view.waitlist_position
        } else {
            None
        };
        let a = Activity(view);
        Ok(ActivityRegistrationPayload {
            registration: a.registration(row, position),
            activity: a,
        })
    }
}

#[Object(name = "ActivityMutation")]
impl ActivityMutation {
    /// Publishes an activity: its audience is frozen and told (`ACTIVITY` notification); the
    /// worker reminds those holding a place a day before the start.
    async fn create_activity(
        &self,
        ctx: &Context<'_>,
        input: CreateActivityInput,
    ) -> async_graphql::Result<ActivityPayload> {
        let c = tenant(ctx)?;
        let org_id = decode(NodeType::Organization, &input.org_id).gql()?;
        let audience = SurveyAudienceInput {
            org_ids: input.audience.org_ids,
            lines: input.audience.lines,
            roles: input.audience.roles,
            political_statuses: input.audience.political_statuses,
            member_ids: input.audience.member_ids,
        }
        .into_core()?;
        let core = activity::ActivityInput {
            org_id,
            title: input.title,
            kind: input.kind.into(),
            description: input.description,
            place: input.place,
            geofence: input.geofence.map(|g| activity::Geofence {
                latitude: g.latitude,
                longitude: g.longitude,
                radius_m: g.radius_m,
            }),
            audience,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            registration_deadline: input.registration_deadline,
            capacity: input.capacity,
            approval_required: input.approval_required,
            fields: input
                .fields
                .into_iter()
                .map(|f| activity::FieldInput {
                    label: f.label,
                    kind: f.kind.into(),
                    required: f.required,
                    options: f.options,
                })
                .collect(),
            volunteer_hours: input.volunteer_hours,
        };
        let view = activity::create(&c, app(ctx), core).await.gql()?;
        Ok(ActivityPayload {
            activity: Activity(view),
        })
    }

    /// Edits a published activity before it starts (its managers). A change of time or place
    /// is told to everyone registered, waitlisted or awaiting a decision, and the reminder
    /// moves with the start. Started or cancelled: `CONFLICT`; fewer places than taken:
    /// `VALIDATION` on `capacity`.
    async fn update_activity(
        &self,
        ctx: &Context<'_>,
        input: UpdateActivityInput,
    ) -> async_graphql::Result<ActivityPayload> {
        let (c, id) = target(ctx, NodeType::Activity, &input.activity_id)?;
        let edit = activity::ActivityEditInput {
            title: input.title,
            description: input.description,
            place: input.place,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            registration_deadline: input.registration_deadline,
            capacity: input.capacity,
        };
        let view = activity::update(&c, app(ctx), id, edit).await.gql()?;
        Ok(ActivityPayload {
            activity: Activity(view),
        })
    }

    /// Adds the viewer's uploaded images to the album (once it started; its organisers and
    /// members who attended). Before the start `VALIDATION` on `activityId`; files that are
    /// not the viewer's ready images, repeated, or beyond the album's 100: `VALIDATION` on
    /// `fileIds`; anyone else `NOT_FOUND`.
    async fn add_activity_photos(
        &self,
        ctx: &Context<'_>,
        input: AddActivityPhotosInput,
    ) -> async_graphql::Result<ActivityPayload> {
        let (c, id) = target(ctx, NodeType::Activity, &input.activity_id)?;
        let mut files = Vec::with_capacity(input.file_ids.len());
        for (i, f) in input.file_ids.iter().enumerate() {
            files.push(
                decode(NodeType::File, f)
                    .map_err(|_| AppError::field(&format!("fileIds.{i}"), "文件不存在"))
                    .gql()?,
            );
        }
        let view = activity::add_photos(&c, app(ctx), id, &files, &input.caption)
            .await
            .gql()?;
        Ok(ActivityPayload {
            activity: Activity(view),
        })
    }

    /// Writes an article draft from the album (its organisers; anyone else `NOT_FOUND`): the
    /// activity's title, time, place, description and captions, the chosen photos as
    /// attachments and the first as the cover. The draft is then edited and submitted for the
    /// column's review as any other. A photo not in the album: `VALIDATION` on `photoIds`; an
    /// empty album: `VALIDATION` on `activityId`.
    async fn draft_article_from_album(
        &self,
        ctx: &Context<'_>,
        input: DraftArticleFromAlbumInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, id) = target(ctx, NodeType::Activity, &input.activity_id)?;
        let column = decode(NodeType::Column, &input.column_id)
            .map_err(|_| AppError::field("columnId", "栏目不存在"))
            .gql()?;
        let mut photos = Vec::with_capacity(input.photo_ids.len());
        for (i, p) in input.photo_ids.iter().enumerate() {
            photos.push(
                decode(NodeType::ActivityPhoto, p)
                    .map_err(|_| AppError::field(&format!("photoIds.{i}"), "照片不在本活动相册中"))
                    .gql()?,
            );
        }
        let view = activity::draft_article(&c, app(ctx), id, column, &photos)
            .await
            .gql()?;
        Ok(ArticlePayload {
            article: Article(view),
        })
    }

    /// Takes a photo out of the album (the organisers, or whoever added it; anyone else
    /// `NOT_FOUND`).
    async fn remove_activity_photo(
        &self,
        ctx: &Context<'_>,
        input: RemoveActivityPhotoInput,
    ) -> async_graphql::Result<ActivityPayload> {
        let (c, id) = target(ctx, NodeType::ActivityPhoto, &input.photo_id)?;
        let view = activity::remove_photo(&c, app(ctx), id).await.gql()?;
        Ok(ActivityPayload {
            activity: Activity(view),
        })
    }

    /// Cancels an activity (its managers, before it ends); registrants are told.
    async fn cancel_activity(
        &self,
        ctx: &Context<'_>,
        input: CancelActivityInput,
    ) -> async_graphql::Result<ActivityPayload> {
        let (c, id) = target(ctx, NodeType::Activity, &input.activity_id)?;
        let view = activity::cancel(&c, app(ctx), id, input.reason.as_deref().unwrap_or(""))
            .await
            .gql()?;
        Ok(ActivityPayload {
            activity: Activity(view),
        })
    }

    /// The viewer registers: `REGISTERED` while places remain, `WAITLISTED` (in order) when
    /// full, `PENDING_APPROVAL` when the organiser approves each one. After the deadline a
    /// `VALIDATION` error on `activityId`; outside the audience `NOT_FOUND`; twice `CONFLICT`.
    async fn register_for_activity(
        &self,
        ctx: &Context<'_>,
        input: RegisterForActivityInput,
    ) -> async_graphql::Result<ActivityRegistrationPayload> {
        let (c, id) = target(ctx, NodeType::Activity, &input.activity_id)?;
        let answers = input
            .answers
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let field_id = decode(NodeType::ActivityField, &a.field_id).map_err(|_| {
                    AppError::field(&format!("answers.{i}.fieldId"), "报名信息项不属于本活动")
                })?;
                Ok(activity::AnswerInput {
                    field_id,
                    value: a.value,
                })
            })
            .collect::<Result<Vec<_>, AppError>>()
            .gql()?;
        let row = activity::register(&c, app(ctx), id, &answers).await.gql()?;
        Self::registration_payload(ctx, &c, row).await
    }

    /// The viewer withdraws (until the start); the first on the waitlist takes the freed place
    /// and is told.
    async fn cancel_activity_registration(
        &self,
        ctx: &Context<'_>,
        input: CancelActivityRegistrationInput,
    ) -> async_graphql::Result<ActivityRegistrationPayload> {
        let (c, id) = target(ctx, NodeType::Activity, &input.activity_id)?;
        let row = activity::cancel_registration(&c, app(ctx), id)
            .await
            .gql()?;
        Self::registration_payload(ctx, &c, row).await
    }

    /// The organiser approves or rejects a registration awaiting a decision; the member is
    /// told.
    async fn decide_activity_registration(
        &self,
        ctx: &Context<'_>,
        input: DecideActivityRegistrationInput,
    ) -> async_graphql::Result<ActivityRegistrationPayload> {
        let (c, id) = target(ctx, NodeType::ActivityRegistration, &input.registration_id)?;
        let row = activity::decide(&c, app(ctx), id, input.approve)
            .await
            .gql()?;
        Self::registration_payload(ctx, &c, row).await
    }

    /// The viewer checks in with the code on the activity's screen, as for meetings: refused
    /// (VALIDATION on `code`) when forged, of another activity or expired; on `location` when
    /// outside the geofence; CONFLICT when already checked in, without a place, or outside the
    /// check-in hours. Credits the activity's volunteer hours.
    async fn check_in_to_activity(
        &self,
        ctx: &Context<'_>,
        input: CheckInToActivityInput,
    ) -> async_graphql::Result<ActivityPayload> {
        let (c, id) = target(ctx, NodeType::Activity, &input.activity_id)?;
        let position = input.latitude.zip(input.longitude);
        let view = activity::check_in(&c, app(ctx), id, &input.code, position)
            .await
            .gql()?;
        Ok(ActivityPayload {
            activity: Activity(view),
        })
    }

    /// An officer marks a registrant present (crediting the hours) or undoes it (reversing
    /// them).
    async fn record_activity_attendance(
        &self,
        ctx: &Context<'_>,
        input: RecordActivityAttendanceInput,
    ) -> async_graphql::Result<ActivityRegistrationPayload> {
        let (c, id) = target(ctx, NodeType::Activity, &input.activity_id)?;
        let member = decode(NodeType::Member, &input.member_id)
            .map_err(|_| AppError::field("memberId", "该成员没有本活动的有效报名"))
            .gql()?;
        let row = activity::record_attendance(&c, app(ctx), id, member, input.present)
            .await
            .gql()?;
        Self::registration_payload(ctx, &c, row).await
    }

    /// The organiser sets an attendee's volunteer hours with a reason (an adjustment in the
    /// ledger, recorded in the audit log).
    async fn set_volunteer_hours(
        &self,
        ctx: &Context<'_>,
        input: SetVolunteerHoursInput,
    ) -> async_graphql::Result<ActivityRegistrationPayload> {
        let (c, id) = target(ctx, NodeType::ActivityRegistration, &input.registration_id)?;
        let row = activity::set_hours(&c, app(ctx), id, input.hours, &input.reason)
            .await
            .gql()?;
        Self::registration_payload(ctx, &c, row).await
    }
}
