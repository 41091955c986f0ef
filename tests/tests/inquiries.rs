//! Inquiries (党员问询) through the API: the deadline in working days from the rule, the
//! answer and one rating, reminders to the org's officers and escalation one level up by the
//! reminder engine under a controlled clock, and every query and mutation refused from another
//! tenant beside its positive control.

use chrono::{DateTime, Duration, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use sqlx::PgPool;
use tongxin_core::reminder;
use tongxin_tests::{Tenant, TestApp, assert_ok, code, nodes, owner_pool, reminders, uuid_of};
use uuid::Uuid;

const INQUIRY: &str =
    "query($id: ID!) { inquiry(id: $id) { id subject status dueAt createdAt overdue
    answer answererName rating ratingComment isMine canAnswer canRate } }";

/// A committee with an officer, a branch under it with its officer, and two members of the
/// branch.
struct World {
    app: TestApp,
    admin: Tenant,
    branch: String,
    committee_officer: String,
    officer: String,
    asker: String,
    other_member: String,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let admin = app.sign_up().await;
    let t = admin.token.clone();
    let committee = app.create_org(&t, None, "机关党委", "PARTY").await;
    let branch = app
        .create_org(&t, Some(&committee), "第一党支部", "PARTY")
        .await;
    let (committee_officer, co_id) = app.join(&t, &committee, "党委书记").await;
    app.assign_position(&t, &committee, &co_id, "书记", "2026-01-01")
        .await;
    let (officer, officer_id) = app.join(&t, &branch, "支部书记").await;
    app.assign_position(&t, &branch, &officer_id, "书记", "2026-01-01")
        .await;
    let (asker, _) = app.join(&t, &branch, "问询人").await;
    let (other_member, _) = app.join(&t, &branch, "其他党员").await;
    World {
        app,
        admin,
        branch,
        committee_officer,
        officer,
        asker,
        other_member,
    }
}

impl World {
    async fn ask(&self, token: &str, subject: &str) -> Value {
        self.app
            .gql(
                Some(token),
                "mutation($i: AskInquiryInput!) { askInquiry(input: $i) { inquiry { id status dueAt createdAt } } }",
                json!({ "i": { "orgId": self.branch, "subject": subject, "body": "党费使用情况是否公开？" } }),
            )
            .await
    }

