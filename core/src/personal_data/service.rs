//! Actions on personal data exports: ask for one (the member, or an administrator on their
//! request), read them, download the ZIP, the worker's run and the expiry sweep.

use super::{
    CATEGORY, EXPORT_TASK, ExportJob,
    model::{ExportRow, ExportStatus, UploadedFile},
    rules::{self, SECTIONS, Section},
    sections_store, store,
};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    db::TenantTx,
    jobs::{self, JobOptions},
    notify,
    page::{Page, PageArgs},
};
use bytes::Bytes;
use chrono::{DateTime, Utc};
use futures::{StreamExt, stream::BoxStream};
use serde_json::{Value, json};
use uuid::Uuid;

/// The viewer asks for their own data. While one of theirs is queued or running, that one is
/// returned instead of a new one (also under parallel requests).
pub async fn request_own(ctx: &Ctx, app: &App) -> AppResult<ExportRow> {
    let me = ctx.member_id().ok_or(AppError::Forbidden)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (row, new) = create(&mut tx, ctx, me, me, None).await?;
    if new {
        audit::object(
            &mut tx,
            ctx,
            "personal_data.request",
            "personal_data_export",
            row.id,
            json!({}),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(row)
}

/// An administrator with member management rights over the member's org (`member` write, as
/// edits of the member) produces the member's export on their request. The reason (2–200
/// characters) is audited and told to the member. A member out of the caller's sight, or
/// unknown, is `NOT_FOUND`. While one of the member's exports is queued or running, that one
/// is returned (the request is still audited).
pub async fn request_for(
    ctx: &Ctx,
    app: &App,
    member_id: Uuid,
    reason: &str,
) -> AppResult<ExportRow> {
    let admin = ctx.member_id().ok_or(AppError::Forbidden)?;
    let reason = rules::check_reason(reason)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    crate::member::require_manage(&mut tx, ctx, app, member_id).await?;
    let (row, new) = create(&mut tx, ctx, member_id, admin, Some(&reason)).await?;
    audit::object(
        &mut tx,
        ctx,
        "personal_data.export_for",
        "member",
        member_id,
        json!({ "exportId": row.id, "reason": reason, "new": new }),
    )
    .await?;
    let mut written = vec![];
    if new {
        let body = format!(
            "管理员应您的申请导出了您的个人信息，事由：{reason}。生成后可在“个人信息下载”中查看。"
        );
        let dedupe = format!("personal-data-for:{}", row.id);
        if let Some(n) = notify::write(
            &mut tx,
            app,
            &notify::NewNotification {
                member_id,
                kind: CATEGORY,
                title: "管理员代为导出了您的个人信息",
                body: &body,
                dedupe_key: Some(&dedupe),
                detail: json!({ "exportId": row.id, "byAdmin": true }),
            },
        )
        .await?
        {
            written.push((member_id, n));
        }
    }
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(row)
}

/// Inserts a queued export and enqueues its job, or finds the member's queued or running one.
/// Returns the export and whether it is new.
async fn create(
    tx: &mut TenantTx,
    ctx: &Ctx,
    member: Uuid,
    requester: Uuid,
    reason: Option<&str>,
) -> AppResult<(ExportRow, bool)> {
    // A parallel request that inserted first makes ours do nothing (the partial unique index
    // waits for it); its row is then visible to our next statement. Should that one have
    // finished in between, the next turn inserts.
    for _ in 0..3 {
        let id = crate::new_id();
        if let Some(id) = store::insert(tx, id, member, requester, reason).await? {
            jobs::enqueue(
                tx,
                EXPORT_TASK,
                &ExportJob {
                    tenant_id: ctx.tenant_id(),
                    export_id: id,
                },
                &JobOptions {
                    job_key: Some(format!("personal-data:{id}")),
                    max_attempts: Some(5),
                    ..JobOptions::default()
                },
            )
            .await?;
            let row = store::get(tx, id).await?.ok_or(AppError::NotFound)?;
            return Ok((row, true));
        }
        if let Some(row) = store::active(tx, member).await? {
            return Ok((row, false));
        }
    }
    Err(AppError::Conflict("请稍后再试".into()))
}

/// Whether the viewer may read an export: the member whose data it is, or who requested it.
fn visible(ctx: &Ctx, row: &ExportRow) -> bool {
    ctx.member_id()
        .is_some_and(|me| me == row.member_id || me == row.requested_by)
}

/// One export, for its member or its requester; `NOT_FOUND` for everyone else.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<ExportRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id)
        .await?
        .filter(|r| visible(ctx, r))
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// The viewer's own exports (whoever requested them), newest first.
pub async fn list_mine(ctx: &Ctx, app: &App, args: &PageArgs) -> AppResult<Page<ExportRow>> {
    let me = ctx.member_id().ok_or(AppError::Forbidden)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::of_member(&mut tx, me, args.after_uuid()?, args.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, args))
}

/// A ready export's ZIP for its member or requester (audited): its file name, size and bytes.
/// Anything else — another member, another tenant, not ready, expired — is `NOT_FOUND`.
pub async fn download(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
) -> AppResult<(
    String,
    Option<i64>,
    BoxStream<'static, object_store::Result<Bytes>>,
)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id)
        .await?
        .filter(|r| visible(ctx, r) && r.status == ExportStatus::Ready)
        .ok_or(AppError::NotFound)?;
    let key = row.storage_key.clone().ok_or(AppError::NotFound)?;
    audit::object(
        &mut tx,
        ctx,
        "personal_data.download",
        "personal_data_export",
        id,
        json!({ "member": row.member_id }),
    )
    .await?;
    tx.commit().await?;
    let body = app.files.stream(&key).await.map_err(|e| match e {
        object_store::Error::NotFound { .. } => AppError::NotFound,
        e => AppError::Internal(anyhow::anyhow!("object store: {e}")),
    })?;
    let date = row
        .created_at
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y%m%d");
    Ok((
        format!("个人信息-{}-{date}.zip", row.member_name),
        row.size_bytes,
        body,
    ))
}

