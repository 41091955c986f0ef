//! The demo tenant `make run` seeds once, so that a first visitor finds an enterprise that has
//! been using Tongxin for a while: a party committee with branches and groups, a union, a
//! league committee, departments and a grid; about 200 members with Chinese names, officers in
//! position and a stage history that matches everyone's political status; a year of dues bills
//! and payments with some arrears; meetings held (with check-ins and minutes) and to come;
//! notices part-acknowledged; chat groups with recent messages; points earned by attendance and
//! adoption, a manual award and an appeal waiting for the secretary; a study plan of the first
//! branch with some members part-way through it; a bank of 党章 and 党史 questions and an open
//! branch quiz two members have taken; a finished 知识竞赛 of the committee with its leaderboards
//! and a draft to host; the committee's target ledger of the year over its
//! branches, computed from all of that, with stars; the union's welfare: a 春节 group-buy and a
//! crowdfunding open, last month's group-buy settled, birthday distributions.
//!
//! Everything goes through the services, acting as the member who would do it, except the
//! history no service can write after the fact (dated stage records of the years before,
//! past payments, check-ins and messages); that SQL is in [`store`]. Choices come from one
//! seeded generator and dates are relative to today, so every seed looks alike and fresh.

mod activities;
mod assessment;
mod chat;
mod contests;
mod dues;
mod evaluation;
mod grid;
mod ideas;
mod meetings;
mod notices;
mod pipeline;
mod points;
mod profiles;
mod publicity;
mod publishing;
mod quizzes;
mod roster;
mod store;
mod study;
mod surveys;
mod votes;
mod welfare;
mod whistleblowing;

use crate::{
    Actor, App, AppResult, Ctx,
    identity::{self, ClientInfo},
    system,
};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use rand::{SeedableRng, rngs::StdRng};
use uuid::Uuid;

/// Demo tenant slug.
pub const SLUG: &str = "demo";
/// Demo administrator login.
pub const ADMIN_EMAIL: &str = "admin@demo.tongxin.cn";
/// Demo administrator password.
pub const ADMIN_PASSWORD: &str = "Tongxin2026";
/// A demo branch secretary's login (same password).
pub const SECRETARY_EMAIL: &str = "secretary@demo.tongxin.cn";
/// The demo discipline inspector's login (same password): 纪检委员 of the party committee,
/// who handles its reports (检举控告).
pub const INSPECTOR_EMAIL: &str = "inspector@demo.tongxin.cn";

/// The org tree, the people and who acts, as the later parts of the seed need them.
struct Demo {
    tenant: Uuid,
    /// The administrator (党群工作部).
    admin: Ctx,
    admin_id: Uuid,
    /// The branch vice-secretary who can log in (one of `people`).
    secretary: Ctx,
    secretary_id: Uuid,
    committee: Uuid,
    /// Party branches, one per unit (department).
    branches: Vec<Uuid>,
    union: Uuid,
    /// Union branches, one per unit.
    union_branches: Vec<Uuid>,
    league_branches: Vec<Uuid>,
    /// Departments; unit `i` is department `i` with party branch `i` and union branch `i`.
    departments: Vec<Uuid>,
    /// Everyone placed somewhere but the administrator, in creation order.
    people: Vec<Person>,
    /// Per branch, its officers' indexes in `people`; the 支部书记 first.
    branch_officers: Vec<Vec<usize>>,
    /// The 党委书记 (also 工会主席).
    committee_secretary: Option<usize>,
    /// The 团委书记.
    league_secretary: Option<usize>,
}

/// A member of the demo.
#[derive(Debug, Clone)]
struct Person {
    id: Uuid,
    name: String,
    email: String,
    /// Political status code.
    status: &'static str,
    /// Unit (department, party and union branch) index.
    unit: usize,
    /// League branch index, for league members.
    league_branch: Option<usize>,
    /// Age in years.
    age: i32,
}

impl Demo {
    /// Acts as a seeded member. Most demo members have no account, so there is no session;
    /// the services still check what this member may do, as they would for their request.
    fn as_member(&self, member: Uuid) -> Ctx {
        Ctx {
            tenant_id: self.tenant,
            actor: Actor::Member {
                member_id: member,
                account_id: Uuid::nil(),
                session_id: Uuid::nil(),
            },
            request_id: "seed-demo".into(),
            ip: None,
        }
    }

