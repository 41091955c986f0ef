//! Stage history for everyone in the party line, so that the 发展党员 board and the dashboard
//! count the same people: full members' whole road, and for those still on it the stages
//! behind them and the one they are at, with contacts and introducers and two open steps.

use super::{Demo, store};
use crate::{
    App, AppResult,
    pipeline::{
        self,
        rules::{Stage, Step},
    },
};
use chrono::{Duration, Months, NaiveDate};
use rand::{RngExt, rngs::StdRng};

/// A member's road so far, oldest stage first; the last is where they are.
fn road(rng: &mut StdRng, status: &str, age: i32, today: NaiveDate) -> Vec<(Stage, NaiveDate)> {
    let days = Duration::days;
    match status {
        "FULL_MEMBER" => {
            let years = i64::from((age - 23).max(1));
            let full = today - days(rng.random_range(365..=years * 365 + 300));
            let admitted = full - days(rng.random_range(0..30)) - Months::new(12);
            let mut road = up_to(rng, Stage::Probationary, admitted);
            road.push((Stage::FullMember, full));
            road
        }
        _ => {
            let (stage, back) = match status {
                "PROBATIONARY" => (Stage::Probationary, rng.random_range(20..340)),
                "DEVELOPMENT_TARGET" => (Stage::DevelopmentTarget, rng.random_range(15..160)),
                "ACTIVIST" => (Stage::Activist, rng.random_range(40..560)),
                "APPLICANT" => (Stage::Applicant, rng.random_range(7..330)),
                _ => return Vec::new(),
            };
            up_to(rng, stage, today - days(back))
        }
    }
}

/// The stages up to `stage` reached on `on`, each dated back from the next by the durations
/// the rules ask for and a little more, as a branch would take.
fn up_to(rng: &mut StdRng, stage: Stage, on: NaiveDate) -> Vec<(Stage, NaiveDate)> {
    let days = Duration::days;
    let mut road = vec![(stage, on)];
    let (mut stage, mut on) = (stage, on);
    loop {
        (stage, on) = match stage {
            Stage::Probationary => (
                Stage::DevelopmentTarget,
                on - days(rng.random_range(60..200)),
            ),
            Stage::DevelopmentTarget => (
                Stage::Activist,
                on - days(rng.random_range(0..240)) - Months::new(12),
            ),
            Stage::Activist => (Stage::Applicant, on - days(rng.random_range(60..300))),
            _ => break,
        };
        road.push((stage, on));
    }
    road.reverse();
    road
}

pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let today = super::today();
    let mut roads: Vec<Vec<(Stage, NaiveDate)>> = demo
        .people
        .iter()
        .map(|p| road(rng, p.status, p.age, today))
        .collect();
    // The first activist has trained for over a year (their branch proposes them as a
    // development target below); a probationary member of the second branch is due for 转正.
    let first = |status: &str| (0..demo.people.len()).find(|&i| demo.people[i].status == status);
    let first_activist = first("ACTIVIST");
    if let Some(i) = first_activist {
        roads[i] = up_to(rng, Stage::Activist, today - Duration::days(430));
    }
    if let Some(&i) = demo.in_branch(1, &["PROBATIONARY"]).first() {
        roads[i] = up_to(rng, Stage::Probationary, today - Duration::days(380));
    }

    // What happened before the demo's records began, in one statement: everything but the
    // stage the members in the pipeline are at now.
    let mut past = Vec::new();
    for (i, road) in roads.iter().enumerate() {
        let keep = if demo.people[i].status == "FULL_MEMBER" {
            road.len()
        } else {
            road.len().saturating_sub(1)
        };
        for (stage, on) in &road[..keep] {
            past.push(store::PastStage {
                member: demo.people[i].id,
                stage: stage.code(),
                started_on: *on,
            });
        }
    }
    let mut tx = app.db.begin_tenant(&demo.admin).await?;
    store::insert_stages(&mut tx, &past, demo.admin_id).await?;
    tx.commit().await?;

    // The stage each one is at now, recorded by their branch (补录): this also schedules the
    // thought reports still ahead of the activists.
    for (i, road) in roads.iter().enumerate() {
        let p = &demo.people[i];
        if p.status == "FULL_MEMBER" {
            continue;
        }
        if let Some(&(stage, on)) = road.last() {
            pipeline::record_stage(&demo.branch_ctx(p.unit), app, p.id, stage, on).await?;
        }
    }

    // 培养联系人 for most activists, and introducers for most development targets; always for
    // the two whose steps are proposed below.
    let first_target = first("DEVELOPMENT_TARGET");
    for branch in 0..demo.branches.len() {
        let ctx = demo.branch_ctx(branch);
        let full = demo.in_branch(branch, &["FULL_MEMBER"]);
        if full.len() < 2 {
            continue;
        }
        for i in demo.in_branch(branch, &["ACTIVIST", "DEVELOPMENT_TARGET"]) {
            let p = &demo.people[i];
            let chosen = Some(i) == first_activist || Some(i) == first_target;
            if !chosen && rng.random_range(0..10) < 2 {
                continue;
            }
            let k = rng.random_range(0..full.len());
            let (a, b) = (
                demo.people[full[k]].id,
                demo.people[full[(k + 1) % full.len()]].id,
            );
            pipeline::set_contact(&ctx, app, p.id, a, false, true).await?;
            if p.status == "DEVELOPMENT_TARGET" {
                pipeline::set_contact(&ctx, app, p.id, a, true, true).await?;
                pipeline::set_contact(&ctx, app, p.id, b, true, true).await?;
            } else if rng.random_range(0..2) == 0 {
                pipeline::set_contact(&ctx, app, p.id, b, false, true).await?;
            }
        }
    }

    // Two open steps for the board's 公示与审批: a development target in publicity before
    // admission, and an activist awaiting the committee's decision.
    for (who, step, note) in [
        (
            first_target,
            Stage::Probationary,
            "经支部党员大会讨论，同意接收为预备党员",
        ),
        (
            first_activist,
            Stage::DevelopmentTarget,
            "经支部委员会研究，同意列为发展对象",
        ),
    ] {
        if let Some(i) = who {
            let p = &demo.people[i];
            pipeline::propose(
                &demo.branch_ctx(p.unit),
                app,
                p.id,
                Step::To(step),
                today,
                Some(note),
                None,
            )
            .await?;
        }
    }
    Ok(())
}
