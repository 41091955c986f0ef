//! Files over GraphQL: start an upload, complete a direct upload, read a file's link.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use tongxin_core::files::{self, FileRow};

/// An uploaded file.
#[derive(SimpleObject)]
pub struct File {
    /// Global ID.
    pub id: ID,
    /// File name.
    pub name: String,
    /// Content type.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
    /// `PENDING` until its bytes are stored, then `READY` (only READY files can be attached).
    pub status: String,
    /// Shown inline (PNG, JPEG, GIF, WebP).
    pub is_image: bool,
}

impl From<FileRow> for File {
    fn from(f: FileRow) -> Self {
        Self {
            id: encode(NodeType::File, f.id),
            is_image: files::rules::is_image(&f.content_type),
            name: f.file_name,
            content_type: f.content_type,
            size: f.byte_size,
            status: f.status.as_str().to_string(),
        }
    }
}

/// A header an upload must carry.
#[derive(SimpleObject)]
pub struct UploadHeader {
    /// Header name.
    pub name: String,
    /// Value.
    pub value: String,
}

/// Where to send a file's bytes.
#[derive(SimpleObject)]
pub struct UploadTarget {
    /// The new file, `PENDING`.
    pub file: File,
    /// `PUT` the bytes here: a presigned S3 URL, or this API's `/files/{id}/content` (send the
    /// session cookie or the `Authorization` header). Valid for 15 minutes.
    pub url: String,
    /// Always `PUT`.
    pub method: String,
    /// Headers the request must carry.
    pub headers: Vec<UploadHeader>,
    /// Call `completeUpload` after the PUT (direct uploads to S3); the API's own route
    /// completes by itself.
    pub needs_completion: bool,
}

/// Input of `beginUpload`.
#[derive(InputObject)]
pub struct BeginUploadInput {
    /// File name, 1–200 characters.
    pub name: String,
    /// Content type: PNG, JPEG, GIF or WebP images (≤ 10 MB); PDF, Word, Excel, PowerPoint,
    /// plain text or ZIP (≤ 50 MB).
    pub content_type: String,
    /// Exact size in bytes.
    pub size: i64,
}

/// A file with a download link.
#[derive(SimpleObject)]
pub struct FileWithUrl {
    /// The file.
    pub file: File,
    /// A download link valid for five minutes.
    pub url: String,
}

/// File queries.
#[derive(Default)]
pub struct FileQuery;

#[Object(name = "FileQuery")]
impl FileQuery {
    /// A file the viewer uploaded or sees attached to a message, with a download link.
    async fn file(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<FileWithUrl> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::File, &id).gql()?;
        let (file, url) = files::get(&c, app(ctx), id).await.gql()?;
        Ok(FileWithUrl {
            file: file.into(),
            url,
        })
    }
}

/// File mutations.
#[derive(Default)]
pub struct FileMutation;

#[Object(name = "FileMutation")]
impl FileMutation {
    /// Starts an upload: checks name, type and size and says where to `PUT` the bytes.
    async fn begin_upload(
        &self,
        ctx: &Context<'_>,
        input: BeginUploadInput,
    ) -> async_graphql::Result<UploadTarget> {
        let c = tenant(ctx)?;
        let t = files::begin_upload(&c, app(ctx), &input.name, &input.content_type, input.size)
            .await
            .gql()?;
        Ok(UploadTarget {
            file: t.file.into(),
            url: t.url,
            method: "PUT".into(),
            headers: t
                .headers
                .into_iter()
                .map(|(name, value)| UploadHeader { name, value })
                .collect(),
            needs_completion: t.needs_completion,
        })
    }

    /// Completes a direct upload: the file becomes `READY` once its object exists with the
    /// announced size.
    async fn complete_upload(&self, ctx: &Context<'_>, file_id: ID) -> async_graphql::Result<File> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::File, &file_id).gql()?;
        Ok(files::complete(&c, app(ctx), id).await.gql()?.into())
    }
}
