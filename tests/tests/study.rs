//! Study against the real server: progress and completion, the heartbeat's plausibility
//! (claims beyond the elapsed time are cut), points paid once for a completion repeated in
//! parallel, reminders (one click and the worker, once per member and day), the completion
//! board and its export, 心得, hostile strings, and NOT_FOUND outside the audience and across
//! tenants next to positive controls.

use crate::votes::{World, world, world_on};
use chrono::{Duration, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use std::time::Duration as StdDuration;
use tongxin_tests::{TestApp, code, config, nodes, owner_pool, uuid_of, wait_until};
use uuid::Uuid;

const CREATE_MATERIAL: &str = "mutation($i: CreateStudyMaterialInput!) { createStudyMaterial(input: $i) { material { id kind title body requiredSeconds viewerCanManage } } }";
const CREATE_COURSE: &str = "mutation($i: CreateStudyCourseInput!) { createStudyCourse(input: $i) { course { id title materialIds } } }";
const CREATE_PLAN: &str = "mutation($i: CreateStudyPlanInput!) { createStudyPlan(input: $i) { plan { id title assignedCount materialCount items { title } } } }";
const MATERIAL: &str = "query($id: ID!) { studyMaterial(id: $id) { id title kind myProgress { seconds completed completedAt } } }";
const OPEN: &str = "mutation($i: StudyMaterialIdInput!) { openStudyMaterial(input: $i) { material { myProgress { seconds completed } } } }";
const RECORD: &str = "mutation($i: RecordStudyTimeInput!) { recordStudyTime(input: $i) { material { myProgress { seconds completed } } } }";
const FINISH: &str = "mutation($i: StudyMaterialIdInput!) { finishStudyMaterial(input: $i) { material { myProgress { seconds completed } } } }";
const MY_PLANS: &str = "query { myStudyPlans(first: 10) { edges { node { id title myCompleted materialCount continueMaterialId materials { materialId completed seconds } } } } }";
const PLAN: &str = "query($id: ID!) { studyPlan(id: $id) { id assignedCount completedCount viewerIsOfficer exportUrl } }";
const COMPLETION: &str = "query($p: ID!, $o: ID, $inc: Boolean! = false) { studyPlanCompletion(planId: $p, orgId: $o, incompleteOnly: $inc, first: 2) { assigned completed organizations { organizationName assigned completed } people { edges { node { memberName completedItems totalItems completed } } pageInfo { hasNextPage endCursor } } } }";
const COMPLETION_AFTER: &str = "query($p: ID!, $a: String) { studyPlanCompletion(planId: $p, first: 2, after: $a) { people { edges { node { memberId } } pageInfo { hasNextPage endCursor } } } }";
const REMIND: &str = "mutation($i: StudyPlanIdInput!) { remindStudyPlan(input: $i) { reminded } }";
const SAVE_NOTE: &str = "mutation($i: SaveStudyNoteInput!) { saveStudyNote(input: $i) { note { id body shared mine } } }";
const NOTES: &str = "query($m: ID!) { studyNotes(materialId: $m, first: 20) { edges { node { id body shared mine memberName } } } }";
const MATERIALS: &str =
    "query($o: ID!) { studyMaterials(orgId: $o, first: 20) { edges { node { id title } } } }";
const MY_POINTS: &str = "query($y: Int!) { myPoints(year: $y) { entries(first: 50) { edges { node { sourceKind sourceId points } } } } }";

/// An article of the branch asking for `required` seconds (none: opening completes it).
fn article(org: &str, title: &str, required: Option<i32>) -> Value {
    json!({
        "orgId": org,
        "kind": "ARTICLE",
        "title": title,
        "summary": "学习党章，做合格党员",
        "body": "<p>中国共产党章程<script>alert(1)</script></p>",
        "requiredSeconds": required,
    })
}

async fn create_material(app: &TestApp, token: &str, input: Value) -> String {
    let data = app
        .gql_ok(Some(token), CREATE_MATERIAL, json!({ "i": input }))
        .await;
    data["createStudyMaterial"]["material"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{data}"))
        .to_string()
}

/// A plan of the branch (its sub-tree) over `items`, due in `days`.
fn plan_form(org: &str, items: Value, days: i64) -> Value {
    json!({
        "orgId": org,
        "title": "学习党章专题计划",
        "description": "请按时完成",
        "audience": { "orgs": [{ "orgId": org, "includeSubtree": true }] },
        "deadline": (Utc::now() + Duration::days(days)).to_rfc3339(),
        "items": items,
    })
}

async fn create_plan(app: &TestApp, token: &str, input: Value) -> String {
    let data = app
        .gql_ok(Some(token), CREATE_PLAN, json!({ "i": input }))
        .await;
    data["createStudyPlan"]["plan"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{data}"))
        .to_string()
}

/// A world with two materials (20 s required, none required) in a plan of the branch.
async fn studied() -> (World, String, String, String) {
    let w = world().await;
    let timed = create_material(
        &w.app,
        &w.officer.0,
        article(&w.branch, "学习党章第一章", Some(20)),
    )
    .await;
    let quick = create_material(
        &w.app,
        &w.officer.0,
        article(&w.branch, "学习党章第二章", None),
    )
    .await;
    let plan = create_plan(
        &w.app,
        &w.officer.0,
        plan_form(
            &w.branch,
            json!([{ "materialId": timed }, { "materialId": quick }]),
            10,
        ),
    )
    .await;
    (w, timed, quick, plan)
}

/// Moves the member's last credited report on a material `secs` seconds into the past (as the
/// owner), as if that much wall-clock time had passed.
async fn age_progress(w: &World, member: &str, material: &str, secs: i64) {
    let pool = owner_pool().await;
    let tenant = w.app.tenant_id(&w.t.token).await;
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let moved = sqlx::query(
        "update study_progress set last_reported_at = last_reported_at - make_interval(secs => $3)
          where member_id = $1 and material_id = $2",
    )
    .bind(uuid_of(member))
    .bind(uuid_of(material))
    .bind(secs as f64)
    .execute(&mut *tx)
    .await
    .unwrap()
    .rows_affected();
    assert_eq!(moved, 1);
    tx.commit().await.unwrap();
}

async fn record(app: &TestApp, token: &str, material: &str, seconds: i32) -> Value {
    app.gql(
        Some(token),
        RECORD,
        json!({ "i": { "materialId": material, "seconds": seconds } }),
    )
    .await
}

async fn study_entries(app: &TestApp, token: &str) -> Vec<Value> {
    let year = Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y")
        .to_string()
        .parse::<i32>()
        .unwrap();
    let data = app
        .gql_ok(Some(token), MY_POINTS, json!({ "y": year }))
        .await;
    nodes(&data["myPoints"]["entries"])
        .into_iter()
        .filter(|e| e["sourceKind"] == "STUDY")
        .collect()
}

#[tokio::test]
async fn a_member_completes_a_timed_material_when_the_required_seconds_are_credited() {
    // Arrange
    let (w, timed, _, _) = studied().await;
    let member = &w.voters[0].0;
    w.app
        .gql_ok(Some(member), OPEN, json!({ "i": { "materialId": timed } }))
        .await;
    age_progress(&w, &w.voters[0].1, &timed, 15).await;
    let first = record(&w.app, member, &timed, 15).await;
    age_progress(&w, &w.voters[0].1, &timed, 15).await;

    // Act
    let second = record(&w.app, member, &timed, 15).await;

    // Assert
    let p1 = &first["data"]["recordStudyTime"]["material"]["myProgress"];
    assert_eq!(p1["seconds"], 15, "{first}");
    assert_eq!(p1["completed"], false);
    let p2 = &second["data"]["recordStudyTime"]["material"]["myProgress"];
    assert_eq!(p2["seconds"], 30, "{second}");
    assert_eq!(p2["completed"], true);
    let entries = study_entries(&w.app, member).await;
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["sourceId"], json!(uuid_of(&timed).to_string()));
    assert_eq!(entries[0]["points"], 1);
    let plans = w.app.gql_ok(Some(member), MY_PLANS, json!({})).await;
    let plan = &nodes(&plans["myStudyPlans"])[0];
    assert_eq!(plan["myCompleted"], 1);
    assert_eq!(plan["materialCount"], 2);
}

#[tokio::test]
async fn claims_beyond_the_elapsed_time_are_cut_to_it() {
    // Arrange
    let (w, timed, _, _) = studied().await;
    let (member, id) = &w.voters[1];
    w.app
        .gql_ok(Some(member), OPEN, json!({ "i": { "materialId": timed } }))
        .await;
    age_progress(&w, id, &timed, 5).await;

    // Act: 300 seconds claimed after about five; then an immediate second claim.
    let inflated = record(&w.app, member, &timed, 300).await;
    let repeated = record(&w.app, member, &timed, 30).await;

    // Assert
    let credited = inflated["data"]["recordStudyTime"]["material"]["myProgress"]["seconds"]
        .as_i64()
        .unwrap_or_else(|| panic!("{inflated}"));
    assert!((5..=7).contains(&credited), "credited {credited}");
    let after = repeated["data"]["recordStudyTime"]["material"]["myProgress"]["seconds"]
        .as_i64()
        .unwrap();
    assert!(after <= credited + 1, "{after} after {credited}");
    assert_eq!(
        repeated["data"]["recordStudyTime"]["material"]["myProgress"]["completed"],
        false
    );
    let beyond = record(&w.app, member, &timed, 301).await;
    assert_eq!(code(&beyond), Some("VALIDATION"), "{beyond}");
}

#[tokio::test]
async fn a_completion_repeated_in_parallel_pays_points_once() {
    // Arrange
    let (w, _, quick, _) = studied().await;
    let member = &w.voters[2].0;

    // Act
    let finishes = join_all((0..8).map(|i| {
        let q = if i % 2 == 0 { FINISH } else { OPEN };
        w.app
            .gql(Some(member), q, json!({ "i": { "materialId": quick } }))
    }))
    .await;

    // Assert
    for f in &finishes {
        assert!(f["errors"].is_null(), "{f}");
    }
    let entries = study_entries(&w.app, member).await;
    assert_eq!(entries.len(), 1, "{entries:?}");
    let again = w
        .app
        .gql_ok(
            Some(member),
            FINISH,
            json!({ "i": { "materialId": quick } }),
        )
        .await;
    assert_eq!(
        again["finishStudyMaterial"]["material"]["myProgress"]["completed"],
        true
    );
    assert_eq!(study_entries(&w.app, member).await.len(), 1);
}

#[tokio::test]
async fn finishing_a_timed_material_early_is_a_conflict_saying_how_long_is_left() {
    // Arrange
    let (w, timed, _, _) = studied().await;

    // Act
    let early = w
        .app
        .gql(
            Some(&w.voters[0].0),
            FINISH,
            json!({ "i": { "materialId": timed } }),
        )
        .await;

    // Assert
    assert_eq!(code(&early), Some("CONFLICT"), "{early}");
    assert!(early.to_string().contains("还需学习"));
}

#[tokio::test]
async fn the_board_counts_by_org_and_person_pages_and_one_click_reminds_once_a_day() {
    // Arrange
    let (w, _, quick, plan) = studied().await;
    // The course wraps the quick material only; the plan holds both materials.
    w.app
        .gql_ok(
            Some(&w.voters[0].0),
            OPEN,
            json!({ "i": { "materialId": quick } }),
        )
        .await;

    // Act
    let board = w
        .app
        .gql_ok(Some(&w.officer.0), COMPLETION, json!({ "p": plan }))
        .await;
    let reminded = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            REMIND,
            json!({ "i": { "planId": plan } }),
        )
        .await;
    let again = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            REMIND,
            json!({ "i": { "planId": plan } }),
        )
        .await;

    // Assert: four members of the branch (three voters and the secretary), none complete.
    let b = &board["studyPlanCompletion"];
    assert_eq!(b["assigned"], 4, "{board}");
    assert_eq!(b["completed"], 0);
    assert_eq!(b["organizations"][0]["organizationName"], "第一党支部");
    let first_page = nodes(&b["people"]);
    assert_eq!(first_page.len(), 2);
    assert_eq!(b["people"]["pageInfo"]["hasNextPage"], true);
    let next = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            COMPLETION_AFTER,
            json!({ "p": plan, "a": b["people"]["pageInfo"]["endCursor"] }),
        )
        .await;
    assert_eq!(nodes(&next["studyPlanCompletion"]["people"]).len(), 2);
    assert_eq!(reminded["remindStudyPlan"]["reminded"], 4);
    assert_eq!(again["remindStudyPlan"]["reminded"], 0);
    let told = w.app.notifications(&w.voters[1].0).await;
    assert_eq!(
        told.iter()
            .filter(|n| n["kind"] == "STUDY"
                && n["title"]
                    .as_str()
                    .unwrap_or_default()
                    .ends_with("（提醒）"))
            .count(),
        1
    );
    let member_remind = w
        .app
        .gql(
            Some(&w.voters[0].0),
            REMIND,
            json!({ "i": { "planId": plan } }),
        )
        .await;
    assert_eq!(code(&member_remind), Some("NOT_FOUND"), "{member_remind}");
}

