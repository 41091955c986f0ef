//! The secrecy of anonymous ballots: the urn has no member or time column; after casts in a
//! known order its ids, `xmin` and physical order say nothing of that order; and no table,
//! export, notification, audit entry or subscription message available to anyone — the
//! tenant administrator and a database reader included — pairs a member with a choice.

use crate::votes::{CLOSE, VOTE, cast, create, poll, world};
use serde_json::json;
use sqlx::PgPool;
use tongxin_tests::{owner_pool, uuid_of, ws};
use uuid::Uuid;

/// The urn's rows as a database reader sees them: `(xmin, ctid, id)` in physical order.
async fn urn(pool: &PgPool, tenant: Uuid, vote: Uuid) -> Vec<(String, String, Uuid)> {
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let rows: Vec<(String, String, Uuid)> = sqlx::query_as(
        "select xmin::text, ctid::text, id from vote_ballot where vote_id = $1 order by ctid",
    )
    .bind(vote)
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    tx.rollback().await.unwrap();
    rows
}

#[tokio::test]
async fn the_ballot_table_has_no_column_for_a_member_or_a_time() {
    // Arrange
    let pool = owner_pool().await;

    // Act
    let columns: Vec<(String, String)> = sqlx::query_as(
        "select column_name::text, data_type::text from information_schema.columns
          where table_schema = 'public' and table_name = 'vote_ballot' order by ordinal_position",
    )
    .fetch_all(&pool)
    .await
    .unwrap();

    // Assert
    let names: Vec<&str> = columns.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        vec!["tenant_id", "vote_id", "id", "option_ids", "receipt_hash"]
    );
    assert!(
        columns
            .iter()
            .all(|(_, t)| !t.contains("time") && !t.contains("date")),
        "{columns:?}"
    );
}

#[tokio::test]
async fn after_casts_in_a_known_order_the_ballots_share_one_xmin_and_carry_random_ids() {
    // Arrange
    let w = world().await;
    let pool = owner_pool().await;
    let tenant = w.app.tenant_id(&w.t.token).await;
    let (vote, options) = create(&w.app, &w.t.token, poll(&w.branch)).await;
    let vote_id = uuid_of(&vote);
    let mut voters: Vec<&str> = w.voters.iter().map(|v| v.0.as_str()).collect();
    voters.push(&w.officer.0);

    // Act: four casts, one after the other.
    let mut after_each = vec![];
    for (i, token) in voters.iter().enumerate() {
        cast(&w.app, token, &vote, &[&options[i % 3]]).await;
        after_each.push(urn(&pool, tenant, vote_id).await);
    }
    w.app
        .gql_ok(Some(&w.t.token), CLOSE, json!({ "i": { "voteId": vote } }))
        .await;
    let closed = urn(&pool, tenant, vote_id).await;

    // Assert: after every cast, every ballot was rewritten by that cast's transaction.
    for (i, rows) in after_each.iter().enumerate() {
        assert_eq!(rows.len(), i + 1);
        let xmins: std::collections::HashSet<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(xmins.len(), 1, "after cast {}: {rows:?}", i + 1);
    }
    let last_cast_xmin = &after_each[3][0].0;
    assert!(
        closed.iter().all(|r| &r.0 != last_cast_xmin),
        "the close rewrote the urn"
    );
    assert_eq!(
        closed
            .iter()
            .map(|r| &r.0)
            .collect::<std::collections::HashSet<_>>()
            .len(),
        1
    );
    for (_, _, id) in &closed {
        assert_eq!(id.get_version_num(), 4, "random, never time-ordered: {id}");
    }
}

#[tokio::test]
async fn nothing_available_to_anyone_pairs_a_member_with_a_choice() {
    // Arrange: three members choose three different options; the officer watches the turnout.
    let w = world().await;
    let pool = owner_pool().await;
    let tenant = w.app.tenant_id(&w.t.token).await;
    let (vote, options) = create(&w.app, &w.officer.0, poll(&w.branch)).await;
    let mut watch = ws::subscribe(
        &w.app.base,
        &w.officer.0,
        "subscription($v: ID!) { voteTurnoutChanged(voteId: $v) { voteId eligible voted } }",
        json!({ "v": vote }),
    )
    .await;
    let mut receipts = vec![];
    let mut frames = vec![];
    for (i, (token, _)) in w.voters.iter().enumerate() {
        receipts.push(cast(&w.app, token, &vote, &[&options[i]]).await);
    }
    while let Some(frame) = ws::next(&mut watch, 2).await {
        frames.push(frame);
        if frames.len() >= 4 {
            break;
        }
    }

    // Act: everything the administrator can read, and what a database reader can.
    let before = w
        .app
        .gql_ok(Some(&w.t.token), VOTE, json!({ "id": vote }))
        .await;
    w.app
        .gql_ok(
            Some(&w.officer.0),
            CLOSE,
            json!({ "i": { "voteId": vote } }),
        )
        .await;
    let after = w
        .app
        .gql_ok(Some(&w.t.token), VOTE, json!({ "id": vote }))
        .await;
    let export = w
        .app
        .http
        .get(format!("{}/export/vote-tally.csv?vote={vote}", w.app.base))
        .bearer_auth(&w.t.token)
        .send()
        .await
        .unwrap();
    let export_status = export.status().as_u16();
    let export = export.text().await.unwrap();
    let audit = w
        .app
        .gql_ok(
            Some(&w.t.token),
            "{ auditLog(first: 100) { edges { node { action detail } } } }",
            json!({}),
        )
        .await;
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "select c.table_name::text from information_schema.columns c
           join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
          order by 1",
    )
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    let mut holding_choices = vec![];
    for table in tables {
        for option in &options {
            let option = uuid_of(option).to_string();
            // The table names come from the catalog, not from input.
            let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                r#"select count(*) from "{table}" t where t::text like '%' || $1 || '%'"#
            )))
            .bind(&option)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
            if n > 0 && !holding_choices.contains(&table) {
                holding_choices.push(table.clone());
            }
        }
    }
    tx.rollback().await.unwrap();

    // Assert: only the options themselves and the urn hold option ids, and neither names a
    // member; the API, export, audit entries and live frames hold none.
    holding_choices.sort();
    assert_eq!(holding_choices, vec!["vote_ballot", "vote_option"]);
    let option_uuids: Vec<String> = options.iter().map(|o| uuid_of(o).to_string()).collect();
    let texts = [
        before.to_string(),
        audit.to_string(),
        frames.iter().map(ToString::to_string).collect::<String>(),
    ];
    for text in &texts {
        for o in options.iter().chain(option_uuids.iter()) {
            assert!(!text.contains(o.as_str()), "{o} in {text}");
        }
        for r in &receipts {
            assert!(!text.contains(r.as_str()), "a receipt in {text}");
        }
    }
    assert!(before["vote"]["results"].is_null());
    assert!(
        audit.to_string().contains("vote.cast"),
        "participation is audited: {audit}"
    );
    assert!(!frames.is_empty());
    for f in &frames {
        let keys: Vec<&String> = f["payload"]["data"]["voteTurnoutChanged"]
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        assert_eq!(keys.len(), 3, "{f}");
    }
    assert_eq!(export_status, 200);
    assert!(
        export.contains("候选人甲") && export.contains("应投人数"),
        "{export}"
    );
    for name in ["甲成员", "乙成员", "丙成员", "书记"] {
        assert!(!export.contains(name), "{export}");
        assert!(!after["vote"].to_string().contains(name), "{after}");
    }
    for r in &receipts {
        assert!(!export.contains(r.as_str()));
    }
}
