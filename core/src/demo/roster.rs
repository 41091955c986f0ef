//! The demo's organisation tree, members and officers.

use super::{Demo, Person, SECRETARY_EMAIL, is_party_placed, store, today};
use crate::{
    App, AppResult,
    identity::{self, ClientInfo},
    member::{self, MemberUpdate},
    org::{
        self, NewOrg,
        model::{Kind, Line},
    },
    tenancy::{self, SignUp},
};
use chrono::{Datelike, Days, Months, NaiveDate};
use rand::{RngExt, rngs::StdRng};
use std::fmt::Write;
use uuid::Uuid;

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

/// Members created besides the administrator and the secretary.
const MEMBERS: usize = 200;
/// Party branches, union branches and departments: unit `i` is the `i`-th of each.
const BRANCHES: [&str; 3] = ["机关第一党支部", "生产运营党支部", "研发中心党支部"];
const UNION_BRANCHES: [&str; 3] = ["机关分会", "生产分会", "研发分会"];
const DEPARTMENTS: [&str; 3] = ["综合办公室", "生产运营部", "研发中心"];
const LEAGUE_BRANCHES: [&str; 2] = ["机关团支部", "青年突击队团支部"];

/// Signs the tenant up, builds the org tree, creates the members and puts officers in place.
pub(super) async fn seed(app: &App, rng: &mut StdRng) -> AppResult<Demo> {
    let client = ClientInfo {
        request_id: "seed-demo".into(),
        ..ClientInfo::default()
    };
    let grant = tenancy::sign_up(
        app,
        SignUp {
            tenant_name: "同心示范集团有限公司".into(),
            tenant_slug: super::SLUG.into(),
            admin_name: "党群工作部管理员".into(),
            admin_email: super::ADMIN_EMAIL.into(),
            admin_password: super::ADMIN_PASSWORD.into(),
        },
        &client,
    )
    .await?;
    let ctx = grant.ctx(&client);

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
    for name in BRANCHES {
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
        branches.push(b.id);
    }
    let union = org::create(&ctx, app, top("集团工会", Line::Union)).await?;
    let mut union_branches = Vec::new();
    for name in UNION_BRANCHES {
        union_branches.push(
            org::create(
                &ctx,
                app,
                under(union.id, name, Line::Union, Kind::UnionBranch),
            )
            .await?
            .id,
        );
    }
    let league = org::create(&ctx, app, top("集团团委", Line::Youth)).await?;
    let mut league_branches = Vec::new();
    for name in LEAGUE_BRANCHES {
        league_branches.push(
            org::create(
                &ctx,
                app,
                under(league.id, name, Line::Youth, Kind::YouthBranch),
            )
            .await?
            .id,
        );
    }
    let mut departments = Vec::new();
    for name in DEPARTMENTS {
        departments.push(org::create(&ctx, app, top(name, Line::Admin)).await?.id);
    }
    org::create(&ctx, app, top("厂区第一网格", Line::Grid)).await?;

    // The roster comes as the personnel office exports it, imported in one go.
    let this_year = today().year();
    let mut roster = String::from("姓名,性别,出生日期,手机,邮箱,政治面貌,所属组织");
    let mut people = Vec::new();
    for i in 0..MEMBERS {
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
        let mut orgs = vec![DEPARTMENTS[unit], UNION_BRANCHES[unit]];
        // Applicants, activists and development targets are kept by the branch that trains
        // them, as much as its members: the pipeline board lists the branch's members.
        if is_party_placed(status) {
            orgs.push(BRANCHES[unit]);
        }
        let league_branch = (status == "LEAGUE_MEMBER").then_some(i % 2);
        if let Some(l) = league_branch {
            orgs.push(LEAGUE_BRANCHES[l]);
        }
        let birth = NaiveDate::from_ymd_opt(
            this_year - age,
            rng.random_range(1..=12),
            rng.random_range(1..=28),
        )
        .map(|d| d.to_string())
        .unwrap_or_default();
        let gender = if rng.random_range(0..2) == 0 {
            "男"
        } else {
            "女"
        };
        let email = format!("member{i:03}@demo.tongxin.cn");
        let _ = write!(
            roster,
            "\n{name},{gender},{birth},139{:08},{email},{status},{}",
            10_000_000 + i * 7919 % 89_999_999,
            orgs.join("；")
        );
        people.push(Person {
            id: Uuid::nil(),
            name,
            email,
            status,
            unit,
            league_branch,
            age,
        });
    }
    let report = member::import_file(
        &ctx,
        app,
        "花名册.csv",
        roster.as_bytes(),
        member::ImportMode::AllOrNothing,
    )
    .await?;
    if let Some(e) = report.errors.first() {
        return Err(anyhow::anyhow!("demo roster refused at row {}: {}", e.row, e.message).into());
    }
    let emails: Vec<String> = people.iter().map(|p| p.email.clone()).collect();
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let ids = store::member_ids(&mut tx, &emails).await?;
    tx.commit().await?;
    if ids.len() != people.len() {
        return Err(
            anyhow::anyhow!("demo roster: {} of {} imported", ids.len(), people.len()).into(),
        );
    }
    for (p, id) in people.iter_mut().zip(ids) {
        p.id = id;
    }

    // Officers serve the current term: elected on the last 1 July, for three years.
    let today = today();
    let july = NaiveDate::from_ymd_opt(today.year(), 7, 1).unwrap_or(today);
    let term = if july <= today {
        july
    } else {
        july - Months::new(12)
    };
    let term_end = term
        .checked_add_months(Months::new(36))
        .and_then(|d| d.pred_opt());
    // A branch committee: the secretary, then the organisation and publicity members.
    let mut branch_officers = Vec::new();
    for (i, b) in branches.iter().enumerate() {
        let full: Vec<usize> = (0..people.len())
            .filter(|&k| people[k].status == "FULL_MEMBER" && people[k].unit == i)
            .collect();
        let mut officers = Vec::new();
        for (k, title) in ["支部书记", "组织委员", "宣传委员"].into_iter().enumerate() {
            if let Some(&p) = full.get(i + k) {
                org::assign_position(&ctx, app, *b, people[p].id, title, None, term, term_end)
                    .await?;
                officers.push(p);
            }
        }
        branch_officers.push(officers);
    }
    let committee_secretary = (0..people.len()).find(|&k| people[k].status == "FULL_MEMBER");
    if let Some(k) = committee_secretary {
        let m = people[k].id;
        org::assign_position(
            &ctx,
            app,
            committee.id,
            m,
            "党委书记",
            Some("org_admin"),
            term,
            term_end,
        )
        .await?;
        org::assign_position(&ctx, app, union.id, m, "工会主席", None, term, term_end).await?;
    }
    // The league committee was elected a term earlier, so its term ends in about four months
    // (换届提醒 shows it as ending and its officers are reminded).
    let league_term = (today + Days::new(120))
        .checked_sub_months(Months::new(36))
        .unwrap_or(term);
    let league_end = league_term
        .checked_add_months(Months::new(36))
        .and_then(|d| d.pred_opt());
    let league_secretary = (0..people.len()).find(|&k| people[k].status == "LEAGUE_MEMBER");
    if let Some(k) = league_secretary {
        org::assign_position(
            &ctx,
            app,
            league.id,
            people[k].id,
            "团委书记",
            None,
            league_term,
            league_end,
        )
        .await?;
    }

    // A branch secretary who can log in, through the real invitation flow; a full member of
    // the first unit like any other, placed in its department, union branch and party branch.
    let (_, token) =
        identity::invite_member(&ctx, app, SECRETARY_EMAIL, "赵书记", branches[0]).await?;
    let secretary = identity::accept_invitation(
        app,
        &token,
        super::ADMIN_PASSWORD,
        None,
        &identity::LoginFactor::default(),
        &client,
    )
    .await?;
    member::update(
        &ctx,
        app,
        secretary.member_id,
        MemberUpdate {
            gender: Some("女".into()),
            birth_date: NaiveDate::from_ymd_opt(this_year - 41, 3, 12),
            political_status: Some("FULL_MEMBER".into()),
            organization_ids: Some(vec![departments[0], union_branches[0], branches[0]]),
            ..MemberUpdate::default()
        },
    )
    .await?;
    org::assign_position(
        &ctx,
        app,
        branches[0],
        secretary.member_id,
        "支部副书记",
        None,
        term,
        term_end,
    )
    .await?;
    branch_officers[0].push(people.len());
    people.push(Person {
        id: secretary.member_id,
        name: "赵书记".into(),
        email: SECRETARY_EMAIL.into(),
        status: "FULL_MEMBER",
        unit: 0,
        league_branch: None,
        age: 41,
    });

    // The administrator works in the head office: its groups are theirs too.
    member::update(
        &ctx,
        app,
        grant.member_id,
        MemberUpdate {
            organization_ids: Some(vec![departments[0]]),
            ..MemberUpdate::default()
        },
    )
    .await?;

    Ok(Demo {
        tenant: grant.tenant_id,
        admin_id: grant.member_id,
        admin: ctx,
        secretary_id: secretary.member_id,
        secretary: secretary.ctx(&client),
        committee: committee.id,
        branches,
        union: union.id,
        union_branches,
        league_branches,
        departments,
        people,
        branch_officers,
        committee_secretary,
        league_secretary,
    })
}
