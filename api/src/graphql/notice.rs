//! Notices with acknowledgement (一点发布，多点响应) over GraphQL: compose, review, publish,
//! withdraw; members' own notices and acknowledgements; the response board, reminders and its
//! live counts.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    types::{OrgLine, Organization, PageInfo, PoliticalStatus, load_org},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, Subscription};
use chrono::{DateTime, Utc};
use futures::{Stream, StreamExt};
use tongxin_core::{
    notice::{
        self, NoticeRow, NoticeView, Received, ResponseRow, Stats,
        model::{Audience, AudienceOrg as CoreAudienceOrg, NoticeInput as CoreInput},
        rules::ResponseState,
    },
    org::model::Line,
    page::PageArgs,
};

/// 通知, 公告, 工作提示 or 紧急.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::notice::NoticeCategory")]
pub enum NoticeCategory {
    /// 通知
    Notice,
    /// 公告
    Announcement,
    /// 工作提示
    WorkTip,
    /// 紧急 (always urgent)
    Urgent,
}

/// How urgent a notice is; urgent notices are emailed to every recipient with an address,
/// whatever their settings.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::notice::NoticeImportance")]
pub enum NoticeImportance {
    /// 普通
    Normal,
    /// 紧急
    Urgent,
}

/// Where a notice stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::notice::NoticeStatus")]
pub enum NoticeStatus {
    /// 草稿: saved, not sent.
    Draft,
    /// 待审核: waits for its reviewer.
    PendingReview,
    /// 定时待发: goes out at `scheduledAt`.
    Scheduled,
    /// 已发布.
    Published,
    /// 已撤回: recipients see that it was withdrawn.
    Withdrawn,
}

/// A filter of the response board.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum NoticeResponseState {
    /// 未读: not opened yet.
    Unread,
    /// 已读: opened.
    Read,
    /// 未确认: not acknowledged yet, read or not.
    Unacknowledged,
    /// 已确认.
    Acknowledged,
}

impl From<NoticeResponseState> for ResponseState {
    fn from(s: NoticeResponseState) -> Self {
        match s {
            NoticeResponseState::Unread => ResponseState::Unread,
            NoticeResponseState::Read => ResponseState::Read,
            NoticeResponseState::Unacknowledged => ResponseState::Unacknowledged,
            NoticeResponseState::Acknowledged => ResponseState::Acknowledged,
        }
    }
}

/// One org of an audience.
#[derive(InputObject)]
pub struct AudienceOrgInput {
    /// The org.
    pub org_id: ID,
    /// Its sub-tree too.
    #[graphql(default = true)]
    pub include_subtree: bool,
}

/// Who receives a notice: members placed in the chosen orgs (any of their org, party, union,
/// youth or department placements; sub-trees when asked), narrowed by lines, roles and political
/// statuses when given (with no orgs the whole tenant is narrowed, which needs tenant-wide
/// rights), plus `memberIds`, minus `excludeMemberIds`; disabled members never. At least one
/// selector is required. The author needs notice rights wherever the audience reaches.
#[derive(InputObject, Default)]
pub struct NoticeAudienceInput {
    /// Orgs.
    #[graphql(default)]
    pub orgs: Vec<AudienceOrgInput>,
    /// Only members of these lines (`PARTY`, `UNION`, `YOUTH`).
    #[graphql(default)]
    pub lines: Vec<OrgLine>,
    /// Only holders of these roles (role template names, see `roles`).
    #[graphql(default)]
    pub roles: Vec<String>,
    /// Only members of these political statuses.
    #[graphql(default)]
    pub political_statuses: Vec<PoliticalStatus>,
    /// These members too.
    #[graphql(default)]
    pub member_ids: Vec<ID>,
    /// Never these members.
    #[graphql(default)]
    pub exclude_member_ids: Vec<ID>,
}

