//! The pools and the one way to touch tenant data: [`Db::begin_tenant`].
//!
//! Every way to a connection goes through `Db::acquire`: a request that has waited
//! [`DatabaseConfig::outage_check_ms`] for a connection asks whether PostgreSQL answers at all
//! (one shared probe, at most every quarter second). When it does not, the request ends at once
//! with a pool time-out, which the service layer reports as `UNAVAILABLE`, instead of waiting
//! the whole acquire time-out that a merely busy pool deserves.

use crate::{AppResult, Ctx, config::DatabaseConfig};
use sqlx::{
    Connection, PgConnection, PgPool, Postgres, SqlSafeStr, Transaction,
    pool::PoolConnection,
    postgres::{PgConnectOptions, PgPoolOptions},
};
use std::{
    ops::{Deref, DerefMut},
    sync::Arc,
    time::{Duration, Instant},
};
use tracing::Instrument;
use uuid::Uuid;

/// A transaction confined to one tenant by row-level security, carrying that tenant and actor.
///
/// Only [`Db::begin_tenant`] makes one, so a store function that takes it cannot run on a
/// connection without `app.tenant_id` set, and the tenant it binds into its SQL is the one
/// row-level security enforces: the two cannot disagree.
pub struct TenantTx {
    tx: Transaction<'static, Postgres>,
    tenant: Uuid,
    actor: Option<Uuid>,
    /// Open from `BEGIN` until the transaction ends: the statements run meanwhile are traced
    /// under it (see [`crate::telemetry`]).
    span: tracing::Span,
}

/// The span of one tenant transaction.
fn transaction_span(tenant: Uuid) -> tracing::Span {
    tracing::info_span!(
        "db.transaction",
        otel.kind = "client",
        db.system.name = "postgresql",
        tenant_id = %tenant,
    )
}

impl TenantTx {
    /// The tenant every statement of this transaction is confined to.
    pub fn tenant(&self) -> Uuid {
        self.tenant
    }

    /// The acting member or API key, if the actor is not the system.
    pub fn actor(&self) -> Option<Uuid> {
        self.actor
    }

    /// The connection, as a sqlx executor for the statements of a store function.
    pub fn conn(&mut self) -> &mut PgConnection {
        &mut self.tx
    }

    /// Commits the transaction.
    pub async fn commit(self) -> sqlx::Result<()> {
        self.tx.commit().instrument(self.span).await
    }

    /// Rolls the transaction back (dropping it does too, without waiting).
    pub async fn rollback(self) -> sqlx::Result<()> {
        self.tx.rollback().instrument(self.span).await
    }

    /// Confines the rest of the transaction to another tenant: the one cross-tenant write path
    /// (a transfer's acceptance) switches between sender and receiver so that row-level
    /// security still applies to every statement.
    pub(crate) async fn switch_tenant(&mut self, tenant: Uuid) -> sqlx::Result<()> {
        sqlx::query!(
            "select set_config('app.tenant_id', $1, true)",
            tenant.to_string(),
        )
        .fetch_one(&mut *self.tx)
        .await?;
        self.tenant = tenant;
        Ok(())
    }
}

impl Deref for TenantTx {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        &self.tx
    }
}

impl DerefMut for TenantTx {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.tx
    }
}

/// Connection pools: `app` (RLS applies) for requests and jobs, `setup` (the same role) for
/// setting up subscriptions, and `system` (cross-tenant, see [`crate::system`]).
#[derive(Clone)]
pub struct Db {
    app: PgPool,
    setup: PgPool,
    pub(crate) system: PgPool,
    reach: Arc<Reachability>,
    check_after: Duration,
}

/// Which pool a tenant transaction is taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// Requests and jobs.
    Requests,
    /// Subscription set-up, so that a reconnect storm cannot starve requests of connections.
    Setup,
}

