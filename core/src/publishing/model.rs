//! The statuses, inputs and checked forms of publishing.

use crate::tenancy::model::Name;
use crate::{AppError, AppResult};
use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Who may submit articles to a column.
    pub enum SubmitPolicy {
        /// Any member of the unit.
        AnyMember = "ANY_MEMBER",
        /// 信息员: holders of `publishing` `write` at the column's org.
        Correspondent = "CORRESPONDENT",
        /// Officers: holders of `publishing` `review` at the column's org.
        Officers = "OFFICERS",
    }
}

crate::text_enum! {
    /// Where an article stands.
    pub enum ArticleStatus {
        /// 草稿: the author writes.
        Draft = "DRAFT",
        /// 待审核: waiting for the first review.
        Submitted = "SUBMITTED",
        /// 待复审: approved once, waiting for the second review.
        SecondReview = "SECOND_REVIEW",
        /// 已退回: back to the author with a note.
        Returned = "RETURNED",
        /// 已通过: approved, waiting to be published.
        Approved = "APPROVED",
        /// 定时发布: published by the worker at `publish_at`.
        Scheduled = "SCHEDULED",
        /// 已发布.
        Published = "PUBLISHED",
        /// 已撤回, with a reason.
        Withdrawn = "WITHDRAWN",
    }
}

impl ArticleStatus {
    /// Whether the author may still edit and submit it.
    pub fn editable(self) -> bool {
        matches!(self, Self::Draft | Self::Returned)
    }

    /// Whether it waits for a reviewer.
    pub fn in_review(self) -> bool {
        matches!(self, Self::Submitted | Self::SecondReview)
    }
}

crate::text_enum! {
    /// A recorded change of an article.
    pub enum ArticleAction {
        /// Written as a draft.
        Create = "CREATE",
        /// Submitted for review.
        Submit = "SUBMIT",
        /// Approved by the first reviewer.
        Approve = "APPROVE",
        /// Approved by the second reviewer.
        SecondApprove = "SECOND_APPROVE",
        /// Returned to the author.
        Return = "RETURN",
        /// Scheduled for publishing.
        Schedule = "SCHEDULE",
        /// Published.
        Publish = "PUBLISH",
        /// Withdrawn.
        Withdraw = "WITHDRAW",
    }
}

/// A reviewer's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewDecision {
    /// Approve (to the second review when the column asks for one).
    Approve,
    /// Return to the author with a note.
    Return,
}

/// Lines an article may be narrowed to.
pub const LINES: [&str; 3] = ["PARTY", "UNION", "YOUTH"];
/// Most tags on one article.
pub const TAGS_MAX: usize = 10;
/// Longest tag.
pub const TAG_MAX: usize = 20;
/// Longest title.
pub const TITLE_MAX: usize = 100;
/// Longest body as written (before cleaning).
pub const BODY_MAX: usize = 100_000;
/// Most attachments on one article.
pub const ATTACHMENTS_MAX: usize = 10;
/// Longest note, reason or comment.
pub const NOTE_MAX: usize = 500;
/// Longest comment or reply.
pub const COMMENT_MAX: usize = 1000;
/// Longest column name.
pub const COLUMN_NAME_MAX: usize = 30;
/// Longest column description.
pub const COLUMN_DESCRIPTION_MAX: usize = 200;

/// The form of a column.
#[derive(Debug, Clone)]
pub struct ColumnInput {
    /// The owning org; none: the whole unit.
    pub org_id: Option<Uuid>,
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Who may submit.
    pub submit_policy: SubmitPolicy,
    /// Whether a second review follows the first.
    pub second_review: bool,
    /// Whether chosen articles appear on the public page.
    pub is_public: bool,
}

/// A checked column form.
#[derive(Debug, Clone)]
pub struct NewColumn {
    /// The owning org.
    pub org_id: Option<Uuid>,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Who may submit.
    pub submit_policy: SubmitPolicy,
    /// Second review.
    pub second_review: bool,
    /// Public.
    pub is_public: bool,
}

impl NewColumn {
    /// Checks the form.
    pub fn parse(input: ColumnInput) -> AppResult<Self> {
        let name = Name::parse("name", &input.name, COLUMN_NAME_MAX)?;
        let description = text(
            "description",
            input.description.as_deref(),
            COLUMN_DESCRIPTION_MAX,
        )?;
        Ok(Self {
            org_id: input.org_id,
            name: name.as_str().to_string(),
            description,
            submit_policy: input.submit_policy,
            second_review: input.second_review,
            is_public: input.is_public,
        })
    }
}

/// The form of an article (create, or update when editing a draft).
#[derive(Debug, Clone, Default)]
pub struct ArticleInput {
    /// Title.
    pub title: String,
    /// Rich-text body (cleaned on the way in).
    pub body: String,
    /// Cover image (an uploaded file).
    pub cover_file_id: Option<Uuid>,
    /// Attachments (uploaded files).
    pub attachment_ids: Vec<Uuid>,
    /// The contributing 信息员 (default: the author).
    pub contributor_id: Option<Uuid>,
    /// Tags.
    pub tags: Vec<String>,
    /// Only members placed in this org's sub-tree.
    pub visibility_org_id: Option<Uuid>,
    /// Only members of this line.
    pub visibility_line: Option<String>,
    /// Shown on the public page once published (public columns only).
    pub is_public: bool,
}