#[tokio::test]
async fn a_course_in_a_plan_counts_its_materials_and_completion_follows_them() {
    // Arrange
    let w = world().await;
    let a = create_material(&w.app, &w.officer.0, article(&w.branch, "第一课", None)).await;
    let b = create_material(&w.app, &w.officer.0, article(&w.branch, "第二课", None)).await;
    let course = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            CREATE_COURSE,
            json!({ "i": { "orgId": w.branch, "title": "党章学习课程", "materialIds": [a, b] } }),
        )
        .await["createStudyCourse"]["course"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let plan = create_plan(
        &w.app,
        &w.officer.0,
        plan_form(&w.branch, json!([{ "courseId": course }]), 10),
    )
    .await;
    let member = &w.voters[0].0;

    // Act
    w.app
        .gql_ok(Some(member), OPEN, json!({ "i": { "materialId": a } }))
        .await;
    let halfway = w.app.gql_ok(Some(member), MY_PLANS, json!({})).await;
    w.app
        .gql_ok(Some(member), OPEN, json!({ "i": { "materialId": b } }))
        .await;

    // Assert
    let p = &nodes(&halfway["myStudyPlans"])[0];
    assert_eq!(p["materialCount"], 2);
    assert_eq!(p["myCompleted"], 1);
    assert_eq!(p["continueMaterialId"], json!(b));
    let board = w
        .app
        .gql_ok(Some(&w.officer.0), PLAN, json!({ "id": plan }))
        .await;
    assert_eq!(board["studyPlan"]["completedCount"], 1);
    assert_eq!(board["studyPlan"]["assignedCount"], 4);
}

