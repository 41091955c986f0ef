//! Scheduling a meeting: checking the input, inviting the org, the reminder before it;
//! rescheduling and cancelling, each telling the invitees.

use super::{
    MeetingView, MinutesStatus, NOTIFICATION_KIND, audit_meeting, changed, load_managed, store,
    types,
};
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx,
    authz::{Scope, catalog},
    notify::{self, NewNotification},
    reminder::NewDueItem,
    tenancy::model::Name,
};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use uuid::Uuid;

/// The rule giving the reminder offsets before a meeting.
const REMINDER_RULE: &str = "meeting.reminders";
/// A meeting lasts at most this long (a multi-day 职代会 included).
const MAX_DAYS: i64 = 7;

/// Where check-in is allowed: within `radius_m` of a point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geofence {
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// Radius in metres (20–5,000).
    pub radius_m: i32,
}

impl Geofence {
    fn parse(g: Option<Geofence>) -> AppResult<Option<(f64, f64, i32)>> {
        let Some(g) = g else { return Ok(None) };
        if !(-90.0..=90.0).contains(&g.latitude) || !(-180.0..=180.0).contains(&g.longitude) {
            return Err(AppError::field("geofence", "经纬度超出范围"));
        }
        if !(20..=5000).contains(&g.radius_m) {
            return Err(AppError::field("geofence", "签到范围应为 20–5000 米"));
        }
        Ok(Some((g.latitude, g.longitude, g.radius_m)))
    }
}

/// A meeting to schedule.
#[derive(Debug, Clone)]
pub struct ScheduleInput {
    /// The org holding it.
    pub org_id: Uuid,
    /// Type code.
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
    /// Held to elect.
    pub is_election: bool,
    /// Check-in only within this area.
    pub geofence: Option<Geofence>,
    /// Invite the members of sub-orgs too.
    pub include_sub_orgs: bool,
    /// Further invitees (列席).
    pub extra_member_ids: Vec<Uuid>,
}

/// Time, place and agenda, checked.
struct When {
    title: Name,
    location: Option<String>,
    agenda: Option<String>,
    geofence: Option<(f64, f64, i32)>,
}

fn optional(field: &str, raw: Option<&str>, max: usize) -> AppResult<Option<String>> {
    let Some(s) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字")));
    }
    Ok(Some(s.to_string()))
}

fn check_when(
    title: &str,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    location: Option<&str>,
    agenda: Option<&str>,
    geofence: Option<Geofence>,
) -> AppResult<When> {
    let title = Name::parse("title", title, 120)?;
    if ends_at <= starts_at {
        return Err(AppError::field("endsAt", "结束时间应晚于开始时间"));
    }
    if ends_at - starts_at > Duration::days(MAX_DAYS) {
        return Err(AppError::field("endsAt", "会议时长不能超过 7 天"));
    }
    Ok(When {
        title,
        location: optional("location", location, 200)?,
        agenda: optional("agenda", agenda, 5000)?,
        geofence: Geofence::parse(geofence)?,
    })
}

/// The tenant's time zone, for times in messages.
pub(super) async fn zone(tx: &mut TenantTx) -> AppResult<chrono_tz::Tz> {
    Ok(crate::tenancy::tenant_in(tx)
        .await?
        .time_zone
        .parse()
        .unwrap_or(chrono_tz::Asia::Shanghai))
}

/// Whether orgs of this line hold organisation life (the lines members are placed in).
fn holds_meetings(line: &str) -> bool {
    matches!(line, "PARTY" | "UNION" | "YOUTH")
}

/// Registers the reminder before the meeting, when its time is still ahead.
async fn register_reminder(
    tx: &mut TenantTx,
    ctx: &Ctx,
    id: Uuid,
    org: Uuid,
    title: &str,
    starts_at: DateTime<Utc>,
) -> AppResult<()> {
    let item = if starts_at > Utc::now() {
        Some(
            crate::reminder::register(
                tx,
                ctx,
                &NewDueItem {
                    kind: super::DUE_KIND.into(),
                    title: format!("会议：{title}").chars().take(200).collect(),
                    due_at: starts_at,
                    rule_key: Some(REMINDER_RULE.into()),
                    member_id: None,
                    org_id: Some(org),
                },
            )
            .await?,
        )
    } else {
        None
    };
    store::set_due_item(tx, id, item).await?;
    Ok(())
}

