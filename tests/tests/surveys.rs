//! Surveys against the real server: creation and answers of every question kind, validation of
//! bad input of every shape, one response per member under parallel submissions, anonymity (no
//! member column, an export without respondents), results hidden until the close for every
//! role, reminders, the worker's close, and isolation between tenants.

use crate::votes::{World, world, world_on};
use chrono::{Duration, Utc};
use serde_json::{Value, json};
use sqlx::PgPool;
use std::time::Duration as StdDuration;
use tongxin_api::graphql::ids::{NodeType, encode};
use tongxin_tests::{TestApp, code, config, owner_pool, uuid_of, wait_until};
use uuid::Uuid;

const CREATE: &str = "mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { survey { id status questions { id kind options { id label } } turnout { eligible responded } } } }";
const SUBMIT: &str = "mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { survey { myStatus { eligible responded } } } }";
const SURVEY: &str = "query($id: ID!) { survey(id: $id) { id title status anonymous resultsVisible myStatus { eligible responded } turnout { eligible responded } viewerCanManage exportUrl } }";
const RESULTS: &str = "query($id: ID!) { surveyResults(surveyId: $id) { responses questions { question { title kind } answered choices { option { label } count } ratings { value count } mean texts } } }";
const CLOSE: &str = "mutation($i: SurveyIdInput!) { closeSurvey(input: $i) { survey { status turnout { eligible responded } } } }";
const REMIND: &str =
    "mutation($i: SurveyIdInput!) { remindSurveyRespondents(input: $i) { reminded } }";
const LIST: &str = "query($o: ID!) { surveys(orgId: $o, first: 10) { edges { node { id } } } }";
const COUNT: &str =
    "query($o: ID!, $a: SurveyAudienceInput!) { surveyAudienceCount(orgId: $o, audience: $a) }";
const MINE: &str =
    "query { mySurveys(first: 10, pendingOnly: true) { edges { node { id title } } } }";

/// A survey of the branch with one question of each kind, closing in two days.
fn form(org: &str) -> Value {
    json!({
        "orgId": org,
        "title": "党员活动满意度调查",
        "description": "请如实填写",
        "anonymous": true,
        "resultsVisibility": "AFTER_CLOSE",
        "audience": { "orgIds": [org] },
        "closesAt": (Utc::now() + Duration::days(2)).to_rfc3339(),
        "questions": [
            { "kind": "SINGLE_CHOICE", "title": "您参加了几次活动", "options": ["一次", "两次", "三次及以上"] },
            { "kind": "MULTIPLE_CHOICE", "title": "您喜欢哪些形式", "options": ["讲座", "参观", "志愿服务"],
              "required": false, "minChoices": 1, "maxChoices": 2 },
            { "kind": "RATING", "title": "总体满意度", "scaleMin": 1, "scaleMax": 5,
              "minLabel": "很不满意", "maxLabel": "非常满意" },
            { "kind": "SHORT_TEXT", "title": "最难忘的一次活动", "required": false },
            { "kind": "LONG_TEXT", "title": "意见和建议", "required": false },
        ],
    })
}

/// A created survey: its id, and per question its id and option ids.
struct Created {
    id: String,
    questions: Vec<(String, Vec<String>)>,
}

async fn create(app: &TestApp, token: &str, input: Value) -> Created {
    let data = app.gql_ok(Some(token), CREATE, json!({ "i": input })).await;
    let s = &data["createSurvey"]["survey"];
    let questions = s["questions"]
        .as_array()
        .unwrap_or_else(|| panic!("{data}"))
        .iter()
        .map(|q| {
            let options = q["options"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_string())
                .collect();
            (q["id"].as_str().unwrap().to_string(), options)
        })
        .collect();
    Created {
        id: s["id"].as_str().unwrap().to_string(),
        questions,
    }
}

