//! 民主评议党员: a campaign per branch and year from self-assessment to the decision; the 优秀
//! cap refused at the decision citing its rule; 不合格 without a reason refused; parallel stage
//! moves and parallel peer submissions (one wins); anonymous ratings (no rater column, random
//! ids, one shared xmin, no field attributing them); refusals by place and across tenants.

use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{TestApp, assert_ok, code, owner_pool, uuid_of};

/// A transaction of the owner connection under `token`'s tenant (row-level security is
/// forced on the owner too), for reading what the API never shows.
async fn as_tenant(app: &TestApp, token: &str) -> sqlx::Transaction<'static, sqlx::Postgres> {
    let tenant = app.tenant_id(token).await;
    let pool = owner_pool().await;
    let mut tx = pool.begin().await.expect("transaction");
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .expect("tenant setting");
    tx
}

/// A branch with a secretary (an officer of the branch, evaluated too) and full members.
struct Branch {
    admin: String,
    org: String,
    /// `(token, member id)` of every member evaluated; the secretary first.
    members: Vec<(String, String)>,
}

impl Branch {
    fn secretary(&self) -> &str {
        &self.members[0].0
    }
}

async fn branch(app: &TestApp, size: usize) -> Branch {
    let t = app.sign_up().await;
    let org = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    let mut members = Vec::new();
    for i in 0..size {
        let name = format!("党员{i}");
        let (token, id) = app.join(&t.token, &org, &name).await;
        app.set_political_status(&t.token, &id, &name, "FULL_MEMBER")
            .await;
        if i == 0 {
            app.assign_position(&t.token, &org, &id, "支部书记", "2026-01-01")
                .await;
        }
        members.push((token, id));
    }
    Branch {
        admin: t.token,
        org,
        members,
    }
}

const FIELDS: &str = "id year stage memberCount selfAssessedCount peerTurnout excellentCap excellentProposed capWarning viewerIsOfficer viewerIsParticipant viewerSelfAssessed viewerPeerSubmitted members { memberId name selfAssessment peerTally { excellent qualified basicallyQualified unqualified total } peerComments proposedGrade finalGrade finalReason }";

async fn start(app: &TestApp, token: &str, org: &str, year: i32) -> Value {
    app.gql(
        Some(token),
        &format!("mutation($i: StartEvaluationInput!) {{ startEvaluation(input: $i) {{ campaign {{ {FIELDS} }} }} }}"),
        json!({ "i": { "orgId": org, "year": year } }),
    )
    .await
}

async fn started(app: &TestApp, b: &Branch) -> String {
    let data = assert_ok!(start(app, b.secretary(), &b.org, 2026).await);
    data["startEvaluation"]["campaign"]["id"]
        .as_str()
        .expect("campaign id")
        .to_string()
}

async fn get(app: &TestApp, token: &str, id: &str) -> Value {
    app.gql(
        Some(token),
        &format!("query($id: ID!) {{ evaluationCampaign(id: $id) {{ {FIELDS} }} }}"),
        json!({ "id": id }),
    )
    .await
}

async fn advance(app: &TestApp, token: &str, id: &str, from: Option<&str>) -> Value {
    app.gql(
        Some(token),
        "mutation($i: AdvanceEvaluationInput!) { advanceEvaluation(input: $i) { campaign { stage } } }",
        json!({ "i": { "campaignId": id, "fromStage": from } }),
    )
    .await
}

async fn rate(app: &TestApp, token: &str, id: &str, ratings: Value) -> Value {
    app.gql(
        Some(token),
        "mutation($i: SubmitPeerRatingsInput!) { submitPeerRatings(input: $i) { campaign { viewerPeerSubmitted } } }",
        json!({ "i": { "campaignId": id, "ratings": ratings } }),
    )
    .await
}

/// Ratings by `rater` (an index) of every other member, all with `grade`.
fn ratings_by(b: &Branch, rater: usize, grade: &str) -> Value {
    Value::Array(
        b.members
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != rater)
            .map(|(_, (_, m))| json!({ "memberId": m, "grade": grade }))
            .collect(),
    )
}

async fn propose(app: &TestApp, token: &str, id: &str, grades: Value) -> Value {
    app.gql(
        Some(token),
        &format!("mutation($i: ProposeGradesInput!) {{ proposeGrades(input: $i) {{ campaign {{ {FIELDS} }} }} }}"),
        json!({ "i": { "campaignId": id, "grades": grades } }),
    )
    .await
}

