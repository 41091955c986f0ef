//! Organisation relationship transfers against the real server: a member moves to another
//! tenant by letter and code, with a receipt, only the named data crossing, the old record
//! closed (roles, positions and sessions ended) and both sides audited; double letters,
//! expired letters, double membership and unknown codes are refused; inside a tenant the
//! member moves between branches; other tenants see nothing; the months paid where the member
//! came from are not billed again; letters only for those who hold the relationship.

use serde_json::{Value, json};
use tongxin_tests::{PASSWORD, Tenant, TestApp, code, tenant_id_of, unique_slug, uuid_of};

const ISSUE: &str = "mutation($i: IssueTransferLetterInput!) { issueTransferLetter(input: $i) { id code status validUntil duesPaidThrough crossing } }";
const ACCEPT: &str = "mutation($i: AcceptTransferLetterInput!) { acceptTransferLetter(input: $i) { member { id name } } }";
const LETTERS: &str = "{ transferLetters { id memberName status receipt } }";
const MEMBER: &str =
    "query($id: ID!) { node(id: $id) { ... on Member { status partyOrganization { name } } } }";

/// Two tenants, each with a branch; in the first a full party member with a stage history,
/// a position and a phone number.
struct World {
    app: TestApp,
    a: Tenant,
    b: Tenant,
    a_branch: String,
    b_branch: String,
    email: String,
    person: (String, String),
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let a_branch = app
        .create_org_of(&a.token, None, "甲公司第一党支部", "PARTY", "PARTY_BRANCH")
        .await;
    let b_branch = app
        .create_org_of(&b.token, None, "乙公司机关党支部", "PARTY", "PARTY_BRANCH")
        .await;
    let email = format!("mover@{}.cn", unique_slug());
    let person = app.join_as(&a.token, &a_branch, &email, "陈转接").await;
    app.update_member(
        &a.token,
        &person.1,
        json!({ "name": "陈转接", "politicalStatus": "FULL_MEMBER", "phone": "13800001111" }),
    )
    .await;
    app.gql_ok(
        Some(&a.token),
        "mutation($i: RecordMemberStageInput!) { recordMemberStage(input: $i) { stage } }",
        json!({ "i": { "memberId": person.1, "stage": "FULL_MEMBER", "startedOn": "2020-07-01" } }),
    )
    .await;
    app.assign_position(&a.token, &a_branch, &person.1, "组织委员", "2025-01-01")
        .await;
    World {
        app,
        a,
        b,
        a_branch,
        b_branch,
        email,
        person,
    }
}

async fn issue(w: &World) -> Value {
    w.app
        .gql(
            Some(&w.a.token),
            ISSUE,
            json!({ "i": { "memberId": w.person.1, "line": "PARTY", "destination": "乙公司机关党委" } }),
        )
        .await
}

