//! Personal data exports (个人信息下载) against the real server: a member's ZIP holds each kind
//! of their data and nothing of another member, never the choice of an anonymous ballot; the
//! progress reaches 100 and the member is notified; only the member and the requesting
//! administrator download it (everyone else, other tenants included, gets the 404 of a missing
//! id); an administrator's export is audited with its reason; parallel requests make one
//! export; bad input is refused; expired exports lose their ZIP.

use crate::chat::{conversations, group_of, send};
use futures::future::join_all;
use serde_json::{Value, json};
use std::io::Read;
use tongxin_tests::{Tenant, TestApp, code, nodes, owner_execute, owner_fetch, uuid_of};
use uuid::Uuid;

const REQUEST: &str = "mutation { requestPersonalDataExport { id status progress requestedBy } }";
const EXPORT_FOR: &str = "mutation($i: ExportPersonalDataForInput!) { exportPersonalDataFor(input: $i) { id status requestedBy reason memberName } }";
const GET: &str = "query($id: ID!) { personalDataExport(id: $id) { id status progress sectionsDone sectionsTotal requestedBy reason readyAt expiresAt sizeBytes downloadUrl } }";
const MINE: &str =
    "query { myPersonalDataExports(first: 20) { edges { node { id status downloadUrl } } } }";

/// A branch with two members and the tenant's administrator.
struct World {
    app: TestApp,
    t: Tenant,
    tenant: Uuid,
    branch: String,
    a: (String, String),
    b: (String, String),
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    let a = app.join(&t.token, &branch, "甲成员").await;
    let b = app.join(&t.token, &branch, "乙成员").await;
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    World {
        app,
        t,
        tenant,
        branch,
        a,
        b,
    }
}

/// Runs the export's job as the worker would.
async fn run(w: &World, export: &str) -> &'static str {
    tongxin_core::personal_data::run_export(
        &w.app.app,
        &tongxin_core::personal_data::ExportJob {
            tenant_id: w.tenant,
            export_id: uuid_of(export),
        },
    )
    .await
    .expect("export runs")
}

async fn request(w: &World, token: &str) -> String {
    let data = w.app.gql_ok(Some(token), REQUEST, json!({})).await;
    data["requestPersonalDataExport"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{data}"))
        .to_string()
}

async fn get(w: &World, token: &str, id: &str) -> Value {
    w.app.gql(Some(token), GET, json!({ "id": id })).await
}

/// `GET` of a download URL with a bearer token: status and body.
async fn fetch(app: &TestApp, token: &str, url: &str) -> (u16, Vec<u8>) {
    let res = app
        .http
        .get(format!("{}{url}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .expect("download");
    let status = res.status().as_u16();
    (status, res.bytes().await.expect("body").to_vec())
}

/// The ZIP's entries by name.
fn unzip(bytes: Vec<u8>) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).expect("entry");
            let mut out = vec![];
            f.read_to_end(&mut out).expect("read entry");
            (f.name().expect("entry name").to_string(), out)
        })
        .collect()
}

fn entry<'a>(entries: &'a [(String, Vec<u8>)], name: &str) -> &'a str {
    entries
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, b)| std::str::from_utf8(b).expect("utf-8"))
        .unwrap_or_else(|| panic!("{name} in the ZIP"))
}

