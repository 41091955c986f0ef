//! Dues against the real server: bases and brackets, monthly bills once per month, offline
//! payments and corrections as new entries, arrears and roll-ups that agree with the ledger,
//! the ledger append-only for the runtime role, and isolation between members and tenants.

use serde_json::{Value, json};
use tongxin_tests::{Tenant, TestApp, assert_ok, code};

const SET_BASE: &str =
    "mutation($i: SetDuesBaseInput!) { setDuesBase(input: $i) { id baseFen fromMonth category } }";
const BILL: &str =
    "mutation($i: GenerateDuesBillsInput!) { generateDuesBills(input: $i) { written } }";
const PAY: &str = "mutation($i: RecordDuesPaymentInput!) { recordDuesPayment(input: $i) { id kind amountFen method receiptNo } }";
const CORRECT: &str = "mutation($i: CorrectDuesEntryInput!) { correctDuesEntry(input: $i) { id kind amountFen corrects note } }";
const STATEMENT: &str = "query($m: ID!) { duesStatement(memberId: $m, line: PARTY) { id kind month amountFen ruleKey baseFen } }";
const ARREARS: &str = "query($o: ID) { duesArrears(organizationId: $o, line: PARTY) { memberName owedFen monthsOwed oldestMonth } }";
const ROLLUP: &str = "query($o: ID, $f: String!, $t: String!) { duesRollup(organizationId: $o, line: PARTY, fromMonth: $f, toMonth: $t) { orgName month billedFen correctedFen paidFen membersBilled membersPaid } }";

fn this_month() -> String {
    tongxin_core::dues::current_month(chrono::Utc::now())
        .format("%Y-%m")
        .to_string()
}

struct Branch {
    app: TestApp,
    t: Tenant,
    branch: String,
    a: (String, String),
    b: (String, String),
}

/// A branch with two full party members whose bases are 3,000 and 8,000 yuan, billed this month.
async fn billed_branch() -> Branch {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "财务党支部", "PARTY").await;
    let a = app.join(&t.token, &branch, "钱一").await;
    let b = app.join(&t.token, &branch, "孙二").await;
    for (m, name, base) in [(&a.1, "钱一", 300_000), (&b.1, "孙二", 800_000)] {
        app.set_political_status(&t.token, m, name, "FULL_MEMBER")
            .await;
        assert_ok!(app
            .gql(
                Some(&t.token),
                SET_BASE,
                json!({ "i": { "memberId": m, "line": "PARTY", "category": "EMPLOYED", "baseFen": base, "fromMonth": this_month() } }),
            )
            .await);
    }
    Branch {
        app,
        t,
        branch,
        a,
        b,
    }
}

async fn bill(w: &Branch, token: &str) -> Value {
    w.app
        .gql(
            Some(token),
            BILL,
            json!({ "i": { "organizationId": w.branch, "line": "PARTY", "month": this_month() } }),
        )
        .await
}

async fn statement(w: &Branch, token: &str, member: &str) -> Value {
    w.app
        .gql(Some(token), STATEMENT, json!({ "m": member }))
        .await
}

