//! Jobs are enqueued inside the business transaction; email goes out through the worker to a
//! real SMTP server (aiosmtpd, provisioned by `make test`), once per key.

use serde_json::json;
use sqlx::PgPool;
use std::{
    path::PathBuf,
    time::{Duration, Instant},
};
use tongxin_core::{Ctx, jobs};
use tongxin_tests::{PASSWORD, TestApp, assert_ok, config, mail, owner_pool, wait_for, wait_until};

async fn jobs_with_key(pool: &PgPool, key: &str) -> i64 {
    sqlx::query_scalar("select count(*) from graphile_worker.jobs where key = $1")
        .bind(key)
        .fetch_one(pool)
        .await
        .unwrap()
}

/// Dead workers are noticed within seconds, so a killed worker's jobs move on quickly.
pub(crate) fn fast_recovery() -> tongxin_core::config::WorkerConfig {
    tongxin_core::config::WorkerConfig {
        concurrency: 4,
        heartbeat_secs: 1,
        sweep_threshold_secs: 3,
        sweep_interval_secs: 1,
        poll_ms: 250,
        metrics_addr: None,
        db_wait_secs: 10,
    }
}

#[tokio::test]
async fn a_rolled_back_transaction_enqueues_nothing_and_a_committed_one_enqueues_once_per_key() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    assert_ok!(
        app.gql(Some(&t.token), "{ viewer { tenant { id } } }", json!({}))
            .await
    );
    let ctx = Ctx::for_tests(uuid::Uuid::now_v7());
    let pool = owner_pool().await;
    let key = format!("test:{}", uuid::Uuid::now_v7());
    let opts = jobs::JobOptions {
        job_key: Some(key.clone()),
        ..Default::default()
    };

    // Act: enqueue and roll back.
    let mut tx = app.app.db.begin_tenant(&ctx).await.unwrap();
    jobs::enqueue(&mut tx, "noop", &json!({}), &opts)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(jobs_with_key(&pool, &key).await, 0);

    // Act: enqueue twice with the same key, committed.
    for _ in 0..2 {
        let mut tx = app.app.db.begin_tenant(&ctx).await.unwrap();
        jobs::enqueue(&mut tx, "noop", &json!({}), &opts)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    assert_eq!(jobs_with_key(&pool, &key).await, 1);
    sqlx::query("select graphile_worker.remove_job($1)")
        .bind(&key)
        .execute(&pool)
        .await
        .unwrap();
}

#[tokio::test]
async fn the_invitation_email_reaches_the_smtp_server_with_a_link_that_works() {
    // Arrange: an API node, and a worker sending through the SMTP sink.
    let mut cfg = config();
    cfg.mail.smtp_url =
        Some(std::env::var("TONGXIN_TEST_SMTP_URL").expect("make test provides an SMTP sink"));
    let app = TestApp::spawn_with(cfg.clone()).await;
    cfg.worker = fast_recovery();
    let (worker, _) = tongxin_worker::build(cfg).await.expect("worker");
    tokio::spawn(async move { worker.run().await });
    let t = app.sign_up().await;
    let org = app.create_org(&t.token, None, "集团团委", "YOUTH").await;
    let email = format!("invitee@{}.cn", tongxin_tests::unique_slug());

    // Act
    let inv = app
        .gql(
            Some(&t.token),
            "mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationUrl } }",
            json!({ "i": { "email": email, "name": "陈静", "organizationId": org } }),
        )
        .await;
    let url = inv["data"]["inviteMember"]["invitationUrl"]
        .as_str()
        .unwrap_or_else(|| panic!("{inv}"))
        .to_string();

    // Assert: the email arrives, carries the link, and the link's token accepts.
    let message = wait_for(Duration::from_secs(15), "the invitation email", || async {
        mail::containing(&email).into_iter().next()
    })
    .await;
    let token = url.rsplit('/').next().unwrap();
    assert!(
        mail::plain_text(&message).contains(&url),
        "the email carries the invitation link"
    );
    assert!(message.contains("Message-ID: <") || message.contains("Message-Id: <"));
    let accepted = app
        .gql(
            None,
            "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }",
            json!({ "i": { "token": token, "password": PASSWORD } }),
        )
        .await;
    assert!(
        accepted["data"]["acceptInvitation"]["token"].is_string(),
        "{accepted}"
    );
}

