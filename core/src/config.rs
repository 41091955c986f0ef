//! Configuration: built-in defaults, then an optional `tongxin.toml`, then `TONGXIN_…`
//! environment variables (`__` separates nesting levels, e.g. `TONGXIN_HTTP__PORT`).

use figment::{
    Figment,
    providers::{Env, Format, Serialized, Toml},
};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The whole configuration of an API or worker node.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    /// `dev` enables GraphiQL and field suggestions; `prod` turns them off.
    pub env: String,
    /// Where private data lives (database cluster, files, mail).
    pub data_dir: PathBuf,
    /// HTTP listener.
    pub http: HttpConfig,
    /// PostgreSQL connections.
    pub database: DatabaseConfig,
    /// Optional Redis for cross-node fan-out and authorization invalidation.
    pub redis: RedisConfig,
    /// Login protection and sessions.
    pub auth: AuthConfig,
    /// GraphQL limits.
    pub graphql: GraphqlConfig,
    /// Outgoing email.
    pub mail: MailConfig,
    /// Background job runner.
    pub worker: WorkerConfig,
    /// File storage: a local directory by default, S3 when a bucket is set.
    #[serde(default)]
    pub storage: StorageConfig,
    /// Live subscriptions.
    #[serde(default)]
    pub realtime: RealtimeConfig,
    /// Logs and traces.
    #[serde(default)]
    pub telemetry: TelemetryConfig,
    /// Keys of the whistleblowing channel's encryption at rest.
    #[serde(default)]
    pub reports: ReportsConfig,
}

/// The key-encryption keys (KEK) of reports (检举控告), each written `id:base64` of 32 bytes.
///
/// Rotation: set a new `kek` with a new id, move the old entry to `retired_keks`, restart the
/// nodes, run `tongxin-api rotate-report-keys` (every tenant key is rewrapped under the new
/// KEK), then drop the retired entry.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct ReportsConfig {
    /// The KEK that wraps new and rotated tenant keys. Unset in dev: one is made and kept in
    /// `{data_dir}/report-kek`; unset in prod: the node refuses to start.
    #[serde(default)]
    pub kek: Option<String>,
    /// Earlier KEKs, comma-separated, that still unwrap tenant keys not yet rotated.
    #[serde(default)]
    pub retired_keks: Option<String>,
}

impl std::fmt::Debug for ReportsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportsConfig")
            .field("kek", &self.kek.as_ref().map(|_| "[redacted]"))
            .field(
                "retired_keks",
                &self.retired_keks.as_ref().map(|_| "[redacted]"),
            )
            .finish()
    }
}

/// Logs and traces (metrics are always served at `/metrics`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TelemetryConfig {
    /// `json` (one object per line, for log collectors) or `text` (for people). Unset: `json`
    /// in prod, `text` in dev, so that `make run` stays readable.
    #[serde(default)]
    pub log_format: Option<LogFormat>,
    /// Base URL of an OpenTelemetry collector's OTLP/HTTP receiver (e.g.
    /// `http://otel-collector:4318`); traces are posted to `{endpoint}/v1/traces`. Empty: no
    /// traces are exported.
    #[serde(default)]
    pub otlp_endpoint: String,
    /// The `service.name` of exported traces; empty: the binary's name.
    #[serde(default)]
    pub service_name: String,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    /// One JSON object per line with the request id, tenant id and trace id.
    Json,
    /// Human-readable lines.
    Text,
}

/// Live subscription settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RealtimeConfig {
    /// Subscription set-ups (access check and first replay read) run at once per node; the
    /// set-up pool (`database.setup_max_connections`) serves them.
    pub setup_concurrency: usize,
    /// Set-ups that may wait their turn; beyond it a subscription is refused at once with the
    /// retryable `UNAVAILABLE`.
    pub setup_queue: usize,
    /// Milliseconds a set-up may wait for its turn before it is refused with `UNAVAILABLE`.
    pub setup_wait_ms: u64,
}

impl Default for RealtimeConfig {
    fn default() -> Self {
        Self {
            setup_concurrency: 4,
            setup_queue: 10_000,
            setup_wait_ms: 20_000,
        }
    }
}

