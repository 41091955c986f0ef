//! SQL of introduction letters, received members and the member's closing.

use super::LetterRow;
use crate::db::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;
use uuid::Uuid;

const COLUMNS: &str = "l.id, l.member_id, m.name as member_name, l.line, l.from_org_id,
    o.name as from_org_name, l.destination, l.cross_province, l.code, l.valid_until,
    l.dues_paid_through, l.snapshot, l.status, l.note, l.issued_at, l.accepted_at, l.receipt";
const FROM: &str = "transfer_letter l
    join member m on m.tenant_id = l.tenant_id and m.id = l.member_id
    join org_unit o on o.tenant_id = l.tenant_id and o.id = l.from_org_id";

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
    sqlx::query(
        "insert into transfer_letter (tenant_id, id, member_id, line, from_org_id, destination,
             cross_province, code, valid_until, dues_paid_through, snapshot, note, issued_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(tenant)
    .bind(l.id)
    .bind(l.member)
    .bind(l.line)
    .bind(l.from_org)
    .bind(l.destination)
    .bind(l.cross_province)
    .bind(l.code)
    .bind(l.valid_until)
    .bind(l.dues_paid_through)
    .bind(l.snapshot)
    .bind(l.note)
    .bind(l.by)
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<LetterRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from {FROM} where l.tenant_id = $1 and l.id = $2 for update of l"
    )))
    .bind(tenant)
    .bind(id)
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn list(
    tx: &mut TenantTx,
    under: Option<&[String]>,
) -> sqlx::Result<Vec<LetterRow>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from {FROM}
          where l.tenant_id = $1 and ($2::text[] is null or o.path <@ any($2::ltree[]))
          order by (l.status = 'ISSUED') desc, l.issued_at desc limit 200"
    )))
    .bind(tenant)
    .bind(under)
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn set_status(
    tx: &mut TenantTx,
    id: Uuid,
    status: super::LetterStatus,
    receipt: Option<&Value>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query(
        "update transfer_letter set status = $3, receipt = $4,
                accepted_at = case when $3 = 'ACCEPTED' then now() else accepted_at end
          where tenant_id = $1 and id = $2",
    )
    .bind(tenant)
    .bind(id)
    .bind(status)
    .bind(receipt)
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
    pub political_status: String,
    pub status: String,
    pub line_org: Option<Uuid>,
    pub line_path: Option<String>,
}

pub(super) async fn person(
    tx: &mut TenantTx,
    member: Uuid,
    line_column: &str,
) -> sqlx::Result<Option<Person>> {
    let tenant = tx.tenant();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select m.account_id, m.name, m.gender, m.birth_date, m.political_status, m.status,
                m.{line_column} as line_org, o.path::text as line_path
           from member m left join org_unit o on o.tenant_id = m.tenant_id and o.id = m.{line_column}
          where m.tenant_id = $1 and m.id = $2"
    )))
    .bind(tenant)
    .bind(member)
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
    sqlx::query_scalar(
        "select max(month) from (
            select month, sum(owed) over (order by month) as running from (
              select month, sum(case when kind = 'PAYMENT' then -amount_fen else amount_fen end) as owed
                from dues_entry where tenant_id = $1 and member_id = $2 and line = $3
               group by month) per_month) r
          where running <= 0",
    )
    .bind(tenant)
    .bind(member)
    .bind(line)
    .fetch_one(tx.conn())
    .await
}

/// Whether the account already has an active membership in the tenant.
pub(super) async fn active_member_of_account(
    tx: &mut TenantTx,
    account: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar(
        "select exists (select 1 from member where tenant_id = $1 and account_id = $2 and status = 'ACTIVE')",
    )
    .bind(tenant)
    .bind(account)
    .fetch_one(tx.conn())
    .await
}

/// Closes a membership that moved away: disabled (so every chat and session ends with it),
/// positions ended, group memberships and role grants removed. The record itself stays.
pub(super) async fn close_member(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query(
        "update member set status = 'DISABLED', updated_at = now() where tenant_id = $1 and id = $2",
    )
    .bind(tenant)
    .bind(member)
    .execute(tx.conn())
    .await?;
    sqlx::query(
        "update position set ended_at = now(), term_end = coalesce(term_end, current_date)
          where tenant_id = $1 and member_id = $2 and ended_at is null",
    )
    .bind(tenant)
    .bind(member)
    .execute(tx.conn())
    .await?;
    sqlx::query("delete from conversation_member where tenant_id = $1 and member_id = $2")
        .bind(tenant)
        .bind(member)
        .execute(tx.conn())
        .await?;
    sqlx::query("delete from casbin_rule where tenant_id = $1 and ptype = 'g' and v0 = $2")
        .bind(tenant)
        .bind(format!("m:{member}"))
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// Moves a member's placement on a line to another org of the same tenant.
pub(super) async fn move_member(
    tx: &mut TenantTx,
    member: Uuid,
    line_column: &str,
    org: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "update member set {line_column} = $3, org_id = case when org_id = {line_column} then $3 else org_id end,
                updated_at = now()
          where tenant_id = $1 and id = $2"
    )))
    .bind(tenant)
    .bind(member)
    .bind(org)
    .execute(tx.conn())
    .await?;
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
    sqlx::query(
        "insert into transfer_in (tenant_id, id, member_id, org_id, from_tenant_id, from_tenant_name,
             letter_id, snapshot, accepted_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(tenant)
    .bind(crate::new_id())
    .bind(member)
    .bind(org)
    .bind(from_tenant)
    .bind(from_tenant_name)
    .bind(letter)
    .bind(snapshot)
    .bind(by)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A member's stage history for the snapshot: `[{stage, startedOn, extensionMonths}]`.
pub(super) async fn stages_json(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Value> {
    let tenant = tx.tenant();
    sqlx::query_scalar(
        "select coalesce(jsonb_agg(jsonb_build_object('stage', stage, 'startedOn', started_on,
                    'extensionMonths', extension_months) order by created_at), '[]'::jsonb)
           from member_stage where tenant_id = $1 and member_id = $2",
    )
    .bind(tenant)
    .bind(member)
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
    sqlx::query(
        "insert into member_stage (tenant_id, id, member_id, stage, started_on, extension_months)
         select $1, gen_random_uuid(), $2, s->>'stage', (s->>'startedOn')::date,
                (s->>'extensionMonths')::int
           from jsonb_array_elements($3) as s
          where s->>'stage' in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL_MEMBER', 'CANCELLED')
            and s->>'startedOn' is not null",
    )
    .bind(tenant)
    .bind(member)
    .bind(stages)
    .execute(tx.conn())
    .await?;
    Ok(())
}
