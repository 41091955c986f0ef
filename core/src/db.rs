//! The pools and the one way to touch tenant data: [`Db::begin_tenant`] (and, for heavy
//! reads that may run on a replica, [`Db::begin_tenant_read`]).
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
/// setting up subscriptions, `policy` (the same role) for loading a tenant's permissions, `system` (cross-tenant, see [`crate::system`]) and, when
/// `database.read_url` is set, `read` (the runtime role on a replica) for heavy reads.
#[derive(Clone)]
pub struct Db {
    app: PgPool,
    setup: PgPool,
    policy: PgPool,
    pub(crate) system: PgPool,
    reach: Arc<Reachability>,
    read: Option<ReadPool>,
    check_after: Duration,
}

/// The replica's pool with its own reachability probe: a replica that is down must not make
/// the primary look down, nor the other way round.
#[derive(Clone)]
struct ReadPool {
    pool: PgPool,
    reach: Arc<Reachability>,
}

/// Which pool a tenant transaction is taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// Requests and jobs.
    Requests,
    /// Subscription set-up, so that a reconnect storm cannot starve requests of connections.
    Setup,
    /// Loading a tenant's permissions. A request asks for them while it holds a connection
    /// of its own lane: were they loaded on that lane, a burst of requests right after the
    /// permissions changed would hold every connection, each waiting for one more, until
    /// the acquire time-out.
    Policy,
}

