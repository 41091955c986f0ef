//! Publishing (宣传) over GraphQL: columns; writing, submitting (with the 涉密 statement),
//! reviewing, publishing (now or scheduled) and withdrawing articles; reading with view
//! counts, likes and comments (the author's reply, hiding, reports); contributor statistics.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    types::{OrgLine, PageInfo},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    page::PageArgs,
    publishing::{self, ArticleView, ColumnView, CommentRow},
};

/// Who may submit articles to a column.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publishing::SubmitPolicy")]
pub enum SubmitPolicy {
    /// Any member of the unit.
    AnyMember,
    /// 信息员: holders of `publishing` write over the column.
    Correspondent,
    /// Officers: holders of `publishing` review over the column.
    Officers,
}

/// Where an article stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publishing::ArticleStatus")]
pub enum ArticleStatus {
    /// 草稿.
    Draft,
    /// 待审核.
    Submitted,
    /// 待复审.
    SecondReview,
    /// 已退回 (with a note).
    Returned,
    /// 已通过, waiting to be published.
    Approved,
    /// 定时发布.
    Scheduled,
    /// 已发布.
    Published,
    /// 已撤回 (with a reason).
    Withdrawn,
}

/// A recorded change of an article.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publishing::ArticleAction")]
pub enum ArticleAction {
    /// Written as a draft.
    Create,
    /// Submitted.
    Submit,
    /// Approved (first review).
    Approve,
    /// Approved (second review).
    SecondApprove,
    /// Returned.
    Return,
    /// Scheduled.
    Schedule,
    /// Published.
    Publish,
    /// Withdrawn.
    Withdraw,
}

/// A reviewer's decision.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ReviewDecision {
    /// Approve (to the second review when the column asks for one).
    Approve,
    /// Return to the author with a note.
    Return,
}

/// A column (栏目).
pub struct Column(pub ColumnView);

#[Object]
impl Column {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::Column, self.0.column.id)
    }
    /// Name.
    async fn name(&self) -> &str {
        &self.0.column.name
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.0.column.description
    }
    /// The owning org (null: the whole unit).
    async fn organization_id(&self) -> Option<ID> {
        self.0
            .column
            .org_id
            .map(|o| encode(NodeType::Organization, o))
    }
    /// The owning org's name (null: the whole unit).
    async fn organization_name(&self) -> Option<&str> {
        self.0.column.org_name.as_deref()
    }
    /// Who may submit.
    async fn submit_policy(&self) -> SubmitPolicy {
        self.0.column.submit_policy.into()
    }
    /// Whether a second review follows the first.
    async fn second_review(&self) -> bool {
        self.0.column.second_review
    }
    /// Whether chosen published articles appear on the tenant's public page.
    async fn is_public(&self) -> bool {
        self.0.column.is_public
    }
    /// Whether the viewer may submit articles here.
    async fn viewer_can_submit(&self) -> bool {
        self.0.access.submit
    }
    /// Whether the viewer reviews (and manages) this column.
    async fn viewer_can_review(&self) -> bool {
        self.0.access.review
    }
    /// When it was archived (null: in use).
    async fn archived_at(&self) -> Option<DateTime<Utc>> {
        self.0.column.archived_at
    }
}

/// A file of an article, with a download link valid for five minutes.
#[derive(SimpleObject)]
pub struct ArticleFile {
    /// The file.
    pub id: ID,
    /// Its name.
    pub file_name: String,
    /// Content type.
    pub content_type: String,
    /// Size in bytes.
    pub byte_size: i64,
    /// Whether it is the cover image.
    pub cover: bool,
    /// Download link.
    pub url: String,
}

/// One recorded change of an article.
#[derive(SimpleObject)]
pub struct ArticleEvent {
    /// What happened.
    pub action: ArticleAction,
    /// From.
    pub from_status: Option<String>,
    /// To.
    pub to_status: String,
    /// Who (null: the scheduler).
    pub actor_name: Option<String>,
    /// Note or reason.
    pub note: String,
    /// When.
    pub at: DateTime<Utc>,
}