impl NoticeAudienceInput {
    fn into_core(self) -> async_graphql::Result<Audience> {
        let members = |ids: Vec<ID>| {
            ids.iter()
                .map(|i| {
                    decode(NodeType::Member, i)
                        .map_err(|_| tongxin_core::AppError::field("audience", "所选成员不存在"))
                })
                .collect::<Result<Vec<_>, _>>()
                .gql()
        };
        Ok(Audience {
            orgs: self
                .orgs
                .into_iter()
                .map(|o| {
                    Ok(CoreAudienceOrg {
                        org_id: decode(NodeType::Organization, &o.org_id)
                            .map_err(|_| {
                                tongxin_core::AppError::field("audience", "所选组织不存在")
                            })
                            .gql()?,
                        include_subtree: o.include_subtree,
                    })
                })
                .collect::<async_graphql::Result<Vec<_>>>()?,
            lines: self
                .lines
                .into_iter()
                .map(|l| Line::from(l).code().to_string())
                .collect(),
            roles: self.roles,
            political_statuses: self
                .political_statuses
                .into_iter()
                .map(|s| s.code().to_string())
                .collect(),
            member_ids: members(self.member_ids)?,
            exclude_member_ids: members(self.exclude_member_ids)?,
        })
    }
}

/// The compose form of `saveNoticeDraft` and `publishNotice`.
#[derive(InputObject)]
pub struct NoticeInput {
    /// Continue this draft (null: a new notice).
    pub draft_id: Option<ID>,
    /// 发布组织: the org that issues it; the author needs notice rights there.
    pub issuer_org_id: ID,
    /// Title, 1–120 characters.
    pub title: String,
    /// Rich text as HTML (at most 50,000 characters). The server keeps formatting, lists,
    /// tables and http(s)/mailto links, and drops scripts, styles, event handlers, frames and
    /// every image or other remote resource (they would reveal who opened it).
    pub body: String,
    /// Category.
    pub category: NoticeCategory,
    /// Importance (the `URGENT` category is always urgent).
    #[graphql(default_with = "NoticeImportance::Normal")]
    pub importance: NoticeImportance,
    /// Recipients must confirm receipt (确认收到).
    #[graphql(default)]
    pub ack_required: bool,
    /// Confirm by; required when `ackRequired`, in the future.
    pub ack_deadline: Option<DateTime<Utc>>,
    /// Who receives it.
    pub audience: NoticeAudienceInput,
    /// Files from `beginUpload` (finished, uploaded by the author), at most 10.
    #[graphql(default)]
    pub attachment_ids: Vec<ID>,
    /// Publish later (in the future).
    pub scheduled_at: Option<DateTime<Utc>>,
    /// A second officer who must approve it before it goes out.
    pub reviewer_id: Option<ID>,
}

impl NoticeInput {
    fn into_core(self) -> async_graphql::Result<CoreInput> {
        Ok(CoreInput {
            draft_id: self
                .draft_id
                .map(|d| decode(NodeType::Notice, &d))
                .transpose()
                .gql()?,
            issuer_org_id: decode(NodeType::Organization, &self.issuer_org_id).gql()?,
            title: self.title,
            body: self.body,
            category: self.category.into(),
            urgent: self.importance == NoticeImportance::Urgent,
            ack_required: self.ack_required,
            ack_deadline: self.ack_deadline,
            audience: self.audience.into_core()?,
            attachment_ids: self
                .attachment_ids
                .iter()
                .map(|f| decode(NodeType::File, f))
                .collect::<Result<Vec<_>, _>>()
                .gql()?,
            scheduled_at: self.scheduled_at,
            reviewer_id: self
                .reviewer_id
                .map(|r| decode(NodeType::Member, &r))
                .transpose()
                .gql()?,
        })
    }
}

/// Input of `reviewNotice`.
#[derive(InputObject)]
pub struct ReviewNoticeInput {
    /// The notice.
    pub notice_id: ID,
    /// Approve (it goes out now, or at its scheduled time) or send it back to its author.
    pub approve: bool,
    /// Why it goes back (required when not approving), at most 500 characters.
    pub note: Option<String>,
}