/// A complete response: option `choice` of the first question, the first two forms, `rating`,
/// and `text` for the long question.
fn answers(c: &Created, choice: usize, rating: i32, text: &str) -> Value {
    let q = &c.questions;
    json!([
        { "questionId": q[0].0, "optionIds": [q[0].1[choice]] },
        { "questionId": q[1].0, "optionIds": [q[1].1[0], q[1].1[1]] },
        { "questionId": q[2].0, "rating": rating },
        { "questionId": q[4].0, "text": text },
    ])
}

async fn submit(app: &TestApp, token: &str, survey: &str, answers: Value) -> Value {
    app.gql(
        Some(token),
        SUBMIT,
        json!({ "i": { "surveyId": survey, "answers": answers } }),
    )
    .await
}

async fn export(app: &TestApp, token: &str, survey: &str) -> reqwest::Response {
    app.http
        .get(format!(
            "{}/export/survey-responses.xlsx?survey={survey}",
            app.base
        ))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

/// The rows of the export's first sheet, as text.
async fn sheet(resp: reqwest::Response) -> Vec<Vec<String>> {
    use calamine::Reader;
    let bytes = resp.bytes().await.unwrap().to_vec();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("答卷").unwrap();
    range
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect()
}

#[tokio::test]
async fn members_answer_once_and_the_results_per_question_appear_at_the_close() {
    // Arrange
    let w = world().await;
    let s = create(&w.app, &w.officer.0, form(&w.branch)).await;

    // Act
    let first = submit(
        &w.app,
        &w.voters[0].0,
        &s.id,
        answers(&s, 0, 4, "多组织参观"),
    )
    .await;
    let second = submit(
        &w.app,
        &w.voters[1].0,
        &s.id,
        answers(&s, 2, 5, "希望增加讲座"),
    )
    .await;
    let again = submit(&w.app, &w.voters[0].0, &s.id, answers(&s, 1, 1, "")).await;
    let outsider = submit(&w.app, &w.outsider.0, &s.id, answers(&s, 1, 1, "")).await;
    let pending = w.app.gql_ok(Some(&w.voters[2].0), MINE, json!({})).await;
    let done = w.app.gql_ok(Some(&w.voters[0].0), MINE, json!({})).await;
    let officer_before = w
        .app
        .gql_ok(Some(&w.officer.0), SURVEY, json!({ "id": s.id }))
        .await;
    let member_before = w
        .app
        .gql_ok(Some(&w.voters[0].0), SURVEY, json!({ "id": s.id }))
        .await;
    let closed = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            CLOSE,
            json!({ "i": { "surveyId": s.id } }),
        )
        .await;
    let late = submit(&w.app, &w.voters[2].0, &s.id, answers(&s, 1, 1, "")).await;
    let results = w
        .app
        .gql_ok(Some(&w.voters[2].0), RESULTS, json!({ "id": s.id }))
        .await;

    // Assert
    assert!(first["errors"].is_null(), "{first}");
    assert_eq!(
        first["data"]["submitSurveyResponse"]["survey"]["myStatus"],
        json!({ "eligible": true, "responded": true })
    );
    assert!(second["errors"].is_null(), "{second}");
    assert_eq!(code(&again), Some("CONFLICT"), "{again}");
    assert_eq!(code(&outsider), Some("NOT_FOUND"), "{outsider}");
    assert_eq!(code(&late), Some("CONFLICT"), "{late}");
    assert_eq!(pending["mySurveys"]["edges"].as_array().unwrap().len(), 1);
    assert_eq!(done["mySurveys"]["edges"].as_array().unwrap().len(), 0);
    assert_eq!(
        officer_before["survey"]["turnout"],
        json!({ "eligible": 4, "responded": 2 })
    );
    assert!(member_before["survey"]["turnout"].is_null());
    assert_eq!(
        closed["closeSurvey"]["survey"],
        json!({ "status": "CLOSED", "turnout": { "eligible": 4, "responded": 2 } })
    );
    let r = &results["surveyResults"];
    assert_eq!(r["responses"], 2);
    let q = r["questions"].as_array().unwrap();
    assert_eq!(
        q[0]["choices"],
        json!([
            { "option": { "label": "一次" }, "count": 1 },
            { "option": { "label": "两次" }, "count": 0 },
            { "option": { "label": "三次及以上" }, "count": 1 },
        ])
    );
    assert_eq!(q[1]["choices"][0]["count"], 2);
    assert_eq!(q[2]["mean"], 4.5);
    assert_eq!(
        q[2]["ratings"],
        json!([
            { "value": 1, "count": 0 }, { "value": 2, "count": 0 }, { "value": 3, "count": 0 },
            { "value": 4, "count": 1 }, { "value": 5, "count": 1 },
        ])
    );
    assert_eq!(q[3]["answered"], 0);
    let mut texts: Vec<String> = q[4]["texts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    texts.sort();
    assert_eq!(texts, vec!["多组织参观", "希望增加讲座"]);
}

#[tokio::test]
async fn after_close_results_are_hidden_from_everyone_officers_included_until_the_close() {
    // Arrange
    let w = world().await;
    let s = create(&w.app, &w.officer.0, form(&w.branch)).await;
    let mut live_form = form(&w.branch);
    live_form["resultsVisibility"] = json!("LIVE");
    let live = create(&w.app, &w.officer.0, live_form).await;
    submit(&w.app, &w.voters[0].0, &s.id, answers(&s, 0, 3, "")).await;
    submit(&w.app, &w.voters[0].0, &live.id, answers(&live, 0, 3, "")).await;

    // Act
    let mut before = vec![];
    for token in [&w.voters[0].0, &w.officer.0, &w.t.token] {
        before.push(
            w.app
                .gql_ok(Some(token), RESULTS, json!({ "id": s.id }))
                .await,
        );
    }
    let export_before = export(&w.app, &w.t.token, &s.id).await.status();
    let shown = w
        .app
        .gql_ok(Some(&w.t.token), SURVEY, json!({ "id": s.id }))
        .await;
    let live_seen = w
        .app
        .gql_ok(Some(&w.voters[1].0), RESULTS, json!({ "id": live.id }))
        .await;

    // Assert
    for b in &before {
        assert!(b["surveyResults"].is_null(), "{b}");
    }
    assert_eq!(export_before, 409);
    assert_eq!(shown["survey"]["resultsVisible"], false);
    assert!(shown["survey"]["exportUrl"].is_null());
    assert_eq!(live_seen["surveyResults"]["responses"], 1, "{live_seen}");
}

/// Expects a `VALIDATION` error naming `field`. Control characters are refused at the edge,
/// before the schema runs, which names the input field itself (`title` of `questions.0.title`).
fn assert_field(body: &Value, field: &str) {
    assert_eq!(code(body), Some("VALIDATION"), "{field}: {body}");
    let fields = &body["errors"][0]["extensions"]["fields"];
    let leaf = field.rsplit('.').next().unwrap_or(field);
    assert!(
        fields[field].is_string() || fields[leaf].is_string(),
        "{field}: {body}"
    );
}

#[tokio::test]
async fn bad_forms_of_every_shape_are_validation_errors_with_their_field() {
    // Arrange
    let w = world().await;
    type Change = Box<dyn Fn(&mut Value)>;
    let bad: Vec<(&str, Change)> = vec![
        ("title", Box::new(|f| f["title"] = json!("问卷\u{0}"))),
        ("title", Box::new(|f| f["title"] = json!("长".repeat(101)))),
        (
            "description",
            Box::new(|f| f["description"] = json!("x\u{7}")),
        ),
        ("questions", Box::new(|f| f["questions"] = json!([]))),
        (
            "questions.0.title",
            Box::new(|f| f["questions"][0]["title"] = json!("问\u{1b}")),
        ),
        (
            "questions.0.options",
            Box::new(|f| f["questions"][0]["options"] = json!(["唯一"])),
        ),
        (
            "questions.0.options.1",
            Box::new(|f| f["questions"][0]["options"] = json!(["同", "同"])),
        ),
        (
            "questions.1.maxChoices",
            Box::new(|f| f["questions"][1]["maxChoices"] = json!(4)),
        ),
        (
            "questions.2.scaleMax",
            Box::new(|f| f["questions"][2]["scaleMax"] = json!(11)),
        ),
        (
            "questions.2.minLabel",
            Box::new(|f| f["questions"][2]["minLabel"] = json!("很".repeat(21))),
        ),
        (
            "questions.3.options",
            Box::new(|f| f["questions"][3]["options"] = json!(["甲", "乙"])),
        ),
        (
            "closesAt",
            Box::new(|f| f["closesAt"] = json!((Utc::now() - Duration::hours(1)).to_rfc3339())),
        ),
        (
            "closesAt",
            Box::new(|f| f["closesAt"] = json!((Utc::now() + Duration::days(400)).to_rfc3339())),
        ),
        ("audience", Box::new(|f| f["audience"] = json!({}))),
        (
            "audience",
            Box::new(|f| f["audience"] = json!({ "orgIds": ["not-an-id"] })),
        ),
    ];

    // Act
    let mut got = vec![];
    for (field, change) in &bad {
        let mut f = form(&w.branch);
        change(&mut f);
        got.push((
            *field,
            w.app
                .gql(Some(&w.officer.0), CREATE, json!({ "i": f }))
                .await,
        ));
    }

    // Assert
    for (field, body) in &got {
        assert_field(body, field);
    }
}

#[tokio::test]
async fn bad_answers_of_every_shape_are_validation_errors_with_their_path() {
    // Arrange
    let w = world().await;
    let s = create(&w.app, &w.officer.0, form(&w.branch)).await;
    let other = create(&w.app, &w.officer.0, form(&w.branch)).await;
    let q = &s.questions;
    let first = json!({ "questionId": q[0].0, "optionIds": [q[0].1[0]] });
    let bad: Vec<(&str, Value)> = vec![
        ("answers", json!([])),
        (
            "answers.0.optionIds",
            json!([{ "questionId": q[0].0, "optionIds": [q[1].1[0]] }]),
        ),
        (
            "answers.0.optionIds",
            json!([{ "questionId": q[0].0, "optionIds": [q[0].1[0], q[0].1[1]] }]),
        ),
        (
            "answers.0.optionIds",
            json!([{ "questionId": q[0].0, "optionIds": ["garbage"] }]),
        ),
        (
            "answers.1.optionIds",
            json!([first, { "questionId": q[1].0, "optionIds": q[1].1 }]),
        ),
        (
            "answers.1.rating",
            json!([first, { "questionId": q[2].0, "rating": 6 }]),
        ),
        (
            "answers.1.rating",
            json!([first, { "questionId": q[2].0, "text": "五分" }]),
        ),
        (
            "answers.1.optionIds",
            json!([first, { "questionId": q[1].0, "rating": 3 }]),
        ),
        (
            "answers.1.text",
            json!([first, { "questionId": q[3].0, "text": "长".repeat(201) }]),
        ),
        (
            "answers.1.text",
            json!([first, { "questionId": q[4].0, "text": "建议\u{0}" }]),
        ),
        (
            "answers.1.text",
            json!([first, { "questionId": q[4].0, "text": "长".repeat(2001) }]),
        ),
        (
            "answers.1.questionId",
            json!([first, { "questionId": other.questions[3].0, "text": "别的问卷" }]),
        ),
        (
            "answers.1.questionId",
            json!([first, { "questionId": s.id, "text": "不是问题" }]),
        ),
        ("answers.1.questionId", json!([first, first])),
    ];

    // Act
    let mut got = vec![];
    for (field, a) in &bad {
        got.push((
            *field,
            submit(&w.app, &w.voters[0].0, &s.id, a.clone()).await,
        ));
    }
    let after = w
        .app
        .gql_ok(Some(&w.voters[0].0), SURVEY, json!({ "id": s.id }))
        .await;

    // Assert
    for (field, body) in &got {
        assert_field(body, field);
    }
    assert_eq!(
        after["survey"]["myStatus"]["responded"], false,
        "no refused submission counts"
    );
}

#[tokio::test]
async fn twenty_parallel_submissions_by_one_member_leave_exactly_one_response() {
    // Arrange
    let w = world().await;
    let s = create(&w.app, &w.officer.0, form(&w.branch)).await;
    let token = w.voters[0].0.clone();

    // Act
    let attempts = (0..20).map(|i| {
        let (app, token, id) = (&w.app, token.clone(), s.id.clone());
        let a = answers(&s, i % 3, 1 + (i as i32 % 5), "并发");
        async move { submit(app, &token, &id, a).await }
    });
    let results = futures::future::join_all(attempts).await;
    w.app
        .gql_ok(
            Some(&w.officer.0),
            CLOSE,
            json!({ "i": { "surveyId": s.id } }),
        )
        .await;
    let r = w
        .app
        .gql_ok(Some(&w.officer.0), RESULTS, json!({ "id": s.id }))
        .await;

    // Assert
    let ok = results.iter().filter(|r| r["errors"].is_null()).count();
    assert_eq!(ok, 1, "{results:?}");
    for r in results.iter().filter(|r| !r["errors"].is_null()) {
        assert_eq!(code(r), Some("CONFLICT"), "{r}");
    }
    assert_eq!(r["surveyResults"]["responses"], 1);
}

/// The columns of a table as the catalog lists them.
async fn columns(pool: &PgPool, table: &str) -> Vec<(String, String)> {
    sqlx::query_as(
        "select column_name::text, data_type::text from information_schema.columns
          where table_schema = 'public' and table_name = $1 order by ordinal_position",
    )
    .bind(table)
    .fetch_all(pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn the_anonymous_response_table_has_no_column_for_a_member_or_a_time() {
    // Arrange
    let pool = owner_pool().await;

    // Act
    let anonymous = columns(&pool, "survey_response").await;
    let who = columns(&pool, "survey_respondent").await;

    // Assert
    let names: Vec<&str> = anonymous.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, vec!["tenant_id", "survey_id", "id", "answers"]);
    assert!(
        anonymous
            .iter()
            .all(|(_, t)| !t.contains("time") && !t.contains("date")),
        "{anonymous:?}"
    );
    assert!(
        who.iter()
            .all(|(n, t)| !n.contains("answer") && !t.contains("timestamp")),
        "who responded, the day only and never what: {who:?}"
    );
}

/// The anonymous responses as a database reader sees them: `(xmin, id)` in physical order.
async fn pile(pool: &PgPool, tenant: Uuid, survey: Uuid) -> Vec<(String, Uuid)> {
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let rows: Vec<(String, Uuid)> = sqlx::query_as(
        "select xmin::text, id from survey_response where survey_id = $1 order by ctid",
    )
    .bind(survey)
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    tx.rollback().await.unwrap();
    rows
}

#[tokio::test]
async fn each_anonymous_submission_rewrites_all_responses_with_random_ids() {
    // Arrange
    let w = world().await;
    let pool = owner_pool().await;
    let tenant = w.app.tenant_id(&w.t.token).await;
    let s = create(&w.app, &w.officer.0, form(&w.branch)).await;

    // Act
    let mut after_each = vec![];
    for (i, (token, _)) in w.voters.iter().enumerate() {
        submit(&w.app, token, &s.id, answers(&s, i, 3, "")).await;
        after_each.push(pile(&pool, tenant, uuid_of(&s.id)).await);
    }

    // Assert
    for (i, rows) in after_each.iter().enumerate() {
        assert_eq!(rows.len(), i + 1);
        let xmins: std::collections::HashSet<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(xmins.len(), 1, "after submission {}: {rows:?}", i + 1);
        for (_, id) in rows {
            assert_eq!(id.get_version_num(), 4, "random, never time-ordered: {id}");
        }
    }
}

#[tokio::test]
async fn the_export_of_an_anonymous_survey_has_no_respondent_column_and_a_named_one_names_them() {
    // Arrange
    let w = world().await;
    let secret = create(&w.app, &w.officer.0, form(&w.branch)).await;
    let mut named_form = form(&w.branch);
    named_form["anonymous"] = json!(false);
    let named = create(&w.app, &w.officer.0, named_form).await;
    for (i, (token, _)) in w.voters.iter().enumerate() {
        submit(
            &w.app,
            token,
            &secret.id,
            answers(&secret, i, 2, "匿名意见"),
        )
        .await;
        submit(&w.app, token, &named.id, answers(&named, i, 2, "实名意见")).await;
    }
    for s in [&secret.id, &named.id] {
        w.app
            .gql_ok(Some(&w.officer.0), CLOSE, json!({ "i": { "surveyId": s } }))
            .await;
    }

    // Act
    let shown = w
        .app
        .gql_ok(Some(&w.officer.0), SURVEY, json!({ "id": secret.id }))
        .await;
    let secret_rows = sheet(export(&w.app, &w.officer.0, &secret.id).await).await;
    let named_rows = sheet(export(&w.app, &w.officer.0, &named.id).await).await;
    let by_member = export(&w.app, &w.voters[0].0, &secret.id).await.status();

    // Assert
    assert!(
        shown["survey"]["exportUrl"]
            .as_str()
            .is_some_and(|u| u.starts_with("/export/survey-responses.xlsx?survey=")),
        "{shown}"
    );
    assert_eq!(secret_rows.len(), 4, "a header and three responses");
    assert!(secret_rows[0][0].starts_with("1. "), "{:?}", secret_rows[0]);
    assert_eq!(secret_rows[0].len(), 5);
    let everything: String = secret_rows.iter().flatten().cloned().collect();
    for name in ["甲成员", "乙成员", "丙成员", "填写人"] {
        assert!(!everything.contains(name), "{name} in {secret_rows:?}");
    }
    assert_eq!(named_rows[0][0], "填写人");
    let mut names: Vec<&str> = named_rows[1..].iter().map(|r| r[0].as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, vec!["丙成员", "乙成员", "甲成员"]);
    assert_eq!(by_member, 404, "not allowed reads as not found");
}

#[tokio::test]
async fn officers_remind_those_who_have_not_responded_and_members_cannot() {
    // Arrange
    let w = world().await;
    let s = create(&w.app, &w.officer.0, form(&w.branch)).await;
    submit(&w.app, &w.voters[0].0, &s.id, answers(&s, 0, 5, "")).await;

    // Act
    let reminded = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            REMIND,
            json!({ "i": { "surveyId": s.id } }),
        )
        .await;
    let again = w
        .app
        .gql(
            Some(&w.officer.0),
            REMIND,
            json!({ "i": { "surveyId": s.id } }),
        )
        .await;
    let by_member = w
        .app
        .gql(
            Some(&w.voters[1].0),
            REMIND,
            json!({ "i": { "surveyId": s.id } }),
        )
        .await;
    let answered = w.app.notifications(&w.voters[0].0).await;
    let waiting = w.app.notifications(&w.voters[1].0).await;

    // Assert
    assert_eq!(reminded["remindSurveyRespondents"]["reminded"], 3);
    assert_eq!(code(&again), Some("RATE_LIMITED"), "{again}");
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    let reminder = |n: &Value| n["title"].as_str().is_some_and(|t| t.ends_with("（提醒）"));
    assert!(waiting.iter().any(reminder), "{waiting:?}");
    assert!(!answered.iter().any(reminder), "{answered:?}");
    assert!(
        waiting.iter().all(|n| !n.to_string().contains("满意")
            || n["title"]
                .as_str()
                .unwrap_or_default()
                .contains("满意度调查")),
        "notifications name the survey only"
    );
}

#[tokio::test]
async fn every_query_mutation_and_export_of_another_tenants_survey_answers_not_found() {
    // Arrange
    let w = world().await;
    let stranger = w.app.sign_up().await;
    let stranger_org = w
        .app
        .create_org(&stranger.token, None, "外单位支部", "PARTY")
        .await;
    let stranger_member = w
        .app
        .join(&stranger.token, &stranger_org, "外单位成员")
        .await;
    let s = create(&w.app, &w.t.token, form(&w.branch)).await;
    let own = create(&w.app, &stranger.token, form(&stranger_org)).await;
    let own_answers = answers(&own, 0, 3, "");
    let mut own_live_form = form(&stranger_org);
    own_live_form["resultsVisibility"] = json!("LIVE");
    let own_live = create(&w.app, &stranger.token, own_live_form).await;
    let calls: Vec<(&str, Value)> = vec![
        (SURVEY, json!({ "id": s.id })),
        (RESULTS, json!({ "id": s.id })),
        (LIST, json!({ "o": w.branch })),
        (
            SUBMIT,
            json!({ "i": { "surveyId": s.id, "answers": answers(&s, 0, 3, "") } }),
        ),
        (REMIND, json!({ "i": { "surveyId": s.id } })),
        (CLOSE, json!({ "i": { "surveyId": s.id } })),
        (
            COUNT,
            json!({ "o": w.branch, "a": { "orgIds": [w.branch] } }),
        ),
    ];
    let own_calls: Vec<(&str, Value)> = vec![
        (SURVEY, json!({ "id": own.id })),
        (RESULTS, json!({ "id": own_live.id })),
        (LIST, json!({ "o": stranger_org })),
        (
            SUBMIT,
            json!({ "i": { "surveyId": own.id, "answers": own_answers } }),
        ),
        (REMIND, json!({ "i": { "surveyId": own.id } })),
        (CLOSE, json!({ "i": { "surveyId": own.id } })),
        (
            COUNT,
            json!({ "o": stranger_org, "a": { "orgIds": [stranger_org] } }),
        ),
    ];

    // Act
    let mut refused = vec![];
    for (q, vars) in &calls {
        refused.push(w.app.gql(Some(&stranger.token), q, vars.clone()).await);
    }
    let export_refused = export(&w.app, &stranger.token, &s.id).await;
    let export_refused = (
        export_refused.status(),
        export_refused.text().await.unwrap(),
    );
    let nowhere = encode(NodeType::Survey, Uuid::now_v7()).0;
    let export_missing = export(&w.app, &stranger.token, &nowhere).await;
    let export_missing = (
        export_missing.status(),
        export_missing.text().await.unwrap(),
    );
    let mut allowed = vec![];
    for (q, vars) in &own_calls {
        // Only those asked answer: the positive control of the submission is the stranger's
        // own member.
        let token = if *q == SUBMIT {
            &stranger_member.0
        } else {
            &stranger.token
        };
        allowed.push(w.app.gql(Some(token), q, vars.clone()).await);
    }
    let export_allowed = export(&w.app, &stranger.token, &own_live.id).await.status();
    let mine = w.app.gql_ok(Some(&stranger.token), MINE, json!({})).await;

    // Assert
    for r in &refused {
        assert_eq!(code(r), Some("NOT_FOUND"), "{r}");
    }
    assert_eq!(export_refused.0, 404);
    assert!(export_refused.1.contains("NOT_FOUND"), "{export_refused:?}");
    assert_eq!(
        export_refused, export_missing,
        "another tenant's survey and a missing one alike"
    );
    for r in &allowed {
        assert!(r["errors"].is_null(), "{r}");
    }
    assert_eq!(
        allowed[6]["data"]["surveyAudienceCount"], 1,
        "{:?}",
        allowed[6]
    );
    assert_eq!(export_allowed, 200);
    assert!(
        mine["mySurveys"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["node"]["id"] != json!(s.id)),
        "{mine}"
    );
}

/// Moves the survey's times (as the owner) and the queued job with `key` to now.
async fn bring_forward(pool: &PgPool, tenant: Uuid, key: &str, set: &str, survey: Uuid) {
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    // `set` is one of this file's literals.
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "update survey set {set} where id = $1"
    )))
    .bind(survey)
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