#[tokio::test]
async fn bills_follow_the_brackets_and_a_month_billed_twice_bills_once() {
    // Arrange
    let w = billed_branch().await;

    // Act
    let first = bill(&w, &w.t.token).await;
    let again = bill(&w, &w.t.token).await;
    let a = statement(&w, &w.t.token, &w.a.1).await;
    let b = statement(&w, &w.t.token, &w.b.1).await;

    // Assert: 0.5 % of 3,000 yuan and 1.5 % of 8,000 yuan, each with its rule and base.
    assert_eq!(first["data"]["generateDuesBills"]["written"], 2, "{first}");
    assert_eq!(again["data"]["generateDuesBills"]["written"], 0, "{again}");
    assert_eq!(a["data"]["duesStatement"][0]["amountFen"], 1500, "{a}");
    assert_eq!(
        a["data"]["duesStatement"][0]["ruleKey"],
        "party.dues.employed"
    );
    assert_eq!(a["data"]["duesStatement"][0]["baseFen"], 300_000);
    assert_eq!(b["data"]["duesStatement"][0]["amountFen"], 12_000, "{b}");
    assert_eq!(b["data"]["duesStatement"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn payments_and_corrections_are_new_entries_and_arrears_and_rollups_agree_with_the_ledger() {
    // Arrange
    let w = billed_branch().await;
    bill(&w, &w.t.token).await;
    let b_bill = statement(&w, &w.t.token, &w.b.1).await["data"]["duesStatement"][0]["id"].clone();

    // Act
    let paid = w
        .app
        .gql(
            Some(&w.t.token),
            PAY,
            json!({ "i": { "memberId": w.a.1, "line": "PARTY", "month": this_month(), "amountFen": 1500, "method": "CASH", "receiptNo": " DF-2026-001 " } }),
        )
        .await;
    let corrected = w
        .app
        .gql(
            Some(&w.t.token),
            CORRECT,
            json!({ "i": { "entryId": b_bill, "amountFen": -2000, "note": "基数核定有误，按 6,000 元重算" } }),
        )
        .await;
    let arrears = w
        .app
        .gql(Some(&w.t.token), ARREARS, json!({ "o": w.branch }))
        .await;
    let rollup = w
        .app
        .gql(
            Some(&w.t.token),
            ROLLUP,
            json!({ "o": w.branch, "f": this_month(), "t": this_month() }),
        )
        .await;

    // Assert
    assert_eq!(
        paid["data"]["recordDuesPayment"]["kind"], "PAYMENT",
        "{paid}"
    );
    assert_eq!(
        paid["data"]["recordDuesPayment"]["receiptNo"],
        "DF-2026-001"
    );
    assert_eq!(
        corrected["data"]["correctDuesEntry"]["corrects"], b_bill,
        "{corrected}"
    );
    let owed = arrears["data"]["duesArrears"].as_array().unwrap();
    assert_eq!(owed.len(), 1, "the one who paid owes nothing: {arrears}");
    assert_eq!(owed[0]["memberName"], "孙二");
    assert_eq!(owed[0]["owedFen"], 10_000);
    assert_eq!(owed[0]["monthsOwed"], 1);
    let r = &rollup["data"]["duesRollup"][0];
    assert_eq!(r["billedFen"], 13_500, "{rollup}");
    assert_eq!(r["paidFen"], 1500);
    assert_eq!(r["correctedFen"], -2000);
    assert_eq!(r["membersBilled"], 2);
    assert_eq!(r["membersPaid"], 1);
    let total_owed: i64 = owed.iter().map(|o| o["owedFen"].as_i64().unwrap()).sum();
    assert_eq!(
        total_owed,
        r["billedFen"].as_i64().unwrap() + r["correctedFen"].as_i64().unwrap()
            - r["paidFen"].as_i64().unwrap(),
        "the roll-up and the arrears agree"
    );
    let b_statement = statement(&w, &w.t.token, &w.b.1).await;
    assert_eq!(
        b_statement["data"]["duesStatement"][0]["amountFen"], 12_000,
        "the bill itself is never edited"
    );
}

#[tokio::test]
async fn the_ledger_cannot_be_edited_or_deleted_by_the_runtime_role() {
    // Arrange
    let w = billed_branch().await;
    bill(&w, &w.t.token).await;
    let tenant = tongxin_tests::tenant_id_of(&w.app, &w.t).await;
    let ctx = tongxin_core::Ctx::for_tests(tenant);

    // Act
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    let update = sqlx::query("update dues_entry set amount_fen = 0 where tenant_id = $1")
        .bind(tenant)
        .execute(&mut *tx)
        .await;
    drop(tx);
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    let delete = sqlx::query("delete from dues_entry where tenant_id = $1")
        .bind(tenant)
        .execute(&mut *tx)
        .await;
    drop(tx);

    // Assert
    for result in [update, delete] {
        let err = result.expect_err("append-only");
        assert!(err.to_string().contains("permission denied"), "{err}");
    }
}

#[tokio::test]
async fn members_read_only_their_own_ledger_and_other_tenants_reach_nothing() {
    // Arrange
    let w = billed_branch().await;
    bill(&w, &w.t.token).await;
    let stranger = w.app.sign_up().await;

    // Act
    let own = statement(&w, &w.a.0, &w.a.1).await;
    let other = statement(&w, &w.a.0, &w.b.1).await;
    let member_arrears = w
        .app
        .gql(Some(&w.a.0), ARREARS, json!({ "o": w.branch }))
        .await;
    let cross_statement = statement(&w, &stranger.token, &w.a.1).await;
    let cross_arrears = w
        .app
        .gql(Some(&stranger.token), ARREARS, json!({ "o": w.branch }))
        .await;
    let cross_pay = w
        .app
        .gql(
            Some(&stranger.token),
            PAY,
            json!({ "i": { "memberId": w.a.1, "line": "PARTY", "month": this_month(), "amountFen": 100, "method": "CASH" } }),
        )
        .await;
    let cross_bill = bill(&w, &stranger.token).await;

    // Assert: positive control, then refusals that look like absence.
    assert_eq!(own["data"]["duesStatement"][0]["amountFen"], 1500, "{own}");
    assert_eq!(code(&other), Some("NOT_FOUND"), "{other}");
    assert_eq!(code(&member_arrears), Some("NOT_FOUND"), "{member_arrears}");
    assert_eq!(code(&cross_statement), Some("NOT_FOUND"));
    assert_eq!(code(&cross_arrears), Some("NOT_FOUND"));
    assert_eq!(code(&cross_pay), Some("NOT_FOUND"), "{cross_pay}");
    assert_eq!(code(&cross_bill), Some("NOT_FOUND"), "{cross_bill}");
}

#[tokio::test]
async fn bad_months_amounts_and_unexplained_corrections_are_refused_with_field_errors() {
    // Arrange
    let w = billed_branch().await;
    bill(&w, &w.t.token).await;
    let entry = statement(&w, &w.t.token, &w.a.1).await["data"]["duesStatement"][0]["id"].clone();

    // Act
    let month = w
        .app
        .gql(
            Some(&w.t.token),
            PAY,
            json!({ "i": { "memberId": w.a.1, "line": "PARTY", "month": "2026-13", "amountFen": 100, "method": "CASH" } }),
        )
        .await;
    let negative = w
        .app
        .gql(
            Some(&w.t.token),
            PAY,
            json!({ "i": { "memberId": w.a.1, "line": "PARTY", "month": this_month(), "amountFen": -5, "method": "CASH" } }),
        )
        .await;
    let silent = w
        .app
        .gql(
            Some(&w.t.token),
            CORRECT,
            json!({ "i": { "entryId": entry, "amountFen": 100, "note": "  " } }),
        )
        .await;
    let future = w
        .app
        .gql(
            Some(&w.t.token),
            BILL,
            json!({ "i": { "line": "PARTY", "month": "2099-01" } }),
        )
        .await;

    // Assert
    for (body, field) in [
        (&month, "month"),
        (&negative, "amount"),
        (&silent, "note"),
        (&future, "month"),
    ] {
        assert_eq!(code(body), Some("VALIDATION"), "{body}");
        assert!(
            body["errors"][0]["extensions"]["fields"][field].is_string(),
            "{field}: {body}"
        );
    }
}

fn months_ago(n: u32) -> String {
    let m = tongxin_core::dues::current_month(chrono::Utc::now());
    m.checked_sub_months(chrono::Months::new(n))
        .unwrap()
        .format("%Y-%m")
        .to_string()
}

#[tokio::test]
async fn three_unpaid_months_warn_of_lapse_and_one_click_reminds_each_debtor_once_a_day() {
    // Arrange: bases from three months ago, bills for the last three months, one paid up.
    let w = billed_branch().await;
    for m in [&w.a.1, &w.b.1] {
        assert_ok!(w
            .app
            .gql(
                Some(&w.t.token),
                SET_BASE,
                json!({ "i": { "memberId": m, "line": "PARTY", "category": "EMPLOYED", "baseFen": 300_000, "fromMonth": months_ago(2) } }),
            )
            .await);
    }
    for n in 0..3 {
        let body = w
            .app
            .gql(
                Some(&w.t.token),
                BILL,
                json!({ "i": { "organizationId": w.branch, "line": "PARTY", "month": months_ago(n) } }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
    }
    let paid = w
        .app
        .gql(
            Some(&w.t.token),
            PAY,
            json!({ "i": { "memberId": w.a.1, "line": "PARTY", "month": months_ago(0), "amountFen": 1500, "method": "PAYROLL" } }),
        )
        .await;
    assert!(paid["errors"].is_null(), "{paid}");

    // Act
    let arrears = w
        .app
        .gql(
            Some(&w.t.token),
            "query($o: ID) { duesArrears(organizationId: $o, line: PARTY) { memberName monthsOwed lapseWarning lapseMonths } }",
            json!({ "o": w.branch }),
        )
        .await;
    let remind =
        "mutation($i: RemindDuesArrearsInput!) { remindDuesArrears(input: $i) { reminded } }";
    let first = w
        .app
        .gql(
            Some(&w.t.token),
            remind,
            json!({ "i": { "organizationId": w.branch, "line": "PARTY" } }),
        )
        .await;
    let again = w
        .app
        .gql(
            Some(&w.t.token),
            remind,
            json!({ "i": { "organizationId": w.branch, "line": "PARTY" } }),
        )
        .await;
    let inbox = w
        .app
        .gql(
            Some(&w.b.0),
            "{ notifications(first: 10) { edges { node { kind title body } } } }",
            json!({}),
        )
        .await;
    let export = w
        .app
        .http
        .get(format!(
            "{}/export/dues-arrears.xlsx?line=PARTY&organization={}",
            w.app.base, w.branch
        ))
        .bearer_auth(&w.t.token)
        .send()
        .await
        .unwrap();
    let member_export = w
        .app
        .http
        .get(format!(
            "{}/export/dues-arrears.xlsx?line=PARTY&organization={}",
            w.app.base, w.branch
        ))
        .bearer_auth(&w.a.0)
        .send()
        .await
        .unwrap();
    // The monthly run's lapse warnings: once per member and count of months.
    let tenant = tongxin_tests::tenant_id_of(&w.app, &w.t).await;
    let warned = tongxin_core::lapse::warn(&w.app.app, tenant, chrono::Utc::now())
        .await
        .unwrap();
    let warned_again = tongxin_core::lapse::warn(&w.app.app, tenant, chrono::Utc::now())
        .await
        .unwrap();
    let inbox_after = |token: String| {
        let app = &w.app;
        async move {
            app.gql(
                Some(&token),
                "{ notifications(first: 20) { edges { node { title } } } }",
                json!({}),
            )
            .await
            .to_string()
        }
    };
    let b_after = inbox_after(w.b.0.clone()).await;
    let a_after = inbox_after(w.a.0.clone()).await;

    // Assert
    let list = arrears["data"]["duesArrears"]
        .as_array()
        .unwrap_or_else(|| panic!("{arrears}"));
    let b = list.iter().find(|a| a["memberName"] == "孙二").unwrap();
    let a = list.iter().find(|a| a["memberName"] == "钱一").unwrap();
    assert_eq!(b["monthsOwed"], 3);
    assert_eq!(b["lapseWarning"], true);
    assert_eq!(b["lapseMonths"], 6);
    assert_eq!(a["monthsOwed"], 2, "the paid month is not owed");
    assert_eq!(a["lapseWarning"], false);
    assert_eq!(first["data"]["remindDuesArrears"]["reminded"], 2, "{first}");
    assert_eq!(
        again["data"]["remindDuesArrears"]["reminded"], 0,
        "once a day"
    );
    let note = &inbox["data"]["notifications"]["edges"][0]["node"];
    assert_eq!(note["title"], "党费交纳提醒", "{inbox}");
    assert!(note["body"].as_str().unwrap().contains("6 个月"), "{note}");
    assert_eq!(export.status(), 200);
    let bytes = export.bytes().await.unwrap().to_vec();
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("欠缴名单").unwrap();
    assert_eq!(sheet.rows().count(), 3, "a header and two debtors");
    assert_eq!(
        member_export.status(),
        404,
        "not allowed reads as not found"
    );
    assert_eq!(warned, 1, "only 孙二 reached the first warning");
    assert_eq!(warned_again, 0);
    assert!(b_after.contains("党费欠交预警"), "{b_after}");
    assert!(!a_after.contains("党费欠交预警"), "{a_after}");
}

#[tokio::test]
async fn a_payroll_file_sets_bases_all_rows_or_none() {
    // Arrange: phones identify the members in the file.
    let w = billed_branch().await;
    for (m, name, phone) in [
        (&w.a.1, "钱一", "13800000001"),
        (&w.b.1, "孙二", "13800000002"),
    ] {
        assert_ok!(w
            .app
            .gql(
                Some(&w.t.token),
                "mutation($i: UpdateMemberInput!) { updateMember(input: $i) { member { id } } }",
                json!({ "i": { "id": m, "patch": { "name": name, "phone": phone, "politicalStatus": "FULL_MEMBER" } } }),
            )
            .await);
    }
    let import = |csv: &str| {
        use base64::Engine;
        let content = base64::engine::general_purpose::STANDARD.encode(csv.as_bytes());
        let w = &w;
        async move {
            w.app
                .gql(
                    Some(&w.t.token),
                    "mutation($i: ImportDuesBasesInput!) { importDuesBases(input: $i) { total imported errors { row column message } } }",
                    json!({ "i": { "fileName": "工资.csv", "contentBase64": content, "line": "PARTY", "fromMonth": months_ago(1) } }),
                )
                .await
        }
    };

    // Act
    let bad = import("姓名,手机,类别,基数（元）\n钱一,13800000001,在职,\"5,000\"\n孙二,13800000002,外星人,6000\n无名,13900000000,在职,1000\n").await;
    let good = import("姓名,手机,类别,基数（元）\n钱一,13800000001,在职,\"5,000\"\n孙二,13800000002,离退休,6000.50\n").await;
    let bases = w
        .app
        .gql(
            Some(&w.t.token),
            "query($m: ID!) { duesBases(memberId: $m) { baseFen category fromMonth } }",
            json!({ "m": w.b.1 }),
        )
        .await;

    // Assert
    assert_eq!(bad["data"]["importDuesBases"]["imported"], 0, "{bad}");
    let errors = bad["data"]["importDuesBases"]["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2, "{bad}");
    assert_eq!(errors[0]["row"], 3);
    assert_eq!(errors[0]["column"], "类别");
    assert_eq!(errors[1]["row"], 4);
    assert_eq!(good["data"]["importDuesBases"]["imported"], 2, "{good}");
    let history = bases["data"]["duesBases"].as_array().unwrap();
    assert!(
        history.iter().any(|b| b["baseFen"] == 600_050
            && b["category"] == "RETIRED"
            && b["fromMonth"] == months_ago(1)),
        "{bases}"
    );
    assert_eq!(history.len(), 2, "the earlier base stays in the history");
}

/// Makes 孙二 a probationary member admitted by the branch meeting on `admitted_on`
/// (`YYYY-MM-DD`), with an 8,000-yuan base whose new pay was paid in `base_from` (`YYYY-MM`).
async fn admit_probationary(w: &Branch, admitted_on: &str, base_from: &str) {
    for (q, v) in [
        (
            "mutation($i: UpdateMemberInput!) { updateMember(input: $i) { member { id } } }",
            json!({ "i": { "id": w.b.1, "patch": { "name": "孙二", "politicalStatus": "PROBATIONARY" } } }),
        ),
        (
            "mutation($i: RecordMemberStageInput!) { recordMemberStage(input: $i) { stage } }",
            json!({ "i": { "memberId": w.b.1, "stage": "PROBATIONARY", "startedOn": admitted_on } }),
        ),
        (
            SET_BASE,
            json!({ "i": { "memberId": w.b.1, "line": "PARTY", "category": "EMPLOYED", "baseFen": 800_000, "fromMonth": base_from } }),
        ),
    ] {
        let body = w.app.gql(Some(&w.t.token), q, v).await;
        assert!(body["errors"].is_null(), "{body}");
    }
}

#[tokio::test]
async fn a_probationary_member_pays_from_the_month_of_admission_not_before() {
    // Arrange: 孙二 becomes probationary this month (party.dues.start), with a base from last
    // month on.
    let w = billed_branch().await;
    let month = tongxin_core::dues::current_month(chrono::Utc::now());
    let last = (month - chrono::Months::new(1)).format("%Y-%m").to_string();
    let today = (chrono::Utc::now() + chrono::Duration::hours(8))
        .date_naive()
        .to_string();
    admit_probationary(&w, &today, &last).await;

    // Act
    let before = w
        .app
        .gql(
            Some(&w.t.token),
            BILL,
            json!({ "i": { "organizationId": w.branch, "line": "PARTY", "month": last } }),
        )
        .await;
    let from = bill(&w, &w.t.token).await;
    let statement = statement(&w, &w.t.token, &w.b.1).await;

    // Assert: last month billed nobody new (钱一's base starts this month too); this month
    // bills 孙二.
    assert_eq!(
        before["data"]["generateDuesBills"]["written"], 0,
        "{before}"
    );
    assert_eq!(from["data"]["generateDuesBills"]["written"], 2, "{from}");
    let months: Vec<&str> = statement["data"]["duesStatement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["month"].as_str().unwrap())
        .collect();
    assert_eq!(months, vec![this_month().as_str()], "{statement}");
}

const OVERRIDE_RULE: &str =
    "mutation($i: OverrideRuleInput!) { overrideRule(input: $i) { key effectiveParams } }";

async fn override_dues_start(w: &Branch, probationary: &str, base_change: &str) -> Value {
    w.app
        .gql(
            Some(&w.t.token),
            OVERRIDE_RULE,
            json!({ "i": { "key": "party.dues.start",
                           "params": { "probationaryFrom": probationary, "baseChangeFrom": base_change },
                           "sourceNote": "某集团党委党费管理办法第六条" } }),
        )
        .await
}

#[tokio::test]
async fn probationary_dues_start_a_month_later_where_the_tenant_says_so() {
    // Arrange: 孙二 admitted as probationary in the middle of last month, base from the month
    // before on; the tenant's rule starts dues the month after the branch meeting.
    let w = billed_branch().await;
    let month = tongxin_core::dues::current_month(chrono::Utc::now());
    let last_month = month - chrono::Months::new(1);
    let last = last_month.format("%Y-%m").to_string();
    let before_last = (month - chrono::Months::new(2)).format("%Y-%m").to_string();
    let admitted = (last_month + chrono::Duration::days(14)).to_string();
    let unknown = override_dues_start(&w, "approvalDay", "newPayMonth").await;
    assert_ok!(override_dues_start(&w, "monthAfterBranchMeeting", "newPayMonth").await);
    admit_probationary(&w, &admitted, &before_last).await;

    // Act
    let admission_month = w
        .app
        .gql(
            Some(&w.t.token),
            BILL,
            json!({ "i": { "organizationId": w.branch, "line": "PARTY", "month": last } }),
        )
        .await;
    let following = bill(&w, &w.t.token).await;
    let statement = statement(&w, &w.t.token, &w.b.1).await;

    // Assert: an unknown behaviour is refused naming the allowed ones; the month of the branch
    // meeting bills nobody (by statute it would bill 孙二; 钱一's base starts this month), the
    // month after bills both.
    assert_eq!(code(&unknown), Some("VALIDATION"), "{unknown}");
    assert!(
        unknown["errors"][0]["extensions"]["fields"]["params"]
            .as_str()
            .unwrap()
            .contains("monthAfterBranchMeeting"),
        "{unknown}"
    );
    assert_eq!(
        admission_month["data"]["generateDuesBills"]["written"], 0,
        "{admission_month}"
    );
    assert_eq!(
        following["data"]["generateDuesBills"]["written"], 2,
        "{following}"
    );
    let months: Vec<&str> = statement["data"]["duesStatement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["month"].as_str().unwrap())
        .collect();
    assert_eq!(months, vec![this_month().as_str()], "{statement}");
}

#[tokio::test]
async fn a_raise_recorded_after_its_pay_month_was_billed_is_charged_from_that_month_by_a_correction()
 {
    // Arrange: 孙二 (8,000 yuan: 1.5 %, 120 yuan) billed this month; then a raise to 10,000
    // yuan (still 1.5 %: 150 yuan) paid this month is recorded.
    let w = billed_branch().await;
    assert_ok!(bill(&w, &w.t.token).await);

    // Act
    let raised = w
        .app
        .gql(
            Some(&w.t.token),
            "mutation($i: SetDuesBaseInput!) { setDuesBase(input: $i) { fromMonth newPayMonth baseFen } }",
            json!({ "i": { "memberId": w.b.1, "line": "PARTY", "category": "EMPLOYED", "baseFen": 1_000_000, "fromMonth": this_month() } }),
        )
        .await;
    let ledger = w
        .app
        .gql(
            Some(&w.t.token),
            "query($m: ID!) { duesStatement(memberId: $m, line: PARTY) { kind month amountFen note } }",
            json!({ "m": w.b.1 }),
        )
        .await;
    assert_ok!(override_dues_start(&w, "branchMeetingMonth", "monthAfterNewPay").await);
    let shifted = w
        .app
        .gql(
            Some(&w.t.token),
            "mutation($i: SetDuesBaseInput!) { setDuesBase(input: $i) { fromMonth newPayMonth } }",
            json!({ "i": { "memberId": w.a.1, "line": "PARTY", "category": "EMPLOYED", "baseFen": 400_000, "fromMonth": this_month() } }),
        )
        .await;
    let a_ledger = statement(&w, &w.t.token, &w.a.1).await;

    // Assert: the raise applies from its pay month, so this month's bill is topped up by 30
    // yuan, naming the rule; under the tenant's rule a raise paid this month applies next
    // month, and this month's bill stands.
    assert_eq!(
        raised["data"]["setDuesBase"]["fromMonth"],
        this_month(),
        "{raised}"
    );
    assert_eq!(raised["data"]["setDuesBase"]["newPayMonth"], this_month());
    let entries = ledger["data"]["duesStatement"].as_array().unwrap();
    let correction = entries
        .iter()
        .find(|e| e["kind"] == "CORRECTION")
        .unwrap_or_else(|| panic!("{ledger}"));
    assert_eq!(correction["amountFen"], 3_000);
    assert!(
        correction["note"]
            .as_str()
            .unwrap()
            .contains("party.dues.start"),
        "{correction}"
    );
    let next = (tongxin_core::dues::current_month(chrono::Utc::now()) + chrono::Months::new(1))
        .format("%Y-%m")
        .to_string();
    assert_eq!(
        shifted["data"]["setDuesBase"]["fromMonth"], next,
        "{shifted}"
    );
    assert_eq!(shifted["data"]["setDuesBase"]["newPayMonth"], this_month());
    assert!(
        a_ledger["data"]["duesStatement"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["kind"] == "BILL"),
        "{a_ledger}"
    );
}

#[tokio::test]
async fn reading_another_members_dues_is_audited_and_reading_ones_own_is_not() {
    // Arrange
    let w = billed_branch().await;
    bill(&w, &w.t.token).await;
    let bases = "query($m: ID!) { duesBases(memberId: $m) { baseFen } }";

    // Act: the admin reads 钱一's ledger and bases and the arrears; 钱一 reads their own.
    assert_ok!(
        w.app
            .gql(Some(&w.t.token), STATEMENT, json!({ "m": w.a.1 }))
            .await
    );
    assert_ok!(
        w.app
            .gql(Some(&w.t.token), bases, json!({ "m": w.a.1 }))
            .await
    );
    assert_ok!(
        w.app
            .gql(Some(&w.t.token), ARREARS, json!({ "o": w.branch }))
            .await
    );
    assert_ok!(
        w.app
            .gql(Some(&w.a.0), STATEMENT, json!({ "m": w.a.1 }))
            .await
    );
    assert_ok!(w.app.gql(Some(&w.a.0), bases, json!({ "m": w.a.1 })).await);

    // Assert
    let log = w
        .app
        .gql_ok(
            Some(&w.t.token),
            "{ auditLog(first: 50, action: \"dues.read\") { edges { node { action actorName objectId detail } } } }",
            json!({}),
        )
        .await;
    let rows = tongxin_tests::nodes(&log["auditLog"]);
    let a = tongxin_tests::uuid_of(&w.a.1).to_string();
    let reads: Vec<(String, Value)> = rows
        .iter()
        .map(|r| {
            (
                r["action"].as_str().unwrap().to_string(),
                r["objectId"].clone(),
            )
        })
        .collect();
    assert_eq!(rows.len(), 3, "the admin's three reads only: {rows:?}");
    assert!(reads.contains(&("dues.read".into(), json!(a))), "{reads:?}");
    assert!(
        reads.iter().any(|r| r.0 == "dues.read_arrears"),
        "{reads:?}"
    );
    let arrears = rows
        .iter()
        .find(|r| r["action"] == "dues.read_arrears")
        .unwrap();
    let detail: Value = serde_json::from_str(arrears["detail"].as_str().unwrap()).unwrap();
    assert_eq!(
        detail["members"].as_array().map(Vec::len),
        Some(2),
        "both owe this month: {detail}"
    );
}
