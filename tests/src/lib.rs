//! Test harness: spawns real API nodes on port 0 against the provisioned PostgreSQL (connected
//! as `tongxin_app`, so row-level security is exercised) and talks to them over HTTP.
//!
//! Tests arrange through one helper per common operation (`TestApp::sign_up`, `join`,
//! `assign_position`, `publish_notice`, … in `ops`), check responses with [`assert_ok!`],
//! wait for effects with [`wait_until`] / [`wait_for`] rather than fixed sleeps, read the SMTP
//! sink through [`mail`] and subscriptions through [`ws`]. Migrations run once per test
//! binary; every test signs up tenants of its own, so tests share the database safely.

mod assert;
pub mod bench;
pub mod cluster;
pub mod grid;
pub mod mail;
mod ops;
pub mod procfs;
pub mod reminders;
mod wait;
pub mod ws;

pub use assert::ok_data;
pub use wait::{POLL, wait_for, wait_until};

use serde_json::{Value, json};
use tokio::sync::OnceCell;
use tongxin_core::Config;

static MIGRATED: OnceCell<()> = OnceCell::const_new();

/// The configuration `make test` provisioned, on a free port.
pub fn config() -> Config {
    let mut c = Config::load().expect("configuration (run through `make test`)");
    c.http.port = 0;
    c.auth.per_address_per_minute = 10_000;
    c.database.max_connections = 5;
    c.normalised()
}

/// A running API node.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// HTTP client.
    pub http: reqwest::Client,
    /// The node's services, for set-up that has no API yet.
    pub app: tongxin_core::App,
}

impl TestApp {
    /// Spawns a node with the default test configuration.
    pub async fn spawn() -> Self {
        Self::spawn_with(config()).await
    }

    /// Spawns a node with a given configuration.
    pub async fn spawn_with(config: Config) -> Self {
        MIGRATED
            .get_or_init(|| async {
                tongxin_core::db::migrate(&config.database.url)
                    .await
                    .expect("migrations");
            })
            .await;
        Self::spawn_on_migrated(config).await
    }

    /// Spawns a node on a database the caller has migrated (a private cluster of its own).
    pub async fn spawn_on_migrated(config: Config) -> Self {
        let application = tongxin_api::Application::build(config)
            .await
            .expect("build app");
        let port = application.port();
        let app = application.app().clone();
        tokio::spawn(application.run_until(std::future::pending()));
        Self {
            base: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::builder()
                .no_proxy()
                .build()
                .expect("client"),
            app,
        }
    }

    /// Posts a GraphQL request, optionally with a bearer token; returns the JSON body.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut req = self
            .http
            .post(format!("{}/graphql", self.base))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send()
            .await
            .expect("request")
            .json()
            .await
            .expect("json body")
    }
}

/// A signed-up tenant.
pub struct Tenant {
    /// Admin's session token.
    pub token: String,
    /// Slug.
    pub slug: String,
    /// Admin's email.
    pub email: String,
    /// Admin's member global id.
    pub member_id: String,
}

/// The password every test account uses.
pub const PASSWORD: &str = "Passw0rd-test";

/// The uuid inside a global ID.
pub fn uuid_of(global: &str) -> uuid::Uuid {
    tongxin_api::graphql::ids::decode_any(global)
        .unwrap_or_else(|| panic!("not a global ID: {global}"))
        .1
}

/// The tenant's id, as the signed-up admin sees it.
pub async fn tenant_id_of(app: &TestApp, t: &Tenant) -> uuid::Uuid {
    app.tenant_id(&t.token).await
}

/// A pool connected with the configured URL (the database owner), for checks and set-up
/// the runtime role may not do; migrates first, like [`TestApp::spawn`].
pub async fn owner_pool() -> sqlx::PgPool {
    let url = config().database.url;
    MIGRATED
        .get_or_init(|| async {
            tongxin_core::db::migrate(&url).await.expect("migrations");
        })
        .await;
    sqlx::PgPool::connect(&url).await.expect("owner connection")
}

/// Runs `sql` as the database owner inside `tenant` (row-level security still confines it to
/// the tenant), binding `id` as `$1`; the rows it touched. For set-up no service may do, such
/// as time passing (a deadline moved into the past).
pub async fn owner_execute(tenant: uuid::Uuid, sql: &str, id: uuid::Uuid) -> u64 {
    let mut tx = owner_tx(tenant).await;
    let done = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .bind(id)
        .execute(&mut *tx)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    tx.commit().await.expect("owner commit");
    done.rows_affected()
}

/// A transaction of the database owner inside `tenant`.
async fn owner_tx(tenant: uuid::Uuid) -> sqlx::Transaction<'static, sqlx::Postgres> {
    let pool = owner_pool().await;
    let mut tx = pool.begin().await.expect("owner transaction");
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .expect("tenant setting");
    tx
}

/// Reads with `sql` as the database owner inside `tenant` (row-level security still confines
/// it to the tenant), binding `id` as `$1`: for what no API shows, such as the ciphertext of a
/// sealed column or the rows a deletion must leave none of.
pub async fn owner_fetch(
    tenant: uuid::Uuid,
    sql: &str,
    id: uuid::Uuid,
) -> Vec<sqlx::postgres::PgRow> {
    let mut tx = owner_tx(tenant).await;
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .bind(id)
        .fetch_all(&mut *tx)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    tx.commit().await.expect("owner commit");
    rows
}

/// The nodes of a GraphQL connection (`{ edges { node } }`); panics if `connection` is not one.
pub fn nodes(connection: &Value) -> Vec<Value> {
    connection["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("not a connection: {connection}"))
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

/// A slug nobody else has.
pub fn unique_slug() -> String {
    format!("t{}", &uuid::Uuid::now_v7().simple().to_string()[20..])
}

/// The `extensions.code` of the first error, if any.
pub fn code(body: &Value) -> Option<&str> {
    body["errors"][0]["extensions"]["code"].as_str()
}
