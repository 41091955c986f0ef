//! The lapse list per org and the daily warnings to members and their branches.

use super::model::{GroundStanding, LapseGround, LapseLevel, LapseRisk, StandingRow};
use super::rules::{LapseRule, Stage, whole_months};
use super::store;
use crate::db::TenantTx;
use crate::dues::rules::{DuesLine, current_month, line_label};
use crate::notify::{self, NewNotification};
use crate::{
    App, AppError, AppResult, Ctx,
    authz::{Scope, catalog},
};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

/// The job that runs the daily warnings over every tenant.
pub const WARN_TASK: &str = "warn_membership_lapse";

fn china_day(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&chrono_tz::Asia::Shanghai).date_naive()
}

/// Where one member stands on `today` under `rule`; `None` when no ground has reached a
/// warning. Pure.
pub fn assess(
    row: StandingRow,
    rule: &LapseRule,
    today: NaiveDate,
    source: &str,
) -> Option<LapseRisk> {
    let mut grounds = Vec::new();
    if let Some(first) = row.first_missed_at {
        let since = china_day(first);
        let months = whole_months(since, today);
        if let Some(stage) = rule.stage(months) {
            grounds.push(GroundStanding {
                ground: LapseGround::OrgLife,
                months,
                since,
                stage,
            });
        }
    }
    if let (Some(oldest), Ok(months)) = (row.oldest_unpaid_month, u32::try_from(row.unpaid_months))
        && let Some(stage) = rule.stage(months)
    {
        grounds.push(GroundStanding {
            ground: LapseGround::Dues,
            months,
            since: oldest,
            stage,
        });
    }
    grounds.sort_by_key(|g| std::cmp::Reverse(g.stage));
    let level = match grounds.first()?.stage {
        Stage::Lapsed(_) => LapseLevel::Lapsed,
        Stage::Warning(_) => LapseLevel::Warning,
    };
    Some(LapseRisk {
        row,
        grounds,
        level,
        lapse_months: rule.months,
        source: source.to_owned(),
    })
}

async fn risks_in(
    tx: &mut TenantTx,
    line: DuesLine,
    scope: Option<&str>,
    now: DateTime<Utc>,
) -> AppResult<Vec<LapseRisk>> {
    let rule_row = crate::statute::get_in(tx, "membership.lapse").await?;
    let rule = LapseRule::from_params(rule_row.effective());
    let source = rule_row.effective_source().to_owned();
    let today = china_day(now);
    let rows = store::standings(tx, line, scope, now, current_month(now)).await?;
    let mut out: Vec<LapseRisk> = rows
        .into_iter()
        .filter_map(|r| assess(r, &rule, today, &source))
        .collect();
    // The furthest gone first; the store's order (org, name) within a level.
    out.sort_by_key(|r| std::cmp::Reverse(r.grounds[0].stage));
    Ok(out)
}

/// Members of an org's sub-tree on a line who have reached a warning or the lapse of
/// `membership.lapse` as of `now`, for those who manage the org's members (it tells of
/// absences and arrears, which the member directory does not show every member).
pub async fn risks(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    line: &str,
    now: DateTime<Utc>,
) -> AppResult<Vec<LapseRisk>> {
    let line = crate::dues::parse_line(line)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let o = crate::org::store::get(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(o.path.clone()), catalog::MEMBER, "write")
        .await?;
    let out = risks_in(&mut tx, line, Some(&o.path), now).await?;
    tx.commit().await?;
    Ok(out)
}

/// What leaving is called on a line.
fn leaving(line: DuesLine) -> &'static str {
    match line {
        DuesLine::Party => "自行脱党",
        DuesLine::Youth => "自行脱团",
        DuesLine::Union => "自动退会",
    }
}

fn ground_text(line: DuesLine, g: &GroundStanding) -> String {
    match g.ground {
        LapseGround::OrgLife => format!(
            "自 {} 起已连续 {} 个月未参加组织生活（缺席且未请假）",
            g.since, g.months
        ),
        LapseGround::Dues => format!(
            "自 {} 起已有 {} 个月未交纳{}",
            g.since.format("%Y-%m"),
            g.months,
            line_label(line)
        ),
    }
}

