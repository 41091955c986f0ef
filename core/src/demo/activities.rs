//! Activities of the first branch: an upcoming 志愿服务 that is full with a waitlist, an
//! upcoming 主题党日 with custom fields and approval, and a past 志愿服务 with attendance and
//! volunteer hours credited (the secretary among the attendees).

use super::{Demo, at, today};
use crate::{
    App, AppError, AppResult,
    activity::{self, ActivityInput, ActivityKind, FieldInput, FieldKind},
    audience::{Audience, AudienceOrg},
};
use chrono::Duration;
use rand::{RngExt, rngs::StdRng};

/// Registers each member of the first unit with probability `share` (in per cent), the
/// secretary first and always; members outside the audience are passed over. Returns those
/// who got a place.
async fn register_some(
    app: &App,
    demo: &Demo,
    rng: &mut StdRng,
    id: uuid::Uuid,
    share: u32,
) -> AppResult<Vec<uuid::Uuid>> {
    let mut out = vec![];
    let unit = demo.people.iter().filter(|p| p.unit == 0);
    let (first, rest): (Vec<_>, Vec<_>) = unit.partition(|p| p.id == demo.secretary_id);
    for p in first.into_iter().chain(rest) {
        if p.id != demo.secretary_id && rng.random_range(0..100) >= share {
            continue;
        }
        match activity::register(&demo.as_member(p.id), app, id, &[]).await {
            Ok(r) if r.status == activity::RegistrationStatus::Registered => out.push(p.id),
            Ok(_) => {}
            Err(AppError::Denied(_) | AppError::NotFound | AppError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let branch = demo.branches[0];
    let audience = Audience {
        orgs: vec![AudienceOrg {
            org_id: branch,
            include_subtree: true,
        }],
        ..Audience::default()
    };
    let day = today();
    let form = |title: &str, kind, days: i64| ActivityInput {
        org_id: branch,
        title: title.into(),
        kind,
        description: None,
        place: None,
        geofence: None,
        audience: audience.clone(),
        starts_at: at(day + Duration::days(days), 9, 0),
        ends_at: at(day + Duration::days(days), 11, 30),
        registration_deadline: None,
        capacity: None,
        approval_required: false,
        fields: vec![],
        volunteer_hours: None,
    };

    // Full, with a waitlist.
    let full = activity::create(
        &demo.secretary,
        app,
        ActivityInput {
            description: Some("清扫社区公共区域、整理共享书屋，请穿运动鞋。".into()),
            place: Some("幸福里社区服务中心".into()),
            capacity: Some(5),
            volunteer_hours: Some(2.5),
            ..form("幸福里社区环境整治志愿服务", ActivityKind::Volunteer, 6)
        },
    )
    .await?;
    register_some(app, demo, rng, full.activity.id, 80).await?;

    // Custom fields and approval.
    activity::create(
        &demo.secretary,
        app,
        ActivityInput {
            description: Some(
                "参观红色教育基地，重温入党誓词。统一乘车，请如实填写报名信息。".into(),
            ),
            place: Some("市革命历史纪念馆".into()),
            capacity: Some(40),
            approval_required: true,
            fields: vec![
                FieldInput {
                    label: "衣服尺码".into(),
                    kind: FieldKind::Choice,
                    required: true,
                    options: ["S", "M", "L", "XL", "XXL"].map(String::from).to_vec(),
                },
                FieldInput {
                    label: "家属人数".into(),
                    kind: FieldKind::Number,
                    required: false,
                    options: vec![],
                },
            ],
            ..form(
                "“不忘初心”主题党日：参观红色教育基地",
                ActivityKind::PartyDay,
                12,
            )
        },
    )
    .await?;

    // Past, with attendance and hours: published ahead, registered, then moved back in time.
    let past = activity::create(
        &demo.secretary,
        app,
        ActivityInput {
            description: Some("为社区老人测量血压、讲解防诈骗知识。".into()),
            place: Some("阳光敬老院".into()),
            capacity: Some(12),
            volunteer_hours: Some(3.0),
            ..form("敬老院关爱志愿服务", ActivityKind::Volunteer, 2)
        },
    )
    .await?;
    let registered = register_some(app, demo, rng, past.activity.id, 60).await?;
    // Those who got a place; the rest wait in line.
    activity::demo_backdate(app, demo.tenant, past.activity.id, Duration::days(30)).await?;
    for (i, m) in registered.iter().enumerate() {
        // Most came; the secretary did.
        if *m == demo.secretary_id || i % 4 != 3 {
            activity::record_attendance(&demo.secretary, app, past.activity.id, *m, true).await?;
        }
    }
    Ok(())
}
