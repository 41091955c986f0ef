//! SQL of the demo's history: what happened before the seed ran, which no service writes
//! after the fact (dated stage records, payments, check-ins, messages and the times of
//! answers), in a few statements each so that seeding stays quick.

// Array parameters of borrowed strings or of nullable elements are passed `as _`: the
// macros' type check only knows `&[String]` and `&[T]`, while the statement itself and
// every other parameter stay checked against the database.

use crate::db::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// The ids of members by email, in the order given (each must exist).
pub(super) async fn member_ids(tx: &mut TenantTx, emails: &[String]) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select m.id from unnest($2::text[]) with ordinality as e(email, i)
           join member m on m.tenant_id = $1 and m.email = e.email
          order by e.i",
        tenant,
        emails,
    )
    .fetch_all(tx.conn())
    .await
}

/// A stage a member reached before the demo's records began.
pub(super) struct PastStage {
    pub member: Uuid,
    pub stage: &'static str,
    pub started_on: NaiveDate,
}

/// Records past stages (补录 by `by`), one row each.
pub(super) async fn insert_stages(
    tx: &mut TenantTx,
    rows: &[PastStage],
    by: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let ids: Vec<Uuid> = rows.iter().map(|_| crate::new_id()).collect();
    let members: Vec<Uuid> = rows.iter().map(|r| r.member).collect();
    let stages: Vec<&str> = rows.iter().map(|r| r.stage).collect();
    let days: Vec<NaiveDate> = rows.iter().map(|r| r.started_on).collect();
    sqlx::query!(
"insert into member_stage (tenant_id, id, member_id, stage, started_on, recorded_by)
         select $1, u.id, u.member_id, u.stage, u.started_on, $5
           from unnest($2::uuid[], $3::uuid[], $4::text[], $6::date[]) as u(id, member_id, stage, started_on)",
tenant,
&ids,
&members,
&stages as _,
by,
&days,
)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A dues bill.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(super) struct Bill {
    pub member: Uuid,
    pub line: String,
    pub month: NaiveDate,
    pub amount_fen: i64,
    pub org_id: Option<Uuid>,
}

/// The tenant's bills from a month on.
pub(super) async fn bills(tx: &mut TenantTx, from: NaiveDate) -> sqlx::Result<Vec<Bill>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Bill,
        "select member_id as member, line, month, amount_fen, org_id from dues_entry
          where tenant_id = $1 and kind = 'BILL' and month >= $2",
        tenant,
        from,
    )
    .fetch_all(tx.conn())
    .await
}

/// A bill paid in full, some time ago.
pub(super) struct PastPayment {
    pub bill: Bill,
    pub method: &'static str,
    pub receipt_no: Option<String>,
    pub paid_at: DateTime<Utc>,
}

