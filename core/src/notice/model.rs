//! Notice inputs parsed at the edge: categories, audiences, the compose form and replies.

use crate::{AppError, AppResult, tenancy::model::Name};
use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Where a notice stands.
    pub enum NoticeStatus {
        /// 草稿: saved, not sent.
        Draft = "DRAFT",
        /// 待审核: waits for its reviewer.
        PendingReview = "PENDING_REVIEW",
        /// 定时待发: goes out at its scheduled time.
        Scheduled = "SCHEDULED",
        /// 已发布.
        Published = "PUBLISHED",
        /// 已撤回: recipients see that it was withdrawn.
        Withdrawn = "WITHDRAWN",
    }
}

crate::text_enum! {
    /// What kind of notice it is.
    pub enum NoticeCategory {
        /// 通知.
        Notice = "NOTICE",
        /// 公告.
        Announcement = "ANNOUNCEMENT",
        /// 工作提示.
        WorkTip = "WORK_TIP",
        /// 紧急: always urgent.
        Urgent = "URGENT",
    }
}

crate::text_enum! {
    /// How urgent a notice is: urgent notices reach members who turned notices off and are
    /// emailed to every recipient with an address.
    pub enum NoticeImportance {
        /// 普通.
        Normal = "NORMAL",
        /// 紧急.
        Urgent = "URGENT",
    }
}

/// Longest title.
pub const TITLE_MAX: usize = 120;
/// Longest body (HTML, before sanitising).
pub const BODY_MAX: usize = 50_000;
/// Longest acknowledgement reply.
pub const REPLY_MAX: usize = 200;
/// Longest withdrawal reason or review note.
pub const NOTE_MAX: usize = 500;
/// Most attachments on one notice.
pub const ATTACHMENTS_MAX: usize = 10;
pub use crate::audience::{Audience, AudienceOrg, LINES, MEMBERS_MAX, ORGS_MAX};

/// The compose form, as the client sends it.
#[derive(Debug, Clone)]
pub struct NoticeInput {
    /// Continue this draft.
    pub draft_id: Option<Uuid>,
    /// The issuing org.
    pub issuer_org_id: Uuid,
    /// Title.
    pub title: String,
    /// HTML body.
    pub body: String,
    /// Category.
    pub category: NoticeCategory,
    /// Urgent.
    pub urgent: bool,
    /// Acknowledgement required.
    pub ack_required: bool,
    /// Acknowledge by.
    pub ack_deadline: Option<DateTime<Utc>>,
    /// Audience.
    pub audience: Audience,
    /// Uploaded files to attach.
    pub attachment_ids: Vec<Uuid>,
    /// Publish later.
    pub scheduled_at: Option<DateTime<Utc>>,
    /// A second officer who approves first.
    pub reviewer_id: Option<Uuid>,
}

/// The compose form after its checks, with the body sanitised.
#[derive(Debug, Clone)]
pub struct Draft {
    /// Continue this draft.
    pub draft_id: Option<Uuid>,
    /// The issuing org.
    pub issuer_org_id: Uuid,
    /// Title.
    pub title: Name,
    /// Sanitised HTML.
    pub body_html: String,
    /// Category.
    pub category: NoticeCategory,
    /// Importance (the urgent category is always urgent).
    pub importance: NoticeImportance,
    /// Acknowledgement required.
    pub ack_required: bool,
    /// Acknowledge by.
    pub ack_deadline: Option<DateTime<Utc>>,
    /// Audience (checked when publishing; a draft may keep an unfinished one).
    pub audience: Audience,
    /// Files to attach.
    pub attachment_ids: Vec<Uuid>,
    /// Publish later.
    pub scheduled_at: Option<DateTime<Utc>>,
    /// Reviewer.
    pub reviewer_id: Option<Uuid>,
}

impl Draft {
    /// Parses the form. `publishing` adds the checks that only matter when it goes out: an
    /// audience, a deadline in the future, a schedule in the future.
    pub fn parse(input: NoticeInput, publishing: bool, now: DateTime<Utc>) -> AppResult<Self> {
        let title = Name::parse("title", &input.title, TITLE_MAX)?;
        if input.body.chars().count() > BODY_MAX {
            return Err(AppError::field(
                "body",
                format!("正文不能超过 {BODY_MAX} 个字符"),
            ));
        }
        let category = input.category;
        if input.attachment_ids.len() > ATTACHMENTS_MAX {
            return Err(AppError::field(
                "attachmentIds",
                format!("附件最多 {ATTACHMENTS_MAX} 个"),
            ));
        }
        if input.ack_required && input.ack_deadline.is_none() {
            return Err(AppError::field(
                "ackDeadline",
                "需要确认的通知请设置确认截止时间",
            ));
        }
        let audience = if publishing {
            input.audience.parse()?
        } else {
            input.audience
        };
        if publishing {
            super::rules::check_times(now, input.scheduled_at, input.ack_deadline)?;
        }
        let mut attachment_ids = input.attachment_ids;
        attachment_ids.dedup();
        Ok(Self {
            draft_id: input.draft_id,
            issuer_org_id: input.issuer_org_id,
            title,
            body_html: super::rules::sanitize(&input.body),
            category,
            importance: if input.urgent || category == NoticeCategory::Urgent {
                NoticeImportance::Urgent
            } else {
                NoticeImportance::Normal
            },
            ack_required: input.ack_required,
            ack_deadline: input.ack_deadline.filter(|_| input.ack_required),
            audience,
            attachment_ids,
            scheduled_at: input.scheduled_at,
            reviewer_id: input.reviewer_id,
        })
    }
}

