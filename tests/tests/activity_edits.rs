//! Editing a published activity and listing activities by window: a new time or place is
//! told to the registrants, more places promote the waitlist in order (and never overbook
//! under parallel registrations), fewer places than taken, a started activity, hostile input
//! and people who do not run it are refused; a calendar window lists what runs in it.

use crate::activities::{activity, create, field_error, form, register, with};
use crate::votes::world;
use chrono::{Duration, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{TestApp, assert_ok, code, wait_until};

const UPDATE: &str = "mutation($i: UpdateActivityInput!) { updateActivity(input: $i) { activity { id title place capacity startsAt registeredCount waitlistedCount } } }";
const WINDOW: &str = "query($o: ID, $f: DateTime, $t: DateTime) { activities(orgId: $o, from: $f, to: $t) { id title } }";

/// The editable part of `form(org, starts_in)` for `activity`, with `extra` on top.
fn edit(id: &str, starts_in: Duration, extra: Value) -> Value {
    let starts = Utc::now() + starts_in;
    with(
        json!({
            "activityId": id,
            "title": "社区环境整治志愿服务",
            "description": "请穿运动鞋",
            "place": "幸福里社区服务中心",
            "startsAt": starts.to_rfc3339(),
            "endsAt": (starts + Duration::hours(2)).to_rfc3339(),
        }),
        extra,
    )
}

async fn update(app: &TestApp, token: &str, input: Value) -> Value {
    app.gql(Some(token), UPDATE, json!({ "i": input })).await
}

#[tokio::test]
async fn a_new_place_is_told_to_the_registrants_and_more_places_promote_the_waitlist_in_order() {
    // Arrange
    let w = world().await;
    let starts_in = Duration::days(3);
    let id = create(
        &w.app,
        &w.officer.0,
        with(form(&w.branch, starts_in), json!({ "capacity": 1 })),
    )
    .await;
    for who in &w.voters[..3] {
        assert_ok!(register(&w.app, &who.0, &id, json!([])).await);
    }

    // Act
    let edited = assert_ok!(
        update(
            &w.app,
            &w.officer.0,
            edit(
                &id,
                starts_in,
                json!({ "place": "街道文化站", "capacity": 2 })
            ),
        )
        .await
    );

    // Assert
    let a = &edited["updateActivity"]["activity"];
    assert_eq!(a["place"], "街道文化站");
    assert_eq!(a["registeredCount"], 2);
    assert_eq!(a["waitlistedCount"], 1);
    let second = assert_ok!(activity(&w.app, &w.voters[1].0, &id).await);
    assert_eq!(second["activity"]["myRegistration"]["status"], "REGISTERED");
    let third = assert_ok!(activity(&w.app, &w.voters[2].0, &id).await);
    assert_eq!(third["activity"]["myRegistration"]["status"], "WAITLISTED");
    assert_eq!(third["activity"]["myRegistration"]["waitlistPosition"], 1);
    for who in [&w.voters[0], &w.voters[2]] {
        wait_until(
            std::time::Duration::from_secs(5),
            "the change notification",
            || async {
                w.app.notifications(&who.0).await.iter().any(|n| {
                    n["kind"] == "ACTIVITY"
                        && n["title"].as_str().unwrap_or("").contains("活动变更")
                        && n["body"].as_str().unwrap_or("").contains("街道文化站")
                })
            },
        )
        .await;
    }
    wait_until(
        std::time::Duration::from_secs(5),
        "the promoted member's notification",
        || async {
            w.app
                .notifications(&w.voters[1].0)
                .await
                .iter()
                .any(|n| n["title"].as_str().unwrap_or("").contains("候补成功"))
        },
    )
    .await;
}

#[tokio::test]
async fn more_places_during_parallel_registrations_never_overbook() {
    // Arrange
    let w = world().await;
    let starts_in = Duration::days(3);
    // Members join before publishing: the audience is frozen then.
    let mut people = vec![];
    for i in 0..10 {
        people.push(
            w.app
                .join(&w.t.token, &w.branch, &format!("报名者{i:02}"))
                .await,
        );
    }
    let id = create(
        &w.app,
        &w.officer.0,
        with(form(&w.branch, starts_in), json!({ "capacity": 5 })),
    )
    .await;

    // Act
    let registrations = people
        .iter()
        .map(|(token, _)| register(&w.app, token, &id, json!([])));
    let (answers, edited) = futures::join!(
        join_all(registrations),
        update(
            &w.app,
            &w.officer.0,
            edit(&id, starts_in, json!({ "capacity": 8 }))
        ),
    );

    // Assert
    assert_ok!(edited);
    for a in &answers {
        assert_ok!(a.clone());
    }
    let view = assert_ok!(activity(&w.app, &w.officer.0, &id).await);
    assert_eq!(view["activity"]["registeredCount"], 8, "{view}");
    assert_eq!(view["activity"]["waitlistedCount"], 2, "{view}");
}

#[tokio::test]
async fn fewer_places_than_taken_a_started_activity_hostile_text_and_non_organisers_are_refused() {
    // Arrange
    let w = world().await;
    let starts_in = Duration::days(2);
    let id = create(
        &w.app,
        &w.officer.0,
        with(form(&w.branch, starts_in), json!({ "capacity": 5 })),
    )
    .await;
    for who in &w.voters[..2] {
        assert_ok!(register(&w.app, &who.0, &id, json!([])).await);
    }
    let started = create(
        &w.app,
        &w.officer.0,
        form(&w.branch, Duration::seconds(-20)),
    )
    .await;
    let stranger = w.app.sign_up().await;

    // Act
    let too_few = update(
        &w.app,
        &w.officer.0,
        edit(&id, starts_in, json!({ "capacity": 1 })),
    )
    .await;
    let nul = update(
        &w.app,
        &w.officer.0,
        edit(&id, starts_in, json!({ "title": "志愿\u{0}服务" })),
    )
    .await;
    let backwards = update(
        &w.app,
        &w.officer.0,
        edit(
            &id,
            starts_in,
            json!({ "endsAt": (Utc::now() + Duration::days(1)).to_rfc3339() }),
        ),
    )
    .await;
    let after_start = update(
        &w.app,
        &w.officer.0,
        edit(&started, Duration::days(1), json!({})),
    )
    .await;
    let by_member = update(&w.app, &w.voters[0].0, edit(&id, starts_in, json!({}))).await;
    let by_stranger = update(&w.app, &stranger.token, edit(&id, starts_in, json!({}))).await;
    let by_officer = update(
        &w.app,
        &w.officer.0,
        edit(&id, starts_in, json!({ "capacity": 2 })),
    )
    .await;

    // Assert
    assert!(field_error(&too_few, "capacity").contains("不能少于 2"));
    field_error(&nul, "title");
    field_error(&backwards, "endsAt");
    assert_eq!(code(&after_start), Some("CONFLICT"), "{after_start}");
    assert_eq!(code(&by_member), Some("NOT_FOUND"), "{by_member}");
    assert_eq!(code(&by_stranger), Some("NOT_FOUND"), "{by_stranger}");
    let ok = assert_ok!(by_officer);
    assert_eq!(ok["updateActivity"]["activity"]["capacity"], 2);
    let unchanged = assert_ok!(activity(&w.app, &w.officer.0, &id).await);
    assert_eq!(unchanged["activity"]["title"], "社区环境整治志愿服务");
}

#[tokio::test]
async fn a_window_lists_the_activities_running_in_it_and_a_bad_window_is_a_validation_error() {
    // Arrange
    let w = world().await;
    let soon = create(&w.app, &w.officer.0, form(&w.branch, Duration::days(3))).await;
    let later = create(&w.app, &w.officer.0, form(&w.branch, Duration::days(40))).await;
    let now = Utc::now();
    let window = |days: i64| json!({ "o": w.branch, "f": now.to_rfc3339(), "t": (now + Duration::days(days)).to_rfc3339() });

    // Act
    let member_ten_days = w
        .app
        .gql(
            Some(&w.voters[0].0),
            WINDOW,
            json!({ "f": now.to_rfc3339(), "t": (now + Duration::days(10)).to_rfc3339() }),
        )
        .await;
    let org_sixty_days = w.app.gql(Some(&w.officer.0), WINDOW, window(60)).await;
    let too_long = w.app.gql(Some(&w.officer.0), WINDOW, window(63)).await;
    let half = w
        .app
        .gql(Some(&w.officer.0), WINDOW, json!({ "f": now.to_rfc3339() }))
        .await;

    // Assert
    let ids = |v: &Value| -> Vec<String> {
        v["data"]["activities"]
            .as_array()
            .unwrap_or_else(|| panic!("{v}"))
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&member_ten_days), vec![soon.clone()]);
    assert_eq!(ids(&org_sixty_days), vec![soon, later]);
    field_error(&too_long, "to");
    field_error(&half, "to");
}

