//! Assessment of the demo: the committee's target ledger for this year over its party
//! branches, computed from the seeded meetings, dues, points and notices, with the manual
//! indicator scored for all but the first branch, whose secretary has reported progress on it.

use super::Demo;
use crate::assessment::{self, Method, Metric, NewIndicator, NewScheme, PeriodKind};
use crate::{App, AppResult};

fn indicator(name: &str, weight: i32, metric: Option<Metric>, target: Option<i32>) -> NewIndicator {
    NewIndicator {
        name: name.into(),
        description: String::new(),
        weight,
        method: if metric.is_some() {
            Method::Auto
        } else {
            Method::Manual
        },
        metric,
        target,
    }
}

pub(super) async fn seed(app: &App, demo: &Demo) -> AppResult<()> {
    let year = super::today()
        .format("%Y")
        .to_string()
        .parse()
        .unwrap_or(2026);
    let mut manual = indicator("特色工作与品牌创建", 2500, None, None);
    manual.description = "“一支部一品牌”创建情况，根据进展报告和佐证材料评分".into();
    let ledger = assessment::create(
        &demo.admin,
        app,
        NewScheme {
            org_id: demo.committee,
            name: format!("{year} 年度党支部目标考核"),
            period_kind: PeriodKind::Year,
            year,
            quarter: None,
            target_kind: "PARTY_BRANCH".into(),
            star_thresholds: vec![6000, 7000, 8000, 9000, 9500],
            indicators: vec![
                indicator(
                    "三会一课按期召开",
                    3000,
                    Some(Metric::MeetingCompliance),
                    None,
                ),
                indicator("党费按时足额收缴", 2000, Some(Metric::DuesCollection), None),
                indicator("党员积分", 1500, Some(Metric::PointsPerMember), Some(20)),
                indicator(
                    "通知按时确认",
                    1000,
                    Some(Metric::NoticeAcknowledgement),
                    None,
                ),
                manual,
            ],
        },
    )
    .await?;
    let Some(manual) = ledger
        .indicators
        .iter()
        .find(|i| i.method == Method::Manual)
    else {
        return Ok(());
    };
    let first = demo.branches.first().copied();
    for (i, line) in ledger.results.iter().enumerate() {
        if Some(line.org_id) == first {
            continue;
        }
        let score = [21.5, 18.0, 23.0, 16.5, 20.0][i % 5];
        assessment::score(
            &demo.admin,
            app,
            ledger.scheme.id,
            manual.id,
            line.org_id,
            score,
            "品牌创建有特色，台账资料齐全",
        )
        .await?;
    }
    if let Some(branch) = first {
        assessment::report(
            &demo.secretary,
            app,
            ledger.scheme.id,
            manual.id,
            branch,
            "本支部开展“红色引擎·技术攻坚”品牌创建：党员先锋岗 6 个，解决生产难题 3 项，已形成案例报党委。",
            &[],
        )
        .await?;
    }
    Ok(())
}
