//! Public notices (公示) over GraphQL: publish, object (named or anonymously), handle each
//! objection, close; the list of an org's 公示 and of the viewer's own.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    survey::SurveyAudienceInput,
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    page::{Page, PageArgs, encode_cursor},
    publicity::{self, ObjectionView, PublicityInput, PublicityView},
};

/// What a 公示 is about.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publicity::PublicityKind")]
pub enum PublicityKind {
    /// 评优: an honour before it is conferred.
    Honour,
    /// 干部任前: a cadre before appointment.
    Cadre,
    /// 发展对象: before admission as 预备党员 (window `party.publicity.days`).
    Development,
    /// 转正: before conversion to 正式党员 (window `party.publicity.days`).
    Conversion,
    /// 选举结果.
    Election,
    /// 其他.
    Other,
}

/// Where a 公示 stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publicity::PublicityStatus")]
pub enum PublicityStatus {
    /// 公示中 (or not yet begun).
    Open,
    /// 已确认: no objection upheld.
    Confirmed,
    /// 已撤回.
    Withdrawn,
    /// 未通过.
    Rejected,
}

/// How a 公示 is closed.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publicity::PublicityOutcome")]
pub enum PublicityOutcome {
    /// Confirmed: after the window, every objection handled, none upheld.
    Confirmed,
    /// Withdrawn: at any time while open.
    Withdrawn,
    /// Rejected: after the window, every objection handled.
    Rejected,
}

/// Who closes a 公示.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publicity::PublicityOrigin")]
pub enum PublicityOrigin {
    /// Published directly; its officers close it.
    Direct,
    /// An honour's 公示; the honour follows its outcome.
    Honour,
    /// The party pipeline's 公示; the upper org's decision on the step closes it.
    Pipeline,
}

/// How a body is written.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publicity::BodyFormat")]
pub enum PublicityBodyFormat {
    /// Plain text.
    Plain,
    /// Rich text (sanitised as notices' bodies are).
    Html,
}

/// Where an objection stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publicity::ObjectionStatus")]
pub enum PublicityObjectionStatus {
    /// 待处理.
    Pending,
    /// 属实.
    Upheld,
    /// 不属实.
    Dismissed,
}

/// A handler's outcome of an objection.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::publicity::ObjectionOutcome")]
pub enum PublicityObjectionOutcome {
    /// 属实: upheld (the 公示 can then not be confirmed).
    Upheld,
    /// 不属实: dismissed.
    Dismissed,
}

/// An objection to a 公示, as the viewer may see it.
pub struct PublicityObjection(pub ObjectionView);

/// An objection to a 公示, as the viewer may see it: handlers see every author; other members
/// see named authors only; the subject sees no objection at all (a count on the 公示).
#[Object]
impl PublicityObjection {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::PublicityObjection, self.0.id)
    }
    /// The 公示.
    async fn publicity_id(&self) -> ID {
        encode(NodeType::Publicity, self.0.publicity_id)
    }
    /// The author, when the viewer may know them (null for an anonymous objection to anyone
    /// but its author and the handlers).
    async fn author_id(&self) -> Option<ID> {
        self.0
            .author
            .as_ref()
            .map(|(id, _)| encode(NodeType::Member, *id))
    }
    /// The author's name, on the same terms.
    async fn author_name(&self) -> Option<&str> {
        self.0.author.as_ref().map(|(_, n)| n.as_str())
    }
    /// Raised anonymously (hidden from other members, recorded for the handlers).
    async fn anonymous(&self) -> bool {
        self.0.anonymous
    }
    /// The viewer raised it.
    async fn mine(&self) -> bool {
        self.0.mine
    }
    /// The objection.
    async fn text(&self) -> &str {
        &self.0.text
    }
    /// Where it stands.
    async fn status(&self) -> PublicityObjectionStatus {
        self.0.status.into()
    }
    /// The handler's note.
    async fn handled_note(&self) -> Option<&str> {
        self.0.handled_note.as_deref()
    }
    /// Handled at.
    async fn handled_at(&self) -> Option<DateTime<Utc>> {
        self.0.handled_at
    }
    /// Raised at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A public notice (公示).
