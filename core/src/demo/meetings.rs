//! Organisation life of the three branches over the last three months and the weeks ahead: 支委会
//! and 主题党日 every month, a 支部党员大会 and a 党课 in the quarter; the meetings held have
//! their check-ins, leave and approved minutes (the latest one's still a draft), and the ones
//! to come have invitations and leave requests. The union and the league meet too.

use super::{Demo, at, store};
use crate::{
    App, AppResult, Ctx,
    meeting::{self, MeetingView, ScheduleInput},
};
use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};
use rand::{RngExt, rngs::StdRng};
use uuid::Uuid;

const THEMES: &[&str] = &[
    "重温入党誓词",
    "学习党章党规",
    "志愿服务进社区",
    "参观红色教育基地",
    "安全生产大检查",
    "学习新修订的纪律处分条例",
];
const COMMITTEE_TOPICS: &[&str] = &[
    "研究本季度发展党员工作",
    "研究党费收缴与使用",
    "研究主题党日活动安排",
    "研究党员教育培训计划",
];
const LEAVE_REASONS: &[&str] = &["出差", "病假", "值班", "外出培训", "家中有事"];

/// A meeting to hold.
struct Plan {
    org: Uuid,
    kind: &'static str,
    title: String,
    starts_at: DateTime<Utc>,
    location: &'static str,
}

/// The meetings of a branch in a month, on the days branches usually keep.
fn branch_month(demo: &Demo, branch: usize, month: NaiveDate, n: usize) -> Vec<Plan> {
    let day = |d: u32| NaiveDate::from_ymd_opt(month.year(), month.month(), d).unwrap_or(month);
    let org = demo.branches[branch];
    let mut plans = vec![
        Plan {
            org,
            kind: "BRANCH_COMMITTEE",
            title: format!(
                "支委会：{}",
                COMMITTEE_TOPICS[(n + branch) % COMMITTEE_TOPICS.len()]
            ),
            starts_at: at(day(6 + branch as u32), 14, 30),
            location: "支部办公室",
        },
        Plan {
            org,
            kind: "THEME_PARTY_DAY",
            title: format!(
                "{}月主题党日：{}",
                month.month(),
                THEMES[(n + 2 * branch) % THEMES.len()]
            ),
            starts_at: at(day(18 + branch as u32), 15, 0),
            location: "三楼会议室",
        },
    ];
    // The quarter's general meeting and lecture, in its second and third month.
    match month.month() % 3 {
        2 => plans.push(Plan {
            org,
            kind: "BRANCH_GENERAL_MEETING",
            title: "支部党员大会：通报季度工作，讨论发展党员".into(),
            starts_at: at(day(25), 14, 0),
            location: "三楼会议室",
        }),
        0 => plans.push(Plan {
            org,
            kind: "PARTY_LECTURE",
            title: "书记讲党课：弘扬优良作风".into(),
            starts_at: at(day(12 + branch as u32), 15, 30),
            location: "报告厅",
        }),
        _ => {}
    }
    plans
}

pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let now = Utc::now();
    let this_month = crate::dues::current_month(now);

    // The first branch's own weeks around today: a committee meeting last week, a lecture
    // about to begin (its check-in code can be shown at once) and a theme day later this week.
    let mut plans: Vec<(usize, Plan)> = [
        (
            "BRANCH_COMMITTEE",
            "支委会：研究本季度发展党员工作",
            now - Duration::days(5),
            "支部办公室",
        ),
        (
            "PARTY_LECTURE",
            "书记讲党课：学习党章",
            now + Duration::minutes(10),
            "三楼会议室",
        ),
        (
            "THEME_PARTY_DAY",
            "主题党日：集中学习与志愿服务",
            now + Duration::days(3),
            "三楼会议室",
        ),
    ]
    .into_iter()
    .map(|(kind, title, starts_at, location)| {
        (
            0,
            Plan {
                org: demo.branches[0],
                kind,
                title: title.into(),
                starts_at,
                location,
            },
        )
    })
    .collect();
    for branch in 0..demo.branches.len() {
        for (n, back) in (0..=2).rev().enumerate() {
            let month = this_month - Months::new(back);
            for p in branch_month(demo, branch, month, n) {
                // Those of the first branch's own weeks stand instead of the usual ones.
                let replaced = branch == 0
                    && plans[..3].iter().any(|(_, q)| {
                        q.kind == p.kind && (q.starts_at - p.starts_at).num_days().abs() < 25
                    });
                if !replaced {
                    plans.push((branch, p));
                }
            }
        }
    }
    plans.sort_by_key(|(_, p)| p.starts_at);

    // The latest meeting each branch has held keeps its minutes as a draft.
    let mut latest_held: Vec<Option<Uuid>> = vec![None; demo.branches.len()];
    let mut held = Vec::new();
    for (branch, p) in plans {
        let ctx = demo.branch_ctx(branch);
        let view = schedule(app, &ctx, &p).await?;
        if p.starts_at <= now {
            latest_held[branch] = Some(view.row.id);
            held.push((branch, view));
        } else if p.kind == "THEME_PARTY_DAY"
            && branch == 0
            && p.starts_at < now + Duration::days(7)
        {
            ask_leave(app, demo, &ctx, &view, rng).await?;
        }
    }
    for (branch, view) in held {
        let ctx = demo.branch_ctx(branch);
        attend(app, demo, &ctx, &view, rng).await?;
        let draft_only = latest_held[branch] == Some(view.row.id);
        write_minutes(app, &ctx, &view, draft_only).await?;
    }

    // The union and the league meet as well: a union committee meeting next week and a league
    // theme day the week after.
    if let Some(chair) = demo.committee_secretary {
        schedule(
            app,
            &demo.as_person(chair),
            &Plan {
                org: demo.union,
                kind: "UNION_COMMITTEE",
                title: "工会委员会：研究职工健康体检与慰问安排".into(),
                starts_at: at(super::today() + Duration::days(8), 10, 0),
                location: "工会活动室",
            },
        )
        .await?;
    }
    if let Some(s) = demo.league_secretary {
        schedule(
            app,
            &demo.as_person(s),
            &Plan {
                org: demo.league_branches[0],
                kind: "LEAGUE_DAY",
                title: "主题团日：青年读书分享".into(),
                starts_at: at(super::today() + Duration::days(12), 16, 0),
                location: "青年之家",
            },
        )
        .await?;
    }
    Ok(())
}

