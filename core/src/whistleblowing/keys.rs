//! The tenant keys of reports and the per-report keys they wrap (see [`super::crypto`]).

use super::crypto::{self, Key};
use super::store;
use crate::db::TenantTx;
use crate::{App, AppError, AppResult, system};
use anyhow::anyhow;
use std::collections::HashMap;
use uuid::Uuid;

fn tenant_aad(tenant: Uuid, version: i32) -> Vec<u8> {
    format!("tongxin:report-key:{tenant}:{version}").into_bytes()
}

/// What a report's or a file's own key is bound to.
pub(super) fn item_aad(tenant: Uuid, kind: &str, id: Uuid) -> Vec<u8> {
    format!("tongxin:{kind}:{tenant}:{id}").into_bytes()
}

/// What a sealed field is bound to.
pub(super) fn field_aad(owner: Uuid, field: &str) -> Vec<u8> {
    format!("{owner}:{field}").into_bytes()
}

/// A stored tenant key, unwrapped with the KEK it names.
fn unwrap_row(app: &App, tenant: Uuid, row: &store::KeyRow) -> AppResult<Key> {
    let kek = app.report_keys.get(&row.kek_id)?;
    crypto::unwrap(kek, &tenant_aad(tenant, row.version), &row.wrapped)
}

/// The tenant's newest key (made on the tenant's first report) and its version.
pub(super) async fn current(app: &App, tx: &mut TenantTx) -> AppResult<(i32, Key)> {
    if let Some(row) = store::newest_key(tx).await? {
        return Ok((row.version, unwrap_row(app, tx.tenant(), &row)?));
    }
    let key = crypto::new_key();
    let wrapped = crypto::wrap(app.report_keys.current(), &tenant_aad(tx.tenant(), 1), &key);
    if store::insert_key(tx, 1, app.report_keys.current_id(), &wrapped).await? {
        return Ok((1, key));
    }
    // Another first report made it at the same moment: use theirs.
    Ok((1, version(app, tx, 1).await?))
}

/// One version of the tenant's key.
async fn version(app: &App, tx: &mut TenantTx, version: i32) -> AppResult<Key> {
    let row = store::key(tx, version)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow!("report key {version} is missing")))?;
    unwrap_row(app, tx.tenant(), &row)
}

/// A new item key (report or file), wrapped under the tenant's current key.
pub(super) async fn new_item_key(
    app: &App,
    tx: &mut TenantTx,
    kind: &str,
    id: Uuid,
) -> AppResult<(i32, Key, Vec<u8>)> {
    let (version, tenant_key) = current(app, tx).await?;
    let key = crypto::new_key();
    let wrapped = crypto::wrap(&tenant_key, &item_aad(tx.tenant(), kind, id), &key);
    Ok((version, key, wrapped))
}

/// The tenant keys one transaction met, each unwrapped once (a page of reports shares them).
#[derive(Default)]
pub(super) struct TenantKeys(HashMap<i32, Key>);

impl TenantKeys {
    /// An item's key (report or file) from its wrapped form.
    pub(super) async fn item(
        &mut self,
        app: &App,
        tx: &mut TenantTx,
        kind: &str,
        id: Uuid,
        key_version: i32,
        wrapped: &[u8],
    ) -> AppResult<Key> {
        let tenant_key = match self.0.get(&key_version) {
            Some(k) => *k,
            None => {
                let k = version(app, tx, key_version).await?;
                self.0.insert(key_version, k);
                k
            }
        };
        crypto::unwrap(&tenant_key, &item_aad(tx.tenant(), kind, id), wrapped)
    }
}

/// What a rotation did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rotation {
    /// Tenants visited.
    pub tenants: usize,
    /// Tenant keys rewrapped under the current KEK.
    pub rewrapped: usize,
    /// Tenant keys already under it.
    pub current: usize,
    /// Tenant keys under a KEK this node does not have (left as they are, and logged).
    pub unknown: usize,
}

/// Rewraps every tenant key not under the current KEK with it (after a new `reports.kek`
/// was configured and the old one moved to `reports.retired_keks`). The report data is not
/// touched: only the tenant keys' wrapping changes. Safe to run again.
pub async fn rotate(app: &App) -> AppResult<Rotation> {
    let mut out = Rotation::default();
    for tenant in system::tenants_with_report_keys(&app.db).await? {
        out.tenants += 1;
        let mut tx = system::begin_for_tenant(&app.db, tenant).await?;
        for row in store::lock_keys(&mut tx).await? {
            if row.kek_id == app.report_keys.current_id() {
                out.current += 1;
                continue;
            }
            let Ok(kek) = app.report_keys.get(&row.kek_id) else {
                tracing::warn!(%tenant, kek = %row.kek_id, "report key under an unknown KEK");
                out.unknown += 1;
                continue;
            };
            let aad = tenant_aad(tenant, row.version);
            let key = crypto::unwrap(kek, &aad, &row.wrapped)?;
            let wrapped = crypto::wrap(app.report_keys.current(), &aad, &key);
            store::rewrap_key(&mut tx, row.version, app.report_keys.current_id(), &wrapped).await?;
            out.rewrapped += 1;
        }
        tx.commit().await?;
    }
    Ok(out)
}