pub struct Publicity(pub PublicityView);

/// A public notice (公示): seen by its audience, its subject (with a count of objections, never
/// who raised them) and the publishing org's officers.
#[Object]
impl Publicity {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::Publicity, self.0.row.id)
    }
    /// The publishing org.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.row.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.0.row.org_name
    }
    /// Kind.
    async fn kind(&self) -> PublicityKind {
        self.0.row.kind.into()
    }
    /// Who closes it.
    async fn origin(&self) -> PublicityOrigin {
        self.0.row.origin.into()
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.row.title
    }
    /// Body (rich text already sanitised).
    async fn body(&self) -> &str {
        &self.0.row.body
    }
    /// How the body is written.
    async fn body_format(&self) -> PublicityBodyFormat {
        self.0.row.body_format.into()
    }
    /// The member it is about.
    async fn subject_member_id(&self) -> Option<ID> {
        self.0
            .row
            .subject_member_id
            .map(|m| encode(NodeType::Member, m))
    }
    /// Their name.
    async fn subject_member_name(&self) -> Option<&str> {
        self.0.row.subject_member_name.as_deref()
    }
    /// The org it is about.
    async fn subject_organization_id(&self) -> Option<ID> {
        self.0
            .row
            .subject_org_id
            .map(|o| encode(NodeType::Organization, o))
    }
    /// Its name.
    async fn subject_organization_name(&self) -> Option<&str> {
        self.0.row.subject_org_name.as_deref()
    }
    /// The objection window's start.
    async fn window_start(&self) -> DateTime<Utc> {
        self.0.row.window_start
    }
    /// The objection window's end.
    async fn window_end(&self) -> DateTime<Utc> {
        self.0.row.window_end
    }
    /// Whether objections are taken now.
    async fn window_open(&self) -> bool {
        publicity::rules::window_open(
            self.0.row.status,
            self.0.row.window_start,
            self.0.row.window_end,
            Utc::now(),
        )
    }
    /// Where it stands.
    async fn status(&self) -> PublicityStatus {
        self.0.row.status.into()
    }
    /// The closing note.
    async fn outcome_note(&self) -> Option<&str> {
        self.0.row.outcome_note.as_deref()
    }
    /// Closed at.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.closed_at
    }
    /// Published at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }
    /// Objections raised (the subject sees this count only).
    async fn objection_count(&self) -> i64 {
        self.0.row.objection_count
    }
    /// Objections not yet handled (handlers only; else null).
    async fn pending_objection_count(&self) -> Option<i64> {
        self.can_handle_inner().then_some(self.0.row.pending_count)
    }
    /// Members in the audience.
    async fn audience_count(&self) -> i64 {
        self.0.row.audience_count
    }
    /// The viewer is its subject.
    async fn viewer_is_subject(&self) -> bool {
        self.0.access.subject
    }
    /// The viewer may object now (in the audience, during the window).
    async fn can_object(&self) -> bool {
        self.0.access.invited
            && !self.0.access.subject
            && publicity::rules::window_open(
                self.0.row.status,
                self.0.row.window_start,
                self.0.row.window_end,
                Utc::now(),
            )
    }
    /// The viewer handles its objections and closes it (`publicity` write at its org, not its
    /// subject).
    async fn can_handle(&self) -> bool {
        self.can_handle_inner()
    }
    /// The objections as the viewer may see them (none for the subject); oldest first.
    async fn objections(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<PublicityObjection>> {
        if !publicity::rules::objections_visible(&self.0.access) {
            return Ok(vec![]);
        }
        let c = tenant(ctx)?;
        Ok(publicity::objections(&c, app(ctx), self.0.row.id)
            .await
            .gql()?
            .into_iter()
            .map(PublicityObjection)
            .collect())
    }
}

impl Publicity {
    fn can_handle_inner(&self) -> bool {
        self.0.access.handler && !self.0.access.subject
    }
}