/// A comment (跟帖/心得).
pub struct ArticleComment(pub CommentRow);

#[Object]
impl ArticleComment {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::ArticleComment, self.0.id)
    }
    /// The article.
    async fn article_id(&self) -> ID {
        encode(NodeType::Article, self.0.article_id)
    }
    /// Who wrote it.
    async fn author_name(&self) -> &str {
        &self.0.author_name
    }
    /// Whether the viewer wrote it.
    async fn mine(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        Ok(tenant(ctx)?.member_id() == Some(self.0.author_id))
    }
    /// Text.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// Hidden by an officer or moderation (shown to reviewers only).
    async fn hidden(&self) -> bool {
        self.0.hidden
    }
    /// The article author's reply.
    async fn reply(&self) -> Option<&str> {
        self.0.reply.as_deref()
    }
    /// Replied at.
    async fn replied_at(&self) -> Option<DateTime<Utc>> {
        self.0.replied_at
    }
    /// Written at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

super::types::connection!(
    ArticleCommentConnection,
    ArticleCommentEdge,
    ArticleComment,
    "A page of comments, oldest first."
);

/// An article (稿件).
pub struct Article(pub ArticleView);

#[Object]
impl Article {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::Article, self.0.article.id)
    }
    /// The column.
    async fn column_id(&self) -> ID {
        encode(NodeType::Column, self.0.article.column_id)
    }
    /// The column's name.
    async fn column_name(&self) -> &str {
        &self.0.article.column_name
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.article.title
    }
    /// The body as cleaned HTML (the notices' sanitiser: no scripts, styles or remote images).
    async fn body_html(&self) -> &str {
        &self.0.article.body_html
    }
    /// The author's name.
    async fn author_name(&self) -> &str {
        &self.0.article.author_name
    }
    /// The contributing 信息员's id.
    async fn contributor_id(&self) -> ID {
        encode(NodeType::Member, self.0.article.contributor_id)
    }
    /// The contributing 信息员's name.
    async fn contributor_name(&self) -> &str {
        &self.0.article.contributor_name
    }
    /// Tags.
    async fn tags(&self) -> &[String] {
        &self.0.article.tags
    }
    /// Visible only to members placed in this org's sub-tree (null: the whole unit).
    async fn visibility_organization_id(&self) -> Option<ID> {
        self.0
            .article
            .visibility_org_id
            .map(|o| encode(NodeType::Organization, o))
    }
    /// That org's name.
    async fn visibility_organization_name(&self) -> Option<&str> {
        self.0.article.visibility_org_name.as_deref()
    }
    /// Visible only to members of this line.
    async fn visibility_line(&self) -> Option<OrgLine> {
        match self.0.article.visibility_line.as_deref() {
            Some("PARTY") => Some(OrgLine::Party),
            Some("UNION") => Some(OrgLine::Union),
            Some("YOUTH") => Some(OrgLine::Youth),
            _ => None,
        }
    }
    /// Shown on the tenant's public page once published.
    async fn is_public(&self) -> bool {
        self.0.article.is_public
    }
    /// Where it stands.
    async fn status(&self) -> ArticleStatus {
        self.0.article.status.into()
    }
    /// The last return's note.
    async fn return_note(&self) -> Option<&str> {
        self.0.article.return_note.as_deref()
    }
    /// Why it was withdrawn.
    async fn withdraw_reason(&self) -> Option<&str> {
        self.0.article.withdraw_reason.as_deref()
    }
    /// Submitted at (last).
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.0.article.submitted_at
    }
    /// Scheduled for.
    async fn publish_at(&self) -> Option<DateTime<Utc>> {
        self.0.article.publish_at
    }
    /// Published at.
    async fn published_at(&self) -> Option<DateTime<Utc>> {
        self.0.article.published_at
    }
    /// Whether comments are open.
    async fn comments_open(&self) -> bool {
        self.0.article.comments_open
    }
    /// Members who read it (each once).
    async fn view_count(&self) -> i64 {
        self.0.article.view_count
    }
    /// Likes.
    async fn like_count(&self) -> i64 {
        self.0.article.like_count
    }
    /// Comments shown.
    async fn comment_count(&self) -> i64 {
        self.0.article.comment_count
    }
    /// Whether the viewer liked it.
    async fn viewer_liked(&self) -> bool {
        self.0.article.liked
    }
    /// Whether the viewer wrote it or is credited with it (edits drafts, replies to comments).
    async fn viewer_is_author(&self) -> bool {
        self.0.access.author
    }
    /// Whether the viewer may edit and submit it now.
    async fn viewer_can_edit(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        Ok(tenant(ctx)?.member_id() == Some(self.0.article.author_id)
            && self.0.article.status.editable())
    }
    /// Whether the viewer reviews it (approve, return, publish, withdraw, hide comments).
    async fn viewer_can_review(&self) -> bool {
        self.0.access.review
    }
    /// The cover and attachments, with download links.
    async fn files(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ArticleFile>> {
        let c = tenant(ctx)?;
        let rows = publishing::article_attachments(&c, app(ctx), self.0.article.id)
            .await
            .gql()?;
        Ok(rows
            .into_iter()
            .map(|f| ArticleFile {
                id: encode(NodeType::File, f.file_id),
                file_name: f.file_name,
                content_type: f.content_type,
                byte_size: f.byte_size,
                cover: f.cover,
                url: f.url,
            })
            .collect())
    }
    /// Every state change, in order (its writers and reviewers; null for others).
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Vec<ArticleEvent>>> {
        if !(self.0.access.author || self.0.access.review) {
            return Ok(None);
        }
        let c = tenant(ctx)?;
        let rows = publishing::history(&c, app(ctx), self.0.article.id)
            .await
            .gql()?;
        Ok(Some(
            rows.into_iter()
                .map(|e| ArticleEvent {
                    action: e.action.into(),
                    from_status: e.from_status,
                    to_status: e.to_status,
                    actor_name: e.actor_name,
                    note: e.note,
                    at: e.at,
                })
                .collect(),
        ))
    }
    /// Comments, oldest first (hidden ones only for reviewers).
    async fn comments(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 20)] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<ArticleCommentConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = publishing::comments(&c, app(ctx), self.0.article.id, &args)
            .await
            .gql()?;
        Ok(ArticleCommentConnection::from_page(
            page,
            publishing::comment_cursor,
            ArticleComment,
        ))
    }
    /// Created at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.article.created_at
    }
    /// Last changed at.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.article.updated_at
    }
}

