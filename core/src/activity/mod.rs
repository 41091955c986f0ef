//! Activities (活动): 主题党日, 志愿服务, 文体活动, 培训 and others, published by an org to an
//! audience, with registration (capacity, deadline, custom fields, approval), a waitlist,
//! check-in and volunteer hours.
//!
//! Publishing freezes who may see and register into `activity_audience` (the
//! [`Audience`](crate::audience::Audience) resolution notices, votes and surveys use) and tells
//! them (`ACTIVITY`). Every change to an activity's registrations — registering, withdrawing,
//! approving, promoting — runs under the activity's row lock: a registration beyond the capacity
//! joins the waitlist with the next `seq` drawn under that lock, and a freed place promotes the
//! first in line at once (and tells them), so parallel registrations never overbook and the line
//! keeps their order. Check-in is [`crate::checkin`]'s rotating signed code and geofence, as for
//! meetings, or an officer's hand; attendance credits the activity's volunteer hours to an
//! append-only ledger (`volunteer_hours_entry`, in minutes), which the organiser corrects with a
//! reason (an adjustment entry, audited). Registrants are reminded a day before the start by the
//! worker's `activity_due` task.

mod album_article;
pub mod model;
mod photos;
pub mod rules;
mod service;
mod store;

pub use album_article::{DRAFT_PHOTOS_MAX, draft_article};
pub use model::{
    ActivityEditInput, ActivityInput, ActivityKind, ActivityStatus, AnswerInput, Field, FieldInput,
    FieldKind, Geofence, RegistrationStatus, When,
};
pub use photos::{
    CAPTION_MAX, PHOTOS_MAX, PHOTOS_PER_ADD, PhotoView, add_photos, may_add as may_add_photos,
    photos, remove_photo,
};
pub(crate) use service::demo_backdate;
pub use service::{
    cancel, cancel_registration, check_in, checkin_code, create, decide, export_xlsx, get,
    hours_totals, list, my_hours, my_registrations, org_statistics, record_attendance, register,
    registrations, run_due, set_hours, statistics, update,
};

use crate::checkin::CheckInMethod;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The worker task that reminds registrants a day before an activity starts.
pub const DUE_TASK: &str = "activity_due";
/// The notification kind (and category) of activities.
pub const NOTIFICATION_KIND: &str = "ACTIVITY";
/// How long before the start registrants are reminded.
pub const REMIND_BEFORE_HOURS: i64 = 24;

/// Payload of [`DUE_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DueJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// The activity.
    pub activity_id: Uuid,
}

/// An activity.
#[derive(Debug, Clone)]
pub struct ActivityRow {
    /// Id.
    pub id: Uuid,
    /// The organising org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: ActivityKind,
    /// Description.
    pub description: String,
    /// Place.
    pub place: String,
    /// Geofence centre's latitude.
    pub geo_latitude: Option<f64>,
    /// Geofence centre's longitude.
    pub geo_longitude: Option<f64>,
    /// Geofence radius in metres.
    pub geo_radius_m: Option<i32>,
    /// Who may see it, as chosen.
    pub audience: serde_json::Value,
    /// Starts at.
    pub starts_at: DateTime<Utc>,
    /// Ends at.
    pub ends_at: DateTime<Utc>,
    /// Registration closes at.
    pub registration_deadline: DateTime<Utc>,
    /// Places (none: no limit).
    pub capacity: Option<i32>,
    /// Approval required.
    pub approval_required: bool,
    /// Custom fields (JSON array of [`Field`]).
    pub fields: serde_json::Value,
    /// Volunteer minutes credited on attendance.
    pub volunteer_minutes: i32,
    /// Where it stands.
    pub status: ActivityStatus,
    /// Cancelled at.
    pub cancelled_at: Option<DateTime<Utc>>,
    /// Why it was cancelled.
    pub cancel_reason: Option<String>,
    /// Places taken.
    pub registered_count: i32,
    /// Members on the waitlist.
    pub waitlisted_count: i64,
    /// Registrations awaiting a decision.
    pub pending_count: i64,
    /// Author.
    pub created_by: Option<Uuid>,
    /// Published at.
    pub created_at: DateTime<Utc>,
}