#[tokio::test]
async fn notes_are_private_or_shared_and_editable_by_their_author() {
    // Arrange
    let (w, _, quick, _) = studied().await;
    let save = |token: String, body: &'static str, shared: bool| {
        let (app, m) = (&w.app, quick.clone());
        async move {
            app.gql_ok(
                Some(&token),
                SAVE_NOTE,
                json!({ "i": { "materialId": m, "body": body, "shared": shared } }),
            )
            .await
        }
    };

    // Act
    save(w.voters[0].0.clone(), "坚定理想信念", true).await;
    save(w.voters[1].0.clone(), "只给自己看", false).await;
    let edited = save(w.voters[0].0.clone(), "坚定理想信念，牢记初心使命", true).await;

    // Assert
    assert_eq!(
        edited["saveStudyNote"]["note"]["body"],
        "坚定理想信念，牢记初心使命"
    );
    let seen = w
        .app
        .gql_ok(Some(&w.voters[2].0), NOTES, json!({ "m": quick }))
        .await;
    let list = nodes(&seen["studyNotes"]);
    assert_eq!(list.len(), 1, "{seen}");
    assert_eq!(list[0]["body"], "坚定理想信念，牢记初心使命");
    assert_eq!(list[0]["mine"], false);
    let own = w
        .app
        .gql_ok(Some(&w.voters[1].0), NOTES, json!({ "m": quick }))
        .await;
    assert_eq!(nodes(&own["studyNotes"]).len(), 2);
}