super::types::connection!(
    ArticleConnection,
    ArticleEdge,
    Article,
    "A page of published articles, newest first."
);

/// One contributor's line of the statistics.
#[derive(SimpleObject)]
pub struct ContributorStatLine {
    /// The contributor.
    pub member_id: ID,
    /// Their name.
    pub member_name: String,
    /// Their org's name.
    pub organization_name: Option<String>,
    /// Submissions in the period.
    pub submitted: i64,
    /// Adoptions (publications) in the period.
    pub adopted: i64,
    /// Returns in the period.
    pub returned: i64,
    /// Views of their articles adopted in the period.
    pub views: i64,
    /// Likes of those articles.
    pub likes: i64,
}

/// One org's line of the statistics.
#[derive(SimpleObject)]
pub struct OrganizationStatLine {
    /// The org (null: members without one).
    pub organization_id: Option<ID>,
    /// Its name.
    pub organization_name: String,
    /// Submissions.
    pub submitted: i64,
    /// Adoptions.
    pub adopted: i64,
    /// Returns.
    pub returned: i64,
    /// Views.
    pub views: i64,
    /// Likes.
    pub likes: i64,
}

/// 信息员采用情况 over a period.
#[derive(SimpleObject)]
pub struct ContributorStatistics {
    /// From (inclusive).
    pub from: DateTime<Utc>,
    /// To (exclusive).
    pub to: DateTime<Utc>,
    /// Per contributor, most adopted first.
    pub contributors: Vec<ContributorStatLine>,
    /// Per org.
    pub organizations: Vec<OrganizationStatLine>,
    /// The .xlsx export (same period and org).
    pub export_url: String,
}

