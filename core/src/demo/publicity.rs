//! 公示 and honours of the first branch: a 干部任前 公示 open now with two objections (one
//! anonymous), and last year's honours confirmed after their 公示 — a 优秀共产党员 of the
//! branch and the branch itself as 先进基层党组织.

use super::{Demo, today};
use crate::{
    App, AppResult,
    audience::{Audience, AudienceOrg},
    honour::{self, HonourInput, HonourKind},
    publicity::{self, BodyFormat, PublicityInput, PublicityKind, PublicityOutcome},
};
use chrono::{Datelike, Duration, Utc};
use rand::rngs::StdRng;

pub(super) async fn seed(app: &App, demo: &Demo, _rng: &mut StdRng) -> AppResult<()> {
    let branch = demo.branches[0];
    let members = demo.in_branch(0, &["FULL_MEMBER"]);
    let others: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| demo.people[i].id != demo.secretary_id)
        .collect();
    let (Some(&cadre), Some(&model)) = (others.first(), others.get(1)) else {
        return Ok(());
    };
    let audience = Audience {
        orgs: vec![AudienceOrg {
            org_id: branch,
            include_subtree: true,
        }],
        ..Audience::default()
    };
    let last_year = today().year() - 1;

    // Last year's honours, confirmed after their 公示.
    let person = honour::propose(
        &demo.secretary,
        app,
        HonourInput {
            org_id: branch,
            kind: HonourKind::ExcellentPartyMember,
            title: None,
            member_id: Some(demo.people[model].id),
            recipient_org_id: None,
            year: last_year,
            issuer: "集团党委".into(),
            citation: Some("扎根生产一线，带头完成技改攻关，热心帮助困难职工。".into()),
            audience: Some(audience.clone()),
            days: Some(5),
        },
    )
    .await?;
    let org = honour::propose(
        &demo.admin,
        app,
        HonourInput {
            org_id: demo.committee,
            kind: HonourKind::AdvancedPartyOrg,
            title: None,
            member_id: None,
            recipient_org_id: Some(branch),
            year: last_year,
            issuer: "集团党委".into(),
            citation: Some("“三会一课”坚持经常，党员作用发挥明显。".into()),
            audience: None,
            days: Some(5),
        },
    )
    .await?;
    let now = Utc::now();
    let mut tx = app.db.begin_tenant(&demo.admin).await?;
    for id in [person.publicity_id, org.publicity_id] {
        publicity::set_window(
            &mut tx,
            id,
            now - Duration::days(40),
            now - Duration::days(35),
        )
        .await?;
    }
    tx.commit().await?;
    publicity::close(
        &demo.secretary,
        app,
        person.publicity_id,
        PublicityOutcome::Confirmed,
        Some("公示期满无异议"),
    )
    .await?;
    publicity::close(
        &demo.admin,
        app,
        org.publicity_id,
        PublicityOutcome::Confirmed,
        Some("公示期满无异议"),
    )
    .await?;

    // A 干部任前 公示 open now, with objections.
    let name = demo.people[cadre].name.clone();
    let open = publicity::publish(
        &demo.secretary,
        app,
        PublicityInput {
            org_id: branch,
            kind: PublicityKind::Cadre,
            title: format!("{name}同志拟任支部组织委员公示"),
            body: format!(
                "经支部委员会研究，拟推荐{name}同志为支部组织委员人选。公示期间如有意见，可实名或匿名向支部反映。"
            ),
            body_format: BodyFormat::Plain,
            subject_member_id: Some(demo.people[cadre].id),
            subject_org_id: None,
            audience,
            window_start: None,
            window_end: None,
            days: Some(5),
        },
    )
    .await?;
    let objectors: Vec<usize> = others.iter().copied().skip(2).take(2).collect();
    for (n, i) in objectors.into_iter().enumerate() {
        let (text, anonymous) = if n == 0 {
            ("建议进一步听取车间群众意见。", false)
        } else {
            ("该同志去年曾有一次安全操作被通报，请核实。", true)
        };
        publicity::object(&demo.as_person(i), app, open.row.id, text, anonymous).await?;
    }
    Ok(())
}
