//! SQL of introduction letters, received members and the member's closing.

use super::{LetterRow, LetterStatus};
use crate::db::TenantTx;
use crate::member::model::{MemberStatus, PoliticalStatus};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;
use uuid::Uuid;

/// Selects letters (alias `l`) with their member (`m`) and issuing org (`o`); `$tail` is the
/// rest of the statement, from the `where` on.
macro_rules! select_letters {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            LetterRow,
            r#"select l.id, l.member_id, m.name as member_name, l.line, l.from_org_id,
                      o.name as from_org_name, l.destination, l.cross_province, l.code,
                      l.valid_until, l.dues_paid_through, l.snapshot,
                      l.status as "status: LetterStatus", l.note, l.issued_at, l.accepted_at,
                      l.receipt
                 from transfer_letter l
                 join member m on m.tenant_id = l.tenant_id and m.id = l.member_id
                 join org_unit o on o.tenant_id = l.tenant_id and o.id = l.from_org_id "#
                + $tail
            $(, $arg)*
        )
    };
            }

/// The member column that places a member on a line.
#[derive(Debug, Clone, Copy)]
pub(super) enum LineColumn {
    /// `party_org_id`.
    Party,
    /// `union_org_id`.
    Union,
    /// `youth_org_id`.
    Youth,
}

impl LineColumn {
    /// The line's code, which the statements below map to the column.
    fn code(self) -> &'static str {
        match self {
            Self::Party => "PARTY",
            Self::Union => "UNION",
            Self::Youth => "YOUTH",
        }
    }
}

/// A letter to insert.
pub(super) struct NewLetter<'a> {
    pub id: Uuid,
    pub member: Uuid,
    pub line: &'a str,
    pub from_org: Uuid,
    pub destination: &'a str,
    pub cross_province: bool,
    pub code: &'a str,
    pub valid_until: DateTime<Utc>,
    pub dues_paid_through: Option<NaiveDate>,
    pub snapshot: &'a Value,
    pub note: Option<&'a str>,
    pub by: Option<Uuid>,
}