/// The form of `createColumn`.
#[derive(InputObject)]
pub struct CreateColumnInput {
    /// The owning org (omit for the whole unit); needs `publishing` review there.
    pub organization_id: Option<ID>,
    /// Name, 1–30 characters.
    pub name: String,
    /// Description, at most 200 characters.
    pub description: Option<String>,
    /// Who may submit (default: 信息员).
    #[graphql(default_with = "SubmitPolicy::Correspondent")]
    pub submit_policy: SubmitPolicy,
    /// Whether a second review follows the first (default false).
    #[graphql(default)]
    pub second_review: bool,
    /// Whether chosen articles appear on the public page (default false).
    #[graphql(default)]
    pub is_public: bool,
}

/// The form of `updateColumn`.
#[derive(InputObject)]
pub struct UpdateColumnInput {
    /// The column.
    pub column_id: ID,
    /// Name, 1–30 characters.
    pub name: String,
    /// Description, at most 200 characters.
    pub description: Option<String>,
    /// Who may submit.
    pub submit_policy: SubmitPolicy,
    /// Whether a second review follows the first.
    pub second_review: bool,
    /// Whether chosen articles appear on the public page.
    pub is_public: bool,
}

/// The form of `archiveColumn` and `restoreColumn`.
#[derive(InputObject)]
pub struct ColumnRefInput {
    /// The column.
    pub column_id: ID,
}

/// An article's content (create, or update while a draft or returned).
#[derive(InputObject)]
pub struct ArticleContentInput {
    /// Title, 1–100 characters.
    pub title: String,
    /// Rich text (HTML), at most 100,000 characters; cleaned as notices are.
    pub body: String,
    /// A cover image (an uploaded file of the author's).
    pub cover_file_id: Option<ID>,
    /// Attachments (uploaded files of the author's), at most 10.
    #[graphql(default)]
    pub attachment_ids: Vec<ID>,
    /// The contributing 信息员 (default: the author).
    pub contributor_id: Option<ID>,
    /// Tags, at most 10 of 1–20 characters.
    #[graphql(default)]
    pub tags: Vec<String>,
    /// Only members placed in this org's sub-tree may read it.
    pub visibility_organization_id: Option<ID>,
    /// Only members of this line may read it.
    pub visibility_line: Option<OrgLine>,
    /// Show it on the public page once published (public columns only).
    #[graphql(default)]
    pub is_public: bool,
}

/// The form of `createArticle`.
#[derive(InputObject)]
pub struct CreateArticleInput {
    /// The column (the viewer must be allowed to submit there).
    pub column_id: ID,
    /// The content.
    pub content: ArticleContentInput,
}

/// The form of `updateArticle`.
#[derive(InputObject)]
pub struct UpdateArticleInput {
    /// The article (a draft or returned one of the viewer's).
    pub article_id: ID,
    /// The content.
    pub content: ArticleContentInput,
}

/// The form of `submitArticle`.
#[derive(InputObject)]
pub struct SubmitArticleInput {
    /// The article.
    pub article_id: ID,
    /// Whether it contains confidential (涉密) content: must be stated, and `true` is refused
    /// (涉密内容不得上网发布).
    pub confidential: Option<bool>,
}

/// The form of `reviewArticle`.
#[derive(InputObject)]
pub struct ReviewArticleInput {
    /// The article.
    pub article_id: ID,
    /// Approve or return.
    pub decision: ReviewDecision,
    /// A note, at most 500 characters (required when returning).
    pub note: Option<String>,
}

/// The form of `publishArticle`.
#[derive(InputObject)]
pub struct PublishArticleInput {
    /// The article (approved, or scheduled).
    pub article_id: ID,
    /// Publish at this time (within a year); omit or a past time: now.
    pub publish_at: Option<DateTime<Utc>>,
    /// Show it on the public page (public columns only); omit to keep the author's choice.
    pub is_public: Option<bool>,
}

/// The form of `withdrawArticle`.
#[derive(InputObject)]
pub struct WithdrawArticleInput {
    /// The article.
    pub article_id: ID,
    /// Why, 1–500 characters.
    pub reason: String,
}