async fn decide(app: &TestApp, token: &str, id: &str, grades: Value) -> Value {
    app.gql(
        Some(token),
        &format!("mutation($i: DecideGradesInput!) {{ decideGrades(input: $i) {{ campaign {{ {FIELDS} }} }} }}"),
        json!({ "i": { "campaignId": id, "grades": grades } }),
    )
    .await
}

/// `excellent` members EXCELLENT, the rest QUALIFIED.
fn grades(b: &Branch, excellent: usize) -> Value {
    Value::Array(
        b.members
            .iter()
            .enumerate()
            .map(|(i, (_, m))| {
                json!({ "memberId": m, "grade": if i < excellent { "EXCELLENT" } else { "QUALIFIED" } })
            })
            .collect(),
    )
}

/// Walks a fresh campaign to COMMITTEE with no ratings.
async fn at_committee(app: &TestApp, b: &Branch) -> String {
    let id = started(app, b).await;
    assert_ok!(advance(app, b.secretary(), &id, Some("SELF_ASSESSMENT")).await);
    assert_ok!(advance(app, b.secretary(), &id, Some("PEER_REVIEW")).await);
    id
}

fn message(body: &Value) -> String {
    body["errors"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_campaign_walks_to_its_close_and_each_member_then_sees_only_their_own_grade() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 3).await;
    let id = started(&app, &b).await;

    // Act
    for (token, _) in &b.members {
        assert_ok!(app
            .gql(
                Some(token),
                "mutation($i: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $i) { campaign { viewerSelfAssessed } } }",
                json!({ "i": { "campaignId": id, "text": "认真学习，按时交纳党费。" } }),
            )
            .await);
    }
    assert_ok!(advance(&app, b.secretary(), &id, Some("SELF_ASSESSMENT")).await);
    for (i, (token, _)) in b.members.iter().enumerate() {
        assert_ok!(rate(&app, token, &id, ratings_by(&b, i, "QUALIFIED")).await);
    }
    assert_ok!(advance(&app, b.secretary(), &id, Some("PEER_REVIEW")).await);
    let committee = assert_ok!(get(&app, b.secretary(), &id).await);
    assert_ok!(propose(&app, b.secretary(), &id, grades(&b, 1)).await);
    assert_ok!(advance(&app, b.secretary(), &id, Some("COMMITTEE")).await);
    let closed = assert_ok!(decide(&app, b.secretary(), &id, grades(&b, 1)).await);
    let member_view = assert_ok!(get(&app, &b.members[2].0, &id).await);
    let mut tx = as_tenant(&app, &b.admin).await;
    let told: Vec<(String, String)> = sqlx::query_as(
        "select title, body from notification where kind = 'EVALUATION' and detail->>'evaluationCampaign' = $1",
    )
    .bind(uuid_of(&id).to_string())
    .fetch_all(&mut *tx)
    .await
    .expect("notifications");

    // Assert
    assert_eq!(
        told.len(),
        9,
        "started, peer review, closed for each of three: {told:?}"
    );
    for (title, body) in &told {
        for grade in ["优秀", "合格", "不合格"] {
            assert!(
                !title.contains(grade) && !body.contains(grade),
                "{title} {body}"
            );
        }
    }
    let c = &committee["evaluationCampaign"];
    assert_eq!(c["selfAssessedCount"], 3);
    assert_eq!(c["peerTurnout"], 3);
    for m in c["members"].as_array().expect("members") {
        assert_eq!(m["peerTally"]["qualified"], 2, "{m}");
        assert_eq!(m["peerTally"]["total"], 2, "{m}");
    }
    assert_eq!(closed["decideGrades"]["campaign"]["stage"], "CLOSED");
    let mv = &member_view["evaluationCampaign"];
    assert_eq!(mv["peerTurnout"], Value::Null);
    let own = b.members[2].1.as_str();
    for m in mv["members"].as_array().expect("members") {
        assert_eq!(m["peerTally"], Value::Null, "{m}");
        assert_eq!(m["proposedGrade"], Value::Null, "{m}");
        if m["memberId"] == own {
            assert_eq!(m["finalGrade"], "QUALIFIED");
        } else {
            assert_eq!(m["finalGrade"], Value::Null, "{m}");
            assert_eq!(m["selfAssessment"], Value::Null, "{m}");
        }
    }
}

