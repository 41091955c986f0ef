//! Chat as it looks after a busy week: org groups of the first unit and of a production
//! branch, the head office's 党工团一体化群, the secretaries' liaison group and a direct chat
//! between the administrator and the branch secretary, each with the week's messages, read
//! cursors (a few unread for the two who log in), and the latest word sent just now.

use super::{Demo, is_party_placed, store};
use crate::{
    App, AppResult,
    chat::{self, groups},
};
use chrono::{DateTime, Duration, Timelike, Utc};
use rand::{RngExt, rngs::StdRng};
use uuid::Uuid;

/// Who says a line of a script.
#[derive(Debug, Clone, Copy)]
enum Who {
    /// The group's first officer.
    Lead,
    Admin,
    Secretary,
    /// Another officer of the group (the second of its leads).
    Second,
    /// The third of its leads.
    Third,
    /// Any participant.
    Anyone,
}

/// A conversation to fill: who takes part, who leads, what was said.
struct Script {
    conversation: Uuid,
    people: Vec<Uuid>,
    leads: Vec<Uuid>,
    lines: &'static [(Who, &'static str)],
    /// Messages the administrator and the secretary have not read yet.
    unread: i64,
}

const BRANCH: &[(Who, &str)] = &[
    (
        Who::Secretary,
        "各位党员，本周五下午三点在三楼会议室开展主题党日活动，请大家准时参加。",
    ),
    (Who::Anyone, "收到！"),
    (Who::Anyone, "收到，准时参加。"),
    (Who::Anyone, "周五上午要去客户那边，下午能赶回来。"),
    (
        Who::Lead,
        "本月党费请大家在10号前交纳，工资代扣的同志不用另行操作。",
    ),
    (Who::Anyone, "请问缴费基数调整后从哪个月开始按新标准？"),
    (
        Who::Secretary,
        "从新工资发放的当月开始执行，在“我的党费”里可以查看自己的缴费明细。",
    ),
    (Who::Anyone, "明白了，谢谢赵书记。"),
    (
        Who::Lead,
        "下周一支委会研究发展党员工作，请各位委员提前准备材料。",
    ),
    (Who::Second, "好的，材料我来汇总。"),
    (
        Who::Secretary,
        "学习资料已经随通知发出，请大家抽空学习，做好笔记。",
    ),
];

const PRODUCTION: &[(Who, &str)] = &[
    (
        Who::Lead,
        "生产一线的党员同志注意：本周开展安全生产大检查，党员要带头排查隐患。",
    ),
    (Who::Anyone, "收到，我们班组已经开始自查了。"),
    (Who::Anyone, "三号车间的消防通道有杂物，已经通知清理。"),
    (Who::Lead, "很好，发现问题及时整改，整改完拍照发群里。"),
    (Who::Anyone, "已整改完毕，照片已发。"),
    (
        Who::Anyone,
        "这个月的主题党日能不能安排在晚班之前？好几位同志上夜班。",
    ),
    (Who::Lead, "可以，支委会上商量一下时间。"),
    (Who::Second, "我统计一下大家的班次。"),
];

const JOINT: &[(Who, &str)] = &[
    (
        Who::Admin,
        "各位同事，综合办公室党工团一体化群已建立，党建、工会和团委的通知以后都会在这里同步。",
    ),
    (Who::Anyone, "收到👍"),
    (
        Who::Secretary,
        "工会下月组织健康体检，请大家留意通知并确认是否参加。",
    ),
    (Who::Anyone, "体检可以带家属吗？"),
    (
        Who::Admin,
        "这次仅限会员本人，家属体检工会正在联系优惠方案。",
    ),
    (Who::Anyone, "年底各部门的先进评选材料什么时候交？"),
    (Who::Admin, "本月25日前交到党群工作部，模板稍后发到群里。"),
    (Who::Anyone, "好的，收到。"),
    (
        Who::Anyone,
        "青年读书分享会下周在青年之家举行，欢迎大家参加！",
    ),
];

const UNION: &[(Who, &str)] = &[
    (
        Who::Anyone,
        "今年的生日慰问品已经发放，没领到的同事请到工会活动室领取。",
    ),
    (Who::Anyone, "已领到，谢谢工会！"),
    (Who::Anyone, "请问羽毛球场地每周几可以预约？"),
    (Who::Anyone, "周二和周四晚上，在工会活动室登记就行。"),
    (Who::Anyone, "好的，谢谢！"),
];