#[tokio::test]
async fn hostile_strings_and_bad_values_are_validation_errors() {
    // Arrange
    let w = world().await;
    let cases = [
        article(&w.branch, "党章\u{0}", None),
        article(&w.branch, &"学".repeat(101), None),
        json!({ "orgId": w.branch, "kind": "VIDEO", "title": "视频", "videoUrl": "http://example.com/v", "durationSeconds": 60 }),
        json!({ "orgId": w.branch, "kind": "VIDEO", "title": "视频", "videoUrl": "https://example.com/v", "durationSeconds": 0 }),
        json!({ "orgId": w.branch, "kind": "ARTICLE", "title": "文章", "body": "<p>x</p>", "requiredSeconds": 100000 }),
    ];

    // Act
    let answers = join_all(cases.iter().map(|c| {
        w.app
            .gql(Some(&w.officer.0), CREATE_MATERIAL, json!({ "i": c }))
    }))
    .await;
    let quick = create_material(&w.app, &w.officer.0, article(&w.branch, "第一课", None)).await;
    let long_note = w
        .app
        .gql(
            Some(&w.officer.0),
            SAVE_NOTE,
            json!({ "i": { "materialId": quick, "body": "心".repeat(2001) } }),
        )
        .await;
    let nul_note = w
        .app
        .gql(
            Some(&w.officer.0),
            SAVE_NOTE,
            json!({ "i": { "materialId": quick, "body": "心得\u{0}" } }),
        )
        .await;
    let past = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE_PLAN,
            json!({ "i": plan_form(&w.branch, json!([{ "materialId": quick }]), -1) }),
        )
        .await;

    // Assert
    for a in answers.iter().chain([&long_note, &nul_note, &past]) {
        assert_eq!(code(a), Some("VALIDATION"), "{a}");
    }
    let ok = w
        .app
        .gql_ok(Some(&w.officer.0), MATERIAL, json!({ "id": quick }))
        .await;
    assert_eq!(ok["studyMaterial"]["title"], "第一课");
}