/// Input of `withdrawNotice`.
#[derive(InputObject)]
pub struct WithdrawNoticeInput {
    /// The notice.
    pub notice_id: ID,
    /// Why (required for a published notice; recipients see it), at most 500 characters.
    pub reason: Option<String>,
}

/// Input of `acknowledgeNotice`.
#[derive(InputObject)]
pub struct AcknowledgeNoticeInput {
    /// The notice.
    pub notice_id: ID,
    /// A short reply, at most 200 characters.
    pub reply: Option<String>,
}

/// Input of `remindNoticeRecipients`.
#[derive(InputObject)]
pub struct RemindNoticeInput {
    /// The notice.
    pub notice_id: ID,
}

/// A member, by name.
#[derive(SimpleObject)]
pub struct NoticePerson {
    /// The member's global ID.
    pub id: ID,
    /// Name.
    pub name: String,
}

/// A file attached to a notice.
#[derive(SimpleObject)]
pub struct NoticeAttachment {
    /// The file's global ID.
    pub id: ID,
    /// File name.
    pub name: String,
    /// Content type.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
    /// Shown inline (PNG, JPEG, GIF, WebP).
    pub is_image: bool,
    /// A download link valid for five minutes.
    pub url: String,
}

/// The viewer's own copy of a notice.
#[derive(SimpleObject)]
pub struct NoticeReceipt {
    /// Delivered.
    pub delivered_at: DateTime<Utc>,
    /// First opened.
    pub read_at: Option<DateTime<Utc>>,
    /// Acknowledged.
    pub acknowledged_at: Option<DateTime<Utc>>,
    /// The viewer's reply.
    pub reply: Option<String>,
}

/// One org of an audience, as saved.
#[derive(SimpleObject)]
pub struct AudienceOrg {
    /// The org's global ID.
    pub org_id: ID,
    /// Its sub-tree too.
    pub include_subtree: bool,
}

/// An audience as saved with the notice (for editing drafts).
#[derive(SimpleObject)]
pub struct NoticeAudience {
    /// Orgs.
    pub orgs: Vec<AudienceOrg>,
    /// Line codes (`PARTY`, `UNION`, `YOUTH`).
    pub lines: Vec<String>,
    /// Role template names.
    pub roles: Vec<String>,
    /// Political status codes.
    pub political_statuses: Vec<String>,
    /// Named members.
    pub member_ids: Vec<ID>,
    /// Excluded members.
    pub exclude_member_ids: Vec<ID>,
}

/// Counts of one org on a response board.
#[derive(SimpleObject)]
pub struct NoticeOrgStats {
    /// The org's global ID (null for members without an org).
    pub org_id: Option<ID>,
    /// The org's name.
    pub org_name: String,
    /// Recipients.
    pub recipients: i64,
    /// Read.
    pub read: i64,
    /// Acknowledged.
    pub acknowledged: i64,
}

/// A notice's response counts over the recipients the viewer may see.
#[derive(SimpleObject)]
pub struct NoticeStats {
    /// The notice's global ID.
    pub notice_id: ID,
    /// Recipients.
    pub recipients: i64,
    /// Read.
    pub read: i64,
    /// Acknowledged.
    pub acknowledged: i64,
    /// Per org of the recipients (their org at publication), in tree order.
    pub by_org: Vec<NoticeOrgStats>,
}

impl From<Stats> for NoticeStats {
    fn from(s: Stats) -> Self {
        let (recipients, read, acknowledged) = s.totals();
        Self {
            notice_id: encode(NodeType::Notice, s.notice_id),
            recipients,
            read,
            acknowledged,
            by_org: s
                .by_org
                .into_iter()
                .map(|o| NoticeOrgStats {
                    org_id: o.org_id.map(|i| encode(NodeType::Organization, i)),
                    org_name: o.org_name,
                    recipients: o.recipients,
                    read: o.read,
                    acknowledged: o.acknowledged,
                })
                .collect(),
        }
    }
}