const LIAISON: &[(Who, &str)] = &[
    (
        Who::Admin,
        "各支部书记：年度党建工作考核材料请在本月底前提交，考核细则已发在通知公告里。",
    ),
    (Who::Second, "收到，生产运营党支部正在整理。"),
    (Who::Third, "研发中心党支部收到。"),
    (Who::Secretary, "机关第一党支部的材料这周就能交。"),
    (
        Who::Admin,
        "另外，请各支部核对党费收缴情况，有几位同志已经欠交三个月了。",
    ),
    (Who::Secretary, "好的，我们支部会逐一提醒。"),
    (
        Who::Lead,
        "发展党员公示期间要注意收集群众意见，程序一定要规范。",
    ),
    (Who::Anyone, "明白。"),
    (Who::Admin, "下周三上午开党建工作例会，请各位书记参加。"),
];

const DIRECT: &[(Who, &str)] = &[
    (
        Who::Admin,
        "赵书记，你们支部本月主题党日的方案我看了，没有问题。",
    ),
    (Who::Secretary, "好的，谢谢！活动结束后我们把总结报上来。"),
    (Who::Admin, "主题党日的照片记得留存，年底考核要用。"),
    (Who::Secretary, "已经安排专人拍照了。"),
];

const LEAGUE: &[(Who, &str)] = &[
    (Who::Anyone, "周末的志愿服务活动还有名额吗？"),
    (Who::Anyone, "还有5个名额，报名从速！"),
    (Who::Anyone, "我报一个！"),
    (Who::Anyone, "我也报名。"),
    (Who::Anyone, "团费这个月交了吗？"),
    (Who::Anyone, "工资里代扣了，在“我的缴费”里能看到。"),
];

pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let ids = |f: &dyn Fn(&super::Person) -> bool| -> Vec<Uuid> {
        demo.people.iter().filter(|p| f(p)).map(|p| p.id).collect()
    };
    let officers = |b: usize| -> Vec<Uuid> {
        demo.branch_officers[b]
            .iter()
            .map(|&i| demo.people[i].id)
            .collect()
    };
    let person = |i: Option<usize>| i.map(|i| demo.people[i].id);

    // The groups the administrator starts: the head office's joint group, the secretaries'
    // liaison group and a direct chat with the first branch's secretary.
    let joint = groups::create_joint_group(
        &demo.admin,
        app,
        demo.departments[0],
        &[
            demo.branches[0],
            demo.union_branches[0],
            demo.league_branches[0],
        ],
        "综合办公室党工团一体化群",
    )
    .await?;
    let mut secretaries: Vec<Uuid> = (0..demo.branches.len())
        .filter_map(|b| demo.branch_officers[b].first().map(|&i| demo.people[i].id))
        .collect();
    secretaries.extend(person(demo.committee_secretary));
    secretaries.extend(person(demo.league_secretary));
    secretaries.push(demo.secretary_id);
    let liaison =
        groups::create_group(&demo.admin, app, "党建工作联络群", &secretaries, false).await?;
    let direct = groups::open_direct(&demo.admin, app, demo.secretary_id).await?;

    let mut tx = app.db.begin_tenant(&demo.admin).await?;
    let org_group = store::org_conversations(
        &mut tx,
        &[
            demo.branches[0],
            demo.branches[1],
            demo.union_branches[0],
            demo.league_branches[1],
        ],
    )
    .await?;
    tx.commit().await?;
    let first_unit = ids(&|p| p.unit == 0);
    let mut in_joint = first_unit.clone();
    in_joint.push(demo.admin_id);
    in_joint.extend(ids(&|p| p.league_branch == Some(0)));
    let scripts = [
        Script {
            conversation: org_group[0],
            people: ids(&|p| p.unit == 0 && is_party_placed(p.status)),
            leads: officers(0),
            lines: BRANCH,
            unread: 2,
        },
        Script {
            conversation: org_group[1],
            people: ids(&|p| p.unit == 1 && is_party_placed(p.status)),
            leads: officers(1),
            lines: PRODUCTION,
            unread: 0,
        },
        Script {
            conversation: joint.id,
            people: in_joint,
            leads: vec![demo.admin_id],
            lines: JOINT,
            unread: 3,
        },
        Script {
            conversation: org_group[2],
            people: first_unit,
            leads: person(demo.committee_secretary).into_iter().collect(),
            lines: UNION,
            unread: 1,
        },
        Script {
            conversation: liaison.id,
            people: secretaries.iter().copied().chain([demo.admin_id]).collect(),
            leads: [
                person(demo.committee_secretary),
                secretaries.get(1).copied(),
                secretaries.get(2).copied(),
            ]
            .into_iter()
            .flatten()
            .collect(),
            lines: LIAISON,
            unread: 2,
        },
        Script {
            conversation: direct.id,
            people: vec![demo.admin_id, demo.secretary_id],
            leads: vec![demo.admin_id],
            lines: DIRECT,
            unread: 0,
        },
        Script {
            conversation: org_group[3],
            people: ids(&|p| p.league_branch == Some(1)),
            leads: person(demo.league_secretary).into_iter().collect(),
            lines: LEAGUE,
            unread: 0,
        },
    ];
    let now = Utc::now();
    for s in &scripts {
        fill(app, demo, s, now, rng).await?;
    }

    // The latest word, sent just now: the secretary's message reaches the administrator as a
    // direct message, the committee secretary's mention reaches the secretary.
    chat::send(
        &demo.secretary,
        app,
        &chat::Send {
            conversation: direct.id,
            body: "另外，本月支部的党费已基本收齐，欠交的同志我们正在逐一提醒。",
            client_message_id: "seed-latest",
            ..Default::default()
        },
    )
    .await?;
    if let Some(c) = demo.committee_secretary {
        chat::send(
            &demo.as_person(c),
            app,
            &chat::Send {
                conversation: liaison.id,
                body: "@赵书记 请本周把机关第一党支部的考核材料报党委。",
                client_message_id: "seed-latest",
                mentions: &[demo.secretary_id],
                ..Default::default()
            },
        )
        .await?;
    }
    Ok(())
}

