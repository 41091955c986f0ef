//! Pure rules of publishing: who may submit, how a review moves an article, the 涉密 statement,
//! the sensitive-word check and when a scheduled publication may be set.

use super::model::{ArticleAction, ArticleStatus, ReviewDecision, SubmitPolicy};
use crate::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

/// The message refusing confidential content.
pub const CONFIDENTIAL_REFUSED: &str = "涉密内容不得上网发布";
/// How far ahead publishing may be scheduled.
pub const SCHEDULE_MAX_DAYS: i64 = 366;

/// Whether a member may submit to a column with `policy`, given their `publishing` `write`
/// and `review` rights over it.
pub fn may_submit(policy: SubmitPolicy, write: bool, review: bool) -> bool {
    match policy {
        SubmitPolicy::AnyMember => true,
        SubmitPolicy::Correspondent => write || review,
        SubmitPolicy::Officers => review,
    }
}

/// Submitting requires the author to state that the content is not confidential: `true` is
/// refused outright, and so is saying nothing.
pub fn check_confidential(stated: Option<bool>) -> AppResult<()> {
    match stated {
        Some(false) => Ok(()),
        Some(true) => Err(AppError::field("confidential", CONFIDENTIAL_REFUSED)),
        None => Err(AppError::field(
            "confidential",
            "请确认稿件不含涉密内容（涉密内容不得上网发布）",
        )),
    }
}

/// The tenant's sensitive words block submission: the first word found in the title (field
/// `title`) or the body's text (field `body`) is named. Matching ignores ASCII case.
pub fn check_words(title: &str, body_text: &str, words: &[String]) -> AppResult<()> {
    for (field, text) in [("title", title), ("body", body_text)] {
        let lower = text.to_ascii_lowercase();
        if let Some(w) = words
            .iter()
            .find(|w| !w.is_empty() && lower.contains(&w.to_ascii_lowercase()))
        {
            return Err(AppError::field(
                field,
                format!("含有本单位禁止发布的词语「{w}」，请修改后再提交"),
            ));
        }
    }
    Ok(())
}

/// What a review does: from 待审核, approval goes to the second review when the column asks
/// for one (else to 已通过); from 待复审, approval needs a reviewer other than the first; a
/// return (with a note) goes back to the author from either. Anything else is a conflict.
pub fn review(
    status: ArticleStatus,
    second_review: bool,
    decision: ReviewDecision,
    reviewer: Uuid,
    first_reviewer: Option<Uuid>,
) -> AppResult<(ArticleStatus, ArticleAction)> {
    match (status, decision) {
        (ArticleStatus::Submitted | ArticleStatus::SecondReview, ReviewDecision::Return) => {
            Ok((ArticleStatus::Returned, ArticleAction::Return))
        }
        (ArticleStatus::Submitted, ReviewDecision::Approve) if second_review => {
            Ok((ArticleStatus::SecondReview, ArticleAction::Approve))
        }
        (ArticleStatus::Submitted, ReviewDecision::Approve) => {
            Ok((ArticleStatus::Approved, ArticleAction::Approve))
        }
        (ArticleStatus::SecondReview, ReviewDecision::Approve) => {
            if first_reviewer == Some(reviewer) {
                return Err(AppError::Conflict("复审须由另一位审核人完成".into()));
            }
            Ok((ArticleStatus::Approved, ArticleAction::SecondApprove))
        }
        _ => Err(AppError::Conflict("稿件不在待审核状态".into())),
    }
}

/// Where publishing goes: now (`None`) or at a time ahead, within [`SCHEDULE_MAX_DAYS`]. A
/// time already past publishes now.
pub fn schedule(
    publish_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> AppResult<Option<DateTime<Utc>>> {
    match publish_at {
        Some(t) if t > now + Duration::days(SCHEDULE_MAX_DAYS) => {
            Err(AppError::field("publishAt", "定时发布时间最多在一年以内"))
        }
        Some(t) if t > now => Ok(Some(t)),
        _ => Ok(None),
    }
}

/// Whether `status` may be published (approved, or scheduled and published early).
pub fn publishable(status: ArticleStatus) -> bool {
    matches!(status, ArticleStatus::Approved | ArticleStatus::Scheduled)
}

/// Whether `status` may be withdrawn.
pub fn withdrawable(status: ArticleStatus) -> bool {
    matches!(status, ArticleStatus::Published | ArticleStatus::Scheduled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_submit_policy_admits_its_members() {
        assert!(may_submit(SubmitPolicy::AnyMember, false, false));
        assert!(!may_submit(SubmitPolicy::Correspondent, false, false));
        assert!(may_submit(SubmitPolicy::Correspondent, true, false));
        assert!(!may_submit(SubmitPolicy::Officers, true, false));
        assert!(may_submit(SubmitPolicy::Officers, false, true));
    }

    #[test]
    fn confidential_content_is_refused_and_silence_is_not_enough() {
        assert!(check_confidential(Some(false)).is_ok());
        let e = check_confidential(Some(true)).unwrap_err();
        assert!(format!("{e:?}").contains(CONFIDENTIAL_REFUSED));
        assert!(check_confidential(None).is_err());
    }

    #[test]
    fn a_sensitive_word_is_named_with_its_field() {
        let words = vec!["Secret".to_string()];
        let e = check_words("top SECRET plan", "", &words).unwrap_err();
        let s = format!("{e:?}");
        assert!(s.contains("title") && s.contains("Secret"));
        let e = check_words("ok", "the secret", &words).unwrap_err();
        assert!(format!("{e:?}").contains("body"));
        assert!(check_words("ok", "fine", &words).is_ok());
    }

    #[test]
    fn a_second_review_needs_another_reviewer() {
        let a = Uuid::now_v7();
        let b = Uuid::now_v7();
        let (s, _) = review(
            ArticleStatus::Submitted,
            true,
            ReviewDecision::Approve,
            a,
            None,
        )
        .unwrap();
        assert_eq!(s, ArticleStatus::SecondReview);
        assert!(review(s, true, ReviewDecision::Approve, a, Some(a)).is_err());
        let (s, act) = review(s, true, ReviewDecision::Approve, b, Some(a)).unwrap();
        assert_eq!(
            (s, act),
            (ArticleStatus::Approved, ArticleAction::SecondApprove)
        );
    }

    #[test]
    fn without_a_second_review_approval_is_final_and_a_return_goes_back() {
        let a = Uuid::now_v7();
        let (s, _) = review(
            ArticleStatus::Submitted,
            false,
            ReviewDecision::Approve,
            a,
            None,
        )
        .unwrap();
        assert_eq!(s, ArticleStatus::Approved);
        let (s, _) = review(
            ArticleStatus::Submitted,
            false,
            ReviewDecision::Return,
            a,
            None,
        )
        .unwrap();
        assert_eq!(s, ArticleStatus::Returned);
        assert!(
            review(
                ArticleStatus::Draft,
                false,
                ReviewDecision::Approve,
                a,
                None
            )
            .is_err()
        );
    }

    #[test]
    fn scheduling_accepts_up_to_a_year_ahead_and_publishes_past_times_now() {
        let now = Utc::now();
        assert_eq!(schedule(None, now).unwrap(), None);
        assert_eq!(
            schedule(Some(now - Duration::minutes(1)), now).unwrap(),
            None
        );
        let t = now + Duration::days(SCHEDULE_MAX_DAYS);
        assert_eq!(schedule(Some(t), now).unwrap(), Some(t));
        assert!(schedule(Some(t + Duration::seconds(1)), now).is_err());
    }
}