#[tokio::test]
async fn five_hundred_emails_survive_a_worker_killed_mid_run_and_each_is_sent_under_one_message_id()
{
    // Arrange: 500 emails in the outbox, sent through the SMTP sink by the worker binary.
    let app = TestApp::spawn().await;
    let run = uuid::Uuid::now_v7().simple().to_string();
    let ctx = Ctx::for_tests(uuid::Uuid::now_v7());
    let mut tx = app.app.db.begin_tenant(&ctx).await.unwrap();
    for i in 0..500 {
        let key = format!("bulk:{run}:{i}");
        let mail = tongxin_core::mail::Mail {
            key,
            to: format!("m{i}@{run}.example.cn"),
            subject: format!("测试 {i}"),
            text: format!("run {run} mail {i}"),
            html: format!("<p>run {run} mail {i}</p>"),
            bulk: true,
            unsubscribe: None,
        };
        tongxin_core::mail::enqueue(&mut tx, &mail).await.unwrap();
    }
    tx.commit().await.unwrap();
    let pool = owner_pool().await;
    let sent = || async {
        sqlx::query_scalar::<_, i64>(
            "select count(*) from mail_outbox where key like $1 and sent_at is not null",
        )
        .bind(format!("bulk:{run}:%"))
        .fetch_one(&pool)
        .await
        .unwrap()
    };

    // Act: run the real worker binary, killing it with SIGKILL three times mid-run.
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/debug/tongxin-worker");
    let metrics_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let spawn = || {
        std::process::Command::new(&bin)
            .env(
                "TONGXIN_WORKER__METRICS_ADDR",
                format!("127.0.0.1:{metrics_port}"),
            )
            .env(
                "TONGXIN_MAIL__SMTP_URL",
                std::env::var("TONGXIN_TEST_SMTP_URL").unwrap(),
            )
            .env("TONGXIN_WORKER__CONCURRENCY", "8")
            .env("TONGXIN_WORKER__HEARTBEAT_SECS", "1")
            .env("TONGXIN_WORKER__SWEEP_INTERVAL_SECS", "1")
            .env("TONGXIN_WORKER__SWEEP_THRESHOLD_SECS", "3")
            .env("RUST_LOG", "warn")
            .spawn()
            .expect("worker binary (cargo build builds it)")
    };
    let mut kills = 0;
    let start = Instant::now();
    while sent().await < 500 {
        let mut child = spawn();
        let before = sent().await;
        if kills < 3 {
            // Let it get going, then kill it without warning.
            let t0 = Instant::now();
            while sent().await < before + 40 && t0.elapsed() < Duration::from_secs(20) {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            child.kill().unwrap();
            child.wait().unwrap();
            kills += 1;
        } else {
            wait_until(
                Duration::from_secs(240).saturating_sub(start.elapsed()),
                "all 500 emails to be sent within 4 minutes",
                || async { sent().await >= 500 },
            )
            .await;
            // The worker's own /metrics counts jobs by task and outcome and shows the queue.
            let scraped = reqwest::get(format!("http://127.0.0.1:{metrics_port}/metrics"))
                .await
                .expect("worker metrics")
                .text()
                .await
                .unwrap();
            assert!(
                scraped.lines().any(|l| l.starts_with("tongxin_jobs_total")
                    && l.contains("task=\"send_mail\"")
                    && l.contains("outcome=\"ok\"")),
                "{scraped}"
            );
            assert!(scraped.contains("tongxin_jobs_runnable"), "{scraped}");
            assert!(
                scraped.contains("tongxin_job_duration_seconds"),
                "{scraped}"
            );
            child.kill().unwrap();
            child.wait().unwrap();
        }
        assert!(
            start.elapsed() < Duration::from_secs(240),
            "emails still unsent after 4 minutes"
        );
    }

    // Assert: every email sent once in effect; any duplicate delivery shares its Message-ID.
    assert_eq!(kills, 3);
    assert_eq!(sent().await, 500);
    let delivered = mail::containing(&format!("run {run} mail"));
    assert!(delivered.len() >= 500, "{} delivered", delivered.len());
    let mut ids = std::collections::HashMap::<String, std::collections::HashSet<String>>::new();
    for m in &delivered {
        let body_id = m
            .split(&format!("run {run} mail "))
            .nth(1)
            .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
            .unwrap()
            .to_string();
        let mid = m
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("message-id:"))
            .unwrap()
            .to_string();
        ids.entry(body_id).or_default().insert(mid);
    }
    assert_eq!(ids.len(), 500);
    assert!(
        ids.values().all(|s| s.len() == 1),
        "a resent email got a new Message-ID"
    );
}

