//! Managing columns against the real server: a column's reviewers archive it — refused while
//! articles wait in it — and it leaves the lists with its articles until they restore it;
//! members, other orgs' officers and other tenants get `NOT_FOUND`; a submission racing the
//! archive never leaves an article waiting in an archived column.

use crate::publishing::{
    ARTICLE, COLUMNS, REVIEW, SUBMIT, article, content, draft, published, step, submitted, world,
};
use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{TestApp, assert_ok, code, owner_pool, uuid_of};

const ARCHIVE: &str =
    "mutation($i: ColumnRefInput!) { archiveColumn(input: $i) { column { id archivedAt } } }";
const RESTORE: &str =
    "mutation($i: ColumnRefInput!) { restoreColumn(input: $i) { column { id archivedAt } } }";
const ARCHIVED: &str = "query { archivedColumns { id name archivedAt } }";

async fn archive(app: &TestApp, token: &str, column: &str) -> Value {
    step(app, token, ARCHIVE, json!({ "columnId": column })).await
}

fn column_ids(body: &Value, list: &str) -> Vec<String> {
    body["data"][list]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_column_with_articles_in_review_stays_and_once_archived_it_and_its_articles_are_gone_until_restored()
 {
    // Arrange: a published article and one in review.
    let w = world().await;
    let read = published(&w, &w.column, content("已发布的稿件")).await;
    let waiting = submitted(&w, &w.column, content("支部动态")).await;

    // Act
    let while_waiting = archive(&w.app, &w.officer.0, &w.column).await;
    assert_ok!(
        step(
            &w.app,
            &w.officer.0,
            REVIEW,
            json!({ "articleId": waiting, "decision": "RETURN", "note": "请补充照片" }),
        )
        .await
    );
    let by_member = archive(&w.app, &w.members[0].0, &w.column).await;
    let by_outsider = archive(&w.app, &w.outsider.0, &w.column).await;
    let stranger = w.app.sign_up().await;
    let by_stranger = archive(&w.app, &stranger.token, &w.column).await;
    let archived = archive(&w.app, &w.officer.0, &w.column).await;
    let twice = archive(&w.app, &w.officer.0, &w.column).await;

    // Assert: refused while waiting, then archived by its reviewer only.
    assert_eq!(code(&while_waiting), Some("CONFLICT"), "{while_waiting}");
    assert!(
        while_waiting["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("1 篇"),
        "{while_waiting}"
    );
    for refused in [&by_member, &by_outsider, &by_stranger, &twice] {
        assert_eq!(code(refused), Some("NOT_FOUND"), "{refused}");
    }
    assert!(assert_ok!(archived)["archiveColumn"]["column"]["archivedAt"].is_string());
    let listed = w.app.gql(Some(&w.officer.0), COLUMNS, json!({})).await;
    assert!(!column_ids(&listed, "columns").contains(&w.column));
    let shelf = w.app.gql(Some(&w.officer.0), ARCHIVED, json!({})).await;
    assert_eq!(
        column_ids(&shelf, "archivedColumns"),
        vec![w.column.clone()]
    );
    let members_shelf = w.app.gql(Some(&w.members[0].0), ARCHIVED, json!({})).await;
    assert!(column_ids(&members_shelf, "archivedColumns").is_empty());
    let strangers_shelf = w.app.gql(Some(&stranger.token), ARCHIVED, json!({})).await;
    assert!(column_ids(&strangers_shelf, "archivedColumns").is_empty());
    for (token, id) in [(&w.members[0].0, &read), (&w.correspondent.0, &waiting)] {
        let gone = article(&w.app, token, id).await;
        assert_eq!(code(&gone), Some("NOT_FOUND"), "{gone}");
    }
    let resubmit = step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": waiting, "confidential": false }),
    )
    .await;
    assert_eq!(code(&resubmit), Some("NOT_FOUND"), "{resubmit}");

    // Act: restore (a stranger cannot).
    let restore_by_stranger = step(
        &w.app,
        &stranger.token,
        RESTORE,
        json!({ "columnId": w.column }),
    )
    .await;
    let restored = step(
        &w.app,
        &w.officer.0,
        RESTORE,
        json!({ "columnId": w.column }),
    )
    .await;

    // Assert
    assert_eq!(code(&restore_by_stranger), Some("NOT_FOUND"));
    assert!(assert_ok!(restored)["restoreColumn"]["column"]["archivedAt"].is_null());
    let back = w
        .app
        .gql(Some(&w.members[0].0), ARTICLE, json!({ "id": read }))
        .await;
    assert_eq!(assert_ok!(back)["article"]["status"], "PUBLISHED");
}

#[tokio::test]
async fn submissions_racing_an_archive_never_leave_an_article_waiting_in_an_archived_column() {
    // Arrange: six drafts ready to submit.
    let w = world().await;
    let mut drafts = vec![];
    for i in 0..6 {
        drafts.push(
            draft(
                &w.app,
                &w.correspondent.0,
                &w.column,
                content(&format!("稿件{i}")),
            )
            .await,
        );
    }

    // Act: submit them all while the officer archives.
    let submits = join_all(drafts.iter().map(|id| {
        step(
            &w.app,
            &w.correspondent.0,
            SUBMIT,
            json!({ "articleId": id, "confidential": false }),
        )
    }));
    let (results, archived) = tokio::join!(submits, archive(&w.app, &w.officer.0, &w.column));

    // Assert: either the archive came first (every submission NOT_FOUND) or a submission
    // did and the archive was refused; never both.
    for r in &results {
        assert!(
            r["data"]["submitArticle"].is_object() || code(r) == Some("NOT_FOUND"),
            "{r}"
        );
    }
    let landed = results
        .iter()
        .filter(|r| r["data"]["submitArticle"].is_object())
        .count();
    match code(&archived) {
        None => assert_eq!(landed, 0, "archived with {landed} waiting: {archived}"),
        Some("CONFLICT") => assert!(landed > 0, "{archived}"),
        other => panic!("unexpected {other:?}: {archived}"),
    }
    let pool = owner_pool().await;
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(w.app.tenant_id(&w.t.token).await.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let stuck: i64 = sqlx::query_scalar(
        "select count(*) from article a join publishing_column c
            on c.tenant_id = a.tenant_id and c.id = a.column_id
          where c.id = $1 and c.archived_at is not null and a.status = 'SUBMITTED'",
    )
    .bind(uuid_of(&w.column))
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(stuck, 0);
}
