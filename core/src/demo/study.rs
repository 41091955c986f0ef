//! Study of the demo: the first branch's secretary publishes an article on 党章 (asking for five
//! minutes of reading), a short article on 两个维护 and a video link, groups the two articles into
//! a course, and assigns a plan of the course and the video to the branch, due in two weeks.
//! Some members have opened the plan: most finished the short article (earning their points),
//! one watched the video, and one shared a 心得.

use super::Demo;
use crate::audience::{Audience, AudienceOrg};
use crate::study::{self, CourseInput, MaterialInput, MaterialKind, PlanInput, PlanItemInput};
use crate::{App, AppResult};
use chrono::{Duration, Utc};

fn material(org: uuid::Uuid, kind: MaterialKind, title: &str, summary: &str) -> MaterialInput {
    MaterialInput {
        org_id: org,
        kind,
        title: title.into(),
        summary: summary.into(),
        body: String::new(),
        video_url: None,
        duration_seconds: None,
        file_id: None,
        required_seconds: None,
    }
}

pub(super) async fn seed(app: &App, demo: &Demo) -> AppResult<()> {
    let Some(&branch) = demo.branches.first() else {
        return Ok(());
    };
    let officer = demo.branch_ctx(0);
    let charter = study::create_material(
        &officer,
        app,
        MaterialInput {
            body: "<h3>中国共产党章程（节选）</h3>\
                   <p>中国共产党是中国工人阶级的先锋队，同时是中国人民和中华民族的先锋队，\
                   是中国特色社会主义事业的领导核心。</p>\
                   <p>党员必须履行下列义务：认真学习马克思列宁主义、毛泽东思想、邓小平理论、\
                   “三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想……</p>"
                .into(),
            required_seconds: Some(300),
            ..material(
                branch,
                MaterialKind::Article,
                "学习党章：党员的义务和权利",
                "逐条学习党章第一章，对照检查自身",
            )
        },
    )
    .await?;
    let short = study::create_material(
        &officer,
        app,
        MaterialInput {
            body: "<p>坚决维护习近平总书记党中央的核心、全党的核心地位，\
                   坚决维护党中央权威和集中统一领导。</p>"
                .into(),
            ..material(
                branch,
                MaterialKind::Article,
                "深刻领会“两个维护”",
                "一页读懂“两个维护”的内涵",
            )
        },
    )
    .await?;
    let video = study::create_material(
        &officer,
        app,
        MaterialInput {
            video_url: Some("https://www.12371.cn/special/dzxx/".into()),
            duration_seconds: Some(1200),
            ..material(
                branch,
                MaterialKind::Video,
                "党章学习微党课",
                "共产党员网微党课视频（外部链接）",
            )
        },
    )
    .await?;
    let course = study::create_course(
        &officer,
        app,
        CourseInput {
            org_id: branch,
            title: "党章专题学习".into(),
            summary: "两篇文章，约十分钟".into(),
            material_ids: vec![charter.material.id, short.material.id],
        },
    )
    .await?;
    study::create_plan(
        &officer,
        app,
        PlanInput {
            org_id: branch,
            title: "本月学习计划：学党章、守党规".into(),
            description: "请在截止前完成课程学习和微党课，并写下学习心得".into(),
            audience: Audience {
                orgs: vec![AudienceOrg {
                    org_id: branch,
                    include_subtree: true,
                }],
                ..Audience::default()
            },
            deadline: Utc::now() + Duration::days(14),
            items: vec![
                PlanItemInput::Course(course.id),
                PlanItemInput::Material(video.material.id),
            ],
        },
    )
    .await?;
    let members: Vec<usize> = demo
        .in_branch(0, &["FULL_MEMBER", "PROBATIONARY"])
        .into_iter()
        .filter(|i| demo.people[*i].id != demo.secretary_id)
        .collect();
    for (n, &i) in members.iter().take(4).enumerate() {
        let ctx = demo.as_person(i);
        study::open(&ctx, app, short.material.id).await?;
        study::open(&ctx, app, charter.material.id).await?;
        if n == 0 {
            study::open(&ctx, app, video.material.id).await?;
            study::save_note(
                &ctx,
                app,
                short.material.id,
                "通过学习，更加深刻理解了“两个维护”的重大意义，要在日常工作中做到知行合一。",
                true,
            )
            .await?;
        }
    }
    Ok(())
}
