//! The systems under test as child processes, pinned to the server core, and what `/proc`
//! says of their CPU time and memory.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::Duration,
};

/// Which system a server or a figure belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum System {
    Tongxin,
    PostGraphile,
    Yoga,
}

impl System {
    pub fn label(self) -> &'static str {
        match self {
            System::Tongxin => "Tongxin",
            System::PostGraphile => "PostGraphile 4.14",
            System::Yoga => "graphql-yoga 5",
        }
    }
}

/// Where the servers run: `Some(cores)` pins them (and PostgreSQL) there.
#[derive(Clone)]
pub struct Placement {
    pub server_cores: Option<String>,
}

impl Placement {
    /// A command that runs `program` where the servers go.
    pub fn command(&self, program: &Path) -> Command {
        match &self.server_cores {
            Some(cores) => {
                let mut c = Command::new("taskset");
                c.arg("-c").arg(cores).arg(program);
                c
            }
            None => Command::new(program),
        }
    }
}

/// A running server.
pub struct Server {
    pub system: System,
    child: Child,
    pub port: u16,
}

/// Where a server's output goes: `$TMPDIR/tongxin-bench-peers/<system>-<port>.log`.
pub fn log_path(system: System, port: u16) -> PathBuf {
    let dir = std::env::temp_dir().join("tongxin-bench-peers");
    let _ = std::fs::create_dir_all(&dir);
    dir.join(format!("{system:?}-{port}.log").to_lowercase())
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The peers' directory (`tests/bench/peers`), from the working directory `make bench` uses.
pub fn peers_dir() -> PathBuf {
    std::env::var_os("PEERS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("tests/bench/peers"))
}

fn node() -> PathBuf {
    std::env::var_os("NODE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("node"))
}

/// Environment every server gets.
pub struct Env {
    pub app_url: String,
    pub jwt_secret: String,
    pub redis_url: Option<String>,
}

impl Server {
    /// Starts `system` and waits until it answers GraphQL.
    pub async fn start(
        system: System,
        place: &Placement,
        env: &Env,
        redis: bool,
    ) -> anyhow::Result<Self> {
        let port = free_port();
        let mut cmd = match system {
            System::Tongxin => {
                let exe = std::env::current_exe()?
                    .parent()
                    .map(|d| d.join("tongxin-api"))
                    .ok_or_else(|| anyhow::anyhow!("no directory"))?;
                let mut c = place.command(&exe);
                c.arg("serve")
                    .env("TONGXIN_HTTP__PORT", port.to_string())
                    .env("TONGXIN_AUTH__PER_ADDRESS_PER_MINUTE", "100000000")
                    .env("TONGXIN_DATABASE__MAX_CONNECTIONS", "16")
                    .env("RUST_LOG", "warn");
                c
            }
            System::PostGraphile | System::Yoga => {
                let script = if system == System::Yoga {
                    "yoga.js"
                } else {
                    "postgraphile.js"
                };
                let mut c = place.command(&node());
                c.arg(peers_dir().join(script))
                    .env("PORT", port.to_string())
                    .env("DATABASE_URL", &env.app_url)
                    .env("JWT_SECRET", &env.jwt_secret)
                    .env("NODE_ENV", "production");
                c
            }
        };
        match (&env.redis_url, redis) {
            (Some(url), true) => {
                cmd.env("REDIS_URL", url).env("TONGXIN_REDIS__URL", url);
            }
            _ => {
                cmd.env_remove("REDIS_URL").env_remove("TONGXIN_REDIS__URL");
            }
        }
        // Server output goes to a log file per server, for when a run goes wrong.
        let log = log_path(system, port);
        let child = cmd
            .stdout(std::fs::File::create(&log)?)
            .stderr(std::fs::File::create(log.with_extension("err"))?)
            .spawn()?;
        let server = Server {
            system,
            child,
            port,
        };
        server.wait_ready().await?;
        Ok(server)
    }

    async fn wait_ready(&self) -> anyhow::Result<()> {
        let http = reqwest::Client::builder().no_proxy().build()?;
        for _ in 0..600 {
            let answered = http
                .post(self.url())
                .json(&serde_json::json!({ "query": "{ __typename }" }))
                .send()
                .await
                .is_ok();
            if answered {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        anyhow::bail!("{} did not start", self.system.label())
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/graphql", self.port)
    }

    pub fn ws_url(&self) -> String {
        match self.system {
            System::Tongxin => format!("ws://127.0.0.1:{}/graphql/ws", self.port),
            _ => format!("ws://127.0.0.1:{}/graphql", self.port),
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// User + system CPU time of a process in µs (all its threads), or 0 once gone.
pub fn cpu_us(pid: u32) -> u64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return 0;
    };
    // Fields after the command name (which may hold spaces) start at state (field 3).
    let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
        return 0;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields
        .get(11)
        .zip(fields.get(12))
        .and_then(|(u, s)| Some(u.parse::<u64>().ok()? + s.parse::<u64>().ok()?))
        .unwrap_or(0);
    // Linux reports in USER_HZ, 100 on every common build.
    ticks * 10_000
}

/// Direct children of a process.
pub fn children(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return out;
    };
    for task in tasks.flatten() {
        if let Ok(list) = std::fs::read_to_string(task.path().join("children")) {
            out.extend(
                list.split_whitespace()
                    .filter_map(|c| c.parse::<u32>().ok()),
            );
        }
    }
    out
}

/// PostgreSQL: the postmaster and its backends, found from the data directory.
pub struct Postgres {
    pub postmaster: u32,
}

impl Postgres {
    pub async fn find(admin_url: &str) -> anyhow::Result<Self> {
        use sqlx::Connection;
        let mut admin = sqlx::PgConnection::connect(admin_url).await?;
        let dir: String = sqlx::query_scalar("select current_setting('data_directory')")
            .fetch_one(&mut admin)
            .await?;
        let pid_file = std::fs::read_to_string(Path::new(&dir).join("postmaster.pid"))?;
        let postmaster = pid_file
            .lines()
            .next()
            .and_then(|l| l.trim().parse().ok())
            .ok_or_else(|| anyhow::anyhow!("no postmaster pid in {dir}"))?;
        Ok(Self { postmaster })
    }

    /// CPU time of the postmaster and every live backend, in µs.
    pub fn cpu_us(&self) -> u64 {
        cpu_us(self.postmaster)
            + children(self.postmaster)
                .into_iter()
                .map(cpu_us)
                .sum::<u64>()
    }

    /// Pins PostgreSQL (the postmaster, so new backends, and the live ones) to `cores`.
    pub fn pin(&self, cores: &str) {
        let mut pids = vec![self.postmaster];
        pids.extend(children(self.postmaster));
        for pid in pids {
            let _ = Command::new("taskset")
                .args(["-a", "-p", "-c", cores, &pid.to_string()])
                .stdout(Stdio::null())
                .status();
        }
    }
}

/// Pins this process (the load generator) to `cores`.
pub fn pin_self(cores: &str) {
    let _ = Command::new("taskset")
        .args(["-a", "-p", "-c", cores, &std::process::id().to_string()])
        .stdout(Stdio::null())
        .status();
}
