//! The actions on assessment: issue a scheme, read its ledger and the records behind a figure,
//! recompute the automatic indicators (also the worker's daily pass), score the manual ones,
//! submit progress reports with evidence, set the stars' thresholds and close.

use super::metrics::{self, Scope as MetricScope};
use super::model::{
    Figure, IndicatorRow, Ledger, Method, NewScheme, OrgResult, PeriodKind, RECORDS_KEPT, Record,
    ReportRow, SchemeRow, SchemeStatus, ScoreRow,
};
use super::{rules, store};
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{Scope, catalog},
};
use chrono::{DateTime, Utc};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// The worker task that recomputes every open scheme's automatic indicators.
pub const RECOMPUTE_TASK: &str = "recompute_assessments";

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::NotFound)
}

async fn allowed_at(ctx: &Ctx, app: &App, path: &str, act: &str) -> AppResult<bool> {
    app.authz
        .allowed(ctx, &Scope::Org(path.to_string()), catalog::ASSESSMENT, act)
        .await
}

/// The scheme when the viewer reads it: `assessment` read at its org, or at one of the orgs
/// it assesses (who then see their own orgs' lines only). `NOT_FOUND` otherwise.
async fn visible_scheme(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<(SchemeRow, bool, Vec<store::Target>)> {
    let scheme = store::scheme(tx, id, lock)
        .await?
        .ok_or(AppError::NotFound)?;
    let targets = store::targets(tx, &scheme.org_path, &scheme.target_kind).await?;
    let whole = allowed_at(ctx, app, &scheme.org_path, "read").await?;
    let mut mine = Vec::new();
    for t in &targets {
        if whole || allowed_at(ctx, app, &t.path, "read").await? {
            mine.push(t.clone());
        }
    }
    if !whole && mine.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok((scheme, whole, mine))
}

/// The scheme when the viewer manages it (`assessment` write at its org), else `NOT_FOUND`.
async fn managed_scheme(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<SchemeRow> {
    let scheme = store::scheme(tx, id, true)
        .await?
        .ok_or(AppError::NotFound)?;
    if !allowed_at(ctx, app, &scheme.org_path, "write").await? {
        return Err(AppError::NotFound);
    }
    Ok(scheme)
}

fn open(scheme: &SchemeRow) -> AppResult<()> {
    if scheme.status == SchemeStatus::Closed {
        return Err(AppError::Conflict("考核已结束，不能再修改".into()));
    }
    Ok(())
}

/// Issues a scheme (`assessment` write at the issuing org) and computes its automatic
/// indicators at once.
pub async fn create(ctx: &Ctx, app: &App, input: NewScheme) -> AppResult<Ledger> {
    let by = me(ctx)?;
    let name = crate::text::checked("name", &input.name, super::model::NAME_MAX, true, false)?;
    if !(2000..=2200).contains(&input.year) {
        return Err(AppError::field("year", "年份必须在 2000 到 2200 之间"));
    }
    let quarter = match input.period_kind {
        PeriodKind::Year => None,
        PeriodKind::Quarter => Some(input.quarter.unwrap_or(0)),
    };
    if rules::window(input.period_kind, input.year, quarter).is_none() {
        return Err(AppError::field("quarter", "季度考核须选择第一至第四季度"));
    }
    if crate::org::model::Kind::from_code(&input.target_kind).is_err() {
        return Err(AppError::field("targetKind", "请选择被考核的组织类型"));
    }
    if input.indicators.is_empty() || input.indicators.len() > super::model::INDICATORS_MAX {
        return Err(AppError::field(
            "indicators",
            format!("须有 1 到 {} 项指标", super::model::INDICATORS_MAX),
        ));
    }
    let mut indicators = Vec::with_capacity(input.indicators.len());
    let mut full: i64 = 0;
    for (i, ind) in input.indicators.iter().enumerate() {
        let field = format!("indicators.{i}");
        let mut ind = ind.clone();
        ind.name = crate::text::checked(
            &format!("{field}.name"),
            &ind.name,
            super::model::NAME_MAX,
            true,
            false,
        )?;
        ind.description = crate::text::checked(
            &format!("{field}.description"),
            &ind.description,
            super::model::NOTE_MAX,
            false,
            true,
        )?;
        if !(1..=super::model::WEIGHT_MAX).contains(&ind.weight) {
            return Err(AppError::field(
                &format!("{field}.weight"),
                "分值须在 0.01 到 1000 之间",
            ));
        }
        match (ind.method, ind.metric) {
            (Method::Auto, None) => {
                return Err(AppError::field(
                    &format!("{field}.metric"),
                    "自动指标须选择数据来源",
                ));
            }
            (Method::Manual, _) => ind.metric = None,
            _ => {}
        }
        if ind.metric == Some(super::model::Metric::PointsPerMember) {
            if !matches!(ind.target, Some(1..=100_000)) {
                return Err(AppError::field(
                    &format!("{field}.target"),
                    "人均积分指标须设满分所需的人均积分（1 到 100000）",
                ));
            }
        } else {
            ind.target = None;
        }
        full += i64::from(ind.weight);
        indicators.push(ind);
    }
    if full > i64::from(rules::FULL_MAX) {
        return Err(AppError::field(
            "indicators",
            "各项指标分值合计不能超过 1000",
        ));
    }
    rules::check_thresholds(&input.star_thresholds, full as i32)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (path, _) = crate::org::store::path_and_name(&mut tx, input.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::ASSESSMENT, "write")
        .await?;
    let id = crate::new_id();
    store::insert_scheme(
        &mut tx,
        id,
        input.org_id,
        &name,
        input.period_kind,
        input.year,
        quarter,
        &input.target_kind,
        &input.star_thresholds,
        by,
    )
    .await?;
    for (i, ind) in indicators.iter().enumerate() {
        store::insert_indicator(&mut tx, id, i as i32 + 1, ind).await?;
    }
    let scheme = store::scheme(&mut tx, id, true)
        .await?
        .ok_or(AppError::NotFound)?;
    compute(&mut tx, &scheme, Utc::now()).await?;
    audit::object(
        &mut tx,
        ctx,
        "assessment.create",
        "assessment_scheme",
        id,
        json!({ "org": input.org_id, "year": input.year, "quarter": quarter,
                "targetKind": input.target_kind, "indicators": indicators.len() }),
    )
    .await?;
    let ledger = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(ledger)
}

/// Computes every automatic indicator of a scheme for every org it assesses, in the caller's
/// transaction (which holds the scheme's row lock, so recomputations take turns).
async fn compute(tx: &mut TenantTx, scheme: &SchemeRow, now: DateTime<Utc>) -> AppResult<()> {
    let Some(window) = rules::window(scheme.period_kind, scheme.year, scheme.quarter) else {
        return Ok(());
    };
    let zone = crate::tenancy::tenant_in(tx)
        .await?
        .time_zone
        .parse()
        .unwrap_or(chrono_tz::Asia::Shanghai);
    let indicators = store::indicators(tx, scheme.id).await?;
    let targets = store::targets(tx, &scheme.org_path, &scheme.target_kind).await?;
    for org in &targets {
        let scope = MetricScope {
            org,
            kind: &scheme.target_kind,
            window,
            zone,
            now,
        };
        for ind in &indicators {
            let Some(metric) = ind.metric else { continue };
            let Figure {
                numerator,
                denominator,
                records,
            } = metrics::figure(tx, metric, &scope).await?;
            let score = rules::auto_score(ind.weight, metric, ind.target, numerator, denominator);
            let total = records.len();
            let kept: Vec<&Record> = records.iter().take(RECORDS_KEPT).collect();
            let note = if denominator == 0 {
                "无应计记录，按满分计".to_string()
            } else {
                format!("{}：{} / {}", metric.label(), numerator, denominator)
            };
            store::upsert_auto(
                tx,
                scheme.id,
                ind.id,
                org.id,
                score,
                numerator,
                denominator,
                &serde_json::to_value(kept).unwrap_or_default(),
                i32::try_from(total).unwrap_or(i32::MAX),
                &note,
            )
            .await?;
        }
    }
    store::set_computed(tx, scheme.id).await?;
    Ok(())
}

/// A scheme's ledger as the viewer may see it (in their transaction).
async fn load(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<Ledger> {
    let (scheme, whole, targets) = visible_scheme(ctx, app, tx, id, false).await?;
    let indicators = store::indicators(tx, id).await?;
    let mut by_org: HashMap<Uuid, Vec<ScoreRow>> = HashMap::new();
    for s in store::scores(tx, id).await? {
        by_org.entry(s.org_id).or_default().push(s);
    }
    let mut results: Vec<OrgResult> = targets
        .iter()
        .map(|t| {
            let mut scores = by_org.remove(&t.id).unwrap_or_default();
            let position = |s: &ScoreRow| {
                indicators
                    .iter()
                    .position(|i| i.id == s.indicator_id)
                    .unwrap_or(usize::MAX)
            };
            scores.sort_by_key(position);
            let total = scores.iter().map(|s| s.score).sum();
            OrgResult {
                org_id: t.id,
                org_name: t.name.clone(),
                total,
                rank: 0,
                stars: rules::stars(total, &scheme.star_thresholds),
                scores,
            }
        })
        .collect();
    // Ranks are among every assessed org, also when the viewer sees only their own line.
    let all_totals: Vec<i32> = if whole {
        results.iter().map(|r| r.total).collect()
    } else {
        let all = store::targets(tx, &scheme.org_path, &scheme.target_kind).await?;
        let mut totals: HashMap<Uuid, i32> = HashMap::new();
        for s in store::scores(tx, id).await? {
            *totals.entry(s.org_id).or_default() += s.score;
        }
        all.iter()
            .map(|t| totals.get(&t.id).copied().unwrap_or(0))
            .collect()
    };
    for r in &mut results {
        r.rank = 1 + all_totals.iter().filter(|t| **t > r.total).count() as i32;
    }
    results.sort_by(|a, b| {
        a.rank
            .cmp(&b.rank)
            .then_with(|| a.org_name.cmp(&b.org_name))
    });
    let can_manage = allowed_at(ctx, app, &scheme.org_path, "write").await?;
    Ok(Ledger {
        scheme,
        indicators,
        results,
        can_manage,
    })
}

/// A scheme's ledger: indicators, and per assessed org its scores, total, rank and stars.
pub async fn ledger(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Ledger> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let l = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(l)
}

/// The schemes the viewer may read: issued by an org where they hold `assessment` read, or by
/// an org above one (the schemes that assess their orgs); of a year when given.
pub async fn schemes(ctx: &Ctx, app: &App, year: Option<i32>) -> AppResult<Vec<SchemeRow>> {
    if let Some(y) = year
        && !(2000..=2200).contains(&y)
    {
        return Err(AppError::field("year", "年份必须在 2000 到 2200 之间"));
    }
    let reach = crate::authz::service::reach(ctx, app, catalog::ASSESSMENT, "read").await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = match &reach {
        None => store::schemes(&mut tx, None, year, 200).await?,
        Some(paths) if paths.is_empty() => vec![],
        Some(paths) => {
            // Schemes of orgs above a reached one are listed when they assess it.
            let mut out = Vec::new();
            for s in store::schemes(&mut tx, Some(&ancestors(paths)), year, 500).await? {
                let under = paths.iter().any(|p| is_under(&s.org_path, p));
                let assesses_mine = !under
                    && store::targets(&mut tx, &s.org_path, &s.target_kind)
                        .await?
                        .iter()
                        .any(|t| paths.iter().any(|p| is_under(&t.path, p)));
                if under || assesses_mine {
                    out.push(s);
                }
                if out.len() == 200 {
                    break;
                }
            }
            out
        }
    };
    tx.commit().await?;
    Ok(rows)
}

/// `path` is `root` or in its sub-tree (ltree paths: labels joined by dots).
fn is_under(path: &str, root: &str) -> bool {
    path == root || path.starts_with(&format!("{root}."))
}

/// The given paths' roots: the first label of each, so a list filter by sub-tree covers the
/// orgs above them as well as below.
fn ancestors(paths: &[String]) -> Vec<String> {
    let mut roots: Vec<String> = paths
        .iter()
        .map(|p| p.split('.').next().unwrap_or(p).to_string())
        .collect();
    roots.sort();
    roots.dedup();
    roots
}

/// Recomputes a scheme's automatic indicators now (`assessment` write at its org; open).
pub async fn recompute(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Ledger> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scheme = managed_scheme(ctx, app, &mut tx, id).await?;
    open(&scheme)?;
    compute(&mut tx, &scheme, Utc::now()).await?;
    audit::object(
        &mut tx,
        ctx,
        "assessment.recompute",
        "assessment_scheme",
        id,
        json!({}),
    )
    .await?;
    let l = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(l)
}

/// Recomputes every open scheme of every tenant that has one (the worker's daily pass).
/// Returns the schemes computed.
pub async fn recompute_all(app: &App, now: DateTime<Utc>) -> AppResult<usize> {
    let mut n = 0;
    for tenant in crate::system::tenants_with_open_assessments(&app.db).await? {
        let ctx = Ctx::system(tenant);
        let ids = {
            let mut tx = app.db.begin_tenant(&ctx).await?;
            let ids = store::open_schemes(&mut tx).await?;
            tx.commit().await?;
            ids
        };
        for id in ids {
            let mut tx = app.db.begin_tenant(&ctx).await?;
            let Some(scheme) = store::scheme(&mut tx, id, true).await? else {
                continue;
            };
            if scheme.status == SchemeStatus::Open {
                compute(&mut tx, &scheme, now).await?;
                n += 1;
            }
            tx.commit().await?;
        }
    }
    Ok(n)
}

/// Scores a manual indicator of an assessed org (`assessment` write at the scheme's org; open),
/// from 0 to its weight, with a note.
pub async fn score(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    indicator: Uuid,
    org: Uuid,
    score: f64,
    note: &str,
) -> AppResult<Ledger> {
    let by = me(ctx)?;
    let note = crate::text::checked("note", note, super::model::NOTE_MAX, false, true)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scheme = managed_scheme(ctx, app, &mut tx, id).await?;
    let ind = indicator_of(&mut tx, id, indicator).await?;
    assessed(&mut tx, &scheme, org).await?;
    open(&scheme)?;
    if ind.method != Method::Manual {
        return Err(AppError::field(
            "indicatorId",
            "自动指标由系统计算，不能手工评分",
        ));
    }
    let centi = rules::centi("score", score, 0, ind.weight)?;
    let note = (!note.is_empty()).then_some(note);
    store::upsert_manual(&mut tx, id, indicator, org, centi, note.as_deref(), by).await?;
    audit::object(
        &mut tx,
        ctx,
        "assessment.score",
        "assessment_scheme",
        id,
        json!({ "indicator": indicator, "org": org, "score": centi }),
    )
    .await?;
    let l = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(l)
}

async fn indicator_of(tx: &mut TenantTx, scheme: Uuid, id: Uuid) -> AppResult<IndicatorRow> {
    store::indicators(tx, scheme)
        .await?
        .into_iter()
        .find(|i| i.id == id)
        .ok_or(AppError::NotFound)
}

async fn assessed(tx: &mut TenantTx, scheme: &SchemeRow, org: Uuid) -> AppResult<store::Target> {
    store::targets(tx, &scheme.org_path, &scheme.target_kind)
        .await?
        .into_iter()
        .find(|t| t.id == org)
        .ok_or(AppError::NotFound)
}

/// An assessed org submits a progress report on an indicator with evidence files (its own
/// uploads): `assessment` write at that org; the scheme open.
pub async fn report(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    indicator: Uuid,
    org: Uuid,
    text: &str,
    files: &[Uuid],
) -> AppResult<ReportRow> {
    let by = me(ctx)?;
    let text = crate::text::checked("text", text, super::model::REPORT_MAX, true, true)?;
    let mut ids: Vec<Uuid> = Vec::with_capacity(files.len());
    for f in files {
        if !ids.contains(f) {
            ids.push(*f);
        }
    }
    if ids.len() > super::model::FILES_MAX {
        return Err(AppError::field(
            "fileIds",
            format!("最多 {} 个佐证材料", super::model::FILES_MAX),
        ));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scheme = store::scheme(&mut tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let target = assessed(&mut tx, &scheme, org).await?;
    if !allowed_at(ctx, app, &target.path, "write").await? {
        return Err(AppError::NotFound);
    }
    indicator_of(&mut tx, id, indicator).await?;
    open(&scheme)?;
    for f in &ids {
        crate::files::attachable(&mut tx, by, *f).await?;
    }
    let report = crate::new_id();
    store::insert_report(&mut tx, report, id, indicator, org, &text, &ids, by).await?;
    audit::object(
        &mut tx,
        ctx,
        "assessment.report",
        "assessment_report",
        report,
        json!({ "scheme": id, "indicator": indicator, "org": org, "files": ids.len() }),
    )
    .await?;
    let row = store::reports(&mut tx, id, org)
        .await?
        .into_iter()
        .find(|r| r.id == report)
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// An assessed org's reports under a scheme, with their evidence and download links, for
/// whoever reads that org's line.
pub async fn reports(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    org: Uuid,
) -> AppResult<Vec<(ReportRow, Vec<(crate::files::FileRow, String)>)>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, _, targets) = visible_scheme(ctx, app, &mut tx, id, false).await?;
    if !targets.iter().any(|t| t.id == org) {
        return Err(AppError::NotFound);
    }
    let rows = store::reports(&mut tx, id, org).await?;
    let mut with_files = Vec::with_capacity(rows.len());
    for r in rows {
        let files = store::files(&mut tx, &r.file_ids).await?;
        with_files.push((r, files));
    }
    tx.commit().await?;
    let mut out = Vec::with_capacity(with_files.len());
    for (r, files) in with_files {
        let mut linked = Vec::with_capacity(files.len());
        for f in files {
            let url = crate::files::download_url(app, ctx.tenant_id(), &f).await?;
            linked.push((f, url));
        }
        out.push((r, linked));
    }
    Ok(out)
}

/// The records behind an automatic figure (as kept at its last computation), for whoever
/// reads that org's line; with how many there were in all.
pub async fn records(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    indicator: Uuid,
    org: Uuid,
) -> AppResult<(Vec<Record>, i32)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, _, targets) = visible_scheme(ctx, app, &mut tx, id, false).await?;
    if !targets.iter().any(|t| t.id == org) {
        return Err(AppError::NotFound);
    }
    indicator_of(&mut tx, id, indicator).await?;
    let kept = store::records(&mut tx, id, indicator, org).await?;
    let total = store::scores(&mut tx, id)
        .await?
        .into_iter()
        .find(|s| s.indicator_id == indicator && s.org_id == org)
        .map(|s| s.records_total)
        .unwrap_or(0);
    tx.commit().await?;
    let records = kept
        .map(serde_json::from_value::<Vec<Record>>)
        .transpose()
        .map_err(|e| AppError::Internal(e.into()))?
        .unwrap_or_default();
    Ok((records, total))
}

/// Sets the stars' thresholds (`assessment` write at the scheme's org; open).
pub async fn set_stars(ctx: &Ctx, app: &App, id: Uuid, thresholds: &[f64]) -> AppResult<Ledger> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scheme = managed_scheme(ctx, app, &mut tx, id).await?;
    open(&scheme)?;
    let full: i32 = store::indicators(&mut tx, id)
        .await?
        .iter()
        .map(|i| i.weight)
        .sum();
    let mut centi = Vec::with_capacity(thresholds.len());
    for t in thresholds {
        centi.push(rules::centi("starThresholds", *t, 0, rules::FULL_MAX)?);
    }
    rules::check_thresholds(&centi, full)?;
    store::set_thresholds(&mut tx, id, &centi).await?;
    audit::object(
        &mut tx,
        ctx,
        "assessment.stars",
        "assessment_scheme",
        id,
        json!({ "thresholds": centi }),
    )
    .await?;
    let l = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(l)
}

/// Closes a scheme after a last computation (`assessment` write at its org): its scores are
/// final. Closing a closed scheme is a `CONFLICT`.
pub async fn close(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Ledger> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let scheme = managed_scheme(ctx, app, &mut tx, id).await?;
    open(&scheme)?;
    compute(&mut tx, &scheme, Utc::now()).await?;
    if !store::close(&mut tx, id).await? {
        return Err(AppError::Conflict("考核已结束".into()));
    }
    audit::object(
        &mut tx,
        ctx,
        "assessment.close",
        "assessment_scheme",
        id,
        json!({}),
    )
    .await?;
    let l = load(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_under_itself_and_its_ancestors_only() {
        assert!(is_under("1.3", "1"));
        assert!(is_under("1.3", "1.3"));
        assert!(!is_under("1.30", "1.3"));
        assert!(!is_under("1", "1.3"));
    }

    #[test]
    fn ancestors_are_the_roots_of_the_paths() {
        let paths = vec!["1.3".to_string(), "1.4.2".to_string(), "2".to_string()];
        assert_eq!(ancestors(&paths), vec!["1".to_string(), "2".to_string()]);
    }
}