/// File storage settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StorageConfig {
    /// S3 bucket; unset keeps files under `{data_dir}/files`.
    pub s3_bucket: Option<String>,
    /// S3 endpoint for S3-compatible servers (path-style requests).
    pub s3_endpoint: Option<String>,
    /// S3 region.
    pub s3_region: Option<String>,
    /// S3 access key id.
    pub s3_access_key_id: Option<String>,
    /// S3 secret access key.
    pub s3_secret_access_key: Option<String>,
}

/// Background job runner settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WorkerConfig {
    /// Jobs run at once.
    pub concurrency: usize,
    /// Seconds between a worker's heartbeats.
    pub heartbeat_secs: u64,
    /// Seconds without a heartbeat after which a worker counts as dead and its jobs are
    /// released to others (a killed worker's jobs are not lost).
    pub sweep_threshold_secs: u64,
    /// Seconds between sweeps for dead workers.
    pub sweep_interval_secs: u64,
    /// Milliseconds between polls for jobs. graphile_worker fetches one job per slot per
    /// signal (an insert's NOTIFY or a poll) and drops signals past a small buffer, so jobs
    /// enqueued together in one transaction drain at about `concurrency` per poll.
    pub poll_ms: u64,
    /// Where the worker serves Prometheus `/metrics` (e.g. `127.0.0.1:9464`); none when unset.
    pub metrics_addr: Option<String>,
    /// Seconds the job runner's fetches, releases and schedules wait for a connection during a
    /// database outage before the runner is rebuilt (its jobs are then released at once).
    #[serde(default = "default_db_wait_secs")]
    pub db_wait_secs: u64,
}

fn default_db_wait_secs() -> u64 {
    10
}

impl Default for WorkerConfig {
    fn default() -> Self {
        Self {
            concurrency: 8,
            heartbeat_secs: 10,
            sweep_threshold_secs: 60,
            sweep_interval_secs: 30,
            poll_ms: 250,
            metrics_addr: None,
            db_wait_secs: default_db_wait_secs(),
        }
    }
}

/// Outgoing email settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MailConfig {
    /// `smtp://host:port` (or `smtps://user:pass@host`); empty writes `.eml` files under
    /// `$data_dir/mail` instead.
    pub smtp_url: Option<String>,
}

/// HTTP listener settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HttpConfig {
    /// Address to bind.
    pub host: String,
    /// Port to bind; 0 picks a free one.
    pub port: u16,
    /// Peer addresses of reverse proxies whose `X-Forwarded-For` is trusted.
    pub trusted_proxies: Vec<String>,
    /// Origins allowed to open WebSockets and make credentialed requests.
    pub allowed_origins: Vec<String>,
    /// Public base URL, used in links (invitations, password resets).
    pub public_url: String,
    /// Whether the session cookie carries `Secure` (off for plain-HTTP local runs).
    pub secure_cookies: bool,
    /// Milliseconds a stopping node keeps serving (answering `/readyz` with 503 and closing
    /// each connection after its response) before it closes its listener, so that a load
    /// balancer or Kubernetes takes it out of rotation first. Unset: 250 in dev, 5,000 in prod.
    #[serde(default)]
    pub shutdown_drain_ms: Option<u64>,
    /// Milliseconds in-flight requests get to finish once the listener is closed; the process
    /// ends then regardless. Unset: 5,000 in dev, 20,000 in prod (drain and grace together
    /// stay inside Kubernetes' 30 s termination grace period).
    #[serde(default)]
    pub shutdown_grace_ms: Option<u64>,
}

