//! Joining the league and the union against the real server: the league's age rule cited on
//! refusal, approval by the org only, 团籍注册 campaigns with reminders once a day, age-out
//! warnings once unless a league post keeps the member, and the union card's signed QR.

use chrono::{Months, Utc};
use serde_json::{Value, json};
use tongxin_tests::{TestApp, code, tenant_id_of, uuid_of};

fn born_years_ago(years: u32, extra_months: u32) -> String {
    (Utc::now().date_naive() - Months::new(years * 12 + extra_months)).to_string()
}

async fn apply(app: &TestApp, token: &str, line: &str, org: &str) -> Value {
    app.gql(
        Some(token),
        "mutation($i: ApplyToJoinInput!) { applyToJoin(input: $i) { id status } }",
        json!({ "i": { "line": line, "orgId": org, "note": "自愿申请" } }),
    )
    .await
}

async fn decide(app: &TestApp, token: &str, id: &Value, approve: bool) -> Value {
    app.gql(
        Some(token),
        "mutation($i: DecideJoinApplicationInput!) { decideJoinApplication(input: $i) { status } }",
        json!({ "i": { "applicationId": id, "approve": approve } }),
    )
    .await
}

#[tokio::test]
async fn the_league_checks_age_the_org_approves_and_a_union_card_verifies_only_when_genuine() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let other = app.sign_up().await;
    let dept = app
        .create_org_of(&t.token, None, "技术部", "ADMIN", "DEPARTMENT")
        .await;
    let league = app
        .create_org_of(&t.token, None, "技术团支部", "YOUTH", "YOUTH_BRANCH")
        .await;
    let union = app
        .create_org_of(&t.token, None, "公司工会", "UNION", "UNION_COMMITTEE")
        .await;
    let old = app.join(&t.token, &dept, "何年长").await;
    let young = app.join(&t.token, &dept, "韩青年").await;
    app.update_member(
        &t.token,
        &old.1,
        json!({ "name": "何年长", "birthDate": born_years_ago(30, 0) }),
    )
    .await;
    app.update_member(
        &t.token,
        &young.1,
        json!({ "name": "韩青年", "birthDate": born_years_ago(20, 0) }),
    )
    .await;

    // Act
    let too_old = apply(&app, &old.0, "YOUTH", &league).await;
    let applied = apply(&app, &young.0, "YOUTH", &league).await;
    let id = applied["data"]["applyToJoin"]["id"].clone();
    let again = apply(&app, &young.0, "YOUTH", &league).await;
    let by_self = decide(&app, &young.0, &id, true).await;
    let by_other_tenant = decide(&app, &other.token, &id, true).await;
    let approved = decide(&app, &t.token, &id, true).await;
    let status = app
        .gql(
            Some(&t.token),
            "query($id: ID!) { node(id: $id) { ... on Member { politicalStatus } } }",
            json!({ "id": young.1 }),
        )
        .await;
    let no_card = app
        .gql(Some(&young.0), "{ unionCard { code } }", json!({}))
        .await;
    let joined = apply(&app, &young.0, "UNION", &union).await;
    decide(&app, &t.token, &joined["data"]["applyToJoin"]["id"], true).await;
    let card = app
        .gql(
            Some(&young.0),
            "{ unionCard { name orgName code expiresAt } }",
            json!({}),
        )
        .await;
    let code_value = card["data"]["unionCard"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("{card}"));
    let verify = |token: String, code: String| {
        let app = &app;
        async move {
            app.gql(
                Some(&token),
                "query($c: String!) { verifyUnionCard(code: $c) { name orgName } }",
                json!({ "c": code }),
            )
            .await
        }
    };
    let genuine = verify(t.token.clone(), code_value.to_string()).await;
    let (body, sig) = code_value.split_once('.').unwrap();
    let forged = verify(t.token.clone(), format!("{body}A.{sig}")).await;
    let foreign = verify(other.token.clone(), code_value.to_string()).await;

    // Assert
    assert_eq!(code(&too_old), Some("VALIDATION"), "{too_old}");
    let why = too_old["errors"][0]["extensions"]["fields"]["line"]
        .as_str()
        .unwrap();
    assert!(why.contains("28") && why.contains("团章"), "{why}");
    assert_eq!(
        applied["data"]["applyToJoin"]["status"], "PENDING",
        "{applied}"
    );
    assert_eq!(code(&again), Some("CONFLICT"), "{again}");
    assert_eq!(code(&by_self), Some("NOT_FOUND"), "{by_self}");
    assert_eq!(
        code(&by_other_tenant),
        Some("NOT_FOUND"),
        "{by_other_tenant}"
    );
    assert_eq!(
        approved["data"]["decideJoinApplication"]["status"], "APPROVED",
        "{approved}"
    );
    assert_eq!(
        status["data"]["node"]["politicalStatus"], "LEAGUE_MEMBER",
        "{status}"
    );
    assert_eq!(
        code(&no_card),
        Some("NOT_FOUND"),
        "not a union member yet: {no_card}"
    );
    assert_eq!(card["data"]["unionCard"]["orgName"], "公司工会", "{card}");
    assert_eq!(
        genuine["data"]["verifyUnionCard"]["name"], "韩青年",
        "{genuine}"
    );
    assert_eq!(code(&forged), Some("VALIDATION"), "{forged}");
    assert_eq!(code(&foreign), Some("VALIDATION"), "{foreign}");
}