pub(super) async fn insert(tx: &mut TenantTx, l: &NewLetter<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into transfer_letter (tenant_id, id, member_id, line, from_org_id, destination,
             cross_province, code, valid_until, dues_paid_through, snapshot, note, issued_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        tenant,
        l.id,
        l.member,
        l.line,
        l.from_org,
        l.destination,
        l.cross_province,
        l.code,
        l.valid_until,
        l.dues_paid_through,
        l.snapshot,
        l.note,
        l.by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<LetterRow>> {
    let tenant = tx.tenant();
    select_letters!(
        "where l.tenant_id = $1 and l.id = $2 for update of l",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn list(
    tx: &mut TenantTx,
    under: Option<&[String]>,
) -> sqlx::Result<Vec<LetterRow>> {
    let tenant = tx.tenant();
    select_letters!(
        "where l.tenant_id = $1 and ($2::text[] is null or o.path <@ any($2::ltree[]))
          order by (l.status = 'ISSUED') desc, l.issued_at desc limit 200",
        tenant,
        under,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn set_status(
    tx: &mut TenantTx,
    id: Uuid,
    status: LetterStatus,
    receipt: Option<&Value>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update transfer_letter set status = $3, receipt = $4,
                accepted_at = case when $3::text = 'ACCEPTED' then now() else accepted_at end
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        status.as_str(),
        receipt,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The member's facts for the snapshot.
#[derive(Debug, sqlx::FromRow)]
pub(super) struct Person {
    pub account_id: Option<Uuid>,
    pub name: String,
    pub gender: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub political_status: PoliticalStatus,
    pub status: MemberStatus,
    pub line_org: Option<Uuid>,
    pub line_path: Option<String>,
}

pub(super) async fn person(
    tx: &mut TenantTx,
    member: Uuid,
    line: LineColumn,
) -> sqlx::Result<Option<Person>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Person,
        r#"select m.account_id, m.name, m.gender, m.birth_date,
                  m.political_status as "political_status: PoliticalStatus",
                  m.status as "status: MemberStatus", l.org as line_org, o.path::text as "line_path?"
             from member m
            cross join lateral (select case $3::text when 'PARTY' then m.party_org_id
                                                     when 'UNION' then m.union_org_id
                                                     else m.youth_org_id end as org) l
             left join org_unit o on o.tenant_id = m.tenant_id and o.id = l.org
            where m.tenant_id = $1 and m.id = $2"#,
        tenant,
        member,
        line.code(),
    )
    .fetch_optional(tx.conn())
    .await
}

/// The last month the member's dues on a line are paid through: the latest billed month up to
/// which bills, corrections and payments balance.
pub(super) async fn dues_paid_through(
    tx: &mut TenantTx,
    member: Uuid,
    line: &str,
) -> sqlx::Result<Option<NaiveDate>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select max(month) from (
            select month, sum(owed) over (order by month) as running from (
              select month, sum(case when kind = 'PAYMENT' then -amount_fen else amount_fen end) as owed
                from dues_entry where tenant_id = $1 and member_id = $2 and line = $3
               group by month) per_month) r
          where running <= 0",
        tenant,
        member,
        line,
    )
    .fetch_one(tx.conn())
    .await
}

/// Whether the account already has an active membership in the tenant.
pub(super) async fn active_member_of_account(
    tx: &mut TenantTx,
    account: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from member where tenant_id = $1 and account_id = $2 and status = 'ACTIVE') as "exists!""#,
        tenant,
        account,
    )
    .fetch_one(tx.conn())
    .await
}

/// Closes a membership that moved away: disabled (so every chat and session ends with it),
/// positions ended, group memberships and role grants removed. The record itself stays.
pub(super) async fn close_member(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update member set status = 'DISABLED', updated_at = now() where tenant_id = $1 and id = $2",
        tenant,
        member,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update position set ended_at = now(), term_end = coalesce(term_end, current_date)
          where tenant_id = $1 and member_id = $2 and ended_at is null",
        tenant,
        member,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "delete from conversation_member where tenant_id = $1 and member_id = $2",
        tenant,
        member,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "delete from casbin_rule where tenant_id = $1 and ptype = 'g' and v0 = $2",
        tenant,
        format!("m:{member}"),
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Moves a member's placement on a line to another org of the same tenant.
pub(super) async fn move_member(
    tx: &mut TenantTx,
    member: Uuid,
    line: LineColumn,
    org: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    // One static statement per column: a column name cannot be a parameter.
    let query = match line {
        LineColumn::Party => sqlx::query!(
            "update member set party_org_id = $3,
                    org_id = case when org_id = party_org_id then $3 else org_id end,
                    updated_at = now()
              where tenant_id = $1 and id = $2",
            tenant,
            member,
            org,
        ),
        LineColumn::Union => sqlx::query!(
            "update member set union_org_id = $3,
                    org_id = case when org_id = union_org_id then $3 else org_id end,
                    updated_at = now()
              where tenant_id = $1 and id = $2",
            tenant,
            member,
            org,
        ),
        LineColumn::Youth => sqlx::query!(
            "update member set youth_org_id = $3,
                    org_id = case when org_id = youth_org_id then $3 else org_id end,
                    updated_at = now()
              where tenant_id = $1 and id = $2",
            tenant,
            member,
            org,
        ),
    };
    query.execute(tx.conn()).await?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_in(
    tx: &mut TenantTx,
    member: Uuid,
    org: Uuid,
    from_tenant: Uuid,
    from_tenant_name: &str,
    letter: Uuid,
    snapshot: &Value,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into transfer_in (tenant_id, id, member_id, org_id, from_tenant_id, from_tenant_name,
             letter_id, snapshot, accepted_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        tenant,
        crate::new_id(),
        member,
        org,
        from_tenant,
        from_tenant_name,
        letter,
        snapshot,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A member's stage history for the snapshot: `[{stage, startedOn, extensionMonths}]`.
pub(super) async fn stages_json(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Value> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select coalesce(jsonb_agg(jsonb_build_object('stage', stage, 'startedOn', started_on,
                    'extensionMonths', extension_months) order by created_at), '[]'::jsonb) as "stages!"
           from member_stage where tenant_id = $1 and member_id = $2"#,
        tenant,
        member,
    )
    .fetch_one(tx.conn())
    .await
}

/// Writes stages carried by a snapshot for the received member.
pub(super) async fn insert_stages(
    tx: &mut TenantTx,
    member: Uuid,
    stages: &Value,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into member_stage (tenant_id, id, member_id, stage, started_on, extension_months)
         select $1, gen_random_uuid(), $2, s->>'stage', (s->>'startedOn')::date,
                (s->>'extensionMonths')::int
           from jsonb_array_elements($3) as s
          where s->>'stage' in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL_MEMBER', 'CANCELLED')
            and s->>'startedOn' is not null",
        tenant,
        member,
        stages,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}