#[tokio::test]
async fn the_decision_refuses_four_excellent_of_nine_citing_the_rule_and_accepts_three() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 9).await;
    let id = at_committee(&app, &b).await;
    let proposed = assert_ok!(propose(&app, b.secretary(), &id, grades(&b, 4)).await);
    assert_ok!(advance(&app, b.secretary(), &id, Some("COMMITTEE")).await);

    // Act
    let over = decide(&app, b.secretary(), &id, grades(&b, 4)).await;
    let within = decide(&app, b.secretary(), &id, grades(&b, 3)).await;

    // Assert
    let p = &proposed["proposeGrades"]["campaign"];
    assert_eq!(p["excellentCap"], 3);
    assert_eq!(p["excellentProposed"], 4);
    assert!(
        p["capWarning"]
            .as_str()
            .is_some_and(|w| w.contains("evaluation.excellent_cap")),
        "{p}"
    );
    assert_eq!(code(&over), Some("VALIDATION"), "{over}");
    let m = message(&over);
    assert!(m.contains("民主评议“优秀”等次比例上限"), "{m}");
    assert!(m.contains("《关于建立民主评议党员制度的意见》"), "{m}");
    assert_eq!(
        assert_ok!(within)["decideGrades"]["campaign"]["stage"],
        "CLOSED"
    );
}

#[tokio::test]
async fn unqualified_without_a_reason_is_refused_and_with_one_accepted() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 3).await;
    let id = at_committee(&app, &b).await;
    let m = &b.members[1].1;

    // Act
    let bare = propose(
        &app,
        b.secretary(),
        &id,
        json!([{ "memberId": m, "grade": "UNQUALIFIED" }]),
    )
    .await;
    let blank = propose(
        &app,
        b.secretary(),
        &id,
        json!([{ "memberId": m, "grade": "UNQUALIFIED", "reason": "   " }]),
    )
    .await;
    let reasoned = propose(
        &app,
        b.secretary(),
        &id,
        json!([{ "memberId": m, "grade": "UNQUALIFIED", "reason": "长期不参加组织生活" }]),
    )
    .await;

    // Assert
    for refused in [&bare, &blank] {
        assert_eq!(code(refused), Some("VALIDATION"), "{refused}");
        assert!(
            refused["errors"][0]["extensions"]["fields"]["reason"].is_string(),
            "{refused}"
        );
    }
    assert_ok!(reasoned);
}

#[tokio::test]
async fn of_parallel_advances_from_one_stage_one_wins() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 2).await;
    let id = started(&app, &b).await;

    // Act
    let answers =
        join_all((0..8).map(|_| advance(&app, b.secretary(), &id, Some("SELF_ASSESSMENT")))).await;

    // Assert
    let ok = answers.iter().filter(|a| a.get("errors").is_none()).count();
    let conflicts = answers
        .iter()
        .filter(|a| code(a) == Some("CONFLICT"))
        .count();
    assert_eq!((ok, conflicts), (1, 7), "{answers:?}");
    let now = assert_ok!(get(&app, b.secretary(), &id).await);
    assert_eq!(now["evaluationCampaign"]["stage"], "PEER_REVIEW");
}

#[tokio::test]
async fn twenty_parallel_peer_submissions_by_one_member_store_one_set_of_ratings() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 3).await;
    let id = started(&app, &b).await;
    assert_ok!(advance(&app, b.secretary(), &id, None).await);
    let rater = &b.members[1].0;

    // Act
    let answers =
        join_all((0..20).map(|_| rate(&app, rater, &id, ratings_by(&b, 1, "EXCELLENT")))).await;

    // Assert
    let ok = answers.iter().filter(|a| a.get("errors").is_none()).count();
    let conflicts = answers
        .iter()
        .filter(|a| code(a) == Some("CONFLICT"))
        .count();
    assert_eq!((ok, conflicts), (1, 19), "{answers:?}");
    let mut tx = as_tenant(&app, &b.admin).await;
    let stored: i64 =
        sqlx::query_scalar("select count(*) from evaluation_peer_rating where campaign_id = $1")
            .bind(uuid_of(&id))
            .fetch_one(&mut *tx)
            .await
            .expect("count");
    assert_eq!(stored, 2);
}