/// Reads one section of a member's data.
async fn read_section(
    tx: &mut TenantTx,
    code: &str,
    member: Uuid,
    files: &mut Vec<UploadedFile>,
) -> sqlx::Result<Vec<Value>> {
    Ok(match code {
        "profile" => sections_store::profile(tx, member).await?,
        "positions" => sections_store::positions(tx, member).await?,
        "stages" => sections_store::stages(tx, member).await?,
        "transfers" => sections_store::transfers(tx, member).await?,
        "dues" => sections_store::dues(tx, member).await?,
        "meetings" => sections_store::meetings(tx, member).await?,
        "notices" => sections_store::notices(tx, member).await?,
        "messages" => sections_store::messages(tx, member).await?,
        "files" => {
            *files = sections_store::files(tx, member).await?;
            files
                .iter()
                .map(|f| {
                    json!({ "id": f.id, "file_name": f.file_name, "content_type": f.content_type,
                            "byte_size": f.byte_size, "created_at": f.created_at })
                })
                .collect()
        }
        "points" => sections_store::points(tx, member).await?,
        "votes" => sections_store::votes(tx, member).await?,
        "surveys" => sections_store::surveys(tx, member).await?,
        "activities" => sections_store::activities(tx, member).await?,
        "study" => sections_store::study(tx, member).await?,
        "welfare" => sections_store::welfare(tx, member).await?,
        "reports" => sections_store::reports(tx, member).await?,
        _ => vec![],
    })
}

/// An object's bytes.
async fn read_object(app: &App, key: &str) -> AppResult<Vec<u8>> {
    let store_err =
        |e: object_store::Error| AppError::Internal(anyhow::anyhow!("object store: {e}"));
    let mut stream = app.files.stream(key).await.map_err(store_err)?;
    let mut out = Vec::new();
    while let Some(chunk) = stream.next().await {
        out.extend_from_slice(&chunk.map_err(store_err)?);
    }
    Ok(out)
}