/// A checked article form.
#[derive(Debug, Clone)]
pub struct NewArticle {
    /// Title.
    pub title: String,
    /// Cleaned body.
    pub body_html: String,
    /// Its text.
    pub body_text: String,
    /// Cover.
    pub cover_file_id: Option<Uuid>,
    /// Attachments, in order, distinct.
    pub attachment_ids: Vec<Uuid>,
    /// Contributor.
    pub contributor_id: Option<Uuid>,
    /// Tags, distinct.
    pub tags: Vec<String>,
    /// Sub-tree.
    pub visibility_org_id: Option<Uuid>,
    /// Line.
    pub visibility_line: Option<String>,
    /// Public.
    pub is_public: bool,
}

/// Optional free text: trimmed, at most `max` characters, no control characters but line
/// breaks and tabs.
pub fn text(field: &str, raw: Option<&str>, max: usize) -> AppResult<String> {
    let s = raw.unwrap_or("").trim();
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    if s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    Ok(s.to_string())
}

/// Required free text: as [`text`], and not empty.
pub fn required(field: &str, raw: &str, max: usize, empty: &str) -> AppResult<String> {
    let s = text(field, Some(raw), max)?;
    if s.is_empty() {
        return Err(AppError::field(field, empty));
    }
    Ok(s)
}

impl NewArticle {
    /// Checks the form and cleans the body.
    pub fn parse(input: ArticleInput) -> AppResult<Self> {
        let title = Name::parse("title", &input.title, TITLE_MAX)?;
        if input.body.chars().count() > BODY_MAX {
            return Err(AppError::field(
                "body",
                format!("正文不能超过 {BODY_MAX} 个字符"),
            ));
        }
        if input
            .body
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            return Err(AppError::field("body", "不能包含控制字符"));
        }
        let body_html = crate::richtext::sanitize(&input.body);
        let body_text = crate::richtext::plain_text(&body_html);
        if input.attachment_ids.len() > ATTACHMENTS_MAX {
            return Err(AppError::field(
                "attachmentIds",
                format!("附件最多 {ATTACHMENTS_MAX} 个"),
            ));
        }
        let mut attachment_ids = vec![];
        for a in input.attachment_ids {
            if !attachment_ids.contains(&a) {
                attachment_ids.push(a);
            }
        }
        if input.tags.len() > TAGS_MAX {
            return Err(AppError::field("tags", format!("标签最多 {TAGS_MAX} 个")));
        }
        let mut tags: Vec<String> = vec![];
        for t in &input.tags {
            let t = Name::parse("tags", t, TAG_MAX)?.as_str().to_string();
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        let visibility_line = match input.visibility_line.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(l) if LINES.contains(&l) => Some(l.to_string()),
            Some(_) => {
                return Err(AppError::field("visibilityLine", "条线只能是党、工会或团"));
            }
        };
        Ok(Self {
            title: title.as_str().to_string(),
            body_html,
            body_text,
            cover_file_id: input.cover_file_id,
            attachment_ids,
            contributor_id: input.contributor_id,
            tags,
            visibility_org_id: input.visibility_org_id,
            visibility_line,
            is_public: input.is_public,
        })
    }
}

/// A period of the contributor statistics: `from` inclusive, `to` exclusive.
#[derive(Debug, Clone, Copy)]
pub struct Period {
    /// Start.
    pub from: DateTime<Utc>,
    /// End.
    pub to: DateTime<Utc>,
}

impl Period {
    /// Checks that the period runs forward and spans at most five years.
    pub fn parse(from: DateTime<Utc>, to: DateTime<Utc>) -> AppResult<Self> {
        if to <= from {
            return Err(AppError::field("to", "结束时间必须晚于开始时间"));
        }
        if to - from > chrono::Duration::days(366 * 5) {
            return Err(AppError::field("to", "统计区间最长 5 年"));
        }
        Ok(Self { from, to })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ArticleInput {
        ArticleInput {
            title: "  支部开展主题党日  ".into(),
            body: "<p onclick=\"x()\">正文<script>1</script></p>".into(),
            tags: vec!["党建".into(), "党建".into()],
            ..ArticleInput::default()
        }
    }

    #[test]
    fn an_article_form_is_trimmed_cleaned_and_deduplicated() {
        let a = NewArticle::parse(input()).unwrap();
        assert_eq!(a.title, "支部开展主题党日");
        assert_eq!(a.body_html, "<p>正文</p>");
        assert_eq!(a.body_text, "正文");
        assert_eq!(a.tags, vec!["党建".to_string()]);
    }

    #[test]
    fn a_nul_in_the_body_or_an_unknown_line_is_refused_with_the_field() {
        let mut i = input();
        i.body = "a\0b".into();
        let e = NewArticle::parse(i).unwrap_err();
        assert!(format!("{e:?}").contains("body"));
        let mut i = input();
        i.visibility_line = Some("ADMIN".into());
        let e = NewArticle::parse(i).unwrap_err();
        assert!(format!("{e:?}").contains("visibilityLine"));
    }

    #[test]
    fn a_title_of_a_hundred_characters_passes_and_one_more_does_not() {
        let mut i = input();
        i.title = "字".repeat(100);
        assert!(NewArticle::parse(i.clone()).is_ok());
        i.title = "字".repeat(101);
        assert!(NewArticle::parse(i).is_err());
    }

    #[test]
    fn a_period_must_run_forward() {
        let now = Utc::now();
        assert!(Period::parse(now, now).is_err());
        assert!(Period::parse(now, now + chrono::Duration::days(1)).is_ok());
    }
}