#[tokio::test]
async fn peer_ratings_have_no_rater_column_random_ids_and_one_shared_xmin() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 4).await;
    let id = started(&app, &b).await;
    assert_ok!(advance(&app, b.secretary(), &id, None).await);
    let campaign = uuid_of(&id);
    let shape = || async {
        let mut tx = as_tenant(&app, &b.admin).await;
        sqlx::query_as::<_, (i64, i64, i64)>(
            "select count(*), count(distinct xmin::text),
                    count(*) filter (where substr(id::text, 15, 1) <> '4')
               from evaluation_peer_rating where campaign_id = $1",
        )
        .bind(campaign)
        .fetch_one(&mut *tx)
        .await
        .expect("ratings")
    };
    let pool = owner_pool().await;

    // Act
    let grades = [
        "EXCELLENT",
        "QUALIFIED",
        "BASICALLY_QUALIFIED",
        "UNQUALIFIED",
    ];
    for (i, (token, _)) in b.members.iter().enumerate() {
        assert_ok!(rate(&app, token, &id, ratings_by(&b, i, grades[i])).await);
    }
    let after_writes = shape().await;
    assert_ok!(advance(&app, b.secretary(), &id, Some("PEER_REVIEW")).await);
    let after_close = shape().await;
    let columns: Vec<String> = sqlx::query_scalar(
        "select column_name::text from information_schema.columns
          where table_schema = 'public' and table_name = 'evaluation_peer_rating' order by 1",
    )
    .fetch_all(&pool)
    .await
    .expect("columns");

    // Assert
    assert_eq!(
        after_writes,
        (12, 1, 0),
        "(rows, distinct xmin, non-v4 ids)"
    );
    assert_eq!(after_close, (12, 1, 0), "(rows, distinct xmin, non-v4 ids)");
    assert_eq!(
        columns,
        [
            "campaign_id",
            "comment",
            "grade",
            "id",
            "rated_on",
            "ratee_id",
            "tenant_id"
        ]
    );
    let participation: Vec<String> = sqlx::query_scalar(
        "select column_name::text from information_schema.columns
          where table_schema = 'public' and table_name = 'evaluation_peer_participation' order by 1",
    )
    .fetch_all(&pool)
    .await
    .expect("columns");
    assert!(!participation.iter().any(|c| c == "grade" || c == "comment"));
}

#[tokio::test]
async fn no_field_or_audit_entry_links_a_rater_to_a_rating_for_the_admin() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 3).await;
    let id = started(&app, &b).await;
    assert_ok!(advance(&app, b.secretary(), &id, None).await);
    assert_ok!(rate(&app, &b.members[1].0, &id, ratings_by(&b, 1, "UNQUALIFIED")).await);

    // Act
    let during = assert_ok!(get(&app, &b.admin, &id).await);
    let types = assert_ok!(app
        .gql(
            Some(&b.admin),
            "{ a: __type(name: \"EvaluationMember\") { fields { name } } b: __type(name: \"EvaluationCampaign\") { fields { name } } c: __type(name: \"PeerTally\") { fields { name } } }",
            json!({}),
        )
        .await);
    let mut tx = as_tenant(&app, &b.admin).await;
    let details: Vec<Value> = sqlx::query_scalar(
        "select detail from audit_log where action = 'evaluation.rate' and object_id = $1",
    )
    .bind(uuid_of(&id).to_string())
    .fetch_all(&mut *tx)
    .await
    .expect("audit");

    // Assert
    for m in during["evaluationCampaign"]["members"]
        .as_array()
        .expect("members")
    {
        assert_eq!(
            m["peerTally"],
            Value::Null,
            "tally before the committee stage: {m}"
        );
        assert_eq!(m["peerComments"], Value::Null);
    }
    assert_eq!(during["evaluationCampaign"]["peerTurnout"], 1);
    let names: Vec<&str> = ["a", "b", "c"]
        .iter()
        .flat_map(|k| types[*k]["fields"].as_array().expect("fields").iter())
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.to_lowercase().contains("rater") || n.to_lowercase().contains("ratedby")),
        "{names:?}"
    );
    assert_eq!(details, vec![json!({})]);
}

#[tokio::test]
async fn a_second_campaign_for_the_year_conflicts_and_bad_inputs_are_validation_errors() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 2).await;
    let union = app.create_org(&b.admin, None, "工会", "UNION").await;
    let id = started(&app, &b).await;

    // Act
    let again = start(&app, b.secretary(), &b.org, 2026).await;
    let old = start(&app, &b.admin, &b.org, 1999).await;
    let not_party = start(&app, &b.admin, &union, 2026).await;
    let long = app
        .gql(
            Some(&b.members[1].0),
            "mutation($i: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $i) { campaign { id } } }",
            json!({ "i": { "campaignId": id, "text": "字".repeat(5001) } }),
        )
        .await;
    assert_ok!(advance(&app, b.secretary(), &id, None).await);
    let own = rate(
        &app,
        &b.members[1].0,
        &id,
        json!([{ "memberId": b.members[1].1, "grade": "QUALIFIED" }]),
    )
    .await;
    let none = rate(&app, &b.members[1].0, &id, json!([])).await;
    let wrong_type = rate(
        &app,
        &b.members[1].0,
        &id,
        json!([{ "memberId": b.org, "grade": "QUALIFIED" }]),
    )
    .await;

    // Assert
    assert_eq!(code(&again), Some("CONFLICT"), "{again}");
    for (v, field) in [
        (&old, "year"),
        (&not_party, "orgId"),
        (&long, "text"),
        (&own, "ratings"),
        (&none, "ratings"),
    ] {
        assert_eq!(code(v), Some("VALIDATION"), "{v}");
        assert!(
            v["errors"][0]["extensions"]["fields"][field].is_string(),
            "{field}: {v}"
        );
    }
    assert_eq!(code(&wrong_type), Some("NOT_FOUND"), "{wrong_type}");
}

