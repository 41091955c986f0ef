//! The demo's grid supervision (网格化管理): a 网格化管理中心 with two grids, grid workers and a
//! 包联党员 on each, the administrator and a deputy as the center's officers (so the board is
//! theirs), about sixty cases across categories in every state with the timelines the flow
//! writes (some overdue, with running timers), and supervision tasks in each state.
//!
//! Cases are history: they are written with their past times in a few statements (the case
//! flow's own service writes the same rows and events going forward). Tasks go through the
//! task service, acting as the issuer and the grids' officers.

use super::{Demo, today};
use crate::grid::model::{CaseEventKind, CaseState};
use crate::grid::{rules as grid_rules, task};
use crate::org::{self, NewOrg, model::Line};
use crate::reminder::{self, NewDueItem};
use crate::{App, AppResult, Ctx, authz::catalog};
use chrono::{DateTime, Datelike, Duration, Utc};
use rand::{RngExt, rngs::StdRng};
use uuid::Uuid;

/// The center's name.
pub const CENTER: &str = "网格化管理中心";
/// The two grids.
pub const GRIDS: [&str; 2] = ["东区网格", "西区网格"];

/// How many cases of each state, in the order of the flow.
const STATES: [(CaseState, usize); 8] = [
    (CaseState::Reported, 8),
    (CaseState::Accepted, 6),
    (CaseState::Cancelled, 4),
    (CaseState::Dispatched, 8),
    (CaseState::InProgress, 10),
    (CaseState::Feedback, 6),
    (CaseState::Closed, 10),
    (CaseState::Rated, 8),
];

/// Titles and descriptions per category key.
const TOPICS: [(&str, &[(&str, &str)]); 6] = [
    (
        "OPINION",
        &[
            (
                "居民反映小区停车难",
                "晚间车辆占用消防通道，居民希望增设停车位",
            ),
            (
                "建议增设老年活动室",
                "退休职工较多，希望利用闲置用房开设活动室",
            ),
        ],
    ),
    (
        "HAZARD",
        &[
            ("楼道堆放杂物", "三号楼二单元楼道堆放纸箱和旧家具，影响通行"),
            ("电动车楼内充电", "五号楼一层发现电动车飞线充电"),
        ],
    ),
    (
        "DISPUTE",
        &[
            ("邻里噪音纠纷", "楼上住户夜间装修噪音，楼下住户多次投诉"),
            ("物业费争议", "部分业主对物业费上调有异议，要求公开账目"),
        ],
    ),
    (
        "SAFETY",
        &[
            ("井盖破损", "厂区东门人行道井盖破损，存在坠落风险"),
            ("消防栓被遮挡", "食堂后侧消防栓被货架遮挡"),
        ],
    ),
    (
        "SANITATION",
        &[
            ("垃圾清运不及时", "西侧垃圾站连续两天未清运，异味明显"),
            ("绿化带积水", "雨后绿化带积水滋生蚊虫"),
        ],
    ),
    (
        "OTHER",
        &[
            ("路灯不亮", "宿舍区南路两盏路灯损坏"),
            ("共享单车乱停放", "地铁口共享单车堆放占用盲道"),
        ],
    ),
];

/// One step of a case's past: kind, from and to state, actor, note, when.
type Step = (
    CaseEventKind,
    Option<CaseState>,
    CaseState,
    Option<Uuid>,
    Option<&'static str>,
    DateTime<Utc>,
);

