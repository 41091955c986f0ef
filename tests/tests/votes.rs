//! Votes and elections against the real server: creation and its rules (choices, 差额, the
//! electorate), one ballot per member under parallel casts, receipts, results hidden until the
//! close for every role, turnout, reminders, the quorum of an election at a meeting, and
//! isolation between tenants.

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use tongxin_tests::{Tenant, TestApp, code};

pub(crate) const CREATE: &str = "mutation($i: CreateVoteInput!) { createVote(input: $i) { vote { id status options { id label } turnout { eligible voted } } } }";
pub(crate) const CAST: &str =
    "mutation($i: CastBallotInput!) { castBallot(input: $i) { receipt } }";
pub(crate) const VERIFY: &str = "query($v: ID!, $r: String!) { verifyBallotReceipt(voteId: $v, receipt: $r) { counted fingerprint options { id label } } }";
pub(crate) const VOTE: &str = "query($id: ID!) { vote(id: $id) { id title status anonymous valid invalidReason myStatus { eligible voted } turnout { eligible voted } results { option { id label } votes } viewerCanManage exportUrl } }";
pub(crate) const CLOSE: &str = "mutation($i: CloseVoteInput!) { closeVote(input: $i) { vote { status valid invalidReason results { option { label } votes } turnout { eligible voted } } } }";
const REMIND: &str = "mutation($i: RemindVotersInput!) { remindVoters(input: $i) { reminded } }";
const NON_VOTERS: &str =
    "query($id: ID!) { vote(id: $id) { nonVoters(first: 50) { edges { node { name } } } } }";
const RECEIPTS: &str =
    "query($id: ID!) { vote(id: $id) { receipts(first: 100) { edges { node } } } }";

/// A tenant with a branch of three voters and an officer, and another branch with one member.
pub(crate) struct World {
    pub app: TestApp,
    pub t: Tenant,
    pub branch: String,
    pub other: String,
    /// (token, member id) of the branch's members.
    pub voters: Vec<(String, String)>,
    /// The branch's secretary (also a voter: placed in the branch).
    pub officer: (String, String),
    /// A member of the other branch.
    pub outsider: (String, String),
}

pub(crate) async fn world() -> World {
    world_on(TestApp::spawn().await).await
}

pub(crate) async fn world_on(app: TestApp) -> World {
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    let other = app.create_org(&t.token, None, "第二党支部", "PARTY").await;
    let mut voters = vec![];
    for name in ["甲成员", "乙成员", "丙成员"] {
        voters.push(app.join(&t.token, &branch, name).await);
    }
    let officer = app.join(&t.token, &branch, "书记").await;
    app.assign_position(&t.token, &branch, &officer.1, "支部书记", "2026-01-01")
        .await;
    let outsider = app.join(&t.token, &other, "丁成员").await;
    World {
        app,
        t,
        branch,
        other,
        voters,
        officer,
        outsider,
    }
}

/// A poll of the branch with three options, closing in two days.
pub(crate) fn poll(org: &str) -> Value {
    json!({
        "orgId": org,
        "title": "评选本季度优秀党员",
        "description": "请选出一位",
        "options": ["候选人甲", "候选人乙", "候选人丙"],
        "minChoices": 1,
        "maxChoices": 1,
        "anonymous": true,
        "resultsVisibility": "AFTER_CLOSE",
        "electorate": { "orgIds": [org] },
        "closesAt": (Utc::now() + Duration::days(2)).to_rfc3339(),
    })
}

/// Creates a vote as `token`; returns `(vote id, option ids)`.
pub(crate) async fn create(app: &TestApp, token: &str, input: Value) -> (String, Vec<String>) {
    let data = app.gql_ok(Some(token), CREATE, json!({ "i": input })).await;
    let v = &data["createVote"]["vote"];
    let options = v["options"]
        .as_array()
        .unwrap_or_else(|| panic!("{data}"))
        .iter()
        .map(|o| o["id"].as_str().unwrap_or_default().to_string())
        .collect();
    (v["id"].as_str().unwrap_or_default().to_string(), options)
}

