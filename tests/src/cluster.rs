//! API and worker processes for the shutdown tests and the cluster harness: started from the
//! built binaries with the provisioned configuration, stopped with SIGTERM like an
//! orchestrator stops them, and watched until they are ready or gone.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, ExitStatus, Stdio},
    time::{Duration, Instant},
};

/// A binary built beside the running one (`target/debug/NAME`), from a test (whose binary
/// lives in `deps/`) or from a harness binary.
pub fn binary(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the running binary's path");
    let mut dir = exe.parent().expect("a directory").to_path_buf();
    if dir.ends_with("deps") {
        dir.pop();
    }
    dir.join(name)
}

/// A Tongxin process (`tongxin-api serve` or `tongxin-worker`), killed when dropped.
pub struct Proc {
    /// What it is, for messages (`api-1`, `worker-2`).
    pub name: String,
    /// The child, while it runs.
    pub child: Option<Child>,
    /// The API's port on loopback (none for a worker).
    pub port: Option<u16>,
    program: PathBuf,
    args: Vec<String>,
    env: Vec<(String, String)>,
    log: Option<PathBuf>,
}

impl Proc {
    /// An API node on `port` with extra `TONGXIN_…` settings; its output goes to `log`
    /// (appended, so a restarted node keeps one file) or is discarded.
    pub fn api(name: &str, port: u16, env: &[(&str, &str)], log: Option<&Path>) -> Self {
        let mut all = vec![
            ("TONGXIN_HTTP__PORT".to_string(), port.to_string()),
            (
                "TONGXIN_AUTH__PER_ADDRESS_PER_MINUTE".to_string(),
                "10000000".to_string(),
            ),
        ];
        all.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Self {
            name: name.to_string(),
            child: None,
            port: Some(port),
            program: binary("tongxin-api"),
            args: vec!["serve".into()],
            env: all,
            log: log.map(Path::to_path_buf),
        }
    }

    /// A worker with extra `TONGXIN_…` settings.
    pub fn worker(name: &str, env: &[(&str, &str)], log: Option<&Path>) -> Self {
        Self {
            name: name.to_string(),
            child: None,
            port: None,
            program: binary("tongxin-worker"),
            args: vec![],
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            log: log.map(Path::to_path_buf),
        }
    }

    /// Starts the process (again).
    pub fn start(&mut self) -> anyhow::Result<u32> {
        let mut cmd = Command::new(&self.program);
        cmd.args(&self.args)
            .env("NO_COLOR", "1")
            .env(
                "RUST_LOG",
                std::env::var("CLUSTER_RUST_LOG").unwrap_or_else(|_| {
                    "warn,tongxin_api=info,tongxin_worker=info,graphile_worker=warn".into()
                }),
            )
            .stdin(Stdio::null());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        match &self.log {
            Some(path) => {
                let out = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)?;
                cmd.stdout(out.try_clone()?).stderr(out);
            }
            None => {
                cmd.stdout(Stdio::null()).stderr(Stdio::null());
            }
        }
        let child = cmd
            .spawn()
            .map_err(|e| anyhow::anyhow!("{}: {e} (is it built?)", self.program.display()))?;
        let pid = child.id();
        self.child = Some(child);
        Ok(pid)
    }

    /// The running process's id.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Sends SIGTERM, as an orchestrator does to stop a process.
    pub fn terminate(&self) {
        if let Some(pid) = self.pid() {
            let _ = Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status();
        }
    }

    /// Waits up to `limit` for the process to exit; its status, or `None` if it still runs.
    pub async fn exited(&mut self, limit: Duration) -> Option<ExitStatus> {
        let until = Instant::now() + limit;
        loop {
            let child = self.child.as_mut()?;
            if let Ok(Some(status)) = child.try_wait() {
                self.child = None;
                return Some(status);
            }
            if Instant::now() >= until {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits up to `limit` until the API answers `/readyz` with 200 on its own port.
    pub async fn ready(&self, http: &reqwest::Client, limit: Duration) -> bool {
        let Some(port) = self.port else { return true };
        let until = Instant::now() + limit;
        while Instant::now() < until {
            if let Ok(r) = http
                .get(format!("http://127.0.0.1:{port}/readyz"))
                .send()
                .await
                && r.status().is_success()
            {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    /// Kills the process if it still runs.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.kill();
    }
}
