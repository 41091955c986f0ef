//! The two pools and the one way to touch tenant data: [`Db::begin_tenant`].

use crate::{Ctx, config::DatabaseConfig};
use sqlx::{PgPool, Postgres, Transaction, postgres::PgPoolOptions};
use std::time::Duration;

/// A transaction confined to one tenant by row-level security.
pub type TenantTx = Transaction<'static, Postgres>;

/// Connection pools: `app` (RLS applies) and `system` (cross-tenant, see [`crate::system`]).
#[derive(Clone)]
pub struct Db {
    app: PgPool,
    pub(crate) system: PgPool,
}

impl Db {
    /// Opens both pools lazily-checked with short acquire timeouts.
    pub async fn connect(cfg: &DatabaseConfig) -> anyhow::Result<Self> {
        let app = PgPoolOptions::new()
            .max_connections(cfg.max_connections)
            .acquire_timeout(Duration::from_secs(5))
            .connect(&cfg.app_url)
            .await
            .map_err(|e| anyhow::anyhow!("cannot connect as the runtime role: {e}"))?;
        let system = PgPoolOptions::new()
            .max_connections(cfg.max_connections.div_ceil(2).max(2))
            .acquire_timeout(Duration::from_secs(5))
            .connect(&cfg.system_url)
            .await
            .map_err(|e| anyhow::anyhow!("cannot connect as the system role: {e}"))?;
        Ok(Self { app, system })
    }

    /// Refuses to run when the runtime role could see past row-level security.
    pub async fn check_runtime_role(&self) -> anyhow::Result<()> {
        let (superuser, bypass, owns): (bool, bool, i64) = sqlx::query_as(
            "select r.rolsuper, r.rolbypassrls,
                    (select count(*) from pg_class c where c.relowner = r.oid
                       and c.relnamespace = 'public'::regnamespace)
               from pg_roles r where r.rolname = current_user",
        )
        .fetch_one(&self.app)
        .await?;
        anyhow::ensure!(
            !superuser && !bypass && owns == 0,
            "refusing to start: the runtime database role must not be superuser, BYPASSRLS or \
             a table owner (superuser={superuser}, bypassrls={bypass}, owned relations={owns})"
        );
        Ok(())
    }

    /// Opens a transaction in which only `ctx`'s tenant exists.
    ///
    /// The settings are transaction-local, so a pooled connection never carries a tenant
    /// into the next request.
    pub async fn begin_tenant(&self, ctx: &Ctx) -> sqlx::Result<TenantTx> {
        // One round trip: BEGIN and the settings travel together. Both values are UUIDs,
        // whose text form is hex digits and dashes only, so the literal is safe.
        let actor = ctx.actor_id().map(|a| a.to_string()).unwrap_or_default();
        let statement = format!(
            "begin; select set_config('app.tenant_id', '{}', true), set_config('app.actor_id', '{actor}', true)",
            ctx.tenant_id
        );
        self.app.begin_with(sqlx::AssertSqlSafe(statement)).await
    }

    /// The runtime pool, for health checks and tests of pool hygiene.
    pub fn app_pool(&self) -> &PgPool {
        &self.app
    }
}

/// Applies the migrations over an owner connection.
pub async fn migrate(owner_url: &str) -> anyhow::Result<()> {
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .connect(owner_url)
        .await?;
    sqlx::migrate!("../migrations").run(&pool).await?;
    crate::jobs::migrate(&pool).await?;
    pool.close().await;
    Ok(())
}
