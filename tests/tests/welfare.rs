//! Union welfare against the real server: group-buys settle on both outcomes at the deadline,
//! the yearly caps of `welfare.caps` hold at their thresholds and under twenty parallel
//! orders, cash-like items are refused, distributions count against the same caps, and
//! outsiders and other tenants get NOT_FOUND beside positive controls.

use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_api::graphql::ids::{NodeType, encode};
use tongxin_tests::{Tenant, TestApp, code, nodes, owner_execute, uuid_of};
use uuid::Uuid;

const CREATE: &str = "mutation($i: CreateWelfareCampaignInput!) { createWelfareCampaign(input: $i) { campaign { id status participantCount amountFen progressPercent viewerCanManage items { id name memberPriceFen myQuantity } } } }";
const CAMPAIGN: &str = "query($id: ID!) { welfareCampaign(id: $id) { id title status participantCount amountFen progressPercent viewerCanManage items { id orderedQuantity myQuantity } myOrders { id status refundFen } } }";
const MINE: &str = "query { welfareCampaigns(first: 20) { edges { node { id title } } } }";
const ORG_CAMPAIGNS: &str = "query($o: ID!) { welfareCampaigns(organizationId: $o, first: 20) { edges { node { id title } } } }";
const ORDER: &str = "mutation($i: PlaceWelfareOrderInput!) { placeWelfareOrder(input: $i) { order { id status quantity memberPayFen subsidyFen year } campaign { participantCount amountFen } } }";
const CANCEL_ORDER: &str = "mutation($id: ID!) { cancelWelfareOrder(id: $id) { order { status refundFen cancelReason } } }";
const CANCEL: &str = "mutation($id: ID!, $r: String!) { cancelWelfareCampaign(id: $id, reason: $r) { campaign { status cancelReason } } }";
const ORDERS: &str = "query($c: ID!) { welfareCampaignOrders(campaignId: $c, first: 50) { edges { node { id memberName status } } } }";
const USAGE: &str = "query($y: Int) { myWelfareUsage(year: $y) { year cashAllowed categories { category usedFen capFen remainingFen } orders { id status } distributions { id valueFen } } }";
const DISTRIBUTE: &str = "mutation($i: RecordWelfareDistributionInput!) { recordWelfareDistribution(input: $i) { distribution { id valueFen year memberName } } }";
const DISTRIBUTIONS: &str = "query($o: ID!, $y: Int) { welfareDistributions(organizationId: $o, year: $y, first: 20) { edges { node { id itemName } } } }";
const STATS: &str = "query($o: ID!, $y: Int) { welfareStatistics(organizationId: $o, year: $y) { year categories { category subsidyFen memberPayFen memberCount } organizations { organizationName category subsidyFen memberCount } } }";

/// A company union over a workshop union, an officer (工会主席) of the company union, members
/// placed in the workshop, and a member of another union outside.
struct World {
    app: TestApp,
    t: Tenant,
    tenant: Uuid,
    union: String,
    workshop: String,
    officer: (String, String),
    members: Vec<(String, String)>,
    outsider: (String, String),
}

async fn world(members: usize) -> World {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let union = app.create_org(&t.token, None, "公司工会", "UNION").await;
    let workshop = app
        .create_org(&t.token, Some(&union), "一车间工会", "UNION")
        .await;
    let elsewhere = app.create_org(&t.token, None, "分公司工会", "UNION").await;
    let officer = app.join(&t.token, &union, "工会主席").await;
    app.assign_position(&t.token, &union, &officer.1, "工会主席", "2026-01-01")
        .await;
    let mut list = vec![];
    for i in 0..members {
        list.push(
            app.join(&t.token, &workshop, &format!("会员{}", i + 1))
                .await,
        );
    }
    let outsider = app.join(&t.token, &elsewhere, "外单位会员").await;
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    World {
        app,
        t,
        tenant,
        union,
        workshop,
        officer,
        members: list,
        outsider,
    }
}

fn deadline(hours: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::hours(hours)).to_rfc3339()
}

