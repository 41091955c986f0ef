//! Votes of the first branch: an open, secret 先锋岗 vote with about half the ballots cast (the
//! two who log in have not voted yet), and a closed 差额 election of delegates with its
//! published tally.

use super::Demo;
use crate::{
    App, AppError, AppResult, Ctx,
    audience::{Audience, AudienceOrg},
    vote::{self, ResultsVisibility, VoteInput, VoteKind, VoteView},
};
use chrono::{Duration, Utc};
use rand::{RngExt, rngs::StdRng};
use uuid::Uuid;

fn branch_electorate(branch: Uuid) -> Audience {
    Audience {
        orgs: vec![AudienceOrg {
            org_id: branch,
            include_subtree: true,
        }],
        ..Audience::default()
    }
}

/// Casts a ballot for each member of the unit with probability `share` (in per cent), choosing
/// with `choose`; members outside the electorate are passed over.
async fn cast_some(
    app: &App,
    demo: &Demo,
    rng: &mut StdRng,
    view: &VoteView,
    share: u32,
    choose: impl Fn(&mut StdRng, &[Uuid]) -> Vec<Uuid>,
) -> AppResult<()> {
    let options: Vec<Uuid> = view.options.iter().map(|o| o.id).collect();
    for p in demo.people.iter().filter(|p| p.unit == 0) {
        if p.id == demo.secretary_id || p.id == demo.admin_id || rng.random_range(0..100) >= share {
            continue;
        }
        let who: Ctx = demo.as_member(p.id);
        match vote::cast(&who, app, view.vote.id, &choose(rng, &options)).await {
            // Not in the electorate (not a party member of the branch).
            Ok(_) | Err(AppError::Denied(_) | AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let branch = demo.branches[0];
    let now = Utc::now();
    let pioneer = vote::create(
        &demo.secretary,
        app,
        VoteInput {
            org_id: branch,
            meeting_id: None,
            kind: VoteKind::Poll,
            title: "第三季度“党员先锋岗”评选".into(),
            description: Some(
                "请从以下岗位中选出本季度表现突出的党员先锋岗，最多选两项。投票不记名，结果在投票结束后公布。"
                    .into(),
            ),
            options: vec![
                "生产一线先锋岗".into(),
                "技术攻关先锋岗".into(),
                "安全质量先锋岗".into(),
                "服务群众先锋岗".into(),
            ],
            min_choices: 1,
            max_choices: 2,
            seats: None,
            anonymous: true,
            results_visibility: ResultsVisibility::AfterClose,
            electorate: branch_electorate(branch),
            opens_at: None,
            closes_at: now + Duration::days(3),
        },
    )
    .await?;
    cast_some(app, demo, rng, &pioneer, 55, |rng, o| {
        let first = rng.random_range(0..o.len());
        let second = rng.random_range(0..o.len());
        if first == second {
            vec![o[first]]
        } else {
            vec![o[first], o[second]]
        }
    })
    .await?;

    let election = vote::create(
        &demo.admin,
        app,
        VoteInput {
            org_id: branch,
            meeting_id: None,
            kind: VoteKind::Election,
            title: "出席集团公司党员代表大会代表选举".into(),
            description: Some("应选代表 2 名，候选人 3 名，实行差额选举。".into()),
            options: vec!["王建国".into(), "李秀英".into(), "张伟".into()],
            min_choices: 1,
            max_choices: 2,
            seats: Some(2),
            anonymous: true,
            results_visibility: ResultsVisibility::AfterClose,
            electorate: branch_electorate(branch),
            opens_at: None,
            closes_at: now + Duration::days(1),
        },
    )
    .await?;
    cast_some(app, demo, rng, &election, 85, |rng, o| {
        let weights = [70, 60, 35];
        let picked: Vec<Uuid> = o
            .iter()
            .zip(weights)
            .filter_map(|(id, w)| (rng.random_range(0..100) < w).then_some(*id))
            .take(2)
            .collect();
        if picked.is_empty() {
            vec![o[0]]
        } else {
            picked
        }
    })
    .await?;
    vote::close(&demo.admin, app, election.vote.id).await?;
    Ok(())
}
