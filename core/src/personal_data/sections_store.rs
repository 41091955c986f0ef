//! SQL of the sections of an export: each reads one member's rows of one area, in the tenant
//! transaction of the export's job, as JSON objects (the columns' own names). Every statement
//! filters by the member; none reads a ballot's choices (the urn has no member column) nor an
//! anonymous survey's or report's content.

use super::model::UploadedFile;
use crate::db::TenantTx;
use serde_json::Value;
use uuid::Uuid;

/// Runs one section's statement: `select <jsonb> as "row!" … where tenant = $1 and member = $2`.
macro_rules! section {
    ($tx:expr, $member:expr, $sql:literal) => {{
        let tenant = $tx.tenant();
        sqlx::query_scalar!($sql, tenant, $member)
            .fetch_all($tx.conn())
            .await
    }};
}

/// The member's profile: every column of their row, sensitive ones included, with the names
/// of the orgs they are placed in.
pub(super) async fn profile(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select (to_jsonb(m) - 'tenant_id') || jsonb_build_object(
                    'org_name', (select o.name from org_unit o where o.tenant_id = m.tenant_id and o.id = m.org_id),
                    'party_org_name', (select o.name from org_unit o where o.tenant_id = m.tenant_id and o.id = m.party_org_id),
                    'union_org_name', (select o.name from org_unit o where o.tenant_id = m.tenant_id and o.id = m.union_org_id),
                    'youth_org_name', (select o.name from org_unit o where o.tenant_id = m.tenant_id and o.id = m.youth_org_id),
                    'department_name', (select o.name from org_unit o where o.tenant_id = m.tenant_id and o.id = m.department_id))
                  as "row!"
             from member m where m.tenant_id = $1 and m.id = $2"#
    )
}

/// Positions held, with their org's name.
pub(super) async fn positions(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select (to_jsonb(p) - 'tenant_id' - 'member_id') || jsonb_build_object('org_name', o.name)
                  as "row!"
             from position p join org_unit o on o.tenant_id = p.tenant_id and o.id = p.org_id
            where p.tenant_id = $1 and p.member_id = $2
            order by p.term_start, p.id"#
    )
}

/// Stages of the joining pipeline.
pub(super) async fn stages(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select to_jsonb(s) - 'tenant_id' - 'member_id' as "row!"
             from member_stage s where s.tenant_id = $1 and s.member_id = $2
            order by s.started_on, s.created_at"#
    )
}

/// Transfer letters issued for the member (the letter's code stays out: it opens the letter).
pub(super) async fn transfers(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select to_jsonb(t) - 'tenant_id' - 'member_id' - 'code' as "row!"
             from transfer_letter t where t.tenant_id = $1 and t.member_id = $2
            order by t.issued_at"#
    )
}

/// The dues ledger: bills, payments and corrections.
pub(super) async fn dues(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select to_jsonb(d) - 'tenant_id' - 'member_id' as "row!"
             from dues_entry d where d.tenant_id = $1 and d.member_id = $2
            order by d.month, d.created_at"#
    )
}

/// Meetings the member was called to, with leave and check-in.
pub(super) async fn meetings(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select jsonb_build_object('meeting_title', mt.title, 'meeting_type', mt.type,
                                     'starts_at', mt.starts_at, 'ends_at', mt.ends_at)
                  || (to_jsonb(a) - 'tenant_id' - 'member_id') as "row!"
             from meeting_attendee a
             join meeting mt on mt.tenant_id = a.tenant_id and mt.id = a.meeting_id
            where a.tenant_id = $1 and a.member_id = $2
            order by mt.starts_at"#
    )
}

/// Notices delivered to the member, with reading, acknowledgement and reply.
pub(super) async fn notices(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select jsonb_build_object('notice_title', n.title)
                  || (to_jsonb(r) - 'tenant_id' - 'member_id') as "row!"
             from notice_recipient r
             join notice n on n.tenant_id = r.tenant_id and n.id = r.notice_id
            where r.tenant_id = $1 and r.member_id = $2
            order by r.delivered_at"#
    )
}

/// Chat messages the member wrote (never anyone else's).
pub(super) async fn messages(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select jsonb_build_object('id', m.id, 'conversation_id', m.conversation_id,
                                     'conversation_title', c.title, 'seq', m.seq, 'body', m.body,
                                     'reply_to_seq', m.reply_to_seq, 'created_at', m.created_at,
                                     'recalled_at', m.recalled_at) as "row!"
             from message m
             join conversation c on c.tenant_id = m.tenant_id and c.id = m.conversation_id
            where m.tenant_id = $1 and m.author_id = $2
            order by m.created_at, m.id"#
    )
}