/// The form of `likeArticle` and `unlikeArticle`.
#[derive(InputObject)]
pub struct ArticleIdInput {
    /// The article.
    pub article_id: ID,
}

/// The form of `commentOnArticle`.
#[derive(InputObject)]
pub struct CommentOnArticleInput {
    /// The article (published, comments open).
    pub article_id: ID,
    /// Text, 1–1,000 characters.
    pub body: String,
}

/// The form of `replyToComment`.
#[derive(InputObject)]
pub struct ReplyToCommentInput {
    /// The comment.
    pub comment_id: ID,
    /// The reply, 1–1,000 characters.
    pub body: String,
}

/// The form of `hideComment`.
#[derive(InputObject)]
pub struct HideCommentInput {
    /// The comment.
    pub comment_id: ID,
    /// Hide (default) or show again.
    #[graphql(default = true)]
    pub hidden: bool,
}

/// The form of `reportComment`.
#[derive(InputObject)]
pub struct ReportCommentInput {
    /// The comment.
    pub comment_id: ID,
    /// Why, 1–500 characters.
    pub reason: String,
}

/// The form of `setArticleComments`.
#[derive(InputObject)]
pub struct SetArticleCommentsInput {
    /// The article.
    pub article_id: ID,
    /// Open or close comments.
    pub open: bool,
}

/// The result of a column mutation.
#[derive(SimpleObject)]
pub struct ColumnPayload {
    /// The column.
    pub column: Column,
}

/// The result of an article mutation.
#[derive(SimpleObject)]
pub struct ArticlePayload {
    /// The article.
    pub article: Article,
}

/// The result of a comment mutation.
#[derive(SimpleObject)]
pub struct ArticleCommentPayload {
    /// The comment.
    pub comment: ArticleComment,
}

/// The result of `reportComment`.
#[derive(SimpleObject)]
pub struct ReportCommentPayload {
    /// False when the member had reported it already.
    pub new_report: bool,
    /// Whether the comment is hidden now.
    pub hidden: bool,
}

fn opt_id(t: NodeType, id: Option<&ID>) -> async_graphql::Result<Option<uuid::Uuid>> {
    id.map(|i| decode(t, i)).transpose().gql()
}

fn content(input: ArticleContentInput) -> async_graphql::Result<publishing::ArticleInput> {
    let mut attachment_ids = vec![];
    for a in &input.attachment_ids {
        attachment_ids.push(decode(NodeType::File, a).gql()?);
    }
    Ok(publishing::ArticleInput {
        title: input.title,
        body: input.body,
        cover_file_id: opt_id(NodeType::File, input.cover_file_id.as_ref())?,
        attachment_ids,
        contributor_id: opt_id(NodeType::Member, input.contributor_id.as_ref())?,
        tags: input.tags,
        visibility_org_id: opt_id(
            NodeType::Organization,
            input.visibility_organization_id.as_ref(),
        )?,
        visibility_line: input.visibility_line.map(|l| {
            match l {
                OrgLine::Party => "PARTY",
                OrgLine::Union => "UNION",
                OrgLine::Youth => "YOUTH",
                _ => "OTHER",
            }
            .to_string()
        }),
        is_public: input.is_public,
    })
}

/// Publishing queries.
#[derive(Default)]
pub struct PublishingQuery;

