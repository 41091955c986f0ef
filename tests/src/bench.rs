//! Pieces the load harnesses share: a `tongxin-api serve` child process, GraphQL over HTTP, a
//! signed-up tenant and a Party org.

use serde_json::{Value, json};
use sqlx::PgConnection;
use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::Duration,
};
use tongxin_core::identity::token;
use uuid::Uuid;

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The `tongxin-api` binary built beside the running harness.
pub fn api_binary() -> anyhow::Result<PathBuf> {
    std::env::current_exe()?
        .parent()
        .map(|d| d.join("tongxin-api"))
        .ok_or_else(|| anyhow::anyhow!("no directory"))
}

/// How a node is started.
#[derive(Debug, Default, Clone)]
pub struct NodeOptions<'a> {
    /// Redis for a multi-node bus; none for the in-process bus.
    pub redis: Option<&'a str>,
    /// A file for the node's output (without colours); none discards stdout and keeps stderr.
    pub log: Option<PathBuf>,
}

/// A `tongxin-api serve` child process, killed when dropped.
pub struct ApiNode {
    /// The process.
    pub child: Child,
    /// Its HTTP port on loopback.
    pub port: u16,
}

impl ApiNode {
    /// Starts a node on a free port and waits until `/healthz` answers (up to 30 s).
    pub async fn start(options: NodeOptions<'_>) -> anyhow::Result<Self> {
        let port = free_port();
        let mut cmd = Command::new(api_binary()?);
        cmd.arg("serve")
            .env("TONGXIN_HTTP__PORT", port.to_string())
            .env("TONGXIN_AUTH__PER_ADDRESS_PER_MINUTE", "10000000")
            .env("RUST_LOG", "warn");
        match options.redis {
            Some(url) => cmd.env("TONGXIN_REDIS__URL", url),
            None => cmd.env_remove("TONGXIN_REDIS__URL"),
        };
        match &options.log {
            Some(path) => {
                let out = std::fs::File::create(path)?;
                cmd.env("NO_COLOR", "1")
                    .stdout(out.try_clone()?)
                    .stderr(out)
            }
            None => cmd.stdout(Stdio::null()),
        };
        let node = Self {
            child: cmd.spawn()?,
            port,
        };
        let http = reqwest::Client::builder().no_proxy().build()?;
        for _ in 0..300 {
            if http
                .get(format!("http://127.0.0.1:{port}/healthz"))
                .send()
                .await
                .is_ok()
            {
                return Ok(node);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        match options.log {
            Some(log) => anyhow::bail!("the API did not start (log: {})", log.display()),
            None => anyhow::bail!("the API did not start"),
        }
    }

    /// Its GraphQL endpoint.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/graphql", self.port)
    }

    /// Its WebSocket endpoint.
    pub fn ws_url(&self) -> String {
        format!("ws://127.0.0.1:{}/graphql/ws", self.port)
    }

    /// Its resident memory in KiB.
    pub fn rss_kib(&self) -> u64 {
        crate::procfs::rss_kib(self.child.id())
    }
}

impl Drop for ApiNode {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Posts a GraphQL request; the JSON body, or `null` when none came.
pub async fn gql(
    http: &reqwest::Client,
    url: &str,
    token: Option<&str>,
    q: &str,
    v: Value,
) -> Value {
    let mut req = http.post(url).json(&json!({ "query": q, "variables": v }));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    match req.send().await {
        Ok(r) => r.json().await.unwrap_or(Value::Null),
        Err(_) => Value::Null,
    }
}

/// Posts a GraphQL request that must succeed; its `data`.
pub async fn gql_data(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    q: &str,
    v: Value,
) -> anyhow::Result<Value> {
    let body = gql(http, url, Some(token), q, v).await;
    anyhow::ensure!(
        body["errors"].is_null() && !body["data"].is_null(),
        "{q}: {body}"
    );
    Ok(body["data"].clone())
}

/// The `p` quantile (0–1) of sorted samples, NaN for none.
pub fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// A connection to the tongxin database through the superuser URL
/// (`TONGXIN_DATABASE__ADMIN_URL`) with `pg_stat_statements` created and reset; none without
/// that URL.
pub async fn statements() -> Option<PgConnection> {
    use sqlx::Connection;
    let admin = std::env::var("TONGXIN_DATABASE__ADMIN_URL").ok()?;
    let url = admin
        .rsplit_once('/')
        .map(|(base, _)| format!("{base}/tongxin"))
        .unwrap_or(admin);
    let mut c = PgConnection::connect(&url).await.ok()?;
    sqlx::query("create extension if not exists pg_stat_statements")
        .execute(&mut c)
        .await
        .ok()?;
    sqlx::query("select pg_stat_statements_reset()")
        .execute(&mut c)
        .await
        .ok()?;
    Some(c)
}

/// Calls of the API roles' statements since the last reset (BEGIN/COMMIT and settings
/// included), and the statements themselves `(query, calls, total ms)`; resets them.
pub async fn calls(admin: &mut Option<PgConnection>) -> Option<(i64, Vec<(String, i64, f64)>)> {
    let c = admin.as_mut()?;
    let rows: Vec<(String, i64, f64)> = sqlx::query_as(
        "select s.query, s.calls, s.total_exec_time
           from pg_stat_statements s join pg_roles r on r.oid = s.userid
          where r.rolname in ('tongxin_app', 'tongxin_system')
          order by s.calls desc, s.total_exec_time desc",
    )
    .fetch_all(&mut *c)
    .await
    .ok()?;
    let _ = sqlx::query("select pg_stat_statements_reset()")
        .execute(&mut *c)
        .await;
    Some((rows.iter().map(|r| r.1).sum(), rows))
}

/// A statement on one line, cut to `n` characters.
pub fn short(q: &str, n: usize) -> String {
    q.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(n)
        .collect()
}

/// A transaction on the schema owner's connection inside a tenant (row-level security applies
/// to the owner too), for bulk set-up and recounts.
pub async fn tenant_tx(
    conn: &mut PgConnection,
    tenant: Uuid,
) -> anyhow::Result<sqlx::Transaction<'_, sqlx::Postgres>> {
    use sqlx::Connection;
    let mut tx = conn.begin().await?;
    sqlx::query("select set_config('app.tenant_id', $1::text, true)")
        .bind(tenant)
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}

/// The uuid inside a global ID.
pub fn raw_id(global: &str) -> anyhow::Result<Uuid> {
    tongxin_api::graphql::ids::decode_any(global)
        .map(|(_, id)| id)
        .ok_or_else(|| anyhow::anyhow!("not a global ID: {global}"))
}

/// Signs up a tenant; returns its slug, its id and the admin's token.
pub async fn sign_up(http: &reqwest::Client, url: &str) -> anyhow::Result<(String, Uuid, String)> {
    let slug = format!("bench-{}", &Uuid::new_v4().simple().to_string()[..10]);
    let body = gql(
        http,
        url,
        None,
        "mutation($i: SignUpInput!) { signUp(input: $i) { token viewer { tenant { id } } } }",
        json!({ "i": { "tenantName": "基准测试企业", "tenantSlug": slug, "adminName": "基准管理员",
                       "adminEmail": format!("bench@{slug}.example.cn"), "adminPassword": "Bench-passw0rd" } }),
    )
    .await;
    let up = &body["data"]["signUp"];
    let (Some(token), Some(id)) = (up["token"].as_str(), up["viewer"]["tenant"]["id"].as_str())
    else {
        anyhow::bail!("sign-up failed: {body}");
    };
    Ok((slug, raw_id(id)?, token.to_owned()))
}

/// Creates a top-level Party org; returns its global ID.
pub async fn party_org(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    name: &str,
) -> anyhow::Result<String> {
    let body = gql(
        http,
        url,
        Some(token),
        "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }",
        json!({ "i": { "name": name, "line": "PARTY" } }),
    )
    .await;
    body["data"]["createOrganization"]["organization"]["id"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| anyhow::anyhow!("org failed: {body}"))
}

/// Inserts `n` members placed in `org`, each with an account that cannot log in and one open
/// session (user agent `agent`), in three statements on `conn`, whose transaction has the
/// tenant set; returns the members' ids and their session tokens, in the same order.
pub async fn insert_members(
    conn: &mut PgConnection,
    tenant: Uuid,
    slug: &str,
    org: Uuid,
    n: usize,
    agent: &str,
) -> anyhow::Result<(Vec<Uuid>, Vec<String>)> {
    let accounts: Vec<Uuid> = (0..n).map(|_| tongxin_core::new_id()).collect();
    let members: Vec<Uuid> = (0..n).map(|_| tongxin_core::new_id()).collect();
    let sessions: Vec<Uuid> = (0..n).map(|_| tongxin_core::new_id()).collect();
    let tokens: Vec<String> = (0..n).map(|_| token::generate(token::SESSION)).collect();
    let hashes: Vec<Vec<u8>> = tokens.iter().map(|t| token::digest(t)).collect();
    // Accounts that cannot log in ('!' is no password hash): the sessions stand on their own.
    sqlx::query(
        "insert into account (id, email, name, password_hash)
         select a, 'm' || i || '@' || $2 || '.example.cn', '成员' || lpad(i::text, 5, '0'), '!'
           from unnest($1::uuid[]) with ordinality as u(a, i)",
    )
    .bind(&accounts)
    .bind(slug)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "insert into member (tenant_id, id, account_id, name, email, political_status, org_id,
                             party_org_id)
         select $1, m, a, '成员' || lpad(i::text, 5, '0'), 'm' || i || '@' || $5 || '.example.cn',
                'FULL_MEMBER', $2, $2
           from unnest($3::uuid[], $4::uuid[]) with ordinality as u(m, a, i)",
    )
    .bind(tenant)
    .bind(org)
    .bind(&members)
    .bind(&accounts)
    .bind(slug)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "insert into session (tenant_id, id, account_id, member_id, token_hash, user_agent,
                              expires_at)
         select $1, s, a, m, h, $6, now() + interval '30 days'
           from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::bytea[]) as u(s, a, m, h)",
    )
    .bind(tenant)
    .bind(&sessions)
    .bind(&accounts)
    .bind(&members)
    .bind(&hashes)
    .bind(agent)
    .execute(&mut *conn)
    .await?;
    Ok((members, tokens))
}
