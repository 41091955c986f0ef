//! Publishing: the unit's default columns with published articles (one on the public page),
//! one article waiting for the administrator's review, a column of the first branch with an
//! article its 支部书记 submitted for the vice-secretary to review, and readers' views, likes,
//! comments and the author's reply.

use super::Demo;
use crate::{
    App, AppResult,
    publishing::{self, ArticleInput, ColumnInput, ReviewDecision, SubmitPolicy},
};
use chrono::Duration;
use rand::{RngExt, rngs::StdRng};
use uuid::Uuid;

/// A demo article: column, title, body, tags, days ago, on the public page.
type Seeded = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    i64,
    bool,
);

/// The demo's published articles.
const PUBLISHED: [Seeded; 4] = [
    (
        "新闻动态",
        "公司党委召开2026年度党建工作会议",
        "<p>会议总结了上一年度党建工作，部署了今年的重点任务，要求各支部把党建工作与生产经营深度融合。</p><p>会上还表彰了先进基层党组织和优秀共产党员。</p>",
        &["党建", "会议"],
        9,
        true,
    ),
    (
        "荣誉喜报",
        "研发部党支部荣获“先进基层党组织”称号",
        "<p>研发部党支部坚持“支部建在项目上”，带领党员攻克多项关键技术难题。</p>",
        &["荣誉"],
        6,
        true,
    ),
    (
        "学习资料",
        "学习贯彻党的二十届三中全会精神辅导材料",
        "<p>本期辅导材料分为三个部分：<strong>全会主要精神</strong>、重点改革举措和学习思考题。</p><ul><li>深化改革的总目标</li><li>进一步全面深化改革的原则</li></ul>",
        &["学习", "理论"],
        4,
        false,
    ),
    (
        "工会风采",
        "职工篮球赛圆满落幕",
        "<p>经过两周的激烈角逐，生产部代表队夺得冠军。赛事增进了部门间的交流。</p>",
        &["工会", "文体"],
        2,
        false,
    ),
];

const COMMENTS: [&str; 5] = [
    "会议精神很鼓舞人心，我们支部会认真落实。",
    "向先进学习！",
    "材料整理得很清楚，已组织支部学习。",
    "比赛很精彩，明年继续参加。",
    "希望多组织这样的活动。",
];

fn column_id(columns: &[publishing::ColumnView], name: &str) -> Option<Uuid> {
    columns
        .iter()
        .find(|c| c.column.name == name && c.column.org_id.is_none())
        .map(|c| c.column.id)
}

fn input(title: &str, body: &str, tags: &[&str], public: bool) -> ArticleInput {
    ArticleInput {
        title: title.into(),
        body: body.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        is_public: public,
        ..ArticleInput::default()
    }
}

pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let columns = publishing::columns(&demo.admin, app).await?;
    let readers: Vec<Uuid> = demo.people.iter().map(|p| p.id).take(40).collect();
    let mut comment_no = 0;
    for (column, title, body, tags, days, public) in PUBLISHED {
        let Some(column) = column_id(&columns, column) else {
            continue;
        };
        let a = publishing::create_article(
            &demo.secretary,
            app,
            column,
            input(title, body, tags, public),
        )
        .await?;
        let id = a.article.id;
        publishing::submit(&demo.secretary, app, id, Some(false)).await?;
        publishing::review(&demo.admin, app, id, ReviewDecision::Approve, None).await?;
        publishing::publish(&demo.admin, app, id, None, None).await?;
        for r in &readers {
            if rng.random_range(0..100) < 60 {
                let ctx = demo.as_member(*r);
                publishing::get(&ctx, app, id).await?;
                if rng.random_range(0..100) < 40 {
                    publishing::like(&ctx, app, id, true).await?;
                }
            }
        }
        let commenter = readers[(comment_no * 7 + 3) % readers.len().max(1)];
        if commenter != demo.secretary_id {
            let c = publishing::comment(
                &demo.as_member(commenter),
                app,
                id,
                COMMENTS[comment_no % COMMENTS.len()],
            )
            .await?;
            if comment_no == 0 {
                publishing::reply(&demo.secretary, app, c.id, "谢谢支持，欢迎大家踊跃投稿！")
                    .await?;
            }
        }
        comment_no += 1;
        publishing::demo_backdate(app, demo.tenant, id, Duration::days(days)).await?;
    }

    // One waiting for the administrator.
    if let Some(news) = column_id(&columns, "新闻动态") {
        let a = publishing::create_article(
            &demo.secretary,
            app,
            news,
            input(
                "第一党支部开展“党员先锋岗”评选",
                "<p>支部通过个人申报、群众推荐、支委会审议，评选出5个党员先锋岗。</p>",
                &["党建"],
                false,
            ),
        )
        .await?;
        publishing::submit(&demo.secretary, app, a.article.id, Some(false)).await?;
    }

    // The first branch's own column: its 支部书记 submits, the vice-secretary reviews.
    let branch_column = publishing::create_column(
        &demo.admin,
        app,
        ColumnInput {
            org_id: Some(demo.branches[0]),
            name: "支部动态".into(),
            description: Some("第一党支部的工作动态".into()),
            submit_policy: SubmitPolicy::Correspondent,
            second_review: false,
            is_public: false,
        },
    )
    .await?;
    if let Some(&head) = demo.branch_officers[0].first() {
        let ctx = demo.as_person(head);
        if ctx.member_id() != Some(demo.secretary_id) {
            let a = publishing::create_article(
                &ctx,
                app,
                branch_column.column.id,
                input(
                    "支部组织党员参观红色教育基地",
                    "<p>支部组织党员赴革命纪念馆开展主题党日活动，重温入党誓词。</p>",
                    &["主题党日"],
                    false,
                ),
            )
            .await?;
            publishing::submit(&ctx, app, a.article.id, Some(false)).await?;
        }
    }
    Ok(())
}