/// A page of 公示.
#[derive(SimpleObject)]
pub struct PublicityConnection {
    /// Items with cursors.
    pub edges: Vec<PublicityEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// A 公示 with its cursor.
#[derive(SimpleObject)]
pub struct PublicityEdge {
    /// The 公示.
    pub node: Publicity,
    /// Its cursor.
    pub cursor: String,
}

impl PublicityConnection {
    fn from_page(page: Page<PublicityView>) -> Self {
        let edges: Vec<PublicityEdge> = page
            .items
            .into_iter()
            .map(|p| PublicityEdge {
                cursor: encode_cursor(&p.row.id.to_string()),
                node: Publicity(p),
            })
            .collect();
        let end_cursor = edges.last().map(|e| e.cursor.clone());
        Self {
            edges,
            page_info: PageInfo {
                has_next_page: page.has_next,
                end_cursor,
            },
        }
    }
}

/// The form of `publishPublicity`.
#[derive(InputObject)]
pub struct PublishPublicityInput {
    /// The publishing org; the author needs `publicity` write there and wherever the audience
    /// reaches.
    pub organization_id: ID,
    /// Kind.
    pub kind: PublicityKind,
    /// Title, 1–100 characters.
    pub title: String,
    /// Body, at most 20,000 characters.
    #[graphql(default)]
    pub body: String,
    /// How the body is written (default plain text).
    #[graphql(default_with = "PublicityBodyFormat::Plain")]
    pub body_format: PublicityBodyFormat,
    /// The member it is about (left out of the audience; never learns who objected).
    pub subject_member_id: Option<ID>,
    /// The org it is about.
    pub subject_organization_id: Option<ID>,
    /// Who may read and object; frozen at publishing.
    pub audience: SurveyAudienceInput,
    /// The window's start (now when absent; not in the past, within 90 days).
    pub window_start: Option<DateTime<Utc>>,
    /// The window's end (else from `days`); the window lasts 1–30 days.
    pub window_end: Option<DateTime<Utc>>,
    /// The window's length in days, 1–30, when no end is given (发展对象 and 转正 default to
    /// `party.publicity.days`).
    pub days: Option<i32>,
}

/// The result of `publishPublicity` and `closePublicity`.
#[derive(SimpleObject)]
pub struct PublicityPayload {
    /// The 公示 as it now stands.
    pub publicity: Publicity,
}

/// An objection of `objectToPublicity`.
#[derive(InputObject)]
pub struct ObjectToPublicityInput {
    /// The 公示.
    pub publicity_id: ID,
    /// The objection, 1–2,000 characters.
    pub text: String,
    /// Anonymous to other members and the subject (always recorded for the handlers).
    #[graphql(default)]
    pub anonymous: bool,
}

/// The result of `objectToPublicity` and `handlePublicityObjection`.
#[derive(SimpleObject)]
pub struct PublicityObjectionPayload {
    /// The objection.
    pub objection: PublicityObjection,
}

/// A handler's outcome of `handlePublicityObjection`.
#[derive(InputObject)]
pub struct HandlePublicityObjectionInput {
    /// The objection.
    pub objection_id: ID,
    /// Upheld or dismissed.
    pub outcome: PublicityObjectionOutcome,
    /// The finding, at most 1,000 characters.
    pub note: Option<String>,
}

/// The form of `closePublicity`.
#[derive(InputObject)]
pub struct ClosePublicityInput {
    /// The 公示.
    pub publicity_id: ID,
    /// Confirmed, withdrawn or rejected.
    pub outcome: PublicityOutcome,
    /// Note, at most 1,000 characters.
    pub note: Option<String>,
}

/// Queries of 公示.
#[derive(Default)]
pub struct PublicityQuery;

#[Object(name = "PublicityQuery")]
impl PublicityQuery {
    /// 公示, newest first: of an org's sub-tree (`publicity` read there), or without
    /// `organizationId` those the viewer may object to or is the subject of.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn publicities(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The org (its sub-tree).")] organization_id: Option<ID>,
        #[graphql(desc = "Only 公示 in this status.")] status: Option<PublicityStatus>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<PublicityConnection> {
        let c = tenant(ctx)?;
        let org = organization_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = publicity::list(&c, app(ctx), org, status.map(Into::into), &args)
            .await
            .gql()?;
        Ok(PublicityConnection::from_page(page))
    }