/// Files the member uploaded that were stored.
pub(super) async fn files(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<UploadedFile>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        UploadedFile,
        "select id, file_name, content_type, byte_size, storage_key, created_at
           from file_object
          where tenant_id = $1 and uploader_id = $2 and status = 'READY'
          order by created_at, id",
        tenant,
        member
    )
    .fetch_all(tx.conn())
    .await
}

/// The points ledger.
pub(super) async fn points(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select to_jsonb(p) - 'tenant_id' - 'member_id' as "row!"
             from point_entry p where p.tenant_id = $1 and p.member_id = $2
            order by p.occurred_at, p.id"#
    )
}

/// Votes the member was an elector of: which vote, whether and on which day they voted.
/// Never a choice: the urn (`vote_ballot`) has no member column and is not read here.
pub(super) async fn votes(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select jsonb_build_object('vote_id', v.id, 'title', v.title, 'kind', v.kind,
                                     'anonymous', v.anonymous, 'status', v.status,
                                     'opens_at', v.opens_at, 'closes_at', v.closes_at,
                                     'voted', e.voted, 'voted_on', e.voted_on) as "row!"
             from vote_voter e
             join vote v on v.tenant_id = e.tenant_id and v.id = e.vote_id
            where e.tenant_id = $1 and e.member_id = $2
            order by v.opens_at"#
    )
}

/// Surveys the member was asked: whether they answered, and their answers where the survey
/// was by name (an anonymous survey's answers are not linked to anyone).
pub(super) async fn surveys(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select jsonb_build_object('survey_id', s.id, 'title', s.title, 'anonymous', s.anonymous,
                                     'responded', r.responded, 'responded_on', r.responded_on,
                                     'answers', case when s.anonymous then null else n.answers end,
                                     'submitted_at', case when s.anonymous then null else n.submitted_at end)
                  as "row!"
             from survey_respondent r
             join survey s on s.tenant_id = r.tenant_id and s.id = r.survey_id
             left join survey_named_response n
               on n.tenant_id = r.tenant_id and n.survey_id = r.survey_id and n.member_id = r.member_id
            where r.tenant_id = $1 and r.member_id = $2
            order by s.id"#
    )
}

/// Activity sign-ups, with decisions, check-in and credited time.
pub(super) async fn activities(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select jsonb_build_object('activity_title', a.title, 'activity_kind', a.kind,
                                     'starts_at', a.starts_at)
                  || (to_jsonb(g) - 'tenant_id' - 'member_id') as "row!"
             from activity_registration g
             join activity a on a.tenant_id = g.tenant_id and a.id = g.activity_id
            where g.tenant_id = $1 and g.member_id = $2
            order by g.registered_at"#
    )
}

/// Study progress per material.
pub(super) async fn study(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select jsonb_build_object('material_title', s.title)
                  || (to_jsonb(p) - 'tenant_id' - 'member_id') as "row!"
             from study_progress p
             join study_material s on s.tenant_id = p.tenant_id and s.id = p.material_id
            where p.tenant_id = $1 and p.member_id = $2
            order by p.opened_at"#
    )
}

/// Welfare orders, with the campaign and item.
pub(super) async fn welfare(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select jsonb_build_object('campaign_title', c.title, 'item_name', i.name)
                  || (to_jsonb(o) - 'tenant_id' - 'member_id') as "row!"
             from welfare_order o
             join welfare_campaign c on c.tenant_id = o.tenant_id and c.id = o.campaign_id
             join welfare_item i on i.tenant_id = o.tenant_id and i.id = o.item_id
            where o.tenant_id = $1 and o.member_id = $2
            order by o.created_at"#
    )
}

/// Reports the member filed under their name: id, status and dates (titles and bodies are
/// sealed; anonymous reports carry no member and are never here).
pub(super) async fn reports(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<Value>> {
    section!(
        tx,
        member,
        r#"select jsonb_build_object('id', r.id, 'status', r.status, 'created_at', r.created_at,
                                     'decided_at', r.decided_at, 'closed_at', r.closed_at) as "row!"
             from report r
            where r.tenant_id = $1 and r.reporter_member_id = $2 and not r.anonymous
            order by r.created_at"#
    )
}