/// Writes a script's messages over the last days, and where each participant has read to.
async fn fill(
    app: &App,
    demo: &Demo,
    s: &Script,
    now: DateTime<Utc>,
    rng: &mut StdRng,
) -> AppResult<()> {
    if s.people.is_empty() {
        return Ok(());
    }
    // Anyone is one of the rank and file, when the group has some.
    let rank: Vec<Uuid> = s
        .people
        .iter()
        .copied()
        .filter(|m| *m != demo.admin_id && *m != demo.secretary_id && !s.leads.contains(m))
        .collect();
    let rank = if rank.is_empty() { &s.people } else { &rank };
    let pick = |who: Who, rng: &mut StdRng| -> Uuid {
        let lead = |n: usize| s.leads.get(n).or(s.leads.first()).copied();
        let any = rank[rng.random_range(0..rank.len())];
        match who {
            Who::Admin => demo.admin_id,
            Who::Secretary => demo.secretary_id,
            Who::Lead => lead(0).unwrap_or(any),
            Who::Second => lead(1).unwrap_or(any),
            Who::Third => lead(2).unwrap_or(any),
            Who::Anyone => any,
        }
    };
    // Back from a little while ago, a few minutes to half a day apart, in waking hours.
    let mut times = Vec::new();
    let mut t = now - Duration::minutes(rng.random_range(20..240));
    for _ in s.lines {
        t = waking(t);
        times.push(t);
        t -= Duration::minutes(rng.random_range(3..720));
    }
    times.reverse();
    let messages: Vec<store::PastMessage> = s
        .lines
        .iter()
        .zip(times)
        .map(|(&(who, body), sent_at)| store::PastMessage {
            author: pick(who, rng),
            body,
            sent_at,
        })
        .collect();
    let mut tx = app.db.begin_tenant(&demo.admin).await?;
    let last = store::insert_messages(&mut tx, s.conversation, &messages).await?;
    // Authors have read up to what they wrote; most others have caught up, some not yet; the
    // two who log in leave the last few for the visitor.
    let mut cursors: Vec<(Uuid, i64)> = Vec::new();
    for &m in &s.people {
        let wrote = messages
            .iter()
            .rposition(|x| x.author == m)
            .map(|k| last - (messages.len() - 1 - k) as i64)
            .unwrap_or(0);
        let seen = if m == demo.admin_id || m == demo.secretary_id {
            last - s.unread
        } else if rng.random_range(0..4) > 0 {
            last
        } else {
            rng.random_range(0..=last)
        };
        cursors.push((m, seen.max(wrote)));
    }
    store::set_read(&mut tx, s.conversation, &cursors).await?;
    tx.commit().await?;
    Ok(())
}

/// The same moment, or the evening before when it falls in the night (Beijing time).
fn waking(t: DateTime<Utc>) -> DateTime<Utc> {
    let hour = t.with_timezone(&chrono_tz::Asia::Shanghai).hour();
    if (8..22).contains(&hour) {
        t
    } else {
        // Back to 21:xx of the evening before (or of the same evening past 22:00).
        let back = if hour >= 22 { hour - 21 } else { hour + 3 };
        t - Duration::hours(i64::from(back))
    }
}
