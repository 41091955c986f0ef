//! Points' SQL. The ledger is only ever inserted into; an event's caps are counted under the
//! member-and-action advisory lock ([`lock_member_action`]).

use super::model::{
    AppealRow, AppealStatus, BranchRankRow, EntryRow, PointAction, RankRow, RuleRow, RuleUpdate,
    SourceKind,
};
use super::rules::{Counts, Periods};
use crate::db::TenantTx;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The columns of [`RuleRow`].
macro_rules! select_rules {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            RuleRow,
            r#"select r.id, r.action as "action: PointAction", r.name, r.points, r.cap_day,
                      r.cap_month, r.cap_year, r.lines, r.statuses, r.source, r.active,
                      r.position, r.updated_at
                 from point_rule r "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The columns of [`EntryRow`]: the entry, its member's and rule's names, the sum of its
/// corrections and its latest appeal.
macro_rules! select_entries {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            EntryRow,
            r#"select e.id, e.member_id, m.name as member_name, e.year,
                      e.action as "action: PointAction", e.rule_id, r.name as "rule_name?",
                      e.requested, e.points, e.capped_reason,
                      e.source_kind as "source_kind: SourceKind", e.source_id, e.source_title,
                      e.corrects_entry_id, e.note, e.occurred_at, e.created_by, e.created_at,
                      coalesce((select sum(c.points) from point_entry c
                                 where c.tenant_id = e.tenant_id and c.corrects_entry_id = e.id),
                               0)::bigint as "corrected!",
                      la.status as "appeal_status?: AppealStatus", la.note as "appeal_note?"
                 from point_entry e
                 join member m on m.tenant_id = e.tenant_id and m.id = e.member_id
                 left join point_rule r on r.tenant_id = e.tenant_id and r.id = e.rule_id
                 left join lateral (select a.status, a.note from point_appeal a
                                     where a.tenant_id = e.tenant_id and a.entry_id = e.id
                                     order by a.created_at desc, a.id desc limit 1) la on true "#
                + $tail
            $(, $arg)*
        )
    };
}

/// The columns of [`AppealRow`].
macro_rules! select_appeals {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            AppealRow,
            r#"select a.id, a.entry_id, a.member_id, m.name as member_name, a.reason,
                      a.status as "status: AppealStatus", a.decided_by, a.decided_at, a.note,
                      a.correction_entry_id, a.created_at
                 from point_appeal a
                 join member m on m.tenant_id = a.tenant_id and m.id = a.member_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// A default rule: action, name, points, caps (day, month, year), lines, statuses, 依据.
type DefaultRule = (
    PointAction,
    i32,
    (Option<i32>, Option<i32>, Option<i32>),
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
);

/// The rules every tenant starts with (the migration seeds the same for existing tenants).
pub(super) const DEFAULT_RULES: [DefaultRule; 7] = [
    (
        PointAction::MeetingAttendance,
        2,
        (None, None, Some(12)),
        &["PARTY"],
        &["PROBATIONARY", "FULL_MEMBER"],
        "参照各地党员积分管理办法：参加“三会一课”等集中学习每次 2 分，全年最多 12 次",
    ),
    (
        PointAction::ActivityAttendance,
        3,
        (None, None, Some(20)),
        &[],
        &[],
        "参照各地党员积分管理办法：参加组织开展的志愿服务等活动每次 3 分，全年最多 20 次",
    ),
    (
        PointAction::ArticleAdopted,
        5,
        (None, Some(10), None),
        &[],
        &[],
        "参照宣传工作考核办法：稿件被采用每篇 5 分，每月最多 10 篇",
    ),
    (
        PointAction::IdeaAdopted,
        5,
        (None, None, Some(12)),
        &[],
        &[],
        "参照合理化建议管理办法：建议被采纳每条 5 分，全年最多 12 条",
    ),
    (
        PointAction::StudyCompleted,
        1,
        (Some(6), None, None),
        &[],
        &[],
        "参照“学习强国”积分规则：完成一项学习内容 1 分，每日最多 6 分",
    ),
    (
        PointAction::Manual,
        0,
        (None, None, None),
        &[],
        &[],
        "组织根据表现奖励，须写明理由",
    ),
    (
        PointAction::QuizPassed,
        2,
        (Some(5), None, None),
        &[],
        &[],
        "参照“学习强国”积分规则：参加答题并通过每次 2 分，每日最多 5 次；同一测验只计一次",
    ),
];

/// Seeds the default rules of a new tenant.
pub(crate) async fn seed_tenant(tx: &mut TenantTx) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    for (i, (action, points, (day, month, year), lines, statuses, source)) in
        DEFAULT_RULES.iter().enumerate()
    {
        let lines: Vec<String> = lines.iter().map(|s| (*s).to_string()).collect();
        let statuses: Vec<String> = statuses.iter().map(|s| (*s).to_string()).collect();
        sqlx::query!(
            "insert into point_rule (tenant_id, id, action, name, points, cap_day, cap_month,
                                     cap_year, lines, statuses, source, position)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             on conflict do nothing",
            tenant,
            crate::new_id(),
            action.as_str(),
            action.label(),
            points,
            *day,
            *month,
            *year,
            &lines,
            &statuses,
            source,
            i32::try_from(i + 1).unwrap_or(0),
        )
        .execute(tx.conn())
        .await?;
    }
    Ok(())
}