/// Records past payments (by `by`, at the time each was made), in one statement.
pub(super) async fn insert_payments(
    tx: &mut TenantTx,
    rows: &[PastPayment],
    by: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let ids: Vec<Uuid> = rows.iter().map(|_| crate::new_id()).collect();
    let members: Vec<Uuid> = rows.iter().map(|r| r.bill.member).collect();
    let lines: Vec<&str> = rows.iter().map(|r| r.bill.line.as_str()).collect();
    let months: Vec<NaiveDate> = rows.iter().map(|r| r.bill.month).collect();
    let amounts: Vec<i64> = rows.iter().map(|r| r.bill.amount_fen).collect();
    let orgs: Vec<Option<Uuid>> = rows.iter().map(|r| r.bill.org_id).collect();
    let methods: Vec<&str> = rows.iter().map(|r| r.method).collect();
    let receipts: Vec<Option<&str>> = rows.iter().map(|r| r.receipt_no.as_deref()).collect();
    let times: Vec<DateTime<Utc>> = rows.iter().map(|r| r.paid_at).collect();
    sqlx::query!(
        "insert into dues_entry (tenant_id, id, member_id, line, month, kind, amount_fen, org_id,
                                 method, receipt_no, recorded_by, created_at)
         select $1, u.id, u.member_id, u.line, u.month, 'PAYMENT', u.amount, u.org_id,
                u.method, u.receipt_no, $11, u.paid_at
           from unnest($2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::bigint[], $7::uuid[],
                       $8::text[], $9::text[], $10::timestamptz[])
                as u(id, member_id, line, month, amount, org_id, method, receipt_no, paid_at)",
        tenant,
        &ids,
        &members,
        &lines as _,
        &months,
        &amounts,
        &orgs as _,
        &methods as _,
        &receipts as _,
        &times,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Moves a meeting held to the week before it: when it was scheduled, its invitations and
/// the notifications that announced them (read since).
pub(super) async fn backdate_meeting(
    tx: &mut TenantTx,
    meeting: Uuid,
    scheduled_at: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update meeting set created_at = $3 where tenant_id = $1 and id = $2",
        tenant,
        meeting,
        scheduled_at,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update meeting_attendee set invited_at = $3 where tenant_id = $1 and meeting_id = $2",
        tenant,
        meeting,
        scheduled_at,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update notification set created_at = $3::timestamptz, read_at = $3::timestamptz + interval '2 hours'
          where tenant_id = $1 and detail ->> 'meeting' = $2::uuid::text",
        tenant,
        meeting,
        scheduled_at,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A check-in at a meeting held.
pub(super) struct PastCheckIn {
    pub member: Uuid,
    pub at: DateTime<Utc>,
    /// `QR` or `MANUAL`.
    pub method: &'static str,
    pub by: Option<Uuid>,
}

/// Leave granted before a meeting held.
pub(super) struct PastLeave {
    pub member: Uuid,
    pub reason: &'static str,
    pub decided_by: Option<Uuid>,
    pub decided_at: DateTime<Utc>,
}

/// Records who checked in to a meeting held, and who had leave.
pub(super) async fn record_attendance(
    tx: &mut TenantTx,
    meeting: Uuid,
    checks: &[PastCheckIn],
    leaves: &[PastLeave],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let members: Vec<Uuid> = checks.iter().map(|c| c.member).collect();
    let times: Vec<DateTime<Utc>> = checks.iter().map(|c| c.at).collect();
    let methods: Vec<&str> = checks.iter().map(|c| c.method).collect();
    let by: Vec<Option<Uuid>> = checks.iter().map(|c| c.by).collect();
    sqlx::query!(
"update meeting_attendee a set checked_in_at = u.at, check_in_method = u.method,
                checked_in_by = u.by
           from unnest($3::uuid[], $4::timestamptz[], $5::text[], $6::uuid[]) as u(member_id, at, method, by)
          where a.tenant_id = $1 and a.meeting_id = $2 and a.member_id = u.member_id",
tenant,
meeting,
&members,
&times,
&methods as _,
&by as _,
)
    .execute(tx.conn())
    .await?;
    let members: Vec<Uuid> = leaves.iter().map(|l| l.member).collect();
    let reasons: Vec<&str> = leaves.iter().map(|l| l.reason).collect();
    let by: Vec<Option<Uuid>> = leaves.iter().map(|l| l.decided_by).collect();
    let times: Vec<DateTime<Utc>> = leaves.iter().map(|l| l.decided_at).collect();
    sqlx::query!(
"update meeting_attendee a set leave_status = 'APPROVED', leave_reason = u.reason,
                leave_decided_by = u.by, leave_decided_at = u.at
           from unnest($3::uuid[], $4::text[], $5::uuid[], $6::timestamptz[]) as u(member_id, reason, by, at)
          where a.tenant_id = $1 and a.meeting_id = $2 and a.member_id = u.member_id",
tenant,
meeting,
&members,
&reasons as _,
&by as _,
&times,
)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Who a notice went to.
pub(super) async fn notice_recipients(tx: &mut TenantTx, notice: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select member_id from notice_recipient where tenant_id = $1 and notice_id = $2",
        tenant,
        notice,
    )
    .fetch_all(tx.conn())
    .await
}

/// When a recipient read a notice, and acknowledged it.
pub(super) struct NoticeAnswer {
    pub member: Uuid,
    pub read_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
}

/// Moves a notice published now back to `published_at`, with its delivery and notifications,
/// and gives the answers their times.
pub(super) async fn backdate_notice(
    tx: &mut TenantTx,
    notice: Uuid,
    published_at: DateTime<Utc>,
    answers: &[NoticeAnswer],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update notice set created_at = $3, updated_at = $3, published_at = $3
          where tenant_id = $1 and id = $2",
        tenant,
        notice,
        published_at,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update notice_recipient set delivered_at = $3 where tenant_id = $1 and notice_id = $2",
        tenant,
        notice,
        published_at,
    )
    .execute(tx.conn())
    .await?;
    let members: Vec<Uuid> = answers.iter().map(|a| a.member).collect();
    let read: Vec<DateTime<Utc>> = answers.iter().map(|a| a.read_at).collect();
    let acked: Vec<Option<DateTime<Utc>>> = answers.iter().map(|a| a.acknowledged_at).collect();
    sqlx::query!(
"update notice_recipient r set read_at = u.read_at, acknowledged_at = u.acked_at
           from unnest($3::uuid[], $4::timestamptz[], $5::timestamptz[]) as u(member_id, read_at, acked_at)
          where r.tenant_id = $1 and r.notice_id = $2 and r.member_id = u.member_id",
tenant,
notice,
&members,
&read,
&acked as _,
)
    .execute(tx.conn())
    .await?;
    sqlx::query!(
"update notification n set created_at = $3,
                read_at = case when n.read_at is null then null else coalesce(r.read_at, n.read_at) end
           from notice_recipient r
          where n.tenant_id = $1 and n.kind = 'NOTICE' and n.detail ->> 'notice' = $2::uuid::text
            and r.tenant_id = n.tenant_id and r.notice_id = $2 and r.member_id = n.member_id",
tenant,
notice,
published_at,
)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The org groups of some org units, in the order given.
pub(super) async fn org_conversations(tx: &mut TenantTx, orgs: &[Uuid]) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select c.id from unnest($2::uuid[]) with ordinality as o(org_id, i)
           join conversation c on c.tenant_id = $1 and c.kind = 'ORG' and c.org_id = o.org_id
          order by o.i",
        tenant,
        orgs,
    )
    .fetch_all(tx.conn())
    .await
}

