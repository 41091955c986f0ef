//! The lapse scan's one read: per member of a line, their last organisational life, the
//! meetings missed since, and their unpaid months.

use super::model::StandingRow;
use crate::db::TenantTx;
use crate::dues::rules::DuesLine;
use chrono::{DateTime, NaiveDate, Utc};

/// Active members of `line` under `scope` (all when `None`) who have missed a meeting since
/// their last organisational life or owe for a month, as things stood at `at` (meetings that
/// had ended by then, bills up to `month`).
pub(super) async fn standings(
    tx: &mut TenantTx,
    line: DuesLine,
    scope: Option<&str>,
    at: DateTime<Utc>,
    month: NaiveDate,
) -> sqlx::Result<Vec<StandingRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        StandingRow,
        r#"with people as (
             select m.id, m.name,
                    case $2 when 'PARTY' then coalesce(m.party_org_id, m.org_id)
                            when 'UNION' then coalesce(m.union_org_id, m.org_id)
                            else coalesce(m.youth_org_id, m.org_id) end as line_org
               from member m
              where m.tenant_id = $1 and m.status = 'ACTIVE'
                and case $2 when 'PARTY' then m.political_status in ('PROBATIONARY', 'FULL_MEMBER')
                            when 'UNION' then m.union_org_id is not null
                            else m.political_status = 'LEAGUE_MEMBER' end
           ),
           expected as (
             select a.member_id, mt.starts_at,
                    (a.checked_in_at is not null or a.leave_status is not distinct from 'APPROVED') as took_part
               from meeting_attendee a
               join meeting mt on mt.tenant_id = a.tenant_id and mt.id = a.meeting_id
              where a.tenant_id = $1 and mt.line = $2 and mt.status = 'SCHEDULED' and mt.ends_at <= $4
           ),
           life as (
             select member_id, max(starts_at) as last_life from expected where took_part group by member_id
           ),
           missed as (
             select e.member_id, min(e.starts_at) as first_missed, count(*) as missed
               from expected e left join life l on l.member_id = e.member_id
              where not e.took_part and (l.last_life is null or e.starts_at > l.last_life)
              group by e.member_id
           ),
           owed as (
             select member_id, min(month) as oldest, count(*) as months
               from (select member_id, month,
                            sum(case when kind = 'PAYMENT' then -amount_fen else amount_fen end) as owed
                       from dues_entry where tenant_id = $1 and line = $2 and month <= $5
                      group by member_id, month) per_month
              where owed > 0
              group by member_id
           )
           select p.id as "member_id!", p.name as "name!", o.id as "org_id?", o.name as "org_name?",
                  l.last_life as "last_org_life_at?", x.first_missed as "first_missed_at?",
                  coalesce(x.missed, 0) as "missed_meetings!",
                  w.oldest as "oldest_unpaid_month?", coalesce(w.months, 0) as "unpaid_months!"
             from people p
             left join org_unit o on o.tenant_id = $1 and o.id = p.line_org
             left join life l on l.member_id = p.id
             left join missed x on x.member_id = p.id
             left join owed w on w.member_id = p.id
            where ($3::text is null or o.path <@ $3::text::ltree)
              and (x.member_id is not null or w.member_id is not null)
            order by o.path nulls last, p.name"#,
        tenant,
        line.as_str(),
        scope,
        at,
        month,
    )
    .fetch_all(tx.conn())
    .await
}