/// Warns each member at risk, and the officers of their org on the line, once per ground,
/// streak and stage (a streak broken by attending or paying starts over). Returns the
/// notifications written.
pub async fn warn(app: &App, tenant: Uuid, now: DateTime<Utc>) -> AppResult<usize> {
    let ctx = Ctx::system(tenant);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let mut written = Vec::new();
    for &line in DuesLine::ALL {
        for risk in risks_in(&mut tx, line, None, now).await? {
            let member = risk.row.member_id;
            let officers = match risk.row.org_id {
                Some(o) => crate::org::officers(&mut tx, o).await?,
                None => Vec::new(),
            };
            for g in &risk.grounds {
                let what = ground_text(line, g);
                let (member_title, member_body, branch_title, branch_body) = match g.stage {
                    Stage::Warning(_) => (
                        match g.ground {
                            LapseGround::OrgLife => "组织生活缺席预警".to_string(),
                            LapseGround::Dues => format!("{}欠交预警", line_label(line)),
                        },
                        format!(
                            "您{what}。按规定，没有正当理由连续 {} 个月不参加组织生活或不交纳{}的，视为{}（{}）。请尽快参加组织生活、交纳{}，或向组织说明理由。",
                            risk.lapse_months,
                            line_label(line),
                            leaving(line),
                            risk.source,
                            line_label(line)
                        ),
                        format!("脱离组织预警：{}", risk.row.name),
                        format!(
                            "{}{what}，满 {} 个月将视为{}（{}）。请及时谈心谈话，了解情况。",
                            risk.row.name,
                            risk.lapse_months,
                            leaving(line),
                            risk.source
                        ),
                    ),
                    Stage::Lapsed(_) => (
                        format!("已满 {} 个月：视为{}", risk.lapse_months, leaving(line)),
                        format!(
                            "您{what}，已达到规定的 {} 个月（{}）。如有正当理由，请立即向组织说明。",
                            risk.lapse_months, risk.source
                        ),
                        format!("视为{}：{}", leaving(line), risk.row.name),
                        format!(
                            "{}{what}，已达到规定的 {} 个月，按规定视为{}（{}）。请按程序处理（党员由支部大会讨论决定除名，报上级党组织批准）。",
                            risk.row.name,
                            risk.lapse_months,
                            leaving(line),
                            risk.source
                        ),
                    ),
                };
                let key_of = |to: Uuid| {
                    format!(
                        "lapse:{line}:{}:{member}:{}:{}:{to}",
                        g.ground,
                        g.since,
                        g.stage.months()
                    )
                };
                let detail = json!({
                    "member": member, "org": risk.row.org_id, "line": line, "ground": g.ground, "months": g.months,
                    "since": g.since, "rule": { "key": "membership.lapse", "source": risk.source },
                });
                let mut to: Vec<(Uuid, &str, &str)> = vec![(member, &member_title, &member_body)];
                to.extend(
                    officers
                        .iter()
                        .filter(|o| **o != member)
                        .map(|o| (*o, branch_title.as_str(), branch_body.as_str())),
                );
                for (recipient, title, body) in to {
                    let key = key_of(recipient);
                    let n = NewNotification {
                        member_id: recipient,
                        kind: "REMINDER",
                        title,
                        body,
                        dedupe_key: Some(&key),
                        // `self`: the warning is about its reader (the app leads them to their
                        // dues or meetings; an officer to the org's list).
                        detail: {
                            let mut d = detail.clone();
                            d["self"] = json!(recipient == member);
                            d
                        },
                    };
                    if let Some(id) = notify::write(&mut tx, app, &n).await? {
                        written.push((recipient, id));
                    }
                }
            }
        }
    }
    tx.commit().await?;
    notify::announce(app, tenant, &written).await;
    Ok(written.len())
}

/// The daily warnings over every tenant with members on a line.
pub async fn warn_all(app: &App, now: DateTime<Utc>) -> AppResult<usize> {
    let mut total = 0;
    for tenant in crate::system::tenants_with_line_members(&app.db).await? {
        total += warn(app, tenant, now).await?;
    }
    Ok(total)
}