    async fn asked(&self, subject: &str) -> String {
        let data = assert_ok!(self.ask(&self.asker, subject).await);
        data["askInquiry"]["inquiry"]["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    async fn answer(&self, token: &str, id: &str) -> Value {
        self.app
            .gql(
                Some(token),
                "mutation($i: AnswerInquiryInput!) { answerInquiry(input: $i) { inquiry { status answer } } }",
                json!({ "i": { "inquiryId": id, "answer": "每季度在支部公开栏公示。" } }),
            )
            .await
    }

    async fn rate(&self, token: &str, id: &str, rating: i32) -> Value {
        self.app
            .gql(
                Some(token),
                "mutation($i: RateInquiryAnswerInput!) { rateInquiryAnswer(input: $i) { inquiry { status rating } } }",
                json!({ "i": { "inquiryId": id, "rating": rating, "comment": "满意" } }),
            )
            .await
    }
}

fn time(v: &Value) -> DateTime<Utc> {
    v.as_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn an_inquiry_is_due_in_five_working_days_answered_by_the_officer_and_rated_once() {
    // Arrange
    let w = world().await;

    // Act
    let asked = assert_ok!(w.ask(&w.asker, "党费公开").await);
    let q = &asked["askInquiry"]["inquiry"];
    let id = q["id"].as_str().unwrap().to_string();
    let answered = assert_ok!(w.answer(&w.officer, &id).await);
    let rated = assert_ok!(w.rate(&w.asker, &id, 5).await);
    let again = w.rate(&w.asker, &id, 4).await;

    // Assert: the deadline is the rule's five working days (Beijing time), the answer and the
    // single rating are kept, and the asker was told of the answer.
    assert_eq!(q["status"], "OPEN");
    let calendar = w
        .app
        .gql_ok(
            Some(&w.asker),
            "query($f: DateTime!) { workingDayDeadline(from: $f, workingDays: 5) }",
            json!({ "f": q["createdAt"] }),
        )
        .await;
    assert_eq!(
        time(&q["dueAt"]),
        time(&calendar["workingDayDeadline"]),
        "the deadline counts the tenant's working-day calendar"
    );
    let span = time(&q["dueAt"]) - time(&q["createdAt"]);
    assert!(
        span >= Duration::days(5) && span <= Duration::days(20),
        "{span}"
    );
    assert_eq!(answered["answerInquiry"]["inquiry"]["status"], "ANSWERED");
    assert_eq!(rated["rateInquiryAnswer"]["inquiry"]["status"], "RATED");
    assert_eq!(rated["rateInquiryAnswer"]["inquiry"]["rating"], 5);
    assert_eq!(code(&again), Some("CONFLICT"));
    let seen = assert_ok!(
        w.app
            .gql(Some(&w.asker), INQUIRY, json!({ "id": id }))
            .await
    );
    assert_eq!(seen["inquiry"]["rating"], 5);
    assert_eq!(seen["inquiry"]["answererName"], "支部书记");
    let ns = w.app.notifications(&w.asker).await;
    assert!(
        ns.iter()
            .any(|n| n["kind"] == "INQUIRY" && n["title"].as_str().unwrap().contains("已答复"))
    );
    let officer_ns = w.app.notifications(&w.officer).await;
    assert!(
        officer_ns.iter().any(
            |n| n["kind"] == "INQUIRY" && n["title"].as_str().unwrap().contains("收到党员问询")
        )
    );
}

#[tokio::test]
async fn only_the_asker_rates_only_officers_answer_and_ratings_stay_in_range() {
    // Arrange
    let w = world().await;
    let id = w.asked("食堂价格").await;

    // Act
    let by_member = w.answer(&w.other_member, &id).await;
    let by_asker = w.answer(&w.asker, &id).await;
    let before_answer = w.rate(&w.asker, &id, 3).await;
    assert_ok!(w.answer(&w.officer, &id).await);
    let twice = w.answer(&w.officer, &id).await;
    let out_of_range = w.rate(&w.asker, &id, 6).await;
    let zero = w.rate(&w.asker, &id, 0).await;
    let by_other = w.rate(&w.other_member, &id, 3).await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"));
    assert_eq!(code(&by_asker), Some("NOT_FOUND"));
    assert_eq!(code(&before_answer), Some("CONFLICT"));
    assert_eq!(code(&twice), Some("CONFLICT"));
    assert_eq!(code(&out_of_range), Some("VALIDATION"));
    assert_eq!(code(&zero), Some("VALIDATION"));
    assert_eq!(code(&by_other), Some("NOT_FOUND"));
}

#[tokio::test]
async fn parallel_ratings_by_the_asker_keep_one() {
    // Arrange
    let w = world().await;
    let id = w.asked("会议室预约").await;
    assert_ok!(w.answer(&w.officer, &id).await);

    // Act
    let results = join_all((1..=5).map(|r| w.rate(&w.asker, &id, r))).await;

    // Assert
    let ok = results.iter().filter(|r| code(r).is_none()).count();
    assert_eq!(ok, 1, "{results:?}");
    assert!(
        results
            .iter()
            .all(|r| code(r).is_none() || code(r) == Some("CONFLICT"))
    );
}

#[tokio::test]
async fn the_org_lists_its_inquiries_for_officers_and_members_see_their_own() {
    // Arrange
    let w = world().await;
    let first = w.asked("一").await;
    let second = w.asked("二").await;
    assert_ok!(w.answer(&w.officer, &first).await);
    let list = "query($o: ID!, $s: InquiryStatus) { inquiries(orgId: $o, status: $s) { edges { node { id subject overdue canAnswer } } } }";

    // Act
    let all = assert_ok!(
        w.app
            .gql(Some(&w.officer), list, json!({ "o": w.branch }))
            .await
    );
    let open = assert_ok!(
        w.app
            .gql(
                Some(&w.officer),
                list,
                json!({ "o": w.branch, "s": "OPEN" })
            )
            .await
    );
    let by_member = w
        .app
        .gql(Some(&w.other_member), list, json!({ "o": w.branch }))
        .await;
    let mine = assert_ok!(
        w.app
            .gql(
                Some(&w.asker),
                "{ myInquiries { edges { node { id } } } }",
                json!({})
            )
            .await
    );
    let others = assert_ok!(
        w.app
            .gql(
                Some(&w.other_member),
                "{ myInquiries { edges { node { id } } } }",
                json!({})
            )
            .await
    );
    let peek = w
        .app
        .gql(Some(&w.other_member), INQUIRY, json!({ "id": first }))
        .await;

    // Assert
    assert_eq!(nodes(&all["inquiries"]).len(), 2);
    let open_ids: Vec<Value> = nodes(&open["inquiries"])
        .iter()
        .map(|n| n["id"].clone())
        .collect();
    assert_eq!(open_ids, [json!(second)]);
    assert_eq!(nodes(&all["inquiries"])[0]["canAnswer"], true);
    assert_eq!(code(&by_member), Some("NOT_FOUND"));
    assert_eq!(nodes(&mine["myInquiries"]).len(), 2);
    assert!(nodes(&others["myInquiries"]).is_empty());
    assert_eq!(code(&peek), Some("NOT_FOUND"));
}

/// The due item of an inquiry, read as the database owner inside the tenant.
async fn due_item(owner: &PgPool, tenant: Uuid, inquiry: &str) -> (Uuid, DateTime<Utc>) {
    let mut tx = owner.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query_as("select due_item_id, due_at from inquiry where id = $1")
        .bind(uuid_of(inquiry))
        .fetch_one(&mut *tx)
        .await
        .unwrap()
}

fn inquiry_titles(ns: &[Value], prefix: &str) -> usize {
    ns.iter()
        .filter(|n| n["kind"] == "INQUIRY" && n["title"].as_str().unwrap_or("").starts_with(prefix))
        .count()
}

#[tokio::test]
async fn the_worker_reminds_the_officers_before_and_at_the_deadline_and_escalates_after_it() {
    // Arrange
    let w = world().await;
    let owner = owner_pool().await;
    let tenant = w.app.tenant_id(&w.admin.token).await;
    let id = w.asked("活动经费").await;
    let (item, due) = due_item(&owner, tenant, &id).await;

    // Act + Assert: a day before, the branch's officer is reminded, naming the rule's source.
    reminder::scan(&w.app.app, due - Duration::days(1))
        .await
        .unwrap();
    reminders::run(&w.app.app, &owner, tenant, item, 1).await;
    let ns = w.app.notifications(&w.officer).await;
    assert_eq!(inquiry_titles(&ns, "问询临期提醒"), 1, "{ns:?}");
    let n = ns
        .iter()
        .find(|n| n["title"].as_str().unwrap().starts_with("问询临期提醒"))
        .unwrap();
    assert!(
        n["body"]
            .as_str()
            .unwrap()
            .contains("本单位党务公开与党员问询制度"),
        "{n}"
    );

    // At the deadline: the branch's officer again.
    reminder::scan(&w.app.app, due).await.unwrap();
    reminders::run(&w.app.app, &owner, tenant, item, 2).await;
    assert_eq!(
        inquiry_titles(&w.app.notifications(&w.officer).await, "问询到期提醒"),
        1
    );

    // A day after: escalation to the committee's officer, not the branch's.
    reminder::scan(&w.app.app, due + Duration::days(1))
        .await
        .unwrap();
    reminders::run(&w.app.app, &owner, tenant, item, 3).await;
    assert_eq!(
        inquiry_titles(
            &w.app.notifications(&w.committee_officer).await,
            "问询逾期督办"
        ),
        1
    );
    assert_eq!(
        inquiry_titles(&w.app.notifications(&w.officer).await, "问询逾期督办"),
        0
    );

    // A retried delivery writes nothing more.
    for position in 1..=3 {
        assert_eq!(
            reminders::run(&w.app.app, &owner, tenant, item, position).await,
            0
        );
    }
    let seen = assert_ok!(
        w.app
            .gql(Some(&w.officer), INQUIRY, json!({ "id": id }))
            .await
    );
    assert_eq!(seen["inquiry"]["status"], "OPEN");
}

#[tokio::test]
async fn an_answered_inquiry_is_no_longer_reminded() {
    // Arrange
    let w = world().await;
    let owner = owner_pool().await;
    let tenant = w.app.tenant_id(&w.admin.token).await;
    let id = w.asked("培训安排").await;
    let (item, due) = due_item(&owner, tenant, &id).await;
    assert_ok!(w.answer(&w.officer, &id).await);

    // Act
    reminder::scan(&w.app.app, due + Duration::days(1))
        .await
        .unwrap();
    let told = reminders::run(&w.app.app, &owner, tenant, item, 3).await;

    // Assert
    assert_eq!(told, 0);
    assert_eq!(
        inquiry_titles(
            &w.app.notifications(&w.committee_officer).await,
            "问询逾期督办"
        ),
        0
    );
}

#[tokio::test]
async fn hostile_inputs_to_an_inquiry_are_validation_errors() {
    // Arrange
    let w = world().await;

    // Act
    let nul = w.ask(&w.asker, "a\u{0}b").await;
    let long = w.ask(&w.asker, &"长".repeat(101)).await;
    let blank = w.ask(&w.asker, "  ").await;

    // Assert
    for body in [&nul, &long, &blank] {
        assert_eq!(code(body), Some("VALIDATION"), "{body}");
        assert!(body.to_string().contains("subject"), "{body}");
    }
}

#[tokio::test]
async fn every_inquiry_query_and_mutation_is_not_found_from_another_tenant() {
    // Arrange
    let w = world().await;
    let other = w.app.sign_up().await;
    let id = w.asked("跨租户").await;
    let asked_again = w.asked("撤回").await;

    // Act + Assert: the query and the officer's answer work in the tenant, not from another.
    for (query, vars, own_token) in [
        (INQUIRY, json!({ "id": id }), w.asker.clone()),
        (
            "query($o: ID!) { inquiries(orgId: $o) { edges { node { id } } } }",
            json!({ "o": w.branch }),
            w.officer.clone(),
        ),
        (
            "mutation($i: AnswerInquiryInput!) { answerInquiry(input: $i) { inquiry { id } } }",
            json!({ "i": { "inquiryId": id, "answer": "答复" } }),
            w.officer.clone(),
        ),
        (
            "mutation($i: RateInquiryAnswerInput!) { rateInquiryAnswer(input: $i) { inquiry { id } } }",
            json!({ "i": { "inquiryId": id, "rating": 4 } }),
            w.asker.clone(),
        ),
        (
            "mutation($i: CloseInquiryInput!) { closeInquiry(input: $i) { inquiry { status } } }",
            json!({ "i": { "inquiryId": asked_again } }),
            w.asker.clone(),
        ),
        (
            "mutation($i: AskInquiryInput!) { askInquiry(input: $i) { inquiry { id } } }",
            json!({ "i": { "orgId": w.branch, "subject": "s", "body": "b" } }),
            w.asker.clone(),
        ),
    ] {
        let foreign = w.app.gql(Some(&other.token), query, vars.clone()).await;
        let own = w.app.gql(Some(&own_token), query, vars).await;
        assert_eq!(code(&foreign), Some("NOT_FOUND"), "{query}: {foreign}");
        assert_ok!(own);
    }
}