    /// One 公示: for its audience, its subject and its org's officers; NOT_FOUND for everyone
    /// else.
    async fn publicity(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The 公示.")] id: ID,
    ) -> async_graphql::Result<Publicity> {
        let (c, id) = target(ctx, NodeType::Publicity, &id)?;
        Ok(Publicity(publicity::get(&c, app(ctx), id).await.gql()?))
    }
}

/// Mutations of 公示.
#[derive(Default)]
pub struct PublicityMutation;

#[Object(name = "PublicityMutation")]
impl PublicityMutation {
    /// Publishes a 公示 (`publicity` write at the org and over the audience); the audience is
    /// frozen and told (`PUBLICITY`).
    async fn publish_publicity(
        &self,
        ctx: &Context<'_>,
        input: PublishPublicityInput,
    ) -> async_graphql::Result<PublicityPayload> {
        let c = tenant(ctx)?;
        let org_id = decode(NodeType::Organization, &input.organization_id).gql()?;
        let subject_member_id = input
            .subject_member_id
            .map(|m| decode(NodeType::Member, &m))
            .transpose()
            .gql()?;
        let subject_org_id = input
            .subject_organization_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        let audience = input.audience.into_core()?;
        let view = publicity::publish(
            &c,
            app(ctx),
            PublicityInput {
                org_id,
                kind: input.kind.into(),
                title: input.title,
                body: input.body,
                body_format: input.body_format.into(),
                subject_member_id,
                subject_org_id,
                audience,
                window_start: input.window_start,
                window_end: input.window_end,
                days: input.days,
            },
        )
        .await
        .gql()?;
        Ok(PublicityPayload {
            publicity: Publicity(view),
        })
    }

    /// A member of the audience objects during the window, named or anonymously. Outside the
    /// window a VALIDATION error on `publicityId`; outside the audience NOT_FOUND. The handlers
    /// are told (never who objected).
    async fn object_to_publicity(
        &self,
        ctx: &Context<'_>,
        input: ObjectToPublicityInput,
    ) -> async_graphql::Result<PublicityObjectionPayload> {
        let (c, id) = target(ctx, NodeType::Publicity, &input.publicity_id)?;
        let view = publicity::object(&c, app(ctx), id, &input.text, input.anonymous)
            .await
            .gql()?;
        Ok(PublicityObjectionPayload {
            objection: PublicityObjection(view),
        })
    }

    /// A handler records an objection's outcome (once; CONFLICT after).
    async fn handle_publicity_objection(
        &self,
        ctx: &Context<'_>,
        input: HandlePublicityObjectionInput,
    ) -> async_graphql::Result<PublicityObjectionPayload> {
        let (c, id) = target(ctx, NodeType::PublicityObjection, &input.objection_id)?;
        let view = publicity::handle(
            &c,
            app(ctx),
            id,
            input.outcome.into(),
            input.note.as_deref(),
        )
        .await
        .gql()?;
        Ok(PublicityObjectionPayload {
            objection: PublicityObjection(view),
        })
    }

    /// A handler closes a 公示: withdrawn at any time; confirmed (no objection upheld) or
    /// rejected after the window once every objection is handled. The subject is told. The
    /// pipeline's 公示 are closed by the upper org's decision instead (VALIDATION here).
    async fn close_publicity(
        &self,
        ctx: &Context<'_>,
        input: ClosePublicityInput,
    ) -> async_graphql::Result<PublicityPayload> {
        let (c, id) = target(ctx, NodeType::Publicity, &input.publicity_id)?;
        let view = publicity::close(
            &c,
            app(ctx),
            id,
            input.outcome.into(),
            input.note.as_deref(),
        )
        .await
        .gql()?;
        Ok(PublicityPayload {
            publicity: Publicity(view),
        })
    }
}
