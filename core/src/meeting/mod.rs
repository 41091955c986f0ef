//! Organisation life (三会一课 and the league and union equivalents): meetings of an org by
//! type, invitations, reminders, leave, check-in by a rotating signed QR code or by an
//! officer, attendance with the rule's quorum, minutes locked after approval, compliance with
//! the required frequencies, and each member's calendar feed.

pub mod calendar;
mod calendar_store;
mod checkin;
pub mod compliance;
mod compliance_store;
mod minutes;
mod model;
pub mod rules;
mod schedule;
mod store;
pub mod types;

pub use checkin::{CheckinCode, check_in, checkin_code, record_attendance};
pub use minutes::{amend, amendments, approve_minutes, attachments, save_minutes};
pub use schedule::{Geofence, ScheduleInput, cancel, reschedule, schedule};

use crate::db::TenantTx;

pub use model::{CheckInMethod, LeaveStatus, MinutesStatus};

/// A meeting of the tenant by id, for the modules that link a record to one (a conversion to
/// the general meeting that discussed it); the caller decides who may see it.
pub(crate) async fn find(tx: &mut TenantTx, id: uuid::Uuid) -> sqlx::Result<Option<MeetingRow>> {
    store::get(tx, id).await
}

crate::text_enum! {
    /// Whether a meeting still stands.
    pub enum MeetingStatus {
        /// 已安排.
        Scheduled = "SCHEDULED",
        /// 已取消.
        Cancelled = "CANCELLED",
    }
}
use crate::reminder::{Handlers, Turn};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
    notify::{self, NewNotification},
    page::{Page, PageArgs},
};
use chrono::{DateTime, Utc};
use futures::Stream;
use serde_json::json;
use uuid::Uuid;

/// The kind of the due item that reminds invitees before a meeting.
pub const DUE_KIND: &str = "MEETING";
/// The bus topic of attendance and record changes (subject: the meeting).
pub const CHANGED: &str = "meeting";
/// The notification kind of invitations, changes and leave decisions.
pub const NOTIFICATION_KIND: &str = "MEETING";

/// A meeting.
#[derive(Debug, Clone)]
pub struct MeetingRow {
    /// Id.
    pub id: Uuid,
    /// The org holding it.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path (authorization scope).
    pub org_path: String,
    /// `PARTY`, `UNION` or `YOUTH`.
    pub line: String,
    /// Type code (see [`types::ALL`]).
    pub kind: String,
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
    /// Held to elect: the election quorum applies.
    pub is_election: bool,
    /// Geofence latitude.
    pub geo_latitude: Option<f64>,
    /// Geofence longitude.
    pub geo_longitude: Option<f64>,
    /// Geofence radius in metres.
    pub geo_radius_m: Option<i32>,
    /// Scheduled or cancelled.
    pub status: MeetingStatus,
    /// Why it was cancelled.
    pub cancel_reason: Option<String>,
    /// Minutes (纪要).
    pub minutes: Option<String>,
    /// Resolutions adopted.
    pub resolutions: Vec<String>,
    /// Where the minutes stand.
    pub minutes_status: MinutesStatus,
    /// Who approved the minutes.
    pub approved_by_name: Option<String>,
    /// When.
    pub approved_at: Option<DateTime<Utc>>,
    /// The reminder's due item.
    pub due_item_id: Option<Uuid>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

impl MeetingRow {
    /// The type's definition (`OTHER` for a code no longer known).
    pub fn meeting_type(&self) -> &'static types::MeetingType {
        types::by_code(&self.kind)
            .or_else(|| types::by_code("OTHER"))
            .expect("OTHER is a type")
    }

    /// Not cancelled and started.
    pub fn held(&self, now: DateTime<Utc>) -> bool {
        self.status == MeetingStatus::Scheduled && self.starts_at <= now
    }

    fn scope(&self) -> Scope {
        Scope::Org(self.org_path.clone())
    }
}

