//! Pure rules of notices: what a body may contain, when times are acceptable, which status
//! changes are allowed, how often recipients may be reminded by hand.

use super::model::NoticeStatus;
use crate::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};

/// How long after a manual reminder the next one is refused.
pub const REMIND_INTERVAL_MINUTES: i64 = 10;

pub use crate::richtext::sanitize;

/// A schedule must lie ahead; an acknowledgement deadline must lie ahead and after the
/// scheduled publication.
pub fn check_times(
    now: DateTime<Utc>,
    scheduled_at: Option<DateTime<Utc>>,
    ack_deadline: Option<DateTime<Utc>>,
) -> AppResult<()> {
    if let Some(s) = scheduled_at
        && s <= now
    {
        return Err(AppError::field("scheduledAt", "定时发布时间必须晚于现在"));
    }
    if let Some(d) = ack_deadline {
        if d <= now {
            return Err(AppError::field("ackDeadline", "确认截止时间必须晚于现在"));
        }
        if let Some(s) = scheduled_at
            && d <= s
        {
            return Err(AppError::field(
                "ackDeadline",
                "确认截止时间必须晚于定时发布时间",
            ));
        }
    }
    Ok(())
}

/// What publishing a notice does now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Awaits the reviewer.
    Review,
    /// Waits for its time.
    Schedule,
    /// Goes out now.
    PublishNow,
}

/// Review first when a reviewer other than the author is named, then a future schedule,
/// else now.
pub fn outcome(
    author: uuid::Uuid,
    reviewer: Option<uuid::Uuid>,
    scheduled_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Outcome {
    match (reviewer, scheduled_at) {
        (Some(r), _) if r != author => Outcome::Review,
        (_, Some(s)) if s > now => Outcome::Schedule,
        _ => Outcome::PublishNow,
    }
}

/// Whether a notice in `status` may still be edited as a draft.
pub fn editable(status: NoticeStatus) -> bool {
    status == NoticeStatus::Draft
}

/// What withdrawing a notice in `status` turns it into: a published notice becomes
/// `WITHDRAWN` (recipients keep seeing that it was), one not yet out goes back to `DRAFT`.
pub fn withdrawn_status(status: NoticeStatus) -> AppResult<NoticeStatus> {
    match status {
        NoticeStatus::Published => Ok(NoticeStatus::Withdrawn),
        NoticeStatus::Scheduled | NoticeStatus::PendingReview => Ok(NoticeStatus::Draft),
        NoticeStatus::Withdrawn => Err(AppError::Conflict("该通知已撤回".into())),
        NoticeStatus::Draft => Err(AppError::Conflict("草稿无需撤回".into())),
    }
}

/// When the next manual reminder is allowed, if not now.
pub fn remind_blocked_until(
    last: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let next = last? + Duration::minutes(REMIND_INTERVAL_MINUTES);
    (next > now).then_some(next)
}

/// The board's filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseState {
    /// Not opened yet.
    Unread,
    /// Opened.
    Read,
    /// Not acknowledged yet (read or not).
    Unacknowledged,
    /// Acknowledged.
    Acknowledged,
}

impl ResponseState {
    /// The code the store's board queries filter by (one checked query for every state).
    pub fn code(self) -> &'static str {
        match self {
            ResponseState::Unread => "UNREAD",
            ResponseState::Read => "READ",
            ResponseState::Unacknowledged => "UNACKNOWLEDGED",
            ResponseState::Acknowledged => "ACKNOWLEDGED",
        }
    }

    /// Who still owes a response: the unacknowledged when acknowledgement is asked, else the
    /// unread.
    pub fn pending(ack_required: bool) -> Self {
        if ack_required {
            ResponseState::Unacknowledged
        } else {
            ResponseState::Unread
        }
    }

    /// Chinese label (export file names, sheet titles).
    pub fn label(self) -> &'static str {
        match self {
            ResponseState::Unread => "未读",
            ResponseState::Read => "已读",
            ResponseState::Unacknowledged => "未确认",
            ResponseState::Acknowledged => "已确认",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn scripts_handlers_images_and_javascript_links_are_removed() {
        let out = sanitize(
            r#"<p onclick="x()">会议<b>通知</b></p><script>steal()</script><img src="https://t.example/p.gif"><a href="javascript:alert(1)">x</a><a href="https://gov.cn/a">政策</a><style>p{}</style><iframe src="https://e.example"></iframe>"#,
        );
        assert!(!out.contains("onclick"));
        assert!(!out.contains("script"));
        assert!(!out.contains("<img"));
        assert!(!out.contains("javascript"));
        assert!(!out.contains("iframe"));
        assert!(!out.contains("<style"));
        assert!(out.contains("<b>通知</b>"));
        assert!(out.contains(r#"href="https://gov.cn/a""#));
        assert!(out.contains("noreferrer"));
    }

    #[test]
    fn times_in_the_past_are_refused() {
        let now = Utc::now();
        assert!(check_times(now, Some(now - Duration::minutes(1)), None).is_err());
        assert!(check_times(now, None, Some(now - Duration::minutes(1))).is_err());
        assert!(
            check_times(
                now,
                Some(now + Duration::hours(2)),
                Some(now + Duration::hours(1))
            )
            .is_err()
        );
        assert!(
            check_times(
                now,
                Some(now + Duration::hours(1)),
                Some(now + Duration::hours(2))
            )
            .is_ok()
        );
        assert!(check_times(now, None, None).is_ok());
    }

    #[test]
    fn a_reviewer_comes_before_a_schedule_and_the_author_cannot_review_alone() {
        let (a, r, now) = (Uuid::now_v7(), Uuid::now_v7(), Utc::now());
        let later = Some(now + Duration::hours(1));
        assert_eq!(outcome(a, Some(r), later, now), Outcome::Review);
        assert_eq!(outcome(a, Some(a), later, now), Outcome::Schedule);
        assert_eq!(outcome(a, None, None, now), Outcome::PublishNow);
        assert_eq!(
            outcome(a, None, Some(now - Duration::minutes(1)), now),
            Outcome::PublishNow
        );
    }

    #[test]
    fn withdrawing_keeps_published_notices_visible_and_returns_others_to_drafts() {
        use NoticeStatus::*;
        assert_eq!(withdrawn_status(Published).unwrap(), Withdrawn);
        assert_eq!(withdrawn_status(Scheduled).unwrap(), Draft);
        assert_eq!(withdrawn_status(PendingReview).unwrap(), Draft);
        assert!(withdrawn_status(Withdrawn).is_err());
        assert!(withdrawn_status(Draft).is_err());
    }

    #[test]
    fn manual_reminders_wait_ten_minutes() {
        let now = Utc::now();
        assert_eq!(remind_blocked_until(None, now), None);
        let last = now - Duration::minutes(3);
        assert_eq!(
            remind_blocked_until(Some(last), now),
            Some(last + Duration::minutes(REMIND_INTERVAL_MINUTES))
        );
        assert_eq!(
            remind_blocked_until(Some(now - Duration::minutes(REMIND_INTERVAL_MINUTES)), now),
            None
        );
    }

    #[test]
    fn pending_means_unacknowledged_or_unread() {
        assert_eq!(ResponseState::pending(true), ResponseState::Unacknowledged);
        assert_eq!(ResponseState::pending(false), ResponseState::Unread);
    }
}
