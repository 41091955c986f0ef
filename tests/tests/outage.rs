//! A database outage: a private PostgreSQL cluster stopped for ten seconds and started again
//! under a running API node and a running `tongxin-worker` process.

use serde_json::{Value, json};
use std::{
    collections::{HashMap, HashSet},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};
use tongxin_tests::TestApp;

/// A throwaway PostgreSQL cluster of this test's own, so stopping it disturbs no other test.
struct Cluster {
    dir: PathBuf,
    port: String,
    env: Vec<(String, String)>,
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn pg_script(args: &[&str]) -> String {
    let out = Command::new("bash")
        .arg(repo_root().join("scripts/pg.sh"))
        .args(args)
        .env("PG_FAST", "1")
        .stderr(Stdio::null())
        .output()
        .expect("scripts/pg.sh");
    assert!(out.status.success(), "pg.sh {args:?} failed");
    String::from_utf8(out.stdout).expect("utf-8")
}

impl Cluster {
    fn start(dir: PathBuf) -> Self {
        let printed = pg_script(&["start", dir.to_str().expect("path")]);
        let env: Vec<(String, String)> = printed
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let port = std::fs::read_to_string(dir.join("port"))
            .expect("port file")
            .trim()
            .to_string();
        Self { dir, port, env }
    }

    fn var(&self, name: &str) -> String {
        self.env
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("{name} not printed by pg.sh"))
    }

    fn stop(&self) {
        pg_script(&["stop", self.dir.to_str().expect("path")]);
    }

    fn start_again(&self) {
        pg_script(&["start", self.dir.to_str().expect("path"), &self.port]);
    }

    /// Stops the cluster off the async threads.
    async fn stopped(self) -> Self {
        tokio::task::spawn_blocking(move || {
            self.stop();
            self
        })
        .await
        .expect("stop")
    }

