//! The working-day calendar against the real server: the national 2026 arrangement counts a
//! deadline across the Spring Festival and its 调休 Saturdays, a tenant's override moves it for
//! that tenant only, only administrators override, and bad input is VALIDATION.

use serde_json::{Value, json};
use tongxin_tests::{TestApp, code};

const DEADLINE: &str =
    "query($f: DateTime!, $n: Int!) { workingDayDeadline(from: $f, workingDays: $n) }";
const YEAR: &str = "query($y: Int!) { workingCalendar(year: $y) { year seeded complete source days { date kind name source overridden nationalKind } } }";
const SET: &str = "mutation($i: SetCalendarDayInput!) { setCalendarDay(input: $i) { date kind name source overridden nationalKind } }";
const RESET: &str =
    "mutation($d: NaiveDate!) { resetCalendarDay(date: $d) { date kind overridden } }";

/// Thursday 12 February 2026, 10:00 in Beijing.
const BEFORE_SPRING: &str = "2026-02-12T02:00:00Z";

async fn deadline(app: &TestApp, token: &str, from: &str, n: i32) -> Value {
    app.gql(Some(token), DEADLINE, json!({ "f": from, "n": n }))
        .await
}

#[tokio::test]
async fn a_deadline_skips_the_spring_festival_and_counts_the_make_up_saturday() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;

    // Act
    let five = deadline(&app, &t.token, BEFORE_SPRING, 5).await;
    let year = app.gql_ok(Some(&t.token), YEAR, json!({ "y": 2026 })).await;
    let next = app.gql_ok(Some(&t.token), YEAR, json!({ "y": 2027 })).await;
    let far = app.gql_ok(Some(&t.token), YEAR, json!({ "y": 2031 })).await;

    // Assert: Fri 13, Sat 14 (worked), 15–23 off, Tue 24, Wed 25, Thu 26.
    assert_eq!(
        five["data"]["workingDayDeadline"], "2026-02-26T02:00:00+00:00",
        "{five}"
    );
    let y = &year["workingCalendar"];
    assert_eq!(y["seeded"], true);
    assert_eq!(y["complete"], true);
    let days = y["days"].as_array().unwrap();
    let saturday = days.iter().find(|d| d["date"] == "2026-02-14").unwrap();
    assert_eq!(saturday["kind"], "WORKDAY");
    assert!(
        saturday["source"]
            .as_str()
            .unwrap()
            .contains("2026年部分节假日安排")
    );
    assert_eq!(days.iter().filter(|d| d["kind"] == "HOLIDAY").count(), 33);
    assert_eq!(next["workingCalendar"]["complete"], false);
    assert_eq!(far["workingCalendar"]["seeded"], false);
    assert!(
        far["workingCalendar"]["days"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_tenants_override_moves_its_own_deadlines_only_and_can_be_reset() {
    // Arrange
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let org = app.create_org(&a.token, None, "集团党委", "PARTY").await;
    let member = app.join(&a.token, &org, "普通成员").await;

    // Act: tenant A rests on Friday 13 February and works Saturday 21st.
    let rest = app
        .gql(
            Some(&a.token),
            SET,
            json!({ "i": { "date": "2026-02-13", "kind": "HOLIDAY", "name": "厂庆放假",
                           "sourceNote": "公司2026年第3号通知" } }),
        )
        .await;
    let refused = app
        .gql(
            Some(&member.0),
            SET,
            json!({ "i": { "date": "2026-02-20", "kind": "HOLIDAY", "name": "x", "sourceNote": "y" } }),
        )
        .await;
    let a_due = deadline(&app, &a.token, BEFORE_SPRING, 5).await;
    let member_due = deadline(&app, &member.0, BEFORE_SPRING, 5).await;
    let b_due = deadline(&app, &b.token, BEFORE_SPRING, 5).await;
    let b_year = app.gql_ok(Some(&b.token), YEAR, json!({ "y": 2026 })).await;
    let b_reset = app
        .gql(Some(&b.token), RESET, json!({ "d": "2026-02-13" }))
        .await;
    let reset = app
        .gql_ok(Some(&a.token), RESET, json!({ "d": "2026-02-13" }))
        .await;
    let after = deadline(&app, &a.token, BEFORE_SPRING, 5).await;

    // Assert
    let day = &rest["data"]["setCalendarDay"];
    assert_eq!(day["kind"], "HOLIDAY", "{rest}");
    assert_eq!(day["overridden"], true);
    assert_eq!(day["nationalKind"], Value::Null);
    assert_eq!(day["source"], "公司2026年第3号通知");
    assert_eq!(code(&refused), Some("FORBIDDEN"));
    assert_eq!(
        a_due["data"]["workingDayDeadline"],
        "2026-02-27T02:00:00+00:00"
    );
    assert_eq!(
        member_due["data"]["workingDayDeadline"],
        "2026-02-27T02:00:00+00:00"
    );
    assert_eq!(
        b_due["data"]["workingDayDeadline"],
        "2026-02-26T02:00:00+00:00"
    );
    let b_days = b_year["workingCalendar"]["days"].as_array().unwrap();
    assert!(b_days.iter().all(|d| d["overridden"] == false));
    assert_eq!(code(&b_reset), Some("NOT_FOUND"));
    assert_eq!(
        reset["resetCalendarDay"],
        Value::Null,
        "a plain Friday again"
    );
    assert_eq!(
        after["data"]["workingDayDeadline"],
        "2026-02-26T02:00:00+00:00"
    );
}

#[tokio::test]
async fn a_regular_override_cancels_a_national_entry() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;

    // Act: the make-up Saturday of 14 February is not worked at this company.
    let set = app
        .gql_ok(
            Some(&t.token),
            SET,
            json!({ "i": { "date": "2026-02-14", "kind": "REGULAR", "name": "不调休",
                           "sourceNote": "本单位实行弹性工作制" } }),
        )
        .await;
    let due = deadline(&app, &t.token, BEFORE_SPRING, 5).await;
    let reset = app
        .gql_ok(Some(&t.token), RESET, json!({ "d": "2026-02-14" }))
        .await;

    // Assert: Fri 13, then 24, 25, 26, 27.
    assert_eq!(set["setCalendarDay"]["nationalKind"], "WORKDAY");
    assert_eq!(
        due["data"]["workingDayDeadline"],
        "2026-02-27T02:00:00+00:00"
    );
    assert_eq!(reset["resetCalendarDay"]["kind"], "WORKDAY");
    assert_eq!(reset["resetCalendarDay"]["overridden"], false);
}

#[tokio::test]
async fn bad_calendar_input_is_validation() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let set = |date: &str, name: &str, note: &str| json!({ "i": { "date": date, "kind": "HOLIDAY", "name": name, "sourceNote": note } });

    // Act
    let answers = vec![
        deadline(&app, &t.token, BEFORE_SPRING, 0).await,
        deadline(&app, &t.token, BEFORE_SPRING, 367).await,
        deadline(&app, &t.token, "1900-01-01T00:00:00Z", 5).await,
        app.gql(Some(&t.token), YEAR, json!({ "y": 99999 })).await,
        app.gql(Some(&t.token), SET, set("1999-12-31", "x", "y"))
            .await,
        app.gql(Some(&t.token), SET, set("2026-03-02", "", "y"))
            .await,
        app.gql(
            Some(&t.token),
            SET,
            set("2026-03-02", &"长".repeat(51), "y"),
        )
        .await,
        app.gql(Some(&t.token), SET, set("2026-03-02", "x", ""))
            .await,
    ];

    // Assert
    for a in &answers {
        assert_eq!(code(a), Some("VALIDATION"), "{a}");
    }
}