/// The tenant's rules in display order.
pub(super) async fn rules(tx: &mut TenantTx) -> sqlx::Result<Vec<RuleRow>> {
    let tenant = tx.tenant();
    select_rules!(
        "where r.tenant_id = $1 order by r.position, r.name, r.id",
        tenant
    )
    .fetch_all(tx.conn())
    .await
}

/// One rule.
pub(super) async fn rule(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<RuleRow>> {
    let tenant = tx.tenant();
    select_rules!("where r.tenant_id = $1 and r.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// The active rule of an action.
pub(super) async fn active_rule(
    tx: &mut TenantTx,
    action: PointAction,
) -> sqlx::Result<Option<RuleRow>> {
    let tenant = tx.tenant();
    select_rules!(
        "where r.tenant_id = $1 and r.action = $2 and r.active",
        tenant,
        action.as_str()
    )
    .fetch_optional(tx.conn())
    .await
}

/// Writes a rule's new form.
pub(super) async fn update_rule(
    tx: &mut TenantTx,
    id: Uuid,
    u: &RuleUpdate,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update point_rule set name = $3, points = $4, cap_day = $5, cap_month = $6,
                cap_year = $7, lines = $8, statuses = $9, source = $10, active = $11,
                updated_by = $12, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        u.name,
        u.points,
        u.cap_day,
        u.cap_month,
        u.cap_year,
        &u.lines,
        &u.statuses,
        u.source,
        u.active,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// What a rule asks of a member: whether they are active, their lines and political status.
#[derive(Debug, Clone)]
pub(super) struct MemberFacts {
    /// Name.
    pub name: String,
    /// Active (not disabled).
    pub active: bool,
    /// Placed in the party line.
    pub party: bool,
    /// Placed in the union line.
    pub union: bool,
    /// Placed in the youth line.
    pub youth: bool,
    /// Political status.
    pub political_status: String,
}

impl MemberFacts {
    /// The lines the member is placed in.
    pub fn lines(&self) -> Vec<&'static str> {
        [
            (self.party, "PARTY"),
            (self.union, "UNION"),
            (self.youth, "YOUTH"),
        ]
        .into_iter()
        .filter_map(|(on, l)| on.then_some(l))
        .collect()
    }
}

/// A member's facts, when they exist in this tenant.
pub(super) async fn member_facts(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Option<MemberFacts>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        MemberFacts,
        r#"select name, status = 'ACTIVE' as "active!", party_org_id is not null as "party!",
                  union_org_id is not null as "union!", youth_org_id is not null as "youth!",
                  political_status
             from member where tenant_id = $1 and id = $2"#,
        tenant,
        member,
    )
    .fetch_optional(tx.conn())
    .await
}

/// The paths of the orgs a member is placed in (any line, department included).
pub(super) async fn member_paths(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<String>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select o.path::text as "path!" from member m
             join org_unit o on o.tenant_id = m.tenant_id
              and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
            where m.tenant_id = $1 and m.id = $2
            order by o.path"#,
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

/// The orgs a member is placed in (their officers hear of the member's appeals).
pub(super) async fn member_orgs(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select o.id from member m
             join org_unit o on o.tenant_id = m.tenant_id
              and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
            where m.tenant_id = $1 and m.id = $2"#,
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

/// Serialises the pricing of one member's events of one action until the transaction ends, so
/// parallel events count each other against the caps.
pub(super) async fn lock_member_action(
    tx: &mut TenantTx,
    member: Uuid,
    action: PointAction,
) -> sqlx::Result<()> {
    let key = format!("points:{}:{member}:{}", tx.tenant(), action.as_str());
    sqlx::query!("select pg_advisory_xact_lock(hashtextextended($1, 0))", key)
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// Where an event's ordinary entry stands: what it paid, what it stands at after its
/// corrections, and the source of its latest correction (a revocation's starts `undo:`).
pub(super) struct Standing {
    pub id: Uuid,
    pub year: i32,
    pub points: i32,
    pub net: i64,
    pub source_title: String,
    pub last_correction: Option<String>,
}

/// The event's ordinary entry, where it stands (none when the event earned nothing yet).
pub(super) async fn event_standing(
    tx: &mut TenantTx,
    member: Uuid,
    action: PointAction,
    kind: SourceKind,
    source: &str,
) -> sqlx::Result<Option<Standing>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Standing,
        r#"select e.id, e.year, e.points, e.source_title,
                  e.points + coalesce((select sum(c.points) from point_entry c
                                        where c.tenant_id = e.tenant_id
                                          and c.corrects_entry_id = e.id), 0)::bigint as "net!",
                  (select c.source_id from point_entry c
                    where c.tenant_id = e.tenant_id and c.corrects_entry_id = e.id
                    order by c.created_at desc, c.id desc limit 1) as last_correction
             from point_entry e
            where e.tenant_id = $1 and e.member_id = $2 and e.action = $3
              and e.source_kind = $4 and e.source_id = $5 and e.corrects_entry_id is null"#,
        tenant,
        member,
        action.as_str(),
        kind.as_str(),
        source,
    )
    .fetch_optional(tx.conn())
    .await
}

/// The member's paid ordinary entries of the action in the event's day, month and year; an
/// entry taken back since (standing at 0 or less) no longer counts.
pub(super) async fn paid_counts(
    tx: &mut TenantTx,
    member: Uuid,
    action: PointAction,
    p: &Periods,
) -> sqlx::Result<Counts> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        r#"select count(*) filter (where occurred_at >= $4 and occurred_at < $5) as "day!",
                  count(*) filter (where occurred_at >= $6 and occurred_at < $7) as "month!",
                  count(*) as "year!"
             from point_entry e
            where tenant_id = $1 and member_id = $2 and action = $3
              and corrects_entry_id is null and points > 0
              and occurred_at >= $8 and occurred_at < $9
              and e.points + coalesce((select sum(c.points) from point_entry c
                                        where c.tenant_id = e.tenant_id
                                          and c.corrects_entry_id = e.id), 0) > 0"#,
        tenant,
        member,
        action.as_str(),
        p.day.0,
        p.day.1,
        p.month.0,
        p.month.1,
        p.year_span.0,
        p.year_span.1,
    )
    .fetch_one(tx.conn())
    .await?;
    Ok(Counts {
        day: r.day,
        month: r.month,
        year: r.year,
    })
}

/// A new ledger entry.
#[derive(Debug, Clone)]
pub(super) struct NewEntry<'a> {
    pub id: Uuid,
    pub member_id: Uuid,
    pub year: i32,
    pub action: PointAction,
    pub rule_id: Option<Uuid>,
    pub requested: i32,
    pub points: i32,
    pub capped_reason: Option<&'a str>,
    pub source_kind: SourceKind,
    pub source_id: &'a str,
    pub source_title: &'a str,
    pub corrects_entry_id: Option<Uuid>,
    pub note: Option<&'a str>,
    pub occurred_at: DateTime<Utc>,
    pub created_by: Option<Uuid>,
}