/// Seeds the grid tree, assignments, cases and tasks.
pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let ctx = &demo.admin;
    let center = org::create(
        ctx,
        app,
        NewOrg {
            parent_id: None,
            name: CENTER.into(),
            line: Line::Grid,
            kind: None,
            is_joint: false,
            is_virtual: false,
        },
    )
    .await?;
    let mut grids = Vec::new();
    for name in GRIDS {
        grids.push(
            org::create(
                ctx,
                app,
                NewOrg {
                    parent_id: Some(center.id),
                    name: name.into(),
                    line: Line::Grid,
                    kind: None,
                    is_joint: false,
                    is_virtual: false,
                },
            )
            .await?,
        );
    }
    let term = today()
        .with_month(1)
        .and_then(|d| d.with_day(1))
        .unwrap_or_else(today);

    // Officers: the administrator and a deputy on the center; a 网格长 on each grid.
    org::assign_position(
        ctx,
        app,
        center.id,
        demo.admin_id,
        "中心主任",
        None,
        term,
        None,
    )
    .await?;
    // The deputy: a full member of the head office (unit 0), who works on no grid.
    let deputy = (0..demo.people.len())
        .find(|i| demo.people[*i].unit == 0 && demo.people[*i].status == "FULL_MEMBER")
        .map_or(demo.admin_id, |i| demo.people[i].id);
    org::assign_position(ctx, app, center.id, deputy, "中心副主任", None, term, None).await?;
    let mut heads = Vec::new();
    let mut workers: Vec<Vec<Uuid>> = Vec::new();
    let mut party = Vec::new();
    for (g, grid) in grids.iter().enumerate() {
        // People of unit g+1 (production and R&D staff live in the two districts).
        let pool: Vec<usize> = (0..demo.people.len())
            .filter(|i| demo.people[*i].unit == g + 1)
            .collect();
        let head = demo.people[pool[0]].id;
        org::assign_position(ctx, app, grid.id, head, "网格长", None, term, None).await?;
        heads.push(head);
        workers.push(vec![demo.people[pool[1]].id, demo.people[pool[2]].id]);
        // The 包联党员: the first full member after the head and the two workers.
        let member = pool
            .iter()
            .skip(3)
            .copied()
            .find(|i| demo.people[*i].status == "FULL_MEMBER")
            .unwrap_or(pool[3]);
        party.push(demo.people[member].id);
    }

    // Assignments with the grid_worker grant each one carries.
    let mut tx = app.db.begin_tenant(ctx).await?;
    for (g, grid) in grids.iter().enumerate() {
        let mut assigned: Vec<(Uuid, &str)> = workers[g].iter().map(|w| (*w, "WORKER")).collect();
        assigned.push((party[g], "PARTY_MEMBER"));
        for (member, role) in assigned {
            let id = crate::new_id();
            store::insert_assignment(&mut tx, id, grid.id, member, role, term, demo.admin_id)
                .await?;
            let domain = crate::authz::Scope::Org(grid.path.clone()).grant_domain(demo.tenant);
            crate::authz::store::insert_rule(
                &mut tx,
                "g",
                &[&format!("m:{member}"), catalog::GRID_WORKER_ROLE, &domain],
                &format!("grid_assignment:{id}"),
            )
            .await?;
        }
    }
    tx.commit().await?;
    app.authz.invalidate(demo.tenant).await;

    seed_cases(app, demo, &grids, &heads, &workers, rng).await?;
    seed_tasks(app, demo, center.id, &grids, &heads).await?;
    Ok(())
}