/// An invitee.
#[derive(Debug, Clone)]
pub struct AttendeeRow {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub name: String,
    /// Counts towards the quorum.
    pub voting: bool,
    /// Where their leave request stands, if they asked.
    pub leave_status: Option<LeaveStatus>,
    /// Reason given.
    pub leave_reason: Option<String>,
    /// Checked in.
    pub checked_in_at: Option<DateTime<Utc>>,
    /// How they were checked in.
    pub check_in_method: Option<CheckInMethod>,
}

impl AttendeeRow {
    /// `PRESENT`, `ON_LEAVE`, `LEAVE_PENDING` or `INVITED`.
    pub fn state(&self) -> &'static str {
        match (self.checked_in_at, self.leave_status) {
            (Some(_), _) => "PRESENT",
            (None, Some(LeaveStatus::Approved)) => "ON_LEAVE",
            (None, Some(LeaveStatus::Pending)) => "LEAVE_PENDING",
            _ => "INVITED",
        }
    }
}

/// An amendment to approved minutes.
#[derive(Debug, Clone)]
pub struct AmendmentRow {
    /// Id.
    pub id: Uuid,
    /// Text.
    pub text: String,
    /// Author's name.
    pub author_name: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A meeting as the viewer may see it.
#[derive(Debug, Clone)]
pub struct MeetingView {
    /// The meeting.
    pub row: MeetingRow,
    /// The viewer holds `meeting:write` at its org.
    pub can_manage: bool,
    /// The viewer holds `meeting:read` (or write) at its org: the whole attendance is theirs.
    pub can_read_all: bool,
    /// The viewer's own invitation.
    pub mine: Option<AttendeeRow>,
}

/// Attendance counts and the quorum.
#[derive(Debug, Clone, PartialEq)]
pub struct Attendance {
    /// Invitees.
    pub expected: i64,
    /// Present.
    pub present: i64,
    /// With approved leave.
    pub on_leave: i64,
    /// Leave asked, not decided.
    pub leave_pending: i64,
    /// Neither present nor on leave.
    pub absent: i64,
    /// The quorum of `meeting.quorum`, for general meetings.
    pub quorum: Option<rules::Quorum>,
    /// Whether the voting invitees present meet it.
    pub quorum_met: Option<bool>,
    /// The rule's source.
    pub quorum_source: Option<String>,
}

/// Counts attendance; the quorum, when given, is over voting invitees.
pub fn count_attendance(
    rows: &[AttendeeRow],
    quorum: Option<(rules::Quorum, String)>,
) -> Attendance {
    let by = |s: &str| rows.iter().filter(|r| r.state() == s).count() as i64;
    let (present, on_leave) = (by("PRESENT"), by("ON_LEAVE"));
    let voting = rows.iter().filter(|r| r.voting).count() as i64;
    let voting_present = rows
        .iter()
        .filter(|r| r.voting && r.checked_in_at.is_some())
        .count() as i64;
    let expected = rows.len() as i64;
    Attendance {
        expected,
        present,
        on_leave,
        leave_pending: by("LEAVE_PENDING"),
        absent: expected - present - on_leave,
        quorum_met: quorum.as_ref().map(|(q, _)| q.met(voting, voting_present)),
        quorum: quorum.as_ref().map(|(q, _)| *q),
        quorum_source: quorum.map(|(_, s)| s),
    }
}

/// The meeting if the viewer may see it: invited, or holding `meeting:read` at its org.
async fn load(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<MeetingView> {
    let row = store::get(tx, id).await?.ok_or(AppError::NotFound)?;
    let mine = match ctx.member_id() {
        Some(m) => store::attendee(tx, id, m).await?,
        None => None,
    };
    let scope = row.scope();
    let can_manage = app
        .authz
        .allowed(ctx, &scope, catalog::MEETING, "write")
        .await?;
    let can_read_all = can_manage
        || app
            .authz
            .allowed(ctx, &scope, catalog::MEETING, "read")
            .await?;
    if !can_read_all && mine.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(MeetingView {
        row,
        can_manage,
        can_read_all,
        mine,
    })
}

/// Like [`load`], for those who manage the meeting; others read not found.
async fn load_managed(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<MeetingView> {
    let view = load(ctx, app, tx, id).await?;
    if !view.can_manage {
        if view.can_read_all || view.mine.is_some() {
            return Err(AppError::Forbidden);
        }
        return Err(AppError::NotFound);
    }
    Ok(view)
}

/// One meeting.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<MeetingView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// The invitees: everyone for those who read the org's meetings, only the viewer otherwise.
pub async fn attendees(ctx: &Ctx, app: &App, view: &MeetingView) -> AppResult<Vec<AttendeeRow>> {
    if !view.can_read_all {
        return Ok(view.mine.clone().into_iter().collect());
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::attendees(&mut tx, view.row.id).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Attendance and quorum (counts are not secret to invitees).
pub async fn attendance(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Attendance> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let out = attendance_in(&mut tx, &row).await?;
    tx.commit().await?;
    Ok(out)
}

/// Attendance and quorum of a meeting, read in the caller's transaction (a 转正 checks the
/// quorum of the 支部党员大会 it names).
pub(crate) async fn attendance_in(tx: &mut TenantTx, row: &MeetingRow) -> AppResult<Attendance> {
    let rows = store::attendees(tx, row.id).await?;
    let quorum = if row.meeting_type().general {
        let rule = crate::statute::get_in(tx, "meeting.quorum").await?;
        Some((
            rules::Quorum::from_params(rule.effective(), row.is_election),
            rule.effective_source().to_string(),
        ))
    } else {
        None
    };
    Ok(count_attendance(&rows, quorum))
}

/// What a list of meetings is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct ListArgs {
    /// Only those the viewer is invited to.
    pub mine: bool,
    /// Only those of this org and its sub-orgs.
    pub org: Option<Uuid>,
    /// Starting at or after.
    pub from: Option<DateTime<Utc>>,
    /// Starting before.
    pub to: Option<DateTime<Utc>>,
}

/// The cursor of a meeting in lists (newest start first).
pub fn cursor_key(row: &MeetingRow) -> String {
    format!("{}|{}", row.starts_at.timestamp_micros(), row.id)
}

fn parse_cursor(raw: &str) -> AppResult<(DateTime<Utc>, Uuid)> {
    let bad = || AppError::field("after", "无效的游标");
    let (t, id) = raw.split_once('|').ok_or_else(bad)?;
    let t = DateTime::from_timestamp_micros(t.parse().map_err(|_| bad())?).ok_or_else(bad)?;
    Ok((t, id.parse().map_err(|_| bad())?))
}

/// Meetings the viewer may see, newest start first: those they are invited to, and those of
/// orgs where they hold `meeting:read`.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    a: &ListArgs,
    page: &PageArgs,
) -> AppResult<Page<MeetingView>> {
    let after = page.after.as_deref().map(parse_cursor).transpose()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let under = match a.org {
        Some(org) => {
            let o = crate::org::store::get(&mut tx, org)
                .await?
                .ok_or(AppError::NotFound)?;
            app.authz
                .require_visible(ctx, &Scope::Org(o.path.clone()), catalog::MEETING, "read")
                .await?;
            Some(o.path)
        }
        None => None,
    };
    let tenant_wide = app
        .authz
        .allowed(ctx, &Scope::Tenant, catalog::MEETING, "read")
        .await?;
    let reach = if a.mine || under.is_some() || tenant_wide {
        None
    } else {
        let paths =
            crate::authz::service::granted_org_paths(ctx, app, catalog::MEETING, "read").await?;
        Some((paths, ctx.member_id().ok_or(AppError::Forbidden)?))
    };
    let invited = if a.mine {
        Some(ctx.member_id().ok_or(AppError::Forbidden)?)
    } else {
        None
    };
    let rows = store::list(
        &mut tx,
        &store::ListFilter {
            invited,
            under: under.as_deref(),
            reach: reach.as_ref().map(|(p, m)| (p.as_slice(), *m)),
            from: a.from,
            to: a.to,
            after,
            limit: page.limit(),
        },
    )
    .await?;
    let mut views = Vec::with_capacity(rows.len());
    for row in rows {
        let id = row.id;
        let mine = match ctx.member_id() {
            Some(m) => store::attendee(&mut tx, id, m).await?,
            None => None,
        };
        let scope = row.scope();
        let can_manage = app
            .authz
            .allowed(ctx, &scope, catalog::MEETING, "write")
            .await?;
        let can_read_all = can_manage
            || app
                .authz
                .allowed(ctx, &scope, catalog::MEETING, "read")
                .await?;
        views.push(MeetingView {
            row,
            can_manage,
            can_read_all,
            mine,
        });
    }
    tx.commit().await?;
    Ok(Page::from_fetch(views, page))
}

/// An invitee asks for leave (请假) with a reason; the org's officers are told.
pub async fn request_leave(ctx: &Ctx, app: &App, id: Uuid, reason: &str) -> AppResult<MeetingView> {
    let me = ctx.member_id().ok_or(AppError::NotFound)?;
    let reason = crate::tenancy::model::Name::parse("reason", reason, 500)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load(ctx, app, &mut tx, id).await?;
    let Some(mine) = &view.mine else {
        return Err(AppError::NotFound);
    };
    if view.row.status != MeetingStatus::Scheduled {
        return Err(AppError::Conflict("会议已取消".into()));
    }
    if view.row.ends_at <= Utc::now() {
        return Err(AppError::Conflict("会议已结束，不能再请假".into()));
    }
    if mine.checked_in_at.is_some() {
        return Err(AppError::Conflict("您已签到，不能请假".into()));
    }
    if !store::request_leave(&mut tx, id, me, reason.as_str()).await? {
        return Err(AppError::Conflict("请假已批准".into()));
    }
    let officers = crate::org::officers(&mut tx, view.row.org_id).await?;
    let title = format!("请假申请：{}", view.row.title);
    let body = format!("{} 申请请假：{}", mine.name, reason.as_str());
    let mut written = Vec::new();
    for o in officers.into_iter().filter(|o| *o != me) {
        let n = NewNotification {
            member_id: o,
            kind: NOTIFICATION_KIND,
            title: &title,
            body: &body,
            dedupe_key: None,
            detail: json!({ "meeting": id, "leaveOf": me }),
        };
        if let Some(nid) = notify::write(&mut tx, app, &n).await? {
            written.push((o, nid));
        }
    }
    audit_meeting(&mut tx, ctx, "meeting.leave_request", id, json!({})).await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    changed(app, ctx.tenant_id, id).await;
    Ok(view)
}

/// An officer approves or refuses a pending leave request; the member is told.
pub async fn decide_leave(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    member: Uuid,
    approve: bool,
) -> AppResult<MeetingView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load_managed(ctx, app, &mut tx, id).await?;
    if !store::decide_leave(&mut tx, id, member, approve, ctx.member_id()).await? {
        return Err(AppError::Conflict("没有待审批的请假申请".into()));
    }
    let title = if approve {
        format!("请假已批准：{}", view.row.title)
    } else {
        format!("请假未批准：{}", view.row.title)
    };
    let body = if approve {
        "您的请假申请已批准。".to_string()
    } else {
        "您的请假申请未获批准，请按时参加会议。".to_string()
    };
    let n = NewNotification {
        member_id: member,
        kind: NOTIFICATION_KIND,
        title: &title,
        body: &body,
        dedupe_key: None,
        detail: json!({ "meeting": id }),
    };
    let written = notify::write(&mut tx, app, &n).await?;
    audit_meeting(
        &mut tx,
        ctx,
        "meeting.leave_decide",
        id,
        json!({ "member": member, "approve": approve }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    if let Some(nid) = written {
        notify::announce(app, ctx.tenant_id, &[(member, nid)]).await;
    }
    changed(app, ctx.tenant_id, id).await;
    Ok(view)
}

async fn audit_meeting(
    tx: &mut TenantTx,
    ctx: &Ctx,
    action: &'static str,
    id: Uuid,
    detail: serde_json::Value,
) -> AppResult<()> {
    audit::object(tx, ctx, action, "meeting", id, detail).await
}

/// Tells live viewers a meeting changed (after the commit).
async fn changed(app: &App, tenant: Uuid, id: Uuid) {
    app.bus
        .publish(crate::bus::Event {
            tenant,
            topic: CHANGED.to_string(),
            subject: id,
            id,
        })
        .await;
}

/// The meeting now, then after every change (changes within a quarter second come as one).
pub fn follow(app: App, ctx: Ctx, id: Uuid) -> impl Stream<Item = AppResult<MeetingView>> {
    let bus = app.bus.clone();
    let tenant = ctx.tenant_id;
    bus.follow_subject(CHANGED, tenant, id, move || {
        let (app, ctx) = (app.clone(), ctx.clone());
        async move { get(&ctx, &app, id).await }
    })
}

/// Lets the reminder engine hand meeting reminders (items of kind [`DUE_KIND`]) to
/// [`remind_due`].
pub(crate) fn register_reminders(handlers: &mut Handlers) {
    handlers.register(DUE_KIND, |app, turn| Box::pin(remind_due(app, turn)));
}

/// Reminds a meeting's invitees without approved leave (a due item of kind [`DUE_KIND`]).
pub(crate) async fn remind_due(app: &App, turn: Turn) -> AppResult<usize> {
    let Turn {
        tenant,
        item,
        position,
        ..
    } = turn;
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(row) = store::by_due_item(&mut tx, item).await? else {
        return Ok(0);
    };
    if row.status != MeetingStatus::Scheduled {
        return Ok(0);
    }
    let zone = schedule::zone(&mut tx).await?;
    let when = row.starts_at.with_timezone(&zone).format("%m月%d日 %H:%M");
    let title = format!("会议提醒：{}", row.title);
    let body = format!(
        "{}（{}）将于 {when} 召开{}。如不能参加，请提前请假。",
        row.meeting_type().label,
        row.org_name,
        row.location
            .as_deref()
            .map(|l| format!("，地点：{l}"))
            .unwrap_or_default()
    );
    let mut written = Vec::new();
    for member in store::expected(&mut tx, row.id).await? {
        let key = format!("meeting-reminder:{}:{position}:{member}", row.id);
        let n = NewNotification {
            member_id: member,
            kind: "REMINDER",
            title: &title,
            body: &body,
            dedupe_key: Some(&key),
            detail: json!({ "meeting": row.id, "dueItem": item }),
        };
        if let Some(id) = notify::write(&mut tx, app, &n).await? {
            written.push((member, id));
        }
    }
    tx.commit().await?;
    notify::announce(app, tenant, &written).await;
    Ok(written.len())
}

/// Every type with its frequency in months by the tenant's rules (none when not required)
/// and the frequency rule's source.
pub async fn type_frequencies(
    ctx: &Ctx,
    app: &App,
) -> AppResult<Vec<(&'static types::MeetingType, Option<u32>, Option<String>)>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let mut rules_by_key = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(types::ALL.len());
    for t in types::ALL {
        let (months, source) = match t.frequency_rule {
            Some(key) => {
                if !rules_by_key.contains_key(key) {
                    rules_by_key.insert(key, crate::statute::get_in(&mut tx, key).await?);
                }
                let rule = &rules_by_key[key];
                (
                    t.frequency_months(rule.effective()),
                    Some(rule.effective_source().to_string()),
                )
            }
            None => (None, None),
        };
        out.push((t, months, source));
    }
    tx.commit().await?;
    Ok(out)
}

/// Whether check-in to a meeting is open now (by `meeting.checkin`).
pub async fn check_in_open(ctx: &Ctx, app: &App, row: &MeetingRow) -> AppResult<bool> {
    if row.status != MeetingStatus::Scheduled {
        return Ok(false);
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rule = crate::statute::get_in(&mut tx, "meeting.checkin").await?;
    tx.commit().await?;
    Ok(rules::CheckinTiming::from_params(rule.effective()).open(
        row.starts_at,
        row.ends_at,
        Utc::now(),
    ))
}
