//! The terms overview, the village flag and the daily reminders.

use super::{
    rules::{self, BRANCH_RULE, Stage, TERM_RULE, TermRule, TermState},
    store::{self, TermRow},
};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::catalog,
    db::TenantTx,
    notify::{self, NewNotification},
    org::model::Kind,
};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

/// The daily job that reminds officers of terms ending.
pub const REMIND_TASK: &str = "remind_org_terms";

/// One org's term.
#[derive(Debug, Clone)]
pub struct OrgTerm {
    /// The org and its positions.
    pub row: TermRow,
    /// Its kind.
    pub kind: Kind,
    /// Its term's years.
    pub term_years: u32,
    /// When the term ends, if any position is recorded.
    pub term_end: Option<NaiveDate>,
    /// How it stands today.
    pub state: TermState,
}

/// The terms of a sub-tree.
#[derive(Debug, Clone)]
pub struct Overview {
    /// The org.
    pub org_id: Uuid,
    /// Today in Beijing.
    pub as_of: NaiveDate,
    /// Its orgs: ended terms first, then ending, current and unknown, each soonest first.
    pub orgs: Vec<OrgTerm>,
    /// Months before the end at which officers are reminded.
    pub remind_before_months: Vec<u32>,
    /// The rules' sources.
    pub sources: Vec<String>,
}

/// Today's date in Beijing.
fn beijing(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&chrono_tz::Asia::Shanghai).date_naive()
}

/// The two rules: `org.term`, and `party.branch.committee`'s years for party branches.
struct Rules {
    term: TermRule,
    branch: TermRule,
    sources: Vec<String>,
}

async fn read_rules(tx: &mut TenantTx) -> AppResult<Rules> {
    let term = crate::statute::get_in(tx, TERM_RULE).await?;
    let branch = crate::statute::get_in(tx, BRANCH_RULE).await?;
    Ok(Rules {
        term: TermRule::from_params(term.effective()),
        branch: TermRule::from_params(branch.effective()),
        sources: vec![
            term.effective_source().to_string(),
            branch.effective_source().to_string(),
        ],
    })
}

fn measure(row: TermRow, r: &Rules, today: NaiveDate) -> AppResult<OrgTerm> {
    let kind = Kind::from_code(&row.kind)?;
    let years = if kind == Kind::PartyBranch {
        r.branch.years(row.village_or_community)
    } else {
        r.term.years(row.village_or_community)
    };
    let term_end = rules::term_end(row.explicit_end, row.latest_start, years);
    Ok(OrgTerm {
        state: rules::state(term_end, today, r.term.notice_months()),
        kind,
        term_years: years,
        term_end,
        row,
    })
}

/// The orgs of a sub-tree that elect a committee, with their terms (`org` read at the org).
pub async fn overview(ctx: &Ctx, app: &App, org: Uuid) -> AppResult<Overview> {
    let as_of = beijing(Utc::now());
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let path = crate::org::path_where(ctx, app, &mut tx, org, catalog::ORG, "read").await?;
    let r = read_rules(&mut tx).await?;
    let rows = store::terms(&mut tx, &path).await?;
    tx.commit().await?;
    let mut orgs = rows
        .into_iter()
        .map(|row| measure(row, &r, as_of))
        .collect::<AppResult<Vec<_>>>()?;
    let rank = |s: TermState| match s {
        TermState::Ended => 0,
        TermState::Ending => 1,
        TermState::Current => 2,
        TermState::NoTerm => 3,
    };
    // Stable: rows come by name, so equal ends keep that order.
    orgs.sort_by_key(|o| (rank(o.state), o.term_end));
    Ok(Overview {
        org_id: org,
        as_of,
        orgs,
        remind_before_months: r.term.remind_before_months.clone(),
        sources: r.sources,
    })
}

/// Marks an org that elects a committee as a village or community org (five-year terms) or
/// not (`org` write there); returns its term as it now stands.
pub async fn set_village_or_community(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    village: bool,
) -> AppResult<OrgTerm> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = crate::org::path_where(ctx, app, &mut tx, org, catalog::ORG, "write").await?;
    let Some(mut row) = store::terms(&mut tx, &path)
        .await?
        .into_iter()
        .find(|r| r.id == org)
    else {
        return Err(AppError::field(
            "organizationId",
            "只有党委、党总支、党支部、工会、分会、团委、团支部有委员会任期",
        ));
    };
    if !store::set_village(&mut tx, org, village).await? {
        return Err(AppError::NotFound);
    }
    audit::object(
        &mut tx,
        ctx,
        "org.village",
        "org_unit",
        org,
        json!({ "villageOrCommunity": village }),
    )
    .await?;
    let r = read_rules(&mut tx).await?;
    tx.commit().await?;
    row.village_or_community = village;
    measure(row, &r, beijing(Utc::now()))
}

/// What a reminder says.
fn wording(name: &str, end: NaiveDate, stage: Stage, source: &str) -> (String, String) {
    match stage {
        Stage::Before(m) => (
            format!("换届提醒：{name}任期将于 {end} 届满"),
            format!("距任期届满已不足 {m} 个月，请按期做好换届选举准备。依据：{source}"),
        ),
        Stage::Ended => (
            format!("换届督办：{name}任期已于 {end} 届满"),
            format!(
                "任期已满，应按期召开大会进行换届选举；确需延期的应报上级组织批准。依据：{source}"
            ),
        ),
    }
}

/// Reminds the officers of each org of one tenant whose term is at a reminder on `today`, and
/// the officers of the nearest org above that has any; each member is told once per term and
/// stage. Returns how many notifications were written.
pub async fn remind_in(app: &App, tenant: Uuid, today: NaiveDate) -> AppResult<usize> {
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let r = read_rules(&mut tx).await?;
    let source = r.sources[0].clone();
    let rows = store::all_with_officers(&mut tx).await?;
    let mut written = Vec::new();
    for row in rows {
        let t = measure(row, &r, today)?;
        let Some(end) = t.term_end else { continue };
        let Some(stage) = rules::stage(end, today, &r.term.remind_before_months) else {
            continue;
        };
        let mut members = crate::org::officers(&mut tx, t.row.id).await?;
        for m in store::officers_above(&mut tx, t.row.id).await? {
            if !members.contains(&m) {
                members.push(m);
            }
        }
        let (title, body) = wording(&t.row.name, end, stage, &source);
        for member in members {
            let key = format!("org-term:{}:{end}:{}:{member}", t.row.id, stage.key());
            let n = NewNotification {
                member_id: member,
                kind: "REMINDER",
                title: &title,
                body: &body,
                dedupe_key: Some(&key),
                detail: json!({ "org": t.row.id, "termEnd": end, "stage": stage.key(),
                    "rule": { "key": TERM_RULE, "source": source } }),
            };
            if let Some(id) = notify::write(&mut tx, app, &n).await? {
                written.push((member, id));
            }
        }
    }
    tx.commit().await?;
    notify::announce(app, tenant, &written).await;
    Ok(written.len())
}

/// The daily reminder over every active tenant with officers (by `now`'s date in Beijing).
pub async fn remind_all(app: &App, now: DateTime<Utc>) -> AppResult<usize> {
    let today = beijing(now);
    let mut total = 0;
    for tenant in crate::system::tenants_with_positions(&app.db).await? {
        total += remind_in(app, tenant, today).await?;
    }
    Ok(total)
}