/// A holiday group-buy of the company union: one item at `price`/`subsidy` fen with `limit`,
/// succeeding at `threshold` participants; its id and the item's.
async fn campaign(
    w: &World,
    threshold: i64,
    price: i64,
    subsidy: i64,
    limit: i32,
) -> (String, String) {
    let body = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            CREATE,
            json!({ "i": {
                "organizationId": w.union, "kind": "GROUP_BUY", "category": "HOLIDAY",
                "title": "春节慰问品拼团", "thresholdKind": "PARTICIPANTS", "threshold": threshold,
                "deadline": deadline(48),
                "items": [{ "name": "坚果礼盒", "priceFen": price, "subsidyFen": subsidy,
                            "cashLike": false, "perMemberLimit": limit }] } }),
        )
        .await;
    let c = &body["createWelfareCampaign"]["campaign"];
    (
        c["id"].as_str().unwrap().to_string(),
        c["items"][0]["id"].as_str().unwrap().to_string(),
    )
}

async fn order(w: &World, token: &str, c: &str, item: &str, quantity: i32) -> Value {
    w.app
        .gql(
            Some(token),
            ORDER,
            json!({ "i": { "campaignId": c, "itemId": item, "quantity": quantity } }),
        )
        .await
}

/// Moves a campaign's deadline into the past (time passing) and runs the worker's turn.
async fn settle(w: &World, c: &str) -> &'static str {
    let moved = owner_execute(
        w.tenant,
        "update welfare_campaign set deadline = now() - interval '1 second' where id = $1",
        uuid_of(c),
    )
    .await;
    assert_eq!(moved, 1);
    tongxin_core::welfare::run_settle(&w.app.app, &job(w, c))
        .await
        .unwrap()
}

fn job(w: &World, c: &str) -> tongxin_core::welfare::SettleJob {
    tongxin_core::welfare::SettleJob {
        tenant_id: w.tenant,
        campaign_id: uuid_of(c),
    }
}

#[tokio::test]
async fn a_group_buy_that_reaches_its_threshold_confirms_its_orders_at_the_deadline() {
    // Arrange
    let w = world(3).await;
    let (c, item) = campaign(&w, 3, 19_800, 10_000, 2).await;
    for (token, _) in &w.members {
        assert!(order(&w, token, &c, &item, 1).await["errors"].is_null());
    }
    let early = tongxin_core::welfare::run_settle(&w.app.app, &job(&w, &c))
        .await
        .unwrap();

    // Act
    let done = settle(&w, &c).await;
    let again = tongxin_core::welfare::run_settle(&w.app.app, &job(&w, &c))
        .await
        .unwrap();
    let seen = w
        .app
        .gql_ok(Some(&w.members[0].0), CAMPAIGN, json!({ "id": c }))
        .await;
    let late = order(&w, &w.members[1].0, &c, &item, 1).await;

    // Assert
    assert_eq!(early, "not due");
    assert_eq!(done, "succeeded");
    assert_eq!(again, "already settled");
    let s = &seen["welfareCampaign"];
    assert_eq!(s["status"], "SUCCEEDED");
    assert_eq!(s["participantCount"], 3);
    assert_eq!(s["amountFen"], 3 * 19_800);
    assert_eq!(s["progressPercent"], 100);
    assert_eq!(s["myOrders"][0]["status"], "CONFIRMED");
    assert_eq!(code(&late), Some("CONFLICT"));
    let told = json!(w.app.notifications(&w.members[0].0).await).to_string();
    assert!(told.contains("拼团成功"), "{told}");
}

#[tokio::test]
async fn a_group_buy_short_of_its_threshold_fails_cancels_its_orders_and_records_refunds() {
    // Arrange
    let w = world(2).await;
    let (c, item) = campaign(&w, 3, 19_800, 10_000, 2).await;
    for (token, _) in &w.members {
        assert!(order(&w, token, &c, &item, 2).await["errors"].is_null());
    }

    // Act
    let done = settle(&w, &c).await;
    let seen = w
        .app
        .gql_ok(Some(&w.members[0].0), CAMPAIGN, json!({ "id": c }))
        .await;
    let usage = w.app.gql_ok(Some(&w.members[0].0), USAGE, json!({})).await;

    // Assert
    assert_eq!(done, "failed");
    let s = &seen["welfareCampaign"];
    assert_eq!(s["status"], "FAILED");
    assert_eq!(s["participantCount"], 0, "cancelled orders no longer count");
    assert_eq!(s["myOrders"][0]["status"], "CANCELLED");
    assert_eq!(s["myOrders"][0]["refundFen"], 2 * (19_800 - 10_000));
    let holiday = &usage["myWelfareUsage"]["categories"][0];
    assert_eq!(holiday["category"], "HOLIDAY");
    assert_eq!(holiday["usedFen"], 0, "a cancelled order frees the cap");
    let told = json!(w.app.notifications(&w.members[1].0).await).to_string();
    assert!(told.contains("拼团未成功"), "{told}");
}