fn letter_code(body: &Value) -> String {
    body["data"]["issueTransferLetter"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_string()
}

async fn accept(w: &World, token: &str, code: &str, org: &str) -> Value {
    w.app
        .gql(
            Some(token),
            ACCEPT,
            json!({ "i": { "code": code, "orgId": org } }),
        )
        .await
}

async fn audit_actions(app: &TestApp, token: &str) -> Vec<String> {
    let body = app
        .gql(
            Some(token),
            "{ auditLog(first: 50, action: \"transfer.\") { edges { node { action } } } auditChainBreak }",
            json!({}),
        )
        .await;
    assert!(
        body["data"]["auditChainBreak"].is_null(),
        "chain intact: {body}"
    );
    body["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|e| e["node"]["action"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_member_moves_to_another_tenant_with_a_receipt_and_the_old_record_closes() {
    // Arrange
    let w = world().await;
    let issued = issue(&w).await;
    let letter_code = letter_code(&issued);

    // Act
    let preview = w
        .app
        .gql(
            Some(&w.b.token),
            "query($c: String!) { transferLetterByCode(code: $c) { fromTenantName memberName status crossing } }",
            json!({ "c": letter_code.to_lowercase().replace('-', " ") }),
        )
        .await;
    let accepted = accept(&w, &w.b.token, &letter_code, &w.b_branch).await;
    let letters = w.app.gql(Some(&w.a.token), LETTERS, json!({})).await;
    let old = w
        .app
        .gql(Some(&w.a.token), MEMBER, json!({ "id": w.person.1 }))
        .await;
    let old_session = w
        .app
        .gql(Some(&w.person.0), "{ viewer { member { id } } }", json!({}))
        .await;
    let old_grants = w
        .app
        .gql(
            Some(&w.a.token),
            "query($m: ID) { grants(memberId: $m) { role } }",
            json!({ "m": w.person.1 }),
        )
        .await;
    let login = w
        .app
        .gql(
            None,
            "mutation($i: LogInInput!) { logIn(input: $i) { token viewer { member { id name politicalStatus } } } }",
            json!({ "i": { "email": w.email, "password": PASSWORD, "tenantSlug": w.b.slug } }),
        )
        .await;

    // Assert: what crossed is what the rule names (no phone), with the stage history.
    let l = &issued["data"]["issueTransferLetter"];
    assert_eq!(l["status"], "ISSUED", "{issued}");
    let crossing = &l["crossing"];
    assert_eq!(crossing["name"], "陈转接");
    assert_eq!(crossing["politicalStatus"], "FULL_MEMBER");
    assert_eq!(crossing["stages"][0]["startedOn"], "2020-07-01");
    assert!(crossing.get("phone").is_none(), "{crossing}");
    let p = &preview["data"]["transferLetterByCode"];
    assert_eq!(p["memberName"], "陈转接", "{preview}");
    assert!(
        p["fromTenantName"]
            .as_str()
            .unwrap()
            .starts_with("测试企业")
    );
    let received = &accepted["data"]["acceptTransferLetter"]["member"];
    assert_eq!(received["name"], "陈转接", "{accepted}");
    assert_ne!(
        received["id"],
        w.person.1.as_str(),
        "a new membership in the new tenant"
    );
    let letter = &letters["data"]["transferLetters"][0];
    assert_eq!(letter["status"], "ACCEPTED", "{letters}");
    assert_eq!(letter["receipt"]["org"], "乙公司机关党支部");
    assert_eq!(
        old["data"]["node"]["status"], "DISABLED",
        "closed, not deleted: {old}"
    );
    assert!(
        old_session["data"].is_null() || old_session["errors"].is_array(),
        "{old_session}"
    );
    assert_eq!(
        old_grants["data"]["grants"].as_array().map(Vec::len),
        Some(0),
        "{old_grants}"
    );
    let me = &login["data"]["logIn"]["viewer"]["member"];
    assert_eq!(me["politicalStatus"], "FULL_MEMBER", "{login}");
    let history = w
        .app
        .gql(
            Some(login["data"]["logIn"]["token"].as_str().unwrap()),
            "query($m: ID!) { memberPipeline(memberId: $m) { stages { stage startedOn } } }",
            json!({ "m": me["id"] }),
        )
        .await;
    assert_eq!(
        history["data"]["memberPipeline"]["stages"][0]["startedOn"], "2020-07-01",
        "{history}"
    );
    assert!(
        audit_actions(&w.app, &w.a.token)
            .await
            .contains(&"transfer.out".to_string())
    );
    assert!(
        audit_actions(&w.app, &w.b.token)
            .await
            .contains(&"transfer.in".to_string())
    );
}

#[tokio::test]
async fn double_letters_expired_letters_unknown_codes_and_double_membership_are_refused() {
    // Arrange
    let w = world().await;
    let first = issue(&w).await;
    let first_code = letter_code(&first);

    // Act
    let second = issue(&w).await;
    let unknown = accept(&w, &w.b.token, "AAAA-BBBB-CCCC", &w.b_branch).await;
    let ctx = tongxin_core::Ctx::for_tests(tenant_id_of(&w.app, &w.a).await);
    let mut tx = w.app.app.db.begin_tenant(&ctx).await.unwrap();
    sqlx::query(
        "update transfer_letter set valid_until = now() - interval '1 second' where id = $1",
    )
    .bind(uuid_of(
        first["data"]["issueTransferLetter"]["id"].as_str().unwrap(),
    ))
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let expired = accept(&w, &w.b.token, &first_code, &w.b_branch).await;
    let cancel = w
        .app
        .gql(
            Some(&w.a.token),
            "mutation($i: CancelTransferLetterInput!) { cancelTransferLetter(input: $i) { status } }",
            json!({ "i": { "letterId": first["data"]["issueTransferLetter"]["id"] } }),
        )
        .await;
    let fresh = letter_code(&issue(&w).await);
    // The person already belongs to the receiving tenant.
    w.app
        .join_as(&w.b.token, &w.b_branch, &w.email, "陈转接")
        .await;
    let double = accept(&w, &w.b.token, &fresh, &w.b_branch).await;
    let still = w
        .app
        .gql(Some(&w.a.token), MEMBER, json!({ "id": w.person.1 }))
        .await;

    // Assert
    assert_eq!(code(&second), Some("CONFLICT"), "{second}");
    assert_eq!(code(&unknown), Some("VALIDATION"), "{unknown}");
    assert_eq!(code(&expired), Some("VALIDATION"), "{expired}");
    assert!(expired.to_string().contains("有效期"), "{expired}");
    assert!(cancel["errors"].is_null(), "{cancel}");
    assert_eq!(code(&double), Some("CONFLICT"), "{double}");
    assert_eq!(
        still["data"]["node"]["status"], "ACTIVE",
        "a refused transfer changes nothing: {still}"
    );
}

#[tokio::test]
async fn inside_a_tenant_the_member_moves_between_branches_and_other_tenants_see_no_letters() {
    // Arrange
    let w = world().await;
    let second_branch = w
        .app
        .create_org_of(
            &w.a.token,
            None,
            "甲公司第二党支部",
            "PARTY",
            "PARTY_BRANCH",
        )
        .await;
    let letter = letter_code(&issue(&w).await);
    let outsider = w.app.sign_up().await;

    // Act
    let foreign_list = w.app.gql(Some(&outsider.token), LETTERS, json!({})).await;
    let by_member = accept(&w, &w.person.0, &letter, &second_branch).await;
    let moved = accept(&w, &w.a.token, &letter, &second_branch).await;
    let now = w
        .app
        .gql(Some(&w.a.token), MEMBER, json!({ "id": w.person.1 }))
        .await;

    // Assert
    assert_eq!(
        foreign_list["data"]["transferLetters"]
            .as_array()
            .map(Vec::len),
        Some(0),
        "{foreign_list}"
    );
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(
        moved["data"]["acceptTransferLetter"]["member"]["id"],
        w.person.1.as_str(),
        "{moved}"
    );
    assert_eq!(now["data"]["node"]["status"], "ACTIVE");
    assert_eq!(
        now["data"]["node"]["partyOrganization"]["name"], "甲公司第二党支部",
        "{now}"
    );
    let _ = w.a_branch;
}

/// The first day of the month `back` months before this one, as `YYYY-MM`.
fn month_back(back: u32) -> String {
    let this = tongxin_core::dues::current_month(chrono::Utc::now());
    this.checked_sub_months(chrono::Months::new(back))
        .unwrap()
        .format("%Y-%m")
        .to_string()
}

async fn set_base(app: &TestApp, token: &str, member: &str, from: &str) {
    app.gql_ok(
        Some(token),
        "mutation($i: SetDuesBaseInput!) { setDuesBase(input: $i) { id } }",
        json!({ "i": { "memberId": member, "line": "PARTY", "category": "EMPLOYED", "baseFen": 300_000, "fromMonth": from } }),
    )
    .await;
}

async fn bill(app: &TestApp, token: &str, org: &str, month: &str) -> i64 {
    app.gql_ok(
        Some(token),
        "mutation($i: GenerateDuesBillsInput!) { generateDuesBills(input: $i) { written } }",
        json!({ "i": { "organizationId": org, "line": "PARTY", "month": month } }),
    )
    .await["generateDuesBills"]["written"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn a_month_paid_before_the_transfer_is_not_billed_again_in_the_receiving_tenant() {
    // Arrange: in the first tenant the member is billed last month and pays it.
    let w = world().await;
    let (paid, next) = (month_back(1), month_back(0));
    set_base(&w.app, &w.a.token, &w.person.1, &paid).await;
    assert_eq!(bill(&w.app, &w.a.token, &w.a_branch, &paid).await, 1);
    let owed = w
        .app
        .gql_ok(
            Some(&w.a.token),
            "query($m: ID!) { duesStatement(memberId: $m, line: PARTY) { amountFen } }",
            json!({ "m": w.person.1 }),
        )
        .await["duesStatement"][0]["amountFen"]
        .clone();
    w.app
        .gql_ok(
            Some(&w.a.token),
            "mutation($i: RecordDuesPaymentInput!) { recordDuesPayment(input: $i) { id } }",
            json!({ "i": { "memberId": w.person.1, "line": "PARTY", "month": paid, "amountFen": owed, "method": "CASH" } }),
        )
        .await;
    let issued = issue(&w).await;
    assert_eq!(
        issued["data"]["issueTransferLetter"]["duesPaidThrough"], paid,
        "{issued}"
    );
    let accepted = accept(&w, &w.b.token, &letter_code(&issued), &w.b_branch).await;
    let member = accepted["data"]["acceptTransferLetter"]["member"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{accepted}"))
        .to_string();
    set_base(&w.app, &w.b.token, &member, &paid).await;

    // Act: the receiving tenant bills the paid month and the next.
    let written_paid = bill(&w.app, &w.b.token, &w.b_branch, &paid).await;
    let written_next = bill(&w.app, &w.b.token, &w.b_branch, &next).await;
    let ledger = w
        .app
        .gql_ok(
            Some(&w.b.token),
            "query($m: ID!) { duesStatement(memberId: $m, line: PARTY) { kind month }
               duesStanding(memberId: $m, line: PARTY) { paidThrough fromTenantName }
               union: duesStanding(memberId: $m, line: UNION) { paidThrough } }",
            json!({ "m": member }),
        )
        .await;

    // Assert: only the next month is billed, and the ledger says where the standing came from.
    assert_eq!((written_paid, written_next), (0, 1));
    assert_eq!(
        ledger["duesStatement"],
        json!([{ "kind": "BILL", "month": next }])
    );
    assert_eq!(ledger["duesStanding"]["paidThrough"], paid);
    assert!(
        ledger["duesStanding"]["fromTenantName"]
            .as_str()
            .unwrap()
            .starts_with("测试企业"),
        "{ledger}"
    );
    assert_eq!(
        ledger["union"],
        Value::Null,
        "nothing brought on another line"
    );
    let outsider = w
        .app
        .gql(
            Some(&w.a.token),
            "query($m: ID!) { duesStanding(memberId: $m, line: PARTY) { paidThrough } }",
            json!({ "m": member }),
        )
        .await;
    assert_eq!(code(&outsider), Some("NOT_FOUND"), "{outsider}");
}

#[tokio::test]
async fn letters_are_refused_to_members_who_do_not_hold_the_relationship_on_the_line() {
    // Arrange: a 群众 in a party branch and in a league branch of the first tenant.
    let w = world().await;
    let youth = w
        .app
        .create_org_of(&w.a.token, None, "甲公司团支部", "YOUTH", "YOUTH_BRANCH")
        .await;
    let masses = w.app.join(&w.a.token, &w.a_branch, "王群众").await.1;
    w.app
        .place(&w.a.token, &masses, &[&w.a_branch, &youth])
        .await;
    let letter = |member: &str, line: &str| {
        let input = json!({ "i": { "memberId": member, "line": line, "destination": "乙公司" } });
        let app = &w.app;
        let token = w.a.token.clone();
        async move { app.gql(Some(&token), ISSUE, input).await }
    };

    // Act
    let party = letter(&masses, "PARTY").await;
    let league = letter(&masses, "YOUTH").await;
    let full_member = letter(&w.person.1, "PARTY").await;

    // Assert: refused naming the reason; the full party member's letter is issued.
    for (body, reason) in [(&party, "预备党员和正式党员"), (&league, "共青团员")] {
        assert_eq!(code(body), Some("VALIDATION"), "{body}");
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(
            message.contains(reason) && message.contains("群众"),
            "{message}"
        );
    }
    assert_eq!(
        full_member["data"]["issueTransferLetter"]["status"], "ISSUED",
        "{full_member}"
    );
}