#[Object(name = "PublishingQuery")]
impl PublishingQuery {
    /// The unit's columns with the viewer's rights.
    async fn columns(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Column>> {
        let c = tenant(ctx)?;
        let rows = publishing::columns(&c, app(ctx)).await.gql()?;
        Ok(rows.into_iter().map(Column).collect())
    }

    /// The archived columns the viewer reviews, latest archived first (to restore them).
    async fn archived_columns(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Column>> {
        let c = tenant(ctx)?;
        let rows = publishing::archived_columns(&c, app(ctx)).await.gql()?;
        Ok(rows.into_iter().map(Column).collect())
    }

    /// One column.
    async fn column(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Column> {
        let (c, id) = target(ctx, NodeType::Column, &id)?;
        Ok(Column(publishing::column(&c, app(ctx), id).await.gql()?))
    }

    /// The published articles of a column the viewer may read, newest first, optionally
    /// searched in the title and text (at most 50 characters).
    async fn articles(
        &self,
        ctx: &Context<'_>,
        column_id: ID,
        search: Option<String>,
        #[graphql(default = 20)] first: i32,
        after: Option<String>,
    ) -> async_graphql::Result<ArticleConnection> {
        let (c, column) = target(ctx, NodeType::Column, &column_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = publishing::articles(&c, app(ctx), column, search.as_deref(), &args)
            .await
            .gql()?;
        Ok(ArticleConnection::from_page(
            page,
            |v| publishing::article_cursor(&v.article),
            Article,
        ))
    }

    /// One article the viewer may see; a reader's first visit counts a view.
    async fn article(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Article> {
        let (c, id) = target(ctx, NodeType::Article, &id)?;
        Ok(Article(publishing::get(&c, app(ctx), id).await.gql()?))
    }

    /// The viewer's own articles (written or credited), latest change first.
    async fn my_articles(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Article>> {
        let c = tenant(ctx)?;
        let rows = publishing::my_articles(&c, app(ctx)).await.gql()?;
        Ok(rows.into_iter().map(Article).collect())
    }

    /// Articles waiting for the viewer's review or publishing, oldest submission first.
    async fn article_review_queue(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Article>> {
        let c = tenant(ctx)?;
        let rows = publishing::review_queue(&c, app(ctx)).await.gql()?;
        Ok(rows.into_iter().map(Article).collect())
    }

    /// 信息员采用情况 of an org's sub-tree (the whole unit when omitted) over `[from, to)`
    /// (`publishing` read there).
    async fn contributor_statistics(
        &self,
        ctx: &Context<'_>,
        organization_id: Option<ID>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> async_graphql::Result<ContributorStatistics> {
        let c = tenant(ctx)?;
        let org = opt_id(NodeType::Organization, organization_id.as_ref())?;
        let period = publishing::Period::parse(from, to).gql()?;
        let s = publishing::contributor_statistics(&c, app(ctx), org, period)
            .await
            .gql()?;
        let mut export_url = format!(
            "/export/contributor-statistics.xlsx?from={}&to={}",
            urlencode(&from.to_rfc3339()),
            urlencode(&to.to_rfc3339())
        );
        if let Some(o) = &organization_id {
            export_url.push_str(&format!("&organization={}", o.as_str()));
        }
        Ok(ContributorStatistics {
            from,
            to,
            contributors: s
                .contributors
                .into_iter()
                .map(|l| ContributorStatLine {
                    member_id: encode(NodeType::Member, l.member_id),
                    member_name: l.member_name,
                    organization_name: l.org_name,
                    submitted: l.submitted,
                    adopted: l.adopted,
                    returned: l.returned,
                    views: l.views,
                    likes: l.likes,
                })
                .collect(),
            organizations: s
                .orgs
                .into_iter()
                .map(|o| OrganizationStatLine {
                    organization_id: o.org_id.map(|i| encode(NodeType::Organization, i)),
                    organization_name: o.org_name,
                    submitted: o.submitted,
                    adopted: o.adopted,
                    returned: o.returned,
                    views: o.views,
                    likes: o.likes,
                })
                .collect(),
            export_url,
        })
    }
}

fn urlencode(s: &str) -> String {
    s.replace('+', "%2B").replace(':', "%3A")
}

/// Publishing mutations.
#[derive(Default)]
pub struct PublishingMutation;

#[Object(name = "PublishingMutation")]
impl PublishingMutation {
    /// Creates a column owned by an org or the whole unit (`publishing` review there).
    async fn create_column(
        &self,
        ctx: &Context<'_>,
        input: CreateColumnInput,
    ) -> async_graphql::Result<ColumnPayload> {
        let c = tenant(ctx)?;
        let org_id = opt_id(NodeType::Organization, input.organization_id.as_ref())?;
        let v = publishing::create_column(
            &c,
            app(ctx),
            publishing::ColumnInput {
                org_id,
                name: input.name,
                description: input.description,
                submit_policy: input.submit_policy.into(),
                second_review: input.second_review,
                is_public: input.is_public,
            },
        )
        .await
        .gql()?;
        Ok(ColumnPayload { column: Column(v) })
    }

    /// Changes a column (its reviewers).
    async fn update_column(
        &self,
        ctx: &Context<'_>,
        input: UpdateColumnInput,
    ) -> async_graphql::Result<ColumnPayload> {
        let (c, id) = target(ctx, NodeType::Column, &input.column_id)?;
        let v = publishing::update_column(
            &c,
            app(ctx),
            id,
            publishing::ColumnInput {
                org_id: None,
                name: input.name,
                description: input.description,
                submit_policy: input.submit_policy.into(),
                second_review: input.second_review,
                is_public: input.is_public,
            },
        )
        .await
        .gql()?;
        Ok(ColumnPayload { column: Column(v) })
    }

    /// Archives a column (its reviewers): it leaves the list, takes no more submissions and
    /// its articles are no longer shown until it is restored. CONFLICT while any of its
    /// articles waits for review or publication.
    async fn archive_column(
        &self,
        ctx: &Context<'_>,
        input: ColumnRefInput,
    ) -> async_graphql::Result<ColumnPayload> {
        let (c, id) = target(ctx, NodeType::Column, &input.column_id)?;
        let v = publishing::archive_column(&c, app(ctx), id).await.gql()?;
        Ok(ColumnPayload { column: Column(v) })
    }

    /// Brings an archived column and its articles back (its reviewers).
    async fn restore_column(
        &self,
        ctx: &Context<'_>,
        input: ColumnRefInput,
    ) -> async_graphql::Result<ColumnPayload> {
        let (c, id) = target(ctx, NodeType::Column, &input.column_id)?;
        let v = publishing::restore_column(&c, app(ctx), id).await.gql()?;
        Ok(ColumnPayload { column: Column(v) })
    }

    /// Writes a draft in a column the viewer may submit to.
    async fn create_article(
        &self,
        ctx: &Context<'_>,
        input: CreateArticleInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, column) = target(ctx, NodeType::Column, &input.column_id)?;
        let v = publishing::create_article(&c, app(ctx), column, content(input.content)?)
            .await
            .gql()?;
        Ok(ArticlePayload {
            article: Article(v),
        })
    }

    /// Rewrites a draft or returned article (its author).
    async fn update_article(
        &self,
        ctx: &Context<'_>,
        input: UpdateArticleInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, id) = target(ctx, NodeType::Article, &input.article_id)?;
        let v = publishing::update_article(&c, app(ctx), id, content(input.content)?)
            .await
            .gql()?;
        Ok(ArticlePayload {
            article: Article(v),
        })
    }

    /// Submits for review: `confidential: false` must be stated (`true` is refused) and the
    /// tenant's sensitive words are refused, naming the word; the reviewers are told.
    async fn submit_article(
        &self,
        ctx: &Context<'_>,
        input: SubmitArticleInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, id) = target(ctx, NodeType::Article, &input.article_id)?;
        let v = publishing::submit(&c, app(ctx), id, input.confidential)
            .await
            .gql()?;
        Ok(ArticlePayload {
            article: Article(v),
        })
    }

    /// Approves or returns (with a note) an article in review; the author is told.
    async fn review_article(
        &self,
        ctx: &Context<'_>,
        input: ReviewArticleInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, id) = target(ctx, NodeType::Article, &input.article_id)?;
        let decision = match input.decision {
            ReviewDecision::Approve => publishing::ReviewDecision::Approve,
            ReviewDecision::Return => publishing::ReviewDecision::Return,
        };
        let v = publishing::review(&c, app(ctx), id, decision, input.note.as_deref())
            .await
            .gql()?;
        Ok(ArticlePayload {
            article: Article(v),
        })
    }

    /// Publishes an approved article now or at `publishAt`; publishing records the
    /// contributor's adoption.
    async fn publish_article(
        &self,
        ctx: &Context<'_>,
        input: PublishArticleInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, id) = target(ctx, NodeType::Article, &input.article_id)?;
        let v = publishing::publish(&c, app(ctx), id, input.publish_at, input.is_public)
            .await
            .gql()?;
        Ok(ArticlePayload {
            article: Article(v),
        })
    }

    /// Withdraws a published or scheduled article with a reason.
    async fn withdraw_article(
        &self,
        ctx: &Context<'_>,
        input: WithdrawArticleInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, id) = target(ctx, NodeType::Article, &input.article_id)?;
        let v = publishing::withdraw(&c, app(ctx), id, &input.reason)
            .await
            .gql()?;
        Ok(ArticlePayload {
            article: Article(v),
        })
    }

    /// Likes a published article (once per member).
    async fn like_article(
        &self,
        ctx: &Context<'_>,
        input: ArticleIdInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, id) = target(ctx, NodeType::Article, &input.article_id)?;
        let v = publishing::like(&c, app(ctx), id, true).await.gql()?;
        Ok(ArticlePayload {
            article: Article(v),
        })
    }

    /// Takes a like back.
    async fn unlike_article(
        &self,
        ctx: &Context<'_>,
        input: ArticleIdInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, id) = target(ctx, NodeType::Article, &input.article_id)?;
        let v = publishing::like(&c, app(ctx), id, false).await.gql()?;
        Ok(ArticlePayload {
            article: Article(v),
        })
    }