#[tokio::test]
async fn a_members_zip_holds_each_kind_of_their_data_and_nothing_of_another_member() {
    // Arrange: two members of one branch, each with a position, a message, a file; a notice
    // both received and A acknowledged; an anonymous vote A cast.
    let w = world().await;
    let app = &w.app;
    app.assign_position(&w.t.token, &w.branch, &w.a.1, "宣传委员", "2026-01-01")
        .await;
    app.assign_position(&w.t.token, &w.branch, &w.b.1, "组织委员", "2026-01-01")
        .await;
    let notice = app
        .publish_notice(
            &w.t.token,
            json!({
                "issuerOrgId": w.branch,
                "title": "关于开展主题党日的通知",
                "body": "<p>请确认</p>",
                "category": "NOTICE",
                "ackRequired": true,
                "ackDeadline": (chrono::Utc::now() + chrono::Duration::days(3)).to_rfc3339(),
                "audience": { "orgs": [{ "orgId": w.branch, "includeSubtree": true }] },
            }),
        )
        .await;
    app.gql_ok(
        Some(&w.a.0),
        "mutation($i: AcknowledgeNoticeInput!) { acknowledgeNotice(input: $i) { notice { id } } }",
        json!({ "i": { "noticeId": notice, "reply": "甲已收到" } }),
    )
    .await;
    let conv = group_of(&conversations(app, &w.a.0).await, &w.branch).expect("the group");
    send(app, &w.a.0, &conv, "甲的消息", "a-1").await;
    send(app, &w.b.0, &conv, "乙的秘密消息", "b-1").await;
    app.upload_file(
        &w.a.0,
        "甲的文件.txt",
        "text/plain",
        "甲的文件内容".as_bytes().to_vec(),
    )
    .await;
    app.upload_file(
        &w.b.0,
        "乙的文件.txt",
        "text/plain",
        "乙的文件内容".as_bytes().to_vec(),
    )
    .await;
    let mut poll = crate::votes::poll(&w.branch);
    poll["title"] = json!("无记名评议");
    let (vote, options) = crate::votes::create(app, &w.t.token, poll).await;
    crate::votes::cast(app, &w.a.0, &vote, &[&options[1]]).await;

    // Act: A asks, the worker runs.
    let id = request(&w, &w.a.0).await;
    assert_eq!(run(&w, &id).await, "ready");

    // Assert: ready at 100 with every section; notified; the ZIP holds A's data only.
    let body = get(&w, &w.a.0, &id).await;
    let e = &body["data"]["personalDataExport"];
    assert_eq!(e["status"], "READY", "{body}");
    assert_eq!(e["progress"], 100);
    assert_eq!(e["requestedBy"], "SELF");
    assert_eq!(
        e["sectionsDone"].as_array().map(Vec::len),
        e["sectionsTotal"].as_u64().map(|n| n as usize)
    );
    assert!(e["expiresAt"].is_string() && e["sizeBytes"].as_i64().unwrap_or(0) > 0);
    let notes = app.notifications(&w.a.0).await;
    assert!(
        notes.iter().any(|n| n["kind"] == "PERSONAL_DATA"
            && n["title"].as_str().unwrap_or("").contains("可下载")),
        "{notes:?}"
    );
    let url = e["downloadUrl"]
        .as_str()
        .expect("a download URL")
        .to_string();
    let (status, zip) = fetch(app, &w.a.0, &url).await;
    assert_eq!(status, 200);
    let entries = unzip(zip);
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    for name in [
        "README.txt",
        "profile.json",
        "personal-data.xlsx",
        "positions.json",
        "votes.json",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    assert!(entry(&entries, "README.txt").contains("个人信息"));
    assert!(entry(&entries, "profile.json").contains("甲成员"));
    assert!(entry(&entries, "positions.json").contains("宣传委员"));
    assert!(entry(&entries, "notices.json").contains("甲已收到"));
    assert!(entry(&entries, "notices.json").contains("关于开展主题党日的通知"));
    assert!(entry(&entries, "messages.json").contains("甲的消息"));
    assert!(entry(&entries, "files.json").contains("甲的文件.txt"));
    let file = entries
        .iter()
        .find(|(n, _)| n.starts_with("files/") && n.ends_with("甲的文件.txt"))
        .expect("the uploaded file's bytes");
    assert_eq!(file.1, "甲的文件内容".as_bytes());
    let votes = entry(&entries, "votes.json");
    assert!(
        votes.contains("无记名评议") && votes.contains("\"voted\": true"),
        "{votes}"
    );
    let everything: String = entries
        .iter()
        .filter(|(n, _)| n.ends_with(".json") || n.ends_with(".txt"))
        .map(|(_, b)| String::from_utf8_lossy(b).to_string())
        .collect();
    for opt in &options {
        assert!(
            !everything.contains(&uuid_of(opt).to_string()),
            "no ballot choice"
        );
    }
    assert!(!everything.contains("候选人"), "no option of the ballot");
    for other in [
        "乙成员",
        "组织委员",
        "乙的秘密消息",
        "乙的文件",
        &uuid_of(&w.b.1).to_string(),
    ] {
        assert!(!everything.contains(other), "nothing of B: {other}");
    }
}

#[tokio::test]
async fn only_the_member_and_the_requesting_admin_download_and_the_admins_export_is_audited() {
    // Arrange: the admin produces A's export on A's request; another tenant exists.
    let w = world().await;
    let app = &w.app;
    let other = app.sign_up().await;
    let data = app
        .gql_ok(
            Some(&w.t.token),
            EXPORT_FOR,
            json!({ "i": { "memberId": w.a.1, "reason": "本人电话申请导出" } }),
        )
        .await;
    let e = &data["exportPersonalDataFor"];
    assert_eq!(e["requestedBy"], "ADMIN");
    assert_eq!(e["reason"], "本人电话申请导出");
    assert_eq!(e["memberName"], "甲成员");
    let id = e["id"].as_str().unwrap().to_string();
    assert_eq!(run(&w, &id).await, "ready");

    // Assert: the member was told; the admin and the member download; the rest get 404.
    let notes = app.notifications(&w.a.0).await;
    assert!(
        notes.iter().any(|n| n["kind"] == "PERSONAL_DATA"
            && n["body"]
                .as_str()
                .unwrap_or("")
                .contains("本人电话申请导出")),
        "{notes:?}"
    );
    let url = get(&w, &w.a.0, &id).await["data"]["personalDataExport"]["downloadUrl"]
        .as_str()
        .expect("url")
        .to_string();
    assert_eq!(fetch(app, &w.t.token, &url).await.0, 200);
    let (ok, zip) = fetch(app, &w.a.0, &url).await;
    assert_eq!(ok, 200);
    assert!(entry(&unzip(zip), "profile.json").contains("甲成员"));
    let missing = format!(
        "/exports/personal-data/{}.zip",
        tongxin_api::graphql::ids::encode(
            tongxin_api::graphql::ids::NodeType::PersonalDataExport,
            Uuid::now_v7()
        )
        .as_str()
    );
    let not_found = fetch(app, &w.b.0, &missing).await;
    assert_eq!(not_found.0, 404);
    assert_eq!(fetch(app, &w.b.0, &url).await, not_found, "another member");
    assert_eq!(
        fetch(app, &other.token, &url).await,
        not_found,
        "another tenant"
    );
    assert_eq!(
        fetch(app, &w.a.0, "/exports/personal-data/nonsense.zip").await,
        not_found
    );
    assert_eq!(code(&get(&w, &w.b.0, &id).await), Some("NOT_FOUND"));
    assert_eq!(code(&get(&w, &other.token, &id).await), Some("NOT_FOUND"));
    assert_eq!(code(&get(&w, &w.a.0, &id).await), None, "positive control");
    let audit = app
        .gql_ok(
            Some(&w.t.token),
            "query { auditLog(first: 50, action: \"personal_data.\") { edges { node { action detail } } } }",
            json!({}),
        )
        .await
        .to_string();
    assert!(
        audit.contains("personal_data.export_for") && audit.contains("本人电话申请导出"),
        "the admin's export is audited with its reason: {audit}"
    );
    assert!(audit.contains("personal_data.download"), "{audit}");
}

#[tokio::test]
async fn parallel_requests_give_one_export_and_one_job_and_a_new_one_after_it_is_ready() {
    let w = world().await;
    let ids: Vec<String> = join_all((0..10).map(|_| request(&w, &w.a.0))).await;
    assert!(ids.iter().all(|i| i == &ids[0]), "{ids:?}");
    let mine = w.app.gql_ok(Some(&w.a.0), MINE, json!({})).await;
    assert_eq!(nodes(&mine["myPersonalDataExports"]).len(), 1);
    // The only export has exactly one job (its key names it).
    let jobs = owner_fetch(
        w.tenant,
        "select 1 from graphile_worker.jobs where key = 'personal-data:' || $1::text",
        uuid_of(&ids[0]),
    )
    .await;
    assert_eq!(jobs.len(), 1, "one job");
    // B's own request is B's own export.
    assert_ne!(request(&w, &w.b.0).await, ids[0]);
    assert_eq!(run(&w, &ids[0]).await, "ready");
    assert_eq!(
        run(&w, &ids[0]).await,
        "already done",
        "a second run does nothing"
    );
    let again = request(&w, &w.a.0).await;
    assert_ne!(again, ids[0]);
    let mine = w.app.gql_ok(Some(&w.a.0), MINE, json!({})).await;
    let list = nodes(&mine["myPersonalDataExports"]);
    assert_eq!(list[0]["id"], again.as_str(), "newest first");
    assert_eq!(list[1]["status"], "READY");
}

#[tokio::test]
async fn bad_input_is_refused_as_validation_or_not_found_never_internal() {
    let w = world().await;
    let app = &w.app;
    let other = app.sign_up().await;
    let for_ =
        |member: Value, reason: &str| json!({ "i": { "memberId": member, "reason": reason } });
    for reason in ["甲", "本人\u{0}申请", &"长".repeat(201), "  "] {
        let body = app
            .gql(Some(&w.t.token), EXPORT_FOR, for_(json!(w.a.1), reason))
            .await;
        assert_eq!(code(&body), Some("VALIDATION"), "{reason:?}: {body}");
    }
    for member in [json!("nonsense"), json!(other.member_id), json!(w.branch)] {
        let body = app
            .gql(
                Some(&w.t.token),
                EXPORT_FOR,
                for_(member.clone(), "本人申请"),
            )
            .await;
        assert_eq!(code(&body), Some("NOT_FOUND"), "{member}: {body}");
    }
    // A plain member may not produce another member's export.
    let body = app
        .gql(Some(&w.b.0), EXPORT_FOR, for_(json!(w.a.1), "本人申请"))
        .await;
    assert_eq!(code(&body), Some("NOT_FOUND"), "{body}");
    for id in ["nonsense", &w.a.1] {
        assert_eq!(
            code(&get(&w, &w.a.0, id).await),
            Some("NOT_FOUND"),
            "{id:?}"
        );
    }
    assert_eq!(code(&get(&w, &w.a.0, "\u{0}").await), Some("VALIDATION"));
    let body = app
        .gql(
            Some(&w.a.0),
            "query { myPersonalDataExports(first: 0) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&body), Some("VALIDATION"));
    // Nothing of the refused requests was stored.
    let mine = app.gql_ok(Some(&w.a.0), MINE, json!({})).await;
    assert!(nodes(&mine["myPersonalDataExports"]).is_empty());
}

#[tokio::test]
async fn the_sweep_deletes_expired_zips_and_marks_them_expired() {
    let w = world().await;
    let id = request(&w, &w.a.0).await;
    run(&w, &id).await;
    let url = get(&w, &w.a.0, &id).await["data"]["personalDataExport"]["downloadUrl"]
        .as_str()
        .expect("url")
        .to_string();
    // Not yet due: nothing is swept.
    let app = &w.app.app;
    assert_eq!(
        tongxin_core::personal_data::sweep_tenant(app, w.tenant, chrono::Utc::now())
            .await
            .unwrap(),
        0
    );
    // Seven days pass (for this export only).
    owner_execute(
        w.tenant,
        "update personal_data_export set ready_at = now() - interval '8 days',
                expires_at = now() - interval '1 day' where id = $1",
        uuid_of(&id),
    )
    .await;
    assert_eq!(
        tongxin_core::personal_data::sweep_tenant(app, w.tenant, chrono::Utc::now())
            .await
            .unwrap(),
        1
    );
    let e = get(&w, &w.a.0, &id).await;
    assert_eq!(e["data"]["personalDataExport"]["status"], "EXPIRED");
    assert!(e["data"]["personalDataExport"]["downloadUrl"].is_null());
    assert_eq!(fetch(&w.app, &w.a.0, &url).await.0, 404);
}