/// Sixty cases in every state, with their timelines and running timers.
async fn seed_cases(
    app: &App,
    demo: &Demo,
    grids: &[crate::org::model::OrgRow],
    heads: &[Uuid],
    workers: &[Vec<Uuid>],
    rng: &mut StdRng,
) -> AppResult<()> {
    let ctx = &demo.admin;
    let now = Utc::now();
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rule = crate::statute::get_in(&mut tx, grid_rules::RULE).await?;
    let categories = grid_rules::categories(rule.effective());
    let year = now.year();
    let mut n = 0;
    let mut cases = Vec::new();
    let mut events = Vec::new();
    for (state, count) in STATES {
        for k in 0..count {
            n += 1;
            let g = n % grids.len();
            let grid = &grids[g];
            let (key, topics) = TOPICS[n % TOPICS.len()];
            let category = categories
                .iter()
                .find(|c| c.key == key)
                .or(categories.first())
                .cloned();
            let Some(category) = category else {
                continue;
            };
            let (title, description) = topics[k % topics.len()];
            // Every third open case is overdue; the others are within their SLA.
            let overdue = k % 3 == 0;
            let step = |h: i64| Duration::hours(h);
            let reporter = if k % 2 == 0 {
                workers[g][k % workers[g].len()]
            } else {
                demo.people[rng.random_range(0..demo.people.len())].id
            };
            let handler = heads[g];
            let assignee = workers[g][(k + 1) % workers[g].len()];
            let accept_h = category.accept_hours;
            let resolve_h = category.resolve_hours;
            // When it was reported, so that each later step lies in the past (or, for open
            // cases, so that the current deadline is past when overdue and ahead when not).
            let reported_at = match state {
                CaseState::Reported if overdue => now - step(accept_h + 3),
                CaseState::Reported => now - Duration::minutes(rng.random_range(10..60)),
                CaseState::Dispatched | CaseState::InProgress if overdue => {
                    now - step(resolve_h + accept_h + 6)
                }
                CaseState::Dispatched | CaseState::InProgress => now - step(rng.random_range(3..8)),
                CaseState::Accepted | CaseState::Cancelled => now - step(rng.random_range(2..20)),
                _ => now - Duration::days(rng.random_range(5..40)),
            };
            let accepted_at = reported_at + step(1.min(accept_h));
            let dispatched_at = accepted_at + Duration::minutes(30);
            let started_at = dispatched_at + Duration::minutes(40);
            let due_at = grid_rules::resolve_due(&category, dispatched_at);
            let feedback_at = started_at + step((resolve_h / 2).max(1));
            let closed_at = feedback_at + step(2);
            let rated_at = closed_at + step(20);
            let id = crate::new_id();
            let mut timeline: Vec<Step> = vec![(
                CaseEventKind::Reported,
                None,
                CaseState::Reported,
                Some(reporter),
                None,
                reported_at,
            )];
            let reached =
                |s: CaseState| flow_index(state) >= flow_index(s) && state != CaseState::Cancelled;
            if state == CaseState::Cancelled {
                timeline.push((
                    CaseEventKind::Cancelled,
                    Some(CaseState::Reported),
                    CaseState::Cancelled,
                    Some(handler),
                    Some("经核实不属于网格事件范围，已告知反映人向物业服务中心反映"),
                    accepted_at,
                ));
            }
            if reached(CaseState::Accepted) {
                timeline.push((
                    CaseEventKind::Accepted,
                    Some(CaseState::Reported),
                    CaseState::Accepted,
                    Some(handler),
                    None,
                    accepted_at,
                ));
            }
            if reached(CaseState::Dispatched) {
                timeline.push((
                    CaseEventKind::Dispatched,
                    Some(CaseState::Accepted),
                    CaseState::Dispatched,
                    Some(handler),
                    Some("请按时限处置并反馈"),
                    dispatched_at,
                ));
            }
            if reached(CaseState::InProgress) {
                timeline.push((
                    CaseEventKind::Started,
                    Some(CaseState::Dispatched),
                    CaseState::InProgress,
                    Some(assignee),
                    None,
                    started_at,
                ));
            }
            if reached(CaseState::Feedback) {
                timeline.push((
                    CaseEventKind::Feedback,
                    Some(CaseState::InProgress),
                    CaseState::Feedback,
                    Some(assignee),
                    Some("已现场处置完毕，附整改后照片"),
                    feedback_at,
                ));
            }
            if reached(CaseState::Closed) {
                timeline.push((
                    CaseEventKind::Closed,
                    Some(CaseState::Feedback),
                    CaseState::Closed,
                    Some(handler),
                    Some("经核查已整改到位，予以结案"),
                    closed_at,
                ));
            }
            if reached(CaseState::Rated) {
                timeline.push((
                    CaseEventKind::Rated,
                    Some(CaseState::Closed),
                    CaseState::Rated,
                    Some(reporter),
                    Some("处理及时，很满意"),
                    rated_at,
                ));
            }
            let dispatched = reached(CaseState::Dispatched);
            let accept_due_at = grid_rules::accept_due(&category, reported_at);
            // Running timers: acceptance while reported, resolution while being worked on.
            let accept_item = if state == CaseState::Reported {
                Some(
                    reminder::register(
                        &mut tx,
                        ctx,
                        &NewDueItem {
                            kind: crate::grid::sla::ACCEPT_KIND.into(),
                            title: format!("网格事件立案：{title}"),
                            due_at: accept_due_at,
                            rule_key: Some(grid_rules::RULE.into()),
                            member_id: None,
                            org_id: Some(grid.id),
                        },
                    )
                    .await?,
                )
            } else {
                None
            };
            let resolve_item = if matches!(state, CaseState::Dispatched | CaseState::InProgress) {
                Some(
                    reminder::register(
                        &mut tx,
                        ctx,
                        &NewDueItem {
                            kind: crate::grid::sla::RESOLVE_KIND.into(),
                            title: format!("网格事件处置：{title}"),
                            due_at,
                            rule_key: Some(grid_rules::RULE.into()),
                            member_id: Some(assignee),
                            org_id: None,
                        },
                    )
                    .await?,
                )
            } else {
                None
            };
            let updated_at = timeline.last().map_or(reported_at, |e| e.5);
            for (kind, from, to, actor, note, at) in timeline {
                events.push(store::PastEvent {
                    case: id,
                    kind: kind.as_str(),
                    from: from.map(|s| s.as_str()),
                    to: to.as_str(),
                    actor,
                    note: note.map(str::to_string),
                    at,
                });
            }
            cases.push(store::PastCase {
                id,
                number: grid_rules::number("WG", year, n as i32),
                grid: grid.id,
                category_key: category.key.clone(),
                category_name: category.name.clone(),
                title: title.to_string(),
                description: description.to_string(),
                address: format!("{}{}号楼附近", grid.name, n % 12 + 1),
                reporter,
                reporter_hidden: k % 5 == 4,
                state: state.as_str(),
                assignee: dispatched.then_some(assignee),
                dispatcher: dispatched.then_some(handler),
                accept_due_at,
                due_at: dispatched.then_some(due_at),
                resolved: (reached(CaseState::Closed) && key == "DISPUTE").then_some(k % 4 != 0),
                rating: reached(CaseState::Rated).then_some(if k % 3 == 0 { 4 } else { 5 }),
                rating_comment: reached(CaseState::Rated).then(|| "处理及时，很满意".to_string()),
                accept_due_item: accept_item,
                resolve_due_item: resolve_item,
                reported_at,
                accepted_at: reached(CaseState::Accepted).then_some(accepted_at),
                dispatched_at: dispatched.then_some(dispatched_at),
                feedback_at: reached(CaseState::Feedback).then_some(feedback_at),
                closed_at: reached(CaseState::Closed).then_some(closed_at),
                updated_at,
            });
        }
    }
    store::insert_cases(&mut tx, &cases).await?;
    store::insert_events(&mut tx, &events).await?;
    store::set_counter(&mut tx, "WG", year, n as i32).await?;
    tx.commit().await?;
    Ok(())
}