#[tokio::test]
async fn outside_the_audience_and_across_tenants_study_is_not_found_beside_positive_controls() {
    // Arrange
    let (w, timed, quick, plan) = studied().await;
    let other = world_on(TestApp::spawn().await).await;
    let stranger = &other.officer.0;
    let outsider = &w.outsider.0;

    // Act
    let inside = w
        .app
        .gql(Some(&w.voters[0].0), MATERIAL, json!({ "id": timed }))
        .await;
    let outside = w
        .app
        .gql(Some(outsider), MATERIAL, json!({ "id": timed }))
        .await;
    let outside_open = w
        .app
        .gql(
            Some(outsider),
            OPEN,
            json!({ "i": { "materialId": quick } }),
        )
        .await;
    let outside_plan = w.app.gql(Some(outsider), PLAN, json!({ "id": plan })).await;
    let member_board = w
        .app
        .gql(Some(&w.voters[0].0), COMPLETION, json!({ "p": plan }))
        .await;
    let officer_board = w
        .app
        .gql(Some(&w.officer.0), COMPLETION, json!({ "p": plan }))
        .await;
    let foreign_material = other
        .app
        .gql(Some(stranger), MATERIAL, json!({ "id": timed }))
        .await;
    let foreign_plan = other
        .app
        .gql(Some(stranger), PLAN, json!({ "id": plan }))
        .await;
    let foreign_record = record(&other.app, stranger, &quick, 10).await;
    let foreign_list = other
        .app
        .gql(Some(stranger), MATERIALS, json!({ "o": w.branch }))
        .await;
    let foreign_item = other
        .app
        .gql(
            Some(stranger),
            CREATE_PLAN,
            json!({ "i": plan_form(&other.branch, json!([{ "materialId": quick }]), 5) }),
        )
        .await;
    let own_list = w
        .app
        .gql(Some(&w.officer.0), MATERIALS, json!({ "o": w.branch }))
        .await;

    // Assert
    assert!(inside["errors"].is_null(), "{inside}");
    assert!(officer_board["errors"].is_null(), "{officer_board}");
    assert_eq!(nodes(&own_list["data"]["studyMaterials"]).len(), 2);
    for body in [
        &outside,
        &outside_open,
        &outside_plan,
        &member_board,
        &foreign_material,
        &foreign_plan,
        &foreign_record,
        &foreign_list,
        &foreign_item,
    ] {
        assert_eq!(code(body), Some("NOT_FOUND"), "{body}");
    }
}

#[tokio::test]
async fn the_export_lists_each_member_for_officers_only() {
    // Arrange
    let (w, _, _, plan) = studied().await;
    let url = w
        .app
        .gql_ok(Some(&w.officer.0), PLAN, json!({ "id": plan }))
        .await["studyPlan"]["exportUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let get = |token: String| {
        let app = &w.app;
        let url = format!("{}{}", app.base, url);
        async move { app.http.get(url).bearer_auth(token).send().await.unwrap() }
    };

    // Act
    let officer = get(w.officer.0.clone()).await;
    let member = get(w.voters[0].0.clone()).await;

    // Assert
    assert_eq!(officer.status(), 200);
    let bytes = officer.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK"));
    assert_eq!(member.status(), 404);
}

