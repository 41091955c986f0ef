//! Compliance with the required frequencies: per org and required type, the current period's
//! standing; warnings to officers before a branch falls behind (a daily job).

use super::{compliance_store as store, rules, types};
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx,
    authz::{Scope, catalog},
    notify::{self, NewNotification},
};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// The worker task that warns officers of branches falling behind.
pub const WARN_TASK: &str = "warn_meeting_compliance";
/// The rule with the warning window.
const RULE: &str = "meeting.compliance";

/// One org and required type.
#[derive(Debug, Clone)]
pub struct Row {
    /// Org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// The type.
    pub kind: &'static types::MeetingType,
    /// Required every this many months.
    pub months: u32,
    /// Where it stands.
    pub compliance: rules::Compliance,
    /// The last one held.
    pub last_held_at: Option<DateTime<Utc>>,
    /// The next one scheduled.
    pub next_meeting_id: Option<Uuid>,
    /// The frequency rule's source.
    pub rule_source: String,
}

/// Every org kind some type is required for.
fn required_kinds() -> Vec<&'static str> {
    let mut kinds: Vec<&str> = types::ALL
        .iter()
        .flat_map(|t| t.required_for.iter().map(|k| k.code()))
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
}

/// The standing of every required type in the orgs under `under` (all when `None`) on the
/// tenant's local `now`.
pub(crate) async fn compute(
    tx: &mut TenantTx,
    under: Option<&[String]>,
    now: DateTime<Utc>,
) -> AppResult<Vec<Row>> {
    let zone = super::schedule::zone(tx).await?;
    let today = now.with_timezone(&zone).date_naive();
    let warn = crate::statute::get_in(tx, RULE).await?.effective()["warnBeforeDays"]
        .as_i64()
        .unwrap_or(10);
    let mut frequency = HashMap::new();
    for key in types::ALL.iter().filter_map(|t| t.frequency_rule) {
        if !frequency.contains_key(key) {
            let rule = crate::statute::get_in(tx, key).await?;
            frequency.insert(
                key,
                (
                    rule.effective().clone(),
                    rule.effective_source().to_string(),
                ),
            );
        }
    }
    let orgs = store::orgs(tx, &required_kinds(), under).await?;
    let ids: Vec<Uuid> = orgs.iter().map(|o| o.id).collect();
    // Thirteen months back covers the twelve counted and a yearly period begun before them.
    let since = now - Duration::days(800);
    let facts = store::meetings_since(tx, &ids, since).await?;
    let mut out = Vec::new();
    for org in &orgs {
        let Ok(kind) = crate::org::model::Kind::from_code(&org.kind) else {
            continue;
        };
        let created: NaiveDate = org.created_at.with_timezone(&zone).date_naive();
        for t in types::required_for(kind) {
            let Some((params, source)) = t.frequency_rule.and_then(|k| frequency.get(k)) else {
                continue;
            };
            let Some(months) = t.frequency_months(params) else {
                continue;
            };
            let mine: Vec<&store::MeetingFact> = facts
                .iter()
                .filter(|f| f.org_id == org.id && f.kind == t.code)
                .collect();
            let held: Vec<rules::Held> = mine
                .iter()
                .map(|f| rules::Held {
                    day: f.starts_at.with_timezone(&zone).date_naive(),
                    held: f.starts_at <= now,
                })
                .collect();
            out.push(Row {
                org_id: org.id,
                org_name: org.name.clone(),
                kind: t,
                months,
                compliance: rules::compliance(today, months, warn, created, &held),
                last_held_at: mine
                    .iter()
                    .filter(|f| f.starts_at <= now)
                    .map(|f| f.starts_at)
                    .max(),
                next_meeting_id: mine.iter().find(|f| f.starts_at > now).map(|f| f.id),
                rule_source: source.clone(),
            });
        }
    }
    Ok(out)
}

/// Per org and required type, where the current period stands: of `org` and its sub-orgs
/// (with `meeting:read` there), or of every org the viewer reads meetings of.
pub async fn report(
    ctx: &Ctx,
    app: &App,
    org: Option<Uuid>,
    behind_only: bool,
) -> AppResult<Vec<Row>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let under = match org {
        Some(id) => {
            let o = crate::org::store::get(&mut tx, id)
                .await?
                .ok_or(AppError::NotFound)?;
            app.authz
                .require_visible(ctx, &Scope::Org(o.path.clone()), catalog::MEETING, "read")
                .await?;
            Some(vec![o.path])
        }
        None => crate::authz::service::reach(ctx, app, catalog::MEETING, "read").await?,
    };
    let mut rows = compute(&mut tx, under.as_deref(), Utc::now()).await?;
    tx.commit().await?;
    if behind_only {
        rows.retain(|r| r.compliance.warning);
    }
    Ok(rows)
}

/// Tells the officers of every org behind (or about to be) with a required type, once per
/// org, type, period and standing. Returns the notifications written.
pub async fn warn_behind(app: &App, now: DateTime<Utc>) -> AppResult<usize> {
    let mut total = 0;
    for tenant in crate::system::tenants_with_meeting_orgs(&app.db).await? {
        let ctx = Ctx::system(tenant);
        let mut tx = app.db.begin_tenant(&ctx).await?;
        let rows = compute(&mut tx, None, now).await?;
        let mut written = Vec::new();
        for r in rows.iter().filter(|r| r.compliance.warning) {
            let c = &r.compliance;
            let overdue = c.standing == rules::Standing::Overdue;
            let standing = if overdue { "OVERDUE" } else { "DUE" };
            let title = format!("组织生活预警：{}{}", r.org_name, r.kind.label);
            let body = if overdue {
                format!(
                    "上一周期未召开{}，本周期（{} 至 {}）也尚未召开。依据：{}",
                    r.kind.label, c.period_start, c.period_end, r.rule_source
                )
            } else {
                format!(
                    "本周期（{} 至 {}）尚未召开或安排{}，还剩 {} 天。依据：{}",
                    c.period_start, c.period_end, r.kind.label, c.days_left, r.rule_source
                )
            };
            for officer in crate::org::officers(&mut tx, r.org_id).await? {
                let key = format!(
                    "meeting-compliance:{}:{}:{}:{standing}:{officer}",
                    r.org_id, r.kind.code, c.period_start
                );
                let n = NewNotification {
                    member_id: officer,
                    kind: "REMINDER",
                    title: &title,
                    body: &body,
                    dedupe_key: Some(&key),
                    detail: json!({ "org": r.org_id, "meetingType": r.kind.code,
                        "periodStart": c.period_start, "periodEnd": c.period_end }),
                };
                if let Some(id) = notify::write(&mut tx, app, &n).await? {
                    written.push((officer, id));
                }
            }
        }
        tx.commit().await?;
        total += written.len();
        notify::announce(app, tenant, &written).await;
    }
    Ok(total)
}