/// Writes one notification per member about a meeting; returns what to announce.
async fn tell(
    tx: &mut TenantTx,
    app: &App,
    members: &[Uuid],
    title: &str,
    body: &str,
    meeting: Uuid,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let mut written = Vec::new();
    for &m in members {
        let n = NewNotification {
            member_id: m,
            kind: NOTIFICATION_KIND,
            title,
            body,
            dedupe_key: None,
            detail: json!({ "meeting": meeting }),
        };
        if let Some(id) = notify::write(tx, app, &n).await? {
            written.push((m, id));
        }
    }
    Ok(written)
}

fn describe(
    zone: chrono_tz::Tz,
    label: &str,
    org: &str,
    starts: DateTime<Utc>,
    location: Option<&str>,
) -> String {
    let when = starts.with_timezone(&zone).format("%Y-%m-%d %H:%M");
    let place = location.map(|l| format!("，地点：{l}")).unwrap_or_default();
    format!("{org}{label}，{when} 召开{place}。")
}

/// Schedules a meeting of an org (with `meeting:write` there): invites the org's members of
/// the line (party meetings: party members, full members voting; committee meetings: the
/// officers), tells them, and registers the reminder before it.
pub async fn schedule(ctx: &Ctx, app: &App, input: ScheduleInput) -> AppResult<MeetingView> {
    let kind =
        types::by_code(&input.kind).ok_or_else(|| AppError::field("type", "未知的会议类型"))?;
    let when = check_when(
        &input.title,
        input.starts_at,
        input.ends_at,
        input.location.as_deref(),
        input.agenda.as_deref(),
        input.geofence,
    )?;
    if input.is_election && !kind.general {
        return Err(AppError::field("isElection", "只有大会可以进行选举"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org = crate::org::store::get(&mut tx, input.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(
            ctx,
            &Scope::Org(org.path.clone()),
            catalog::MEETING,
            "write",
        )
        .await?;
    if org.archived_at.is_some() {
        return Err(AppError::field("orgId", "该组织已撤销"));
    }
    let line = org.line.0.code();
    if !holds_meetings(line) {
        return Err(AppError::field(
            "orgId",
            "只有党、工会和共青团组织可以安排组织生活",
        ));
    }
    if !kind.fits_line(line) {
        return Err(AppError::field("type", "该会议类型不属于本组织的条线"));
    }
    let mut extra = input.extra_member_ids.clone();
    extra.sort_unstable();
    extra.dedup();
    if store::active_members(&mut tx, &extra).await?.len() != extra.len() {
        return Err(AppError::field(
            "extraMemberIds",
            "列席人员中有不存在或已停用的成员",
        ));
    }
    let id = crate::new_id();
    store::insert(
        &mut tx,
        &store::NewMeeting {
            id,
            org_id: org.id,
            line,
            kind: kind.code,
            title: when.title.as_str(),
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            location: when.location.as_deref(),
            agenda: when.agenda.as_deref(),
            is_election: input.is_election,
            geofence: when.geofence,
            created_by: ctx.member_id(),
        },
    )
    .await?;
    let invited = store::invite(
        &mut tx,
        &store::Invite {
            meeting: id,
            org_id: org.id,
            org_path: &org.path,
            include_sub: input.include_sub_orgs,
            committee_only: kind.committee_only,
            line,
            party: line == "PARTY",
            extra: &extra,
        },
    )
    .await?;
    register_reminder(
        &mut tx,
        ctx,
        id,
        org.id,
        when.title.as_str(),
        input.starts_at,
    )
    .await?;
    let zone = zone(&mut tx).await?;
    let body = describe(
        zone,
        kind.label,
        &org.name,
        input.starts_at,
        when.location.as_deref(),
    );
    let others: Vec<Uuid> = invited
        .iter()
        .copied()
        .filter(|m| Some(*m) != ctx.member_id())
        .collect();
    let title = format!("会议通知：{}", when.title.as_str());
    let written = tell(&mut tx, app, &others, &title, &body, id).await?;
    audit_meeting(
        &mut tx,
        ctx,
        "meeting.schedule",
        id,
        json!({ "org": org.id, "type": kind.code, "startsAt": input.starts_at, "invited": invited.len() }),
    )
    .await?;
    let view = super::load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    Ok(view)
}

/// Moves a scheduled meeting (time, place, agenda, geofence) and tells the invitees; the
/// reminder follows the new time.
#[allow(clippy::too_many_arguments)]
pub async fn reschedule(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    title: &str,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    location: Option<&str>,
    agenda: Option<&str>,
    geofence: Option<Geofence>,
) -> AppResult<MeetingView> {
    let when = check_when(title, starts_at, ends_at, location, agenda, geofence)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load_managed(ctx, app, &mut tx, id).await?;
    if view.row.status != super::MeetingStatus::Scheduled {
        return Err(AppError::Conflict("会议已取消，不能修改".into()));
    }
    if view.row.minutes_status == MinutesStatus::Approved {
        return Err(AppError::Conflict("会议记录已审定，不能修改".into()));
    }
    store::reschedule(
        &mut tx,
        id,
        &store::Reschedule {
            title: when.title.as_str(),
            starts_at,
            ends_at,
            location: when.location.as_deref(),
            agenda: when.agenda.as_deref(),
            geofence: when.geofence,
        },
    )
    .await?;
    if view.row.starts_at != starts_at {
        if let Some(item) = view.row.due_item_id {
            crate::reminder::cancel_in(&mut tx, item).await?;
        }
        register_reminder(
            &mut tx,
            ctx,
            id,
            view.row.org_id,
            when.title.as_str(),
            starts_at,
        )
        .await?;
    }
    let zone = zone(&mut tx).await?;
    let body = format!(
        "会议时间或地点有变：{}",
        describe(
            zone,
            view.row.meeting_type().label,
            &view.row.org_name,
            starts_at,
            when.location.as_deref()
        )
    );
    let invitees = store::expected(&mut tx, id).await?;
    let others: Vec<Uuid> = invitees
        .into_iter()
        .filter(|m| Some(*m) != ctx.member_id())
        .collect();
    let title = format!("会议变更：{}", when.title.as_str());
    let written = tell(&mut tx, app, &others, &title, &body, id).await?;
    audit_meeting(
        &mut tx,
        ctx,
        "meeting.reschedule",
        id,
        json!({ "startsAt": starts_at, "endsAt": ends_at }),
    )
    .await?;
    let view = super::load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    changed(app, ctx.tenant_id, id).await;
    Ok(view)
}

/// Cancels a scheduled meeting with a reason; its reminder stops and the invitees are told.
pub async fn cancel(ctx: &Ctx, app: &App, id: Uuid, reason: &str) -> AppResult<MeetingView> {
    let reason = Name::parse("reason", reason, 500)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load_managed(ctx, app, &mut tx, id).await?;
    if view.row.minutes_status != MinutesStatus::None {
        return Err(AppError::Conflict("会议已有记录，不能取消".into()));
    }
    if !store::cancel(&mut tx, id, reason.as_str()).await? {
        return Err(AppError::Conflict("会议已取消".into()));
    }
    if let Some(item) = view.row.due_item_id {
        crate::reminder::cancel_in(&mut tx, item).await?;
    }
    let invitees = store::expected(&mut tx, id).await?;
    let others: Vec<Uuid> = invitees
        .into_iter()
        .filter(|m| Some(*m) != ctx.member_id())
        .collect();
    let title = format!("会议取消：{}", view.row.title);
    let body = format!("原定会议已取消。原因：{}", reason.as_str());
    let written = tell(&mut tx, app, &others, &title, &body, id).await?;
    audit_meeting(
        &mut tx,
        ctx,
        "meeting.cancel",
        id,
        json!({ "reason": reason.as_str() }),
    )
    .await?;
    let view = super::load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    changed(app, ctx.tenant_id, id).await;
    Ok(view)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + h * 3600, 0).unwrap()
    }

    #[test]
    fn an_end_before_the_start_or_a_week_long_meeting_is_refused_on_its_field() {
        let e = check_when("支部党员大会", t(2), t(1), None, None, None)
            .err()
            .unwrap();
        assert!(
            matches!(e, AppError::Validation { ref fields, .. } if fields.contains_key("endsAt"))
        );
        assert!(check_when("x", t(0), t(24 * 8), None, None, None).is_err());
        assert!(
            check_when("x", t(0), t(2), Some("  "), None, None)
                .unwrap()
                .location
                .is_none()
        );
    }

    #[test]
    fn a_geofence_needs_a_place_on_earth_and_a_sensible_radius() {
        let g = |latitude, longitude, radius_m| {
            Some(Geofence {
                latitude,
                longitude,
                radius_m,
            })
        };
        assert!(Geofence::parse(g(39.9, 116.4, 200)).unwrap().is_some());
        assert!(Geofence::parse(g(91.0, 116.4, 200)).is_err());
        assert!(Geofence::parse(g(39.9, 116.4, 5)).is_err());
        assert!(Geofence::parse(None).unwrap().is_none());
    }
}
