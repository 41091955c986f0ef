//! SQL of dues bases and the dues ledger.

use super::model::{
    ArrearRow, BaseRow, BaseSource, EntryKind, EntryRow, PaymentMethod, RollupRow, StandingRow,
};
use super::rules::{Category, DuesLine};
use crate::db::TenantTx;
use chrono::NaiveDate;
use uuid::Uuid;

/// Selects ledger entries (alias `e`) with their member's name (alias `m`); `$tail` is the rest
/// of the statement, from the `where` on.
macro_rules! select_entries {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            EntryRow,
            r#"select e.id, e.member_id, m.name as member_name, e.line as "line: DuesLine", e.month,
                    e.kind as "kind: EntryKind", e.amount_fen, e.method as "method: PaymentMethod",
                    e.receipt_no, e.rule_key, e.base_fen, e.note,
                    e.corrects, e.recorded_by, e.created_at
               from dues_entry e
               join member m on m.tenant_id = e.tenant_id and m.id = e.member_id "#
                + $tail
            $(, $arg)*
        )
    };
            }

/// A new base.
pub(super) struct NewBase {
    pub member: Uuid,
    pub line: DuesLine,
    pub category: Category,
    pub base_fen: i64,
    pub from_month: NaiveDate,
    /// The month the new pay was first paid, from which `party.dues.start` derived `from_month`.
    pub new_pay_month: NaiveDate,
    pub source: BaseSource,
    pub by: Option<Uuid>,
}

pub(super) async fn insert_base(tx: &mut TenantTx, b: &NewBase) -> sqlx::Result<BaseRow> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        BaseRow,
        r#"insert into dues_base (tenant_id, id, member_id, line, category, base_fen, from_month, source, created_by,
                                 new_pay_month)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         returning id, member_id, line as "line: DuesLine", category as "category: Category", base_fen,
                   from_month, new_pay_month, source as "source: BaseSource", created_by, created_at"#,
        tenant,
        crate::new_id(),
        b.member,
        b.line.as_str(),
        b.category.as_str(),
        b.base_fen,
        b.from_month,
        b.source.as_str(),
        b.by,
        b.new_pay_month,
    )
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn bases(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<BaseRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        BaseRow,
        r#"select id, member_id, line as "line: DuesLine", category as "category: Category", base_fen,
                  from_month, new_pay_month, source as "source: BaseSource", created_by, created_at
             from dues_base where tenant_id = $1 and member_id = $2
            order by line, from_month desc, created_at desc"#,
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

/// Who is billed for `month` on `line`: active members of the line (party: probationary and
/// full members, probationary ones from the month they were admitted moved on by
/// `probationary_offset` months, as `party.dues.start` says; league: league members;
/// union: placed in a union org) under `scope` (an org path; all when `None`), with the base in
/// force that month.
#[derive(Debug, sqlx::FromRow)]
pub(super) struct Billable {
    pub member_id: Uuid,
    pub org_id: Option<Uuid>,
    pub category: Category,
    pub base_fen: i64,
}

pub(super) async fn billable(
    tx: &mut TenantTx,
    line: DuesLine,
    month: NaiveDate,
    scope: Option<&str>,
    probationary_offset: i32,
) -> sqlx::Result<Vec<Billable>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Billable,
        r#"select m.id as member_id,
                case $2 when 'PARTY' then coalesce(m.party_org_id, m.org_id)
                        when 'UNION' then coalesce(m.union_org_id, m.org_id)
                        else coalesce(m.youth_org_id, m.org_id) end as org_id,
                b.category as "category!: Category", b.base_fen as "base_fen!"
           from member m
           join lateral (select category, base_fen from dues_base d
                          where d.tenant_id = m.tenant_id and d.member_id = m.id and d.line = $2
                            and d.from_month <= $3
                          order by d.from_month desc, d.created_at desc limit 1) b on true
          where m.tenant_id = $1 and m.status = 'ACTIVE'
            and case $2 when 'PARTY' then m.political_status in ('PROBATIONARY', 'FULL_MEMBER')
                        when 'UNION' then m.union_org_id is not null
                        else m.political_status = 'LEAGUE_MEMBER' end
            -- party.dues.start: a probationary member pays from the month the branch meeting
            -- admitted them (their recorded PROBATIONARY stage), moved on by the rule's offset
            -- ($5 months: 0 by statute), not before.
            and not (m.political_status = 'PROBATIONARY' and $2 = 'PARTY' and exists (
                  select 1 from member_stage s where s.tenant_id = m.tenant_id and s.member_id = m.id
                     and s.stage = 'PROBATIONARY' and s.extension_months is null
                     and date_trunc('month', s.started_on) + make_interval(months => $5) > $3
                     and not exists (select 1 from member_stage later where later.tenant_id = s.tenant_id
                         and later.member_id = s.member_id and later.stage = 'PROBATIONARY'
                         and later.extension_months is null and later.created_at > s.created_at)))
            -- Months paid in the tenant the member came from are not billed again.
            and not exists (select 1 from dues_standing st where st.tenant_id = m.tenant_id
                   and st.member_id = m.id and st.line = $2 and st.paid_through >= $3)
            and ($4::text is null or exists (
                  select 1 from org_unit o where o.tenant_id = m.tenant_id
                     and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
                     and o.path <@ $4::text::ltree))"#,
        tenant,
        line.as_str(),
        month,
        scope,
        probationary_offset,
    )
    .fetch_all(tx.conn())
    .await
}