const PAGE: &str = "query($o: ID, $p: Boolean!, $f: Int!, $a: ID) { activities(orgId: $o, past: $p, first: $f, after: $a) { id } }";

#[tokio::test]
async fn pages_after_the_last_activity_shown_list_every_upcoming_one_once_in_order() {
    // Arrange: seven activities, two of them at the same moment.
    let w = world().await;
    let base = Utc::now();
    let mut made = vec![];
    for days in [5, 1, 3, 3, 9, 2, 7] {
        let starts = base + Duration::days(days);
        let input = with(
            form(&w.branch, Duration::days(days)),
            json!({ "startsAt": starts.to_rfc3339(), "endsAt": (starts + Duration::hours(2)).to_rfc3339() }),
        );
        made.push((days, create(&w.app, &w.officer.0, input).await));
    }
    let page = |token: String, org: Option<String>, after: Option<String>| {
        let app = &w.app;
        async move {
            let v = app
                .gql(
                    Some(&token),
                    PAGE,
                    json!({ "o": org, "p": false, "f": 3, "a": after }),
                )
                .await;
            v["data"]["activities"]
                .as_array()
                .unwrap_or_else(|| panic!("{v}"))
                .iter()
                .map(|a| a["id"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        }
    };

    // Act: as a member (no org) and as the officer over the branch, three at a time.
    let mut seen = vec![];
    for (token, org) in [
        (w.voters[0].0.clone(), None),
        (w.officer.0.clone(), Some(w.branch.clone())),
    ] {
        let mut all: Vec<String> = vec![];
        loop {
            let next = page(token.clone(), org.clone(), all.last().cloned()).await;
            let done = next.len() < 3;
            all.extend(next);
            if done {
                break;
            }
        }
        seen.push(all);
    }
    let garbage = w
        .app
        .gql(
            Some(&w.officer.0),
            PAGE,
            json!({ "p": false, "f": 3, "a": "not-an-id" }),
        )
        .await;

    // Assert: soonest first, each once.
    made.sort_by_key(|(days, _)| *days);
    for all in &seen {
        assert_eq!(all.len(), 7, "{all:?}");
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 7, "{all:?}");
        let order: Vec<i64> = all
            .iter()
            .map(|id| made.iter().find(|(_, m)| m == id).unwrap().0)
            .collect();
        assert!(order.windows(2).all(|p| p[0] <= p[1]), "{order:?}");
    }
    assert!(
        matches!(code(&garbage), Some("VALIDATION") | Some("NOT_FOUND")),
        "{garbage}"
    );
}
