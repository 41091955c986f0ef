//! Reading the dashboard of an org, once or live.

use super::{model::*, rules, store};
use crate::{
    App, AppError, AppResult, Ctx,
    authz::{Scope, catalog},
    bus::RESYNC,
    db::TenantTx,
    meeting::rules::Standing,
};
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Shanghai;
use futures::Stream;
use std::collections::BTreeMap;
use uuid::Uuid;

/// Bus topics after which the figures may have changed: members added or moved, meetings,
/// grid cases, votes, notice acknowledgements. Anything else is caught by the periodic
/// refresh.
pub const TOPICS: &[&str] = &[
    crate::member::ADDED,
    crate::chat::MEMBER_MOVED,
    crate::meeting::CHANGED,
    crate::grid::events::CASE_TOPIC,
    crate::vote::TURNOUT_CHANGED,
    crate::notice::STATS_CHANGED,
];
/// Events within this window are read once.
const THROTTLE: std::time::Duration = std::time::Duration::from_secs(1);
/// A live dashboard reads again at least this often (study time, sessions, dues …).
const REFRESH: std::time::Duration = std::time::Duration::from_secs(60);
/// Pipeline due items: the upper org's approvals and the activists' thought reports.
const PIPELINE_DUE_KINDS: [&str; 2] = [crate::pipeline::DUE_KIND, "THOUGHT_REPORT"];
/// Notices and participation cover this many days back.
const RECENT_DAYS: i64 = 90;

/// The org a dashboard shows when none is named: the viewer's own placement (org, then party,
/// union and youth line, then department), else the tenant's top org; `None` in a tenant
/// without orgs.
pub async fn default_org(ctx: &Ctx, app: &App) -> AppResult<Option<Uuid>> {
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let org = store::default_org(&mut tx, ctx.member_id()).await?;
    tx.commit().await?;
    Ok(org)
}

fn start_of_year(today: NaiveDate) -> DateTime<Utc> {
    let jan1 = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    local_midnight(jan1)
}

fn local_midnight(day: NaiveDate) -> DateTime<Utc> {
    Shanghai
        .from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
        .earliest()
        .map_or_else(
            || day.and_time(chrono::NaiveTime::MIN).and_utc(),
            |t| t.with_timezone(&Utc),
        )
}

/// Every code of a list, in the given order, with its count (0 when absent); codes outside
/// the list follow.
fn ordered(mut counts: BTreeMap<String, i64>, order: &[&str]) -> Vec<Count> {
    let mut out: Vec<Count> = order
        .iter()
        .map(|k| Count {
            key: (*k).to_string(),
            count: counts.remove(*k).unwrap_or(0),
        })
        .collect();
    out.extend(counts.into_iter().map(|(key, count)| Count { key, count }));
    out
}

async fn members(tx: &mut TenantTx, path: &str, today: NaiveDate) -> AppResult<MemberFigures> {
    let mut f = MemberFigures::default();
    let mut status = BTreeMap::new();
    let mut gender = BTreeMap::new();
    let mut age = BTreeMap::new();
    let mut education = BTreeMap::new();
    let mut joined = BTreeMap::new();
    let mut lines = BTreeMap::new();
    let cutoffs = rules::age_band_cutoffs(today);
    for c in store::member_cells(tx, path, today, cutoffs).await? {
        let key = c.key.clone().unwrap_or_else(|| "UNKNOWN".into());
        match c.dim.as_str() {
            "total" => f.total = c.n,
            "line" => *lines.entry(key).or_insert(0) += c.n,
            "status" => *status.entry(key).or_insert(0) += c.n,
            "gender" => *gender.entry(key).or_insert(0) += c.n,
            "age" => *age.entry(key).or_insert(0) += c.n,
            "education" => *education.entry(key).or_insert(0) += c.n,
            "join_year" => *joined.entry(key).or_insert(0) += c.n,
            _ => {}
        }
    }
    f.by_line = ordered(lines, &["PARTY", "UNION", "YOUTH", "ADMIN"]);
    f.by_political_status = ordered(
        status,
        &[
            "FULL_MEMBER",
            "PROBATIONARY",
            "DEVELOPMENT_TARGET",
            "ACTIVIST",
            "APPLICANT",
            "LEAGUE_MEMBER",
            "MASSES",
        ],
    );
    f.by_gender = ordered(gender, &["MALE", "FEMALE", "UNKNOWN"]);
    f.by_age_band = ordered(age, &rules::AGE_BANDS);
    f.by_education = ordered(
        education,
        &[
            "DOCTORATE",
            "MASTER",
            "BACHELOR",
            "JUNIOR_COLLEGE",
            "SECONDARY_VOCATIONAL",
            "HIGH_SCHOOL",
            "JUNIOR_HIGH_OR_BELOW",
            "NOT_RECORDED",
        ],
    );
    // Years ascending (BTreeMap order of four-digit years), `UNKNOWN` last.
    let unknown = joined.remove("UNKNOWN");
    f.by_join_year = ordered(joined, &[]);
    if let Some(n) = unknown {
        f.by_join_year.push(Count {
            key: "UNKNOWN".into(),
            count: n,
        });
    }
    Ok(f)
}