/// Whether an error means the database could not be reached or the connection was lost,
/// rather than that the statement was wrong: the caller may try again once it is back.
pub fn is_outage(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|c| {
            // 08: connection exception; 57P01-57P03: shut down by an administrator, a crash,
            // or not yet accepting connections; 53300: too many connections.
            c.starts_with("08") || matches!(c.as_ref(), "57P01" | "57P02" | "57P03" | "53300")
        }),
        _ => false,
    }
}

/// A shared answer to "does PostgreSQL accept connections?", refreshed at most every
/// `fresh`: concurrent askers wait for one probe instead of each opening a connection.
struct Reachability {
    options: PgConnectOptions,
    last: tokio::sync::Mutex<Option<(Instant, bool)>>,
    fresh: Duration,
}

impl Reachability {
    async fn answers(&self) -> bool {
        let mut last = self.last.lock().await;
        if let Some((at, ok)) = *last
            && at.elapsed() < self.fresh
        {
            return ok;
        }
        let probe = tokio::time::timeout(
            Duration::from_secs(2),
            PgConnection::connect_with(&self.options),
        )
        .await;
        // Only a refusal counts as down: a connection that is slow to come means PostgreSQL is
        // up but busy, and requests should wait their turn rather than be turned away.
        let ok = match probe {
            Ok(Ok(conn)) => {
                let _ = conn.close().await;
                true
            }
            Ok(Err(e)) => !is_outage(&e),
            Err(_) => true,
        };
        *last = Some((Instant::now(), ok));
        ok
    }
}

impl Db {
    /// Opens the pools, each with its own size and acquire time-out.
    pub async fn connect(cfg: &DatabaseConfig) -> anyhow::Result<Self> {
        let timeout = Duration::from_millis(cfg.acquire_timeout_ms.max(1));
        let app = PgPoolOptions::new()
            .max_connections(cfg.max_connections)
            .acquire_timeout(timeout)
            .connect(&cfg.app_url)
            .await
            .map_err(|e| anyhow::Error::new(e).context("cannot connect as the runtime role"))?;
        let setup = PgPoolOptions::new()
            .max_connections(cfg.setup_max_connections.max(1))
            .acquire_timeout(Duration::from_millis(cfg.setup_acquire_timeout_ms.max(1)))
            .connect_lazy(&cfg.app_url)
            .map_err(|e| anyhow::anyhow!("invalid runtime role URL: {e}"))?;
        let system = PgPoolOptions::new()
            .max_connections(cfg.max_connections.div_ceil(2).max(2))
            .acquire_timeout(timeout)
            .connect(&cfg.system_url)
            .await
            .map_err(|e| anyhow::Error::new(e).context("cannot connect as the system role"))?;
        let reach = Arc::new(Reachability {
            options: app.connect_options().as_ref().clone(),
            last: tokio::sync::Mutex::new(None),
            fresh: Duration::from_millis(250),
        });
        Ok(Self {
            app,
            setup,
            system,
            reach,
            check_after: Duration::from_millis(cfg.outage_check_ms.max(1)),
        })
    }

    /// A connection of `pool`; but if none has come after the outage check time and PostgreSQL
    /// refuses connections, a pool time-out at once instead of waiting out the acquire
    /// time-out. A busy but reachable pool keeps waiting. Only the wait for a connection is
    /// cut short, never a statement in flight, so no connection goes back to the pool in the
    /// middle of a `BEGIN`.
    async fn acquire(&self, pool: &PgPool) -> sqlx::Result<PoolConnection<Postgres>> {
        // Boxed, so the futures of every caller stay small (debug builds keep every state).
        let mut waiting = Box::pin(pool.acquire());
        match tokio::time::timeout(self.check_after, &mut waiting).await {
            Ok(done) => done,
            Err(_) if !Box::pin(self.reach.answers()).await => Err(sqlx::Error::PoolTimedOut),
            Err(_) => waiting.await,
        }
    }