/// Casts a ballot; returns the receipt.
pub(crate) async fn cast(app: &TestApp, token: &str, vote: &str, options: &[&str]) -> String {
    let data = app
        .gql_ok(
            Some(token),
            CAST,
            json!({ "i": { "voteId": vote, "optionIds": options } }),
        )
        .await;
    data["castBallot"]["receipt"]
        .as_str()
        .unwrap_or_else(|| panic!("{data}"))
        .to_string()
}

#[tokio::test]
async fn a_member_casts_once_and_finds_their_receipt_counted_and_after_the_close_as_cast() {
    // Arrange
    let w = world().await;
    let (vote, options) = create(&w.app, &w.t.token, poll(&w.branch)).await;

    // Act
    let receipt = cast(&w.app, &w.voters[0].0, &vote, &[&options[1]]).await;
    let before = w
        .app
        .gql_ok(
            Some(&w.voters[0].0),
            VERIFY,
            json!({ "v": vote, "r": receipt }),
        )
        .await;
    let lower = w
        .app
        .gql_ok(
            Some(&w.voters[0].0),
            VERIFY,
            json!({ "v": vote, "r": receipt.to_lowercase().replace('-', " ") }),
        )
        .await;
    let forged = w
        .app
        .gql_ok(
            Some(&w.voters[0].0),
            VERIFY,
            json!({ "v": vote, "r": "0000-0000-0000-0000-0000-0000-0000-0000" }),
        )
        .await;
    let garbage = w
        .app
        .gql_ok(
            Some(&w.voters[1].0),
            VERIFY,
            json!({ "v": vote, "r": "不是回执" }),
        )
        .await;
    w.app
        .gql_ok(Some(&w.t.token), CLOSE, json!({ "i": { "voteId": vote } }))
        .await;
    let after = w
        .app
        .gql_ok(
            Some(&w.voters[2].0),
            VERIFY,
            json!({ "v": vote, "r": receipt }),
        )
        .await;
    let listed = w
        .app
        .gql_ok(Some(&w.voters[2].0), RECEIPTS, json!({ "id": vote }))
        .await;

    // Assert
    assert_eq!(receipt.split('-').count(), 8, "{receipt}");
    assert_eq!(before["verifyBallotReceipt"]["counted"], true);
    assert!(
        before["verifyBallotReceipt"]["options"].is_null(),
        "{before}"
    );
    assert_eq!(lower["verifyBallotReceipt"]["counted"], true);
    assert_eq!(forged["verifyBallotReceipt"]["counted"], false);
    assert_eq!(garbage["verifyBallotReceipt"]["counted"], false);
    assert_eq!(
        after["verifyBallotReceipt"]["options"],
        json!([{ "id": options[1], "label": "候选人乙" }])
    );
    let fingerprint = after["verifyBallotReceipt"]["fingerprint"].clone();
    let hashes: Vec<Value> = listed["vote"]["receipts"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect();
    assert_eq!(hashes, vec![fingerprint]);
}

#[tokio::test]
async fn twenty_parallel_casts_by_one_member_leave_exactly_one_ballot() {
    // Arrange
    let w = world().await;
    let (vote, options) = create(&w.app, &w.t.token, poll(&w.branch)).await;
    let token = w.voters[0].0.clone();

    // Act
    let attempts = (0..20).map(|i| {
        let (app, token, vote) = (&w.app, token.clone(), vote.clone());
        let option = options[i % 3].clone();
        async move {
            app.gql(
                Some(&token),
                CAST,
                json!({ "i": { "voteId": vote, "optionIds": [option] } }),
            )
            .await
        }
    });
    let results = futures::future::join_all(attempts).await;
    w.app
        .gql_ok(Some(&w.t.token), CLOSE, json!({ "i": { "voteId": vote } }))
        .await;
    let closed = w
        .app
        .gql_ok(Some(&w.t.token), VOTE, json!({ "id": vote }))
        .await;

    // Assert
    let ok = results.iter().filter(|r| r["errors"].is_null()).count();
    assert_eq!(ok, 1, "{results:?}");
    for r in results.iter().filter(|r| !r["errors"].is_null()) {
        assert_eq!(code(r), Some("CONFLICT"), "{r}");
    }
    assert_eq!(closed["vote"]["turnout"]["voted"], 1);
    let total: i64 = closed["vote"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["votes"].as_i64().unwrap())
        .sum();
    assert_eq!(total, 1);
}

#[tokio::test]
async fn after_close_results_are_hidden_from_member_officer_and_tenant_admin_until_the_close() {
    // Arrange
    let w = world().await;
    let (vote, options) = create(&w.app, &w.officer.0, poll(&w.branch)).await;
    cast(&w.app, &w.voters[0].0, &vote, &[&options[0]]).await;
    cast(&w.app, &w.voters[1].0, &vote, &[&options[0]]).await;
    let mut live = poll(&w.branch);
    live["resultsVisibility"] = json!("LIVE");
    let (live_vote, live_options) = create(&w.app, &w.officer.0, live).await;
    cast(&w.app, &w.voters[0].0, &live_vote, &[&live_options[2]]).await;

    // Act
    let mut before = vec![];
    for token in [&w.voters[0].0, &w.officer.0, &w.t.token] {
        before.push(w.app.gql_ok(Some(token), VOTE, json!({ "id": vote })).await);
    }
    let live_seen = w
        .app
        .gql_ok(Some(&w.voters[1].0), VOTE, json!({ "id": live_vote }))
        .await;
    let export_before = w
        .app
        .http
        .get(format!("{}/export/vote-tally.csv?vote={vote}", w.app.base))
        .bearer_auth(&w.t.token)
        .send()
        .await
        .unwrap()
        .status();
    w.app
        .gql_ok(
            Some(&w.officer.0),
            CLOSE,
            json!({ "i": { "voteId": vote } }),
        )
        .await;
    let after = w
        .app
        .gql_ok(Some(&w.voters[2].0), VOTE, json!({ "id": vote }))
        .await;

    // Assert
    for b in &before {
        assert!(b["vote"]["results"].is_null(), "{b}");
        assert!(b["vote"]["exportUrl"].is_null(), "{b}");
    }
    assert_eq!(
        before[1]["vote"]["turnout"],
        json!({ "eligible": 4, "voted": 2 })
    );
    assert!(
        before[0]["vote"]["turnout"].is_null(),
        "members see turnout after the close"
    );
    assert_eq!(export_before.as_u16(), 409);
    assert_eq!(live_seen["vote"]["results"][2]["votes"], 1, "{live_seen}");
    assert_eq!(after["vote"]["status"], "CLOSED");
    assert_eq!(after["vote"]["results"][0]["votes"], 2, "{after}");
    assert_eq!(
        after["vote"]["turnout"],
        json!({ "eligible": 4, "voted": 2 })
    );
    assert_eq!(after["vote"]["valid"], true);
}

#[tokio::test]
async fn ballots_must_hold_distinct_options_of_the_vote_within_its_bounds() {
    // Arrange
    let w = world().await;
    let mut two = poll(&w.branch);
    two["minChoices"] = json!(2);
    two["maxChoices"] = json!(2);
    let (vote, options) = create(&w.app, &w.t.token, two).await;
    let (other_vote, other_options) = create(&w.app, &w.t.token, poll(&w.branch)).await;
    let try_cast = |opts: Vec<String>| {
        let (app, token, vote) = (&w.app, w.voters[0].0.clone(), vote.clone());
        async move {
            app.gql(
                Some(&token),
                CAST,
                json!({ "i": { "voteId": vote, "optionIds": opts } }),
            )
            .await
        }
    };

    // Act
    let too_few = try_cast(vec![options[0].clone()]).await;
    let too_many = try_cast(options.clone()).await;
    let twice = try_cast(vec![options[0].clone(), options[0].clone()]).await;
    let foreign = try_cast(vec![options[0].clone(), other_options[1].clone()]).await;
    let not_an_id = try_cast(vec![options[0].clone(), "bogus".into()]).await;
    let fine = try_cast(vec![options[2].clone(), options[0].clone()]).await;

    // Assert
    for r in [&too_few, &too_many, &twice, &foreign, &not_an_id] {
        assert_eq!(code(r), Some("VALIDATION"), "{r}");
        assert!(
            r["errors"][0]["extensions"]["fields"]["optionIds"].is_string(),
            "{r}"
        );
    }
    assert!(fine["errors"].is_null(), "{fine}");
    let _ = other_vote;
}

#[tokio::test]
async fn creation_checks_its_form_the_competitive_rule_and_who_may_create() {
    // Arrange
    let w = world().await;
    let election = |candidates: usize, seats: i32| {
        let mut v = poll(&w.branch);
        v["kind"] = json!("ELECTION");
        v["seats"] = json!(seats);
        v["maxChoices"] = json!(seats);
        v["options"] = json!(
            (0..candidates)
                .map(|i| format!("候选人{i}"))
                .collect::<Vec<_>>()
        );
        v
    };
    let attempt = |token: String, input: Value| {
        let app = &w.app;
        async move { app.gql(Some(&token), CREATE, json!({ "i": input })).await }
    };
    let mut no_options = poll(&w.branch);
    no_options["options"] = json!([]);
    let mut empty_electorate = poll(&w.branch);
    empty_electorate["electorate"] = json!({});
    let mut past = poll(&w.branch);
    past["closesAt"] = json!((Utc::now() - Duration::hours(1)).to_rfc3339());
    let mut recommendation = poll(&w.branch);
    recommendation["kind"] = json!("RECOMMENDATION");
    recommendation["seats"] = json!(3);
    let mut other_branch = poll(&w.other);
    other_branch["electorate"] = json!({ "orgIds": [w.other] });

    // Act
    let five_of_five = attempt(w.t.token.clone(), election(5, 5)).await;
    let six_of_five = attempt(w.t.token.clone(), election(6, 5)).await;
    let eight_of_seven = attempt(w.t.token.clone(), election(8, 7)).await;
    let no_options = attempt(w.t.token.clone(), no_options).await;
    let empty_electorate = attempt(w.t.token.clone(), empty_electorate).await;
    let past = attempt(w.t.token.clone(), past).await;
    let recommendation = attempt(w.t.token.clone(), recommendation).await;
    let by_member = attempt(w.voters[0].0.clone(), poll(&w.branch)).await;
    let officer_elsewhere = attempt(w.officer.0.clone(), other_branch).await;

    // Assert
    assert_eq!(code(&five_of_five), Some("VALIDATION"));
    let message = five_of_five["errors"][0]["extensions"]["fields"]["options"]
        .as_str()
        .unwrap_or_default();
    assert!(message.contains("选举工作条例"), "{five_of_five}");
    assert!(six_of_five["errors"].is_null(), "{six_of_five}");
    assert_eq!(code(&eight_of_seven), Some("VALIDATION"));
    assert!(no_options["errors"][0]["extensions"]["fields"]["options"].is_string());
    assert!(empty_electorate["errors"][0]["extensions"]["fields"]["electorate"].is_string());
    assert!(past["errors"][0]["extensions"]["fields"]["closesAt"].is_string());
    assert_eq!(
        code(&recommendation),
        Some("VALIDATION"),
        "3 candidates for 3 seats"
    );
    assert_eq!(code(&by_member), Some("NOT_FOUND"));
    assert_eq!(code(&officer_elsewhere), Some("NOT_FOUND"));
}

#[tokio::test]
async fn a_member_outside_the_electorate_cannot_vote_or_see_the_vote() {
    // Arrange
    let w = world().await;
    let (vote, options) = create(&w.app, &w.t.token, poll(&w.branch)).await;

    // Act
    let outsider_cast = w
        .app
        .gql(
            Some(&w.outsider.0),
            CAST,
            json!({ "i": { "voteId": vote, "optionIds": [options[0]] } }),
        )
        .await;
    let outsider_sees = w
        .app
        .gql(Some(&w.outsider.0), VOTE, json!({ "id": vote }))
        .await;
    let admin_cast = w
        .app
        .gql(
            Some(&w.t.token),
            CAST,
            json!({ "i": { "voteId": vote, "optionIds": [options[0]] } }),
        )
        .await;
    let insider_sees = w
        .app
        .gql_ok(Some(&w.voters[0].0), VOTE, json!({ "id": vote }))
        .await;

    // Assert
    assert_eq!(code(&outsider_cast), Some("NOT_FOUND"));
    assert_eq!(code(&outsider_sees), Some("NOT_FOUND"));
    assert_eq!(
        code(&admin_cast),
        Some("FORBIDDEN"),
        "the admin sees it but may not vote"
    );
    assert_eq!(
        insider_sees["vote"]["myStatus"],
        json!({ "eligible": true, "voted": false })
    );
}

#[tokio::test]
async fn every_query_and_mutation_of_another_tenants_vote_answers_not_found() {
    // Arrange
    let w = world().await;
    let stranger = w.app.sign_up().await;
    let stranger_org = w
        .app
        .create_org(&stranger.token, None, "外单位支部", "PARTY")
        .await;
    let (vote, options) = create(&w.app, &w.t.token, poll(&w.branch)).await;
    let receipt = cast(&w.app, &w.voters[0].0, &vote, &[&options[0]]).await;
    w.app
        .join(&stranger.token, &stranger_org, "外单位成员")
        .await;
    let (own_vote, _) = create(&w.app, &stranger.token, poll(&stranger_org)).await;
    let count =
        "query($o: ID!, $e: ElectorateInput!) { voteElectorateCount(orgId: $o, electorate: $e) }";
    let list = "query($o: ID!) { votes(orgId: $o, first: 10) { edges { node { id } } } }";
    let sub_free: Vec<(&str, Value)> = vec![
        (VOTE, json!({ "id": vote })),
        (VERIFY, json!({ "v": vote, "r": receipt })),
        (
            CAST,
            json!({ "i": { "voteId": vote, "optionIds": [options[0]] } }),
        ),
        (CLOSE, json!({ "i": { "voteId": vote } })),
        (REMIND, json!({ "i": { "voteId": vote } })),
        (NON_VOTERS, json!({ "id": vote })),
        (
            count,
            json!({ "o": w.branch, "e": { "orgIds": [w.branch] } }),
        ),
        (list, json!({ "o": w.branch })),
    ];

    // Act
    let mut refused = vec![];
    for (q, vars) in &sub_free {
        refused.push(w.app.gql(Some(&stranger.token), q, vars.clone()).await);
    }
    let own = w
        .app
        .gql(Some(&stranger.token), VOTE, json!({ "id": own_vote }))
        .await;
    let own_list = w
        .app
        .gql(Some(&stranger.token), list, json!({ "o": stranger_org }))
        .await;
    let own_count = w
        .app
        .gql(
            Some(&stranger.token),
            count,
            json!({ "o": stranger_org, "e": { "orgIds": [stranger_org] } }),
        )
        .await;
    let control = w
        .app
        .gql(Some(&w.t.token), VOTE, json!({ "id": vote }))
        .await;

    // Assert
    for r in &refused {
        assert_eq!(code(r), Some("NOT_FOUND"), "{r}");
    }
    assert!(own["errors"].is_null(), "{own}");
    assert_eq!(
        own_list["data"]["votes"]["edges"].as_array().map(Vec::len),
        Some(1)
    );
    assert_eq!(own_count["data"]["voteElectorateCount"], 1, "{own_count}");
    assert!(control["errors"].is_null(), "{control}");
}

#[tokio::test]
async fn officers_remind_non_voters_and_see_who_only_in_named_votes() {
    // Arrange
    let w = world().await;
    let (secret, secret_options) = create(&w.app, &w.officer.0, poll(&w.branch)).await;
    let mut named = poll(&w.branch);
    named["anonymous"] = json!(false);
    let (open, open_options) = create(&w.app, &w.officer.0, named).await;
    cast(&w.app, &w.voters[0].0, &secret, &[&secret_options[0]]).await;
    cast(&w.app, &w.voters[0].0, &open, &[&open_options[0]]).await;

    // Act
    let reminded = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            REMIND,
            json!({ "i": { "voteId": open } }),
        )
        .await;
    let again = w
        .app
        .gql(
            Some(&w.officer.0),
            REMIND,
            json!({ "i": { "voteId": open } }),
        )
        .await;
    let by_member = w
        .app
        .gql(
            Some(&w.voters[1].0),
            REMIND,
            json!({ "i": { "voteId": open } }),
        )
        .await;
    let named_list = w
        .app
        .gql_ok(Some(&w.officer.0), NON_VOTERS, json!({ "id": open }))
        .await;
    let secret_list = w
        .app
        .gql_ok(Some(&w.officer.0), NON_VOTERS, json!({ "id": secret }))
        .await;
    let member_list = w
        .app
        .gql_ok(Some(&w.voters[1].0), NON_VOTERS, json!({ "id": open }))
        .await;
    let notes = w.app.notifications(&w.voters[1].0).await;

    // Assert
    assert_eq!(reminded["remindVoters"]["reminded"], 3, "{reminded}");
    assert_eq!(code(&again), Some("RATE_LIMITED"));
    assert_eq!(code(&by_member), Some("NOT_FOUND"));
    let mut names: Vec<&str> = named_list["vote"]["nonVoters"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    assert_eq!(names, vec!["丙成员", "乙成员", "书记"]);
    assert!(secret_list["vote"]["nonVoters"].is_null(), "{secret_list}");
    assert!(member_list["vote"]["nonVoters"].is_null(), "{member_list}");
    assert!(
        notes
            .iter()
            .any(|n| n["title"].as_str().is_some_and(|t| t.starts_with("请投票"))),
        "{notes:?}"
    );
}

#[tokio::test]
async fn an_election_at_a_meeting_without_four_fifths_turnout_is_marked_invalid_citing_the_rule() {
    // Arrange
    let w = world().await;
    let starts = Utc::now() + Duration::hours(1);
    let meeting = w
        .app
        .gql_ok(
            Some(&w.t.token),
            "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }",
            json!({ "i": { "orgId": w.branch, "type": "BRANCH_GENERAL_MEETING", "title": "支部委员会换届选举大会",
                           "startsAt": starts, "endsAt": starts + Duration::hours(2), "location": "三楼会议室" } }),
        )
        .await;
    let meeting = meeting["scheduleMeeting"]["meeting"]["id"].clone();
    let election = |quorate: bool| {
        let mut v = poll(&w.branch);
        v["kind"] = json!("ELECTION");
        v["seats"] = json!(1);
        v["meetingId"] = meeting.clone();
        v["title"] = json!(if quorate { "选举甲" } else { "选举乙" });
        v
    };
    let (short, short_options) = create(&w.app, &w.t.token, election(false)).await;
    let (full, full_options) = create(&w.app, &w.t.token, election(true)).await;
    // 4 eligible: 3 of them is 75 % (< 80 %), 4 is 100 %.
    for (token, _) in w.voters.iter() {
        cast(&w.app, token, &short, &[&short_options[0]]).await;
        cast(&w.app, token, &full, &[&full_options[0]]).await;
    }
    cast(&w.app, &w.officer.0, &full, &[&full_options[1]]).await;

    // Act
    let short = w
        .app
        .gql_ok(Some(&w.t.token), CLOSE, json!({ "i": { "voteId": short } }))
        .await;
    let full = w
        .app
        .gql_ok(Some(&w.t.token), CLOSE, json!({ "i": { "voteId": full } }))
        .await;

    // Assert
    let s = &short["closeVote"]["vote"];
    assert_eq!(s["valid"], false, "{short}");
    let reason = s["invalidReason"].as_str().unwrap_or_default();
    assert!(reason.contains("未达到法定人数"), "{reason}");
    assert!(reason.contains("选举工作条例"), "{reason}");
    assert_eq!(full["closeVote"]["vote"]["valid"], true, "{full}");
}

#[tokio::test]
async fn hostile_or_over_long_text_is_refused_with_the_field_named_and_nothing_is_stored() {
    // Arrange
    let w = world().await;
    let mut long_title = poll(&w.branch);
    long_title["title"] = json!("票".repeat(101));
    let mut long_option = poll(&w.branch);
    long_option["options"] = json!(["甲", "乙".repeat(101)]);
    let mut nul_description = poll(&w.branch);
    nul_description["description"] = json!("说明\u{0}");
    let mut line_break_option = poll(&w.branch);
    line_break_option["options"] = json!(["甲\n乙", "丙"]);
    let mut too_many = poll(&w.branch);
    too_many["options"] = json!((0..101).map(|i| format!("选项{i}")).collect::<Vec<_>>());

    // Act
    let mut answers = vec![];
    for input in [
        long_title,
        long_option,
        nul_description,
        line_break_option,
        too_many,
    ] {
        answers.push(
            w.app
                .gql(Some(&w.t.token), CREATE, json!({ "i": input }))
                .await,
        );
    }
    let listed = w
        .app
        .gql_ok(
            Some(&w.t.token),
            "query($o: ID!) { votes(orgId: $o, first: 10) { edges { node { id } } } }",
            json!({ "o": w.branch }),
        )
        .await;

    // Assert
    let fields = ["title", "options", "description", "options", "options"];
    for (answer, field) in answers.iter().zip(fields) {
        assert_eq!(code(answer), Some("VALIDATION"), "{answer}");
        assert!(
            answer["errors"][0]["extensions"]["fields"][field].is_string(),
            "{field}: {answer}"
        );
    }
    assert_eq!(listed["votes"]["edges"], json!([]));
}

#[tokio::test]
async fn the_live_turnout_is_for_officers_and_members_get_not_found() {
    // Arrange
    let w = world().await;
    let (vote, _) = create(&w.app, &w.t.token, poll(&w.branch)).await;
    let query = "subscription($v: ID!) { voteTurnoutChanged(voteId: $v) { eligible voted } }";

    // Act
    let mut officer =
        tongxin_tests::ws::subscribe(&w.app.base, &w.officer.0, query, json!({ "v": vote })).await;
    let mut member =
        tongxin_tests::ws::subscribe(&w.app.base, &w.voters[0].0, query, json!({ "v": vote }))
            .await;
    let first = tongxin_tests::ws::next(&mut officer, 5).await;
    let refused = tongxin_tests::ws::next(&mut member, 5).await;

    // Assert
    let first = first.expect("the turnout now");
    assert_eq!(
        first["payload"]["data"]["voteTurnoutChanged"],
        json!({ "eligible": 4, "voted": 0 })
    );
    let refused = refused.expect("a refusal");
    assert!(refused["payload"]["data"].is_null(), "{refused}");
    assert_eq!(
        refused["payload"]["errors"][0]["extensions"]["code"], "NOT_FOUND",
        "{refused}"
    );
}
