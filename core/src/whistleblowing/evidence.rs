//! Evidence files: sealed before they reach the object store, uploaded with no uploader
//! recorded (the report they join may be anonymous), read by the report's handlers only.

use super::crypto;
use super::keys::{self, field_aad};
use super::service::me;
use super::{rules, store, view};
use crate::identity::token;
use crate::{App, AppError, AppResult, Ctx, audit};
use anyhow::anyhow;
use bytes::Bytes;
use futures::TryStreamExt;
use serde_json::json;
use uuid::Uuid;

/// Stores an evidence file for a report about to be submitted and returns its one-time
/// token. Nothing links the upload to the member: the token is the only handle on it, and an
/// upload no report claims within a day is deleted.
pub async fn upload(
    ctx: &Ctx,
    app: &App,
    name: &str,
    content_type: &str,
    body: Bytes,
) -> AppResult<String> {
    me(ctx)?;
    let checked = crate::files::rules::parse(name, content_type, body.len() as i64)?;
    if body.len() > rules::MAX_FILE_BYTES {
        return Err(AppError::field(
            "size",
            format!(
                "证据材料每个最大 {} MB",
                rules::MAX_FILE_BYTES / 1024 / 1024
            ),
        ));
    }
    let acting = Ctx::system(ctx.tenant_id());
    let id = crate::new_id();
    let mut tx = app.db.begin_tenant(&acting).await?;
    let (key_version, key, data_key) = keys::new_item_key(app, &mut tx, "report-file", id).await?;
    let sealed = crypto::seal(&key, &field_aad(id, "content"), &body);
    let storage_key = format!("{}/reports/{id}", ctx.tenant_id());
    app.files
        .put(&storage_key, Bytes::from(sealed))
        .await
        .map_err(|e| AppError::Internal(anyhow!(e)))?;
    let token = token::generate("txr_");
    let now = store::now(&mut tx).await?;
    store::insert_file(
        &mut tx,
        &store::NewFile {
            id,
            token_hash: &token::digest(&token),
            key_version,
            data_key: &data_key,
            name_ct: &crypto::seal(&key, &field_aad(id, "name"), checked.name.as_bytes()),
            content_type: &checked.content_type,
            size: checked.size,
            storage_key: &storage_key,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// An evidence file, opened.
#[derive(Debug, Clone)]
pub struct Evidence {
    /// File name.
    pub name: String,
    /// Declared media type.
    pub content_type: String,
    /// The bytes.
    pub body: Bytes,
}

/// An evidence file for the report's handlers; `NOT_FOUND` for anyone else. Audited.
pub async fn download(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Evidence> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let file = store::file(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let report = file.report_id.ok_or(AppError::NotFound)?;
    let row = store::get(&mut tx, report)
        .await?
        .ok_or(AppError::NotFound)?;
    if !view::is_handler(ctx, &mut tx, &row).await? {
        return Err(AppError::NotFound);
    }
    let key = keys::TenantKeys::default()
        .item(
            app,
            &mut tx,
            "report-file",
            file.id,
            file.key_version,
            &file.data_key,
        )
        .await?;
    let name = view::open_field(&key, id, "name", &file.name_ct)?;
    let sealed: Vec<Bytes> = app
        .files
        .stream(&file.storage_key)
        .await
        .map_err(|e| AppError::Internal(anyhow!(e)))?
        .try_collect()
        .await
        .map_err(|e| AppError::Internal(anyhow!(e)))?;
    let body = crypto::open(&key, &field_aad(id, "content"), &sealed.concat())?;
    audit::object(
        &mut tx,
        ctx,
        "report.file_read",
        "report",
        report,
        json!({ "file": id }),
    )
    .await?;
    tx.commit().await?;
    Ok(Evidence {
        name,
        content_type: file.content_type,
        body: Bytes::from(body),
    })
}