#[tokio::test]
async fn the_holiday_cap_admits_exactly_two_thousand_yuan_and_refuses_one_order_more() {
    // Arrange: 1,000 yuan of subsidy a unit, a limit of three units.
    let w = world(1).await;
    let member = &w.members[0].0;
    let (c, item) = campaign(&w, 1, 150_000, 100_000, 3).await;

    // Act
    let two = order(&w, member, &c, &item, 2).await;
    let third = order(&w, member, &c, &item, 1).await;
    let usage = w.app.gql_ok(Some(member), USAGE, json!({})).await;

    // Assert
    assert!(two["errors"].is_null(), "{two}");
    assert_eq!(
        two["data"]["placeWelfareOrder"]["order"]["memberPayFen"],
        100_000
    );
    assert_eq!(code(&third), Some("VALIDATION"));
    let message = third["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("剩余 0.00 元"), "{message}");
    assert_eq!(
        third["errors"][0]["extensions"]["fields"]["quantity"],
        message
    );
    let holiday = &usage["myWelfareUsage"]["categories"][0];
    assert_eq!(holiday["usedFen"], 200_000);
    assert_eq!(holiday["capFen"], 200_000);
    assert_eq!(holiday["remainingFen"], 0);
    assert_eq!(
        usage["myWelfareUsage"]["categories"][2]["capFen"],
        Value::Null
    );
}

#[tokio::test]
async fn twenty_parallel_orders_that_together_pass_the_cap_let_exactly_those_that_fit_succeed() {
    // Arrange: 300 yuan of subsidy a unit; 2,000 yuan admit six units, not seven.
    let w = world(1).await;
    let member = w.members[0].0.clone();
    let (c, item) = campaign(&w, 1, 30_000, 30_000, 100).await;

    // Act
    let answers = join_all((0..20).map(|_| order(&w, &member, &c, &item, 1))).await;

    // Assert
    let ok = answers.iter().filter(|a| a["errors"].is_null()).count();
    let refused = answers
        .iter()
        .filter(|a| code(a) == Some("VALIDATION"))
        .count();
    assert_eq!(ok, 6, "{answers:?}");
    assert_eq!(refused, 14, "{answers:?}");
    let usage = w.app.gql_ok(Some(&member), USAGE, json!({})).await;
    assert_eq!(usage["myWelfareUsage"]["categories"][0]["usedFen"], 180_000);
    assert_eq!(
        usage["myWelfareUsage"]["orders"].as_array().unwrap().len(),
        6
    );
}

#[tokio::test]
async fn distributions_count_against_the_same_cap_and_cash_is_refused() {
    // Arrange
    let w = world(1).await;
    let member = w.members[0].1.clone();
    let give = |value: i64, cash: bool, category: &str| {
        json!({ "i": { "organizationId": w.union, "memberId": member, "category": category,
                       "itemName": "生日蛋糕券", "valueFen": value, "cashLike": cash,
                       "distributedOn": "2026-03-08", "note": "" } })
    };

    // Act
    let cake = w
        .app
        .gql(
            Some(&w.officer.0),
            DISTRIBUTE,
            give(30_000, false, "BIRTHDAY"),
        )
        .await;
    let more = w
        .app
        .gql(Some(&w.officer.0), DISTRIBUTE, give(1, false, "BIRTHDAY"))
        .await;
    let cash = w
        .app
        .gql(Some(&w.officer.0), DISTRIBUTE, give(100, true, "OTHER"))
        .await;
    let cash_item = w
        .app
        .gql(
            Some(&w.officer.0),
            CREATE,
            json!({ "i": {
                "organizationId": w.union, "kind": "GROUP_BUY", "category": "OTHER",
                "title": "购物卡", "thresholdKind": "PARTICIPANTS", "threshold": 1,
                "deadline": deadline(2),
                "items": [{ "name": "超市购物卡", "priceFen": 10_000, "subsidyFen": 5_000,
                            "cashLike": true, "perMemberLimit": 1 }] } }),
        )
        .await;
    let usage = w
        .app
        .gql_ok(Some(&w.members[0].0), USAGE, json!({ "y": 2026 }))
        .await;
    let listed = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            DISTRIBUTIONS,
            json!({ "o": w.union, "y": 2026 }),
        )
        .await;

    // Assert
    assert!(cake["errors"].is_null(), "{cake}");
    assert_eq!(
        cake["data"]["recordWelfareDistribution"]["distribution"]["year"],
        2026
    );
    assert_eq!(code(&more), Some("VALIDATION"));
    assert!(
        more["errors"][0]["extensions"]["fields"]["valueFen"].is_string(),
        "{more}"
    );
    assert_eq!(code(&cash), Some("VALIDATION"));
    assert_eq!(code(&cash_item), Some("VALIDATION"));
    let birthday = &usage["myWelfareUsage"]["categories"][1];
    assert_eq!(birthday["category"], "BIRTHDAY");
    assert_eq!(birthday["usedFen"], 30_000);
    assert_eq!(usage["myWelfareUsage"]["cashAllowed"], false);
    assert_eq!(nodes(&listed["welfareDistributions"]).len(), 1);
}