async fn meetings(tx: &mut TenantTx, path: &str, now: DateTime<Utc>) -> AppResult<MeetingFigures> {
    let under = [path.to_string()];
    let rows = crate::meeting::compliance::compute(tx, Some(&under[..]), now).await?;
    let mut f = MeetingFigures::default();
    for r in rows {
        f.required += 1;
        match r.compliance.standing {
            Standing::Done => f.done += 1,
            Standing::Scheduled => f.scheduled += 1,
            Standing::Due => f.due += 1,
            Standing::Overdue => f.overdue += 1,
        }
        f.missed_last_12_months += r.compliance.missed_last_12_months;
    }
    Ok(f)
}

async fn dues(tx: &mut TenantTx, path: &str, today: NaiveDate) -> AppResult<DuesFigures> {
    use crate::dues::rules::DuesLine;
    let from = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let to = NaiveDate::from_ymd_opt(today.year(), 12, 1).unwrap_or(today);
    let rollup = crate::dues::store::rollup(tx, DuesLine::Party, Some(path), from, to).await?;
    let arrears = crate::dues::store::arrears(tx, DuesLine::Party, Some(path)).await?;
    Ok(DuesFigures {
        year: today.year(),
        due_fen: rollup.iter().map(|r| r.billed_fen + r.corrected_fen).sum(),
        paid_fen: rollup.iter().map(|r| r.paid_fen).sum(),
        arrears_members: i64::try_from(arrears.len()).unwrap_or(i64::MAX),
        arrears_fen: arrears.iter().map(|a| a.owed_fen).sum(),
    })
}

async fn grid(tx: &mut TenantTx, path: &str, now: DateTime<Utc>) -> AppResult<GridFigures> {
    use crate::grid::{model::CaseState, stats_store};
    let period = stats_store::Period {
        root_path: path,
        grid_id: None,
        from: DateTime::<Utc>::default(),
        until: now + Duration::days(1),
    };
    let totals = stats_store::totals(tx, &period).await?;
    let states = stats_store::by_state(tx, &period).await?;
    let per_grid = stats_store::per_grid(tx, &period, now).await?;
    let open = states
        .iter()
        .filter(|s| {
            !matches!(
                s.state,
                CaseState::Closed | CaseState::Rated | CaseState::Cancelled
            )
        })
        .map(|s| s.count)
        .sum();
    Ok(GridFigures {
        total: totals.total,
        open,
        closed: totals.closed,
        overdue: per_grid.iter().map(|g| g.overdue).sum(),
        with_feedback: totals.with_feedback,
        on_time: totals.on_time,
    })
}

async fn engagement(tx: &mut TenantTx, path: &str, today: NaiveDate) -> AppResult<Vec<WeekFigure>> {
    let weeks = rules::last_weeks(today, 8);
    let since = local_midnight(weeks[0]);
    let rows = store::engagement(tx, path, since).await?;
    Ok(weeks
        .into_iter()
        .map(|w| WeekFigure {
            week_start: w,
            label: rules::week_label(w),
            active: rows.iter().find(|r| r.week == w).map_or(0, |r| r.active),
        })
        .collect())
}