/// The position of a state along the flow (CANCELLED leaves it after the report).
fn flow_index(s: CaseState) -> usize {
    match s {
        CaseState::Reported | CaseState::Cancelled => 0,
        CaseState::Accepted => 1,
        CaseState::Dispatched => 2,
        CaseState::InProgress => 3,
        CaseState::Feedback => 4,
        CaseState::Closed => 5,
        CaseState::Rated => 6,
    }
}

/// Four tasks from the center to both grids: one waiting, one reported by one grid, one closed
/// for both, one returned to a grid.
async fn seed_tasks(
    app: &App,
    demo: &Demo,
    center: Uuid,
    grids: &[crate::org::model::OrgRow],
    heads: &[Uuid],
) -> AppResult<()> {
    let ctx = &demo.admin;
    let targets: Vec<Uuid> = grids.iter().map(|g| g.id).collect();
    let issue = |title: &str, description: &str, days: i64| task::NewTask {
        org_id: center,
        title: title.into(),
        description: description.into(),
        due_at: Utc::now() + Duration::days(days),
        target_org_ids: targets.clone(),
        file_ids: vec![],
    };
    let head = |g: usize| -> Ctx { demo.as_member(heads[g]) };

    task::create(
        ctx,
        app,
        issue(
            "冬季消防安全大排查",
            "逐楼排查消防通道、灭火器和电动车充电情况，报送排查台账",
            7,
        ),
    )
    .await?;

    let t = task::create(
        ctx,
        app,
        issue(
            "独居老人走访慰问",
            "走访辖区独居老人，登记生活困难和需求",
            5,
        ),
    )
    .await?;
    task::report(
        &head(0),
        app,
        t.task.id,
        grids[0].id,
        "已走访独居老人 14 户，登记需求 6 项",
        &[],
    )
    .await?;

    let t = task::create(
        ctx,
        app,
        issue(
            "垃圾分类宣传周",
            "组织垃圾分类入户宣传，报送宣传场次和照片",
            10,
        ),
    )
    .await?;
    for (g, grid) in grids.iter().enumerate() {
        task::report(
            &head(g),
            app,
            t.task.id,
            grid.id,
            "开展入户宣传 3 场，发放资料 200 份",
            &[],
        )
        .await?;
        task::review(ctx, app, t.task.id, grid.id, true, Some("宣传到位")).await?;
    }

    let t = task::create(
        ctx,
        app,
        issue(
            "违规停车专项整治",
            "排查占用消防通道停车情况并报送整治结果",
            4,
        ),
    )
    .await?;
    task::report(&head(1), app, t.task.id, grids[1].id, "已张贴告知单", &[]).await?;
    task::review(
        ctx,
        app,
        t.task.id,
        grids[1].id,
        false,
        Some("请补充整治前后对比照片和整改数量"),
    )
    .await?;

    Ok(())
}

mod store {
    //! SQL of the demo's grid history: cases and their timelines written with past times.

    use crate::db::TenantTx;
    use chrono::{DateTime, NaiveDate, Utc};
    use uuid::Uuid;

