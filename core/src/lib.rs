//! Tongxin core: the domain, its services, storage and authorization.
//!
//! Every public service function takes a [`Ctx`] first; the tenant comes from the verified
//! session only. Tenant data is reached only through [`Db::begin_tenant`], and SQL lives only
//! in `store` modules (and in [`system`] for the few cross-tenant operations).

pub mod activity;
pub mod analytics;
pub mod annual_stats;
pub mod assessment;
pub mod audience;
pub mod audit;
pub mod authz;
pub mod branch_setting;
pub mod bus;
pub mod chat;
pub mod checkin;
pub mod config;
pub mod contest;
pub mod ctx;
pub mod db;
pub mod demo;
pub mod digest;
pub mod dues;
pub mod error;
pub mod evaluation;
pub mod files;
pub mod grid;
pub mod honour;
pub mod idea;
pub mod identity;
pub mod inquiry;
pub mod jobs;
pub mod joining;
pub mod lapse;
pub mod links;
pub mod mail;
pub mod meeting;
pub mod member;
pub mod member_profile;
pub mod moderation;
pub mod notice;
pub mod notify;
pub mod org;
pub mod org_term;
pub mod page;
pub mod personal_data;
pub mod pipeline;
pub mod points;
pub mod publicity;
pub mod publishing;
pub mod quiz;
pub mod reminder;
pub mod retention;
pub mod richtext;
pub mod sealing;
pub mod statute;
pub mod study;
pub mod survey;
pub mod system;
pub mod telemetry;
pub mod tenancy;
pub mod text;
pub mod text_enum;
pub mod transfer;
pub mod vote;
pub mod welfare;
pub mod whistleblowing;
pub mod workday;

pub use config::Config;
pub use ctx::{Actor, Ctx};
pub use db::Db;
pub use error::{AppError, AppResult};

use std::sync::Arc;

/// Everything a service needs, cheap to clone and shared by every request of a node.
#[derive(Clone)]
pub struct App {
    /// Connection pools.
    pub db: Db,
    /// Authorization decisions (Casbin, one enforcer per tenant).
    pub authz: authz::Authz,
    /// Password hashing, bounded so that a burst of logins cannot starve the runtime.
    pub hasher: identity::password::Hasher,
    /// Loaded configuration.
    pub config: Arc<Config>,
    /// Signs and verifies links in emails.
    pub links: links::Links,
    /// Events published after commit, fanned out to live subscribers on every node.
    pub bus: bus::Bus,
    /// Where uploaded files live (local directory or S3).
    pub files: files::Storage,
    /// Live conversations on this node, each read once per new message.
    pub rooms: chat::hub::Hub,
    /// Batches of notifications read once per node for all their live recipients.
    pub batches: notify::live::Batches,
    /// Changes of the live grid boards read once per node for all their subscribers.
    pub board_changes: grid::board::SharedChanges,
    /// The live contests' states read once per node for all their participants there.
    pub contest_states: contest::Feeds<contest::Live>,
    /// The live contests' leaderboards read once per node for all their followers there.
    pub contest_boards: contest::Feeds<contest::Leaderboard>,
    /// The queue that sets up subscriptions in batches (see [`chat::setup`]).
    pub setups: chat::setup::Setups,
    /// The modules that deliver reminders of their own kinds of due item.
    pub reminders: Arc<reminder::Handlers>,
    /// The platform's key-encryption keys (`reports.kek`): they wrap the keys of reports
    /// (检举控告) and seal second-factor secrets.
    pub report_keys: Arc<sealing::Keyring>,
    /// Wrong receipt codes per client address.
    pub receipt_guard: Arc<whistleblowing::guard::ReceiptGuard>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("App")
    }
}

impl App {
    /// Connects the pools and the authorization watcher.
    pub async fn connect(config: Config) -> anyhow::Result<Self> {
        let db = Db::connect(&config.database).await?;
        db.check_runtime_role().await?;
        let authz = authz::Authz::new(db.clone(), config.redis.url.clone()).await?;
        let bus = bus::Bus::connect(config.redis.url.as_deref()).await?;
        let files = files::Storage::from_config(&config)?;
        let report_keys =
            sealing::Keyring::from_config(&config.reports, &config.env, &config.data_dir)?;
        let setups = chat::setup::Setups::new(
            db.clone(),
            config.realtime.setup_concurrency,
            config.realtime.setup_queue,
            std::time::Duration::from_millis(config.realtime.setup_wait_ms),
            chat::hub::REPLAY_PAGE,
        );
        Ok(Self {
            db,
            authz,
            hasher: identity::password::Hasher::new(config.auth.hash_concurrency),
            links: links::Links::default(),
            bus,
            files,
            rooms: chat::hub::Hub::default(),
            batches: notify::live::Batches::default(),
            board_changes: grid::board::SharedChanges::default(),
            contest_states: contest::Feeds::new(contest::STATE_TOPIC, std::time::Duration::ZERO),
            contest_boards: contest::Feeds::new(
                contest::BOARD_TOPIC,
                std::time::Duration::from_millis(100),
            ),
            setups,
            reminders: Arc::new(reminder_handlers()),
            report_keys: Arc::new(report_keys),
            receipt_guard: Arc::default(),
            config: Arc::new(config),
        })
    }
}

/// Every module that reminds for its own kind of due item, registered here so that the
/// reminder engine depends on none of them.
fn reminder_handlers() -> reminder::Handlers {
    let mut handlers = reminder::Handlers::default();
    notice::register_reminders(&mut handlers);
    meeting::register_reminders(&mut handlers);
    grid::sla::register_reminders(&mut handlers);
    inquiry::register_reminders(&mut handlers);
    whistleblowing::register_reminders(&mut handlers);
    handlers
}

/// A new time-ordered identifier (UUID v7), so keyset pagination by id follows creation order.
pub fn new_id() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}