/// A message sent some time ago.
pub(super) struct PastMessage {
    pub author: Uuid,
    pub body: &'static str,
    pub sent_at: DateTime<Utc>,
}

/// Appends past messages (oldest first) to a conversation, which then looks as if it began a
/// day before the first; returns the conversation's last seq.
pub(super) async fn insert_messages(
    tx: &mut TenantTx,
    conversation: Uuid,
    messages: &[PastMessage],
) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    let last: i64 = sqlx::query_scalar!(
        "select last_seq from conversation where tenant_id = $1 and id = $2 for update",
        tenant,
        conversation,
    )
    .fetch_one(tx.conn())
    .await?;
    let ids: Vec<Uuid> = messages.iter().map(|_| crate::new_id()).collect();
    let authors: Vec<Uuid> = messages.iter().map(|m| m.author).collect();
    let bodies: Vec<&str> = messages.iter().map(|m| m.body).collect();
    let times: Vec<DateTime<Utc>> = messages.iter().map(|m| m.sent_at).collect();
    sqlx::query!(
"insert into message (tenant_id, conversation_id, seq, id, author_id, body, client_message_id, created_at)
         select $1, $2, $3 + u.i, u.id, u.author_id, u.body, 'seed-' || ($3 + u.i), u.sent_at
           from unnest($4::uuid[], $5::uuid[], $6::text[], $7::timestamptz[])
                with ordinality as u(id, author_id, body, sent_at, i)",
tenant,
conversation,
last,
&ids,
&authors,
&bodies as _,
&times,
)
    .execute(tx.conn())
    .await?;
    let last = last + messages.len() as i64;
    let first = times.iter().min().copied();
    sqlx::query!(
        "update conversation set last_seq = $3, last_message_at = $4,
                created_at = least(created_at, $5::timestamptz - interval '1 day')
          where tenant_id = $1 and id = $2",
        tenant,
        conversation,
        last,
        times.iter().max().copied(),
        first,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update conversation_member set joined_at = least(joined_at, $3::timestamptz - interval '1 day')
          where tenant_id = $1 and conversation_id = $2",
        tenant,
        conversation,
        first,
    )
    .execute(tx.conn())
    .await?;
    Ok(last)
}

/// Sets where members have read a conversation to (never back).
pub(super) async fn set_read(
    tx: &mut TenantTx,
    conversation: Uuid,
    cursors: &[(Uuid, i64)],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let members: Vec<Uuid> = cursors.iter().map(|c| c.0).collect();
    let seqs: Vec<i64> = cursors.iter().map(|c| c.1).collect();
    sqlx::query!(
"insert into conversation_read (tenant_id, conversation_id, member_id, last_read_seq)
         select $1, $2, u.member_id, max(u.seq) from unnest($3::uuid[], $4::bigint[]) as u(member_id, seq)
          group by u.member_id
         on conflict (tenant_id, conversation_id, member_id)
         do update set last_read_seq = greatest(conversation_read.last_read_seq, excluded.last_read_seq)",
tenant,
conversation,
&members,
&seqs,
)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Moves a welfare campaign's deadline to a day past, so that the worker's settlement finds it
/// due (a campaign is only ever created with a deadline ahead).
pub(super) async fn past_deadline(
    tx: &mut TenantTx,
    campaign: Uuid,
    deadline: DateTime<Utc>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update welfare_campaign set deadline = $3::timestamptz,
                created_at = $3::timestamptz - interval '14 days'
          where tenant_id = $1 and id = $2",
        tenant,
        campaign,
        deadline,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update welfare_order
            set created_at = $3::timestamptz - interval '7 days',
                year = extract(year from ($3::timestamptz at time zone 'Asia/Shanghai'))::int
          where tenant_id = $1 and campaign_id = $2",
        tenant,
        campaign,
        deadline,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}