    /// Comments (跟帖/心得) on a published article while comments are open.
    async fn comment_on_article(
        &self,
        ctx: &Context<'_>,
        input: CommentOnArticleInput,
    ) -> async_graphql::Result<ArticleCommentPayload> {
        let (c, id) = target(ctx, NodeType::Article, &input.article_id)?;
        let row = publishing::comment(&c, app(ctx), id, &input.body)
            .await
            .gql()?;
        Ok(ArticleCommentPayload {
            comment: ArticleComment(row),
        })
    }

    /// The article's author replies to a comment; the commenter is told.
    async fn reply_to_comment(
        &self,
        ctx: &Context<'_>,
        input: ReplyToCommentInput,
    ) -> async_graphql::Result<ArticleCommentPayload> {
        let (c, id) = target(ctx, NodeType::ArticleComment, &input.comment_id)?;
        let row = publishing::reply(&c, app(ctx), id, &input.body)
            .await
            .gql()?;
        Ok(ArticleCommentPayload {
            comment: ArticleComment(row),
        })
    }

    /// A reviewer of the column hides a comment (or shows it again).
    async fn hide_comment(
        &self,
        ctx: &Context<'_>,
        input: HideCommentInput,
    ) -> async_graphql::Result<ArticleCommentPayload> {
        let (c, id) = target(ctx, NodeType::ArticleComment, &input.comment_id)?;
        let row = publishing::hide_comment(&c, app(ctx), id, input.hidden)
            .await
            .gql()?;
        Ok(ArticleCommentPayload {
            comment: ArticleComment(row),
        })
    }

    /// Reports a comment to the moderation queue (once per member).
    async fn report_comment(
        &self,
        ctx: &Context<'_>,
        input: ReportCommentInput,
    ) -> async_graphql::Result<ReportCommentPayload> {
        let (c, id) = target(ctx, NodeType::ArticleComment, &input.comment_id)?;
        let out = publishing::report_comment(&c, app(ctx), id, &input.reason)
            .await
            .gql()?;
        Ok(ReportCommentPayload {
            new_report: out.new_report,
            hidden: out.hidden,
        })
    }

    /// The author or a reviewer opens or closes an article's comments.
    async fn set_article_comments(
        &self,
        ctx: &Context<'_>,
        input: SetArticleCommentsInput,
    ) -> async_graphql::Result<ArticlePayload> {
        let (c, id) = target(ctx, NodeType::Article, &input.article_id)?;
        let v = publishing::set_comments_open(&c, app(ctx), id, input.open)
            .await
            .gql()?;
        Ok(ArticlePayload {
            article: Article(v),
        })
    }
}