/// Collects the sections (recording progress after each), writes and stores the ZIP.
async fn produce(app: &App, ctx: &Ctx, row: &ExportRow) -> AppResult<(String, i64)> {
    let mut sections: Vec<(Section, Vec<Value>)> = Vec::with_capacity(SECTIONS.len());
    let mut files = vec![];
    for (i, sec) in SECTIONS.iter().enumerate() {
        let mut tx = app.db.begin_tenant(ctx).await?;
        let rows = read_section(&mut tx, sec.code, row.member_id, &mut files).await?;
        store::section_done(
            &mut tx,
            row.id,
            sec.code,
            rules::progress(i + 1, SECTIONS.len()),
        )
        .await?;
        tx.commit().await?;
        sections.push((*sec, rows));
    }
    let sizes: Vec<i64> = files.iter().map(|f| f.byte_size).collect();
    let include = rules::include_file_bytes(&sizes);
    let mut extra = vec![];
    if include {
        for f in &files {
            extra.push((
                rules::file_entry_name(f.id, &f.file_name),
                read_object(app, &f.storage_key).await?,
            ));
        }
    }
    let generated = Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y-%m-%d %H:%M")
        .to_string();
    let readme = rules::readme(&row.member_name, &generated, include);
    let bytes = tokio::task::spawn_blocking(move || rules::zip(&readme, &sections, &extra))
        .await
        .map_err(|e| AppError::Internal(e.into()))??;
    let key = format!("{}/personal-data/{}.zip", ctx.tenant_id(), row.id);
    let size = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
    app.files
        .put(&key, Bytes::from(bytes))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("object store: {e}")))?;
    Ok((key, size))
}

/// The worker's run of one export ([`EXPORT_TASK`]), in the tenant its job recorded: collects
/// the sections, stores the ZIP, marks it ready for seven days and tells the member. An export
/// no longer queued or running is left alone; a failure other than a database outage marks it
/// failed (the member may ask again); an outage leaves it to the queue's retry.
pub async fn run_export(app: &App, job: &ExportJob) -> AppResult<&'static str> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    match store::lock(&mut tx, job.export_id).await? {
        None => return Ok("gone"),
        Some(s) if !s.is_active() => return Ok("already done"),
        Some(_) => {}
    }
    store::start(&mut tx, job.export_id).await?;
    let row = store::get(&mut tx, job.export_id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    let (key, size) = match produce(app, &ctx, &row).await {
        Ok(done) => done,
        Err(AppError::Unavailable) => return Err(AppError::Unavailable),
        Err(e) => {
            tracing::error!(export = %row.id, error = ?e, "personal data export failed");
            let mut tx = app.db.begin_tenant(&ctx).await?;
            store::fail(&mut tx, row.id, "导出失败").await?;
            tx.commit().await?;
            return Ok("failed");
        }
    };
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let keep = i32::try_from(rules::KEEP_DAYS).unwrap_or(7);
    let expires = store::ready(&mut tx, row.id, &key, size, keep).await?;
    let body = format!(
        "您的个人信息导出文件已生成，可在“个人信息下载”中下载，有效期至 {}。",
        expires
            .with_timezone(&chrono_tz::Asia::Shanghai)
            .format("%Y-%m-%d %H:%M")
    );
    let dedupe = format!("personal-data-ready:{}", row.id);
    let written = notify::write(
        &mut tx,
        app,
        &notify::NewNotification {
            member_id: row.member_id,
            kind: CATEGORY,
            title: "您的个人信息已可下载",
            body: &body,
            dedupe_key: Some(&dedupe),
            detail: json!({ "exportId": row.id }),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        &ctx,
        "personal_data.ready",
        "personal_data_export",
        row.id,
        json!({ "sizeBytes": size }),
    )
    .await?;
    tx.commit().await?;
    if let Some(n) = written {
        notify::announce(app, job.tenant_id, &[(row.member_id, n)]).await;
    }
    Ok("ready")
}

/// Deletes the ZIPs of a tenant's exports whose seven days ended by `now` and marks them
/// expired; returns how many.
pub async fn sweep_tenant(app: &App, tenant: Uuid, now: DateTime<Utc>) -> AppResult<usize> {
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let expired = store::expired(&mut tx, now).await?;
    for (id, key) in &expired {
        app.files
            .delete(key)
            .await
            .map_err(|e| AppError::Internal(anyhow::anyhow!("object store: {e}")))?;
        store::expire(&mut tx, *id).await?;
    }
    tx.commit().await?;
    Ok(expired.len())
}

/// The worker's sweep ([`super::SWEEP_TASK`]) over every tenant with an export past its time.
pub async fn sweep_all(app: &App) -> AppResult<usize> {
    let now = Utc::now();
    let mut n = 0;
    for tenant in crate::system::tenants_with_expired_exports(&app.db, now).await? {
        n += sweep_tenant(app, tenant, now).await?;
    }
    Ok(n)
}