#[tokio::test]
async fn the_per_member_limit_holds_and_a_cancelled_order_frees_it() {
    // Arrange
    let w = world(1).await;
    let member = &w.members[0].0;
    let (c, item) = campaign(&w, 5, 5_000, 1_000, 2).await;
    let first = order(&w, member, &c, &item, 2).await;
    let id = first["data"]["placeWelfareOrder"]["order"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Act
    let over = order(&w, member, &c, &item, 1).await;
    let cancelled = w
        .app
        .gql_ok(Some(member), CANCEL_ORDER, json!({ "id": id }))
        .await;
    let twice = w
        .app
        .gql(Some(member), CANCEL_ORDER, json!({ "id": id }))
        .await;
    let again = order(&w, member, &c, &item, 2).await;

    // Assert
    assert_eq!(code(&over), Some("VALIDATION"));
    let o = &cancelled["cancelWelfareOrder"]["order"];
    assert_eq!(o["status"], "CANCELLED");
    assert_eq!(o["refundFen"], 2 * 4_000);
    assert_eq!(o["cancelReason"], "本人取消");
    assert_eq!(code(&twice), Some("CONFLICT"));
    assert!(again["errors"].is_null(), "{again}");
}

#[tokio::test]
async fn cancelling_a_campaign_cancels_its_orders_with_refunds_and_tells_the_members() {
    // Arrange
    let w = world(2).await;
    let (c, item) = campaign(&w, 5, 5_000, 1_000, 2).await;
    for (token, _) in &w.members {
        order(&w, token, &c, &item, 1).await;
    }

    // Act
    let by_member = w
        .app
        .gql(
            Some(&w.members[0].0),
            CANCEL,
            json!({ "id": c, "r": "供应商缺货" }),
        )
        .await;
    let cancelled = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            CANCEL,
            json!({ "id": c, "r": "供应商缺货" }),
        )
        .await;
    let settled = tongxin_core::welfare::run_settle(&w.app.app, &job(&w, &c))
        .await
        .unwrap();
    let seen = w
        .app
        .gql_ok(Some(&w.members[1].0), CAMPAIGN, json!({ "id": c }))
        .await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"));
    assert_eq!(
        cancelled["cancelWelfareCampaign"]["campaign"]["status"],
        "CANCELLED"
    );
    assert_eq!(settled, "already settled");
    assert_eq!(seen["welfareCampaign"]["myOrders"][0]["refundFen"], 4_000);
    let told = json!(w.app.notifications(&w.members[1].0).await).to_string();
    assert!(told.contains("供应商缺货"), "{told}");
}