/// Appends an entry; false when the event already has one (nothing written).
pub(super) async fn insert_entry(tx: &mut TenantTx, e: &NewEntry<'_>) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "insert into point_entry (tenant_id, id, member_id, year, action, rule_id, requested,
                                  points, capped_reason, source_kind, source_id, source_title,
                                  corrects_entry_id, note, occurred_at, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         on conflict do nothing",
        tenant,
        e.id,
        e.member_id,
        e.year,
        e.action.as_str(),
        e.rule_id,
        e.requested,
        e.points,
        e.capped_reason,
        e.source_kind.as_str(),
        e.source_id,
        e.source_title,
        e.corrects_entry_id,
        e.note,
        e.occurred_at,
        e.created_by,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// One entry.
pub(super) async fn entry(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<EntryRow>> {
    let tenant = tx.tenant();
    select_entries!("where e.tenant_id = $1 and e.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// Entries by id, in any order.
pub(super) async fn entries(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<EntryRow>> {
    let tenant = tx.tenant();
    select_entries!(
        "where e.tenant_id = $1 and e.id = any($2::uuid[])",
        tenant,
        ids
    )
    .fetch_all(tx.conn())
    .await
}

/// A page of a member's entries of a year, newest first (ids are time-ordered).
pub(super) async fn ledger(
    tx: &mut TenantTx,
    member: Uuid,
    year: i32,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<EntryRow>> {
    let tenant = tx.tenant();
    select_entries!(
        "where e.tenant_id = $1 and e.member_id = $2 and e.year = $3
           and ($4::uuid is null or e.id < $4)
         order by e.id desc limit $5",
        tenant,
        member,
        year,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member's balance of every year with entries, newest first.
pub(super) async fn years(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<(i32, i64)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select year, points as "balance!"
             from point_balance where tenant_id = $1 and member_id = $2
            order by year desc"#,
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.year, r.balance)).collect())
}

/// The ranking of the active members placed in an org's sub-tree for a year: competition
/// ranking by points (ties share a rank), by name within a tie; the first `limit`.
pub(super) async fn rankings(
    tx: &mut TenantTx,
    path: &str,
    year: i32,
    limit: i64,
) -> sqlx::Result<Vec<RankRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        RankRow,
        r#"with scope as (
             select id from org_unit where tenant_id = $1 and path <@ $2::text::ltree),
           members as (
             select m.id, m.name from member m
              where m.tenant_id = $1 and m.status = 'ACTIVE'
                and (m.org_id in (select id from scope) or m.party_org_id in (select id from scope)
                     or m.union_org_id in (select id from scope)
                     or m.youth_org_id in (select id from scope)
                     or m.department_id in (select id from scope)))
           select rank() over (order by coalesce(b.points, 0) desc) as "rank!",
                  x.id as member_id, x.name as member_name,
                  coalesce(b.points, 0)::bigint as "points!"
             from members x
             left join point_balance b on b.tenant_id = $1 and b.year = $3 and b.member_id = x.id
            order by 4 desc, x.name, x.id
            limit $4"#,
        tenant,
        path,
        year,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// 支部对标: the branches (党支部, 分会, 团支部) in an org's sub-tree with their active members'
/// points of a year, ranked by the per-member average (two decimals; competition ranking),
/// then by total and name.
pub(super) async fn branch_rankings(
    tx: &mut TenantTx,
    path: &str,
    year: i32,
) -> sqlx::Result<Vec<BranchRankRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        BranchRankRow,
        r#"with branches as (
             select b.id, b.name, b.path from org_unit b
              where b.tenant_id = $1 and b.archived_at is null
                and b.kind in ('PARTY_BRANCH', 'UNION_BRANCH', 'YOUTH_BRANCH')
                and b.path <@ $2::text::ltree),
           -- Each org inside one of those branches, with the branch.
           inside as materialized (
             select o.id as org_id, b.id as branch_id
               from branches b join org_unit o on o.tenant_id = $1 and o.path <@ b.path),
           -- Each active member once per branch they are placed in (any line or department):
           -- a lateral join per member, which the planner memoizes on the member's placements.
           placed as (
             select m.id as member_id, pb.branch_id
               from member m
               cross join lateral (
                 select distinct x.branch_id
                   from unnest(array[m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id,
                                     m.department_id]) as u(org_id)
                   join inside x on x.org_id = u.org_id) pb
              where m.tenant_id = $1 and m.status = 'ACTIVE'),
           totals as (
             select p.branch_id, count(*) as members, coalesce(sum(t.points), 0)::bigint as total
               from placed p
               left join point_balance t on t.tenant_id = $1 and t.year = $3
                and t.member_id = p.member_id
              group by p.branch_id),
           agg as (
             select b.id, b.name, coalesce(t.members, 0) as members, coalesce(t.total, 0) as total
               from branches b left join totals t on t.branch_id = b.id),
           averaged as (
             select a.*, case when a.members = 0 then 0
                              else round(a.total::numeric / a.members, 2) end as average
               from agg a)
           select rank() over (order by v.average desc) as "rank!", v.id as org_id,
                  v.name as org_name, v.members as "members!", v.total as "total!",
                  v.average::float8 as "average!"
             from averaged v
            order by v.average desc, v.total desc, v.name, v.id"#,
        tenant,
        path,
        year,
    )
    .fetch_all(tx.conn())
    .await
}

/// Records an appeal unless the entry has a pending one; whether it was written.
pub(super) async fn insert_appeal(
    tx: &mut TenantTx,
    id: Uuid,
    entry: Uuid,
    member: Uuid,
    reason: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "insert into point_appeal (tenant_id, id, entry_id, member_id, reason)
         values ($1, $2, $3, $4, $5) on conflict do nothing",
        tenant,
        id,
        entry,
        member,
        reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// One appeal; `lock` takes its row lock.
pub(super) async fn appeal(
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<AppealRow>> {
    let tenant = tx.tenant();
    if lock {
        sqlx::query!(
            "select id from point_appeal where tenant_id = $1 and id = $2 for update",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await?;
    }
    select_appeals!("where a.tenant_id = $1 and a.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// A page of appeals, oldest first: of a status (or all), of members placed under one of
/// `paths` (every member when `None`).
pub(super) async fn appeals(
    tx: &mut TenantTx,
    status: Option<AppealStatus>,
    paths: Option<&[String]>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<AppealRow>> {
    let tenant = tx.tenant();
    let everyone = paths.is_none();
    let paths: Vec<String> = paths.map(<[String]>::to_vec).unwrap_or_default();
    select_appeals!(
        "where a.tenant_id = $1 and ($2::text is null or a.status = $2)
           and ($3 or exists (
                 select 1 from org_unit o
                  where o.tenant_id = m.tenant_id
                    and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id,
                                 m.department_id)
                    and o.path <@ any($4::text[]::ltree[])))
           and ($5::uuid is null or a.id > $5)
         order by a.id limit $6",
        tenant,
        status.map(AppealStatus::as_str),
        everyone,
        &paths,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Records the decision of a pending appeal.
pub(super) async fn decide_appeal(
    tx: &mut TenantTx,
    id: Uuid,
    status: AppealStatus,
    by: Option<Uuid>,
    note: Option<&str>,
    correction: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update point_appeal set status = $3, decided_by = $4, decided_at = now(), note = $5,
                correction_entry_id = $6
          where tenant_id = $1 and id = $2 and status = 'PENDING'",
        tenant,
        id,
        status.as_str(),
        by,
        note,
        correction,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A member's appeals, newest first (at most 100).
pub(super) async fn member_appeals(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Vec<AppealRow>> {
    let tenant = tx.tenant();
    select_appeals!(
        "where a.tenant_id = $1 and a.member_id = $2 order by a.id desc limit 100",
        tenant,
        member
    )
    .fetch_all(tx.conn())
    .await
}
