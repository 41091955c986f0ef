//! The demo tenant `make run` seeds once: a party committee with branches and groups, a union
//! with branches, a league committee with branches, departments, a grid, about 200 members
//! with Chinese names and officers in position, two notices and three meetings of a branch.

use crate::{
    App, AppResult, Ctx,
    identity::{self, ClientInfo},
    member::{self, MemberUpdate},
    org::{
        self, NewOrg,
        model::{Kind, Line},
    },
    system,
    tenancy::{self, SignUp},
};
use chrono::NaiveDate;
use rand::{RngExt, SeedableRng, rngs::StdRng};
use uuid::Uuid;

/// Demo tenant slug.
pub const SLUG: &str = "demo";
/// Demo administrator login.
pub const ADMIN_EMAIL: &str = "admin@demo.tongxin.cn";
/// Demo administrator password.
pub const ADMIN_PASSWORD: &str = "Tongxin2026";
/// A demo branch secretary's login (same password).
pub const SECRETARY_EMAIL: &str = "secretary@demo.tongxin.cn";

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "萧", "田",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "志强", "海燕", "晓东",
    "立新", "春梅", "子涵", "雨欣", "浩然", "思远", "佳怡", "宇航", "梓萱", "俊杰", "欣怡",
];

/// Seeds the demo tenant unless it exists; returns whether it was created.
pub async fn seed(app: &App) -> AppResult<bool> {
    if system::tenant_by_slug(&app.db, SLUG).await?.is_some() {
        return Ok(false);
    }
    let client = ClientInfo {
        request_id: "seed-demo".into(),
        ..ClientInfo::default()
    };
    let grant = tenancy::sign_up(
        app,
        SignUp {
            tenant_name: "同心示范集团有限公司".into(),
            tenant_slug: SLUG.into(),
            admin_name: "党群工作部管理员".into(),
            admin_email: ADMIN_EMAIL.into(),
            admin_password: ADMIN_PASSWORD.into(),
        },
        &client,
    )
    .await?;
    let ctx = grant.ctx(&client);
    let mut rng = StdRng::seed_from_u64(20261121);

    let top = |name: &str, line: Line| NewOrg {
        parent_id: None,
        name: name.into(),
        line,
        kind: None,
        is_joint: false,
        is_virtual: false,
    };
    let under = |parent: Uuid, name: &str, line: Line, kind: Kind| NewOrg {
        parent_id: Some(parent),
        name: name.into(),
        line,
        kind: Some(kind),
        is_joint: false,
        is_virtual: false,
    };
    let committee = org::create(&ctx, app, top("集团党委", Line::Party)).await?;
    let mut branches = Vec::new();
    for name in ["机关第一党支部", "生产运营党支部", "研发中心党支部"] {
        let b = org::create(
            &ctx,
            app,
            under(committee.id, name, Line::Party, Kind::PartyBranch),
        )
        .await?;
        org::create(
            &ctx,
            app,
            under(
                b.id,
                &format!("{}第一党小组", &name[..name.len() - "党支部".len()]),
                Line::Party,
                Kind::PartyGroup,
            ),
        )
        .await?;
        branches.push(b);
    }
    let union = org::create(&ctx, app, top("集团工会", Line::Union)).await?;
    let mut union_branches = Vec::new();
    for name in ["机关分会", "生产分会", "研发分会"] {
        union_branches.push(
            org::create(
                &ctx,
                app,
                under(union.id, name, Line::Union, Kind::UnionBranch),
            )
            .await?,
        );
    }
    let league = org::create(&ctx, app, top("集团团委", Line::Youth)).await?;
    let mut league_branches = Vec::new();
    for name in ["机关团支部", "青年突击队团支部"] {
        league_branches.push(
            org::create(
                &ctx,
                app,
                under(league.id, name, Line::Youth, Kind::YouthBranch),
            )
            .await?,
        );
    }
    let mut departments = Vec::new();
    for name in ["综合办公室", "生产运营部", "研发中心"] {
        departments.push(org::create(&ctx, app, top(name, Line::Admin)).await?);
    }
    org::create(&ctx, app, top("厂区第一网格", Line::Grid)).await?;

    let mut members = Vec::new();
    for i in 0..200usize {
        let name = format!(
            "{}{}",
            SURNAMES[rng.random_range(0..SURNAMES.len())],
            GIVEN[rng.random_range(0..GIVEN.len())]
        );
        let age: i32 = rng.random_range(20..60);
        let status = match rng.random_range(0..100) {
            0..=44 => "FULL_MEMBER",
            45..=49 => "PROBATIONARY",
            50..=53 => "DEVELOPMENT_TARGET",
            54..=58 => "ACTIVIST",
            59..=63 => "APPLICANT",
            _ if age <= 28 => "LEAGUE_MEMBER",
            _ => "MASSES",
        };
        let unit = i % 3;
        let mut orgs = vec![departments[unit].id, union_branches[unit].id];
        if matches!(status, "FULL_MEMBER" | "PROBATIONARY") {
            orgs.push(branches[unit].id);
        }
        if status == "LEAGUE_MEMBER" {
            orgs.push(league_branches[i % 2].id);
        }
        let birth = NaiveDate::from_ymd_opt(
            2026 - age,
            rng.random_range(1..=12),
            rng.random_range(1..=28),
        );
        let m = member::create(
            &ctx,
            app,
            MemberUpdate {
                name: Some(name),
                gender: Some(
                    if rng.random_range(0..2) == 0 {
                        "男"
                    } else {
                        "女"
                    }
                    .into(),
                ),
                birth_date: birth,
                phone: Some(format!("139{:08}", 10_000_000 + i * 7919 % 89_999_999)),
                email: Some(format!("member{i:03}@demo.tongxin.cn")),
                political_status: Some(status.into()),
                organization_ids: Some(orgs),
                posts: None,
            },
        )
        .await?;
        members.push((m, status));
    }

    // Officers: a secretary for each branch, a union chair and a league secretary.
    let term = NaiveDate::from_ymd_opt(2024, 7, 1).unwrap_or_default();
    let term_end = NaiveDate::from_ymd_opt(2027, 6, 30);
    for (i, b) in branches.iter().enumerate() {
        if let Some((m, _)) = members
            .iter()
            .filter(|(m, s)| *s == "FULL_MEMBER" && m.party_org_id == Some(b.id))
            .nth(i)
        {
            org::assign_position(&ctx, app, b.id, m.id, "支部书记", None, term, term_end).await?;
        }
    }
    if let Some((m, _)) = members.iter().find(|(_, s)| *s == "FULL_MEMBER") {
        org::assign_position(
            &ctx,
            app,
            committee.id,
            m.id,
            "党委书记",
            Some("org_admin"),
            term,
            term_end,
        )
        .await?;
        org::assign_position(&ctx, app, union.id, m.id, "工会主席", None, term, term_end).await?;
    }
    if let Some((m, _)) = members.iter().find(|(_, s)| *s == "LEAGUE_MEMBER") {
        org::assign_position(&ctx, app, league.id, m.id, "团委书记", None, term, term_end).await?;
    }

    // A branch secretary who can log in, through the real invitation flow.
    let (_, token) =
        identity::invite_member(&ctx, app, SECRETARY_EMAIL, "赵书记", branches[0].id).await?;
    let secretary = identity::accept_invitation(app, &token, ADMIN_PASSWORD, None, &client).await?;
    org::assign_position(
        &ctx,
        app,
        branches[0].id,
        secretary.member_id,
        "支部副书记",
        None,
        term,
        term_end,
    )
    .await?;

    // Notices: one from the branch that asks for acknowledgement, one to the whole party line.
    let branch_ctx = secretary.ctx(&client);
    let week = chrono::Utc::now() + chrono::Duration::days(7);
    let notices = [
        (
            &branch_ctx,
            branches[0].id,
            "关于开展本月主题党日活动的通知",
            "<p>各位党员：</p><p>本月主题党日活动定于周五下午三点在三楼会议室举行，内容为集中学习与志愿服务。请<strong>准时参加</strong>，因故不能参加的请提前向支部请假。</p>",
            true,
            crate::notice::model::Audience {
                orgs: vec![crate::notice::model::AudienceOrg {
                    org_id: branches[0].id,
                    include_subtree: true,
                }],
                ..Default::default()
            },
        ),
        (
            &ctx,
            committee.id,
            "关于做好年度党费收缴工作的公告",
            "<p>请各党支部于月底前完成本年度党费收缴核对工作，并按规定标准足额交纳。</p><ul><li>在职党员按月工资基数计算</li><li>离退休党员按离退休费计算</li></ul>",
            false,
            crate::notice::model::Audience {
                lines: vec!["PARTY".into()],
                ..Default::default()
            },
        ),
    ];
    for (who, issuer, title, body, ack, audience) in notices {
        crate::notice::publish(
            who,
            app,
            crate::notice::model::NoticeInput {
                draft_id: None,
                issuer_org_id: issuer,
                title: title.into(),
                body: body.into(),
                category: if ack { "NOTICE" } else { "ANNOUNCEMENT" }.into(),
                urgent: false,
                ack_required: ack,
                ack_deadline: ack.then_some(week),
                audience,
                attachment_ids: vec![],
                scheduled_at: None,
                reviewer_id: None,
            },
        )
        .await?;
    }

    // Organisation life of the first branch: a committee meeting held last week, a lecture
    // about to begin (its check-in code can be shown at once) and a theme day later this week.
    let now = chrono::Utc::now();
    let hours = chrono::Duration::hours;
    let meetings = [
        (
            "BRANCH_COMMITTEE",
            "支委会：研究本季度发展党员工作",
            now - chrono::Duration::days(5),
            "支部办公室",
        ),
        (
            "PARTY_LECTURE",
            "书记讲党课：学习党章",
            now + chrono::Duration::minutes(10),
            "三楼会议室",
        ),
        (
            "THEME_PARTY_DAY",
            "主题党日：集中学习与志愿服务",
            now + chrono::Duration::days(3),
            "三楼会议室",
        ),
    ];
    for (kind, title, starts_at, location) in meetings {
        crate::meeting::schedule(
            &branch_ctx,
            app,
            crate::meeting::ScheduleInput {
                org_id: branches[0].id,
                kind: kind.into(),
                title: title.into(),
                starts_at,
                ends_at: starts_at + hours(2),
                location: Some(location.into()),
                agenda: None,
                is_election: false,
                geofence: None,
                include_sub_orgs: true,
                extra_member_ids: vec![],
            },
        )
        .await?;
    }
    Ok(true)
}

/// A context acting as the demo administrator (for tools and benchmarks).
pub async fn admin_ctx(app: &App) -> AppResult<Ctx> {
    let grant = identity::log_in(
        app,
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        Some(SLUG),
        &ClientInfo::default(),
    )
    .await?;
    Ok(grant.ctx(&ClientInfo::default()))
}
