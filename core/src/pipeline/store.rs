//! SQL of stages, transitions and contacts (a transition's 公示 and its objections are
//! [`crate::publicity`]'s).

use super::model::{BoardRow, StageRow, TransitionRow, TransitionStatus};
use crate::db::TenantTx;
use crate::member::model::PoliticalStatus;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// Selects transitions (alias `t`) with their member (`m`), org (`o`), their 公示 (`p`, whose
/// window is the transition's) and its count of objections;
/// `$tail` is the rest of the statement, from the `where` on.
macro_rules! select_transitions {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            TransitionRow,
            r#"select t.id, t.member_id, m.name as member_name, t.org_id, o.name as org_name,
                      t.from_stage, t.to_stage, t.extension_months, t.effective_on, t.note,
                      t.status as "status: TransitionStatus", p.window_end as "publicity_until?",
                      t.approval_due_at, t.due_item_id, t.proposed_at, t.decided_at,
                      t.decision_note, t.meeting_id, t.publicity_id,
                      (select count(*) from publicity_objection x
                        where x.tenant_id = t.tenant_id and x.publicity_id = t.publicity_id) as "objections!"
                 from stage_transition t
                 join member m on m.tenant_id = t.tenant_id and m.id = t.member_id
                 join org_unit o on o.tenant_id = t.tenant_id and o.id = t.org_id
                 left join publicity p on p.tenant_id = t.tenant_id and p.id = t.publicity_id "#
                + $tail
            $(, $arg)*
        )
    };
            }

/// The member's party org path, political status and name.
#[derive(Debug, sqlx::FromRow)]
pub(super) struct Placement {
    pub name: String,
    pub political_status: PoliticalStatus,
    pub party_org_id: Option<Uuid>,
    pub party_path: Option<String>,
}

pub(super) async fn placement(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Option<Placement>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Placement,
        r#"select m.name, m.political_status as "political_status: PoliticalStatus", m.party_org_id,
                  o.path::text as "party_path?"
           from member m left join org_unit o on o.tenant_id = m.tenant_id and o.id = m.party_org_id
          where m.tenant_id = $1 and m.id = $2 and m.status = 'ACTIVE'"#,
        tenant,
        member,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn stages(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<StageRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        StageRow,
        "select stage, started_on, extension_months, created_at from member_stage
          where tenant_id = $1 and member_id = $2 order by started_on desc, created_at desc",
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_stage(
    tx: &mut TenantTx,
    member: Uuid,
    stage: &str,
    started_on: NaiveDate,
    extension_months: Option<i32>,
    transition: Option<Uuid>,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into member_stage (tenant_id, id, member_id, stage, started_on, extension_months, transition_id, recorded_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
        tenant,
        crate::new_id(),
        member,
        stage,
        started_on,
        extension_months,
        transition,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn set_status(tx: &mut TenantTx, member: Uuid, status: &str) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update member set political_status = $3, updated_at = now() where tenant_id = $1 and id = $2",
        tenant,
        member,
        status,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// `(contacts, introducers)` recorded for a member.
pub(super) async fn contact_counts(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<(i64, i64)> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        r#"select count(*) filter (where role = 'CONTACT') as "contacts!",
                  count(*) filter (where role = 'INTRODUCER') as "introducers!"
             from pipeline_contact where tenant_id = $1 and member_id = $2"#,
        tenant,
        member,
    )
    .fetch_one(tx.conn())
    .await?;
    Ok((r.contacts, r.introducers))
}

/// Takes the member's row lock until the transaction ends.
pub(super) async fn lock_member(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "select id from member where tenant_id = $1 and id = $2 for update",
        tenant,
        member,
    )
    .fetch_optional(tx.conn())
    .await?;
    Ok(())
}

/// Whether `contact` is already recorded in `role` for the member.
pub(super) async fn has_contact(
    tx: &mut TenantTx,
    member: Uuid,
    contact: Uuid,
    role: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from pipeline_contact where tenant_id = $1 and member_id = $2
                             and contact_id = $3 and role = $4) as "exists!""#,
        tenant,
        member,
        contact,
        role,
    )
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn add_contact(
    tx: &mut TenantTx,
    member: Uuid,
    contact: Uuid,
    role: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "insert into pipeline_contact (tenant_id, member_id, contact_id, role) values ($1, $2, $3, $4)
         on conflict do nothing",
        tenant,
        member,
        contact,
        role,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

pub(super) async fn remove_contact(
    tx: &mut TenantTx,
    member: Uuid,
    contact: Uuid,
    role: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "delete from pipeline_contact where tenant_id = $1 and member_id = $2 and contact_id = $3 and role = $4",
        tenant,
        member,
        contact,
        role,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Contacts of a member: `(name, role)`.
pub(super) async fn contacts(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Vec<(Uuid, String, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select c.contact_id, m.name, c.role from pipeline_contact c
           join member m on m.tenant_id = c.tenant_id and m.id = c.contact_id
          where c.tenant_id = $1 and c.member_id = $2 order by c.role, m.name",
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.contact_id, r.name, r.role))
        .collect())
}

/// A transition to insert.
pub(super) struct NewTransition<'a> {
    pub id: Uuid,
    pub member: Uuid,
    pub org: Uuid,
    pub from: &'a str,
    pub to: &'a str,
    pub extension_months: Option<i32>,
    pub effective_on: NaiveDate,
    pub note: Option<&'a str>,
    pub status: TransitionStatus,
    pub publicity_until: Option<DateTime<Utc>>,
    pub approval_due_at: DateTime<Utc>,
    pub by: Option<Uuid>,
    pub meeting: Option<Uuid>,
}

