//! The demo's participation: ideas (金点子) on the first branch's wall in every status with
//! supports and comments (one anonymous), an answered and rated inquiry beside an open one, and
//! a reported comment waiting in the branch's moderation queue. Everything goes through the
//! services, acting as the members and the branch's secretary.

use super::Demo;
use crate::idea::{self, NewIdea};
use crate::moderation::ContentKind;
use crate::{App, AppResult, inquiry, moderation};
use rand::rngs::StdRng;

/// Ideas: title, body, anonymous, how far the branch took them (0 submitted, 1 under review,
/// 2 adopted, 3 not adopted, 4 implemented).
const IDEAS: [(&str, &str, bool, u8); 5] = [
    (
        "在食堂增设夜班窗口",
        "生产一线夜班职工较多，建议食堂晚上十点至十二点增设一个窗口，提供简餐。",
        false,
        4,
    ),
    (
        "支部主题党日可到红色教育基地现场学习",
        "建议每季度安排一次到本市红色教育基地的现场学习，增强主题党日的吸引力。",
        false,
        2,
    ),
    (
        "建立职工书屋线上借阅登记",
        "目前借书靠纸质登记，建议在同心上增加线上登记和到期提醒。",
        true,
        1,
    ),
    (
        "会议室预约改为线上统一管理",
        "各部门会议室冲突较多，建议统一线上预约。",
        false,
        3,
    ),
    (
        "厂区增设电动自行车充电棚",
        "电动车楼内充电存在隐患，建议在东门停车区增设集中充电棚。",
        false,
        0,
    ),
];

pub(super) async fn seed(app: &App, demo: &Demo, _rng: &mut StdRng) -> AppResult<()> {
    let branch = demo.branches[0];
    let officer = demo.branch_ctx(0);
    let officer_id = officer.member_id();
    let members: Vec<usize> = demo
        .in_branch(0, &["FULL_MEMBER", "PROBATIONARY"])
        .into_iter()
        .filter(|i| Some(demo.people[*i].id) != officer_id)
        .take(8)
        .collect();
    if members.len() < 4 {
        return Ok(());
    }
    let mut first_comment = None;
    for (n, (title, body, anonymous, stage)) in IDEAS.iter().enumerate() {
        let author = members[n % members.len()];
        let view = idea::service::submit(
            &demo.as_person(author),
            app,
            NewIdea {
                org_id: branch,
                title: (*title).into(),
                body: (*body).into(),
                anonymous: *anonymous,
            },
        )
        .await?;
        let id = view.row.id;
        for s in members
            .iter()
            .filter(|s| **s != author)
            .take(1 + (n * 2) % 6)
        {
            idea::service::support(&demo.as_person(*s), app, id).await?;
        }
        let commenter = members[(n + 1) % members.len()];
        let c = idea::service::comment(&demo.as_person(commenter), app, id, "赞成，希望尽快落实。")
            .await?;
        first_comment.get_or_insert((c.id, commenter, author));
        if *stage >= 1 {
            idea::service::review(&officer, app, id, Some("支委会研究中")).await?;
        }
        match stage {
            2 | 4 => {
                idea::service::decide(&officer, app, id, true, Some("经支委会研究，予以采纳"))
                    .await?;
            }
            3 => {
                idea::service::decide(
                    &officer,
                    app,
                    id,
                    false,
                    Some("行政办公室已在推进统一预约系统，暂不另行建设"),
                )
                .await?;
            }
            _ => {}
        }
        if *stage == 4 {
            idea::service::mark_implemented(&officer, app, id, Some("夜班窗口已于本月开放"))
                .await?;
        }
    }

    // Inquiries: one answered and rated, one open.
    let asker = demo.as_person(members[1]);
    let answered = inquiry::service::ask(
        &asker,
        app,
        branch,
        "党费使用情况是否定期公开？",
        "想了解支部党费的使用情况在哪里可以查到。",
    )
    .await?;
    inquiry::service::answer(
        &officer,
        app,
        answered.row.id,
        "支部党费使用情况每季度在支部公开栏和同心通知中公示，下次公示在季度末。",
    )
    .await?;
    inquiry::service::rate(&asker, app, answered.row.id, 5, Some("答复及时清楚")).await?;
    inquiry::service::ask(
        &demo.as_person(members[2]),
        app,
        branch,
        "入党积极分子培训何时开班？",
        "部门有两名同事递交了入党申请书，想了解今年积极分子培训班的安排。",
    )
    .await?;

    // A reported comment waiting in the queue.
    if let Some((comment, commenter, author)) = first_comment {
        let reporter = members
            .iter()
            .copied()
            .find(|m| *m != commenter && *m != author)
            .unwrap_or(members[3]);
        moderation::service::report(
            &demo.as_person(reporter),
            app,
            ContentKind::IdeaComment,
            comment,
            "与主题无关",
        )
        .await?;
    }
    Ok(())
}
