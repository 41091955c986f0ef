//! Check-in: a code signed by the server for one meeting and one 30-second window (so a
//! screenshot relayed later, a code of another meeting or a forged one is refused), an
//! optional geofence, once per member; and officers' manual check-in.

use super::{
    CheckInMethod, MeetingView, MinutesStatus, audit_meeting, changed, load, load_managed, rules,
    store,
};
use crate::db::TenantTx;
use crate::{App, AppError, AppResult, Ctx, links::LinkError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

/// The purpose check-in codes are signed for.
const PURPOSE: &str = "meeting-checkin";
/// The rule with the code's timing.
const RULE: &str = "meeting.checkin";

/// What a check-in code carries.
#[derive(Debug, Serialize, Deserialize)]
struct Claim {
    /// Tenant.
    t: Uuid,
    /// Meeting.
    m: Uuid,
    /// Window number (Unix seconds ÷ rotation).
    w: i64,
}

/// The current check-in code of a meeting, for its big screen.
#[derive(Debug, Clone)]
pub struct CheckinCode {
    /// The signed code.
    pub code: String,
    /// When it stops being accepted.
    pub expires_at: DateTime<Utc>,
    /// Seconds until the next code replaces it.
    pub refresh_in_secs: i64,
}

async fn timing(tx: &mut TenantTx) -> AppResult<rules::CheckinTiming> {
    let rule = crate::statute::get_in(tx, RULE).await?;
    Ok(rules::CheckinTiming::from_params(rule.effective()))
}

/// The code for now (for those who manage the meeting).
pub async fn checkin_code(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<CheckinCode> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_managed(ctx, app, &mut tx, id).await?;
    if view.row.status != super::MeetingStatus::Scheduled {
        return Err(AppError::Conflict("会议已取消".into()));
    }
    let timing = timing(&mut tx).await?;
    tx.commit().await?;
    let now = Utc::now();
    let w = timing.window(now);
    let code = app
        .links
        .sign(
            &app.db,
            PURPOSE,
            &Claim {
                t: ctx.tenant_id,
                m: id,
                w,
            },
        )
        .await?;
    Ok(CheckinCode {
        code,
        expires_at: timing.expires_at(w),
        refresh_in_secs: (timing.rotates_at(w) - now).num_seconds().max(1),
    })
}

/// Why a code is refused, as the field error the member sees.
fn refuse(message: &str) -> AppError {
    AppError::field("code", message)
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
    let claim: Claim = match app.links.verify(&app.db, PURPOSE, code.trim()).await? {
        Ok(c) => c,
        Err(LinkError::Malformed | LinkError::BadSignature) => {
            return Err(refuse("签到码无效，请扫描会场屏幕上的二维码"));
        }
    };
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::lock(&mut tx, id).await?;
    let view = load(ctx, app, &mut tx, id).await?;
    let Some(mine) = &view.mine else {
        return Err(AppError::NotFound);
    };
    if claim.t != ctx.tenant_id || claim.m != id {
        return Err(refuse("签到码不属于本次会议"));
    }
    let timing = timing(&mut tx).await?;
    let now = Utc::now();
    if !timing.accepts(claim.w, now) {
        return Err(refuse("签到码已过期，请扫描现场最新的二维码"));
    }
    if view.row.status != super::MeetingStatus::Scheduled {
        return Err(AppError::Conflict("会议已取消".into()));
    }
    if !timing.open(view.row.starts_at, view.row.ends_at, now) {
        return Err(AppError::Conflict("不在签到时段内".into()));
    }
    if mine.checked_in_at.is_some() {
        return Err(AppError::Conflict("您已签到".into()));
    }
    let distance = match (
        view.row.geo_latitude,
        view.row.geo_longitude,
        view.row.geo_radius_m,
    ) {
        (Some(lat), Some(lon), Some(radius)) => {
            let (plat, plon) = position.ok_or_else(|| {
                AppError::field("location", "本次会议需要定位签到，请允许获取位置")
            })?;
            let d = rules::distance_m(lat, lon, plat, plon);
            if d > f64::from(radius) {
                return Err(AppError::field(
                    "location",
                    format!("不在会场签到范围内（距会场约 {} 米）", d.round() as i64),
                ));
            }
            Some(d.round() as i32)
        }
        _ => None,
    };
    if !store::check_in(&mut tx, id, me, CheckInMethod::Qr, Some(me), distance).await? {
        return Err(AppError::Conflict("您已签到".into()));
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