/// A notice (通知公告) as the viewer may see it.
pub struct Notice(pub NoticeView);

impl Notice {
    fn row(&self) -> &NoticeRow {
        &self.0.notice
    }
}

/// A notice (通知公告): published once by an org, delivered live to every member of its
/// audience, read and acknowledged by each.
#[Object]
impl Notice {
    /// Global ID.
    pub async fn id(&self) -> ID {
        encode(NodeType::Notice, self.row().id)
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.row().title
    }
    /// Sanitised HTML.
    async fn body(&self) -> &str {
        &self.row().body_html
    }
    /// Category.
    async fn category(&self) -> NoticeCategory {
        self.row().category.into()
    }
    /// Importance.
    async fn importance(&self) -> NoticeImportance {
        self.row().importance.into()
    }
    /// Where it stands.
    async fn status(&self) -> NoticeStatus {
        self.row().status.into()
    }
    /// Recipients must confirm receipt.
    async fn ack_required(&self) -> bool {
        self.row().ack_required
    }
    /// Confirm by.
    async fn ack_deadline(&self) -> Option<DateTime<Utc>> {
        self.row().ack_deadline
    }
    /// The issuing org.
    async fn issuer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        load_org(ctx, self.row().issuer_org_id).await
    }
    /// The issuing org's name.
    async fn issuer_name(&self) -> &str {
        &self.row().issuer_name
    }
    /// Who wrote it.
    async fn author(&self) -> NoticePerson {
        NoticePerson {
            id: encode(NodeType::Member, self.row().author_id),
            name: self.row().author_name.clone(),
        }
    }
    /// Who reviews it.
    async fn reviewer(&self) -> Option<NoticePerson> {
        let r = self.row();
        r.reviewer_id.map(|id| NoticePerson {
            id: encode(NodeType::Member, id),
            name: r.reviewer_name.clone().unwrap_or_default(),
        })
    }
    /// The reviewer's note (why it was sent back); authors and reviewers only.
    async fn review_note(&self) -> Option<&str> {
        if self.0.access.manage || self.0.access.reviewer {
            self.row().review_note.as_deref()
        } else {
            None
        }
    }
    /// Publish at.
    async fn scheduled_at(&self) -> Option<DateTime<Utc>> {
        self.row().scheduled_at
    }
    /// Published.
    async fn published_at(&self) -> Option<DateTime<Utc>> {
        self.row().published_at
    }
    /// Withdrawn.
    async fn withdrawn_at(&self) -> Option<DateTime<Utc>> {
        self.row().withdrawn_at
    }
    /// Why it was withdrawn.
    async fn withdraw_reason(&self) -> Option<&str> {
        self.row().withdraw_reason.as_deref()
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.row().created_at
    }
    /// Attachments, each with a download link valid for five minutes.
    async fn attachments(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<NoticeAttachment>> {
        let c = tenant(ctx)?;
        Ok(notice::attachments(&c, app(ctx), self.row().id)
            .await
            .gql()?
            .into_iter()
            .map(|(f, url)| NoticeAttachment {
                id: encode(NodeType::File, f.id),
                is_image: tongxin_core::files::rules::is_image(&f.content_type),
                name: f.file_name,
                content_type: f.content_type,
                size: f.byte_size,
                url,
            })
            .collect())
    }
    /// How many were asked (after publication).
    async fn recipient_count(&self) -> i32 {
        self.row().recipient_count
    }
    /// The viewer's own copy, when they are a recipient.
    async fn my_receipt(&self) -> Option<NoticeReceipt> {
        self.0.access.receipt.as_ref().map(|r| NoticeReceipt {
            delivered_at: r.delivered_at,
            read_at: r.read_at,
            acknowledged_at: r.acknowledged_at,
            reply: r.reply.clone(),
        })
    }
    /// Response counts, for the sender and the officers of the audience's orgs (over the
    /// recipients in their orgs); null for everyone else. Members never see others' states.
    async fn stats(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<NoticeStats>> {
        if self.0.access.board.is_none() {
            return Ok(None);
        }
        let c = tenant(ctx)?;
        Ok(Some(
            notice::stats(&c, app(ctx), self.row().id)
                .await
                .gql()?
                .into(),
        ))
    }
    /// The viewer may see the response board.
    async fn viewer_can_see_board(&self) -> bool {
        self.0.access.board.is_some()
    }
    /// The viewer may edit, publish and withdraw it (reminding is for every board viewer).
    async fn viewer_can_manage(&self) -> bool {
        self.0.access.manage
    }
    /// The viewer is its reviewer and it awaits review.
    async fn viewer_can_review(&self) -> bool {
        self.0.access.review
    }
    /// The audience as saved; for those who manage or review it (null for recipients).
    async fn audience(&self) -> Option<NoticeAudience> {
        if !(self.0.access.manage || self.0.access.reviewer) {
            return None;
        }
        let a = self.row().audience();
        let members = |ids: &[uuid::Uuid]| {
            ids.iter()
                .map(|m| encode(NodeType::Member, *m))
                .collect::<Vec<_>>()
        };
        Some(NoticeAudience {
            orgs: a
                .orgs
                .iter()
                .map(|o| AudienceOrg {
                    org_id: encode(NodeType::Organization, o.org_id),
                    include_subtree: o.include_subtree,
                })
                .collect(),
            member_ids: members(&a.member_ids),
            exclude_member_ids: members(&a.exclude_member_ids),
            lines: a.lines,
            roles: a.roles,
            political_statuses: a.political_statuses,
        })
    }
}

/// An edge of a notice list.
#[derive(SimpleObject)]
pub struct NoticeEdge {
    /// The notice.
    pub node: Notice,
    /// Its cursor.
    pub cursor: String,
}

/// A page of notices.
#[derive(SimpleObject)]
pub struct NoticeConnection {
    /// Items with cursors.
    pub edges: Vec<NoticeEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

impl NoticeConnection {
    fn build(items: Vec<(Notice, String)>, has_next: bool) -> Self {
        let edges: Vec<NoticeEdge> = items
            .into_iter()
            .map(|(node, key)| NoticeEdge {
                node,
                cursor: tongxin_core::page::encode_cursor(&key),
            })
            .collect();
        let end_cursor = edges.last().map(|e| e.cursor.clone());
        Self {
            edges,
            page_info: PageInfo {
                has_next_page: has_next,
                end_cursor,
            },
        }
    }
}

/// One recipient on the response board.
pub struct NoticeResponse(ResponseRow);

/// One recipient on the response board.
#[Object]
impl NoticeResponse {
    /// The member.
    async fn member(&self) -> NoticePerson {
        NoticePerson {
            id: encode(NodeType::Member, self.0.member_id),
            name: self.0.member_name.clone(),
        }
    }
    /// Their org at publication.
    async fn org_name(&self) -> &str {
        &self.0.org_name
    }
    /// Delivered.
    async fn delivered_at(&self) -> DateTime<Utc> {
        self.0.delivered_at
    }
    /// First opened.
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }
    /// Acknowledged.
    async fn acknowledged_at(&self) -> Option<DateTime<Utc>> {
        self.0.acknowledged_at
    }
    /// Their reply.
    async fn reply(&self) -> Option<&str> {
        self.0.reply.as_deref()
    }
    /// Reminders sent by hand.
    async fn reminded_count(&self) -> i32 {
        self.0.reminded_count
    }
}

super::types::connection!(
    NoticeResponseConnection,
    NoticeResponseEdge,
    NoticeResponse,
    "A page of the response board, by member."
);

/// The result of a notice mutation.
#[derive(SimpleObject)]
pub struct NoticePayload {
    /// The notice as it is now.
    pub notice: Notice,
}

/// The result of `remindNoticeRecipients`.
#[derive(SimpleObject)]
pub struct RemindNoticePayload {
    /// How many were reminded.
    pub reminded: i64,
    /// The notice.
    pub notice: Notice,
}

/// Queries of notices.
#[derive(Default)]
pub struct NoticeQuery;

#[Object(name = "NoticeQuery")]
impl NoticeQuery {
    /// The viewer's received notices: those still to read (or acknowledge, when asked) first,
    /// then the newest. Withdrawn notices stay, marked withdrawn.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn notices(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Only those not opened yet.")] unread_only: Option<bool>,
    ) -> async_graphql::Result<NoticeConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = notice::received(&c, app(ctx), unread_only.unwrap_or(false), &args)
            .await
            .gql()?;
        let items = page
            .items
            .into_iter()
            .map(|r: Received| {
                let key = r.cursor();
                let view = NoticeView {
                    notice: r.notice,
                    access: notice::Access {
                        manage: false,
                        review: false,
                        reviewer: false,
                        board: None,
                        receipt: Some(r.receipt),
                    },
                };
                (Notice(view), key)
            })
            .collect();
        Ok(NoticeConnection::build(items, page.has_next))
    }

    /// Notices the viewer wrote or is asked to review, newest first; tenant-wide notice
    /// managers see all of the tenant's.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn sent_notices(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Only this status.")] status: Option<NoticeStatus>,
    ) -> async_graphql::Result<NoticeConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = notice::sent(&c, app(ctx), status.map(Into::into), &args)
            .await
            .gql()?;
        let items = page
            .items
            .into_iter()
            .map(|view| {
                let key = view.notice.id.to_string();
                (Notice(view), key)
            })
            .collect();
        Ok(NoticeConnection::build(items, page.has_next))
    }

    /// One notice. Opening it as a recipient marks it read (the first time).
    async fn notice(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Notice> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Notice, &id).gql()?;
        Ok(Notice(notice::open(&c, app(ctx), id).await.gql()?))
    }

    /// The response board's list, by member: for the sender and the officers of the
    /// audience's orgs (over the recipients in their orgs). Export the same list as .xlsx at
    /// `GET /export/notice-responses.xlsx?notice=<id>&state=<state>`.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn notice_responses(
        &self,
        ctx: &Context<'_>,
        notice_id: ID,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Only recipients in this state.")] state: Option<NoticeResponseState>,
    ) -> async_graphql::Result<NoticeResponseConnection> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Notice, &notice_id).gql()?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = notice::responses(&c, app(ctx), id, state.map(Into::into), &args)
            .await
            .gql()?;
        Ok(NoticeResponseConnection::from_page(
            page,
            |r| r.member_id.to_string(),
            NoticeResponse,
        ))
    }

    /// How many members an audience reaches now (the compose page's live count); needs notice
    /// rights at the issuing org.
    async fn notice_audience_count(
        &self,
        ctx: &Context<'_>,
        issuer_org_id: ID,
        audience: NoticeAudienceInput,
    ) -> async_graphql::Result<i64> {
        let c = tenant(ctx)?;
        let issuer = decode(NodeType::Organization, &issuer_org_id).gql()?;
        notice::audience_count(&c, app(ctx), issuer, audience.into_core()?)
            .await
            .gql()
    }
}