async fn schedule(app: &App, ctx: &Ctx, p: &Plan) -> AppResult<MeetingView> {
    meeting::schedule(
        ctx,
        app,
        ScheduleInput {
            org_id: p.org,
            kind: p.kind.into(),
            title: p.title.clone(),
            starts_at: p.starts_at,
            ends_at: p.starts_at + Duration::hours(2),
            location: Some(p.location.into()),
            agenda: None,
            is_election: false,
            geofence: None,
            include_sub_orgs: true,
            extra_member_ids: vec![],
        },
    )
    .await
}

/// Who came to a meeting held: most by the QR code in the ten minutes before it began, a few
/// marked by hand, some on leave, the rest absent.
async fn attend(
    app: &App,
    demo: &Demo,
    ctx: &Ctx,
    view: &MeetingView,
    rng: &mut StdRng,
) -> AppResult<()> {
    let invited: Vec<Uuid> = meeting::attendees(ctx, app, view)
        .await?
        .into_iter()
        .map(|a| a.member_id)
        .collect();
    let starts = view.row.starts_at;
    let officer = ctx.member_id();
    let mut checks = Vec::new();
    let mut leaves = Vec::new();
    for i in demo.indexes_of(&invited) {
        let member = demo.people[i].id;
        match rng.random_range(0..100) {
            0..=79 => checks.push(store::PastCheckIn {
                member,
                at: starts - Duration::seconds(rng.random_range(0..600)),
                method: "QR",
                by: Some(member),
            }),
            80..=84 => checks.push(store::PastCheckIn {
                member,
                at: starts + Duration::seconds(rng.random_range(0..300)),
                method: "MANUAL",
                by: officer,
            }),
            85..=92 => leaves.push(store::PastLeave {
                member,
                reason: LEAVE_REASONS[rng.random_range(0..LEAVE_REASONS.len())],
                decided_by: officer,
                decided_at: starts - Duration::hours(rng.random_range(4..48)),
            }),
            _ => {}
        }
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    store::backdate_meeting(&mut tx, view.row.id, starts - Duration::days(7)).await?;
    store::record_attendance(&mut tx, view.row.id, &checks, &leaves).await?;
    super::points::meeting_held(&mut tx, ctx, &view.row, &checks).await?;
    tx.commit().await?;
    Ok(())
}

/// The minutes of a meeting held, approved unless it is the latest.
async fn write_minutes(
    app: &App,
    ctx: &Ctx,
    view: &MeetingView,
    draft_only: bool,
) -> AppResult<()> {
    let present = meeting::attendance(ctx, app, view.row.id).await?;
    let text = format!(
        "会议应到 {} 人，实到 {} 人，请假 {} 人。\n会议议程：\n一、传达学习上级有关文件精神；\n二、{}；\n三、部署下阶段工作。\n与会同志结合本职工作进行了交流发言。",
        present.expected, present.present, present.on_leave, view.row.title
    );
    let resolutions = vec![
        "按计划推进下阶段各项工作".to_string(),
        "会后由组织委员负责督促落实".to_string(),
    ];
    meeting::save_minutes(ctx, app, view.row.id, &text, &resolutions, &[]).await?;
    if !draft_only {
        meeting::approve_minutes(ctx, app, view.row.id).await?;
    }
    Ok(())
}

/// Two invitees ask for leave from a meeting to come; the branch grants the first.
async fn ask_leave(
    app: &App,
    demo: &Demo,
    ctx: &Ctx,
    view: &MeetingView,
    rng: &mut StdRng,
) -> AppResult<()> {
    let invited: Vec<Uuid> = meeting::attendees(ctx, app, view)
        .await?
        .into_iter()
        .map(|a| a.member_id)
        .collect();
    let askers: Vec<usize> = demo
        .indexes_of(&invited)
        .into_iter()
        // Neither the officer who decides nor the secretary, whose invitation the visitor has.
        .filter(|&i| Some(demo.people[i].id) != ctx.member_id())
        .filter(|&i| demo.people[i].id != demo.secretary_id)
        .take(2)
        .collect();
    for (n, &i) in askers.iter().enumerate() {
        let reason = LEAVE_REASONS[rng.random_range(0..LEAVE_REASONS.len())];
        let who = demo.as_person(i);
        meeting::request_leave(&who, app, view.row.id, &format!("{reason}，无法参加")).await?;
        if n == 0 {
            meeting::decide_leave(ctx, app, view.row.id, demo.people[i].id, true).await?;
        }
    }
    Ok(())
}