pub(super) async fn insert_transition(
    tx: &mut TenantTx,
    t: &NewTransition<'_>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into stage_transition (tenant_id, id, member_id, org_id, from_stage, to_stage,
             extension_months, effective_on, note, status, publicity_until, approval_due_at, proposed_by,
             meeting_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        tenant,
        t.id,
        t.member,
        t.org,
        t.from,
        t.to,
        t.extension_months,
        t.effective_on,
        t.note,
        t.status.as_str(),
        t.publicity_until,
        t.approval_due_at,
        t.by,
        t.meeting,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Links a transition to its 公示 and mirrors the window's end.
pub(super) async fn set_publicity(
    tx: &mut TenantTx,
    id: Uuid,
    publicity: Uuid,
    until: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update stage_transition set publicity_id = $3, publicity_until = $4
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        publicity,
        until,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn set_due_item(tx: &mut TenantTx, id: Uuid, item: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update stage_transition set due_item_id = $3 where tenant_id = $1 and id = $2",
        tenant,
        id,
        item,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn transition(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<TransitionRow>> {
    let tenant = tx.tenant();
    select_transitions!(
        "where t.tenant_id = $1 and t.id = $2 for update of t",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Transitions of members under `paths` (all when `None`), open ones first.
pub(super) async fn transitions(
    tx: &mut TenantTx,
    member: Option<Uuid>,
    under: Option<&str>,
    open_only: bool,
) -> sqlx::Result<Vec<TransitionRow>> {
    let tenant = tx.tenant();
    select_transitions!(
        "where t.tenant_id = $1 and ($2::uuid is null or t.member_id = $2)
            and ($3::text is null or o.path <@ $3::text::ltree)
            and (not $4 or t.status in ('PUBLICIZING', 'PENDING_APPROVAL'))
          order by (t.status in ('PUBLICIZING', 'PENDING_APPROVAL')) desc, t.proposed_at desc
          limit 500",
        tenant,
        member,
        under,
        open_only,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn decide(
    tx: &mut TenantTx,
    id: Uuid,
    status: TransitionStatus,
    by: Option<Uuid>,
    note: Option<&str>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update stage_transition set status = $3, decided_by = $4, decided_at = now(), decision_note = $5
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        status.as_str(),
        by,
        note,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Whether a member is placed in the org (may object during its publicity).
pub(super) async fn placed_in(tx: &mut TenantTx, member: Uuid, org: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from member where tenant_id = $1 and id = $2 and status = 'ACTIVE'
                          and (party_org_id = $3 or org_id = $3)) as "placed!""#,
        tenant,
        member,
        org,
    )
    .fetch_one(tx.conn())
    .await
}

/// Members in the pipeline under an org path, with their current stage row.
pub(super) async fn board(tx: &mut TenantTx, under: &str) -> sqlx::Result<Vec<BoardRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        BoardRow,
        r#"select m.id as member_id, m.name, o.id as org_id, o.name as org_name, m.political_status,
                s.started_on as "started_on?", coalesce(ext.months, 0)::bigint as "extended_months!",
                coalesce(c.contacts, 0) as "contacts!", coalesce(c.introducers, 0) as "introducers!"
           from member m
           join org_unit o on o.tenant_id = m.tenant_id and o.id = m.party_org_id
           left join lateral (select started_on from member_stage x
                 where x.tenant_id = m.tenant_id and x.member_id = m.id and x.stage = m.political_status
                   and x.extension_months is null
                 order by created_at desc limit 1) s on true
           left join lateral (select sum(extension_months) as months from member_stage x
                 where x.tenant_id = m.tenant_id and x.member_id = m.id and x.extension_months is not null
                   and x.started_on >= s.started_on) ext on true
           left join lateral (select count(*) filter (where role = 'CONTACT') as contacts,
                                     count(*) filter (where role = 'INTRODUCER') as introducers
                 from pipeline_contact pc where pc.tenant_id = m.tenant_id and pc.member_id = m.id) c on true
          where m.tenant_id = $1 and m.status = 'ACTIVE' and o.path <@ $2::text::ltree
            and m.political_status in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY')
          order by array_position(array['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY'], m.political_status),
                   s.started_on nulls last, m.name"#,
        tenant,
        under,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member's positions, current and past: `(org, title, term start, ended)`.
pub(super) async fn positions(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Vec<(String, String, NaiveDate, Option<DateTime<Utc>>)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select o.name, p.title, p.term_start, p.ended_at from position p
           join org_unit o on o.tenant_id = p.tenant_id and o.id = p.org_id
          where p.tenant_id = $1 and p.member_id = $2 order by p.term_start desc",
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.name, r.title, r.term_start, r.ended_at))
        .collect())
}