/// A bill already written for a month a new base reaches back to, with what it charges so far
/// (the bill and its corrections) and the base in force for its month now.
#[derive(Debug)]
pub(super) struct Rebillable {
    pub bill_id: Uuid,
    pub month: NaiveDate,
    pub charged_fen: i64,
    pub category: Category,
    pub base_fen: i64,
}

pub(super) async fn bills_from(
    tx: &mut TenantTx,
    member: Uuid,
    line: DuesLine,
    from: NaiveDate,
) -> sqlx::Result<Vec<Rebillable>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Rebillable,
        r#"select e.id as bill_id, e.month,
                  e.amount_fen + coalesce((select sum(c.amount_fen) from dues_entry c
                     where c.tenant_id = e.tenant_id and c.corrects = e.id), 0)::bigint as "charged_fen!",
                  b.category as "category!: Category", b.base_fen as "base_fen!"
             from dues_entry e
             join lateral (select category, base_fen from dues_base d
                            where d.tenant_id = e.tenant_id and d.member_id = e.member_id
                              and d.line = e.line and d.from_month <= e.month
                            order by d.from_month desc, d.created_at desc limit 1) b on true
            where e.tenant_id = $1 and e.member_id = $2 and e.line = $3 and e.kind = 'BILL'
              and e.month >= $4
            order by e.month"#,
        tenant,
        member,
        line.as_str(),
        from,
    )
    .fetch_all(tx.conn())
    .await
}

/// A bill to write.
pub(super) struct NewBill {
    pub member: Uuid,
    pub org: Option<Uuid>,
    pub amount_fen: i64,
    pub base_fen: i64,
    pub rule_key: &'static str,
}

/// Writes bills in one statement; a member already billed that month is left alone. Returns
/// how many were written.
pub(super) async fn insert_bills(
    tx: &mut TenantTx,
    line: DuesLine,
    month: NaiveDate,
    bills: &[NewBill],
    by: Option<Uuid>,
) -> sqlx::Result<u64> {
    let tenant = tx.tenant();
    let ids: Vec<Uuid> = bills.iter().map(|_| crate::new_id()).collect();
    let members: Vec<Uuid> = bills.iter().map(|b| b.member).collect();
    let orgs: Vec<Option<Uuid>> = bills.iter().map(|b| b.org).collect();
    let amounts: Vec<i64> = bills.iter().map(|b| b.amount_fen).collect();
    let bases: Vec<i64> = bills.iter().map(|b| b.base_fen).collect();
    let rules: Vec<String> = bills.iter().map(|b| b.rule_key.to_owned()).collect();
    Ok(sqlx::query!(
        "insert into dues_entry (tenant_id, id, member_id, line, month, kind, amount_fen, org_id,
                                 rule_key, base_fen, recorded_by)
         select $1, u.id, u.member_id, $2, $3, 'BILL', u.amount, u.org_id, u.rule_key, u.base, $10
           from unnest($4::uuid[], $5::uuid[], $6::uuid[], $7::bigint[], $8::bigint[], $9::text[])
                as u(id, member_id, org_id, amount, base, rule_key)
         on conflict (tenant_id, member_id, line, month) where kind = 'BILL' do nothing",
        tenant,
        line.as_str(),
        month,
        &ids,
        &members,
        // A bill's org may be unknown; the macro's check takes arrays of non-null elements
        // only, so this one array is passed unchecked (the statement casts it to uuid[]).
        &orgs as _,
        &amounts,
        &bases,
        &rules,
        by,
    )
    .execute(tx.conn())
    .await?
    .rows_affected())
}