#[tokio::test]
async fn a_member_may_not_manage_and_an_outsider_sees_nothing() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 2).await;
    let other = app.create_org(&b.admin, None, "第二党支部", "PARTY").await;
    let (outsider, _) = app.join(&b.admin, &other, "外支部党员").await;
    let id = started(&app, &b).await;
    let member = &b.members[1].0;

    // Act
    let by_member = advance(&app, member, &id, None).await;
    let start_by_member = start(&app, member, &b.org, 2027).await;
    let seen_by_outsider = get(&app, &outsider, &id).await;
    let rated_by_outsider = rate(
        &app,
        &outsider,
        &id,
        json!([{ "memberId": b.members[0].1, "grade": "QUALIFIED" }]),
    )
    .await;
    let seen_by_member = get(&app, member, &id).await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(
        code(&start_by_member),
        Some("NOT_FOUND"),
        "{start_by_member}"
    );
    assert_eq!(
        code(&seen_by_outsider),
        Some("NOT_FOUND"),
        "{seen_by_outsider}"
    );
    assert_eq!(
        code(&rated_by_outsider),
        Some("NOT_FOUND"),
        "{rated_by_outsider}"
    );
    let v = assert_ok!(seen_by_member);
    assert_eq!(v["evaluationCampaign"]["viewerIsParticipant"], true);
    assert_eq!(v["evaluationCampaign"]["viewerIsOfficer"], false);
}

#[tokio::test]
async fn another_tenant_reaches_no_campaign_while_the_owner_does() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 3).await;
    let id = at_committee(&app, &b).await;
    let stranger = app.sign_up().await;
    let m = &b.members[1].1;

    // Act
    let owner_get = get(&app, &b.admin, &id).await;
    let owner_list = app
        .gql(
            Some(&b.admin),
            "query($o: ID!) { evaluationCampaigns(orgId: $o) { id } }",
            json!({ "o": b.org }),
        )
        .await;
    let answers = vec![
        get(&app, &stranger.token, &id).await,
        app.gql(Some(&stranger.token), "query($o: ID!) { evaluationCampaigns(orgId: $o) { id } }", json!({ "o": b.org })).await,
        start(&app, &stranger.token, &b.org, 2030).await,
        advance(&app, &stranger.token, &id, None).await,
        propose(&app, &stranger.token, &id, json!([{ "memberId": m, "grade": "QUALIFIED" }])).await,
        decide(&app, &stranger.token, &id, json!([{ "memberId": m, "grade": "QUALIFIED" }])).await,
        rate(&app, &stranger.token, &id, json!([{ "memberId": m, "grade": "QUALIFIED" }])).await,
        app.gql(
            Some(&stranger.token),
            "mutation($i: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $i) { campaign { id } } }",
            json!({ "i": { "campaignId": id, "text": "自评" } }),
        )
        .await,
    ];
    let stranger_mine = assert_ok!(
        app.gql(Some(&stranger.token), "{ myEvaluation { id } }", json!({}))
            .await
    );

    // Assert
    assert_eq!(
        assert_ok!(owner_get)["evaluationCampaign"]["stage"],
        "COMMITTEE"
    );
    assert_eq!(
        assert_ok!(owner_list)["evaluationCampaigns"][0]["id"],
        id.as_str()
    );
    for a in &answers {
        assert_eq!(code(a), Some("NOT_FOUND"), "{a}");
    }
    assert_eq!(stranger_mine["myEvaluation"], json!([]));
}

#[tokio::test]
async fn a_member_finds_their_tasks_in_my_evaluation() {
    // Arrange
    let app = TestApp::spawn().await;
    let b = branch(&app, 2).await;
    let id = started(&app, &b).await;

    // Act
    let mine = assert_ok!(
        app.gql(
            Some(&b.members[1].0),
            "{ myEvaluation { id stage viewerSelfAssessed viewerPeerSubmitted members { name } } }",
            json!({})
        )
        .await
    );

    // Assert
    let list = mine["myEvaluation"].as_array().expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["stage"], "SELF_ASSESSMENT");
    assert_eq!(list[0]["viewerSelfAssessed"], false);
    assert_eq!(list[0]["members"].as_array().map(Vec::len), Some(2));
}