/// An acknowledgement's optional reply, trimmed; at most [`REPLY_MAX`] characters.
pub fn parse_reply(raw: Option<&str>) -> AppResult<Option<String>> {
    let Some(r) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    if r.chars().count() > REPLY_MAX {
        return Err(AppError::field(
            "reply",
            format!("回复不能超过 {REPLY_MAX} 个字"),
        ));
    }
    Ok(Some(r.to_string()))
}

/// A withdrawal reason or review note, trimmed; required when `required`.
pub fn parse_note(field: &str, raw: Option<&str>, required: bool) -> AppResult<Option<String>> {
    match raw.map(str::trim).filter(|r| !r.is_empty()) {
        None if required => Err(AppError::field(field, "请填写原因")),
        None => Ok(None),
        Some(r) if r.chars().count() > NOTE_MAX => {
            Err(AppError::field(field, format!("不能超过 {NOTE_MAX} 个字")))
        }
        Some(r) => Ok(Some(r.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> NoticeInput {
        NoticeInput {
            draft_id: None,
            issuer_org_id: Uuid::now_v7(),
            title: "关于开展主题党日活动的通知".into(),
            body: "<p>请各支部<strong>按时</strong>参加</p><script>alert(1)</script>".into(),
            category: NoticeCategory::Notice,
            urgent: false,
            ack_required: false,
            ack_deadline: None,
            audience: Audience {
                lines: vec!["PARTY".into()],
                ..Audience::default()
            },
            attachment_ids: vec![],
            scheduled_at: None,
            reviewer_id: None,
        }
    }

    #[test]
    fn an_empty_audience_is_refused_when_publishing_but_kept_in_a_draft() {
        let mut i = input();
        i.audience = Audience::default();
        let err = Draft::parse(i.clone(), true, Utc::now()).unwrap_err();
        assert!(err.to_string().contains("接收范围") || format!("{err:?}").contains("audience"));
        assert!(Draft::parse(i, false, Utc::now()).is_ok());
    }

    #[test]
    fn the_body_is_sanitised_and_the_urgent_category_makes_it_urgent() {
        let mut i = input();
        i.category = NoticeCategory::Urgent;
        let d = Draft::parse(i, true, Utc::now()).unwrap();
        assert!(!d.body_html.contains("script"));
        assert!(d.body_html.contains("<strong>按时</strong>"));
        assert_eq!(d.importance, NoticeImportance::Urgent);
    }

    #[test]
    fn acknowledgement_needs_a_deadline() {
        let mut i = input();
        i.ack_required = true;
        assert!(Draft::parse(i, false, Utc::now()).is_err());
    }

    #[test]
    fn unknown_lines_and_statuses_are_refused_and_duplicates_collapse() {
        let a = Audience {
            lines: vec!["ADMIN".into()],
            ..Audience::default()
        };
        assert!(a.parse().is_err());
        let a = Audience {
            political_statuses: vec!["PIRATE".into()],
            ..Audience::default()
        };
        assert!(a.parse().is_err());
        let m = Uuid::now_v7();
        let a = Audience {
            member_ids: vec![m, m],
            lines: vec!["UNION".into(), "UNION".into()],
            ..Audience::default()
        }
        .parse()
        .unwrap();
        assert_eq!(a.member_ids, vec![m]);
        assert_eq!(a.lines, vec!["UNION".to_string()]);
    }

    #[test]
    fn a_reply_is_trimmed_and_bounded() {
        assert_eq!(
            parse_reply(Some("  收到 ")).unwrap().as_deref(),
            Some("收到")
        );
        assert_eq!(parse_reply(Some("   ")).unwrap(), None);
        assert!(parse_reply(Some(&"好".repeat(REPLY_MAX + 1))).is_err());
        assert!(parse_reply(Some(&"好".repeat(REPLY_MAX))).is_ok());
    }

    #[test]
    fn the_audience_survives_its_stored_json() {
        let a = Audience {
            orgs: vec![AudienceOrg {
                org_id: Uuid::now_v7(),
                include_subtree: true,
            }],
            roles: vec!["officer".into()],
            ..Audience::default()
        };
        let v = serde_json::to_value(&a).unwrap();
        assert_eq!(v["orgs"][0]["includeSubtree"], true);
        let back: Audience = serde_json::from_value(v).unwrap();
        assert_eq!(back, a);
        let partial: Audience =
            serde_json::from_value(serde_json::json!({"lines": ["PARTY"]})).unwrap();
        assert_eq!(partial.lines, vec!["PARTY".to_string()]);
    }
}