/// A payment or correction to write.
pub(super) struct NewEntry<'a> {
    pub member: Uuid,
    pub line: DuesLine,
    pub month: NaiveDate,
    pub kind: EntryKind,
    pub amount_fen: i64,
    pub method: Option<PaymentMethod>,
    pub receipt_no: Option<&'a str>,
    pub note: Option<&'a str>,
    pub corrects: Option<Uuid>,
    pub by: Option<Uuid>,
}

pub(super) async fn insert_entry(tx: &mut TenantTx, e: &NewEntry<'_>) -> sqlx::Result<Uuid> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "insert into dues_entry (tenant_id, id, member_id, line, month, kind, amount_fen, org_id,
                                 method, receipt_no, note, corrects, recorded_by)
         select $1, $2, m.id, $4, $5, $6, $7,
                case $4 when 'PARTY' then coalesce(m.party_org_id, m.org_id)
                        when 'UNION' then coalesce(m.union_org_id, m.org_id)
                        else coalesce(m.youth_org_id, m.org_id) end,
                $8, $9, $10, $11, $12
           from member m where m.tenant_id = $1 and m.id = $3
         returning id",
        tenant,
        crate::new_id(),
        e.member,
        e.line.as_str(),
        e.month,
        e.kind.as_str(),
        e.amount_fen,
        e.method.map(PaymentMethod::as_str),
        e.receipt_no,
        e.note,
        e.corrects,
        e.by,
    )
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn entry(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<EntryRow>> {
    let tenant = tx.tenant();
    select_entries!("where e.tenant_id = $1 and e.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// A member's ledger on a line, oldest month first.
pub(super) async fn statement(
    tx: &mut TenantTx,
    member: Uuid,
    line: DuesLine,
) -> sqlx::Result<Vec<EntryRow>> {
    let tenant = tx.tenant();
    select_entries!(
        "where e.tenant_id = $1 and e.member_id = $2 and e.line = $3
          order by e.month, e.created_at, e.id",
        tenant,
        member,
        line.as_str(),
    )
    .fetch_all(tx.conn())
    .await
}

/// Records the standing a member brought on a line (once: a member is received once).
pub(super) async fn insert_standing(
    tx: &mut TenantTx,
    member: Uuid,
    line: DuesLine,
    paid_through: NaiveDate,
    from_tenant_name: &str,
    letter: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into dues_standing (tenant_id, member_id, line, paid_through, from_tenant_name, letter_id)
         values ($1, $2, $3, $4, $5, $6)",
        tenant,
        member,
        line.as_str(),
        paid_through,
        from_tenant_name,
        letter,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The standing a member brought on a line, if any.
pub(super) async fn standing(
    tx: &mut TenantTx,
    member: Uuid,
    line: DuesLine,
) -> sqlx::Result<Option<StandingRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        StandingRow,
        "select paid_through, from_tenant_name, recorded_at from dues_standing
          where tenant_id = $1 and member_id = $2 and line = $3",
        tenant,
        member,
        line.as_str(),
    )
    .fetch_optional(tx.conn())
    .await
}

/// Members under `scope` who owe on `line`: what they owe, for how many months, since when.
pub(crate) async fn arrears(
    tx: &mut TenantTx,
    line: DuesLine,
    scope: Option<&str>,
) -> sqlx::Result<Vec<ArrearRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ArrearRow,
        r#"with months as (
           select e.member_id, e.month,
                  sum(case when e.kind = 'PAYMENT' then -e.amount_fen else e.amount_fen end) as owed
             from dues_entry e
            where e.tenant_id = $1 and e.line = $2
            group by e.member_id, e.month
         )
         select mo.member_id, m.name as member_name, coalesce(o.name, '未分配组织') as "org_name!",
                sum(mo.owed)::bigint as "owed_fen!",
                count(*) filter (where mo.owed > 0) as "months_owed!",
                min(mo.month) filter (where mo.owed > 0) as oldest_month
           from months mo
           join member m on m.tenant_id = $1 and m.id = mo.member_id
           left join org_unit o on o.tenant_id = $1 and o.id = case $2
                when 'PARTY' then coalesce(m.party_org_id, m.org_id)
                when 'UNION' then coalesce(m.union_org_id, m.org_id)
                else coalesce(m.youth_org_id, m.org_id) end
          where ($3::text is null or o.path <@ $3::text::ltree)
          group by mo.member_id, m.name, o.name, o.path
         having sum(mo.owed) > 0
          order by o.path nulls last, m.name"#,
        tenant,
        line.as_str(),
        scope,
    )
    .fetch_all(tx.conn())
    .await
}

