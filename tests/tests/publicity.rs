//! Public notices (公示) against the real server: publishing to an audience, objections named
//! and anonymous (the subject never learns who objected, other members never learn an
//! anonymous author), handling outcomes, closing rules, the window, parallel objections all
//! recorded, hostile input, and NOT_FOUND across tenants and outside the audience.

use crate::ideas::{World, world};
use chrono::{Duration, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{TestApp, assert_ok, code, nodes, tenant_id_of, uuid_of};

pub(crate) const PUBLISH: &str = "mutation($i: PublishPublicityInput!) { publishPublicity(input: $i) { publicity { id status kind windowStart windowEnd audienceCount } } }";
pub(crate) const PUBLICITY: &str = "query($id: ID!) { publicity(id: $id) { id title status objectionCount pendingObjectionCount viewerIsSubject canObject canHandle windowOpen objections { id authorName authorId anonymous mine text status handledNote } } }";
pub(crate) const OBJECT: &str = "mutation($i: ObjectToPublicityInput!) { objectToPublicity(input: $i) { objection { id anonymous authorName mine status } } }";
pub(crate) const HANDLE: &str = "mutation($i: HandlePublicityObjectionInput!) { handlePublicityObjection(input: $i) { objection { id status handledNote } } }";
pub(crate) const CLOSE: &str = "mutation($i: ClosePublicityInput!) { closePublicity(input: $i) { publicity { id status outcomeNote } } }";
const LIST: &str = "query($o: ID, $s: PublicityStatus) { publicities(organizationId: $o, status: $s, first: 20) { edges { node { id title status } } pageInfo { hasNextPage } } }";

/// A 干部任前 公示 of the branch about the idea world's author, to the branch, for five days.
fn form(w: &World) -> Value {
    json!({
        "organizationId": w.branch,
        "kind": "CADRE",
        "title": "拟任第一党支部组织委员人选公示",
        "body": "经支委会研究，拟推荐提议人同志为支部组织委员人选。",
        "subjectMemberId": w.author_id,
        "audience": { "orgIds": [w.branch] },
        "days": 5,
    })
}

/// `base` (an object) with the entries of `extra` added or replaced.
fn with(mut base: Value, extra: Value) -> Value {
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    base
}

/// Publishes as `token`; returns the 公示's id.
pub(crate) async fn publish(app: &TestApp, token: &str, input: Value) -> String {
    let data = app
        .gql_ok(Some(token), PUBLISH, json!({ "i": input }))
        .await;
    data["publishPublicity"]["publicity"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{data}"))
        .to_string()
}

pub(crate) async fn object(
    app: &TestApp,
    token: &str,
    id: &str,
    text: &str,
    anonymous: bool,
) -> Value {
    app.gql(
        Some(token),
        OBJECT,
        json!({ "i": { "publicityId": id, "text": text, "anonymous": anonymous } }),
    )
    .await
}

pub(crate) async fn publicity(app: &TestApp, token: &str, id: &str) -> Value {
    app.gql(Some(token), PUBLICITY, json!({ "id": id })).await
}

/// Ends the window of a 公示 now, as if its days had passed (a time window is what is tested).
pub(crate) async fn end_window(app: &TestApp, admin: &tongxin_tests::Tenant, id: &str) {
    let ctx = tongxin_core::Ctx::for_tests(tenant_id_of(app, admin).await);
    let mut tx = app.app.db.begin_tenant(&ctx).await.unwrap();
    sqlx::query(
        "update publicity set window_start = now() - interval '5 days', window_end = now() - interval '1 second' where id = $1",
    )
    .bind(uuid_of(id))
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

/// The field error's message at `field`.
fn field_error(body: &Value, field: &str) -> String {
    assert_eq!(code(body), Some("VALIDATION"), "{body}");
    body["errors"][0]["extensions"]["fields"][field]
        .as_str()
        .unwrap_or_else(|| panic!("no error on {field}: {body}"))
        .to_string()
}

#[tokio::test]
async fn members_object_named_and_anonymously_and_the_subject_sees_a_count_but_never_who() {
    // Arrange
    let w = world().await;
    let id = publish(&w.app, &w.officer, form(&w)).await;

    // Act
    let named = object(&w.app, &w.fan, &id, "该同志群众基础一般", false).await;
    let anonymous = object(&w.app, &w.fan2, &id, "该同志曾有考勤问题", true).await;
    let by_subject = object(&w.app, &w.author, &id, "我对自己有意见", false).await;
    let handler = assert_ok!(publicity(&w.app, &w.officer, &id).await);
    let member = assert_ok!(publicity(&w.app, &w.fan, &id).await);
    let subject = assert_ok!(publicity(&w.app, &w.author, &id).await);

    // Assert
    assert_eq!(
        assert_ok!(named)["objectToPublicity"]["objection"]["status"],
        "PENDING"
    );
    let mine = assert_ok!(anonymous);
    assert_eq!(mine["objectToPublicity"]["objection"]["anonymous"], true);
    assert_eq!(mine["objectToPublicity"]["objection"]["mine"], true);
    assert_eq!(code(&by_subject), Some("NOT_FOUND"), "{by_subject}");
    let h = &handler["publicity"];
    assert_eq!(h["canHandle"], true);
    assert_eq!(h["pendingObjectionCount"], 2);
    let authors: Vec<&str> = h["objections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            o["authorName"]
                .as_str()
                .unwrap_or_else(|| panic!("{handler}"))
        })
        .collect();
    assert_eq!(
        authors,
        ["支持者甲", "支持者乙"],
        "handlers see every author"
    );
    let m = &member["publicity"];
    assert_eq!(m["canObject"], true);
    assert_eq!(m["canHandle"], false);
    assert_eq!(m["objections"][0]["authorName"], "支持者甲");
    assert!(m["objections"][1]["authorName"].is_null(), "{member}");
    assert!(m["objections"][1]["authorId"].is_null(), "{member}");
    assert_eq!(m["objections"][1]["anonymous"], true);
    assert!(m["pendingObjectionCount"].is_null());
    let s = &subject["publicity"];
    assert_eq!(s["viewerIsSubject"], true);
    assert_eq!(s["objectionCount"], 2);
    assert_eq!(s["objections"], json!([]), "{subject}");
    assert_eq!(s["canObject"], false);
    let told = json!(w.app.notifications(&w.fan).await).to_string();
    assert!(
        told.contains("公示：拟任第一党支部组织委员人选公示"),
        "{told}"
    );
    let handlers_told = json!(w.app.notifications(&w.officer).await).to_string();
    assert!(handlers_told.contains("公示收到异议"), "{handlers_told}");
    assert!(!handlers_told.contains("支持者"), "{handlers_told}");
    let subject_told = json!(w.app.notifications(&w.author).await).to_string();
    assert!(!subject_told.contains("异议"), "{subject_told}");
}

#[tokio::test]
async fn objections_are_handled_once_and_a_publicity_is_confirmed_only_after_its_window_with_none_upheld()
 {
    // Arrange
    let w = world().await;
    let id = publish(&w.app, &w.officer, form(&w)).await;
    let first = assert_ok!(object(&w.app, &w.fan, &id, "意见一", false).await);
    let second = assert_ok!(object(&w.app, &w.fan2, &id, "意见二", true).await);
    let first = first["objectToPublicity"]["objection"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let second = second["objectToPublicity"]["objection"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let close = |outcome: &'static str| {
        let app = &w.app;
        let token = w.officer.clone();
        let id = id.clone();
        async move {
            app.gql(
                Some(&token),
                CLOSE,
                json!({ "i": { "publicityId": id, "outcome": outcome, "note": "经支委会核查" } }),
            )
            .await
        }
    };
    let handle = |objection: String, outcome: &'static str, token: String| {
        let app = &w.app;
        async move {
            app.gql(
                Some(&token),
                HANDLE,
                json!({ "i": { "objectionId": objection, "outcome": outcome, "note": "经核实" } }),
            )
            .await
        }
    };

    // Act
    let during = close("CONFIRMED").await;
    let by_member = handle(first.clone(), "DISMISSED", w.fan2.clone()).await;
    let by_subject = handle(first.clone(), "DISMISSED", w.author.clone()).await;
    end_window(&w.app, &w.admin, &id).await;
    let late = object(&w.app, &w.fan, &id, "迟到的意见", false).await;
    let with_pending = close("CONFIRMED").await;
    let dismissed = handle(first.clone(), "DISMISSED", w.officer.clone()).await;
    let twice = handle(first.clone(), "UPHELD", w.officer.clone()).await;
    let upheld = handle(second.clone(), "UPHELD", w.officer.clone()).await;
    let confirmed = close("CONFIRMED").await;
    let rejected = close("REJECTED").await;
    let again = close("WITHDRAWN").await;

    // Assert
    assert!(field_error(&during, "outcome").contains("公示期尚未结束"));
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(code(&by_subject), Some("NOT_FOUND"), "{by_subject}");
    assert!(field_error(&late, "publicityId").contains("公示期已结束"));
    assert!(field_error(&with_pending, "outcome").contains("未处理"));
    assert_eq!(
        assert_ok!(dismissed)["handlePublicityObjection"]["objection"]["status"],
        "DISMISSED"
    );
    assert_eq!(code(&twice), Some("CONFLICT"), "{twice}");
    assert_eq!(
        assert_ok!(upheld)["handlePublicityObjection"]["objection"]["status"],
        "UPHELD"
    );
    assert!(field_error(&confirmed, "outcome").contains("属实"));
    let r = assert_ok!(rejected);
    assert_eq!(r["closePublicity"]["publicity"]["status"], "REJECTED");
    assert_eq!(
        r["closePublicity"]["publicity"]["outcomeNote"],
        "经支委会核查"
    );
    assert_eq!(code(&again), Some("CONFLICT"), "{again}");
    let subject_told = json!(w.app.notifications(&w.author).await).to_string();
    assert!(subject_told.contains("公示结果"), "{subject_told}");
    let member = assert_ok!(publicity(&w.app, &w.fan, &id).await);
    assert_eq!(member["publicity"]["objections"][0]["status"], "DISMISSED");
    assert_eq!(
        member["publicity"]["objections"][0]["handledNote"],
        "经核实"
    );
}

#[tokio::test]
async fn an_objection_before_the_window_opens_is_refused_and_a_withdrawal_needs_no_window() {
    // Arrange
    let w = world().await;
    let starts = Utc::now() + Duration::days(1);
    let id = publish(
        &w.app,
        &w.officer,
        with(form(&w), json!({ "windowStart": starts.to_rfc3339() })),
    )
    .await;

    // Act
    let early = object(&w.app, &w.fan, &id, "提前的意见", false).await;
    let withdrawn = w
        .app
        .gql(
            Some(&w.officer),
            CLOSE,
            json!({ "i": { "publicityId": id, "outcome": "WITHDRAWN" } }),
        )
        .await;
    let after = object(&w.app, &w.fan, &id, "撤回后的意见", false).await;

    // Assert
    assert!(field_error(&early, "publicityId").contains("尚未开始"));
    assert_eq!(
        assert_ok!(withdrawn)["closePublicity"]["publicity"]["status"],
        "WITHDRAWN"
    );
    assert!(field_error(&after, "publicityId").contains("已结束"));
}

#[tokio::test]
async fn twenty_parallel_objections_are_all_recorded() {
    // Arrange
    let w = world().await;
    let id = publish(&w.app, &w.officer, form(&w)).await;

    // Act
    let texts: Vec<String> = (0..20).map(|i| format!("第{i}条意见")).collect();
    let answers = join_all(texts.iter().enumerate().map(|(i, text)| {
        let token = if i % 2 == 0 { &w.fan } else { &w.fan2 };
        object(&w.app, token, &id, text, i % 3 == 0)
    }))
    .await;

    // Assert
    for a in &answers {
        assert_ok!(a.clone());
    }
    let handler = assert_ok!(publicity(&w.app, &w.officer, &id).await);
    assert_eq!(handler["publicity"]["objectionCount"], 20);
    assert_eq!(
        handler["publicity"]["objections"].as_array().unwrap().len(),
        20
    );
}

#[tokio::test]
async fn outside_the_audience_and_across_tenants_a_publicity_is_not_found_beside_positive_controls()
{
    // Arrange
    let w = world().await;
    let id = publish(&w.app, &w.officer, form(&w)).await;
    let objection = assert_ok!(object(&w.app, &w.fan, &id, "意见", false).await);
    let objection = objection["objectToPublicity"]["objection"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let stranger = w.app.sign_up().await;

    // Act
    let member_sees = publicity(&w.app, &w.fan, &id).await;
    let member_list = w.app.gql(Some(&w.fan), LIST, json!({})).await;
    let officer_list = w
        .app
        .gql(
            Some(&w.officer),
            LIST,
            json!({ "o": w.branch, "s": "OPEN" }),
        )
        .await;
    let outsider_sees = publicity(&w.app, &w.outsider, &id).await;
    let outsider_objects = object(&w.app, &w.outsider, &id, "外支部意见", false).await;
    let outsider_list = w.app.gql(Some(&w.outsider), LIST, json!({})).await;
    let outsider_org_list = w
        .app
        .gql(Some(&w.outsider), LIST, json!({ "o": w.branch }))
        .await;
    let stranger_sees = publicity(&w.app, &stranger.token, &id).await;
    let stranger_objects = object(&w.app, &stranger.token, &id, "外单位意见", false).await;
    let stranger_handles = w
        .app
        .gql(
            Some(&stranger.token),
            HANDLE,
            json!({ "i": { "objectionId": objection, "outcome": "UPHELD" } }),
        )
        .await;
    let stranger_closes = w
        .app
        .gql(
            Some(&stranger.token),
            CLOSE,
            json!({ "i": { "publicityId": id, "outcome": "WITHDRAWN" } }),
        )
        .await;
    let member_publishes = w
        .app
        .gql(Some(&w.fan), PUBLISH, json!({ "i": form(&w) }))
        .await;
    let stranger_publishes = w
        .app
        .gql(Some(&stranger.token), PUBLISH, json!({ "i": form(&w) }))
        .await;

    // Assert
    assert_eq!(assert_ok!(member_sees)["publicity"]["id"], id.as_str());
    assert_eq!(nodes(&assert_ok!(member_list)["publicities"]).len(), 1);
    assert_eq!(nodes(&assert_ok!(officer_list)["publicities"]).len(), 1);
    assert_eq!(code(&outsider_sees), Some("NOT_FOUND"), "{outsider_sees}");
    assert_eq!(
        code(&outsider_objects),
        Some("NOT_FOUND"),
        "{outsider_objects}"
    );
    assert_eq!(nodes(&assert_ok!(outsider_list)["publicities"]).len(), 0);
    assert_eq!(
        code(&outsider_org_list),
        Some("NOT_FOUND"),
        "{outsider_org_list}"
    );
    assert_eq!(code(&stranger_sees), Some("NOT_FOUND"), "{stranger_sees}");
    assert_eq!(
        code(&stranger_objects),
        Some("NOT_FOUND"),
        "{stranger_objects}"
    );
    assert_eq!(
        code(&stranger_handles),
        Some("NOT_FOUND"),
        "{stranger_handles}"
    );
    assert_eq!(
        code(&stranger_closes),
        Some("NOT_FOUND"),
        "{stranger_closes}"
    );
    assert!(
        matches!(code(&member_publishes), Some("NOT_FOUND" | "FORBIDDEN")),
        "{member_publishes}"
    );
    assert_eq!(
        code(&stranger_publishes),
        Some("NOT_FOUND"),
        "{stranger_publishes}"
    );
}

#[tokio::test]
async fn hostile_and_out_of_range_input_is_a_validation_error_naming_the_field() {
    // Arrange
    let w = world().await;
    let id = publish(&w.app, &w.officer, form(&w)).await;

    // Act
    let nul_title = w
        .app
        .gql(
            Some(&w.officer),
            PUBLISH,
            json!({ "i": with(form(&w), json!({ "title": "公示\u{0}" })) }),
        )
        .await;
    let long_title = w
        .app
        .gql(
            Some(&w.officer),
            PUBLISH,
            json!({ "i": with(form(&w), json!({ "title": "长".repeat(101) })) }),
        )
        .await;
    let too_long = w
        .app
        .gql(
            Some(&w.officer),
            PUBLISH,
            json!({ "i": with(form(&w), json!({ "days": 31 })) }),
        )
        .await;
    let no_days = w
        .app
        .gql(
            Some(&w.officer),
            PUBLISH,
            json!({ "i": with(form(&w), json!({ "days": null })) }),
        )
        .await;
    let past = w
        .app
        .gql(
            Some(&w.officer),
            PUBLISH,
            json!({ "i": with(form(&w), json!({ "windowStart": "2020-01-01T00:00:00Z" })) }),
        )
        .await;
    let far = w
        .app
        .gql(
            Some(&w.officer),
            PUBLISH,
            json!({ "i": with(form(&w), json!({ "windowStart": "9999-12-31T00:00:00Z" })) }),
        )
        .await;
    let wrong_subject = w
        .app
        .gql(
            Some(&w.officer),
            PUBLISH,
            json!({ "i": with(form(&w), json!({ "subjectMemberId": w.branch })) }),
        )
        .await;
    let long_text = object(&w.app, &w.fan, &id, &"异".repeat(2001), false).await;
    let empty_text = object(&w.app, &w.fan, &id, "   ", false).await;
    let control = object(&w.app, &w.fan, &id, "意见\u{7}", false).await;
    let wrong_id = object(&w.app, &w.fan, &w.branch, "意见", false).await;
    let rich = publish(
        &w.app,
        &w.officer,
        with(
            form(&w),
            json!({ "bodyFormat": "HTML", "body": "<p>公示<script>alert(1)</script><img src=\"https://x.example/a.png\"></p>" }),
        ),
    )
    .await;
    let rich = assert_ok!(
        w.app
            .gql(
                Some(&w.fan),
                "query($id: ID!) { publicity(id: $id) { body bodyFormat } }",
                json!({ "id": rich }),
            )
            .await
    );

    // Assert
    assert_eq!(code(&nul_title), Some("VALIDATION"), "{nul_title}");
    field_error(&long_title, "title");
    field_error(&too_long, "days");
    field_error(&no_days, "days");
    field_error(&past, "windowStart");
    field_error(&far, "windowStart");
    assert!(
        matches!(code(&wrong_subject), Some("VALIDATION" | "NOT_FOUND")),
        "{wrong_subject}"
    );
    field_error(&long_text, "text");
    field_error(&empty_text, "text");
    assert_eq!(code(&control), Some("VALIDATION"), "{control}");
    assert!(
        matches!(code(&wrong_id), Some("VALIDATION" | "NOT_FOUND")),
        "{wrong_id}"
    );
    let body = rich["publicity"]["body"].as_str().unwrap();
    assert_eq!(rich["publicity"]["bodyFormat"], "HTML");
    assert!(!body.contains("script") && !body.contains("img"), "{body}");
}