/// Connections of the [`Lane::Policy`] pool: loads are short and a burst of them waits for
/// one load (see `authz`), so two are plenty.
const POLICY_CONNECTIONS: u32 = 2;

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
    fn of(pool: &PgPool) -> Arc<Self> {
        Arc::new(Self {
            options: pool.connect_options().as_ref().clone(),
            last: tokio::sync::Mutex::new(None),
            fresh: Duration::from_millis(250),
        })
    }

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
        let policy = PgPoolOptions::new()
            .max_connections(POLICY_CONNECTIONS)
            .acquire_timeout(timeout)
            .connect_lazy(&cfg.app_url)
            .map_err(|e| anyhow::anyhow!("invalid runtime role URL: {e}"))?;
        let system = PgPoolOptions::new()
            .max_connections(cfg.max_connections.div_ceil(2).max(2))
            .acquire_timeout(timeout)
            .connect(&cfg.system_url)
            .await
            .map_err(|e| anyhow::Error::new(e).context("cannot connect as the system role"))?;
        let reach = Reachability::of(&app);
        // Lazily: a replica that is down at start delays exports, not the node.
        let read = match cfg.read_url.as_deref().filter(|u| !u.is_empty()) {
            Some(url) => {
                let pool = PgPoolOptions::new()
                    .max_connections(cfg.max_connections)
                    .acquire_timeout(timeout)
                    // Every connection, not only the first: the URL may be changed and a
                    // failover may land on another server.
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            role_is_confined(conn).await?.map_err(|why| {
                                tracing::error!("read replica refused: the {why}");
                                sqlx::Error::Configuration(
                                    format!("read replica: the {why}").into(),
                                )
                            })
                        })
                    })
                    .connect_lazy(url)
                    .map_err(|e| anyhow::anyhow!("invalid read replica URL: {e}"))?;
                let reach = Reachability::of(&pool);
                Some(ReadPool { pool, reach })
            }
            None => None,
        };
        Ok(Self {
            app,
            setup,
            policy,
            system,
            reach,
            read,
            check_after: Duration::from_millis(cfg.outage_check_ms.max(1)),
        })
    }

    /// A connection of `pool`; but if none has come after the outage check time and PostgreSQL
    /// refuses connections, a pool time-out at once instead of waiting out the acquire
    /// time-out. A busy but reachable pool keeps waiting. Only the wait for a connection is
    /// cut short, never a statement in flight, so no connection goes back to the pool in the
    /// middle of a `BEGIN`.
    async fn acquire(&self, pool: &PgPool) -> sqlx::Result<PoolConnection<Postgres>> {
        self.acquire_from(pool, &self.reach).await
    }

    /// [`Db::acquire`] with the probe of the server `pool` connects to.
    async fn acquire_from(
        &self,
        pool: &PgPool,
        reach: &Reachability,
    ) -> sqlx::Result<PoolConnection<Postgres>> {
        // Boxed, so the futures of every caller stay small (debug builds keep every state).
        let mut waiting = Box::pin(pool.acquire());
        match tokio::time::timeout(self.check_after, &mut waiting).await {
            Ok(done) => done,
            Err(_) if !Box::pin(reach.answers()).await => Err(sqlx::Error::PoolTimedOut),
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

    /// Refuses to run when the runtime role could see past row-level security, on the primary
    /// and on the read replica when that answers now (each of the replica's connections is
    /// checked as it is made as well, so one that is down at start is checked later).
    pub async fn check_runtime_role(&self) -> anyhow::Result<()> {
        let mut conn = self.app.acquire().await?;
        role_is_confined(&mut conn)
            .await?
            .map_err(|why| anyhow::anyhow!("refusing to start: the runtime {why}"))?;
        drop(conn);
        if let Some(read) = &self.read {
            if read.reach.answers().await {
                read.pool.acquire().await.map_err(|e| {
                    anyhow::Error::new(e).context("refusing to start: read replica")
                })?;
            } else {
                tracing::warn!("the read replica does not answer; exports wait for it");
            }
        }
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
        let pool = match lane {
            Lane::Requests => &self.app,
            Lane::Setup => &self.setup,
            Lane::Policy => &self.policy,
        };
        self.begin_tenant_in(pool, &self.reach, "begin", ctx).await
    }

    /// A read-only transaction in which only `ctx`'s tenant exists, on the read replica when
    /// `database.read_url` is set, else on the runtime pool: for the heavy reads (exports,
    /// statistics), which then keep their load off the primary.
    ///
    /// The tenant and actor settings are the same transaction-local ones as
    /// [`Db::begin_tenant`]'s, so row-level security confines it alike. It is `read only`
    /// with or without a replica (a write fails on the primary too, so a read path that
    /// writes is found without one) and `repeatable read`, so that the several statements of
    /// an export or a statistics page see one snapshot. A replica may lag the primary: what
    /// a caller has just written may be missing here, so read-your-writes paths stay on
    /// [`Db::begin_tenant`].
    pub async fn begin_tenant_read(&self, ctx: &Ctx) -> sqlx::Result<TenantTx> {
        let (pool, reach) = match &self.read {
            Some(read) => (&read.pool, &*read.reach),
            None => (&self.app, &*self.reach),
        };
        self.begin_tenant_in(
            pool,
            reach,
            "begin isolation level repeatable read, read only",
            ctx,
        )
        .await
    }

    async fn begin_tenant_in(
        &self,
        pool: &PgPool,
        reach: &Reachability,
        begin: &'static str,
        ctx: &Ctx,
    ) -> sqlx::Result<TenantTx> {
        // One round trip: BEGIN and the settings travel together (measured with `make bench`;
        // a checked, bound `set_config` would cost a second round trip on every request, since
        // a multi-statement string cannot carry parameters). Both values are UUIDs, whose text
        // form is hex digits and dashes only, and `begin` is one of the literals above, so the
        // statement is safe.
        let actor = ctx.actor_id().map(|a| a.to_string()).unwrap_or_default();
        let statement = format!(
            "{begin}; select set_config('app.tenant_id', '{}', true), set_config('app.actor_id', '{actor}', true)",
            ctx.tenant_id
        );
        let span = transaction_span(ctx.tenant_id);
        let conn = self
            .acquire_from(pool, reach)
            .instrument(span.clone())
            .await?;
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

    /// The read replica's pool, when `database.read_url` is set.
    pub fn read_pool(&self) -> Option<&PgPool> {
        self.read.as_ref().map(|r| &r.pool)
    }
}

/// Whether the connection's role is subject to row-level security: not superuser, not
/// BYPASSRLS, owner of no table. The error names what is wrong.
async fn role_is_confined(conn: &mut PgConnection) -> sqlx::Result<Result<(), String>> {
    let role = sqlx::query!(
        r#"select r.rolsuper as "superuser!", r.rolbypassrls as "bypass!",
                    (select count(*) from pg_class c where c.relowner = r.oid
                       and c.relnamespace = 'public'::regnamespace) as "owns!"
               from pg_roles r where r.rolname = current_user"#,
    )
    .fetch_one(conn)
    .await?;
    let (superuser, bypass, owns) = (role.superuser, role.bypass, role.owns);
    Ok(if !superuser && !bypass && owns == 0 {
        Ok(())
    } else {
        Err(format!(
            "database role must not be superuser, BYPASSRLS or a table owner \
             (superuser={superuser}, bypassrls={bypass}, owned relations={owns})"
        ))
    })
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