/// Sums per org and month of the entries under `scope` on `line`, between two months.
pub(crate) async fn rollup(
    tx: &mut TenantTx,
    line: DuesLine,
    scope: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
) -> sqlx::Result<Vec<RollupRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        RollupRow,
        r#"select e.org_id, coalesce(o.name, '未分配组织') as "org_name!", e.month,
                coalesce(sum(e.amount_fen) filter (where e.kind = 'BILL'), 0)::bigint as "billed_fen!",
                coalesce(sum(e.amount_fen) filter (where e.kind = 'CORRECTION'), 0)::bigint as "corrected_fen!",
                coalesce(sum(e.amount_fen) filter (where e.kind = 'PAYMENT'), 0)::bigint as "paid_fen!",
                count(distinct e.member_id) filter (where e.kind = 'BILL') as "members_billed!",
                count(distinct e.member_id) filter (where e.kind = 'PAYMENT') as "members_paid!"
           from dues_entry e
           left join org_unit o on o.tenant_id = e.tenant_id and o.id = e.org_id
          where e.tenant_id = $1 and e.line = $2 and e.month between $4 and $5
            and ($3::text is null or o.path <@ $3::text::ltree)
          group by e.org_id, o.name, o.path, e.month
          order by e.month, o.path nulls last"#,
        tenant,
        line.as_str(),
        scope,
        from,
        to,
    )
    .fetch_all(tx.conn())
    .await
}

/// The org path of a member's placement on a line (for authorization).
pub(super) async fn member_line_path(
    tx: &mut TenantTx,
    member: Uuid,
    line: DuesLine,
) -> sqlx::Result<Option<Option<String>>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select o.path::text from member m
           left join org_unit o on o.tenant_id = m.tenant_id and o.id = case $3
                when 'PARTY' then coalesce(m.party_org_id, m.org_id)
                when 'UNION' then coalesce(m.union_org_id, m.org_id)
                else coalesce(m.youth_org_id, m.org_id) end
          where m.tenant_id = $1 and m.id = $2",
        tenant,
        member,
        line.as_str(),
    )
    .fetch_optional(tx.conn())
    .await
}

/// A member found by phone or email, with the path of their primary org.
#[derive(Debug, sqlx::FromRow)]
pub(super) struct Contact {
    pub id: Uuid,
    pub name: String,
    pub path: Option<String>,
}

pub(super) async fn member_by_contact(
    tx: &mut TenantTx,
    phone: &str,
    email: &str,
) -> sqlx::Result<Option<Contact>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Contact,
        "select m.id, m.name, o.path::text as path from member m
           left join org_unit o on o.tenant_id = m.tenant_id
                and o.id = coalesce(m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
          where m.tenant_id = $1
            and (($2 <> '' and m.phone = $2) or ($3 <> '' and lower(m.email) = lower($3)))
          limit 1",
        tenant,
        phone,
        email,
    )
    .fetch_optional(tx.conn())
    .await
}