#[tokio::test]
async fn a_registration_campaign_shows_who_has_not_registered_and_reminds_them_once_a_day() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let other = app.sign_up().await;
    let committee = app
        .create_org_of(&t.token, None, "公司团委", "YOUTH", "YOUTH_COMMITTEE")
        .await;
    let branch = app
        .create_org_of(
            &t.token,
            Some(&committee),
            "一团支部",
            "YOUTH",
            "YOUTH_BRANCH",
        )
        .await;
    let a = app.join(&t.token, &branch, "甲团员").await;
    let b = app.join(&t.token, &branch, "乙团员").await;
    for (m, name) in [(&a.1, "甲团员"), (&b.1, "乙团员")] {
        app.update_member(
            &t.token,
            m,
            json!({ "name": name, "politicalStatus": "LEAGUE_MEMBER" }),
        )
        .await;
    }
    let year = Utc::now().format("%Y").to_string().parse::<i32>().unwrap();
    let closes = (Utc::now().date_naive() + chrono::Duration::days(30)).to_string();

    // Act
    let started = app
        .gql(
            Some(&t.token),
            "mutation($i: StartLeagueCampaignInput!) { startLeagueCampaign(input: $i) { id year } }",
            json!({ "i": { "orgId": committee, "year": year, "closesOn": closes } }),
        )
        .await;
    let id = started["data"]["startLeagueCampaign"]["id"].clone();
    let register = |token: String| {
        let (app, id) = (&app, id.clone());
        async move {
            app.gql(
                Some(&token),
                "mutation($i: RegisterLeagueMembershipInput!) { registerLeagueMembership(input: $i) }",
                json!({ "i": { "campaignId": id } }),
            )
            .await
        }
    };
    let registered = register(a.0.clone()).await;
    let twice = register(a.0.clone()).await;
    let outsider = register(other.token.clone()).await;
    let remind = "mutation($c: ID!) { remindLeagueCampaign(campaignId: $c) }";
    let reminded = app.gql(Some(&t.token), remind, json!({ "c": id })).await;
    let again = app.gql(Some(&t.token), remind, json!({ "c": id })).await;
    let list = app
        .gql(
            Some(&t.token),
            "{ leagueCampaigns { year members { name registeredAt } } }",
            json!({}),
        )
        .await;
    let foreign = app
        .gql(Some(&other.token), "{ leagueCampaigns { id } }", json!({}))
        .await;

    // Assert
    assert!(started["errors"].is_null(), "{started}");
    assert_eq!(
        registered["data"]["registerLeagueMembership"], true,
        "{registered}"
    );
    assert_eq!(code(&twice), Some("CONFLICT"), "{twice}");
    assert_eq!(code(&outsider), Some("NOT_FOUND"), "{outsider}");
    assert_eq!(
        reminded["data"]["remindLeagueCampaign"], 1,
        "only 乙团员: {reminded}"
    );
    assert_eq!(code(&again), Some("RATE_LIMITED"), "{again}");
    let members = list["data"]["leagueCampaigns"][0]["members"]
        .as_array()
        .unwrap();
    assert_eq!(members.len(), 2, "{list}");
    assert_eq!(members[0]["name"], "乙团员", "the unregistered first");
    assert!(members[0]["registeredAt"].is_null());
    assert_eq!(
        foreign["data"]["leagueCampaigns"].as_array().map(Vec::len),
        Some(0)
    );
}

#[tokio::test]
async fn members_nearing_twenty_eight_are_warned_once_unless_a_league_post_keeps_them() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app
        .create_org_of(&t.token, None, "二团支部", "YOUTH", "YOUTH_BRANCH")
        .await;
    let near = app.join(&t.token, &branch, "孔将满").await;
    let post = app.join(&t.token, &branch, "曹书记").await;
    let young = app.join(&t.token, &branch, "严年轻").await;
    for (m, name, years, months) in [
        (&near.1, "孔将满", 27, 11),
        (&post.1, "曹书记", 27, 11),
        (&young.1, "严年轻", 22, 0),
    ] {
        app.update_member(
            &t.token,
            m,
            json!({ "name": name, "politicalStatus": "LEAGUE_MEMBER", "birthDate": born_years_ago(years, months) }),
        )
        .await;
    }
    app.assign_position(&t.token, &branch, &post.1, "团支部书记", "2026-01-01")
        .await;
    let tenant = tenant_id_of(&app, &t).await;
    let today = Utc::now().date_naive();

    // Act
    let listed = app
        .gql(
            Some(&t.token),
            "query($o: ID!) { leagueAgeOuts(orgId: $o) { memberId name ageOutOn } }",
            json!({ "o": branch }),
        )
        .await;
    let first = tongxin_core::joining::warn_age_out(&app.app, tenant, today)
        .await
        .unwrap();
    let second = tongxin_core::joining::warn_age_out(&app.app, tenant, today)
        .await
        .unwrap();

    // Assert
    let rows = listed["data"]["leagueAgeOuts"]
        .as_array()
        .unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(rows.len(), 1, "{listed}");
    assert_eq!(rows[0]["name"], "孔将满");
    assert_eq!(
        uuid_of(rows[0]["memberId"].as_str().unwrap()),
        uuid_of(&near.1)
    );
    // The member and the branch's officer (曹书记).
    assert_eq!(first, 2);
    assert_eq!(second, 0, "once");
}