    pub(super) async fn insert_assignment(
        tx: &mut TenantTx,
        id: Uuid,
        grid: Uuid,
        member: Uuid,
        role: &str,
        starts_on: NaiveDate,
        by: Uuid,
    ) -> sqlx::Result<()> {
        let tenant = tx.tenant();
        sqlx::query!(
            "insert into grid_assignment (tenant_id, id, grid_id, member_id, role, starts_on, created_by)
             values ($1, $2, $3, $4, $5, $6, $7)",
            tenant,
            id,
            grid,
            member,
            role,
            starts_on,
            by,
        )
        .execute(tx.conn())
        .await?;
        Ok(())
    }

    /// A case as it stands after its history.
    pub(super) struct PastCase {
        pub id: Uuid,
        pub number: String,
        pub grid: Uuid,
        pub category_key: String,
        pub category_name: String,
        pub title: String,
        pub description: String,
        pub address: String,
        pub reporter: Uuid,
        pub reporter_hidden: bool,
        pub state: &'static str,
        pub assignee: Option<Uuid>,
        pub dispatcher: Option<Uuid>,
        pub accept_due_at: DateTime<Utc>,
        pub due_at: Option<DateTime<Utc>>,
        pub resolved: Option<bool>,
        pub rating: Option<i16>,
        pub rating_comment: Option<String>,
        pub accept_due_item: Option<Uuid>,
        pub resolve_due_item: Option<Uuid>,
        pub reported_at: DateTime<Utc>,
        pub accepted_at: Option<DateTime<Utc>>,
        pub dispatched_at: Option<DateTime<Utc>>,
        pub feedback_at: Option<DateTime<Utc>>,
        pub closed_at: Option<DateTime<Utc>>,
        pub updated_at: DateTime<Utc>,
    }

    /// One timeline row with its past time.
    pub(super) struct PastEvent {
        pub case: Uuid,
        pub kind: &'static str,
        pub from: Option<&'static str>,
        pub to: &'static str,
        pub actor: Option<Uuid>,
        pub note: Option<String>,
        pub at: DateTime<Utc>,
    }

    pub(super) async fn insert_cases(tx: &mut TenantTx, cases: &[PastCase]) -> sqlx::Result<()> {
        let tenant = tx.tenant();
        for c in cases {
            sqlx::query!(
                "insert into grid_case (tenant_id, id, number, grid_id, category_key, category_name,
                     title, description, address, reporter_id, reporter_hidden, state,
                     assignee_member_id, dispatcher_id, accept_due_at, due_at, resolved, rating,
                     rating_comment, accept_due_item_id, resolve_due_item_id, reported_at,
                     accepted_at, dispatched_at, feedback_at, closed_at, updated_at)
                 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                         $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27)",
                tenant,
                c.id,
                c.number,
                c.grid,
                c.category_key,
                c.category_name,
                c.title,
                c.description,
                c.address,
                c.reporter,
                c.reporter_hidden,
                c.state,
                c.assignee,
                c.dispatcher,
                c.accept_due_at,
                c.due_at,
                c.resolved,
                c.rating,
                c.rating_comment,
                c.accept_due_item,
                c.resolve_due_item,
                c.reported_at,
                c.accepted_at,
                c.dispatched_at,
                c.feedback_at,
                c.closed_at,
                c.updated_at,
            )
            .execute(tx.conn())
            .await?;
        }
        Ok(())
    }

    pub(super) async fn insert_events(tx: &mut TenantTx, events: &[PastEvent]) -> sqlx::Result<()> {
        let tenant = tx.tenant();
        for e in events {
            sqlx::query!(
                "insert into grid_case_event (tenant_id, id, case_id, kind, from_state, to_state,
                                              actor_id, note, created_at)
                 values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                tenant,
                crate::new_id(),
                e.case,
                e.kind,
                e.from,
                e.to,
                e.actor,
                e.note,
                e.at,
            )
            .execute(tx.conn())
            .await?;
        }
        Ok(())
    }

    /// Leaves the tenant's counter of `prefix` at `last` (new numbers follow the seeded ones).
    pub(super) async fn set_counter(
        tx: &mut TenantTx,
        prefix: &str,
        year: i32,
        last: i32,
    ) -> sqlx::Result<()> {
        let tenant = tx.tenant();
        sqlx::query!(
            "insert into grid_counter (tenant_id, prefix, year, last) values ($1, $2, $3, $4)
             on conflict (tenant_id, prefix, year) do update
               set last = greatest(grid_counter.last, excluded.last)",
            tenant,
            prefix,
            year,
            last,
        )
        .execute(tx.conn())
        .await?;
        Ok(())
    }
}
