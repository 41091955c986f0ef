//! Check-in to meetings: the shared rotating code and geofence of [`crate::checkin`], once per
//! invitee; and officers' manual check-in.

use super::{
    CheckInMethod, MeetingView, MinutesStatus, audit_meeting, changed, load, load_managed, store,
};
use crate::checkin;
pub use crate::checkin::CheckinCode;
use crate::{App, AppError, AppResult, Ctx};
use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

/// The purpose check-in codes are signed for.
const PURPOSE: &str = "meeting-checkin";

/// The points event of attending a meeting (集中学习): only 三会一课 (支部党员大会, 支委会,
/// 党小组会, 党课) count; the rule prices it.
fn attended(m: &super::MeetingRow, member: Uuid) -> crate::points::Event {
    crate::points::Event {
        member_id: member,
        action: crate::points::PointAction::MeetingAttendance,
        source_kind: crate::points::SourceKind::Meeting,
        source_id: m.id.to_string(),
        source_title: m.title.clone(),
        occurred_at: m.starts_at,
    }
}

/// Whether a meeting type is one of 三会一课.
fn is_sanhui_yike(kind: &str) -> bool {
    matches!(
        kind,
        "BRANCH_GENERAL_MEETING" | "BRANCH_COMMITTEE" | "PARTY_GROUP" | "PARTY_LECTURE"
    )
}

/// The code for now (for those who manage the meeting).
pub async fn checkin_code(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<CheckinCode> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_managed(ctx, app, &mut tx, id).await?;
    if view.row.status != super::MeetingStatus::Scheduled {
        return Err(AppError::Conflict("会议已取消".into()));
    }
    let timing = checkin::timing(&mut tx).await?;
    tx.commit().await?;
    checkin::issue(app, PURPOSE, ctx.tenant_id, id, &timing).await
}

/// The viewer checks in to a meeting they are invited to with the code on the screen (and
/// their position when the meeting has a geofence).
pub async fn check_in(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    code: &str,
    position: Option<(f64, f64)>,
) -> AppResult<MeetingView> {
    let me = ctx.member_id().ok_or(AppError::NotFound)?;
    let code = checkin::verify(app, PURPOSE, code, "会场").await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load(ctx, app, &mut tx, id).await?;
    let Some(mine) = &view.mine else {
        return Err(AppError::NotFound);
    };
    let timing = checkin::timing(&mut tx).await?;
    let now = Utc::now();
    code.check(ctx.tenant_id, id, &timing, now, "签到码不属于本次会议")?;
    if view.row.status != super::MeetingStatus::Scheduled {
        return Err(AppError::Conflict("会议已取消".into()));
    }
    if !timing.open(view.row.starts_at, view.row.ends_at, now) {
        return Err(AppError::Conflict("不在签到时段内".into()));
    }
    if mine.checked_in_at.is_some() {
        return Err(AppError::Conflict("您已签到".into()));
    }
    let distance = checkin::within_fence(
        (
            view.row.geo_latitude,
            view.row.geo_longitude,
            view.row.geo_radius_m,
        ),
        position,
        "会议",
        "会场",
    )?;
    if !store::check_in(&mut tx, id, me, CheckInMethod::Qr, Some(me), distance).await? {
        return Err(AppError::Conflict("您已签到".into()));
    }
    if is_sanhui_yike(&view.row.kind) {
        crate::points::earn(&mut tx, ctx, &attended(&view.row, me)).await?;
    }
    audit_meeting(
        &mut tx,
        ctx,
        "meeting.check_in",
        id,
        json!({ "method": "QR" }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    changed(app, ctx.tenant_id, id).await;
    Ok(view)
}

/// An officer marks an invitee present (or undoes it), e.g. for those without a phone.
pub async fn record_attendance(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    member: Uuid,
    present: bool,
) -> AppResult<MeetingView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load_managed(ctx, app, &mut tx, id).await?;
    if view.row.status != super::MeetingStatus::Scheduled {
        return Err(AppError::Conflict("会议已取消".into()));
    }
    if view.row.minutes_status == MinutesStatus::Approved {
        return Err(AppError::Conflict("会议记录已审定，出勤不能再修改".into()));
    }
    if store::attendee(&mut tx, id, member).await?.is_none() {
        return Err(AppError::field(
            "memberId",
            "该成员不在本次会议的参会名单中",
        ));
    }
    let done = if present {
        store::check_in(
            &mut tx,
            id,
            member,
            CheckInMethod::Manual,
            ctx.member_id(),
            None,
        )
        .await?
    } else {
        store::undo_check_in(&mut tx, id, member).await?
    };
    if done && is_sanhui_yike(&view.row.kind) {
        let event = attended(&view.row, member);
        if present {
            crate::points::earn(&mut tx, ctx, &event).await?;
        } else {
            crate::points::revoke(&mut tx, ctx, &event, "撤销签到").await?;
        }
    }
    if !done {
        return Err(AppError::Conflict(if present {
            "该成员已签到".into()
        } else {
            "该成员尚未签到".into()
        }));
    }
    audit_meeting(
        &mut tx,
        ctx,
        "meeting.attendance",
        id,
        json!({ "member": member, "present": present }),
    )
    .await?;
    store::touch(&mut tx, id).await?;
    let view = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    changed(app, ctx.tenant_id, id).await;
    Ok(view)
}
