//! Check-in shared by meetings and activities: a code signed by the server for one event and
//! one window of `meeting.checkin`'s rotation (so a screenshot relayed later, a code of another
//! event or a forged one is refused), the check-in hours around the event, and an optional
//! geofence. Each module keeps its own rows and rules about who may check in; this module holds
//! only what the two share.

pub mod rules;

use crate::db::TenantTx;
use crate::{App, AppError, AppResult, links::LinkError};
use chrono::{DateTime, Utc};
pub use rules::{CheckinTiming, distance_m};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The rule with the code's timing and the check-in hours (meetings and activities).
pub const RULE: &str = "meeting.checkin";

crate::text_enum! {
    /// How someone was checked in.
    pub enum CheckInMethod {
        /// Scanned the rotating code.
        Qr = "QR",
        /// Marked present by an officer.
        Manual = "MANUAL",
    }
}

/// What a check-in code carries.
#[derive(Debug, Serialize, Deserialize)]
struct Claim {
    /// Tenant.
    t: Uuid,
    /// The event (meeting or activity).
    m: Uuid,
    /// Window number (Unix seconds ÷ rotation).
    w: i64,
}

/// The current check-in code of an event, for its big screen.
#[derive(Debug, Clone)]
pub struct CheckinCode {
    /// The signed code.
    pub code: String,
    /// When it stops being accepted.
    pub expires_at: DateTime<Utc>,
    /// Seconds until the next code replaces it.
    pub refresh_in_secs: i64,
}

/// The tenant's check-in timing (`meeting.checkin`).
pub(crate) async fn timing(tx: &mut TenantTx) -> AppResult<CheckinTiming> {
    let rule = crate::statute::get_in(tx, RULE).await?;
    Ok(CheckinTiming::from_params(rule.effective()))
}

/// Signs the code of `event` for the current window, under `purpose` (one per module, so a
/// meeting's code is never an activity's).
pub(crate) async fn issue(
    app: &App,
    purpose: &str,
    tenant: Uuid,
    event: Uuid,
    timing: &CheckinTiming,
) -> AppResult<CheckinCode> {
    let now = Utc::now();
    let w = timing.window(now);
    let code = app
        .links
        .sign(
            &app.db,
            purpose,
            &Claim {
                t: tenant,
                m: event,
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

/// A code whose signature holds: who and what it was signed for.
#[derive(Debug)]
pub(crate) struct SignedCode(Claim);

/// Checks a code's signature under `purpose` (a forged or mangled code is a `code` field
/// error); what it names is checked by [`SignedCode::check`].
/// `venue` names the place in the message (会场, 活动现场).
pub(crate) async fn verify(
    app: &App,
    purpose: &str,
    code: &str,
    venue: &str,
) -> AppResult<SignedCode> {
    match app.links.verify(&app.db, purpose, code.trim()).await? {
        Ok(c) => Ok(SignedCode(c)),
        Err(LinkError::Malformed | LinkError::BadSignature) => {
            Err(refuse(&format!("签到码无效，请扫描{venue}屏幕上的二维码")))
        }
    }
}

impl SignedCode {
    /// Whether the code is this tenant's code for `event` (else `wrong_event` on `code`) and
    /// still accepted at `now` (else an expiry message on `code`).
    pub(crate) fn check(
        &self,
        tenant: Uuid,
        event: Uuid,
        timing: &CheckinTiming,
        now: DateTime<Utc>,
        wrong_event: &str,
    ) -> AppResult<()> {
        if self.0.t != tenant || self.0.m != event {
            return Err(refuse(wrong_event));
        }
        if !timing.accepts(self.0.w, now) {
            return Err(refuse("签到码已过期，请扫描现场最新的二维码"));
        }
        Ok(())
    }
}

/// The geofence check: with a fence (`latitude`, `longitude`, radius in metres) the position
/// is required and must lie inside it (`location` field errors naming the `event`, 会议 or
/// 活动, and its `venue`, 会场 or 活动现场); returns the distance in whole metres when there
/// is a fence.
pub(crate) fn within_fence(
    fence: (Option<f64>, Option<f64>, Option<i32>),
    position: Option<(f64, f64)>,
    event: &str,
    venue: &str,
) -> AppResult<Option<i32>> {
    let (Some(lat), Some(lon), Some(radius)) = fence else {
        return Ok(None);
    };
    let (plat, plon) = position.ok_or_else(|| {
        AppError::field(
            "location",
            format!("本次{event}需要定位签到，请允许获取位置"),
        )
    })?;
    if !plat.is_finite() || !plon.is_finite() || plat.abs() > 90.0 || plon.abs() > 180.0 {
        return Err(AppError::field("location", "位置无效"));
    }
    let d = distance_m(lat, lon, plat, plon);
    if d > f64::from(radius) {
        return Err(AppError::field(
            "location",
            format!(
                "不在{venue}签到范围内（距{venue}约 {} 米）",
                d.round() as i64
            ),
        ));
    }
    Ok(Some(d.round() as i32))
}