    /// Starts the cluster again, on its port, off the async threads.
    async fn started_again(self) -> Self {
        tokio::task::spawn_blocking(move || {
            self.start_again();
            self
        })
        .await
        .expect("start again")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg(repo_root().join("scripts/pg.sh"))
            .args(["stop", self.dir.to_str().unwrap_or_default()])
            .stderr(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The worker binary, killed when the test ends however it ends.
struct WorkerProcess(Child);

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One probe request: when it started and ended, and what came back.
#[derive(Debug, Clone)]
struct Probe {
    started: Instant,
    took: Duration,
    status: u16,
    code: Option<String>,
    retry_after: bool,
}

async fn probe(app: &TestApp, token: &str) -> Probe {
    let started = Instant::now();
    let res = app
        .http
        .post(format!("{}/graphql", app.base))
        .bearer_auth(token)
        .json(&json!({ "query": "{ viewer { member { id } } }" }))
        .timeout(Duration::from_secs(10))
        .send()
        .await;
    let took = started.elapsed();
    match res {
        Ok(res) => {
            let status = res.status().as_u16();
            let retry_after = res.headers().contains_key("retry-after");
            let body: Value = res.json().await.unwrap_or(Value::Null);
            let code = body["errors"][0]["extensions"]["code"]
                .as_str()
                .map(str::to_owned);
            Probe {
                started,
                took,
                status,
                code,
                retry_after,
            }
        }
        Err(_) => Probe {
            started,
            took,
            status: 0,
            code: None,
            retry_after: false,
        },
    }
}

/// Invites `email` into the tenant's first org, retrying while the API answers 503; returns
/// how many answers were 503 before it went through.
async fn invite(app: &TestApp, token: &str, org: &str, email: &str) -> usize {
    let mut refused = 0;
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        let res = app
            .http
            .post(format!("{}/graphql", app.base))
            .bearer_auth(token)
            .json(&json!({
                "query": "mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationToken } }",
                "variables": { "i": { "email": email, "name": "停机测试", "organizationId": org } }
            }))
            .send()
            .await
            .expect("request");
        let status = res.status().as_u16();
        let body: Value = res.json().await.expect("json");
        if status == 200 && body["errors"].is_null() {
            return refused;
        }
        assert_eq!(
            status, 503,
            "only an outage may refuse an invitation: {body}"
        );
        assert_eq!(
            body["errors"][0]["extensions"]["code"], "UNAVAILABLE",
            "{body}"
        );
        refused += 1;
        assert!(Instant::now() < until, "the API never came back");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

/// Opens a WebSocket with a session token and sends `connection_init`; the close code the server
/// answers with, if it closes.
async fn socket_during_outage(app: &TestApp, token: &str) -> Option<u16> {
    use futures::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest, http::HeaderValue};
    let url = format!("{}/graphql/ws", app.base.replace("http://", "ws://"));
    let mut req = url.into_client_request().ok()?;
    req.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(req).await.ok()?;
    let init = json!({ "type": "connection_init", "payload": { "token": token } });
    ws.send(Message::Text(init.to_string().into())).await.ok()?;
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        match tokio::time::timeout(Duration::from_secs(5), ws.next()).await {
            Ok(Some(Ok(Message::Close(frame)))) => return frame.map(|f| u16::from(f.code)),
            Ok(Some(Ok(_))) => continue,
            _ => return None,
        }
    }
    None
}

/// Recipient → the Message-IDs of the emails written for it (file transport).
fn delivered(mail_dir: &Path) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for entry in std::fs::read_dir(mail_dir).into_iter().flatten().flatten() {
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        let header = |name: &str| {
            text.lines()
                .find(|l| l.to_ascii_lowercase().starts_with(name))
                .map(|l| l[name.len()..].trim().to_string())
        };
        if let (Some(to), Some(id)) = (header("to:"), header("message-id:")) {
            out.entry(to).or_default().push(id);
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ten_second_database_outage_answers_503_at_once_and_the_worker_loses_no_job() {
    // Arrange: a private cluster, migrated; an API node and the worker binary on it.
    let dir = std::env::temp_dir().join(format!("tx-outage-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let cluster = tokio::task::spawn_blocking({
        let dir = dir.clone();
        move || Cluster::start(dir)
    })
    .await
    .expect("cluster");
    let owner_url = cluster.var("TONGXIN_DATABASE__URL");
    tongxin_core::db::migrate(&owner_url)
        .await
        .expect("migrations");
    let data = dir.join("data");
    let mut config = tongxin_tests::config();
    config.database.url = owner_url.clone();
    config.database.app_url = cluster.var("TONGXIN_DATABASE__APP_URL");
    config.database.system_url = cluster.var("TONGXIN_DATABASE__SYSTEM_URL");
    config.redis.url = None;
    config.data_dir = data.clone();
    let app = Arc::new(TestApp::spawn_on_migrated(config).await);
    let t = app.sign_up().await;
    let org = app
        .create_org(&t.token, None, "停机测试党委", "PARTY")
        .await;
    let log = std::fs::File::create(dir.join("worker.log")).expect("log file");
    let mut worker = WorkerProcess(
        Command::new(repo_root().join("target/debug/tongxin-worker"))
            .envs(cluster.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .env("TONGXIN_DATA_DIR", &data)
            .env_remove("TONGXIN_REDIS__URL")
            .env_remove("TONGXIN_MAIL__SMTP_URL")
            .env("TONGXIN_WORKER__CONCURRENCY", "4")
            .env("TONGXIN_WORKER__POLL_MS", "100")
            .env("RUST_LOG", "warn,tongxin_worker=info")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("worker binary (cargo build builds it)"),
    );
    let pid = worker.0.id();
    let run = uuid::Uuid::new_v4().simple().to_string()[..8].to_string();
    let email = |phase: &str, i: usize| format!("{phase}-{i}-{run}@outage.example.cn");
    let owner = sqlx::PgPool::connect(&owner_url).await.expect("owner pool");

    // Act: jobs before; PostgreSQL down for ten seconds under steady requests and invitations
    // that the API takes once it can; jobs after.
    for i in 0..20 {
        invite(&app, &t.token, &org, &email("before", i)).await;
    }
    let probes: Arc<Mutex<Vec<Probe>>> = Arc::default();
    let probing = tokio::spawn({
        let (probes, prober, token) = (probes.clone(), app.clone(), t.token.clone());
        async move {
            loop {
                let p = probe(&prober, &token).await;
                probes.lock().expect("probes").push(p);
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    });
    let cluster = cluster.stopped().await;
    let stopped = Instant::now();
    let during = tokio::spawn({
        let (prober, token, org) = (app.clone(), t.token.clone(), org.clone());
        let emails: Vec<String> = (0..5).map(|i| email("during", i)).collect();
        async move {
            let mut refused = 0;
            for e in &emails {
                refused += invite(&prober, &token, &org, e).await;
            }
            refused
        }
    });
    let socket_close = socket_during_outage(&app, &t.token).await;
    tokio::time::sleep(Duration::from_secs(10).saturating_sub(stopped.elapsed())).await;
    let restarting = Instant::now();
    let cluster = cluster.started_again().await;
    let restarted = Instant::now();
    let refused_during = during.await.expect("invitations during the outage");
    for i in 0..20 {
        invite(&app, &t.token, &org, &email("after", i)).await;
    }
    let sent = || async {
        sqlx::query_scalar::<_, i64>(
            "select count(*) from mail_outbox where key like 'invitation:%' and sent_at is not null",
        )
        .fetch_one(&owner)
        .await
        .unwrap_or(0)
    };
    let deadline = Instant::now() + Duration::from_secs(90);
    while sent().await < 45 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    probing.abort();

    // Assert: the worker is the same process, still running, and every job ran once in effect.
    let log = std::fs::read_to_string(dir.join("worker.log")).unwrap_or_default();
    assert!(
        worker.0.try_wait().expect("worker status").is_none(),
        "the worker exited: {log}"
    );
    assert_eq!(worker.0.id(), pid);
    assert_eq!(sent().await, 45, "every invitation emailed: {log}");
    let left: i64 = sqlx::query_scalar("select count(*) from graphile_worker._private_jobs")
        .fetch_one(&owner)
        .await
        .expect("queue");
    assert_eq!(left, 0, "no job left locked or failed: {log}");
    let pids: Vec<Option<i64>> = sqlx::query_scalar(
        "select (metadata->>'pid')::bigint from graphile_worker._private_workers",
    )
    .fetch_all(&owner)
    .await
    .unwrap_or_default();
    assert!(
        pids.iter().all(|p| p.is_none_or(|p| p == i64::from(pid))),
        "every runner heartbeat comes from the one worker process: {pids:?}"
    );
    let mails = delivered(&data.join("mail"));
    let ours: Vec<_> = mails.iter().filter(|(to, _)| to.contains(&run)).collect();
    assert_eq!(ours.len(), 45, "one recipient per invitation");
    for (to, ids) in &ours {
        let distinct: HashSet<_> = ids.iter().collect();
        assert_eq!(distinct.len(), 1, "{to} got different emails: {ids:?}");
    }
    assert!(
        refused_during > 0,
        "the invitations during the outage met it"
    );

    // Assert: during the outage every answer was a quick 503 UNAVAILABLE; after it, 200s.
    let probes = probes.lock().expect("probes").clone();
    let down: Vec<_> = probes
        .iter()
        .filter(|p| p.started >= stopped && p.started + p.took <= restarting)
        .collect();
    assert!(down.len() >= 10, "a few requests a second: {}", down.len());
    for p in &down {
        assert_eq!(p.status, 503, "{p:?}");
        assert_eq!(p.code.as_deref(), Some("UNAVAILABLE"), "{p:?}");
        assert!(p.retry_after, "{p:?}");
        assert!(p.took < Duration::from_secs(1), "{p:?}");
    }
    let slowest = down.iter().map(|p| p.took).max().unwrap_or_default();
    eprintln!(
        "outage: {} requests answered 503 UNAVAILABLE, the slowest in {slowest:?}",
        down.len()
    );
    assert_eq!(
        socket_close,
        Some(1013),
        "a socket opened during the outage is told to retry"
    );
    let up: Vec<_> = probes.iter().filter(|p| p.started >= restarted).collect();
    assert!(!up.is_empty(), "requests after the restart");
    for p in &up {
        assert_eq!(p.status, 200, "{p:?}");
        assert_eq!(p.code, None, "{p:?}");
    }

    // Assert: stopped while the database is down again, the worker still ends promptly.
    let cluster = cluster.stopped().await;
    let term = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(term.success());
    let asked = Instant::now();
    while worker.0.try_wait().expect("worker status").is_none()
        && asked.elapsed() < Duration::from_secs(15)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        worker.0.try_wait().expect("worker status").is_some(),
        "SIGTERM ends the worker within 15 s even during an outage"
    );
    drop(cluster);
}

#[tokio::test]
async fn the_supervisor_of_make_run_restarts_a_crashed_process_logs_it_and_stops_it_on_sigterm() {
    // Arrange: a process that crashes on its first run and stays up on its second.
    let dir = std::env::temp_dir().join(format!("tx-sv-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let pids = dir.join("pids");
    let script = format!(
        "echo $$ >> {p}; [ \"$(wc -l < {p})\" -ge 2 ] && exec sleep 600; exit 3",
        p = pids.display()
    );
    let log = std::fs::File::create(dir.join("log")).expect("log");
    let mut supervisor = WorkerProcess(
        Command::new("bash")
            .arg(repo_root().join("scripts/supervise.sh"))
            .args(["demo", "bash", "-c", &script])
            .stderr(log)
            .spawn()
            .expect("supervise.sh"),
    );
    let started = |n: usize| {
        std::fs::read_to_string(&pids)
            .map(|s| s.lines().count() >= n)
            .unwrap_or(false)
    };

    // Act
    let deadline = Instant::now() + Duration::from_secs(20);
    while !started(2) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let second: i32 = std::fs::read_to_string(&pids)
        .expect("pids")
        .lines()
        .nth(1)
        .expect("a second start")
        .trim()
        .parse()
        .expect("pid");
    let term = Command::new("kill")
        .args(["-TERM", &supervisor.0.id().to_string()])
        .status()
        .expect("kill");
    let ended = tokio::task::spawn_blocking(move || {
        let status = supervisor.0.wait().expect("wait");
        (status, supervisor)
    })
    .await
    .expect("supervisor ends");

    // Assert
    assert!(term.success());
    assert!(ended.0.success(), "stops cleanly on SIGTERM: {:?}", ended.0);
    let log = std::fs::read_to_string(dir.join("log")).expect("log");
    assert!(
        log.contains("demo: exited with status 3; restarting in 1s"),
        "{log}"
    );
    let child_gone = !Path::new(&format!("/proc/{second}")).exists()
        || std::fs::read_to_string(format!("/proc/{second}/stat"))
            .is_ok_and(|s| s.contains(") Z "));
    assert!(
        child_gone,
        "the supervised process ends with its supervisor"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
