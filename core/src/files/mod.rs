//! Files: uploads into the object store and short-lived signed downloads.
//!
//! An upload starts with a PENDING row and an upload target (a presigned PUT to S3, or the
//! API's own authenticated route for the local store); the row becomes READY only once the
//! object exists with the announced size, and only READY files can be attached. Downloads go
//! through signed URLs that live five minutes, issued after an access check.

pub mod rules;
mod storage;
mod store;

pub use storage::Storage;

use crate::db::TenantTx;
use crate::{App, AppError, AppResult, Ctx};
use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::time::Duration;
use uuid::Uuid;

/// How long an upload target stays valid.
pub const UPLOAD_TTL: Duration = Duration::from_secs(15 * 60);
/// How long a download link stays valid.
pub const DOWNLOAD_TTL: Duration = Duration::from_secs(5 * 60);
/// The link purpose of local downloads.
const DOWNLOAD: &str = "file-download";

crate::text_enum! {
    /// Whether a file's bytes have arrived.
    pub enum FileStatus {
        /// Registered; the bytes are not confirmed yet.
        Pending = "PENDING",
        /// The bytes are stored.
        Ready = "READY",
    }
}

/// A file row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FileRow {
    /// Id.
    pub id: Uuid,
    /// Who uploaded it.
    pub uploader_id: Uuid,
    /// Display name.
    pub file_name: String,
    /// Content type.
    pub content_type: String,
    /// Size in bytes.
    pub byte_size: i64,
    /// Object key.
    pub storage_key: String,
    /// Whether the bytes are there yet.
    pub status: FileStatus,
    /// Created.
    pub created_at: DateTime<Utc>,
}

/// Where and how a client uploads a file's bytes.
#[derive(Debug, Clone)]
pub struct UploadTarget {
    /// The new (pending) file.
    pub file: FileRow,
    /// The URL to `PUT` the bytes to (absolute for S3, a path of this API for the local store).
    pub url: String,
    /// Headers the PUT must carry.
    pub headers: Vec<(String, String)>,
    /// Whether the client must call `completeUpload` afterwards (S3); the local route
    /// completes by itself.
    pub needs_completion: bool,
}

fn member(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

fn store_error(e: object_store::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("object store: {e}"))
}

/// Starts an upload: checks name, type and size and returns where to send the bytes.
pub async fn begin_upload(
    ctx: &Ctx,
    app: &App,
    name: &str,
    content_type: &str,
    size: i64,
) -> AppResult<UploadTarget> {
    let uploader = member(ctx)?;
    let new = rules::parse(name, content_type, size)?;
    let id = crate::new_id();
    let key = rules::storage_key(ctx.tenant_id, id, Utc::now());
    let mut tx = app.db.begin_tenant(ctx).await?;
    let file = store::insert(
        &mut tx,
        &store::NewRow {
            id,
            uploader,
            name: &new.name,
            content_type: &new.content_type,
            size: new.size,
            key: &key,
        },
    )
    .await?;
    tx.commit().await?;
    let presigned = app
        .files
        .presign_put(&key, &new.content_type, UPLOAD_TTL)
        .await
        .map_err(store_error)?;
    Ok(match presigned {
        Some(url) => UploadTarget {
            file,
            url,
            headers: vec![("Content-Type".into(), new.content_type)],
            needs_completion: true,
        },
        None => UploadTarget {
            url: format!("/files/{id}/content"),
            file,
            headers: vec![("Content-Type".into(), new.content_type)],
            needs_completion: false,
        },
    })
}