/// PostgreSQL connection settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DatabaseConfig {
    /// Owner connection: runs migrations. Also the base the other URLs derive from.
    pub url: String,
    /// Runtime connection as `tongxin_app`; derived from `url` when empty.
    pub app_url: String,
    /// Cross-tenant connection as `tongxin_system`; derived from `url` when empty.
    pub system_url: String,
    /// Pool size of the runtime pool (requests and jobs).
    pub max_connections: u32,
    /// How long a request waits for a connection of a busy pool, in milliseconds.
    #[serde(default = "default_acquire_timeout_ms")]
    pub acquire_timeout_ms: u64,
    /// After this many milliseconds without a connection, a request checks whether PostgreSQL
    /// answers at all and, when it does not, is answered `UNAVAILABLE` at once.
    #[serde(default = "default_outage_check_ms")]
    pub outage_check_ms: u64,
    /// Pool size for setting up subscriptions (kept apart so a reconnect storm cannot starve
    /// requests).
    #[serde(default = "default_setup_max_connections")]
    pub setup_max_connections: u32,
    /// How long a subscription set-up waits for one of its connections, in milliseconds.
    #[serde(default = "default_setup_acquire_timeout_ms")]
    pub setup_acquire_timeout_ms: u64,
    /// A read replica, connected as the runtime role, for the heavy reads (spreadsheet
    /// exports, grid statistics); they run there in read-only transactions under the same
    /// row-level security settings. Unset or empty: they read the primary.
    #[serde(default)]
    pub read_url: Option<String>,
}

fn default_acquire_timeout_ms() -> u64 {
    5_000
}
fn default_outage_check_ms() -> u64 {
    250
}
fn default_setup_max_connections() -> u32 {
    4
}
fn default_setup_acquire_timeout_ms() -> u64 {
    10_000
}

/// Redis settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RedisConfig {
    /// `redis://…`; empty means single-node mode with in-process buses.
    pub url: Option<String>,
}

/// Authentication settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthConfig {
    /// Password checks allowed per account in one window before a lock.
    pub max_failed_logins: i32,
    /// The window and lock length, in minutes.
    pub lockout_minutes: i64,
    /// Login attempts allowed per client address per minute.
    pub per_address_per_minute: u32,
    /// Session lifetime in days.
    pub session_days: i64,
    /// Concurrent password hashes.
    pub hash_concurrency: usize,
}

/// GraphQL limits.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GraphqlConfig {
    /// Maximum query depth.
    pub max_depth: usize,
    /// Maximum complexity.
    pub max_complexity: usize,
    /// Maximum aliases in one document.
    pub max_aliases: usize,
    /// Maximum directives in one document.
    pub max_directives: usize,
    /// Who may send introspection queries (`__schema`, `__type`): `everyone`, `api_keys`
    /// (integrators' API keys only) or `nobody`. Unset: `everyone` in dev, `api_keys` in prod.
    #[serde(default)]
    pub introspection: Option<IntrospectionAccess>,
}

/// Who may introspect the schema. Introspection documents are checked against their own
/// bounds (see the API's `graphql::introspection`), not the depth limit, which the standard
/// clients' introspection query exceeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntrospectionAccess {
    /// Anyone, signed in or not (development).
    Everyone,
    /// Callers authenticated with an API key (integrators' tools).
    ApiKeys,
    /// Nobody.
    Nobody,
}

impl Config {
    /// Who may introspect: the setting, else `everyone` in dev and `api_keys` in prod.
    pub fn introspection(&self) -> IntrospectionAccess {
        self.graphql.introspection.unwrap_or(if self.is_prod() {
            IntrospectionAccess::ApiKeys
        } else {
            IntrospectionAccess::Everyone
        })
    }
}

impl Config {
    /// How long a stopping node drains before closing its listener (`http.shutdown_drain_ms`).
    pub fn http_shutdown_drain(&self) -> std::time::Duration {
        let ms = self
            .http
            .shutdown_drain_ms
            .unwrap_or(if self.is_prod() { 5_000 } else { 250 });
        std::time::Duration::from_millis(ms)
    }

    /// How long in-flight requests get once the listener is closed (`http.shutdown_grace_ms`).
    pub fn http_shutdown_grace(&self) -> std::time::Duration {
        let ms = self
            .http
            .shutdown_grace_ms
            .unwrap_or(if self.is_prod() { 20_000 } else { 5_000 });
        std::time::Duration::from_millis(ms)
    }

