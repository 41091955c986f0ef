//! The demo's 民主评议党员: this year's campaign of the first branch (the visitor's own), with
//! most self-assessments written and the peer stage under way — some members have rated, the
//! vice-secretary who can log in has not, so the visitor can try the rating form.

use super::{Demo, today};
use crate::{
    App, AppResult,
    evaluation::{EvaluationStage, Grade, NewCampaign, PeerRating, service},
};
use chrono::Datelike;
use rand::{RngExt, rngs::StdRng};

const SELF_ASSESSMENTS: [&str; 4] = [
    "本年度认真学习党的理论，按时参加“三会一课”，按月足额交纳党费；在岗位上完成了生产任务，今后要在带动身边群众方面多下功夫。",
    "坚持政治理论学习，积极参加主题党日活动；工作中发挥党员先锋模范作用，不足是学习的系统性还不够。",
    "遵守党章党规，履行党员义务；参与了车间技术攻关，今后要加强与群众的沟通联系。",
    "按时参加组织生活，完成支部交办的任务；本年度因出差较多，参加学习的次数偏少，明年要补上。",
];

/// Seeds the first branch's campaign at PEER_REVIEW.
pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let ctx = demo.branch_ctx(0);
    let started = service::start(
        &ctx,
        app,
        NewCampaign {
            org_id: demo.branches[0],
            year: today().year(),
            title: None,
        },
    )
    .await?;
    let id = started.campaign.id;
    let mut members: Vec<_> = started.members.iter().map(|m| m.row.member_id).collect();
    members.sort();
    let as_member = |m| {
        if m == demo.secretary_id {
            demo.secretary.clone()
        } else {
            demo.as_member(m)
        }
    };
    for (n, &m) in members.iter().enumerate() {
        if n % 5 == 4 {
            continue;
        }
        let text = SELF_ASSESSMENTS[rng.random_range(0..SELF_ASSESSMENTS.len())];
        service::submit_self_assessment(&as_member(m), app, id, text).await?;
    }
    service::advance(&ctx, app, id, Some(EvaluationStage::SelfAssessment)).await?;
    for (n, &rater) in members.iter().enumerate() {
        if rater == demo.secretary_id || n % 3 == 2 {
            continue;
        }
        let ratings: Vec<PeerRating> = members
            .iter()
            .filter(|&&m| m != rater)
            .map(|&m| PeerRating {
                member_id: m,
                grade: match rng.random_range(0..10) {
                    0..=2 => Grade::Excellent,
                    3..=8 => Grade::Qualified,
                    _ => Grade::BasicallyQualified,
                },
                comment: None,
            })
            .collect();
        service::submit_peer_ratings(&as_member(rater), app, id, &ratings).await?;
    }
    Ok(())
}
