//! Retention against the real server and PostgreSQL: the nightly purge deletes the audit rows
//! and read notifications past the tenant's periods and nothing newer, its dry run says the
//! same numbers beforehand, the audit chain still verifies from the purge's anchor (and a row
//! removed by other means still shows as a break), parallel purges delete each row once, the
//! statutory minimum of 180 days holds against an override, and another tenant sees none of
//! it beside a positive control.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};
use tongxin_core::{Ctx, retention};
use tongxin_tests::{Tenant, TestApp, code, nodes, owner_execute, tenant_id_of};

const LOG: &str = "{ auditLog(first: 100) { edges { node { seq at action } } } auditChainBreak }";
const PURGES: &str = "{ retentionPurges(first: 20) { edges { node { seq kind keepDays purged firstSeq lastSeq } } } }";
const POLICY: &str = "{ retentionPolicy { auditLogDays readNotificationDays source overridden dueAuditRows dueNotifications } }";
const OVERRIDE: &str =
    "mutation($i: OverrideRuleInput!) { overrideRule(input: $i) { key effectiveParams } }";

/// The tenant's audit rows as `(seq, at, action)`, oldest first, and the chain's first break.
async fn audit_rows(app: &TestApp, t: &Tenant) -> (Vec<(i64, DateTime<Utc>, String)>, Value) {
    let data = app.gql_ok(Some(&t.token), LOG, json!({})).await;
    let mut rows: Vec<_> = nodes(&data["auditLog"])
        .iter()
        .map(|n| {
            (
                n["seq"].as_i64().unwrap(),
                n["at"].as_str().unwrap().parse::<DateTime<Utc>>().unwrap(),
                n["action"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    rows.sort_by_key(|r| r.0);
    (rows, data["auditChainBreak"].clone())
}

/// A tenant with two batches of audit rows; returns the first row of the second batch.
async fn two_batches(app: &TestApp) -> (Tenant, (i64, DateTime<Utc>)) {
    let t = app.sign_up().await;
    app.create_org(&t.token, None, "第一批党委", "PARTY").await;
    let second = app.create_org(&t.token, None, "第二批党委", "PARTY").await;
    let (rows, _) = audit_rows(app, &t).await;
    let first_of_second = rows
        .iter()
        .find(|r| {
            r.2 == "org.create"
                && rows
                    .iter()
                    .filter(|o| o.2 == "org.create" && o.0 < r.0)
                    .count()
                    == 1
        })
        .unwrap_or_else(|| panic!("no second org.create for {second} in {rows:?}"));
    (t, (first_of_second.0, first_of_second.1))
}

async fn policy_at(app: &TestApp, t: &Tenant, now: DateTime<Utc>) -> retention::RetentionPolicy {
    let ctx = Ctx::for_tests(tenant_id_of(app, t).await);
    retention::policy_at(&ctx, &app.app, now).await.unwrap()
}

#[tokio::test]
async fn the_purge_deletes_audit_rows_past_the_retention_keeps_the_rest_and_the_chain_verifies() {
    // Arrange: the cut-off falls exactly on the first row of the second batch.
    let app = TestApp::spawn().await;
    let (t, (keep_from, keep_at)) = two_batches(&app).await;
    let tenant = tenant_id_of(&app, &t).await;
    let (before, intact) = audit_rows(&app, &t).await;
    assert_eq!(intact, Value::Null, "the chain is intact before");
    let older: Vec<i64> = before
        .iter()
        .filter(|r| r.0 < keep_from)
        .map(|r| r.0)
        .collect();
    assert!(
        older.len() >= 2,
        "sign-up and the first batch wrote rows: {before:?}"
    );
    let now = keep_at + Duration::days(1095);
    let dry = policy_at(&app, &t, now).await;

    // Act
    let outcome = retention::purge_in(&app.app, tenant, now).await.unwrap();

    // Assert: what the dry run said, then exactly the older rows gone.
    assert_eq!(dry.due_audit_rows, older.len() as i64);
    assert_eq!(outcome.audit_rows, older.len() as i64);
    let (after, chain) = audit_rows(&app, &t).await;
    assert_eq!(
        chain,
        Value::Null,
        "the rest of the chain verifies from the anchor"
    );
    assert_eq!(
        after[0].0, keep_from,
        "the oldest row left is the first within the period"
    );
    assert!(after.iter().all(|r| r.0 >= keep_from));
    assert_eq!(
        after.len(),
        before.len() - older.len() + 1,
        "plus the purge's own row"
    );
    assert_eq!(after.last().unwrap().2, "retention.purge");
    let purges = nodes(&app.gql_ok(Some(&t.token), PURGES, json!({})).await["retentionPurges"]);
    assert_eq!(purges.len(), 1, "{purges:?}");
    assert_eq!(purges[0]["kind"], "AUDIT_LOG");
    assert_eq!(purges[0]["keepDays"], 1095);
    assert_eq!(purges[0]["purged"], older.len() as i64);
    assert_eq!(purges[0]["firstSeq"], older[0]);
    assert_eq!(purges[0]["lastSeq"], *older.last().unwrap());
}

#[tokio::test]
async fn an_audit_row_removed_after_a_purge_by_other_means_shows_as_a_break() {
    // Arrange: a purged chain that verifies (the control).
    let app = TestApp::spawn().await;
    let (t, (keep_from, keep_at)) = two_batches(&app).await;
    let tenant = tenant_id_of(&app, &t).await;
    retention::purge_in(&app.app, tenant, keep_at + Duration::days(1095))
        .await
        .unwrap();
    assert_eq!(audit_rows(&app, &t).await.1, Value::Null);

    // Act: the owner deletes the oldest remaining row behind the purge's back.
    let deleted = owner_execute(
        tenant,
        "delete from audit_log where tenant_id = $1 and id = (select min(id) from audit_log where tenant_id = $1)",
        tenant,
    )
    .await;

    // Assert
    assert_eq!(deleted, 1);
    let (rows, chain) = audit_rows(&app, &t).await;
    assert_eq!(
        chain,
        json!(rows[0].0),
        "the row after the gap no longer hashes onto the anchor"
    );
    assert!(rows[0].0 > keep_from);
}

#[tokio::test]
async fn read_notifications_past_their_period_are_purged_and_unread_or_recent_ones_stay() {
    // Arrange: one notification read 400 days ago, one 10 days ago, one never read.
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let tenant = tenant_id_of(&app, &t).await;
    let member = tongxin_tests::uuid_of(&t.member_id);
    for (title, read) in [
        ("旧的已读", "now() - interval '400 days'"),
        ("近的已读", "now() - interval '10 days'"),
        ("未读", "null"),
    ] {
        owner_execute(
            tenant,
            &format!(
                "insert into notification (tenant_id, id, member_id, kind, title, created_at, read_at)
                 select app_tenant_id(), gen_random_uuid(), $1, 'SYSTEM', '{title}', now() - interval '500 days', {read}"
            ),
            member,
        )
        .await;
    }
    let now = Utc::now();
    let dry = policy_at(&app, &t, now).await;

    // Act
    let outcome = retention::purge_in(&app.app, tenant, now).await.unwrap();

    // Assert
    assert_eq!((dry.due_notifications, dry.due_audit_rows), (1, 0));
    assert_eq!(
        outcome,
        retention::PurgeOutcome {
            audit_rows: 0,
            notifications: 1
        }
    );
    let titles: Vec<String> = app
        .notifications(&t.token)
        .await
        .iter()
        .filter_map(|n| n["title"].as_str().map(str::to_string))
        .collect();
    assert!(!titles.contains(&"旧的已读".to_string()), "{titles:?}");
    assert!(
        titles.contains(&"近的已读".to_string()) && titles.contains(&"未读".to_string()),
        "{titles:?}"
    );
    let purges = nodes(&app.gql_ok(Some(&t.token), PURGES, json!({})).await["retentionPurges"]);
    assert_eq!(
        purges.len(),
        1,
        "nothing of the audit log was due: {purges:?}"
    );
    assert_eq!(purges[0]["kind"], "READ_NOTIFICATION");
    assert_eq!(purges[0]["firstSeq"], Value::Null);
    // A second run finds nothing left and records nothing.
    let again = retention::purge_in(&app.app, tenant, now).await.unwrap();
    assert_eq!(again, retention::PurgeOutcome::default());
    assert_eq!(
        nodes(&app.gql_ok(Some(&t.token), PURGES, json!({})).await["retentionPurges"]).len(),
        1
    );
}

#[tokio::test]
async fn parallel_purges_delete_each_row_once_and_leave_one_record() {
    // Arrange
    let app = TestApp::spawn().await;
    let (t, (keep_from, keep_at)) = two_batches(&app).await;
    let tenant = tenant_id_of(&app, &t).await;
    let (before, _) = audit_rows(&app, &t).await;
    let older = before.iter().filter(|r| r.0 < keep_from).count() as i64;
    let now = keep_at + Duration::days(1095);

    // Act
    let runs =
        futures::future::join_all((0..4).map(|_| retention::purge_in(&app.app, tenant, now))).await;

    // Assert
    let deleted: i64 = runs.into_iter().map(|r| r.unwrap().audit_rows).sum();
    assert_eq!(deleted, older);
    let purges = nodes(&app.gql_ok(Some(&t.token), PURGES, json!({})).await["retentionPurges"]);
    assert_eq!(purges.len(), 1, "{purges:?}");
    assert_eq!(audit_rows(&app, &t).await.1, Value::Null);
}

#[tokio::test]
async fn the_audit_log_is_kept_at_least_180_days_whatever_the_override() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let note = "本单位数据管理办法第三条";

    // Act
    let short = app
        .gql(
            Some(&t.token),
            OVERRIDE,
            json!({ "i": { "key": "privacy.retention", "sourceNote": note,
                           "params": { "auditLogDays": 179, "readNotificationDays": 90 } } }),
        )
        .await;
    let fraction = app
        .gql(
            Some(&t.token),
            OVERRIDE,
            json!({ "i": { "key": "privacy.retention", "sourceNote": note,
                           "params": { "auditLogDays": 200, "readNotificationDays": 0.5 } } }),
        )
        .await;
    app.gql_ok(
        Some(&t.token),
        OVERRIDE,
        json!({ "i": { "key": "privacy.retention", "sourceNote": note,
                       "params": { "auditLogDays": 180, "readNotificationDays": 90 } } }),
    )
    .await;
    let policy = app.gql_ok(Some(&t.token), POLICY, json!({})).await;

    // Assert
    assert_eq!(code(&short), Some("VALIDATION"), "{short}");
    assert!(short.to_string().contains("网络安全法"), "{short}");
    assert_eq!(code(&fraction), Some("VALIDATION"), "{fraction}");
    let p = &policy["retentionPolicy"];
    assert_eq!(
        (
            p["auditLogDays"].as_i64(),
            p["readNotificationDays"].as_i64()
        ),
        (Some(180), Some(90))
    );
    assert_eq!(p["overridden"], true);
    assert_eq!(p["source"], note);
}

#[tokio::test]
async fn another_tenant_sees_none_of_a_tenants_purges_and_a_plain_member_none_at_all() {
    // Arrange: tenant A purged (the positive control), tenant B not.
    let app = TestApp::spawn().await;
    let (a, (_, keep_at)) = two_batches(&app).await;
    let b = app.sign_up().await;
    let a_id = tenant_id_of(&app, &a).await;
    retention::purge_in(&app.app, a_id, keep_at + Duration::days(1095))
        .await
        .unwrap();
    let org = app.create_org(&a.token, None, "普通党支部", "PARTY").await;
    let (member, _) = app.join(&a.token, &org, "普通党员").await;

    // Act
    let mine = app.gql_ok(Some(&a.token), PURGES, json!({})).await;
    let theirs = app.gql_ok(Some(&b.token), PURGES, json!({})).await;
    let plain = app.gql(Some(&member), PURGES, json!({})).await;
    let plain_policy = app.gql(Some(&member), POLICY, json!({})).await;

    // Assert
    assert_eq!(nodes(&mine["retentionPurges"]).len(), 1);
    assert!(nodes(&theirs["retentionPurges"]).is_empty());
    assert_eq!(code(&plain), Some("FORBIDDEN"), "{plain}");
    assert_eq!(code(&plain_policy), Some("FORBIDDEN"), "{plain_policy}");
}