#[tokio::test]
async fn a_job_that_always_fails_ends_dead_with_its_error_while_other_mail_keeps_flowing() {
    // Arrange: a worker, an operator, a job that cannot succeed and a good email.
    let mut cfg = config();
    cfg.mail.smtp_url =
        Some(std::env::var("TONGXIN_TEST_SMTP_URL").expect("make test provides an SMTP sink"));
    cfg.worker = fast_recovery();
    let app = TestApp::spawn_with(cfg.clone()).await;
    let (worker, _) = tongxin_worker::build(cfg).await.expect("worker");
    tokio::spawn(async move { worker.run().await });
    let op = app.sign_up().await;
    let enrolment = tongxin_core::identity::make_operator(&app.app, &op.email)
        .await
        .unwrap()
        .expect("a new operator gets a TOTP second factor");
    let totp_code = {
        use tongxin_core::identity::second_factor::rules;
        let key = rules::base32_decode(&enrolment.secret).unwrap();
        rules::code_at_step(&key, rules::step_at(chrono::Utc::now().timestamp()))
    };
    let op_token = app
        .gql(
            None,
            "mutation($i: OperatorLogInInput!) { operatorLogIn(input: $i) }",
            json!({ "i": { "email": op.email, "password": PASSWORD, "totpCode": totp_code } }),
        )
        .await["data"]["operatorLogIn"]
        .as_str()
        .unwrap()
        .to_string();
    let missing = format!("missing:{}", uuid::Uuid::now_v7());
    let good = format!("good:{}", uuid::Uuid::now_v7());
    let ctx = Ctx::for_tests(uuid::Uuid::now_v7());
    let mut tx = app.app.db.begin_tenant(&ctx).await.unwrap();
    let opts = jobs::JobOptions {
        job_key: Some(format!("mail:{missing}")),
        max_attempts: Some(1),
        ..Default::default()
    };
    jobs::enqueue(
        &mut tx,
        tongxin_core::mail::SEND_TASK,
        &json!({ "key": missing }),
        &opts,
    )
    .await
    .unwrap();
    let mail = tongxin_core::mail::Mail {
        key: good.clone(),
        to: "ok@example.cn".into(),
        subject: "ok".into(),
        text: format!("flowing {good}"),
        html: format!("<p>flowing {good}</p>"),
        bulk: false,
        unsubscribe: None,
    };
    tongxin_core::mail::enqueue(&mut tx, &mail).await.unwrap();
    tx.commit().await.unwrap();

    // Assert: the bad job is listed dead with its error; the good email arrived.
    let start = Instant::now();
    let job = wait_for(
        Duration::from_secs(60),
        "the failing job to end dead",
        || async {
            let health = app
                .gql(
                    Some(&op_token),
                    "{ queueHealth { dead deadJobs { task key lastError attempts } } }",
                    json!({}),
                )
                .await;
            health["data"]["queueHealth"]["deadJobs"]
                .as_array()
                .unwrap_or_else(|| panic!("{health}"))
                .iter()
                .find(|j| j["key"] == format!("mail:{missing}").as_str())
                .cloned()
        },
    )
    .await;
    assert_eq!(job["task"], "send_mail");
    assert!(
        job["lastError"].as_str().unwrap().contains("no outbox row"),
        "{job}"
    );
    wait_until(
        Duration::from_secs(90).saturating_sub(start.elapsed()),
        "the good email to flow",
        || async { !mail::containing(&format!("flowing {good}")).is_empty() },
    )
    .await;
    // Tenant members cannot see the queue.
    let member = app
        .gql(Some(&op.token), "{ queueHealth { dead } }", json!({}))
        .await;
    assert_eq!(tongxin_tests::code(&member), Some("UNAUTHENTICATED"));
}