/// The figures of `org`'s sub-tree (`org` read there; `NOT_FOUND` otherwise, as for a missing
/// org). Each module's section needs that module's read at the org, else it is `None`.
pub async fn dashboard(ctx: &Ctx, app: &App, org: Uuid) -> AppResult<OrgDashboard> {
    let now = Utc::now();
    let today = now.with_timezone(&Shanghai).date_naive();
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let (path, name) = crate::org::store::path_and_name(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = Scope::Org(path.clone());
    app.authz
        .require_visible(ctx, &scope, catalog::ORG, "read")
        .await?;
    let may = |obj: &'static str| {
        let scope = scope.clone();
        async move { app.authz.allowed(ctx, &scope, obj, "read").await }
    };
    let recent = now - Duration::days(RECENT_DAYS);
    let year = start_of_year(today);
    let mut d = OrgDashboard {
        org_id: org,
        org_name: name,
        generated_at: now,
        as_of: today,
        members: None,
        pipeline: None,
        meetings: None,
        dues: None,
        notices: None,
        participation: None,
        study: None,
        points: None,
        grid: None,
        engagement: None,
    };
    if may(catalog::MEMBER).await? {
        d.members = Some(members(&mut tx, &path, today).await?);
        let kinds: Vec<String> = PIPELINE_DUE_KINDS.iter().map(|k| k.to_string()).collect();
        let rows = store::pipeline(&mut tx, &path, &kinds, now).await?;
        d.pipeline = Some(
            [
                "APPLICANT",
                "ACTIVIST",
                "DEVELOPMENT_TARGET",
                "PROBATIONARY",
            ]
            .iter()
            .map(|stage| {
                let r = rows.iter().find(|r| r.stage == *stage);
                StageFigure {
                    stage: (*stage).to_string(),
                    members: r.map_or(0, |r| r.members),
                    overdue: r.map_or(0, |r| r.overdue),
                    due_soon: r.map_or(0, |r| r.due_soon),
                }
            })
            .collect(),
        );
        d.engagement = Some(engagement(&mut tx, &path, today).await?);
    }
    if may(catalog::MEETING).await? {
        d.meetings = Some(meetings(&mut tx, &path, now).await?);
    }
    if may(catalog::DUES).await? {
        d.dues = Some(dues(&mut tx, &path, today).await?);
    }
    if may(catalog::NOTICE).await? {
        let (notices, required, acknowledged) = store::notices(&mut tx, &path, recent).await?;
        d.notices = Some(NoticeFigures {
            notices,
            required,
            acknowledged,
        });
    }
    if may(catalog::VOTE).await? || may(catalog::SURVEY).await? || may(catalog::ACTIVITY).await? {
        d.participation = Some(store::participation(&mut tx, &path, recent, now).await?);
    }
    if may(catalog::STUDY).await? {
        let next_year =
            start_of_year(NaiveDate::from_ymd_opt(today.year() + 1, 1, 1).unwrap_or(today));
        let (plans, assigned, completed) = store::study(&mut tx, &path, year, next_year).await?;
        d.study = Some(StudyFigures {
            plans,
            assigned,
            completed,
        });
    }
    if may(catalog::POINTS).await? {
        let (year_total, total, earners) = store::points(&mut tx, &path, year).await?;
        d.points = Some(PointsFigures {
            year: today.year(),
            year_total,
            total,
            earners,
        });
    }
    if may(catalog::GRID).await? {
        d.grid = Some(grid(&mut tx, &path, now).await?);
    }
    tx.commit().await?;
    Ok(d)
}

/// The dashboard (now too when `now` is set), then again after events that may change it
/// (throttled) and at least every minute. The caller checks access first; a later refusal
/// (the viewer lost access) ends the stream with that error.
pub fn follow(
    app: App,
    ctx: Ctx,
    org: Uuid,
    now: bool,
) -> impl Stream<Item = AppResult<OrgDashboard>> {
    use tokio::sync::broadcast::error::{RecvError, TryRecvError};
    let rx = app.bus.subscribe();
    let tenant = ctx.tenant_id();
    futures::stream::unfold(
        (rx, app, ctx, now, false),
        move |(mut rx, app, ctx, first, done)| async move {
            if done {
                return None;
            }
            if !first {
                let wait = async {
                    loop {
                        match rx.recv().await {
                            Ok(ev) if ev.topic == RESYNC => return true,
                            Ok(ev)
                                if ev.tenant == tenant && TOPICS.contains(&ev.topic.as_str()) =>
                            {
                                return true;
                            }
                            Ok(_) => {}
                            Err(RecvError::Lagged(_)) => return true,
                            Err(RecvError::Closed) => return false,
                        }
                    }
                };
                match tokio::time::timeout(REFRESH, wait).await {
                    Ok(false) => return None,
                    Ok(true) => {
                        tokio::time::sleep(THROTTLE).await;
                        while let Ok(_) | Err(TryRecvError::Lagged(_)) = rx.try_recv() {}
                    }
                    Err(_) => {}
                }
            }
            let item = dashboard(&ctx, &app, org).await;
            let stop = item.is_err();
            Some((item, (rx, app, ctx, false, stop)))
        },
    )
}