#[tokio::test]
async fn outsiders_and_other_tenants_get_not_found_and_members_below_the_union_see_it() {
    // Arrange
    let w = world(1).await;
    let (c, item) = campaign(&w, 1, 5_000, 1_000, 2).await;
    let other = w.app.sign_up().await;
    let missing = encode(NodeType::WelfareCampaign, Uuid::now_v7()).to_string();

    // Act
    let member_sees = w
        .app
        .gql(Some(&w.members[0].0), CAMPAIGN, json!({ "id": c }))
        .await;
    let member_list = w.app.gql_ok(Some(&w.members[0].0), MINE, json!({})).await;
    let outsider_sees = w
        .app
        .gql(Some(&w.outsider.0), CAMPAIGN, json!({ "id": c }))
        .await;
    let outsider_list = w.app.gql_ok(Some(&w.outsider.0), MINE, json!({})).await;
    let outsider_orders = order(&w, &w.outsider.0, &c, &item, 1).await;
    let foreign = w
        .app
        .gql(Some(&other.token), CAMPAIGN, json!({ "id": c }))
        .await;
    let none = w
        .app
        .gql(Some(&other.token), CAMPAIGN, json!({ "id": missing }))
        .await;
    let foreign_order = order(&w, &other.token, &c, &item, 1).await;
    let foreign_orders = w
        .app
        .gql(Some(&other.token), ORDERS, json!({ "c": c }))
        .await;
    let own_orders = w.app.gql(Some(&w.t.token), ORDERS, json!({ "c": c })).await;
    let member_orders = w
        .app
        .gql(Some(&w.members[0].0), ORDERS, json!({ "c": c }))
        .await;
    let foreign_stats = w
        .app
        .gql(Some(&other.token), STATS, json!({ "o": w.union }))
        .await;
    let foreign_list = w
        .app
        .gql(Some(&other.token), ORG_CAMPAIGNS, json!({ "o": w.union }))
        .await;
    let own_list = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            ORG_CAMPAIGNS,
            json!({ "o": w.workshop }),
        )
        .await;

    // Assert
    assert!(member_sees["errors"].is_null(), "{member_sees}");
    assert_eq!(
        member_sees["data"]["welfareCampaign"]["viewerCanManage"],
        false
    );
    assert_eq!(nodes(&member_list["welfareCampaigns"]).len(), 1);
    assert_eq!(code(&outsider_sees), Some("NOT_FOUND"));
    assert!(nodes(&outsider_list["welfareCampaigns"]).is_empty());
    assert_eq!(code(&outsider_orders), Some("NOT_FOUND"));
    assert_eq!(code(&foreign), Some("NOT_FOUND"));
    assert_eq!(
        foreign["errors"][0]["message"],
        none["errors"][0]["message"]
    );
    assert_eq!(code(&foreign_order), Some("NOT_FOUND"));
    assert_eq!(code(&foreign_orders), Some("NOT_FOUND"));
    assert!(own_orders["errors"].is_null(), "{own_orders}");
    assert_eq!(code(&member_orders), Some("NOT_FOUND"));
    assert_eq!(code(&foreign_stats), Some("NOT_FOUND"));
    assert_eq!(code(&foreign_list), Some("NOT_FOUND"));
    assert!(
        nodes(&own_list["welfareCampaigns"]).is_empty(),
        "the workshop's sub-tree holds no campaign of the company union"
    );
}

#[tokio::test]
async fn statistics_equal_the_orders_and_distributions_and_export_as_xlsx() {
    // Arrange
    let w = world(2).await;
    let (c, item) = campaign(&w, 1, 19_800, 10_000, 2).await;
    order(&w, &w.members[0].0, &c, &item, 2).await;
    order(&w, &w.members[1].0, &c, &item, 1).await;
    let year = chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y")
        .to_string();
    let year: i32 = year.parse().unwrap();
    w.app
        .gql_ok(
            Some(&w.officer.0),
            DISTRIBUTE,
            json!({ "i": { "organizationId": w.workshop, "memberId": w.members[0].1,
                           "category": "HOLIDAY", "itemName": "中秋月饼", "valueFen": 15_000,
                           "cashLike": false, "distributedOn": format!("{year}-09-20") } }),
        )
        .await;

    // Act
    let stats = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            STATS,
            json!({ "o": w.union, "y": year }),
        )
        .await;
    let xlsx = w
        .app
        .http
        .get(format!(
            "{}/export/welfare-statistics.xlsx?organization={}&year={year}",
            w.app.base, w.union
        ))
        .bearer_auth(&w.officer.0)
        .send()
        .await
        .unwrap();
    let refused = w
        .app
        .http
        .get(format!(
            "{}/export/welfare-statistics.xlsx?organization={}",
            w.app.base, w.union
        ))
        .bearer_auth(&w.members[0].0)
        .send()
        .await
        .unwrap();
    let bad_year = w
        .app
        .http
        .get(format!(
            "{}/export/welfare-statistics.xlsx?organization={}&year=abc",
            w.app.base, w.union
        ))
        .bearer_auth(&w.officer.0)
        .send()
        .await
        .unwrap();

    // Assert
    let s = &stats["welfareStatistics"];
    let holiday = &s["categories"][0];
    assert_eq!(holiday["category"], "HOLIDAY");
    assert_eq!(holiday["subsidyFen"], 3 * 10_000 + 15_000);
    assert_eq!(holiday["memberPayFen"], 3 * 9_800);
    assert_eq!(holiday["memberCount"], 2);
    let orgs = s["organizations"].as_array().unwrap();
    assert_eq!(orgs.len(), 2, "{orgs:?}");
    assert_eq!(orgs[0]["organizationName"], "公司工会");
    assert_eq!(orgs[0]["subsidyFen"], 30_000);
    assert_eq!(orgs[1]["organizationName"], "一车间工会");
    assert_eq!(orgs[1]["subsidyFen"], 15_000);
    assert_eq!(xlsx.status(), 200);
    let bytes = xlsx.bytes().await.unwrap();
    assert_eq!(&bytes[..2], b"PK", "an .xlsx is a zip");
    assert_eq!(refused.status(), 404);
    assert_eq!(bad_year.status(), 400);
}