/// Moves the queued job with `key` to now (as the owner).
async fn run_now(key: &str) {
    let pool = owner_pool().await;
    let moved =
        sqlx::query("update graphile_worker._private_jobs set run_at = now() where key = $1")
            .bind(key)
            .execute(&pool)
            .await
            .unwrap()
            .rows_affected();
    assert_eq!(moved, 1, "job {key} is queued");
}

#[tokio::test]
async fn the_worker_reminds_the_incomplete_before_the_deadline_once_a_day() {
    // Arrange
    let mut cfg = config();
    let app = TestApp::spawn_with(cfg.clone()).await;
    cfg.worker = crate::jobs_and_mail::fast_recovery();
    let (worker, _) = tongxin_worker::build(cfg).await.expect("worker");
    tokio::spawn(async move { worker.run().await });
    let w = world_on(app).await;
    let quick = create_material(&w.app, &w.officer.0, article(&w.branch, "第一课", None)).await;
    let plan = create_plan(
        &w.app,
        &w.officer.0,
        plan_form(&w.branch, json!([{ "materialId": quick }]), 5),
    )
    .await;
    w.app
        .gql_ok(
            Some(&w.voters[0].0),
            OPEN,
            json!({ "i": { "materialId": quick } }),
        )
        .await;
    let id: Uuid = uuid_of(&plan);
    let reminders = |token: String| {
        let app = &w.app;
        async move {
            app.notifications(&token)
                .await
                .into_iter()
                .filter(|n| {
                    n["kind"] == "STUDY"
                        && n["title"]
                            .as_str()
                            .unwrap_or_default()
                            .ends_with("（提醒）")
                })
                .count()
        }
    };

    // Act: the three-day reminder, then the one-day reminder on the same day.
    run_now(&format!("study-remind-3:{id}")).await;
    wait_until(StdDuration::from_secs(20), "the reminder", || async {
        reminders(w.voters[1].0.clone()).await == 1
    })
    .await;
    run_now(&format!("study-remind-1:{id}")).await;
    wait_until(
        StdDuration::from_secs(20),
        "the second turn ran",
        || async {
            let pool = owner_pool().await;
            sqlx::query_scalar::<_, i64>(
                "select count(*) from graphile_worker._private_jobs where key = $1",
            )
            .bind(format!("study-remind-1:{id}"))
            .fetch_one(&pool)
            .await
            .unwrap()
                == 0
        },
    )
    .await;

    // Assert: the incomplete are reminded once today; who completed is not.
    assert_eq!(reminders(w.voters[1].0.clone()).await, 1);
    assert_eq!(reminders(w.voters[0].0.clone()).await, 0);
}

#[tokio::test]
async fn a_course_says_whether_the_viewer_may_edit_it() {
    // Arrange: a reader holding only `study` read at the branch (the tenant's 信息员 role,
    // changed for it), beside the officer.
    let w = world().await;
    let a = create_material(&w.app, &w.officer.0, article(&w.branch, "第一课", None)).await;
    w.app
        .gql_ok(
            Some(&w.officer.0),
            CREATE_COURSE,
            json!({ "i": { "orgId": w.branch, "title": "党章学习课程", "materialIds": [a] } }),
        )
        .await;
    w.app
        .gql_ok(
            Some(&w.t.token),
            "mutation($i: SetRolePermissionsInput!) { setRolePermissions(input: $i) }",
            json!({ "i": { "role": "correspondent", "permissions": ["study:(read)"] } }),
        )
        .await;
    let reader = &w.voters[1];
    w.app
        .grant_role(
            &w.t.token,
            json!({ "memberId": reader.1, "role": "correspondent", "organizationId": w.branch }),
        )
        .await;
    let list = |token: String| {
        let app = &w.app;
        let branch = w.branch.clone();
        async move {
            app.gql_ok(
                Some(&token),
                "query($o: ID!) { studyCourses(orgId: $o, first: 5) { edges { node { title viewerCanManage } } } }",
                json!({ "o": branch }),
            )
            .await
        }
    };

    // Act
    let by_officer = list(w.officer.0.clone()).await;
    let by_reader = list(reader.0.clone()).await;

    // Assert
    assert_eq!(
        nodes(&by_officer["studyCourses"])[0]["viewerCanManage"],
        true
    );
    let seen = nodes(&by_reader["studyCourses"]);
    assert_eq!(seen[0]["title"], "党章学习课程");
    assert_eq!(seen[0]["viewerCanManage"], false);
}