/// Mutations of notices.
#[derive(Default)]
pub struct NoticeMutation;

#[Object(name = "NoticeMutation")]
impl NoticeMutation {
    /// Saves a draft (new, or an existing draft by `draftId`). Nothing goes out.
    async fn save_notice_draft(
        &self,
        ctx: &Context<'_>,
        input: NoticeInput,
    ) -> async_graphql::Result<NoticePayload> {
        let c = tenant(ctx)?;
        let view = notice::save_draft(&c, app(ctx), input.into_core()?)
            .await
            .gql()?;
        Ok(NoticePayload {
            notice: Notice(view),
        })
    }

    /// Publishes a notice: to its reviewer first when `reviewerId` names another officer, at
    /// `scheduledAt` when that lies ahead, else now — the audience is resolved and stored,
    /// every recipient gets a `NOTICE` notification live (urgent notices also by email to all),
    /// and an acknowledgement deadline starts the automatic reminders. Members only (API keys
    /// cannot author notices).
    async fn publish_notice(
        &self,
        ctx: &Context<'_>,
        input: NoticeInput,
    ) -> async_graphql::Result<NoticePayload> {
        let c = tenant(ctx)?;
        let view = notice::publish(&c, app(ctx), input.into_core()?)
            .await
            .gql()?;
        Ok(NoticePayload {
            notice: Notice(view),
        })
    }