/// Receives the bytes of a pending upload through the API (the local store's route): only the
/// uploader, only the announced size; the file is READY when this returns.
pub async fn receive(ctx: &Ctx, app: &App, id: Uuid, body: Bytes) -> AppResult<FileRow> {
    let uploader = member(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let file = store::pending_of(&mut tx, id, uploader)
        .await?
        .ok_or(AppError::NotFound)?;
    if file.status == FileStatus::Ready {
        return Err(AppError::Conflict("文件已上传".into()));
    }
    if body.len() as i64 != file.byte_size {
        return Err(AppError::field(
            "size",
            format!(
                "上传的内容为 {} 字节，与声明的 {} 字节不符",
                body.len(),
                file.byte_size
            ),
        ));
    }
    app.files
        .put(&file.storage_key, body)
        .await
        .map_err(store_error)?;
    store::mark_ready(&mut tx, id).await?;
    tx.commit().await?;
    Ok(FileRow {
        status: FileStatus::Ready,
        ..file
    })
}

/// Completes a direct (presigned) upload: the object must exist with the announced size.
pub async fn complete(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<FileRow> {
    let uploader = member(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let file = store::pending_of(&mut tx, id, uploader)
        .await?
        .ok_or(AppError::NotFound)?;
    if file.status == FileStatus::Ready {
        tx.commit().await?;
        return Ok(file);
    }
    match app
        .files
        .size(&file.storage_key)
        .await
        .map_err(store_error)?
    {
        None => return Err(AppError::field("fileId", "文件尚未上传完成，请重新上传")),
        Some(n) if n as i64 != file.byte_size => {
            return Err(AppError::field(
                "fileId",
                format!(
                    "上传的文件为 {n} 字节，与声明的 {} 字节不符",
                    file.byte_size
                ),
            ));
        }
        Some(_) => {}
    }
    store::mark_ready(&mut tx, id).await?;
    tx.commit().await?;
    Ok(FileRow {
        status: FileStatus::Ready,
        ..file
    })
}

/// Whether `member` may attach the file: their own upload, READY.
pub(crate) async fn attachable(tx: &mut TenantTx, member: Uuid, id: Uuid) -> AppResult<FileRow> {
    match store::get(tx, id).await? {
        Some(f) if f.uploader_id == member && f.status == FileStatus::Ready => Ok(f),
        Some(f) if f.uploader_id == member => Err(AppError::field("fileId", "文件尚未上传完成")),
        _ => Err(AppError::NotFound),
    }
}

/// A file the viewer may read, with a fresh download link.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<(FileRow, String)> {
    let viewer = member(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let file = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    // Readable: the viewer's own upload, or an attachment chat lets them see.
    if file.uploader_id != viewer && !crate::chat::may_read_attachment(&mut tx, viewer, id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    let url = download_url(app, ctx.tenant_id, &file).await?;
    Ok((file, url))
}

#[derive(Serialize, Deserialize)]
struct DownloadClaim {
    t: Uuid,
    f: Uuid,
    e: i64,
}

/// A download link valid for [`DOWNLOAD_TTL`]. The caller has checked that the viewer may read
/// the file (it is attached to a message they see, or it is their own).
pub async fn download_url(app: &App, tenant: Uuid, file: &FileRow) -> AppResult<String> {
    let disposition = rules::content_disposition(&file.file_name, &file.content_type);
    if let Some(url) = app
        .files
        .presign_get(&file.storage_key, &disposition, DOWNLOAD_TTL)
        .await
        .map_err(store_error)?
    {
        return Ok(url);
    }
    let claim = DownloadClaim {
        t: tenant,
        f: file.id,
        e: (Utc::now() + DOWNLOAD_TTL).timestamp(),
    };
    let token = app.links.sign(&app.db, DOWNLOAD, &claim).await?;
    Ok(format!("/files/download/{token}"))
}

/// The file behind a local download link, with its bytes: `NotFound` for a forged, altered or
/// expired link.
pub async fn open_download(
    app: &App,
    token: &str,
) -> AppResult<(
    FileRow,
    futures::stream::BoxStream<'static, object_store::Result<Bytes>>,
)> {
    let claim: DownloadClaim = app
        .links
        .verify(&app.db, DOWNLOAD, token)
        .await?
        .map_err(|_| AppError::NotFound)?;
    if claim.e < Utc::now().timestamp() {
        return Err(AppError::NotFound);
    }
    let ctx = Ctx::system(claim.t);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let file = store::get(&mut tx, claim.f)
        .await?
        .filter(|f| f.status == FileStatus::Ready)
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    let body = app
        .files
        .stream(&file.storage_key)
        .await
        .map_err(store_error)?;
    Ok((file, body))
}