impl ActivityRow {
    /// The custom fields.
    pub fn field_list(&self) -> Vec<Field> {
        serde_json::from_value(self.fields.clone()).unwrap_or_default()
    }

    /// Whether it has ended at `now`.
    pub fn ended(&self, now: DateTime<Utc>) -> bool {
        now > self.ends_at
    }
}

/// A member's registration.
#[derive(Debug, Clone)]
pub struct RegistrationRow {
    /// Id.
    pub id: Uuid,
    /// The activity.
    pub activity_id: Uuid,
    /// The member.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Where it stands.
    pub status: RegistrationStatus,
    /// Place in line (registration order).
    pub seq: i64,
    /// Custom field answers: `{fieldId: value}`.
    pub answers: serde_json::Value,
    /// Registered (or registered again) at.
    pub registered_at: DateTime<Utc>,
    /// Approved or rejected at.
    pub decided_at: Option<DateTime<Utc>>,
    /// Withdrawn at.
    pub cancelled_at: Option<DateTime<Utc>>,
    /// Checked in at.
    pub checked_in_at: Option<DateTime<Utc>>,
    /// How.
    pub check_in_method: Option<CheckInMethod>,
    /// Volunteer minutes credited.
    pub credited_minutes: i32,
}

/// What the viewer may do with one activity.
#[derive(Debug, Clone, Copy, Default)]
pub struct Access {
    /// Publishes, cancels, approves, checks in by hand, edits hours (`activity` `write` at its
    /// org, or its author).
    pub manage: bool,
    /// Sees registrations, attendance, statistics and the export (`activity` `read` at its org,
    /// or its author).
    pub officer: bool,
    /// In the frozen audience: may register.
    pub invited: bool,
}

/// An activity as the viewer sees it.
#[derive(Debug, Clone)]
pub struct ActivityView {
    /// The activity.
    pub activity: ActivityRow,
    /// The viewer's access.
    pub access: Access,
    /// The viewer's registration, if any.
    pub mine: Option<RegistrationRow>,
    /// The viewer's place on the waitlist (1 = next), when waitlisted.
    pub waitlist_position: Option<i64>,
}

/// Participation figures of one activity.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Participation {
    /// Holding a place.
    pub registered: i64,
    /// On the waitlist.
    pub waitlisted: i64,
    /// Awaiting a decision.
    pub pending: i64,
    /// Checked in.
    pub attended: i64,
    /// Held a place, did not check in, and the activity has ended.
    pub no_shows: i64,
    /// Volunteer minutes credited.
    pub minutes: i64,
}

impl Participation {
    /// The attendance rate in percent, none before anyone held a place.
    pub fn rate(&self) -> Option<f64> {
        rules::rate(self.registered, self.attended)
    }
}

/// One activity's line in an org's statistics.
#[derive(Debug, Clone)]
pub struct ActivityStatLine {
    /// The activity.
    pub activity: ActivityRow,
    /// Its figures.
    pub participation: Participation,
}

/// One entry of a member's volunteer-hours ledger.
#[derive(Debug, Clone)]
pub struct HoursEntry {
    /// Id.
    pub id: Uuid,
    /// The activity.
    pub activity_id: Uuid,
    /// Its title.
    pub activity_title: String,
    /// Its organiser's name.
    pub org_name: String,
    /// When it started.
    pub starts_at: DateTime<Utc>,
    /// `CREDIT`, `REVERSAL` or `ADJUSTMENT`.
    pub kind: String,
    /// Minutes (negative for reversals and reductions).
    pub minutes: i32,
    /// Why (adjustments).
    pub reason: String,
    /// Recorded at.
    pub recorded_at: DateTime<Utc>,
}

/// A member's total volunteer minutes within an org's activities.
#[derive(Debug, Clone)]
pub struct MemberHours {
    /// The member.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Activities attended.
    pub activities: i64,
    /// Minutes credited.
    pub minutes: i64,
}