    /// The requested reviewer approves (it goes out) or sends it back with a note.
    async fn review_notice(
        &self,
        ctx: &Context<'_>,
        input: ReviewNoticeInput,
    ) -> async_graphql::Result<NoticePayload> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Notice, &input.notice_id).gql()?;
        let view = notice::review(&c, app(ctx), id, input.approve, input.note.as_deref())
            .await
            .gql()?;
        Ok(NoticePayload {
            notice: Notice(view),
        })
    }

    /// Withdraws a notice: a published one stays visible to recipients as withdrawn and its
    /// reminders stop; a scheduled one or one awaiting review becomes a draft again.
    async fn withdraw_notice(
        &self,
        ctx: &Context<'_>,
        input: WithdrawNoticeInput,
    ) -> async_graphql::Result<NoticePayload> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Notice, &input.notice_id).gql()?;
        let view = notice::withdraw(&c, app(ctx), id, input.reason.as_deref())
            .await
            .gql()?;
        Ok(NoticePayload {
            notice: Notice(view),
        })
    }

    /// The viewer confirms receipt of a notice they received (once), with an optional reply.
    async fn acknowledge_notice(
        &self,
        ctx: &Context<'_>,
        input: AcknowledgeNoticeInput,
    ) -> async_graphql::Result<NoticePayload> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Notice, &input.notice_id).gql()?;
        let view = notice::acknowledge(&c, app(ctx), id, input.reply.as_deref())
            .await
            .gql()?;
        Ok(NoticePayload {
            notice: Notice(view),
        })
    }

    /// Reminds the recipients on the viewer's board who have not acknowledged (or not read,
    /// when no acknowledgement is asked). At most once per 10 minutes per notice
    /// (`RATE_LIMITED`, saying when the next is allowed).
    async fn remind_notice_recipients(
        &self,
        ctx: &Context<'_>,
        input: RemindNoticeInput,
    ) -> async_graphql::Result<RemindNoticePayload> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Notice, &input.notice_id).gql()?;
        let reminded = notice::remind(&c, app(ctx), id).await.gql()?;
        let view = notice::get(&c, app(ctx), id).await.gql()?;
        Ok(RemindNoticePayload {
            reminded: i64::try_from(reminded).unwrap_or(i64::MAX),
            notice: Notice(view),
        })
    }
}

/// Live notice events.
#[derive(Default)]
pub struct NoticeSubscription;

#[Subscription(name = "NoticeSubscription")]
impl NoticeSubscription {
    /// A notice's response counts now, then after every change (changes within a quarter
    /// second come as one). For board viewers only; ends with `NOT_FOUND` otherwise.
    async fn notice_stats_changed(
        &self,
        ctx: &Context<'_>,
        notice_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<NoticeStats>>> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::Notice, &notice_id).gql()?;
        let app = app(ctx).clone();
        // Refuse at once rather than on the first item.
        notice::stats(&c, &app, id).await.gql()?;
        Ok(notice::follow_stats(app, c, id)
            .map(|r| r.map(NoticeStats::from).gql())
            .take_while(|r| futures::future::ready(r.is_ok())))
    }
}
