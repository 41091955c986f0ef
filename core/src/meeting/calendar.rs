//! Each member's calendar feed: a secret URL (revocable, replaced on renewal) serving an
//! iCalendar file of their meetings and deadlines, for phone and desktop calendars.

use super::calendar_store as store;
use crate::db::TenantTx;
use crate::{App, AppError, AppResult, Ctx, identity::token};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

/// Prefix of feed tokens.
const PREFIX: &str = "txc_";

/// A member's feed.
#[derive(Debug, Clone)]
pub struct FeedRow {
    /// Created (or last renewed).
    pub created_at: DateTime<Utc>,
    /// Last fetched by a calendar.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// One entry of the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct CalEvent {
    /// Stable id across fetches.
    pub uid: String,
    /// Title.
    pub summary: String,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
    /// Place.
    pub location: Option<String>,
    /// Details.
    pub description: Option<String>,
    /// Cancelled (calendars then strike it out).
    pub cancelled: bool,
}

/// The viewer's feed, if any.
pub async fn feed(ctx: &Ctx, app: &App) -> AppResult<Option<FeedRow>> {
    let me = ctx.member_id().ok_or(AppError::Forbidden)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::feed(&mut tx, me).await?;
    tx.commit().await?;
    Ok(row)
}

/// A new secret feed token for the viewer (the old one stops working). Shown once.
pub async fn create_feed(ctx: &Ctx, app: &App) -> AppResult<(String, FeedRow)> {
    let me = ctx.member_id().ok_or(AppError::Forbidden)?;
    let secret = token::generate(&format!("{PREFIX}{}", ctx.tenant_id.simple()));
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::replace_feed(&mut tx, me, &token::digest(&secret)).await?;
    audit(&mut tx, ctx, "calendar.create").await?;
    tx.commit().await?;
    Ok((secret, row))
}

/// Revokes the viewer's feed; `false` when there was none.
pub async fn revoke_feed(ctx: &Ctx, app: &App) -> AppResult<bool> {
    let me = ctx.member_id().ok_or(AppError::Forbidden)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let gone = store::delete_feed(&mut tx, me).await?;
    if gone {
        audit(&mut tx, ctx, "calendar.revoke").await?;
    }
    tx.commit().await?;
    Ok(gone)
}

async fn audit(tx: &mut TenantTx, ctx: &Ctx, action: &'static str) -> AppResult<()> {
    crate::audit::record(
        tx,
        ctx,
        crate::audit::Entry {
            action,
            object_type: "calendar_feed",
            object_id: ctx.member_id().map(|m| m.to_string()),
            detail: serde_json::json!({}),
        },
    )
    .await?;
    Ok(())
}

/// The tenant a token names (the rest is the secret).
fn tenant_of(secret: &str) -> Option<Uuid> {
    let rest = secret.strip_prefix(PREFIX)?;
    Uuid::try_parse(rest.get(..32)?).ok()
}

/// The iCalendar file of the feed with this token: the member's meetings from 90 days ago on,
/// their open deadlines and the notices they still have to acknowledge. Unknown or revoked
/// tokens read as not found.
pub async fn render(app: &App, secret: &str) -> AppResult<String> {
    let tenant = tenant_of(secret).ok_or(AppError::NotFound)?;
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let member = store::touch_feed(&mut tx, &token::digest(secret))
        .await?
        .ok_or(AppError::NotFound)?;
    let entries = store::entries(&mut tx, member, Utc::now() - Duration::days(90)).await?;
    let name: String = crate::tenancy::tenant_in(&mut tx).await?.name;
    tx.commit().await?;
    let events: Vec<CalEvent> = entries
        .into_iter()
        .map(|e| match e.kind.as_str() {
            "meeting" => CalEvent {
                uid: format!("meeting-{}@tongxin", e.id),
                summary: e.title,
                starts_at: e.starts_at,
                ends_at: e.ends_at.unwrap_or(e.starts_at),
                location: e.location,
                description: e.detail,
                cancelled: e.cancelled,
            },
            kind => CalEvent {
                uid: format!("{kind}-{}@tongxin", e.id),
                summary: format!("截止：{}", e.title),
                starts_at: e.starts_at,
                ends_at: e.starts_at + Duration::minutes(30),
                location: None,
                description: Some(if kind == "notice" {
                    "通知确认截止".to_string()
                } else {
                    "到期事项".to_string()
                }),
                cancelled: false,
            },
        })
        .collect();
    Ok(ics(&format!("{name} · 同心"), &events, Utc::now()))
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a character (RFC 5545 §3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// An iCalendar (RFC 5545) file of `events`.
pub fn ics(name: &str, events: &[CalEvent], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Tongxin//Organisation life//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(line, &mut out);
    }
    fold(&format!("X-WR-CALNAME:{}", escape(name)), &mut out);
    for e in events {
        fold("BEGIN:VEVENT", &mut out);
        fold(&format!("UID:{}", e.uid), &mut out);
        fold(&format!("DTSTAMP:{}", stamp(now)), &mut out);
        fold(&format!("DTSTART:{}", stamp(e.starts_at)), &mut out);
        fold(&format!("DTEND:{}", stamp(e.ends_at)), &mut out);
        fold(&format!("SUMMARY:{}", escape(&e.summary)), &mut out);
        if let Some(l) = &e.location {
            fold(&format!("LOCATION:{}", escape(l)), &mut out);
        }
        if let Some(d) = &e.description {
            fold(&format!("DESCRIPTION:{}", escape(d)), &mut out);
        }
        fold(
            if e.cancelled {
                "STATUS:CANCELLED"
            } else {
                "STATUS:CONFIRMED"
            },
            &mut out,
        );
        fold("END:VEVENT", &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(secs, 0).unwrap()
    }

    #[test]
    fn a_calendar_has_its_events_escaped_with_crlf_lines() {
        let e = CalEvent {
            uid: "meeting-1@tongxin".into(),
            summary: "支部党员大会; 第一季度, 转正".into(),
            starts_at: at(1_800_000_000),
            ends_at: at(1_800_003_600),
            location: Some("三楼会议室\n东侧".into()),
            description: None,
            cancelled: true,
        };
        let text = ics("第一支部", &[e], at(1_800_000_000));
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.contains("SUMMARY:支部党员大会\\; 第一季度\\, 转正\r\n"));
        assert!(text.contains("LOCATION:三楼会议室\\n东侧\r\n"));
        assert!(text.contains("DTSTART:20270115T080000Z\r\n"));
        assert!(text.contains("STATUS:CANCELLED\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "党".repeat(40)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "党".repeat(40)));
    }

    #[test]
    fn a_token_names_its_tenant_and_garbage_names_none() {
        let t = Uuid::now_v7();
        let secret = token::generate(&format!("{PREFIX}{}", t.simple()));
        assert_eq!(tenant_of(&secret), Some(t));
        assert_eq!(tenant_of("txc_short"), None);
        assert_eq!(tenant_of("nope"), None);
    }
}