async fn world_with_worker() -> World {
    let mut cfg = config();
    let app = TestApp::spawn_with(cfg.clone()).await;
    cfg.worker = crate::jobs_and_mail::fast_recovery();
    let (worker, _) = tongxin_worker::build(cfg).await.expect("worker");
    tokio::spawn(async move { worker.run().await });
    world_on(app).await
}

#[tokio::test]
async fn the_worker_opens_a_scheduled_survey_reminds_and_closes_it_at_its_close_time() {
    // Arrange
    let w = world_with_worker().await;
    let pool = owner_pool().await;
    let tenant = w.app.tenant_id(&w.t.token).await;
    let mut input = form(&w.branch);
    input["opensAt"] = json!((Utc::now() + Duration::hours(1)).to_rfc3339());
    input["closesAt"] = json!((Utc::now() + Duration::days(3)).to_rfc3339());
    let s = create(&w.app, &w.t.token, input).await;
    let id = uuid_of(&s.id);
    let status = |token: String| {
        let (app, survey) = (&w.app, s.id.clone());
        async move {
            app.gql_ok(Some(&token), SURVEY, json!({ "id": survey }))
                .await["survey"]
                .clone()
        }
    };
    let scheduled = status(w.t.token.clone()).await;

    // Act: the opening, a response, the reminder, the close.
    bring_forward(
        &pool,
        tenant,
        &format!("survey-open:{id}"),
        "opens_at = now() - interval '1 second'",
        id,
    )
    .await;
    wait_until(StdDuration::from_secs(20), "the survey opens", || async {
        status(w.t.token.clone()).await["status"] == "OPEN"
    })
    .await;
    let first = submit(&w.app, &w.voters[0].0, &s.id, answers(&s, 0, 4, "")).await;
    bring_forward(
        &pool,
        tenant,
        &format!("survey-remind:{id}"),
        "closes_at = now() + interval '2 hours'",
        id,
    )
    .await;
    wait_until(StdDuration::from_secs(20), "the reminder", || async {
        w.app
            .notifications(&w.voters[1].0)
            .await
            .iter()
            .any(|n| n["title"].as_str().is_some_and(|t| t.ends_with("（提醒）")))
    })
    .await;
    bring_forward(
        &pool,
        tenant,
        &format!("survey-close:{id}"),
        "closes_at = now() - interval '1 second'",
        id,
    )
    .await;
    wait_until(StdDuration::from_secs(20), "the survey closes", || async {
        status(w.voters[2].0.clone()).await["status"] == "CLOSED"
    })
    .await;
    let closed = status(w.voters[2].0.clone()).await;
    let told = w.app.notifications(&w.voters[2].0).await;

    // Assert
    assert_eq!(scheduled["status"], "SCHEDULED");
    assert!(first["errors"].is_null(), "{first}");
    assert_eq!(
        closed["turnout"],
        json!({ "eligible": 4, "responded": 1 }),
        "{closed}"
    );
    assert_eq!(closed["resultsVisible"], true);
    assert!(
        told.iter().any(|n| n["kind"] == "SURVEY"
            || n["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("请填写问卷"))),
        "{told:?}"
    );
}