    /// Runs a trivial statement on the runtime pool: the readiness check. Its failures map as
    /// every service's do, so an outage is [`crate::AppError::Unavailable`].
    pub async fn ping(&self) -> AppResult<()> {
        let mut conn = self.acquire(&self.app).await?;
        sqlx::query!("select 1 as one")
            .fetch_one(&mut *conn)
            .await?;
        Ok(())
    }

    /// Whether PostgreSQL accepts connections (a shared answer at most a quarter second old).
    pub async fn reachable(&self) -> bool {
        self.reach.answers().await
    }

    /// Waits until PostgreSQL accepts connections again, or `limit` has passed.
    pub async fn wait_until_reachable(&self, limit: Duration) {
        let until = Instant::now() + limit;
        while Instant::now() < until && !self.reach.answers().await {
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// A connection of the system pool, guarded against an outage.
    pub(crate) async fn sys(&self) -> sqlx::Result<PoolConnection<Postgres>> {
        self.acquire(&self.system).await
    }

    /// A transaction on the system pool confined to one tenant all the same: the one place a
    /// tenant is created, or a member signs in or accepts an invitation before any session
    /// exists (see [`crate::system`]).
    pub(crate) async fn sys_begin_tenant(&self, tenant: Uuid) -> sqlx::Result<TenantTx> {
        let span = transaction_span(tenant);
        let mut tx = self.sys_begin().instrument(span.clone()).await?;
        sqlx::query!(
            "select set_config('app.tenant_id', $1, true)",
            tenant.to_string(),
        )
        .fetch_one(&mut *tx)
        .instrument(span.clone())
        .await?;
        Ok(TenantTx {
            tx,
            tenant,
            actor: None,
            span,
        })
    }

    /// A transaction on the system pool, guarded against an outage.
    pub(crate) async fn sys_begin(&self) -> sqlx::Result<Transaction<'static, Postgres>> {
        let conn = self.acquire(&self.system).await?;
        Transaction::begin(conn, None).await
    }

    /// Refuses to run when the runtime role could see past row-level security.
    pub async fn check_runtime_role(&self) -> anyhow::Result<()> {
        let role = sqlx::query!(
            r#"select r.rolsuper as "superuser!", r.rolbypassrls as "bypass!",
                    (select count(*) from pg_class c where c.relowner = r.oid
                       and c.relnamespace = 'public'::regnamespace) as "owns!"
               from pg_roles r where r.rolname = current_user"#,
        )
        .fetch_one(&self.app)
        .await?;
        let (superuser, bypass, owns) = (role.superuser, role.bypass, role.owns);
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
        self.begin_tenant_on(Lane::Requests, ctx).await
    }

    /// [`Db::begin_tenant`] on a chosen pool.
    pub async fn begin_tenant_on(&self, lane: Lane, ctx: &Ctx) -> sqlx::Result<TenantTx> {
        // One round trip: BEGIN and the settings travel together (measured with `make bench`;
        // a checked, bound `set_config` would cost a second round trip on every request, since
        // a multi-statement string cannot carry parameters). Both values are UUIDs, whose text
        // form is hex digits and dashes only, so the literal is safe.
        let actor = ctx.actor_id().map(|a| a.to_string()).unwrap_or_default();
        let statement = format!(
            "begin; select set_config('app.tenant_id', '{}', true), set_config('app.actor_id', '{actor}', true)",
            ctx.tenant_id
        );
        let pool = match lane {
            Lane::Requests => &self.app,
            Lane::Setup => &self.setup,
        };
        let span = transaction_span(ctx.tenant_id);
        let conn = self.acquire(pool).instrument(span.clone()).await?;
        // `Transaction::begin` with a statement is what `Pool::begin_with` does after its
        // acquire; here the acquire is the guarded one.
        let tx = Transaction::begin(
            conn,
            Some(SqlSafeStr::into_sql_str(sqlx::AssertSqlSafe(statement))),
        )
        .instrument(span.clone())
        .await?;
        Ok(TenantTx {
            tx,
            tenant: ctx.tenant_id,
            actor: ctx.actor_id(),
            span,
        })
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