    /// Acts as a person of `people`; the secretary with their real session.
    fn as_person(&self, i: usize) -> Ctx {
        let id = self.people[i].id;
        if id == self.secretary_id {
            self.secretary.clone()
        } else {
            self.as_member(id)
        }
    }

    /// Acts for a branch: as its 支部书记, or for the first branch as the vice-secretary who
    /// can log in, so that the visitor finds that branch's records kept by themselves.
    fn branch_ctx(&self, branch: usize) -> Ctx {
        match (branch, self.branch_officers[branch].first()) {
            (0, _) | (_, None) => self.secretary.clone(),
            (_, Some(&i)) => self.as_person(i),
        }
    }

    /// Indexes in `people` of the given ids, in `people`'s order (the database returns ids in
    /// no order that survives a re-seed; choosing from this keeps the seed deterministic).
    fn indexes_of(&self, ids: &[Uuid]) -> Vec<usize> {
        let wanted: std::collections::HashSet<Uuid> = ids.iter().copied().collect();
        (0..self.people.len())
            .filter(|i| wanted.contains(&self.people[*i].id))
            .collect()
    }

    /// People of a political status placed in a unit's party branch.
    fn in_branch(&self, branch: usize, statuses: &[&str]) -> Vec<usize> {
        (0..self.people.len())
            .filter(|i| {
                let p = &self.people[*i];
                p.unit == branch && statuses.contains(&p.status) && is_party_placed(p.status)
            })
            .collect()
    }
}

/// Whether a status is kept by a party branch (members and everyone in the entry pipeline).
fn is_party_placed(status: &str) -> bool {
    matches!(
        status,
        "FULL_MEMBER" | "PROBATIONARY" | "DEVELOPMENT_TARGET" | "ACTIVIST" | "APPLICANT"
    )
}

/// Today in China, where the demo enterprise is.
fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

/// A Beijing wall-clock time on a day, in UTC.
fn at(day: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    let naive = day
        .and_hms_opt(hour, minute, 0)
        .unwrap_or_else(|| day.and_hms_opt(0, 0, 0).unwrap_or_default());
    chrono_tz::Asia::Shanghai
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| naive.and_utc())
}

/// Seeds the demo tenant unless it exists; returns whether it was created.
pub async fn seed(app: &App) -> AppResult<bool> {
    if system::tenant_by_slug(&app.db, SLUG).await?.is_some() {
        return Ok(false);
    }
    let started = std::time::Instant::now();
    let mut rng = StdRng::seed_from_u64(20261121);
    let demo = roster::seed(app, &mut rng).await?;
    // Stages before dues: a probationary member pays from the month of admission.
    pipeline::seed(app, &demo, &mut rng).await?;
    dues::seed(app, &demo, &mut rng).await?;
    meetings::seed(app, &demo, &mut rng).await?;
    notices::seed(app, &demo, &mut rng).await?;
    chat::seed(app, &demo, &mut rng).await?;
    grid::seed(app, &demo, &mut rng).await?;
    ideas::seed(app, &demo, &mut rng).await?;
    votes::seed(app, &demo, &mut rng).await?;
    evaluation::seed(app, &demo, &mut rng).await?;
    surveys::seed(app, &demo, &mut rng).await?;
    activities::seed(app, &demo, &mut rng).await?;
    publicity::seed(app, &demo, &mut rng).await?;
    publishing::seed(app, &demo, &mut rng).await?;
    points::seed(app, &demo).await?;
    study::seed(app, &demo).await?;
    let bank = quizzes::seed(app, &demo).await?;
    contests::seed(app, &demo, bank).await?;
    assessment::seed(app, &demo).await?;
    welfare::seed(app, &demo).await?;
    whistleblowing::seed(app, &demo).await?;
    profiles::seed(app, &demo).await?;
    tracing::info!(
        elapsed_ms = started.elapsed().as_millis() as u64,
        "demo tenant seeded"
    );
    Ok(true)
}

/// A context acting as the demo administrator (for tools and benchmarks).
pub async fn admin_ctx(app: &App) -> AppResult<Ctx> {
    let grant = identity::log_in(
        app,
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        Some(SLUG),
        &identity::LoginFactor::default(),
        &ClientInfo::default(),
    )
    .await?;
    Ok(grant.ctx(&ClientInfo::default()))
}