    /// How log lines are written: the setting, else `json` in prod and `text` in dev.
    pub fn log_format(&self) -> LogFormat {
        self.telemetry.log_format.unwrap_or(if self.is_prod() {
            LogFormat::Json
        } else {
            LogFormat::Text
        })
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            env: "dev".into(),
            data_dir: PathBuf::from(".data"),
            http: HttpConfig {
                host: "127.0.0.1".into(),
                port: 8080,
                trusted_proxies: vec![],
                allowed_origins: vec![],
                public_url: String::new(),
                secure_cookies: false,
                shutdown_drain_ms: None,
                shutdown_grace_ms: None,
            },
            database: DatabaseConfig {
                url: "postgres://tongxin_owner@127.0.0.1:5433/tongxin".into(),
                app_url: String::new(),
                system_url: String::new(),
                max_connections: 20,
                acquire_timeout_ms: default_acquire_timeout_ms(),
                outage_check_ms: default_outage_check_ms(),
                setup_max_connections: default_setup_max_connections(),
                setup_acquire_timeout_ms: default_setup_acquire_timeout_ms(),
                read_url: None,
            },
            redis: RedisConfig::default(),
            storage: StorageConfig::default(),
            auth: AuthConfig {
                max_failed_logins: 10,
                lockout_minutes: 15,
                per_address_per_minute: 30,
                session_days: 30,
                hash_concurrency: 2,
            },
            graphql: GraphqlConfig {
                max_depth: 12,
                max_complexity: 2000,
                max_aliases: 30,
                max_directives: 20,
                introspection: None,
            },
            mail: MailConfig::default(),
            worker: WorkerConfig::default(),
            realtime: RealtimeConfig::default(),
            telemetry: TelemetryConfig::default(),
            reports: ReportsConfig::default(),
        }
    }
}

impl Config {
    /// Loads defaults, `tongxin.toml` (if present) and the environment.
    pub fn load() -> anyhow::Result<Self> {
        Self::figment()
            .extract()
            .map_err(Into::into)
            .map(Self::normalised)
    }

    /// The layered sources, exposed so callers can add their own overrides.
    pub fn figment() -> Figment {
        Figment::from(Serialized::defaults(Config::default()))
            .merge(Toml::file("tongxin.toml"))
            .merge(Env::prefixed("TONGXIN_").split("__"))
    }

    /// Fills derived values: role URLs from the owner URL, the public URL from the listener.
    pub fn normalised(mut self) -> Self {
        if self.database.app_url.is_empty() {
            self.database.app_url = with_user(&self.database.url, "tongxin_app");
        }
        if self.database.system_url.is_empty() {
            self.database.system_url = with_user(&self.database.url, "tongxin_system");
        }
        if self.database.read_url.as_deref() == Some("") {
            self.database.read_url = None;
        }
        if self.redis.url.as_deref() == Some("") {
            self.redis.url = None;
        }
        if self.public_url().is_empty() {
            self.http.public_url = format!("http://{}:{}", self.http.host, self.http.port);
        }
        self
    }

    /// Public base URL without a trailing slash.
    pub fn public_url(&self) -> &str {
        self.http.public_url.trim_end_matches('/')
    }

    /// Whether this is a production configuration (no explorer, no suggestions).
    pub fn is_prod(&self) -> bool {
        self.env == "prod"
    }
}

/// Replaces the user (and drops the password) of a `postgres://` URL.
fn with_user(url: &str, user: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let host_part = rest.split_once('@').map_or(rest, |(_, h)| h);
    format!("{scheme}://{user}@{host_part}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_urls_are_derived_from_the_owner_url_without_its_password() {
        let derived = with_user("postgres://owner:secret@db:5432/tx", "tongxin_app");
        assert_eq!(derived, "postgres://tongxin_app@db:5432/tx");
    }

    #[test]
    fn a_url_without_credentials_gets_the_user() {
        assert_eq!(
            with_user("postgres://127.0.0.1:5/x", "tongxin_system"),
            "postgres://tongxin_system@127.0.0.1:5/x"
        );
    }
}
