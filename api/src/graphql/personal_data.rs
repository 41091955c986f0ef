//! Personal data exports over GraphQL (个人信息下载, PIPL): a member asks for all their
//! personal data as a ZIP, follows its progress and downloads it from
//! `GET /exports/personal-data/{id}.zip`; an administrator may produce it on the member's
//! request, with a reason (audited).

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, encode},
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    page::PageArgs,
    personal_data::{self, ExportRow, rules::SECTIONS},
};

/// Where a personal data export stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::personal_data::ExportStatus")]
pub enum PersonalDataExportStatus {
    /// 排队中: waiting for the worker.
    Queued,
    /// 生成中: the sections are being collected (see `progress`).
    Running,
    /// 可下载: `downloadUrl` serves the ZIP until `expiresAt`.
    Ready,
    /// 失败: nothing to download; ask again.
    Failed,
    /// 已过期: the ZIP was deleted seven days after it was ready.
    Expired,
}

/// Who asked for an export.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum PersonalDataRequester {
    /// The member themselves.
    #[graphql(name = "SELF")]
    Myself,
    /// An administrator, on the member's request (with a reason, audited).
    Admin,
}

/// A ZIP of everything Tongxin holds about one member: `README.txt`, a JSON file per section,
/// `personal-data.xlsx` with a sheet per section and, up to 50 MB in all, the files they
/// uploaded. Never the choices of any ballot, nor anonymous survey answers or reports.
pub struct PersonalDataExport(pub ExportRow);

/// A personal data export (个人信息导出).
#[Object]
impl PersonalDataExport {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::PersonalDataExport, self.0.id)
    }
    /// Where it stands.
    async fn status(&self) -> PersonalDataExportStatus {
        self.0.status.into()
    }
    /// 0–100: the sections take it to 90, storing the ZIP to 100.
    async fn progress(&self) -> i32 {
        self.0.progress
    }
    /// The sections collected so far, by code (`profile`, `positions`, `stages`, `transfers`,
    /// `dues`, `meetings`, `notices`, `messages`, `files`, `points`, `votes`, `surveys`,
    /// `activities`, `study`, `welfare`, `reports`), in the order collected.
    async fn sections_done(&self) -> &[String] {
        &self.0.sections_done
    }
    /// How many sections an export has.
    async fn sections_total(&self) -> i32 {
        i32::try_from(SECTIONS.len()).unwrap_or(i32::MAX)
    }
    /// Whether the member asked themselves or an administrator produced it for them.
    async fn requested_by(&self) -> PersonalDataRequester {
        if self.0.by_admin {
            PersonalDataRequester::Admin
        } else {
            PersonalDataRequester::Myself
        }
    }
    /// The member who asked, or the administrator who produced it.
    async fn requester_id(&self) -> ID {
        encode(NodeType::Member, self.0.requested_by)
    }
    /// The member whose data it holds.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// That member's name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// The administrator's reason (only when `requestedBy` is `ADMIN`).
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    /// Requested.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Became ready.
    async fn ready_at(&self) -> Option<DateTime<Utc>> {
        self.0.ready_at
    }
    /// The ZIP is deleted at this time: seven days after `readyAt`.
    async fn expires_at(&self) -> Option<DateTime<Utc>> {
        self.0.expires_at
    }
    /// The ZIP's size in bytes (once ready).
    async fn size_bytes(&self) -> Option<i64> {
        self.0.size_bytes
    }
    /// Where to download the ZIP (`GET`, with the session cookie or bearer token; only the
    /// member and the requesting administrator); null unless `READY`.
    async fn download_url(&self) -> Option<String> {
        (self.0.status == personal_data::ExportStatus::Ready).then(|| {
            format!(
                "/exports/personal-data/{}.zip",
                encode(NodeType::PersonalDataExport, self.0.id).as_str()
            )
        })
    }
}

super::types::connection!(
    PersonalDataExportConnection,
    PersonalDataExportEdge,
    PersonalDataExport,
    "A page of personal data exports."
);

/// Input of `exportPersonalDataFor`.
#[derive(InputObject)]
pub struct ExportPersonalDataForInput {
    /// The member whose data to export.
    pub member_id: ID,
    /// Why, 2–200 characters (e.g. the member's request by phone); audited and told to the
    /// member.
    pub reason: String,
}

/// Queries of personal data exports.
#[derive(Default)]
pub struct PersonalDataQuery;

#[Object(name = "PersonalDataQuery")]
impl PersonalDataQuery {
    /// The viewer's own exports (also those an administrator produced for them), newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn my_personal_data_exports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<PersonalDataExportConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = personal_data::list_mine(&c, app(ctx), &args).await.gql()?;
        Ok(PersonalDataExportConnection::from_page(
            page,
            |r| r.id.to_string(),
            PersonalDataExport,
        ))
    }

    /// One export: for the member whose data it holds and for whoever requested it;
    /// `NOT_FOUND` for everyone else.
    async fn personal_data_export(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The export.")] id: ID,
    ) -> async_graphql::Result<PersonalDataExport> {
        let (c, id) = target(ctx, NodeType::PersonalDataExport, &id)?;
        Ok(PersonalDataExport(
            personal_data::get(&c, app(ctx), id).await.gql()?,
        ))
    }
}

/// Mutations of personal data exports.
#[derive(Default)]
pub struct PersonalDataMutation;

#[Object(name = "PersonalDataMutation")]
impl PersonalDataMutation {
    /// Asks for all of the viewer's personal data as a ZIP, produced by the worker; the viewer
    /// is notified (`PERSONAL_DATA`) when it is ready. While one of theirs is queued or
    /// running, that one is returned instead.
    async fn request_personal_data_export(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<PersonalDataExport> {
        let c = tenant(ctx)?;
        Ok(PersonalDataExport(
            personal_data::request_own(&c, app(ctx)).await.gql()?,
        ))
    }

    /// Produces a member's export on their request (member management rights over the
    /// member's org); audited with the reason, and the member is notified. While one of the
    /// member's exports is queued or running, that one is returned.
    async fn export_personal_data_for(
        &self,
        ctx: &Context<'_>,
        input: ExportPersonalDataForInput,
    ) -> async_graphql::Result<PersonalDataExport> {
        let (c, member) = target(ctx, NodeType::Member, &input.member_id)?;
        Ok(PersonalDataExport(
            personal_data::request_for(&c, app(ctx), member, &input.reason)
                .await
                .gql()?,
        ))
    }
}
