//! The worker's turns for votes: a scheduled vote opens (freezing its electorate and telling
//! it), those who have not voted are reminded a day before the close, and the vote closes at
//! its close time. The jobs are brought forward in the queue instead of waiting for them.

use crate::votes::{VOTE, cast, create, poll, world_on};
use chrono::{Duration, Utc};
use serde_json::json;
use sqlx::PgPool;
use std::time::Duration as StdDuration;
use tongxin_tests::{TestApp, config, owner_pool, uuid_of, wait_until};
use uuid::Uuid;

/// Moves the vote's times (as the owner) and the queued job with `key` to now.
async fn bring_forward(pool: &PgPool, tenant: Uuid, key: &str, set: &str, vote: Uuid) {
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    // `set` is one of this file's literals.
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "update vote set {set} where id = $1"
    )))
    .bind(vote)
    .execute(&mut *tx)
    .await
    .unwrap();
    let moved =
        sqlx::query("update graphile_worker._private_jobs set run_at = now() where key = $1")
            .bind(key)
            .execute(&mut *tx)
            .await
            .unwrap()
            .rows_affected();
    assert_eq!(moved, 1, "job {key} is queued");
    tx.commit().await.unwrap();
}

async fn spawn_with_worker() -> TestApp {
    let mut cfg = config();
    let app = TestApp::spawn_with(cfg.clone()).await;
    cfg.worker = crate::jobs_and_mail::fast_recovery();
    let (worker, _) = tongxin_worker::build(cfg).await.expect("worker");
    tokio::spawn(async move { worker.run().await });
    app
}

#[tokio::test]
async fn the_worker_opens_a_scheduled_vote_reminds_non_voters_and_closes_it_on_time() {
    // Arrange
    let w = world_on(spawn_with_worker().await).await;
    let pool = owner_pool().await;
    let tenant = w.app.tenant_id(&w.t.token).await;
    let mut input = poll(&w.branch);
    input["opensAt"] = json!((Utc::now() + Duration::hours(1)).to_rfc3339());
    input["closesAt"] = json!((Utc::now() + Duration::days(3)).to_rfc3339());
    let (vote, options) = create(&w.app, &w.t.token, input).await;
    let id = uuid_of(&vote);
    let status = |token: String| {
        let (app, vote) = (&w.app, vote.clone());
        async move { app.gql_ok(Some(&token), VOTE, json!({ "id": vote })).await["vote"].clone() }
    };
    let scheduled = status(w.t.token.clone()).await;

    // Act: the opening.
    bring_forward(
        &pool,
        tenant,
        &format!("vote-open:{id}"),
        "opens_at = now() - interval '1 second'",
        id,
    )
    .await;
    wait_until(StdDuration::from_secs(20), "the vote opens", || async {
        status(w.t.token.clone()).await["status"] == "OPEN"
    })
    .await;
    let opened = status(w.t.token.clone()).await;
    let told = w.app.notifications(&w.voters[1].0).await;
    cast(&w.app, &w.voters[0].0, &vote, &[&options[0]]).await;

    // Act: the reminder a day before the close.
    bring_forward(
        &pool,
        tenant,
        &format!("vote-remind:{id}"),
        "closes_at = now() + interval '2 hours'",
        id,
    )
    .await;
    wait_until(StdDuration::from_secs(20), "the reminder", || async {
        w.app
            .notifications(&w.voters[1].0)
            .await
            .iter()
            .any(|n| n["title"].as_str().is_some_and(|t| t.starts_with("请投票")))
    })
    .await;
    let voter_notes = w.app.notifications(&w.voters[0].0).await;

    // Act: the close.
    bring_forward(
        &pool,
        tenant,
        &format!("vote-close:{id}"),
        "closes_at = now() - interval '1 second'",
        id,
    )
    .await;
    wait_until(StdDuration::from_secs(20), "the vote closes", || async {
        status(w.voters[2].0.clone()).await["status"] == "CLOSED"
    })
    .await;
    let closed = status(w.voters[2].0.clone()).await;

    // Assert
    assert_eq!(scheduled["status"], "SCHEDULED");
    assert_eq!(scheduled["turnout"]["eligible"], 0);
    assert_eq!(opened["turnout"]["eligible"], 4, "{opened}");
    assert!(
        told.iter().any(|n| n["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("请参与投票"))),
        "{told:?}"
    );
    assert!(
        !voter_notes
            .iter()
            .any(|n| n["title"].as_str().is_some_and(|t| t.starts_with("请投票"))),
        "who voted is not reminded: {voter_notes:?}"
    );
    assert_eq!(closed["results"][0]["votes"], 1, "{closed}");
    assert_eq!(closed["turnout"], json!({ "eligible": 4, "voted": 1 }));
}