#[tokio::test]
async fn bad_forms_are_validation_errors() {
    // Arrange
    let w = world(1).await;
    let (c, item) = campaign(&w, 1, 5_000, 1_000, 2).await;
    let form = |patch: Value| {
        let mut i = json!({
            "organizationId": w.union, "kind": "CROWDFUND", "category": "OTHER",
            "title": "职工书屋众筹", "thresholdKind": "AMOUNT", "threshold": 100_000,
            "deadline": deadline(24),
            "items": [{ "name": "图书", "priceFen": 5_000, "subsidyFen": 0,
                        "cashLike": false, "perMemberLimit": 5 }] });
        for (k, v) in patch.as_object().unwrap() {
            i[k] = v.clone();
        }
        json!({ "i": i })
    };

    // Act
    let answers = [
        form(json!({ "deadline": deadline(-1) })),
        form(json!({ "deadline": deadline(24 * 400) })),
        form(json!({ "threshold": 0 })),
        form(json!({ "items": [] })),
        form(json!({ "title": "" })),
        form(
            json!({ "items": [{ "name": "图书", "priceFen": 100, "subsidyFen": 200,
                                 "cashLike": false, "perMemberLimit": 5 }] }),
        ),
        form(
            json!({ "items": [{ "name": "图书", "priceFen": 100, "subsidyFen": 0,
                                 "cashLike": false, "perMemberLimit": 0 }] }),
        ),
    ];
    let mut codes = vec![];
    for a in answers {
        codes.push(code(&w.app.gql(Some(&w.officer.0), CREATE, a).await).map(str::to_string));
    }
    let zero = order(&w, &w.members[0].0, &c, &item, 0).await;
    let huge = order(&w, &w.members[0].0, &c, &item, i32::MAX).await;
    let old_year = w
        .app
        .gql(Some(&w.members[0].0), USAGE, json!({ "y": 1900 }))
        .await;
    let ok = w.app.gql(Some(&w.officer.0), CREATE, form(json!({}))).await;

    // Assert
    for c in codes {
        assert_eq!(c.as_deref(), Some("VALIDATION"));
    }
    assert_eq!(code(&zero), Some("VALIDATION"));
    assert_eq!(code(&huge), Some("VALIDATION"));
    assert_eq!(code(&old_year), Some("VALIDATION"));
    assert!(ok["errors"].is_null(), "{ok}");
}

#[tokio::test]
async fn a_campaigns_orders_download_for_the_union_and_answer_like_a_missing_one_elsewhere() {
    // Arrange
    let w = world(1).await;
    let (c, item) = campaign(&w, 1, 5_000, 1_000, 2).await;
    order(&w, &w.members[0].0, &c, &item, 2).await;
    let other = w.app.sign_up().await;
    let missing = encode(NodeType::WelfareCampaign, Uuid::now_v7()).to_string();
    let get = |token: String, id: String| {
        let app = &w.app;
        async move {
            let res = app
                .http
                .get(format!(
                    "{}/export/welfare-orders.xlsx?campaign={id}",
                    app.base
                ))
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            let status = res.status().as_u16();
            (status, res.bytes().await.unwrap())
        }
    };

    // Act
    let own = get(w.officer.0.clone(), c.clone()).await;
    let member = get(w.members[0].0.clone(), c.clone()).await;
    let foreign = get(other.token.clone(), c.clone()).await;
    let none = get(other.token.clone(), missing).await;

    // Assert
    assert_eq!(own.0, 200);
    assert_eq!(&own.1[..2], b"PK", "an .xlsx is a zip");
    assert_eq!(member.0, 404);
    assert_eq!(foreign.0, 404);
    assert_eq!(
        foreign, none,
        "another tenant's campaign and a missing one alike"
    );
}
